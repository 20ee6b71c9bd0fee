//! Syscall handlers, one module per area, and the handler table.
//!
//! [`TABLE`] joins `common_bsd::syscalls` (number, name, argument kinds,
//! category: what XNU defines) with what the runner does about each call
//! (handler and status). The dispatcher, the tracer and the generated
//! syscall documentation all read these two tables, so they cannot drift.

#[expect(
    clippy::missing_errors_doc,
    reason = "each handler fails with the Darwin errno of the syscall it serves"
)]
pub mod file;
#[expect(
    clippy::missing_errors_doc,
    reason = "each handler fails with the Darwin errno of the syscall it serves"
)]
pub mod info;
#[expect(
    clippy::missing_errors_doc,
    reason = "each handler fails with the Darwin errno of the syscall it serves"
)]
pub mod mach;
#[expect(
    clippy::missing_errors_doc,
    reason = "each handler fails with the Darwin errno of the syscall it serves"
)]
pub mod memory;
#[expect(
    clippy::missing_errors_doc,
    reason = "each handler fails with the Darwin errno of the syscall it serves"
)]
pub mod process;
#[expect(
    clippy::missing_errors_doc,
    reason = "each handler fails with the Darwin errno of the syscall it serves"
)]
pub mod time;

use std::sync::OnceLock;

use common_bsd::syscalls::{SyscallClass, mach_nr, machdep_nr, nr};

use crate::dispatch::Args;
use crate::errno::SysResult;

/// A handler: decoded arguments in, result out.
pub type Handler = fn(&Args) -> SysResult;

/// How complete a handler is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Behaves like XNU for everything a guest can pass.
    Full,
    /// Works for the common cases; the string says what is missing.
    Partial(&'static str),
}

/// One row of the handler table.
#[derive(Debug, Clone, Copy)]
pub struct HandlerEntry {
    /// Syscall class.
    pub class: SyscallClass,
    /// Number within the class.
    pub number: u32,
    /// The handler.
    pub handler: Handler,
    /// Completeness.
    pub status: Status,
    /// Whether the call returns a second value in rdx (XNU's `rval[1]`).
    pub two_results: bool,
}

const fn bsd(number: u32, handler: Handler) -> HandlerEntry {
    HandlerEntry {
        class: SyscallClass::Unix,
        number,
        handler,
        status: Status::Full,
        two_results: false,
    }
}

const fn partial(number: u32, handler: Handler, missing: &'static str) -> HandlerEntry {
    HandlerEntry {
        class: SyscallClass::Unix,
        number,
        handler,
        status: Status::Partial(missing),
        two_results: false,
    }
}

const fn two(number: u32, handler: Handler) -> HandlerEntry {
    HandlerEntry {
        class: SyscallClass::Unix,
        number,
        handler,
        status: Status::Full,
        two_results: true,
    }
}

const fn trap(number: u32, handler: Handler, missing: &'static str) -> HandlerEntry {
    HandlerEntry {
        class: SyscallClass::Mach,
        number,
        handler,
        status: Status::Partial(missing),
        two_results: false,
    }
}

const fn machdep(number: u32, handler: Handler) -> HandlerEntry {
    HandlerEntry {
        class: SyscallClass::MachDep,
        number,
        handler,
        status: Status::Full,
        two_results: false,
    }
}

