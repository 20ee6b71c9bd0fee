//! The guest's file-descriptor table.
//!
//! Guest descriptor numbers are the guest's own: they map to host file
//! descriptions held by the runner, so the guest never sees (or closes) the
//! runner's own descriptors, and descriptors can be shared (dup) or dropped
//! per the guest's rules.

use std::collections::BTreeMap;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::sync::Arc;

use common_bsd::errno::Errno;

/// Darwin's default `RLIMIT_NOFILE` soft limit for a shell's children.
pub const DEFAULT_FD_LIMIT: i32 = 256;

/// One open descriptor.
#[derive(Debug, Clone)]
pub struct FdEntry {
    /// The host file description (shared between dup'ed descriptors).
    pub file: Arc<OwnedFd>,
    /// `FD_CLOEXEC`.
    pub cloexec: bool,
}

impl FdEntry {
    /// The host descriptor to issue host syscalls on.
    #[must_use]
    pub fn raw(&self) -> RawFd {
        self.file.as_raw_fd()
    }
}

/// Guest descriptor number → open file.
#[derive(Debug, Default)]
pub struct FdTable {
    entries: BTreeMap<i32, FdEntry>,
    limit: i32,
}

impl FdTable {
    /// An empty table with Darwin's default limit.
    #[must_use]
    pub fn new() -> Self {
        Self {
            entries: BTreeMap::new(),
            limit: DEFAULT_FD_LIMIT,
        }
    }

    /// The entry for `fd`.
    ///
    /// # Errors
    /// `EBADF` when `fd` is not open.
    pub fn get(&self, fd: i32) -> Result<&FdEntry, Errno> {
        self.entries.get(&fd).ok_or(Errno::EBADF)
    }

    /// Mutable entry for `fd`.
    ///
    /// # Errors
    /// `EBADF` when `fd` is not open.
    pub fn get_mut(&mut self, fd: i32) -> Result<&mut FdEntry, Errno> {
        self.entries.get_mut(&fd).ok_or(Errno::EBADF)
    }

    /// Installs `entry` at the lowest free number `>= min`.
    ///
    /// # Errors
    /// `EMFILE` when the table is full.
    pub fn insert_from(&mut self, min: i32, entry: FdEntry) -> Result<i32, Errno> {
        let mut fd = min.max(0);
        for &used in self.entries.range(fd..).map(|(k, _)| k) {
            if used != fd {
                break;
            }
            fd += 1;
        }
        if fd >= self.limit {
            return Err(Errno::EMFILE);
        }
        self.entries.insert(fd, entry);
        Ok(fd)
    }

    /// Installs `entry` at the lowest free number.
    ///
    /// # Errors
    /// `EMFILE` when the table is full.
    pub fn insert(&mut self, entry: FdEntry) -> Result<i32, Errno> {
        self.insert_from(0, entry)
    }

    /// Installs `entry` at exactly `fd`, replacing what was there.
    ///
    /// # Errors
    /// `EBADF` when `fd` is outside the table's limit.
    pub fn insert_at(&mut self, fd: i32, entry: FdEntry) -> Result<(), Errno> {
        if fd < 0 || fd >= self.limit {
            return Err(Errno::EBADF);
        }
        self.entries.insert(fd, entry);
        Ok(())
    }

    /// Closes `fd`.
    ///
    /// # Errors
    /// `EBADF` when `fd` is not open.
    pub fn remove(&mut self, fd: i32) -> Result<FdEntry, Errno> {
        self.entries.remove(&fd).ok_or(Errno::EBADF)
    }

    /// The descriptor limit (`getdtablesize`).
    #[must_use]
    pub fn limit(&self) -> i32 {
        self.limit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry() -> FdEntry {
        let fd = nix::unistd::dup(std::io::stderr());
        FdEntry {
            file: Arc::new(fd.expect("dup stderr")),
            cloexec: false,
        }
    }

    #[test]
    fn lowest_free_number() {
        let mut t = FdTable::new();
        assert_eq!(t.insert(entry()), Ok(0));
        assert_eq!(t.insert(entry()), Ok(1));
        assert_eq!(t.insert_from(5, entry()), Ok(5));
        assert!(t.remove(0).is_ok());
        assert_eq!(t.insert(entry()), Ok(0));
        assert_eq!(t.insert(entry()), Ok(2));
        assert_eq!(t.remove(9).map(|_| ()), Err(Errno::EBADF));
        assert_eq!(t.insert_at(-1, entry()), Err(Errno::EBADF));
    }
}
