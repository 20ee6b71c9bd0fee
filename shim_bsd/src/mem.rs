//! The guest's address space and the one checked accessor for guest memory.
//!
//! The guest shares the runner's Linux process, so any address is readable
//! by the runner. The runner only touches an address on the guest's behalf
//! when the guest owns it: [`AddressSpace`] records every mapping the runner
//! made for the guest (image segments, stack, commpage, `mmap` results) with
//! its protection, and [`GuestPtr`], [`GuestBuf`] and [`GuestCStr`] check
//! against it before any access. A pointer into the runner's own memory, an
//! unmapped page or a read-only page written to is `EFAULT`, never a crash
//! of the runner and never a leak of host memory.
//!
//! The address windows that Mach-O images ask for (`0x1000000` for non-PIE
//! images such as Go's, `0x100000000` for PIE ones) are reserved
//! `PROT_NONE` at start-up so that nothing of the host lands there; guest
//! mappings carve pieces out of the reservation and give them back on unmap.

use std::collections::BTreeMap;
use std::marker::PhantomData;
use std::sync::{Mutex, MutexGuard};

use common_bsd::errno::Errno;

/// Host page size (`x86_64` Linux and Darwin agree).
pub const PAGE_SIZE: u64 = 4096;

/// Windows reserved at start-up: `[start, end)`.
/// The low one holds non-PIE images (Go links at `0x1000000`) and hinted
/// `mmap`s; the high one holds PIE images at `0x100000000` and the dyld the
/// runner places after them.
pub const RESERVED_WINDOWS: [(u64, u64); 2] =
    [(0x10000, 0x1_0000_0000), (0x1_0000_0000, 0x10_0000_0000)];

/// Rounds down to a page boundary.
#[must_use]
pub const fn page_floor(v: u64) -> u64 {
    v & !(PAGE_SIZE - 1)
}

/// Rounds up to a page boundary (saturating).
#[must_use]
pub const fn page_ceil(v: u64) -> u64 {
    match v.checked_add(PAGE_SIZE - 1) {
        Some(x) => x & !(PAGE_SIZE - 1),
        None => !(PAGE_SIZE - 1),
    }
}

/// Protection bits (the same values on Darwin and Linux).
pub mod prot {
    /// Readable.
    pub const READ: u32 = 1;
    /// Writable.
    pub const WRITE: u32 = 2;
    /// Executable.
    pub const EXEC: u32 = 4;
}

/// One guest mapping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    /// One past the last byte.
    pub end: u64,
    /// `prot::*` bits.
    pub prot: u32,
}

/// What the guest owns, keyed by start address; regions never overlap.
#[derive(Debug, Default)]
pub struct AddressSpace {
    regions: BTreeMap<u64, Region>,
}

impl AddressSpace {
    /// Records `[start, end)` as guest memory with `prot`, replacing what was there.
    pub fn insert(&mut self, start: u64, end: u64, prot: u32) {
        self.remove(start, end);
        self.regions.insert(start, Region { end, prot });
    }

    /// Forgets `[start, end)`, splitting regions that straddle its edges.
    pub fn remove(&mut self, start: u64, end: u64) {
        let overlapping: Vec<(u64, Region)> = self
            .regions
            .range(..end)
            .rev()
            .take_while(|(_, r)| r.end > start)
            .map(|(s, r)| (*s, *r))
            .collect();
        for (s, r) in overlapping {
            self.regions.remove(&s);
            if s < start {
                self.regions.insert(
                    s,
                    Region {
                        end: start,
                        prot: r.prot,
                    },
                );
            }
            if r.end > end {
                self.regions.insert(
                    end,
                    Region {
                        end: r.end,
                        prot: r.prot,
                    },
                );
            }
        }
    }

    /// Changes the protection of `[start, end)`; every byte must be guest memory.
    ///
    /// # Errors
    /// `ENOMEM` when part of the range is not the guest's (as XNU answers).
    pub fn protect(&mut self, start: u64, end: u64, prot: u32) -> Result<(), Errno> {
        if !self.covers(start, end, 0) {
            return Err(Errno::ENOMEM);
        }
        self.insert(start, end, prot);
        Ok(())
    }

    /// Whether every byte of `[start, end)` is guest memory with at least `need` protection.
    #[must_use]
    pub fn covers(&self, start: u64, end: u64, need: u32) -> bool {
        if start >= end {
            return true;
        }
        let mut at = start;
        let first = self.regions.range(..=start).next_back();
        let Some((_, r)) = first else { return false };
        if r.end <= start || r.prot & need != need {
            return false;
        }
        at = at.max(r.end);
        while at < end {
            match self.regions.get(&at) {
                Some(r) if r.prot & need == need => at = r.end,
                _ => return false,
            }
        }
        true
    }

    /// Whether `[start, end)` touches no guest region.
    #[must_use]
    pub fn is_free(&self, start: u64, end: u64) -> bool {
        self.regions
            .range(..end)
            .next_back()
            .is_none_or(|(_, r)| r.end <= start)
    }

