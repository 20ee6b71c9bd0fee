//! Host mappings made for the guest: placement rules, the start-up
//! reservations, and the bookkeeping in [`crate::mem::AddressSpace`].
//!
//! A guest mapping may only land on pages that are the guest's already,
//! inside the start-up reservation windows, or free. It can never replace a
//! mapping of the runner: that is the difference between `MAP_FIXED` for the
//! guest and `MAP_FIXED` on the host.

use std::os::fd::{AsRawFd, OwnedFd};
use std::sync::Arc;

use common_bsd::errno::Errno;

use crate::errno;
use crate::mem::{self, RESERVED_WINDOWS, in_reserved_window, prot, space};

/// What backs a new mapping.
#[derive(Debug)]
pub enum Backing {
    /// Zero-filled memory.
    Anon {
        /// `MAP_SHARED` (visible to children after fork).
        shared: bool,
    },
    /// A file.
    File {
        /// Host descriptor.
        file: Arc<OwnedFd>,
        /// Offset in the file (page-aligned).
        offset: i64,
        /// `MAP_SHARED`.
        shared: bool,
    },
}

/// Where a new mapping goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// Exactly here, replacing guest pages (`MAP_FIXED`).
    Fixed(u64),
    /// Here if the range is free for the guest, else anywhere.
    Hint(u64),
    /// Wherever the host kernel puts it.
    Anywhere,
}

fn host_prot(p: u32) -> i32 {
    let mut h = libc::PROT_NONE;
    if p & prot::READ != 0 {
        h |= libc::PROT_READ;
    }
    if p & prot::WRITE != 0 {
        h |= libc::PROT_WRITE;
    }
    if p & prot::EXEC != 0 {
        h |= libc::PROT_EXEC;
    }
    h
}

/// Raw host mmap; returns the address or the Darwin errno.
fn host_mmap(addr: u64, len: u64, p: u32, flags: i32, fd: i32, off: i64) -> Result<u64, Errno> {
    let len = usize::try_from(len).map_err(|_| Errno::ENOMEM)?;
    // SAFETY: callers only pass MAP_FIXED for ranges that are the guest's or
    // reserved for it (checked by `claim`), so no runner memory is replaced.
    let r = unsafe { libc::mmap(addr as *mut libc::c_void, len, host_prot(p), flags, fd, off) };
    if r == libc::MAP_FAILED {
        return Err(errno::last());
    }
    Ok(r as u64)
}

/// Reserves the start-up windows `PROT_NONE` so nothing of the host lands there.
///
/// # Errors
/// Names the window and what occupies it when the host already has it.
pub fn reserve_windows() -> Result<(), String> {
    for (lo, hi) in RESERVED_WINDOWS {
        let flags = libc::MAP_PRIVATE
            | libc::MAP_ANONYMOUS
            | libc::MAP_NORESERVE
            | libc::MAP_FIXED_NOREPLACE;
        host_mmap(lo, hi - lo, 0, flags, -1, 0).map_err(|e| {
            format!(
                "cannot reserve the guest address range {lo:#x}-{hi:#x} ({e}); occupied by: {}",
                occupant(lo, hi)
            )
        })?;
    }
    Ok(())
}

/// Describes the host mappings in `[lo, hi)` from `/proc/self/maps`.
#[must_use]
pub fn occupant(lo: u64, hi: u64) -> String {
    let maps = std::fs::read_to_string("/proc/self/maps").unwrap_or_default();
    let found: Vec<&str> = maps
        .lines()
        .filter(|l| {
            let range = l.split_whitespace().next().unwrap_or("");
            let mut it = range
                .split('-')
                .map(|x| u64::from_str_radix(x, 16).unwrap_or(0));
            let (s, e) = (it.next().unwrap_or(0), it.next().unwrap_or(0));
            s < hi && e > lo
        })
        .collect();
    if found.is_empty() {
        "nothing visible".into()
    } else {
        found.join("; ")
    }
}

/// Makes `[start, end)` available for a fixed guest mapping: every page
/// must be the guest's, reserved, or free on the host. Free host pages are
/// claimed with `MAP_FIXED_NOREPLACE` so the check cannot race the host.
fn claim(start: u64, end: u64) -> Result<(), Errno> {
    let mut claimed = Vec::new();
    let mut at = start;
    while at < end {
        let sp = space();
        if let Some((_, r)) = sp.region_at(at) {
            at = r.end.min(end);
            continue;
        }
        // The next guest region (if any) bounds this gap.
        let gap_end = sp
            .iter()
            .map(|(s, _)| s)
            .find(|&s| s > at)
            .unwrap_or(end)
            .min(end);
        drop(sp);
        let outside: Vec<(u64, u64)> = split_outside_windows(at, gap_end);
        for (s, e) in outside {
            let flags = libc::MAP_PRIVATE
                | libc::MAP_ANONYMOUS
                | libc::MAP_NORESERVE
                | libc::MAP_FIXED_NOREPLACE;
            if host_mmap(s, e - s, 0, flags, -1, 0).is_err() {
                for (cs, ce) in claimed {
                    release(cs, ce);
                }
                return Err(Errno::ENOMEM);
            }
            claimed.push((s, e));
        }
        at = gap_end;
    }
    Ok(())
}