/// Every syscall the runner serves.
pub static TABLE: &[HandlerEntry] = &[
    // process
    bsd(nr::EXIT, process::exit),
    bsd(nr::GETPID, process::getpid),
    bsd(nr::GETPPID, process::getppid),
    bsd(nr::GETUID, process::getuid),
    bsd(nr::GETEUID, process::geteuid),
    bsd(nr::GETGID, process::getgid),
    bsd(nr::GETEGID, process::getegid),
    bsd(nr::ISSETUGID, process::issetugid),
    partial(
        nr::KILL,
        process::kill,
        "only the calling process; other pids are ESRCH until process support lands",
    ),
    partial(
        nr::SIGPROCMASK,
        process::sigprocmask,
        "records nothing: no guest signal handlers yet",
    ),
    // files
    bsd(nr::READ, file::read),
    bsd(nr::READ_NOCANCEL, file::read),
    bsd(nr::WRITE, file::write),
    bsd(nr::WRITE_NOCANCEL, file::write),
    bsd(nr::PREAD, file::pread),
    bsd(nr::PREAD_NOCANCEL, file::pread),
    bsd(nr::PWRITE, file::pwrite),
    bsd(nr::PWRITE_NOCANCEL, file::pwrite),
    bsd(nr::READV, file::readv),
    bsd(nr::READV_NOCANCEL, file::readv),
    bsd(nr::WRITEV, file::writev),
    bsd(nr::WRITEV_NOCANCEL, file::writev),
    bsd(nr::OPEN, file::open),
    bsd(nr::OPEN_NOCANCEL, file::open),
    bsd(nr::OPENAT, file::openat),
    bsd(nr::OPENAT_NOCANCEL, file::openat),
    bsd(nr::CLOSE, file::close),
    bsd(nr::CLOSE_NOCANCEL, file::close),
    bsd(nr::FSTAT64, file::fstat64),
    bsd(nr::STAT64, file::stat64),
    bsd(nr::LSTAT64, file::lstat64),
    bsd(nr::FSTATAT64, file::fstatat64),
    bsd(nr::LSEEK, file::lseek),
    partial(
        nr::IOCTL,
        file::ioctl,
        "TIOCGWINSZ, TIOCGETA, FIONREAD, FIONBIO, FIOCLEX, FIONCLEX",
    ),
    partial(
        nr::FCNTL,
        file::fcntl,
        "F_DUPFD(_CLOEXEC), F_GETFD/SETFD, F_GETFL/SETFL, F_GETPATH, F_FULLFSYNC",
    ),
    partial(nr::FCNTL_NOCANCEL, file::fcntl, "as fcntl"),
    bsd(nr::DUP, file::dup),
    bsd(nr::DUP2, file::dup2),
    bsd(nr::ACCESS, file::access),
    bsd(nr::FACCESSAT, file::faccessat),
    bsd(nr::READLINK, file::readlink),
    bsd(nr::READLINKAT, file::readlinkat),
    bsd(nr::UNLINK, file::unlink),
    bsd(nr::UNLINKAT, file::unlinkat),
    bsd(nr::MKDIR, file::mkdir),
    bsd(nr::MKDIRAT, file::mkdirat),
    bsd(nr::RMDIR, file::rmdir),
    bsd(nr::RENAME, file::rename),
    bsd(nr::RENAMEAT, file::renameat),
    bsd(nr::CHDIR, file::chdir),
    bsd(nr::FCHDIR, file::fchdir),
    bsd(nr::FSYNC, file::fsync),
    bsd(nr::FSYNC_NOCANCEL, file::fsync),
    bsd(nr::FTRUNCATE, file::ftruncate),
    bsd(nr::GETDTABLESIZE, file::getdtablesize),
    two(nr::PIPE, file::pipe),
    // memory
    bsd(nr::MMAP, memory::mmap),
    bsd(nr::MUNMAP, memory::munmap),
    bsd(nr::MPROTECT, memory::mprotect),
    partial(
        nr::MADVISE,
        memory::madvise,
        "advice is accepted and ignored",
    ),
    partial(
        nr::MINHERIT,
        memory::minherit,
        "inheritance is accepted and ignored until fork lands",
    ),
    // time
    bsd(nr::GETTIMEOFDAY, time::gettimeofday),
    // system information
    partial(
        nr::SYSCTL,
        info::sysctl,
        "the names listed in docs/COMPATIBILITY.md; read-only",
    ),
    partial(nr::SYSCTLBYNAME, info::sysctlbyname, "as sysctl"),
    bsd(nr::GETENTROPY, info::getentropy),
    partial(
        nr::CSOPS,
        info::csops,
        "answers as an unsigned, allowed process",
    ),
    partial(nr::CSOPS_AUDITTOKEN, info::csops_audittoken, "as csops"),
    partial(
        nr::PROC_INFO,
        info::proc_info,
        "PROC_PIDPATHINFO and PROC_PIDT_SHORTBSDINFO for the calling process",
    ),
    // Mach traps
    trap(
        mach_nr::TASK_SELF_TRAP,
        mach::task_self,
        "a fixed port name; no Mach IPC",
    ),
    trap(
        mach_nr::HOST_SELF_TRAP,
        mach::host_self,
        "a fixed port name; no Mach IPC",
    ),
    trap(
        mach_nr::THREAD_SELF_TRAP,
        mach::thread_self,
        "a fixed port name; no Mach IPC",
    ),
    trap(
        mach_nr::MACH_REPLY_PORT,
        mach::reply_port,
        "a fixed port name; no Mach IPC",
    ),
    trap(
        mach_nr::MACH_TIMEBASE_INFO_TRAP,
        mach::timebase_info,
        "nanosecond timebase (1/1)",
    ),
    // machine-dependent
    machdep(
        machdep_nr::THREAD_FAST_SET_CTHREAD_SELF,
        mach::set_cthread_self,
    ),
];