    /// The region containing `addr`.
    #[must_use]
    pub fn region_at(&self, addr: u64) -> Option<(u64, Region)> {
        self.regions
            .range(..=addr)
            .next_back()
            .filter(|(_, r)| r.end > addr)
            .map(|(s, r)| (*s, *r))
    }

    /// All regions, in address order.
    pub fn iter(&self) -> impl Iterator<Item = (u64, Region)> + '_ {
        self.regions.iter().map(|(s, r)| (*s, *r))
    }
}

/// Whether `[start, end)` lies inside one of the start-up reservations.
#[must_use]
pub fn in_reserved_window(start: u64, end: u64) -> bool {
    RESERVED_WINDOWS
        .iter()
        .any(|&(lo, hi)| start >= lo && end <= hi && start < end)
}

static SPACE: Mutex<AddressSpace> = Mutex::new(AddressSpace {
    regions: BTreeMap::new(),
});

/// The process's guest address space.
pub fn space() -> MutexGuard<'static, AddressSpace> {
    SPACE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Plain data that may be copied to and from guest memory byte for byte.
///
/// # Safety
/// Every bit pattern must be a valid value and the type must have no padding
/// that would leak host memory when written out.
pub unsafe trait Pod: Copy + Default {}

// SAFETY: integers are valid for every bit pattern and have no padding.
unsafe impl Pod for u8 {}
// SAFETY: as above.
unsafe impl Pod for u16 {}
// SAFETY: as above.
unsafe impl Pod for u32 {}
// SAFETY: as above.
unsafe impl Pod for i32 {}
// SAFETY: as above.
unsafe impl Pod for u64 {}
// SAFETY: as above.
unsafe impl Pod for i64 {}
// SAFETY: arrays of plain data are plain data, with no padding between elements.
unsafe impl<T: Pod, const N: usize> Pod for [T; N] where [T; N]: Default {}
// SAFETY: the Darwin structs below are repr(C) aggregates of integers whose
// padding is spelled out as fields (sizes are asserted in common_bsd::types).
unsafe impl Pod for common_bsd::types::Stat64 {}
// SAFETY: as above.
unsafe impl Pod for common_bsd::types::Timespec {}
// SAFETY: as above.
unsafe impl Pod for common_bsd::types::Timeval {}
// SAFETY: as above.
unsafe impl Pod for common_bsd::types::Winsize {}
// SAFETY: as above.
unsafe impl Pod for common_bsd::types::Termios {}
// SAFETY: as above.
unsafe impl Pod for common_bsd::types::Iovec {}

/// A typed guest pointer; nothing is touched until `read` or `write`.
#[derive(Debug)]
pub struct GuestPtr<T> {
    addr: u64,
    _t: PhantomData<fn() -> T>,
}

impl<T> Clone for GuestPtr<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for GuestPtr<T> {}

impl<T: Pod> GuestPtr<T> {
    /// Wraps a guest address.
    #[must_use]
    pub const fn new(addr: u64) -> Self {
        Self {
            addr,
            _t: PhantomData,
        }
    }

    /// The raw address.
    #[must_use]
    pub const fn addr(self) -> u64 {
        self.addr
    }

    /// Whether it is NULL.
    #[must_use]
    pub const fn is_null(self) -> bool {
        self.addr == 0
    }

    /// The `n`th element after this one.
    #[must_use]
    pub const fn add(self, n: u64) -> Self {
        Self::new(
            self.addr
                .wrapping_add(n.wrapping_mul(size_of::<T>() as u64)),
        )
    }

    /// Reads the value.
    ///
    /// # Errors
    /// `EFAULT` unless the whole value is readable guest memory.
    pub fn read(self) -> Result<T, Errno> {
        let mut value = T::default();
        let len = size_of::<T>() as u64;
        GuestBuf::new(self.addr, len).check(prot::READ)?;
        // SAFETY: the range is readable guest memory (checked just above) and
        // `value` is a valid T for any bytes (T: Pod).
        unsafe {
            std::ptr::copy_nonoverlapping(
                self.addr as *const u8,
                (&raw mut value).cast::<u8>(),
                size_of::<T>(),
            );
        }
        Ok(value)
    }

    /// Writes the value.
    ///
    /// # Errors
    /// `EFAULT` unless the whole value is writable guest memory.
    pub fn write(self, value: &T) -> Result<(), Errno> {
        let len = size_of::<T>() as u64;
        GuestBuf::new(self.addr, len).check(prot::WRITE)?;
        // SAFETY: the range is writable guest memory (checked just above) and
        // T has no padding (T: Pod).
        unsafe {
            std::ptr::copy_nonoverlapping(
                (&raw const *value).cast::<u8>(),
                self.addr as *mut u8,
                size_of::<T>(),
            );
        }
        Ok(())
    }

    /// Writes the value unless the pointer is NULL.
    ///
    /// # Errors
    /// As [`GuestPtr::write`].
    pub fn write_opt(self, value: &T) -> Result<(), Errno> {
        if self.is_null() {
            Ok(())
        } else {
            self.write(value)
        }
    }
}

