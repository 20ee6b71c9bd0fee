//! The guest filesystem interface.
//!
//! Every path a guest hands to a syscall is resolved here, and nowhere else:
//! handlers pass guest path bytes and a base directory, never host paths.
//! This is the seam where the layered `AgentFS` (macOS system view, sandboxed
//! copy-on-write volumes) plugs in; today there is one layer, a view of a
//! host directory tree (by default the host's `/`, so a CI job's files are
//! where its scripts expect them).
//!
//! The process's current directory is held as an open directory descriptor,
//! so relative lookups follow the host kernel's rules exactly (symlinks,
//! `..`), and the runner's own working directory never changes.

use std::ffi::{CString, OsStr};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use common_bsd::errno::Errno;

use crate::errno;

/// The directory a relative path is resolved from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base {
    /// The process's current directory (`AT_FDCWD`).
    Cwd,
    /// An open directory, as a host descriptor taken from the guest's table.
    Dir(RawFd),
}

/// The guest's view of the filesystem.
#[derive(Debug)]
pub struct Vfs {
    root: PathBuf,
    cwd: Mutex<OwnedFd>,
}

fn cpath(bytes: &[u8]) -> Result<CString, Errno> {
    if bytes.is_empty() {
        return Err(Errno::ENOENT);
    }
    CString::new(bytes).map_err(|_| Errno::EINVAL)
}