/// The parts of `[start, end)` outside the reservation windows.
fn split_outside_windows(start: u64, end: u64) -> Vec<(u64, u64)> {
    let mut parts = vec![(start, end)];
    for (lo, hi) in RESERVED_WINDOWS {
        parts = parts
            .into_iter()
            .flat_map(|(s, e)| {
                let mut v = Vec::new();
                if s < lo.min(e) {
                    v.push((s, lo.min(e)));
                }
                if e > hi.max(s) {
                    v.push((hi.max(s), e));
                }
                v
            })
            .collect();
    }
    parts
}

/// Gives pages back: re-reserved inside a window, unmapped outside.
fn release(start: u64, end: u64) {
    for (s, e) in split_outside_windows(start, end) {
        // SAFETY: only pages that were the guest's (or claimed for it) are released.
        unsafe { libc::munmap(s as *mut libc::c_void, usize::try_from(e - s).unwrap_or(0)) };
    }
    for (lo, hi) in RESERVED_WINDOWS {
        let (s, e) = (start.max(lo), end.min(hi));
        if s < e {
            let flags =
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE | libc::MAP_FIXED;
            let _ = host_mmap(s, e - s, 0, flags, -1, 0);
        }
    }
}

fn map_flags(backing: &Backing) -> (i32, i32, i64) {
    match backing {
        Backing::Anon { shared } => {
            let share = if *shared {
                libc::MAP_SHARED
            } else {
                libc::MAP_PRIVATE
            };
            (share | libc::MAP_ANONYMOUS, -1, 0)
        }
        Backing::File {
            file,
            offset,
            shared,
        } => {
            let share = if *shared {
                libc::MAP_SHARED
            } else {
                libc::MAP_PRIVATE
            };
            (share, file.as_raw_fd(), *offset)
        }
    }
}

/// Maps guest memory and records it; returns the address.
///
/// # Errors
/// `ENOMEM` when a fixed range is not available to the guest, or the host's error.
pub fn map(placement: Placement, len: u64, p: u32, backing: &Backing) -> Result<u64, Errno> {
    let (flags, fd, off) = map_flags(backing);
    let addr = match placement {
        Placement::Fixed(addr) => {
            let end = addr.checked_add(len).ok_or(Errno::ENOMEM)?;
            claim(addr, end)?;
            host_mmap(addr, len, p, flags | libc::MAP_FIXED, fd, off)?
        }
        Placement::Hint(addr) => {
            let end = addr.saturating_add(len);
            let free_for_guest = space().is_free(addr, end) && in_reserved_window(addr, end);
            if free_for_guest {
                host_mmap(addr, len, p, flags | libc::MAP_FIXED, fd, off)?
            } else {
                host_mmap(0, len, p, flags, fd, off)?
            }
        }
        Placement::Anywhere => host_mmap(0, len, p, flags, fd, off)?,
    };
    space().insert(addr, addr + len, p);
    Ok(addr)
}

/// Unmaps the guest's pages in `[start, end)`.
pub fn unmap(start: u64, end: u64) {
    let owned: Vec<(u64, u64)> = space()
        .iter()
        .filter(|(s, r)| *s < end && r.end > start)
        .map(|(s, r)| (s.max(start), r.end.min(end)))
        .collect();
    for (s, e) in owned {
        release(s, e);
    }
    space().remove(start, end);
}

/// Changes the protection of guest pages.
///
/// # Errors
/// `ENOMEM` when part of the range is not the guest's.
pub fn protect(start: u64, end: u64, p: u32) -> Result<(), Errno> {
    let mut sp = space();
    if !sp.covers(start, end, 0) {
        return Err(Errno::ENOMEM);
    }
    // SAFETY: the whole range is guest memory (checked above).
    let r = unsafe {
        libc::mprotect(
            start as *mut libc::c_void,
            usize::try_from(end - start).unwrap_or(0),
            host_prot(p),
        )
    };
    if r < 0 {
        return Err(errno::last());
    }
    sp.protect(start, end, p)
}

/// Reserves `[start, end)` for an image's zero page: no access, no contents.
/// Pages inside the windows are reserved already.
///
/// # Errors
/// `ENOMEM` when part of the range belongs to the host.
pub fn reserve_zero_page(start: u64, end: u64) -> Result<(), Errno> {
    let min = mem::PAGE_SIZE * 16; // Linux's mmap_min_addr
    let start = start.max(min);
    if start >= end {
        return Ok(());
    }
    for (s, e) in split_outside_windows(start, end) {
        let flags = libc::MAP_PRIVATE
            | libc::MAP_ANONYMOUS
            | libc::MAP_NORESERVE
            | libc::MAP_FIXED_NOREPLACE;
        host_mmap(s, e - s, 0, flags, -1, 0)?;
    }
    Ok(())
}

/// Copies `bytes` to guest memory the runner just mapped (loader use).
///
/// # Errors
/// `EFAULT` when the destination is not writable guest memory.
pub fn copy_in(addr: u64, bytes: &[u8]) -> Result<(), Errno> {
    mem::GuestBuf::new(addr, bytes.len() as u64).write(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outside_windows() {
        assert_eq!(
            split_outside_windows(0x2000, 0x20000),
            vec![(0x2000, 0x10000)]
        );
        assert!(split_outside_windows(0x20000, 0x30000).is_empty());
        let top = RESERVED_WINDOWS[1].1;
        assert_eq!(
            split_outside_windows(top - 0x1000, top + 0x1000),
            vec![(top, top + 0x1000)]
        );
    }
}