/// A guest byte range `[addr, addr + len)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GuestBuf {
    /// Start address.
    pub addr: u64,
    /// Length in bytes.
    pub len: u64,
}

impl GuestBuf {
    /// Wraps a guest range.
    #[must_use]
    pub const fn new(addr: u64, len: u64) -> Self {
        Self { addr, len }
    }

    /// Checks that the range is guest memory with `need` protection.
    ///
    /// # Errors
    /// `EFAULT` otherwise (also on address overflow).
    pub fn check(self, need: u32) -> Result<(), Errno> {
        let end = self.addr.checked_add(self.len).ok_or(Errno::EFAULT)?;
        if space().covers(self.addr, end, need) {
            Ok(())
        } else {
            Err(Errno::EFAULT)
        }
    }

    /// Copies the bytes out of guest memory.
    ///
    /// # Errors
    /// `EFAULT` unless the range is readable guest memory.
    pub fn read(self) -> Result<Vec<u8>, Errno> {
        self.check(prot::READ)?;
        let len = usize::try_from(self.len).map_err(|_| Errno::EFAULT)?;
        let mut out = vec![0u8; len];
        // SAFETY: the range is readable guest memory (checked above).
        unsafe { std::ptr::copy_nonoverlapping(self.addr as *const u8, out.as_mut_ptr(), len) };
        Ok(out)
    }

    /// Copies `bytes` into guest memory at the start of the range (at most `len` bytes).
    ///
    /// # Errors
    /// `EFAULT` unless the destination is writable guest memory.
    pub fn write(self, bytes: &[u8]) -> Result<(), Errno> {
        let n = bytes
            .len()
            .min(usize::try_from(self.len).unwrap_or(usize::MAX));
        GuestBuf::new(self.addr, n as u64).check(prot::WRITE)?;
        // SAFETY: the destination is writable guest memory (checked above).
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), self.addr as *mut u8, n) };
        Ok(())
    }

    /// A pointer for handing the range to a host syscall after checking it.
    /// The kernel itself reports a fault there as `EFAULT`, so a concurrent
    /// unmap cannot crash the runner.
    ///
    /// # Errors
    /// `EFAULT` unless the range is guest memory with `need` protection.
    pub fn host_ptr(self, need: u32) -> Result<*mut libc::c_void, Errno> {
        self.check(need)?;
        Ok(self.addr as *mut libc::c_void)
    }

    /// Length as `usize`.
    #[must_use]
    pub fn len_usize(self) -> usize {
        usize::try_from(self.len).unwrap_or(usize::MAX)
    }
}

/// A NUL-terminated guest string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GuestCStr(pub u64);

impl GuestCStr {
    /// Reads the string without its NUL, at most `max` bytes.
    ///
    /// # Errors
    /// `EFAULT` for unreadable memory, `ENAMETOOLONG` when no NUL comes within `max`.
    pub fn read(self, max: usize) -> Result<Vec<u8>, Errno> {
        if self.0 == 0 {
            return Err(Errno::EFAULT);
        }
        let space = space();
        let mut out = Vec::new();
        let mut at = self.0;
        loop {
            let (_, region) = space.region_at(at).ok_or(Errno::EFAULT)?;
            if region.prot & prot::READ == 0 {
                return Err(Errno::EFAULT);
            }
            let chunk = usize::try_from(region.end - at)
                .unwrap_or(usize::MAX)
                .min(max + 1 - out.len());
            // SAFETY: [at, at + chunk) lies inside one readable guest region.
            let bytes = unsafe { std::slice::from_raw_parts(at as *const u8, chunk) };
            if let Some(nul) = bytes.iter().position(|&b| b == 0) {
                out.extend_from_slice(&bytes[..nul]);
                return Ok(out);
            }
            out.extend_from_slice(bytes);
            if out.len() > max {
                return Err(Errno::ENAMETOOLONG);
            }
            at = region.end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_remove_split() {
        let mut s = AddressSpace::default();
        s.insert(0x1000, 0x5000, prot::READ);
        s.remove(0x2000, 0x3000);
        assert!(s.covers(0x1000, 0x2000, prot::READ));
        assert!(!s.covers(0x1000, 0x3000, prot::READ));
        assert!(s.covers(0x3000, 0x5000, prot::READ));
        assert!(s.is_free(0x2000, 0x3000));
        s.insert(0x2000, 0x3000, prot::READ | prot::WRITE);
        assert!(s.covers(0x1000, 0x5000, prot::READ));
        assert!(!s.covers(0x1000, 0x5000, prot::WRITE));
        assert!(s.protect(0x1000, 0x5000, prot::WRITE | prot::READ).is_ok());
        assert!(s.covers(0x1000, 0x5000, prot::WRITE));
        assert_eq!(s.protect(0x0, 0x2000, 0), Err(Errno::ENOMEM));
    }

    #[test]
    fn pages() {
        assert_eq!(page_ceil(1), 4096);
        assert_eq!(page_floor(4097), 4096);
        assert_eq!(page_ceil(u64::MAX), !4095);
    }
}