struct Index {
    bsd: Vec<Option<&'static HandlerEntry>>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let max = TABLE
            .iter()
            .filter(|e| e.class == SyscallClass::Unix)
            .map(|e| e.number)
            .max()
            .unwrap_or(0);
        let mut bsd = vec![None; max as usize + 1];
        for e in TABLE.iter().filter(|e| e.class == SyscallClass::Unix) {
            bsd[e.number as usize] = Some(e);
        }
        Index { bsd }
    })
}

/// Initialises the lookup index (so the first syscall does not allocate).
pub fn init() {
    let _ = index();
}

/// The handler for a syscall, if the runner implements it.
#[must_use]
pub fn lookup(class: SyscallClass, number: u32) -> Option<&'static HandlerEntry> {
    match class {
        SyscallClass::Unix => index().bsd.get(number as usize).copied().flatten(),
        _ => TABLE
            .iter()
            .find(|e| e.class == class && e.number == number),
    }
}

/// The syscall status table of `docs/COMPATIBILITY.md`, rendered from
/// [`TABLE`] and the XNU names, so the documentation cannot drift from the
/// dispatcher.
#[must_use]
pub fn status_markdown() -> String {
    use std::fmt::Write as _;
    let mut rows: Vec<&HandlerEntry> = TABLE.iter().collect();
    rows.sort_by_key(|e| (e.class.to_rax(0), e.number));
    let mut out = String::from("| class | number | name | status |\n|---|---|---|---|\n");
    for e in rows {
        let name = common_bsd::syscalls::lookup(e.class, e.number).map_or("?", |i| i.name);
        let status = match e.status {
            Status::Full => "implemented".to_owned(),
            Status::Partial(what) => format!("partial: {what}"),
        };
        let _ = writeln!(
            out,
            "| {} | {} | `{name}` | {status} |",
            e.class.name(),
            e.number
        );
    }
    let known = common_bsd::syscalls::BSD_SYSCALLS.len()
        + common_bsd::syscalls::MACH_TRAPS.len()
        + common_bsd::syscalls::MACHDEP_CALLS.len();
    let _ = writeln!(
        out,
        "\n{} of the {known} calls XNU defines are served; every other one returns ENOSYS \
         (Mach traps: KERN_INVALID_ARGUMENT) and is named in a one-time warning.",
        TABLE.len()
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_handler_names_a_known_syscall_once() {
        let mut seen = std::collections::HashSet::new();
        for e in TABLE {
            assert!(
                common_bsd::syscalls::lookup(e.class, e.number).is_some(),
                "{:?} {} is not in the XNU table",
                e.class,
                e.number
            );
            assert!(
                seen.insert((e.class.name(), e.number)),
                "{:?} {} twice",
                e.class,
                e.number
            );
        }
    }
}
