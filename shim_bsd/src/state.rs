//! Per-process state shared by the handlers: the fd table, the filesystem
//! view, the executable's path and the runner options that affect the guest.

use std::os::fd::OwnedFd;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use common_bsd::errno::Errno;

use crate::fdtable::{FdEntry, FdTable};
use crate::vfs::{Base, Vfs};

/// One guest process.
#[derive(Debug)]
pub struct Process {
    /// The executable's guest path (absolute), as `executable_path=` says.
    pub exe_path: Vec<u8>,
    /// Descriptor table.
    pub fds: Mutex<FdTable>,
    /// Filesystem view and current directory.
    pub vfs: Vfs,
}

static PROCESS: OnceLock<Process> = OnceLock::new();

/// Installs the process state; called once before the guest runs.
pub fn install(p: Process) {
    if PROCESS.set(p).is_err() {
        crate::fatal("process state installed twice");
    }
}

/// The current process. Handlers only run after [`install`].
pub fn process() -> &'static Process {
    match PROCESS.get() {
        Some(p) => p,
        None => crate::fatal("syscall before the process state was installed"),
    }
}

impl Process {
    /// Locks the descriptor table.
    pub fn fds(&self) -> MutexGuard<'_, FdTable> {
        self.fds
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The host descriptor behind guest `fd`, kept alive while in use.
    ///
    /// # Errors
    /// `EBADF` when `fd` is not open.
    pub fn file(&self, fd: i32) -> Result<Arc<OwnedFd>, Errno> {
        Ok(self.fds().get(fd)?.file.clone())
    }

    /// Installs a new host descriptor at the lowest free guest number.
    ///
    /// # Errors
    /// `EMFILE` when the table is full.
    pub fn install_fd(&self, fd: OwnedFd, cloexec: bool) -> Result<i32, Errno> {
        self.fds().insert(FdEntry {
            file: Arc::new(fd),
            cloexec,
        })
    }

    /// The base directory for a `*at` call's `dirfd` argument.
    ///
    /// # Errors
    /// `EBADF` when `dirfd` is neither `AT_FDCWD` nor open.
    pub fn base(&self, dirfd: i32) -> Result<(Base, Option<Arc<OwnedFd>>), Errno> {
        use std::os::fd::AsRawFd;
        if dirfd == common_bsd::types::fcntl::AT_FDCWD {
            return Ok((Base::Cwd, None));
        }
        let file = self.file(dirfd)?;
        Ok((Base::Dir(file.as_raw_fd()), Some(file)))
    }
}