fn open_dir_path(path: &Path) -> Result<OwnedFd, Errno> {
    let c = CString::new(path.as_os_str().as_bytes()).map_err(|_| Errno::EINVAL)?;
    // SAFETY: `c` is a valid NUL-terminated string; the result is checked.
    let fd = unsafe {
        libc::open(
            c.as_ptr(),
            libc::O_PATH | libc::O_DIRECTORY | libc::O_CLOEXEC,
        )
    };
    if fd < 0 {
        return Err(errno::last());
    }
    // SAFETY: `fd` was just returned by open and is owned by nobody else.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

impl Vfs {
    /// A view of the host tree at `root` (today only `/` is supported as a
    /// root; a later layer maps other roots), starting in host directory `cwd`.
    ///
    /// # Errors
    /// When `cwd` cannot be opened.
    pub fn host(root: &Path, cwd: &Path) -> Result<Self, Errno> {
        let cwd = open_dir_path(cwd)?;
        Ok(Self {
            root: root.to_path_buf(),
            cwd: Mutex::new(cwd),
        })
    }

    /// One line saying what the guest sees, for error messages.
    #[must_use]
    pub fn describe(&self) -> String {
        format!("host directory tree at {}", self.root.display())
    }

    fn with_base<T>(&self, base: Base, f: impl FnOnce(RawFd) -> T) -> T {
        match base {
            Base::Dir(fd) => f(fd),
            Base::Cwd => {
                let cwd = self
                    .cwd
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                f(cwd.as_raw_fd())
            }
        }
    }

    /// Opens `path` with host `open(2)` flags and returns the new host descriptor.
    ///
    /// # Errors
    /// The Darwin errno of the failed lookup or open.
    pub fn open(
        &self,
        base: Base,
        path: &[u8],
        linux_flags: i32,
        mode: u32,
    ) -> Result<OwnedFd, Errno> {
        let c = cpath(path)?;
        let fd = self.with_base(base, |dir| {
            // SAFETY: valid C string and directory descriptor; result checked.
            unsafe { libc::openat(dir, c.as_ptr(), linux_flags | libc::O_CLOEXEC, mode) }
        });
        if fd < 0 {
            return Err(errno::last());
        }
        // SAFETY: `fd` was just returned by openat and is owned by nobody else.
        Ok(unsafe { OwnedFd::from_raw_fd(fd) })
    }

    /// `fstatat`: host stat of `path` (`follow` = follow a final symlink).
    ///
    /// # Errors
    /// The Darwin errno of the failed lookup.
    pub fn stat(&self, base: Base, path: &[u8], follow: bool) -> Result<libc::stat, Errno> {
        let c = cpath(path)?;
        let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
        // SAFETY: libc::stat is plain data; all-zero is a valid value.
        let mut st: libc::stat = unsafe { std::mem::zeroed() };
        let r = self.with_base(base, |dir| {
            // SAFETY: valid C string, directory descriptor and out pointer.
            unsafe { libc::fstatat(dir, c.as_ptr(), &raw mut st, flags) }
        });
        if r < 0 { Err(errno::last()) } else { Ok(st) }
    }

    /// `faccessat`.
    ///
    /// # Errors
    /// The Darwin errno of the failed check.
    pub fn access(&self, base: Base, path: &[u8], mode: i32, eaccess: bool) -> Result<(), Errno> {
        let c = cpath(path)?;
        let flags = if eaccess { libc::AT_EACCESS } else { 0 };
        let r = self.with_base(base, |dir| {
            // SAFETY: valid C string and directory descriptor.
            unsafe { libc::faccessat(dir, c.as_ptr(), mode, flags) }
        });
        if r < 0 { Err(errno::last()) } else { Ok(()) }
    }

    /// `readlinkat`: the link's target bytes.
    ///
    /// # Errors
    /// The Darwin errno of the failed call.
    pub fn readlink(&self, base: Base, path: &[u8]) -> Result<Vec<u8>, Errno> {
        let c = cpath(path)?;
        let mut buf = vec![0u8; libc::PATH_MAX as usize];
        let n = self.with_base(base, |dir| {
            // SAFETY: valid C string, descriptor and buffer of the given length.
            unsafe { libc::readlinkat(dir, c.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) }
        });
        let n = usize::try_from(n).map_err(|_| errno::last())?;
        buf.truncate(n);
        Ok(buf)
    }

    /// `unlinkat` (`rmdir` when `dir` is set).
    ///
    /// # Errors
    /// The Darwin errno of the failed call.
    pub fn unlink(&self, base: Base, path: &[u8], dir: bool) -> Result<(), Errno> {
        let c = cpath(path)?;
        let flags = if dir { libc::AT_REMOVEDIR } else { 0 };
        let r = self.with_base(base, |d| {
            // SAFETY: valid C string and descriptor.
            unsafe { libc::unlinkat(d, c.as_ptr(), flags) }
        });
        if r < 0 { Err(errno::last()) } else { Ok(()) }
    }

    /// `mkdirat`.
    ///
    /// # Errors
    /// The Darwin errno of the failed call.
    pub fn mkdir(&self, base: Base, path: &[u8], mode: u32) -> Result<(), Errno> {
        let c = cpath(path)?;
        let r = self.with_base(base, |d| {
            // SAFETY: valid C string and descriptor.
            unsafe { libc::mkdirat(d, c.as_ptr(), mode) }
        });
        if r < 0 { Err(errno::last()) } else { Ok(()) }
    }

    /// `renameat`.
    ///
    /// # Errors
    /// The Darwin errno of the failed call.
    pub fn rename(&self, from: (Base, &[u8]), to: (Base, &[u8])) -> Result<(), Errno> {
        let (cf, ct) = (cpath(from.1)?, cpath(to.1)?);
        let cwd = self
            .cwd
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let raw = |b: Base| match b {
            Base::Cwd => cwd.as_raw_fd(),
            Base::Dir(fd) => fd,
        };
        // SAFETY: valid C strings and directory descriptors.
        let r = unsafe { libc::renameat(raw(from.0), cf.as_ptr(), raw(to.0), ct.as_ptr()) };
        if r < 0 { Err(errno::last()) } else { Ok(()) }
    }

    /// Makes `path` the current directory.
    ///
    /// # Errors
    /// `ENOTDIR`, `ENOENT`, `EACCES`, ... as the lookup fails.
    pub fn chdir(&self, base: Base, path: &[u8]) -> Result<(), Errno> {
        let dir = self.open(base, path, libc::O_PATH | libc::O_DIRECTORY, 0)?;
        self.set_cwd(dir);
        Ok(())
    }

    /// Makes the open directory `fd` the current directory.
    ///
    /// # Errors
    /// `ENOTDIR` when `fd` is not a directory.
    pub fn fchdir(&self, fd: RawFd) -> Result<(), Errno> {
        let dot = self.open(Base::Dir(fd), b".", libc::O_PATH | libc::O_DIRECTORY, 0)?;
        self.set_cwd(dot);
        Ok(())
    }

    fn set_cwd(&self, dir: OwnedFd) {
        *self
            .cwd
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = dir;
    }

    /// The guest path of the current directory.
    ///
    /// # Errors
    /// `ENOENT` when it was removed.
    pub fn getcwd(&self) -> Result<Vec<u8>, Errno> {
        let fd = self
            .cwd
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .as_raw_fd();
        self.guest_path_of_fd(fd)
    }

    /// The guest path of an open host descriptor (`F_GETPATH`).
    ///
    /// # Errors
    /// `ENOENT` when it has no path (deleted, a pipe, ...).
    pub fn guest_path_of_fd(&self, fd: RawFd) -> Result<Vec<u8>, Errno> {
        let link = std::fs::read_link(format!("/proc/self/fd/{fd}")).map_err(|_| Errno::EBADF)?;
        let bytes = link.as_os_str().as_bytes();
        if !bytes.starts_with(b"/") || bytes.ends_with(b" (deleted)") {
            return Err(Errno::ENOENT);
        }
        self.to_guest(&link).ok_or(Errno::ENOENT)
    }

    /// Maps a host path back into the guest's view.
    #[must_use]
    pub fn to_guest(&self, host: &Path) -> Option<Vec<u8>> {
        let rel = host.strip_prefix(&self.root).ok()?;
        let mut out = b"/".to_vec();
        out.extend_from_slice(rel.as_os_str().as_bytes());
        Some(out)
    }

    /// The host path of a guest absolute path, for the loader's own lookups
    /// (dyld). Resolution of relative paths and symlinks is the kernel's.
    #[must_use]
    pub fn host_path_of(&self, guest: &[u8]) -> PathBuf {
        let rel = guest.strip_prefix(b"/").unwrap_or(guest);
        self.root.join(OsStr::from_bytes(rel))
    }
}
