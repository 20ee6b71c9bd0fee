//! The XNU system call table: every BSD syscall, Mach trap and `x86_64`
//! machine-dependent call a guest can make, with the argument shapes a tracer
//! needs to print them. The dispatcher, the tracer and the generated docs all
//! read this one table.
//!
//! Numbers and names come from XNU's `bsd/kern/syscalls.master` (names as the
//! SDK's `sys/syscall.h` spells them: a `sys_` prefix dropped, other leading
//! underscores kept), `osfmk/kern/syscall_sw.c` (`mach_trap_table`) and
//! `osfmk/i386/machdep_call.c` (`machdep_call_table64`).
//!
//! On `x86_64` the guest puts `class << 24 | number` in `rax` and executes
//! `syscall`; see [`SyscallClass::from_rax`].

/// The kind of trap, from bits 24..32 of `rax` (`SYSCALL_CLASS_*` in XNU's
/// `osfmk/mach/i386/syscall_sw.h`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum SyscallClass {
    /// `SYSCALL_CLASS_MACH` (1): Mach traps, e.g. `mach_msg_trap`.
    Mach,
    /// `SYSCALL_CLASS_UNIX` (2): the BSD system calls.
    Unix,
    /// `SYSCALL_CLASS_MDEP` (3): machine-dependent calls, e.g. setting the
    /// thread-local storage base.
    MachDep,
    /// `SYSCALL_CLASS_DIAG` (4): diagnostics calls.
    Diag,
}

impl SyscallClass {
    /// Bit position of the class in `rax`.
    pub const SHIFT: u32 = 24;
    /// Mask of the call number within its class.
    pub const NUMBER_MASK: u64 = 0x00ff_ffff;

    /// Decodes `rax` at a `syscall` instruction into a class and a call
    /// number. As XNU does, only the low 32 bits (`eax`) are looked at;
    /// classes other than 1..=4 (including 0 and the unused
    /// `SYSCALL_CLASS_IPC`, 5) give `None`.
    #[must_use]
    pub const fn from_rax(rax: u64) -> Option<(SyscallClass, u32)> {
        let class = match (rax >> Self::SHIFT) & 0xff {
            1 => SyscallClass::Mach,
            2 => SyscallClass::Unix,
            3 => SyscallClass::MachDep,
            4 => SyscallClass::Diag,
            _ => return None,
        };
        let number = (rax & Self::NUMBER_MASK) as u32;
        Some((class, number))
    }

    /// The class's number (`SYSCALL_CLASS_*`).
    #[must_use]
    pub const fn code(self) -> u32 {
        match self {
            SyscallClass::Mach => 1,
            SyscallClass::Unix => 2,
            SyscallClass::MachDep => 3,
            SyscallClass::Diag => 4,
        }
    }

    /// The `rax` value a guest uses for call `number` of this class
    /// (`SYSCALL_CONSTRUCT_*`); `number` is truncated to 24 bits.
    #[must_use]
    pub const fn to_rax(self, number: u32) -> u64 {
        ((self.code() as u64) << Self::SHIFT) | (number as u64 & Self::NUMBER_MASK)
    }

    /// `"mach"`, `"unix"`, `"machdep"` or `"diag"`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            SyscallClass::Mach => "mach",
            SyscallClass::Unix => "unix",
            SyscallClass::MachDep => "machdep",
            SyscallClass::Diag => "diag",
        }
    }

    /// The description table of this class (empty for `Diag`).
    #[must_use]
    pub fn table(self) -> &'static [SyscallInfo] {
        match self {
            SyscallClass::Mach => MACH_TRAPS,
            SyscallClass::Unix => BSD_SYSCALLS,
            SyscallClass::MachDep => MACHDEP_CALLS,
            SyscallClass::Diag => &[],
        }
    }
}

/// A coarse grouping of calls, for filtering traces and for the docs.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Category {
    /// Files, descriptors, directories, file systems, extended attributes.
    File,
    /// Processes, threads, credentials, limits, code signing.
    Process,
    /// Sockets and the networking SPIs.
    Network,
    /// Signal delivery and masks.
    Signal,
    /// Address space management.
    Memory,
    /// Clocks and timers.
    Time,
    /// Mach ports and messages.
    Mach,
    /// Event queues, polling and synchronisation (kqueue, select, psynch,
    /// ulock, System V and POSIX IPC, pipes).
    Ipc,
    /// Everything else (auditing, MAC, tracing, diagnostics, ...).
    Other,
}

impl Category {
    /// Every category, in declaration order.
    pub const ALL: [Category; 9] = [
        Category::File,
        Category::Process,
        Category::Network,
        Category::Signal,
        Category::Memory,
        Category::Time,
        Category::Mach,
        Category::Ipc,
        Category::Other,
    ];

    /// Lower-case name: `"file"`, `"process"`, `"network"`, `"signal"`,
    /// `"memory"`, `"time"`, `"mach"`, `"ipc"`, `"other"`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Category::File => "file",
            Category::Process => "process",
            Category::Network => "network",
            Category::Signal => "signal",
            Category::Memory => "memory",
            Category::Time => "time",
            Category::Mach => "mach",
            Category::Ipc => "ipc",
            Category::Other => "other",
        }
    }

    /// The category with this [`name`](Self::name).
    #[must_use]
    pub fn from_name(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// How a tracer should show one argument register. Argument indices
/// (`len_arg`, `count_arg`, ...) are 0-based positions in the same call's
/// argument list.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ArgKind {
    /// Signed decimal (the low 32 bits for `int` arguments, the full
    /// register for 64-bit ones).
    Int,
    /// Unsigned decimal.
    UInt,
    /// Hexadecimal (flags, opaque values, ids).
    Hex,
    /// A file descriptor.
    Fd,
    /// The directory descriptor of an `*at` call: -2 is `AT_FDCWD`.
    AtFd,
    /// An address the tracer should not follow.
    Ptr,
    /// A NUL-terminated path the guest passes in.
    Path,
    /// A NUL-terminated string that is not a path.
    Str,
    /// Bytes the guest passes in; their count is argument `len_arg`.
    InBuf { len_arg: u8 },
    /// Bytes the kernel fills; valid length is the result on success,
    /// capacity is argument `len_arg`.
    OutBuf { len_arg: u8 },
    /// A `struct iovec` array with `count_arg` entries.
    IoVec { count_arg: u8 },
    /// `open(2)` flags (`O_*`).
    OpenFlags,
    /// A file mode, shown in octal.
    Mode,
    /// A file offset (`off_t`, signed).
    Off,
    /// A byte count (`size_t`).
    Size,
    /// A process id (`pid_t`; 0 and negatives mean groups in some calls).
    Pid,
    /// A Darwin signal number.
    Signal,
    /// `mmap`/`mprotect` protection (`PROT_*`; the same bits as `VM_PROT_*`).
    MmapProt,
    /// `mmap` flags (`MAP_*`).
    MmapFlags,
    /// Pointer to a `struct stat64` the kernel fills.
    StatOut,
    /// Pointer to a `struct statfs64` the kernel fills.
    StatfsOut,
    /// Pointer to a `struct timespec` the guest passes in (may be null).
    TimespecIn,
    /// Pointer to a `struct timespec` the kernel fills.
    TimespecOut,
    /// Pointer to a `struct timeval` the guest passes in (may be null).
    TimevalIn,
    /// Pointer to a `struct timeval` the kernel fills.
    TimevalOut,
    /// A `struct sockaddr` the guest passes in; its length is argument
    /// `len_arg`.
    SockAddrIn { len_arg: u8 },
    /// A `struct sockaddr` the kernel fills; argument `len_ptr_arg` points
    /// to its `socklen_t` length (in: capacity, out: actual).
    SockAddrOut { len_ptr_arg: u8 },
    /// An `ioctl(2)` request (`_IOR`/`_IOW` encoded).
    IoctlCmd,
    /// An `fcntl(2)` command (`F_*`).
    FcntlCmd,
    /// A `sysctl` MIB: an `int` array whose length is argument `len_arg`.
    SysctlMib { len_arg: u8 },
    /// `*at(2)` flags (`AT_*`).
    AtFlags,
    /// An `lseek(2)` whence (`SEEK_*`).
    Whence,
    /// A Mach port name.
    Port,
    /// A NULL-terminated array of string pointers (`argv`, `envp`).
    Argv,
    /// Pointer to a `sigset_t` (`u32`) the guest passes in (may be null).
    SigsetIn,
    /// Pointer to a `sigset_t` the kernel fills (may be null).
    SigsetOut,
    /// Pointer to a `struct rusage` the kernel fills (may be null).
    RusageOut,
    /// Pointer to an `int` the kernel fills (wait status, pid, ...).
    IntOut,
    /// A `csops(2)` operation (`CS_OPS_*`).
    CsopsOp,
}

impl ArgKind {
    /// The other argument this one refers to (a length or a count), if any.
    #[must_use]
    pub const fn related_arg(self) -> Option<u8> {
        match self {
            ArgKind::InBuf { len_arg }
            | ArgKind::OutBuf { len_arg }
            | ArgKind::SockAddrIn { len_arg }
            | ArgKind::SysctlMib { len_arg } => Some(len_arg),
            ArgKind::IoVec { count_arg } => Some(count_arg),
            ArgKind::SockAddrOut { len_ptr_arg } => Some(len_ptr_arg),
            _ => None,
        }
    }

    /// Whether the argument is a guest address (which may be null).
    #[must_use]
    pub const fn is_pointer(self) -> bool {
        matches!(
            self,
            ArgKind::Ptr
                | ArgKind::Path
                | ArgKind::Str
                | ArgKind::InBuf { .. }
                | ArgKind::OutBuf { .. }
                | ArgKind::IoVec { .. }
                | ArgKind::StatOut
                | ArgKind::StatfsOut
                | ArgKind::TimespecIn
                | ArgKind::TimespecOut
                | ArgKind::TimevalIn
                | ArgKind::TimevalOut
                | ArgKind::SockAddrIn { .. }
                | ArgKind::SockAddrOut { .. }
                | ArgKind::SysctlMib { .. }
                | ArgKind::Argv
                | ArgKind::SigsetIn
                | ArgKind::SigsetOut
                | ArgKind::RusageOut
                | ArgKind::IntOut
        )
    }

    /// Whether the kernel writes through this pointer (so a tracer should
    /// show it after the call returns).
    #[must_use]
    pub const fn is_output(self) -> bool {
        matches!(
            self,
            ArgKind::OutBuf { .. }
                | ArgKind::StatOut
                | ArgKind::StatfsOut
                | ArgKind::TimespecOut
                | ArgKind::TimevalOut
                | ArgKind::SockAddrOut { .. }
                | ArgKind::SigsetOut
                | ArgKind::RusageOut
                | ArgKind::IntOut
        )
    }
}

/// The description of one call.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct SyscallInfo {
    /// The number within its class.
    pub number: u32,
    /// The name as XNU/the SDK spells it (`"read"`, `"__pthread_kill"`,
    /// `"mach_msg_trap"`).
    pub name: &'static str,
    /// The arguments, in register order (`rdi`, `rsi`, `rdx`, `r10`, `r8`,
    /// `r9`, then the stack).
    pub args: &'static [ArgKind],
    /// Grouping for filters and docs.
    pub category: Category,
}

impl SyscallInfo {
    /// Number of arguments.
    #[must_use]
    pub const fn nargs(&self) -> usize {
        self.args.len()
    }
}

const fn sc(
    number: u32,
    name: &'static str,
    args: &'static [ArgKind],
    category: Category,
) -> SyscallInfo {
    SyscallInfo {
        number,
        name,
        args,
        category,
    }
}

use ArgKind::{
    Argv, AtFd, AtFlags, CsopsOp, FcntlCmd, Fd, Hex, InBuf, Int, IntOut, IoVec, IoctlCmd,
    MmapFlags, MmapProt, Mode, Off, OpenFlags, OutBuf, Path, Pid, Port, Ptr, RusageOut, Signal,
    SigsetIn, SigsetOut, Size, SockAddrIn, SockAddrOut, StatOut, StatfsOut, Str, SysctlMib,
    TimespecIn, TimevalIn, TimevalOut, UInt, Whence,
};
use Category as C;

/// The BSD (`SYSCALL_CLASS_UNIX`) system calls, sorted by number. Numbers
/// XNU leaves as `nosys`/`enosys` (old, removed or reserved slots) are
/// absent; 0 is the indirect `syscall(number, ...)`.
#[rustfmt::skip]
pub static BSD_SYSCALLS: &[SyscallInfo] = &[
    sc(0, "syscall", &[Int], C::Other),
    sc(1, "exit", &[Int], C::Process),
    sc(2, "fork", &[], C::Process),
    sc(3, "read", &[Fd, OutBuf { len_arg: 2 }, Size], C::File),
    sc(4, "write", &[Fd, InBuf { len_arg: 2 }, Size], C::File),
    sc(5, "open", &[Path, OpenFlags, Mode], C::File),
    sc(6, "close", &[Fd], C::File),
    sc(7, "wait4", &[Pid, IntOut, Hex, RusageOut], C::Process),
    sc(9, "link", &[Path, Path], C::File),
    sc(10, "unlink", &[Path], C::File),
    sc(12, "chdir", &[Path], C::File),
    sc(13, "fchdir", &[Fd], C::File),
    sc(14, "mknod", &[Path, Mode, Hex], C::File),
    sc(15, "chmod", &[Path, Mode], C::File),
    sc(16, "chown", &[Path, Int, Int], C::File),
    sc(18, "getfsstat", &[Ptr, Int, Hex], C::File),
    sc(20, "getpid", &[], C::Process),
    sc(23, "setuid", &[UInt], C::Process),
    sc(24, "getuid", &[], C::Process),
    sc(25, "geteuid", &[], C::Process),
    sc(26, "ptrace", &[Int, Pid, Ptr, Int], C::Process),
    sc(27, "recvmsg", &[Fd, Ptr, Hex], C::Network),
    sc(28, "sendmsg", &[Fd, Ptr, Hex], C::Network),
    sc(29, "recvfrom", &[Fd, OutBuf { len_arg: 2 }, Size, Hex, SockAddrOut { len_ptr_arg: 5 }, Ptr], C::Network),
    sc(30, "accept", &[Fd, SockAddrOut { len_ptr_arg: 2 }, Ptr], C::Network),
    sc(31, "getpeername", &[Fd, SockAddrOut { len_ptr_arg: 2 }, Ptr], C::Network),
    sc(32, "getsockname", &[Fd, SockAddrOut { len_ptr_arg: 2 }, Ptr], C::Network),
    sc(33, "access", &[Path, Hex], C::File),
    sc(34, "chflags", &[Path, Hex], C::File),
    sc(35, "fchflags", &[Fd, Hex], C::File),
    sc(36, "sync", &[], C::File),
    sc(37, "kill", &[Pid, Signal, Int], C::Signal),
    sc(38, "crossarch_trap", &[UInt], C::Process),
    sc(39, "getppid", &[], C::Process),
    sc(41, "dup", &[Fd], C::File),
    sc(42, "pipe", &[], C::Ipc),
    sc(43, "getegid", &[], C::Process),
    sc(46, "sigaction", &[Signal, Ptr, Ptr], C::Signal),
    sc(47, "getgid", &[], C::Process),
    sc(48, "sigprocmask", &[Int, SigsetIn, SigsetOut], C::Signal),
    sc(49, "getlogin", &[OutBuf { len_arg: 1 }, UInt], C::Process),
    sc(50, "setlogin", &[Str], C::Process),
    sc(51, "acct", &[Path], C::Process),
    sc(52, "sigpending", &[SigsetOut], C::Signal),
    sc(53, "sigaltstack", &[Ptr, Ptr], C::Signal),
    sc(54, "ioctl", &[Fd, IoctlCmd, Ptr], C::File),
    sc(55, "reboot", &[Hex, Str], C::Process),
    sc(56, "revoke", &[Path], C::File),
    sc(57, "symlink", &[Str, Path], C::File),
    sc(58, "readlink", &[Path, OutBuf { len_arg: 2 }, Size], C::File),
    sc(59, "execve", &[Path, Argv, Argv], C::Process),
    sc(60, "umask", &[Mode], C::File),
    sc(61, "chroot", &[Path], C::File),
    sc(65, "msync", &[Ptr, Size, Hex], C::Memory),
    sc(66, "vfork", &[], C::Process),
    sc(67, "oslog_coproc_reg", &[Str, Path, Size], C::Other),
    sc(68, "oslog_coproc", &[Ptr, Size, UInt, Ptr, Hex, UInt, UInt], C::Other),
    sc(73, "munmap", &[Ptr, Size], C::Memory),
    sc(74, "mprotect", &[Ptr, Size, MmapProt], C::Memory),
    sc(75, "madvise", &[Ptr, Size, Int], C::Memory),
    sc(78, "mincore", &[Ptr, Size, Ptr], C::Memory),
    sc(79, "getgroups", &[UInt, Ptr], C::Process),
    sc(80, "setgroups", &[UInt, Ptr], C::Process),
    sc(81, "getpgrp", &[], C::Process),
    sc(82, "setpgid", &[Pid, Pid], C::Process),
    sc(83, "setitimer", &[Int, Ptr, Ptr], C::Time),
    sc(85, "swapon", &[], C::File),
    sc(86, "getitimer", &[Int, Ptr], C::Time),
    sc(89, "getdtablesize", &[], C::File),
    sc(90, "dup2", &[Fd, Fd], C::File),
    sc(92, "fcntl", &[Fd, FcntlCmd, Hex], C::File),
    sc(93, "select", &[Int, Ptr, Ptr, Ptr, TimevalIn], C::Ipc),
    sc(95, "fsync", &[Fd], C::File),
    sc(96, "setpriority", &[Int, Int, Int], C::Process),
    sc(97, "socket", &[Int, Int, Int], C::Network),
    sc(98, "connect", &[Fd, SockAddrIn { len_arg: 2 }, UInt], C::Network),
    sc(100, "getpriority", &[Int, Int], C::Process),
    sc(104, "bind", &[Fd, SockAddrIn { len_arg: 2 }, UInt], C::Network),
    sc(105, "setsockopt", &[Fd, Int, Int, InBuf { len_arg: 4 }, UInt], C::Network),
    sc(106, "listen", &[Fd, Int], C::Network),
    sc(111, "sigsuspend", &[Hex], C::Signal),
    sc(116, "gettimeofday", &[TimevalOut, Ptr, Ptr], C::Time),
    sc(117, "getrusage", &[Int, RusageOut], C::Process),
    sc(118, "getsockopt", &[Fd, Int, Int, Ptr, Ptr], C::Network),
    sc(120, "readv", &[Fd, IoVec { count_arg: 2 }, UInt], C::File),
    sc(121, "writev", &[Fd, IoVec { count_arg: 2 }, UInt], C::File),
    sc(122, "settimeofday", &[TimevalIn, Ptr], C::Time),
    sc(123, "fchown", &[Fd, Int, Int], C::File),
    sc(124, "fchmod", &[Fd, Mode], C::File),
    sc(126, "setreuid", &[Int, Int], C::Process),
    sc(127, "setregid", &[Int, Int], C::Process),
    sc(128, "rename", &[Path, Path], C::File),
    sc(131, "flock", &[Fd, Hex], C::File),
    sc(132, "mkfifo", &[Path, Mode], C::File),
    sc(133, "sendto", &[Fd, InBuf { len_arg: 2 }, Size, Hex, SockAddrIn { len_arg: 5 }, UInt], C::Network),
    sc(134, "shutdown", &[Fd, Int], C::Network),
    sc(135, "socketpair", &[Int, Int, Int, Ptr], C::Network),
    sc(136, "mkdir", &[Path, Mode], C::File),
    sc(137, "rmdir", &[Path], C::File),
    sc(138, "utimes", &[Path, Ptr], C::File),
    sc(139, "futimes", &[Fd, Ptr], C::File),
    sc(140, "adjtime", &[Ptr, Ptr], C::Time),
    sc(142, "gethostuuid", &[Ptr, TimespecIn], C::Other),
    sc(147, "setsid", &[], C::Process),
    sc(151, "getpgid", &[Pid], C::Process),
    sc(152, "setprivexec", &[Int], C::Process),
    sc(153, "pread", &[Fd, OutBuf { len_arg: 2 }, Size, Off], C::File),
    sc(154, "pwrite", &[Fd, InBuf { len_arg: 2 }, Size, Off], C::File),
    sc(155, "nfssvc", &[Int, Ptr], C::File),
    sc(157, "statfs", &[Path, Ptr], C::File),
    sc(158, "fstatfs", &[Fd, Ptr], C::File),
    sc(159, "unmount", &[Path, Hex], C::File),
    sc(161, "getfh", &[Path, Ptr], C::File),
    sc(165, "quotactl", &[Path, Int, Int, Ptr], C::File),
    sc(167, "mount", &[Str, Path, Hex, Ptr], C::File),
    sc(169, "csops", &[Pid, CsopsOp, Ptr, Size], C::Process),
    sc(170, "csops_audittoken", &[Pid, CsopsOp, Ptr, Size, Ptr], C::Process),
    sc(173, "waitid", &[Int, Int, Ptr, Hex], C::Process),
    sc(177, "kdebug_typefilter", &[Ptr, Ptr], C::Other),
    sc(178, "kdebug_trace_string", &[Hex, Hex, Str], C::Other),
    sc(179, "kdebug_trace64", &[Hex, Hex, Hex, Hex, Hex], C::Other),
    sc(180, "kdebug_trace", &[Hex, Hex, Hex, Hex, Hex], C::Other),
    sc(181, "setgid", &[UInt], C::Process),
    sc(182, "setegid", &[UInt], C::Process),
    sc(183, "seteuid", &[UInt], C::Process),
    sc(184, "sigreturn", &[Ptr, Int, Hex], C::Signal),
    sc(185, "panic_with_data", &[Ptr, Ptr, UInt, Hex, Str], C::Other),
    sc(186, "thread_selfcounts", &[UInt, OutBuf { len_arg: 2 }, Size], C::Process),
    sc(187, "fdatasync", &[Fd], C::File),
    sc(188, "stat", &[Path, Ptr], C::File),
    sc(189, "fstat", &[Fd, Ptr], C::File),
    sc(190, "lstat", &[Path, Ptr], C::File),
    sc(191, "pathconf", &[Path, Int], C::File),
    sc(192, "fpathconf", &[Fd, Int], C::File),
    sc(194, "getrlimit", &[Int, Ptr], C::Process),
    sc(195, "setrlimit", &[Int, Ptr], C::Process),
    sc(196, "getdirentries", &[Fd, OutBuf { len_arg: 2 }, UInt, Ptr], C::File),
    sc(197, "mmap", &[Ptr, Size, MmapProt, MmapFlags, Fd, Off], C::Memory),
    sc(199, "lseek", &[Fd, Off, Whence], C::File),
    sc(200, "truncate", &[Path, Off], C::File),
    sc(201, "ftruncate", &[Fd, Off], C::File),
    sc(202, "sysctl", &[SysctlMib { len_arg: 1 }, UInt, Ptr, Ptr, InBuf { len_arg: 5 }, Size], C::Other),
    sc(203, "mlock", &[Ptr, Size], C::Memory),
    sc(204, "munlock", &[Ptr, Size], C::Memory),
    sc(205, "undelete", &[Path], C::File),
    sc(216, "open_dprotected_np", &[Path, OpenFlags, Int, Hex, Mode], C::File),
    sc(217, "fsgetpath_ext", &[OutBuf { len_arg: 1 }, Size, Ptr, Hex, Hex], C::File),
    sc(218, "openat_dprotected_np", &[AtFd, Path, OpenFlags, Int, Hex, Mode, Fd], C::File),
    sc(220, "getattrlist", &[Path, Ptr, Ptr, Size, Hex], C::File),
    sc(221, "setattrlist", &[Path, Ptr, Ptr, Size, Hex], C::File),
    sc(222, "getdirentriesattr", &[Fd, Ptr, Ptr, Size, Ptr, Ptr, Ptr, Hex], C::File),
    sc(223, "exchangedata", &[Path, Path, Hex], C::File),
    sc(225, "searchfs", &[Path, Ptr, Ptr, UInt, Hex, Ptr], C::File),
    sc(226, "delete", &[Path], C::File),
    sc(227, "copyfile", &[Path, Path, Mode, Hex], C::File),
    sc(228, "fgetattrlist", &[Fd, Ptr, Ptr, Size, Hex], C::File),
    sc(229, "fsetattrlist", &[Fd, Ptr, Ptr, Size, Hex], C::File),
    sc(230, "poll", &[Ptr, UInt, Int], C::Ipc),
    sc(234, "getxattr", &[Path, Str, OutBuf { len_arg: 3 }, Size, UInt, Hex], C::File),
    sc(235, "fgetxattr", &[Fd, Str, OutBuf { len_arg: 3 }, Size, UInt, Hex], C::File),
    sc(236, "setxattr", &[Path, Str, InBuf { len_arg: 3 }, Size, UInt, Hex], C::File),
    sc(237, "fsetxattr", &[Fd, Str, InBuf { len_arg: 3 }, Size, UInt, Hex], C::File),
    sc(238, "removexattr", &[Path, Str, Hex], C::File),
    sc(239, "fremovexattr", &[Fd, Str, Hex], C::File),
    sc(240, "listxattr", &[Path, OutBuf { len_arg: 2 }, Size, Hex], C::File),
    sc(241, "flistxattr", &[Fd, OutBuf { len_arg: 2 }, Size, Hex], C::File),
    sc(242, "fsctl", &[Path, Hex, Ptr, Hex], C::File),
    sc(243, "initgroups", &[UInt, Ptr, Int], C::Process),
    sc(244, "posix_spawn", &[IntOut, Path, Ptr, Argv, Argv], C::Process),
    sc(245, "ffsctl", &[Fd, Hex, Ptr, Hex], C::File),
    sc(248, "fhopen", &[Ptr, OpenFlags], C::File),
    sc(250, "minherit", &[Ptr, Size, Int], C::Memory),
    sc(251, "semsys", &[UInt, Int, Int, Int, Int], C::Ipc),
    sc(252, "msgsys", &[UInt, Int, Int, Int, Int], C::Ipc),
    sc(253, "shmsys", &[UInt, Int, Int, Int], C::Ipc),
    sc(254, "semctl", &[Int, Int, Int, Ptr], C::Ipc),
    sc(255, "semget", &[Hex, Int, Hex], C::Ipc),
    sc(256, "semop", &[Int, Ptr, Int], C::Ipc),
    sc(258, "msgctl", &[Int, Int, Ptr], C::Ipc),
    sc(259, "msgget", &[Hex, Hex], C::Ipc),
    sc(260, "msgsnd", &[Int, InBuf { len_arg: 2 }, Size, Hex], C::Ipc),
    sc(261, "msgrcv", &[Int, OutBuf { len_arg: 2 }, Size, Int, Hex], C::Ipc),
    sc(262, "shmat", &[Int, Ptr, Hex], C::Ipc),
    sc(263, "shmctl", &[Int, Int, Ptr], C::Ipc),
    sc(264, "shmdt", &[Ptr], C::Ipc),
    sc(265, "shmget", &[Hex, Size, Hex], C::Ipc),
    sc(266, "shm_open", &[Str, OpenFlags, Mode], C::Ipc),
    sc(267, "shm_unlink", &[Str], C::Ipc),
    sc(268, "sem_open", &[Str, OpenFlags, Mode, UInt], C::Ipc),
    sc(269, "sem_close", &[Ptr], C::Ipc),
    sc(270, "sem_unlink", &[Str], C::Ipc),
    sc(271, "sem_wait", &[Ptr], C::Ipc),
    sc(272, "sem_trywait", &[Ptr], C::Ipc),
    sc(273, "sem_post", &[Ptr], C::Ipc),
    sc(274, "sysctlbyname", &[Str, Size, Ptr, Ptr, InBuf { len_arg: 5 }, Size], C::Other),
    sc(277, "open_extended", &[Path, OpenFlags, Int, Int, Mode, Ptr], C::File),
    sc(278, "umask_extended", &[Mode, Ptr], C::File),
    sc(279, "stat_extended", &[Path, Ptr, Ptr, Ptr], C::File),
    sc(280, "lstat_extended", &[Path, Ptr, Ptr, Ptr], C::File),
    sc(281, "fstat_extended", &[Fd, Ptr, Ptr, Ptr], C::File),
    sc(282, "chmod_extended", &[Path, Int, Int, Mode, Ptr], C::File),
    sc(283, "fchmod_extended", &[Fd, Int, Int, Mode, Ptr], C::File),
    sc(284, "access_extended", &[Ptr, Size, Ptr, UInt], C::File),
    sc(285, "settid", &[UInt, UInt], C::Process),
    sc(286, "gettid", &[Ptr, Ptr], C::Process),
    sc(287, "setsgroups", &[Int, Ptr], C::Process),
    sc(288, "getsgroups", &[Ptr, Ptr], C::Process),
    sc(289, "setwgroups", &[Int, Ptr], C::Process),
    sc(290, "getwgroups", &[Ptr, Ptr], C::Process),
    sc(291, "mkfifo_extended", &[Path, Int, Int, Mode, Ptr], C::File),
    sc(292, "mkdir_extended", &[Path, Int, Int, Mode, Ptr], C::File),
    sc(293, "identitysvc", &[Int, Ptr], C::Process),
    sc(294, "shared_region_check_np", &[Ptr], C::Memory),
    sc(296, "vm_pressure_monitor", &[Int, Int, Ptr], C::Memory),
    sc(297, "psynch_rw_longrdlock", &[Ptr, Hex, Hex, Hex, Int], C::Ipc),
    sc(298, "psynch_rw_yieldwrlock", &[Ptr, Hex, Hex, Hex, Int], C::Ipc),
    sc(299, "psynch_rw_downgrade", &[Ptr, Hex, Hex, Hex, Int], C::Ipc),
    sc(300, "psynch_rw_upgrade", &[Ptr, Hex, Hex, Hex, Int], C::Ipc),
    sc(301, "psynch_mutexwait", &[Ptr, Hex, Hex, Hex, Hex], C::Ipc),
    sc(302, "psynch_mutexdrop", &[Ptr, Hex, Hex, Hex, Hex], C::Ipc),
    sc(303, "psynch_cvbroad", &[Ptr, Hex, Hex, Hex, Ptr, Hex, Hex], C::Ipc),
    sc(304, "psynch_cvsignal", &[Ptr, Hex, Hex, Port, Ptr, Hex, Hex, Hex], C::Ipc),
    sc(305, "psynch_cvwait", &[Ptr, Hex, Hex, Ptr, Hex, Hex, Int, Hex], C::Ipc),
    sc(306, "psynch_rw_rdlock", &[Ptr, Hex, Hex, Hex, Int], C::Ipc),
    sc(307, "psynch_rw_wrlock", &[Ptr, Hex, Hex, Hex, Int], C::Ipc),
    sc(308, "psynch_rw_unlock", &[Ptr, Hex, Hex, Hex, Int], C::Ipc),
    sc(309, "psynch_rw_unlock2", &[Ptr, Hex, Hex, Hex, Int], C::Ipc),
    sc(310, "getsid", &[Pid], C::Process),
    sc(311, "settid_with_pid", &[Pid, Int], C::Process),
    sc(312, "psynch_cvclrprepost", &[Ptr, Hex, Hex, Hex, Hex, Hex, Hex], C::Ipc),
    sc(313, "aio_fsync", &[Int, Ptr], C::File),
    sc(314, "aio_return", &[Ptr], C::File),
    sc(315, "aio_suspend", &[Ptr, Int, TimespecIn], C::File),
    sc(316, "aio_cancel", &[Fd, Ptr], C::File),
    sc(317, "aio_error", &[Ptr], C::File),
    sc(318, "aio_read", &[Ptr], C::File),
    sc(319, "aio_write", &[Ptr], C::File),
    sc(320, "lio_listio", &[Int, Ptr, Int, Ptr], C::File),
    sc(322, "iopolicysys", &[Int, Ptr], C::Process),
    sc(323, "process_policy", &[Int, Int, Int, Int, Ptr, Pid, UInt], C::Process),
    sc(324, "mlockall", &[Hex], C::Memory),
    sc(325, "munlockall", &[Hex], C::Memory),
    sc(327, "issetugid", &[], C::Process),
    sc(328, "__pthread_kill", &[Port, Signal], C::Signal),
    sc(329, "__pthread_sigmask", &[Int, SigsetIn, SigsetOut], C::Signal),
    sc(330, "__sigwait", &[SigsetIn, IntOut], C::Signal),
    sc(331, "__disable_threadsignal", &[Int], C::Process),
    sc(332, "__pthread_markcancel", &[Port], C::Process),
    sc(333, "__pthread_canceled", &[Int], C::Process),
    sc(334, "__semwait_signal", &[Port, Port, Int, Int, Int, Int], C::Ipc),
    sc(336, "proc_info", &[Int, Pid, UInt, Hex, OutBuf { len_arg: 5 }, Int], C::Process),
    sc(337, "sendfile", &[Fd, Fd, Off, Ptr, Ptr, Hex], C::Network),
    sc(338, "stat64", &[Path, StatOut], C::File),
    sc(339, "fstat64", &[Fd, StatOut], C::File),
    sc(340, "lstat64", &[Path, StatOut], C::File),
    sc(341, "stat64_extended", &[Path, StatOut, Ptr, Ptr], C::File),
    sc(342, "lstat64_extended", &[Path, StatOut, Ptr, Ptr], C::File),
    sc(343, "fstat64_extended", &[Fd, StatOut, Ptr, Ptr], C::File),
    sc(344, "getdirentries64", &[Fd, OutBuf { len_arg: 2 }, Size, Ptr], C::File),
    sc(345, "statfs64", &[Path, StatfsOut], C::File),
    sc(346, "fstatfs64", &[Fd, StatfsOut], C::File),
    sc(347, "getfsstat64", &[Ptr, Int, Hex], C::File),
    sc(348, "__pthread_chdir", &[Path], C::File),
    sc(349, "__pthread_fchdir", &[Fd], C::File),
    sc(350, "audit", &[InBuf { len_arg: 1 }, Int], C::Other),
    sc(351, "auditon", &[Int, Ptr, Int], C::Other),
    sc(353, "getauid", &[Ptr], C::Other),
    sc(354, "setauid", &[Ptr], C::Other),
    sc(357, "getaudit_addr", &[Ptr, Int], C::Other),
    sc(358, "setaudit_addr", &[Ptr, Int], C::Other),
    sc(359, "auditctl", &[Path], C::Other),
    sc(360, "bsdthread_create", &[Ptr, Ptr, Ptr, Ptr, Hex], C::Process),
    sc(361, "bsdthread_terminate", &[Ptr, Size, Port, Ptr], C::Process),
    sc(362, "kqueue", &[], C::Ipc),
    sc(363, "kevent", &[Fd, Ptr, Int, Ptr, Int, TimespecIn], C::Ipc),
    sc(364, "lchown", &[Path, Int, Int], C::File),
    sc(366, "bsdthread_register", &[Ptr, Ptr, Hex, Ptr, Ptr, UInt, UInt], C::Process),
    sc(367, "workq_open", &[], C::Process),
    sc(368, "workq_kernreturn", &[Int, Ptr, Int, Int], C::Process),
    sc(369, "kevent64", &[Fd, Ptr, Int, Ptr, Int, Hex, TimespecIn], C::Ipc),
    sc(372, "thread_selfid", &[], C::Process),
    sc(373, "ledger", &[Int, Ptr, Ptr, Ptr], C::Process),
    sc(374, "kevent_qos", &[Fd, Ptr, Int, Ptr, Int, Ptr, Ptr, Hex], C::Ipc),
    sc(375, "kevent_id", &[Hex, Ptr, Int, Ptr, Int, Ptr, Ptr, Hex], C::Ipc),
    sc(380, "__mac_execve", &[Path, Argv, Argv, Ptr], C::Process),
    sc(381, "__mac_syscall", &[Str, Int, Ptr], C::Other),
    sc(382, "__mac_get_file", &[Path, Ptr], C::Other),
    sc(383, "__mac_set_file", &[Path, Ptr], C::Other),
    sc(384, "__mac_get_link", &[Path, Ptr], C::Other),
    sc(385, "__mac_set_link", &[Path, Ptr], C::Other),
    sc(386, "__mac_get_proc", &[Ptr], C::Other),
    sc(387, "__mac_set_proc", &[Ptr], C::Other),
    sc(388, "__mac_get_fd", &[Fd, Ptr], C::Other),
    sc(389, "__mac_set_fd", &[Fd, Ptr], C::Other),
    sc(390, "__mac_get_pid", &[Pid, Ptr], C::Other),
    sc(394, "pselect", &[Int, Ptr, Ptr, Ptr, TimespecIn, SigsetIn], C::Ipc),
    sc(395, "pselect_nocancel", &[Int, Ptr, Ptr, Ptr, TimespecIn, SigsetIn], C::Ipc),
    sc(396, "read_nocancel", &[Fd, OutBuf { len_arg: 2 }, Size], C::File),
    sc(397, "write_nocancel", &[Fd, InBuf { len_arg: 2 }, Size], C::File),
    sc(398, "open_nocancel", &[Path, OpenFlags, Mode], C::File),
    sc(399, "close_nocancel", &[Fd], C::File),
    sc(400, "wait4_nocancel", &[Pid, IntOut, Hex, RusageOut], C::Process),
    sc(401, "recvmsg_nocancel", &[Fd, Ptr, Hex], C::Network),
    sc(402, "sendmsg_nocancel", &[Fd, Ptr, Hex], C::Network),
    sc(403, "recvfrom_nocancel", &[Fd, OutBuf { len_arg: 2 }, Size, Hex, SockAddrOut { len_ptr_arg: 5 }, Ptr], C::Network),
    sc(404, "accept_nocancel", &[Fd, SockAddrOut { len_ptr_arg: 2 }, Ptr], C::Network),
    sc(405, "msync_nocancel", &[Ptr, Size, Hex], C::Memory),
    sc(406, "fcntl_nocancel", &[Fd, FcntlCmd, Hex], C::File),
    sc(407, "select_nocancel", &[Int, Ptr, Ptr, Ptr, TimevalIn], C::Ipc),
    sc(408, "fsync_nocancel", &[Fd], C::File),
    sc(409, "connect_nocancel", &[Fd, SockAddrIn { len_arg: 2 }, UInt], C::Network),
    sc(410, "sigsuspend_nocancel", &[Hex], C::Signal),
    sc(411, "readv_nocancel", &[Fd, IoVec { count_arg: 2 }, UInt], C::File),
    sc(412, "writev_nocancel", &[Fd, IoVec { count_arg: 2 }, UInt], C::File),
    sc(413, "sendto_nocancel", &[Fd, InBuf { len_arg: 2 }, Size, Hex, SockAddrIn { len_arg: 5 }, UInt], C::Network),
    sc(414, "pread_nocancel", &[Fd, OutBuf { len_arg: 2 }, Size, Off], C::File),
    sc(415, "pwrite_nocancel", &[Fd, InBuf { len_arg: 2 }, Size, Off], C::File),
    sc(416, "waitid_nocancel", &[Int, Int, Ptr, Hex], C::Process),
    sc(417, "poll_nocancel", &[Ptr, UInt, Int], C::Ipc),
    sc(418, "msgsnd_nocancel", &[Int, InBuf { len_arg: 2 }, Size, Hex], C::Ipc),
    sc(419, "msgrcv_nocancel", &[Int, OutBuf { len_arg: 2 }, Size, Int, Hex], C::Ipc),
    sc(420, "sem_wait_nocancel", &[Ptr], C::Ipc),
    sc(421, "aio_suspend_nocancel", &[Ptr, Int, TimespecIn], C::File),
    sc(422, "__sigwait_nocancel", &[SigsetIn, IntOut], C::Signal),
    sc(423, "__semwait_signal_nocancel", &[Port, Port, Int, Int, Int, Int], C::Ipc),
    sc(424, "__mac_mount", &[Str, Path, Hex, Ptr, Ptr], C::File),
    sc(425, "__mac_get_mount", &[Path, Ptr], C::File),
    sc(426, "__mac_getfsstat", &[Ptr, Int, Ptr, Int, Hex], C::File),
    sc(427, "fsgetpath", &[OutBuf { len_arg: 1 }, Size, Ptr, Hex], C::File),
    sc(428, "audit_session_self", &[], C::Mach),
    sc(429, "audit_session_join", &[Port], C::Mach),
    sc(430, "fileport_makeport", &[Fd, Ptr], C::File),
    sc(431, "fileport_makefd", &[Port], C::File),
    sc(432, "audit_session_port", &[Int, Ptr], C::Mach),
    sc(433, "pid_suspend", &[Pid], C::Process),
    sc(434, "pid_resume", &[Pid], C::Process),
    sc(435, "pid_hibernate", &[Pid], C::Process),
    sc(436, "pid_shutdown_sockets", &[Pid, Int], C::Network),
    sc(439, "kas_info", &[Int, Ptr, Ptr], C::Other),
    sc(440, "memorystatus_control", &[UInt, Pid, Hex, Ptr, Size], C::Memory),
    sc(441, "guarded_open_np", &[Path, Ptr, Hex, OpenFlags, Mode], C::File),
    sc(442, "guarded_close_np", &[Fd, Ptr], C::File),
    sc(443, "guarded_kqueue_np", &[Ptr, Hex], C::Ipc),
    sc(444, "change_fdguard_np", &[Fd, Ptr, Hex, Ptr, Hex, Ptr], C::File),
    sc(445, "usrctl", &[Hex], C::Process),
    sc(446, "proc_rlimit_control", &[Pid, Int, Ptr], C::Process),
    sc(447, "connectx", &[Fd, Ptr, UInt, Hex, IoVec { count_arg: 5 }, UInt, Ptr, Ptr], C::Network),
    sc(448, "disconnectx", &[Fd, UInt, UInt], C::Network),
    sc(449, "peeloff", &[Fd, UInt], C::Network),
    sc(450, "socket_delegate", &[Int, Int, Int, Pid], C::Network),
    sc(451, "telemetry", &[Hex, Hex, Hex, Hex, Hex, Hex], C::Other),
    sc(452, "proc_uuid_policy", &[UInt, Ptr, Size, Hex], C::Process),
    sc(453, "memorystatus_get_level", &[Ptr], C::Memory),
    sc(454, "system_override", &[Hex, Hex], C::Other),
    sc(455, "vfs_purge", &[], C::File),
    sc(456, "sfi_ctl", &[UInt, UInt, Hex, Ptr], C::Process),
    sc(457, "sfi_pidctl", &[UInt, Pid, Hex, Ptr], C::Process),
    sc(458, "coalition", &[UInt, Ptr, Hex], C::Process),
    sc(459, "coalition_info", &[UInt, Ptr, Ptr, Ptr], C::Process),
    sc(460, "necp_match_policy", &[Ptr, Size, Ptr], C::Network),
    sc(461, "getattrlistbulk", &[Fd, Ptr, Ptr, Size, Hex], C::File),
    sc(462, "clonefileat", &[AtFd, Path, AtFd, Path, Hex], C::File),
    sc(463, "openat", &[AtFd, Path, OpenFlags, Mode], C::File),
    sc(464, "openat_nocancel", &[AtFd, Path, OpenFlags, Mode], C::File),
    sc(465, "renameat", &[AtFd, Path, AtFd, Path], C::File),
    sc(466, "faccessat", &[AtFd, Path, Hex, AtFlags], C::File),
    sc(467, "fchmodat", &[AtFd, Path, Mode, AtFlags], C::File),
    sc(468, "fchownat", &[AtFd, Path, Int, Int, AtFlags], C::File),
    sc(469, "fstatat", &[AtFd, Path, Ptr, AtFlags], C::File),
    sc(470, "fstatat64", &[AtFd, Path, StatOut, AtFlags], C::File),
    sc(471, "linkat", &[AtFd, Path, AtFd, Path, AtFlags], C::File),
    sc(472, "unlinkat", &[AtFd, Path, AtFlags], C::File),
    sc(473, "readlinkat", &[AtFd, Path, OutBuf { len_arg: 3 }, Size], C::File),
    sc(474, "symlinkat", &[Str, AtFd, Path], C::File),
    sc(475, "mkdirat", &[AtFd, Path, Mode], C::File),
    sc(476, "getattrlistat", &[AtFd, Path, Ptr, Ptr, Size, Hex], C::File),
    sc(477, "proc_trace_log", &[Pid, Hex], C::Process),
    sc(478, "bsdthread_ctl", &[Hex, Hex, Hex, Hex], C::Process),
    sc(479, "openbyid_np", &[Ptr, Ptr, OpenFlags], C::File),
    sc(480, "recvmsg_x", &[Fd, Ptr, UInt, Hex], C::Network),
    sc(481, "sendmsg_x", &[Fd, Ptr, UInt, Hex], C::Network),
    sc(482, "thread_selfusage", &[], C::Process),
    sc(483, "csrctl", &[UInt, Ptr, Size], C::Other),
    sc(484, "guarded_open_dprotected_np", &[Path, Ptr, Hex, OpenFlags, Int, Hex, Mode], C::File),
    sc(485, "guarded_write_np", &[Fd, Ptr, InBuf { len_arg: 3 }, Size], C::File),
    sc(486, "guarded_pwrite_np", &[Fd, Ptr, InBuf { len_arg: 3 }, Size, Off], C::File),
    sc(487, "guarded_writev_np", &[Fd, Ptr, IoVec { count_arg: 3 }, Int], C::File),
    sc(488, "renameatx_np", &[AtFd, Path, AtFd, Path, Hex], C::File),
    sc(489, "mremap_encrypted", &[Ptr, Size, UInt, Hex, Hex], C::Memory),
    sc(490, "netagent_trigger", &[Ptr, Size], C::Network),
    sc(491, "stack_snapshot_with_config", &[Int, Ptr, Size], C::Other),
    sc(492, "microstackshot", &[Ptr, UInt, Hex], C::Other),
    sc(493, "grab_pgo_data", &[Ptr, Hex, Ptr, Size], C::Other),
    sc(494, "persona", &[UInt, Hex, Ptr, Ptr, Ptr, Ptr], C::Process),
    sc(496, "mach_eventlink_signal", &[Port, UInt], C::Mach),
    sc(497, "mach_eventlink_wait_until", &[Port, UInt, UInt, UInt, Hex], C::Mach),
    sc(498, "mach_eventlink_signal_wait_until", &[Port, UInt, UInt, UInt, UInt, Hex], C::Mach),
    sc(499, "work_interval_ctl", &[UInt, Hex, Ptr, Size], C::Process),
    sc(500, "getentropy", &[Ptr, Size], C::Other),
    sc(501, "necp_open", &[Hex], C::Network),
    sc(502, "necp_client_action", &[Fd, UInt, Ptr, Size, Ptr, Size], C::Network),
    sc(503, "__nexus_open", &[Ptr, UInt], C::Network),
    sc(504, "__nexus_register", &[Fd, Ptr, UInt, Ptr, UInt], C::Network),
    sc(505, "__nexus_deregister", &[Fd, Ptr, UInt], C::Network),
    sc(506, "__nexus_create", &[Fd, Ptr, UInt, Ptr, UInt], C::Network),
    sc(507, "__nexus_destroy", &[Fd, Ptr, UInt], C::Network),
    sc(508, "__nexus_get_opt", &[Fd, UInt, Ptr, Ptr], C::Network),
    sc(509, "__nexus_set_opt", &[Fd, UInt, Ptr, UInt], C::Network),
    sc(510, "__channel_open", &[Ptr, UInt], C::Network),
    sc(511, "__channel_get_info", &[Fd, Ptr, UInt], C::Network),
    sc(512, "__channel_sync", &[Fd, Int, Hex], C::Network),
    sc(513, "__channel_get_opt", &[Fd, UInt, Ptr, Ptr], C::Network),
    sc(514, "__channel_set_opt", &[Fd, UInt, Ptr, UInt], C::Network),
    sc(515, "ulock_wait", &[Hex, Ptr, Hex, UInt], C::Ipc),
    sc(516, "ulock_wake", &[Hex, Ptr, Hex], C::Ipc),
    sc(517, "fclonefileat", &[Fd, AtFd, Path, Hex], C::File),
    sc(518, "fs_snapshot", &[UInt, Fd, Str, Str, Ptr, Hex], C::File),
    sc(520, "terminate_with_payload", &[Pid, UInt, Hex, Ptr, UInt, Str, Hex], C::Process),
    sc(521, "abort_with_payload", &[UInt, Hex, Ptr, UInt, Str, Hex], C::Process),
    sc(522, "necp_session_open", &[Hex], C::Network),
    sc(523, "necp_session_action", &[Fd, UInt, InBuf { len_arg: 3 }, Size, OutBuf { len_arg: 5 }, Size], C::Network),
    sc(524, "setattrlistat", &[AtFd, Path, Ptr, Ptr, Size, Hex], C::File),
    sc(525, "net_qos_guideline", &[Ptr, UInt], C::Network),
    sc(526, "fmount", &[Str, Fd, Hex, Ptr], C::File),
    sc(527, "ntp_adjtime", &[Ptr], C::Time),
    sc(528, "ntp_gettime", &[Ptr], C::Time),
    sc(529, "os_fault_with_payload", &[UInt, Hex, Ptr, UInt, Str, Hex], C::Process),
    sc(530, "kqueue_workloop_ctl", &[Hex, Hex, Ptr, Size], C::Process),
    sc(531, "__mach_bridge_remote_time", &[UInt], C::Time),
    sc(532, "coalition_ledger", &[UInt, Ptr, Ptr, Ptr], C::Process),
    sc(533, "log_data", &[UInt, Hex, InBuf { len_arg: 3 }, UInt], C::Other),
    sc(534, "memorystatus_available_memory", &[], C::Memory),
    sc(535, "objc_bp_assist_cfg_np", &[Hex, Hex], C::Other),
    sc(536, "shared_region_map_and_slide_2_np", &[UInt, Ptr, UInt, Ptr], C::Memory),
    sc(537, "pivot_root", &[Path, Path], C::File),
    sc(538, "task_inspect_for_pid", &[Port, Pid, Ptr], C::Mach),
    sc(539, "task_read_for_pid", &[Port, Pid, Ptr], C::Mach),
    sc(540, "preadv", &[Fd, IoVec { count_arg: 2 }, Int, Off], C::File),
    sc(541, "pwritev", &[Fd, IoVec { count_arg: 2 }, Int, Off], C::File),
    sc(542, "preadv_nocancel", &[Fd, IoVec { count_arg: 2 }, Int, Off], C::File),
    sc(543, "pwritev_nocancel", &[Fd, IoVec { count_arg: 2 }, Int, Off], C::File),
    sc(544, "ulock_wait2", &[Hex, Ptr, Hex, UInt, Hex], C::Ipc),
    sc(545, "proc_info_extended_id", &[Int, Pid, UInt, Hex, Hex, Hex, OutBuf { len_arg: 7 }, Int], C::Process),
    sc(546, "tracker_action", &[Int, Ptr, Size], C::Network),
    sc(547, "debug_syscall_reject", &[Hex], C::Other),
    sc(548, "debug_syscall_reject_config", &[Hex, Hex, Hex], C::Other),
    sc(549, "graftdmg", &[Fd, Path, UInt, Ptr], C::File),
    sc(550, "map_with_linking_np", &[Ptr, UInt, Ptr, UInt], C::Memory),
    sc(551, "freadlink", &[Fd, OutBuf { len_arg: 2 }, Size], C::File),
    sc(552, "record_system_event", &[UInt, UInt, Str, Str], C::Other),
    sc(553, "mkfifoat", &[AtFd, Path, Mode], C::File),
    sc(554, "mknodat", &[AtFd, Path, Mode, Hex], C::File),
    sc(555, "ungraftdmg", &[Path, Hex], C::File),
    sc(556, "coalition_policy_set", &[Hex, UInt, UInt], C::Process),
    sc(557, "coalition_policy_get", &[Hex, UInt], C::Process),
];

/// The Mach traps (`SYSCALL_CLASS_MACH`), sorted by number: the named
/// entries of XNU's `mach_trap_table` (`kern_invalid` slots are absent).
/// Libsystem calls them with positive numbers (`0x100_0000 | n`).
#[rustfmt::skip]
pub static MACH_TRAPS: &[SyscallInfo] = &[
    sc(10, "_kernelrpc_mach_vm_allocate_trap", &[Port, Ptr, Size, Hex], C::Memory),
    sc(11, "_kernelrpc_mach_vm_purgable_control_trap", &[Port, Ptr, Int, Ptr], C::Memory),
    sc(12, "_kernelrpc_mach_vm_deallocate_trap", &[Port, Ptr, Size], C::Memory),
    sc(13, "task_dyld_process_info_notify_get_trap", &[Ptr, Ptr], C::Mach),
    sc(14, "_kernelrpc_mach_vm_protect_trap", &[Port, Ptr, Size, Int, MmapProt], C::Memory),
    sc(15, "_kernelrpc_mach_vm_map_trap", &[Port, Ptr, Size, Hex, Hex, MmapProt], C::Memory),
    sc(16, "_kernelrpc_mach_port_allocate_trap", &[Port, UInt, Ptr], C::Mach),
    sc(18, "_kernelrpc_mach_port_deallocate_trap", &[Port, Port], C::Mach),
    sc(19, "_kernelrpc_mach_port_mod_refs_trap", &[Port, Port, UInt, Int], C::Mach),
    sc(20, "_kernelrpc_mach_port_move_member_trap", &[Port, Port, Port], C::Mach),
    sc(21, "_kernelrpc_mach_port_insert_right_trap", &[Port, Port, Port, UInt], C::Mach),
    sc(22, "_kernelrpc_mach_port_insert_member_trap", &[Port, Port, Port], C::Mach),
    sc(23, "_kernelrpc_mach_port_extract_member_trap", &[Port, Port, Port], C::Mach),
    sc(24, "_kernelrpc_mach_port_construct_trap", &[Port, Ptr, Hex, Ptr], C::Mach),
    sc(25, "_kernelrpc_mach_port_destruct_trap", &[Port, Port, Int, Hex], C::Mach),
    sc(26, "mach_reply_port", &[], C::Mach),
    sc(27, "thread_self_trap", &[], C::Mach),
    sc(28, "task_self_trap", &[], C::Mach),
    sc(29, "host_self_trap", &[], C::Mach),
    sc(31, "mach_msg_trap", &[Ptr, Hex, UInt, UInt, Port, UInt, Port], C::Mach),
    sc(32, "mach_msg_overwrite_trap", &[Ptr, Hex, UInt, UInt, Port, UInt, UInt, Ptr], C::Mach),
    sc(33, "semaphore_signal_trap", &[Port], C::Ipc),
    sc(34, "semaphore_signal_all_trap", &[Port], C::Ipc),
    sc(35, "semaphore_signal_thread_trap", &[Port, Port], C::Ipc),
    sc(36, "semaphore_wait_trap", &[Port], C::Ipc),
    sc(37, "semaphore_wait_signal_trap", &[Port, Port], C::Ipc),
    sc(38, "semaphore_timedwait_trap", &[Port, UInt, Int], C::Ipc),
    sc(39, "semaphore_timedwait_signal_trap", &[Port, Port, UInt, Int], C::Ipc),
    sc(40, "_kernelrpc_mach_port_get_attributes_trap", &[Port, Port, Int, Ptr, Ptr], C::Mach),
    sc(41, "_kernelrpc_mach_port_guard_trap", &[Port, Port, Hex, Int], C::Mach),
    sc(42, "_kernelrpc_mach_port_unguard_trap", &[Port, Port, Hex], C::Mach),
    sc(43, "mach_generate_activity_id", &[Port, Int, Ptr], C::Mach),
    sc(44, "task_name_for_pid", &[Port, Pid, Ptr], C::Mach),
    sc(45, "task_for_pid", &[Port, Pid, Ptr], C::Mach),
    sc(46, "pid_for_task", &[Port, IntOut], C::Mach),
    sc(47, "mach_msg2_trap", &[Ptr, Hex, Hex, Hex, Hex, Hex, Hex, UInt], C::Mach),
    sc(48, "macx_swapon", &[Ptr, Hex, Int, Int], C::Memory),
    sc(49, "macx_swapoff", &[Ptr, Hex], C::Memory),
    sc(50, "thread_get_special_reply_port", &[], C::Mach),
    sc(51, "macx_triggers", &[Int, Int, Hex, Port], C::Memory),
    sc(52, "macx_backing_store_suspend", &[Int], C::Memory),
    sc(53, "macx_backing_store_recovery", &[Pid], C::Memory),
    sc(58, "pfz_exit", &[], C::Process),
    sc(59, "swtch_pri", &[Int], C::Process),
    sc(60, "swtch", &[], C::Process),
    sc(61, "thread_switch", &[Port, Int, UInt], C::Process),
    sc(62, "clock_sleep_trap", &[Port, Int, Int, Int, Ptr], C::Time),
    sc(70, "host_create_mach_voucher_trap", &[Port, Ptr, Int, Ptr], C::Mach),
    sc(72, "mach_voucher_extract_attr_recipe_trap", &[Port, UInt, Ptr, Ptr], C::Mach),
    sc(76, "_kernelrpc_mach_port_type_trap", &[Port, Port, Ptr], C::Mach),
    sc(77, "_kernelrpc_mach_port_request_notification_trap", &[Port, Port, Int, UInt, Port, UInt, Ptr], C::Mach),
    sc(88, "_exclaves_ctl_trap", &[Port, Hex, Hex, Ptr, Size, Size, Size, Ptr], C::Other),
    sc(89, "mach_timebase_info_trap", &[Ptr], C::Time),
    sc(90, "mach_wait_until_trap", &[UInt], C::Time),
    sc(91, "mk_timer_create_trap", &[], C::Time),
    sc(92, "mk_timer_destroy_trap", &[Port], C::Time),
    sc(93, "mk_timer_arm_trap", &[Port, UInt], C::Time),
    sc(94, "mk_timer_cancel_trap", &[Port, Ptr], C::Time),
    sc(95, "mk_timer_arm_leeway_trap", &[Port, Hex, UInt, UInt], C::Time),
    sc(96, "debug_control_port_for_pid", &[Port, Pid, Ptr], C::Mach),
    sc(100, "iokit_user_client_trap", &[Port, UInt, Hex, Hex, Hex, Hex, Hex, Hex], C::Other),
];

/// The `x86_64` machine-dependent calls (`SYSCALL_CLASS_MDEP`), sorted by
/// number: XNU's `machdep_call_table64`. XNU's 64-bit routines carry a `64`
/// suffix (`thread_fast_set_cthread_self64`, `i386_set_ldt64`); the names
/// here are the call names without it.
#[rustfmt::skip]
pub static MACHDEP_CALLS: &[SyscallInfo] = &[
    sc(0, "hv_task_trap", &[Hex, Hex], C::Other),
    sc(1, "hv_thread_trap", &[Hex, Hex], C::Other),
    sc(3, "thread_fast_set_cthread_self", &[Ptr], C::Process),
    sc(5, "i386_set_ldt", &[Int, Ptr, Int], C::Memory),
    sc(6, "i386_get_ldt", &[Int, Ptr, Int], C::Memory),
];

fn find(table: &'static [SyscallInfo], number: u32) -> Option<&'static SyscallInfo> {
    table
        .binary_search_by_key(&number, |s| s.number)
        .ok()
        .and_then(|i| table.get(i))
}

/// The BSD syscall with this number.
#[must_use]
pub fn bsd(number: u32) -> Option<&'static SyscallInfo> {
    find(BSD_SYSCALLS, number)
}

/// The Mach trap with this (positive) number.
#[must_use]
pub fn mach_trap(number: u32) -> Option<&'static SyscallInfo> {
    find(MACH_TRAPS, number)
}

/// The machine-dependent call with this number.
#[must_use]
pub fn machdep(number: u32) -> Option<&'static SyscallInfo> {
    find(MACHDEP_CALLS, number)
}

/// The call `number` of `class` (always `None` for `Diag`).
#[must_use]
pub fn lookup(class: SyscallClass, number: u32) -> Option<&'static SyscallInfo> {
    find(class.table(), number)
}

/// The description of a decoded `rax`, if the call is known.
#[must_use]
pub fn from_rax(rax: u64) -> Option<(SyscallClass, &'static SyscallInfo)> {
    let (class, number) = SyscallClass::from_rax(rax)?;
    lookup(class, number).map(|info| (class, info))
}

/// Finds a call by name in the BSD, then Mach, then machine-dependent
/// tables. An exact match wins; otherwise leading underscores are ignored on
/// both sides, so `"pthread_kill"` finds `__pthread_kill` and
/// `"kernelrpc_mach_vm_allocate_trap"` the Mach trap.
#[must_use]
pub fn by_name(name: &str) -> Option<(SyscallClass, &'static SyscallInfo)> {
    const CLASSES: [SyscallClass; 3] = [
        SyscallClass::Unix,
        SyscallClass::Mach,
        SyscallClass::MachDep,
    ];
    let exact = CLASSES.into_iter().find_map(|class| {
        class
            .table()
            .iter()
            .find(|s| s.name == name)
            .map(|s| (class, s))
    });
    exact.or_else(|| {
        let bare = name.trim_start_matches('_');
        CLASSES.into_iter().find_map(|class| {
            class
                .table()
                .iter()
                .find(|s| s.name.trim_start_matches('_') == bare)
                .map(|s| (class, s))
        })
    })
}

/// Every known call of every class, with its class.
pub fn all() -> impl Iterator<Item = (SyscallClass, &'static SyscallInfo)> {
    [
        SyscallClass::Unix,
        SyscallClass::Mach,
        SyscallClass::MachDep,
    ]
    .into_iter()
    .flat_map(|class| class.table().iter().map(move |s| (class, s)))
}

/// BSD syscall numbers, one per entry of [`BSD_SYSCALLS`]: the name in
/// upper case with leading underscores dropped (`__pthread_kill` is
/// `PTHREAD_KILL`).
pub mod nr {
    pub const SYSCALL: u32 = 0;
    pub const EXIT: u32 = 1;
    pub const FORK: u32 = 2;
    pub const READ: u32 = 3;
    pub const WRITE: u32 = 4;
    pub const OPEN: u32 = 5;
    pub const CLOSE: u32 = 6;
    pub const WAIT4: u32 = 7;
    pub const LINK: u32 = 9;
    pub const UNLINK: u32 = 10;
    pub const CHDIR: u32 = 12;
    pub const FCHDIR: u32 = 13;
    pub const MKNOD: u32 = 14;
    pub const CHMOD: u32 = 15;
    pub const CHOWN: u32 = 16;
    pub const GETFSSTAT: u32 = 18;
    pub const GETPID: u32 = 20;
    pub const SETUID: u32 = 23;
    pub const GETUID: u32 = 24;
    pub const GETEUID: u32 = 25;
    pub const PTRACE: u32 = 26;
    pub const RECVMSG: u32 = 27;
    pub const SENDMSG: u32 = 28;
    pub const RECVFROM: u32 = 29;
    pub const ACCEPT: u32 = 30;
    pub const GETPEERNAME: u32 = 31;
    pub const GETSOCKNAME: u32 = 32;
    pub const ACCESS: u32 = 33;
    pub const CHFLAGS: u32 = 34;
    pub const FCHFLAGS: u32 = 35;
    pub const SYNC: u32 = 36;
    pub const KILL: u32 = 37;
    pub const CROSSARCH_TRAP: u32 = 38;
    pub const GETPPID: u32 = 39;
    pub const DUP: u32 = 41;
    pub const PIPE: u32 = 42;
    pub const GETEGID: u32 = 43;
    pub const SIGACTION: u32 = 46;
    pub const GETGID: u32 = 47;
    pub const SIGPROCMASK: u32 = 48;
    pub const GETLOGIN: u32 = 49;
    pub const SETLOGIN: u32 = 50;
    pub const ACCT: u32 = 51;
    pub const SIGPENDING: u32 = 52;
    pub const SIGALTSTACK: u32 = 53;
    pub const IOCTL: u32 = 54;
    pub const REBOOT: u32 = 55;
    pub const REVOKE: u32 = 56;
    pub const SYMLINK: u32 = 57;
    pub const READLINK: u32 = 58;
    pub const EXECVE: u32 = 59;
    pub const UMASK: u32 = 60;
    pub const CHROOT: u32 = 61;
    pub const MSYNC: u32 = 65;
    pub const VFORK: u32 = 66;
    pub const OSLOG_COPROC_REG: u32 = 67;
    pub const OSLOG_COPROC: u32 = 68;
    pub const MUNMAP: u32 = 73;
    pub const MPROTECT: u32 = 74;
    pub const MADVISE: u32 = 75;
    pub const MINCORE: u32 = 78;
    pub const GETGROUPS: u32 = 79;
    pub const SETGROUPS: u32 = 80;
    pub const GETPGRP: u32 = 81;
    pub const SETPGID: u32 = 82;
    pub const SETITIMER: u32 = 83;
    pub const SWAPON: u32 = 85;
    pub const GETITIMER: u32 = 86;
    pub const GETDTABLESIZE: u32 = 89;
    pub const DUP2: u32 = 90;
    pub const FCNTL: u32 = 92;
    pub const SELECT: u32 = 93;
    pub const FSYNC: u32 = 95;
    pub const SETPRIORITY: u32 = 96;
    pub const SOCKET: u32 = 97;
    pub const CONNECT: u32 = 98;
    pub const GETPRIORITY: u32 = 100;
    pub const BIND: u32 = 104;
    pub const SETSOCKOPT: u32 = 105;
    pub const LISTEN: u32 = 106;
    pub const SIGSUSPEND: u32 = 111;
    pub const GETTIMEOFDAY: u32 = 116;
    pub const GETRUSAGE: u32 = 117;
    pub const GETSOCKOPT: u32 = 118;
    pub const READV: u32 = 120;
    pub const WRITEV: u32 = 121;
    pub const SETTIMEOFDAY: u32 = 122;
    pub const FCHOWN: u32 = 123;
    pub const FCHMOD: u32 = 124;
    pub const SETREUID: u32 = 126;
    pub const SETREGID: u32 = 127;
    pub const RENAME: u32 = 128;
    pub const FLOCK: u32 = 131;
    pub const MKFIFO: u32 = 132;
    pub const SENDTO: u32 = 133;
    pub const SHUTDOWN: u32 = 134;
    pub const SOCKETPAIR: u32 = 135;
    pub const MKDIR: u32 = 136;
    pub const RMDIR: u32 = 137;
    pub const UTIMES: u32 = 138;
    pub const FUTIMES: u32 = 139;
    pub const ADJTIME: u32 = 140;
    pub const GETHOSTUUID: u32 = 142;
    pub const SETSID: u32 = 147;
    pub const GETPGID: u32 = 151;
    pub const SETPRIVEXEC: u32 = 152;
    pub const PREAD: u32 = 153;
    pub const PWRITE: u32 = 154;
    pub const NFSSVC: u32 = 155;
    pub const STATFS: u32 = 157;
    pub const FSTATFS: u32 = 158;
    pub const UNMOUNT: u32 = 159;
    pub const GETFH: u32 = 161;
    pub const QUOTACTL: u32 = 165;
    pub const MOUNT: u32 = 167;
    pub const CSOPS: u32 = 169;
    pub const CSOPS_AUDITTOKEN: u32 = 170;
    pub const WAITID: u32 = 173;
    pub const KDEBUG_TYPEFILTER: u32 = 177;
    pub const KDEBUG_TRACE_STRING: u32 = 178;
    pub const KDEBUG_TRACE64: u32 = 179;
    pub const KDEBUG_TRACE: u32 = 180;
    pub const SETGID: u32 = 181;
    pub const SETEGID: u32 = 182;
    pub const SETEUID: u32 = 183;
    pub const SIGRETURN: u32 = 184;
    pub const PANIC_WITH_DATA: u32 = 185;
    pub const THREAD_SELFCOUNTS: u32 = 186;
    pub const FDATASYNC: u32 = 187;
    pub const STAT: u32 = 188;
    pub const FSTAT: u32 = 189;
    pub const LSTAT: u32 = 190;
    pub const PATHCONF: u32 = 191;
    pub const FPATHCONF: u32 = 192;
    pub const GETRLIMIT: u32 = 194;
    pub const SETRLIMIT: u32 = 195;
    pub const GETDIRENTRIES: u32 = 196;
    pub const MMAP: u32 = 197;
    pub const LSEEK: u32 = 199;
    pub const TRUNCATE: u32 = 200;
    pub const FTRUNCATE: u32 = 201;
    pub const SYSCTL: u32 = 202;
    pub const MLOCK: u32 = 203;
    pub const MUNLOCK: u32 = 204;
    pub const UNDELETE: u32 = 205;
    pub const OPEN_DPROTECTED_NP: u32 = 216;
    pub const FSGETPATH_EXT: u32 = 217;
    pub const OPENAT_DPROTECTED_NP: u32 = 218;
    pub const GETATTRLIST: u32 = 220;
    pub const SETATTRLIST: u32 = 221;
    pub const GETDIRENTRIESATTR: u32 = 222;
    pub const EXCHANGEDATA: u32 = 223;
    pub const SEARCHFS: u32 = 225;
    pub const DELETE: u32 = 226;
    pub const COPYFILE: u32 = 227;
    pub const FGETATTRLIST: u32 = 228;
    pub const FSETATTRLIST: u32 = 229;
    pub const POLL: u32 = 230;
    pub const GETXATTR: u32 = 234;
    pub const FGETXATTR: u32 = 235;
    pub const SETXATTR: u32 = 236;
    pub const FSETXATTR: u32 = 237;
    pub const REMOVEXATTR: u32 = 238;
    pub const FREMOVEXATTR: u32 = 239;
    pub const LISTXATTR: u32 = 240;
    pub const FLISTXATTR: u32 = 241;
    pub const FSCTL: u32 = 242;
    pub const INITGROUPS: u32 = 243;
    pub const POSIX_SPAWN: u32 = 244;
    pub const FFSCTL: u32 = 245;
    pub const FHOPEN: u32 = 248;
    pub const MINHERIT: u32 = 250;
    pub const SEMSYS: u32 = 251;
    pub const MSGSYS: u32 = 252;
    pub const SHMSYS: u32 = 253;
    pub const SEMCTL: u32 = 254;
    pub const SEMGET: u32 = 255;
    pub const SEMOP: u32 = 256;
    pub const MSGCTL: u32 = 258;
    pub const MSGGET: u32 = 259;
    pub const MSGSND: u32 = 260;
    pub const MSGRCV: u32 = 261;
    pub const SHMAT: u32 = 262;
    pub const SHMCTL: u32 = 263;
    pub const SHMDT: u32 = 264;
    pub const SHMGET: u32 = 265;
    pub const SHM_OPEN: u32 = 266;
    pub const SHM_UNLINK: u32 = 267;
    pub const SEM_OPEN: u32 = 268;
    pub const SEM_CLOSE: u32 = 269;
    pub const SEM_UNLINK: u32 = 270;
    pub const SEM_WAIT: u32 = 271;
    pub const SEM_TRYWAIT: u32 = 272;
    pub const SEM_POST: u32 = 273;
    pub const SYSCTLBYNAME: u32 = 274;
    pub const OPEN_EXTENDED: u32 = 277;
    pub const UMASK_EXTENDED: u32 = 278;
    pub const STAT_EXTENDED: u32 = 279;
    pub const LSTAT_EXTENDED: u32 = 280;
    pub const FSTAT_EXTENDED: u32 = 281;
    pub const CHMOD_EXTENDED: u32 = 282;
    pub const FCHMOD_EXTENDED: u32 = 283;
    pub const ACCESS_EXTENDED: u32 = 284;
    pub const SETTID: u32 = 285;
    pub const GETTID: u32 = 286;
    pub const SETSGROUPS: u32 = 287;
    pub const GETSGROUPS: u32 = 288;
    pub const SETWGROUPS: u32 = 289;
    pub const GETWGROUPS: u32 = 290;
    pub const MKFIFO_EXTENDED: u32 = 291;
    pub const MKDIR_EXTENDED: u32 = 292;
    pub const IDENTITYSVC: u32 = 293;
    pub const SHARED_REGION_CHECK_NP: u32 = 294;
    pub const VM_PRESSURE_MONITOR: u32 = 296;
    pub const PSYNCH_RW_LONGRDLOCK: u32 = 297;
    pub const PSYNCH_RW_YIELDWRLOCK: u32 = 298;
    pub const PSYNCH_RW_DOWNGRADE: u32 = 299;
    pub const PSYNCH_RW_UPGRADE: u32 = 300;
    pub const PSYNCH_MUTEXWAIT: u32 = 301;
    pub const PSYNCH_MUTEXDROP: u32 = 302;
    pub const PSYNCH_CVBROAD: u32 = 303;
    pub const PSYNCH_CVSIGNAL: u32 = 304;
    pub const PSYNCH_CVWAIT: u32 = 305;
    pub const PSYNCH_RW_RDLOCK: u32 = 306;
    pub const PSYNCH_RW_WRLOCK: u32 = 307;
    pub const PSYNCH_RW_UNLOCK: u32 = 308;
    pub const PSYNCH_RW_UNLOCK2: u32 = 309;
    pub const GETSID: u32 = 310;
    pub const SETTID_WITH_PID: u32 = 311;
    pub const PSYNCH_CVCLRPREPOST: u32 = 312;
    pub const AIO_FSYNC: u32 = 313;
    pub const AIO_RETURN: u32 = 314;
    pub const AIO_SUSPEND: u32 = 315;
    pub const AIO_CANCEL: u32 = 316;
    pub const AIO_ERROR: u32 = 317;
    pub const AIO_READ: u32 = 318;
    pub const AIO_WRITE: u32 = 319;
    pub const LIO_LISTIO: u32 = 320;
    pub const IOPOLICYSYS: u32 = 322;
    pub const PROCESS_POLICY: u32 = 323;
    pub const MLOCKALL: u32 = 324;
    pub const MUNLOCKALL: u32 = 325;
    pub const ISSETUGID: u32 = 327;
    pub const PTHREAD_KILL: u32 = 328;
    pub const PTHREAD_SIGMASK: u32 = 329;
    pub const SIGWAIT: u32 = 330;
    pub const DISABLE_THREADSIGNAL: u32 = 331;
    pub const PTHREAD_MARKCANCEL: u32 = 332;
    pub const PTHREAD_CANCELED: u32 = 333;
    pub const SEMWAIT_SIGNAL: u32 = 334;
    pub const PROC_INFO: u32 = 336;
    pub const SENDFILE: u32 = 337;
    pub const STAT64: u32 = 338;
    pub const FSTAT64: u32 = 339;
    pub const LSTAT64: u32 = 340;
    pub const STAT64_EXTENDED: u32 = 341;
    pub const LSTAT64_EXTENDED: u32 = 342;
    pub const FSTAT64_EXTENDED: u32 = 343;
    pub const GETDIRENTRIES64: u32 = 344;
    pub const STATFS64: u32 = 345;
    pub const FSTATFS64: u32 = 346;
    pub const GETFSSTAT64: u32 = 347;
    pub const PTHREAD_CHDIR: u32 = 348;
    pub const PTHREAD_FCHDIR: u32 = 349;
    pub const AUDIT: u32 = 350;
    pub const AUDITON: u32 = 351;
    pub const GETAUID: u32 = 353;
    pub const SETAUID: u32 = 354;
    pub const GETAUDIT_ADDR: u32 = 357;
    pub const SETAUDIT_ADDR: u32 = 358;
    pub const AUDITCTL: u32 = 359;
    pub const BSDTHREAD_CREATE: u32 = 360;
    pub const BSDTHREAD_TERMINATE: u32 = 361;
    pub const KQUEUE: u32 = 362;
    pub const KEVENT: u32 = 363;
    pub const LCHOWN: u32 = 364;
    pub const BSDTHREAD_REGISTER: u32 = 366;
    pub const WORKQ_OPEN: u32 = 367;
    pub const WORKQ_KERNRETURN: u32 = 368;
    pub const KEVENT64: u32 = 369;
    pub const THREAD_SELFID: u32 = 372;
    pub const LEDGER: u32 = 373;
    pub const KEVENT_QOS: u32 = 374;
    pub const KEVENT_ID: u32 = 375;
    pub const MAC_EXECVE: u32 = 380;
    pub const MAC_SYSCALL: u32 = 381;
    pub const MAC_GET_FILE: u32 = 382;
    pub const MAC_SET_FILE: u32 = 383;
    pub const MAC_GET_LINK: u32 = 384;
    pub const MAC_SET_LINK: u32 = 385;
    pub const MAC_GET_PROC: u32 = 386;
    pub const MAC_SET_PROC: u32 = 387;
    pub const MAC_GET_FD: u32 = 388;
    pub const MAC_SET_FD: u32 = 389;
    pub const MAC_GET_PID: u32 = 390;
    pub const PSELECT: u32 = 394;
    pub const PSELECT_NOCANCEL: u32 = 395;
    pub const READ_NOCANCEL: u32 = 396;
    pub const WRITE_NOCANCEL: u32 = 397;
    pub const OPEN_NOCANCEL: u32 = 398;
    pub const CLOSE_NOCANCEL: u32 = 399;
    pub const WAIT4_NOCANCEL: u32 = 400;
    pub const RECVMSG_NOCANCEL: u32 = 401;
    pub const SENDMSG_NOCANCEL: u32 = 402;
    pub const RECVFROM_NOCANCEL: u32 = 403;
    pub const ACCEPT_NOCANCEL: u32 = 404;
    pub const MSYNC_NOCANCEL: u32 = 405;
    pub const FCNTL_NOCANCEL: u32 = 406;
    pub const SELECT_NOCANCEL: u32 = 407;
    pub const FSYNC_NOCANCEL: u32 = 408;
    pub const CONNECT_NOCANCEL: u32 = 409;
    pub const SIGSUSPEND_NOCANCEL: u32 = 410;
    pub const READV_NOCANCEL: u32 = 411;
    pub const WRITEV_NOCANCEL: u32 = 412;
    pub const SENDTO_NOCANCEL: u32 = 413;
    pub const PREAD_NOCANCEL: u32 = 414;
    pub const PWRITE_NOCANCEL: u32 = 415;
    pub const WAITID_NOCANCEL: u32 = 416;
    pub const POLL_NOCANCEL: u32 = 417;
    pub const MSGSND_NOCANCEL: u32 = 418;
    pub const MSGRCV_NOCANCEL: u32 = 419;
    pub const SEM_WAIT_NOCANCEL: u32 = 420;
    pub const AIO_SUSPEND_NOCANCEL: u32 = 421;
    pub const SIGWAIT_NOCANCEL: u32 = 422;
    pub const SEMWAIT_SIGNAL_NOCANCEL: u32 = 423;
    pub const MAC_MOUNT: u32 = 424;
    pub const MAC_GET_MOUNT: u32 = 425;
    pub const MAC_GETFSSTAT: u32 = 426;
    pub const FSGETPATH: u32 = 427;
    pub const AUDIT_SESSION_SELF: u32 = 428;
    pub const AUDIT_SESSION_JOIN: u32 = 429;
    pub const FILEPORT_MAKEPORT: u32 = 430;
    pub const FILEPORT_MAKEFD: u32 = 431;
    pub const AUDIT_SESSION_PORT: u32 = 432;
    pub const PID_SUSPEND: u32 = 433;
    pub const PID_RESUME: u32 = 434;
    pub const PID_HIBERNATE: u32 = 435;
    pub const PID_SHUTDOWN_SOCKETS: u32 = 436;
    pub const KAS_INFO: u32 = 439;
    pub const MEMORYSTATUS_CONTROL: u32 = 440;
    pub const GUARDED_OPEN_NP: u32 = 441;
    pub const GUARDED_CLOSE_NP: u32 = 442;
    pub const GUARDED_KQUEUE_NP: u32 = 443;
    pub const CHANGE_FDGUARD_NP: u32 = 444;
    pub const USRCTL: u32 = 445;
    pub const PROC_RLIMIT_CONTROL: u32 = 446;
    pub const CONNECTX: u32 = 447;
    pub const DISCONNECTX: u32 = 448;
    pub const PEELOFF: u32 = 449;
    pub const SOCKET_DELEGATE: u32 = 450;
    pub const TELEMETRY: u32 = 451;
    pub const PROC_UUID_POLICY: u32 = 452;
    pub const MEMORYSTATUS_GET_LEVEL: u32 = 453;
    pub const SYSTEM_OVERRIDE: u32 = 454;
    pub const VFS_PURGE: u32 = 455;
    pub const SFI_CTL: u32 = 456;
    pub const SFI_PIDCTL: u32 = 457;
    pub const COALITION: u32 = 458;
    pub const COALITION_INFO: u32 = 459;
    pub const NECP_MATCH_POLICY: u32 = 460;
    pub const GETATTRLISTBULK: u32 = 461;
    pub const CLONEFILEAT: u32 = 462;
    pub const OPENAT: u32 = 463;
    pub const OPENAT_NOCANCEL: u32 = 464;
    pub const RENAMEAT: u32 = 465;
    pub const FACCESSAT: u32 = 466;
    pub const FCHMODAT: u32 = 467;
    pub const FCHOWNAT: u32 = 468;
    pub const FSTATAT: u32 = 469;
    pub const FSTATAT64: u32 = 470;
    pub const LINKAT: u32 = 471;
    pub const UNLINKAT: u32 = 472;
    pub const READLINKAT: u32 = 473;
    pub const SYMLINKAT: u32 = 474;
    pub const MKDIRAT: u32 = 475;
    pub const GETATTRLISTAT: u32 = 476;
    pub const PROC_TRACE_LOG: u32 = 477;
    pub const BSDTHREAD_CTL: u32 = 478;
    pub const OPENBYID_NP: u32 = 479;
    pub const RECVMSG_X: u32 = 480;
    pub const SENDMSG_X: u32 = 481;
    pub const THREAD_SELFUSAGE: u32 = 482;
    pub const CSRCTL: u32 = 483;
    pub const GUARDED_OPEN_DPROTECTED_NP: u32 = 484;
    pub const GUARDED_WRITE_NP: u32 = 485;
    pub const GUARDED_PWRITE_NP: u32 = 486;
    pub const GUARDED_WRITEV_NP: u32 = 487;
    pub const RENAMEATX_NP: u32 = 488;
    pub const MREMAP_ENCRYPTED: u32 = 489;
    pub const NETAGENT_TRIGGER: u32 = 490;
    pub const STACK_SNAPSHOT_WITH_CONFIG: u32 = 491;
    pub const MICROSTACKSHOT: u32 = 492;
    pub const GRAB_PGO_DATA: u32 = 493;
    pub const PERSONA: u32 = 494;
    pub const MACH_EVENTLINK_SIGNAL: u32 = 496;
    pub const MACH_EVENTLINK_WAIT_UNTIL: u32 = 497;
    pub const MACH_EVENTLINK_SIGNAL_WAIT_UNTIL: u32 = 498;
    pub const WORK_INTERVAL_CTL: u32 = 499;
    pub const GETENTROPY: u32 = 500;
    pub const NECP_OPEN: u32 = 501;
    pub const NECP_CLIENT_ACTION: u32 = 502;
    pub const NEXUS_OPEN: u32 = 503;
    pub const NEXUS_REGISTER: u32 = 504;
    pub const NEXUS_DEREGISTER: u32 = 505;
    pub const NEXUS_CREATE: u32 = 506;
    pub const NEXUS_DESTROY: u32 = 507;
    pub const NEXUS_GET_OPT: u32 = 508;
    pub const NEXUS_SET_OPT: u32 = 509;
    pub const CHANNEL_OPEN: u32 = 510;
    pub const CHANNEL_GET_INFO: u32 = 511;
    pub const CHANNEL_SYNC: u32 = 512;
    pub const CHANNEL_GET_OPT: u32 = 513;
    pub const CHANNEL_SET_OPT: u32 = 514;
    pub const ULOCK_WAIT: u32 = 515;
    pub const ULOCK_WAKE: u32 = 516;
    pub const FCLONEFILEAT: u32 = 517;
    pub const FS_SNAPSHOT: u32 = 518;
    pub const TERMINATE_WITH_PAYLOAD: u32 = 520;
    pub const ABORT_WITH_PAYLOAD: u32 = 521;
    pub const NECP_SESSION_OPEN: u32 = 522;
    pub const NECP_SESSION_ACTION: u32 = 523;
    pub const SETATTRLISTAT: u32 = 524;
    pub const NET_QOS_GUIDELINE: u32 = 525;
    pub const FMOUNT: u32 = 526;
    pub const NTP_ADJTIME: u32 = 527;
    pub const NTP_GETTIME: u32 = 528;
    pub const OS_FAULT_WITH_PAYLOAD: u32 = 529;
    pub const KQUEUE_WORKLOOP_CTL: u32 = 530;
    pub const MACH_BRIDGE_REMOTE_TIME: u32 = 531;
    pub const COALITION_LEDGER: u32 = 532;
    pub const LOG_DATA: u32 = 533;
    pub const MEMORYSTATUS_AVAILABLE_MEMORY: u32 = 534;
    pub const OBJC_BP_ASSIST_CFG_NP: u32 = 535;
    pub const SHARED_REGION_MAP_AND_SLIDE_2_NP: u32 = 536;
    pub const PIVOT_ROOT: u32 = 537;
    pub const TASK_INSPECT_FOR_PID: u32 = 538;
    pub const TASK_READ_FOR_PID: u32 = 539;
    pub const PREADV: u32 = 540;
    pub const PWRITEV: u32 = 541;
    pub const PREADV_NOCANCEL: u32 = 542;
    pub const PWRITEV_NOCANCEL: u32 = 543;
    pub const ULOCK_WAIT2: u32 = 544;
    pub const PROC_INFO_EXTENDED_ID: u32 = 545;
    pub const TRACKER_ACTION: u32 = 546;
    pub const DEBUG_SYSCALL_REJECT: u32 = 547;
    pub const DEBUG_SYSCALL_REJECT_CONFIG: u32 = 548;
    pub const GRAFTDMG: u32 = 549;
    pub const MAP_WITH_LINKING_NP: u32 = 550;
    pub const FREADLINK: u32 = 551;
    pub const RECORD_SYSTEM_EVENT: u32 = 552;
    pub const MKFIFOAT: u32 = 553;
    pub const MKNODAT: u32 = 554;
    pub const UNGRAFTDMG: u32 = 555;
    pub const COALITION_POLICY_SET: u32 = 556;
    pub const COALITION_POLICY_GET: u32 = 557;
}

/// Mach trap numbers, one per entry of [`MACH_TRAPS`]: the name in upper
/// case with leading underscores dropped.
pub mod mach_nr {
    pub const KERNELRPC_MACH_VM_ALLOCATE_TRAP: u32 = 10;
    pub const KERNELRPC_MACH_VM_PURGABLE_CONTROL_TRAP: u32 = 11;
    pub const KERNELRPC_MACH_VM_DEALLOCATE_TRAP: u32 = 12;
    pub const TASK_DYLD_PROCESS_INFO_NOTIFY_GET_TRAP: u32 = 13;
    pub const KERNELRPC_MACH_VM_PROTECT_TRAP: u32 = 14;
    pub const KERNELRPC_MACH_VM_MAP_TRAP: u32 = 15;
    pub const KERNELRPC_MACH_PORT_ALLOCATE_TRAP: u32 = 16;
    pub const KERNELRPC_MACH_PORT_DEALLOCATE_TRAP: u32 = 18;
    pub const KERNELRPC_MACH_PORT_MOD_REFS_TRAP: u32 = 19;
    pub const KERNELRPC_MACH_PORT_MOVE_MEMBER_TRAP: u32 = 20;
    pub const KERNELRPC_MACH_PORT_INSERT_RIGHT_TRAP: u32 = 21;
    pub const KERNELRPC_MACH_PORT_INSERT_MEMBER_TRAP: u32 = 22;
    pub const KERNELRPC_MACH_PORT_EXTRACT_MEMBER_TRAP: u32 = 23;
    pub const KERNELRPC_MACH_PORT_CONSTRUCT_TRAP: u32 = 24;
    pub const KERNELRPC_MACH_PORT_DESTRUCT_TRAP: u32 = 25;
    pub const MACH_REPLY_PORT: u32 = 26;
    pub const THREAD_SELF_TRAP: u32 = 27;
    pub const TASK_SELF_TRAP: u32 = 28;
    pub const HOST_SELF_TRAP: u32 = 29;
    pub const MACH_MSG_TRAP: u32 = 31;
    pub const MACH_MSG_OVERWRITE_TRAP: u32 = 32;
    pub const SEMAPHORE_SIGNAL_TRAP: u32 = 33;
    pub const SEMAPHORE_SIGNAL_ALL_TRAP: u32 = 34;
    pub const SEMAPHORE_SIGNAL_THREAD_TRAP: u32 = 35;
    pub const SEMAPHORE_WAIT_TRAP: u32 = 36;
    pub const SEMAPHORE_WAIT_SIGNAL_TRAP: u32 = 37;
    pub const SEMAPHORE_TIMEDWAIT_TRAP: u32 = 38;
    pub const SEMAPHORE_TIMEDWAIT_SIGNAL_TRAP: u32 = 39;
    pub const KERNELRPC_MACH_PORT_GET_ATTRIBUTES_TRAP: u32 = 40;
    pub const KERNELRPC_MACH_PORT_GUARD_TRAP: u32 = 41;
    pub const KERNELRPC_MACH_PORT_UNGUARD_TRAP: u32 = 42;
    pub const MACH_GENERATE_ACTIVITY_ID: u32 = 43;
    pub const TASK_NAME_FOR_PID: u32 = 44;
    pub const TASK_FOR_PID: u32 = 45;
    pub const PID_FOR_TASK: u32 = 46;
    pub const MACH_MSG2_TRAP: u32 = 47;
    pub const MACX_SWAPON: u32 = 48;
    pub const MACX_SWAPOFF: u32 = 49;
    pub const THREAD_GET_SPECIAL_REPLY_PORT: u32 = 50;
    pub const MACX_TRIGGERS: u32 = 51;
    pub const MACX_BACKING_STORE_SUSPEND: u32 = 52;
    pub const MACX_BACKING_STORE_RECOVERY: u32 = 53;
    pub const PFZ_EXIT: u32 = 58;
    pub const SWTCH_PRI: u32 = 59;
    pub const SWTCH: u32 = 60;
    pub const THREAD_SWITCH: u32 = 61;
    pub const CLOCK_SLEEP_TRAP: u32 = 62;
    pub const HOST_CREATE_MACH_VOUCHER_TRAP: u32 = 70;
    pub const MACH_VOUCHER_EXTRACT_ATTR_RECIPE_TRAP: u32 = 72;
    pub const KERNELRPC_MACH_PORT_TYPE_TRAP: u32 = 76;
    pub const KERNELRPC_MACH_PORT_REQUEST_NOTIFICATION_TRAP: u32 = 77;
    pub const EXCLAVES_CTL_TRAP: u32 = 88;
    pub const MACH_TIMEBASE_INFO_TRAP: u32 = 89;
    pub const MACH_WAIT_UNTIL_TRAP: u32 = 90;
    pub const MK_TIMER_CREATE_TRAP: u32 = 91;
    pub const MK_TIMER_DESTROY_TRAP: u32 = 92;
    pub const MK_TIMER_ARM_TRAP: u32 = 93;
    pub const MK_TIMER_CANCEL_TRAP: u32 = 94;
    pub const MK_TIMER_ARM_LEEWAY_TRAP: u32 = 95;
    pub const DEBUG_CONTROL_PORT_FOR_PID: u32 = 96;
    pub const IOKIT_USER_CLIENT_TRAP: u32 = 100;
}

/// Machine-dependent call numbers, one per entry of [`MACHDEP_CALLS`].
pub mod machdep_nr {
    pub const HV_TASK_TRAP: u32 = 0;
    pub const HV_THREAD_TRAP: u32 = 1;
    pub const THREAD_FAST_SET_CTHREAD_SELF: u32 = 3;
    pub const I386_SET_LDT: u32 = 5;
    pub const I386_GET_LDT: u32 = 6;
}

#[cfg(test)]
mod tests {
    use super::*;

    const BSD_NR: &[(u32, &str)] = &[
        (nr::SYSCALL, "syscall"),
        (nr::EXIT, "exit"),
        (nr::FORK, "fork"),
        (nr::READ, "read"),
        (nr::WRITE, "write"),
        (nr::OPEN, "open"),
        (nr::CLOSE, "close"),
        (nr::WAIT4, "wait4"),
        (nr::LINK, "link"),
        (nr::UNLINK, "unlink"),
        (nr::CHDIR, "chdir"),
        (nr::FCHDIR, "fchdir"),
        (nr::MKNOD, "mknod"),
        (nr::CHMOD, "chmod"),
        (nr::CHOWN, "chown"),
        (nr::GETFSSTAT, "getfsstat"),
        (nr::GETPID, "getpid"),
        (nr::SETUID, "setuid"),
        (nr::GETUID, "getuid"),
        (nr::GETEUID, "geteuid"),
        (nr::PTRACE, "ptrace"),
        (nr::RECVMSG, "recvmsg"),
        (nr::SENDMSG, "sendmsg"),
        (nr::RECVFROM, "recvfrom"),
        (nr::ACCEPT, "accept"),
        (nr::GETPEERNAME, "getpeername"),
        (nr::GETSOCKNAME, "getsockname"),
        (nr::ACCESS, "access"),
        (nr::CHFLAGS, "chflags"),
        (nr::FCHFLAGS, "fchflags"),
        (nr::SYNC, "sync"),
        (nr::KILL, "kill"),
        (nr::CROSSARCH_TRAP, "crossarch_trap"),
        (nr::GETPPID, "getppid"),
        (nr::DUP, "dup"),
        (nr::PIPE, "pipe"),
        (nr::GETEGID, "getegid"),
        (nr::SIGACTION, "sigaction"),
        (nr::GETGID, "getgid"),
        (nr::SIGPROCMASK, "sigprocmask"),
        (nr::GETLOGIN, "getlogin"),
        (nr::SETLOGIN, "setlogin"),
        (nr::ACCT, "acct"),
        (nr::SIGPENDING, "sigpending"),
        (nr::SIGALTSTACK, "sigaltstack"),
        (nr::IOCTL, "ioctl"),
        (nr::REBOOT, "reboot"),
        (nr::REVOKE, "revoke"),
        (nr::SYMLINK, "symlink"),
        (nr::READLINK, "readlink"),
        (nr::EXECVE, "execve"),
        (nr::UMASK, "umask"),
        (nr::CHROOT, "chroot"),
        (nr::MSYNC, "msync"),
        (nr::VFORK, "vfork"),
        (nr::OSLOG_COPROC_REG, "oslog_coproc_reg"),
        (nr::OSLOG_COPROC, "oslog_coproc"),
        (nr::MUNMAP, "munmap"),
        (nr::MPROTECT, "mprotect"),
        (nr::MADVISE, "madvise"),
        (nr::MINCORE, "mincore"),
        (nr::GETGROUPS, "getgroups"),
        (nr::SETGROUPS, "setgroups"),
        (nr::GETPGRP, "getpgrp"),
        (nr::SETPGID, "setpgid"),
        (nr::SETITIMER, "setitimer"),
        (nr::SWAPON, "swapon"),
        (nr::GETITIMER, "getitimer"),
        (nr::GETDTABLESIZE, "getdtablesize"),
        (nr::DUP2, "dup2"),
        (nr::FCNTL, "fcntl"),
        (nr::SELECT, "select"),
        (nr::FSYNC, "fsync"),
        (nr::SETPRIORITY, "setpriority"),
        (nr::SOCKET, "socket"),
        (nr::CONNECT, "connect"),
        (nr::GETPRIORITY, "getpriority"),
        (nr::BIND, "bind"),
        (nr::SETSOCKOPT, "setsockopt"),
        (nr::LISTEN, "listen"),
        (nr::SIGSUSPEND, "sigsuspend"),
        (nr::GETTIMEOFDAY, "gettimeofday"),
        (nr::GETRUSAGE, "getrusage"),
        (nr::GETSOCKOPT, "getsockopt"),
        (nr::READV, "readv"),
        (nr::WRITEV, "writev"),
        (nr::SETTIMEOFDAY, "settimeofday"),
        (nr::FCHOWN, "fchown"),
        (nr::FCHMOD, "fchmod"),
        (nr::SETREUID, "setreuid"),
        (nr::SETREGID, "setregid"),
        (nr::RENAME, "rename"),
        (nr::FLOCK, "flock"),
        (nr::MKFIFO, "mkfifo"),
        (nr::SENDTO, "sendto"),
        (nr::SHUTDOWN, "shutdown"),
        (nr::SOCKETPAIR, "socketpair"),
        (nr::MKDIR, "mkdir"),
        (nr::RMDIR, "rmdir"),
        (nr::UTIMES, "utimes"),
        (nr::FUTIMES, "futimes"),
        (nr::ADJTIME, "adjtime"),
        (nr::GETHOSTUUID, "gethostuuid"),
        (nr::SETSID, "setsid"),
        (nr::GETPGID, "getpgid"),
        (nr::SETPRIVEXEC, "setprivexec"),
        (nr::PREAD, "pread"),
        (nr::PWRITE, "pwrite"),
        (nr::NFSSVC, "nfssvc"),
        (nr::STATFS, "statfs"),
        (nr::FSTATFS, "fstatfs"),
        (nr::UNMOUNT, "unmount"),
        (nr::GETFH, "getfh"),
        (nr::QUOTACTL, "quotactl"),
        (nr::MOUNT, "mount"),
        (nr::CSOPS, "csops"),
        (nr::CSOPS_AUDITTOKEN, "csops_audittoken"),
        (nr::WAITID, "waitid"),
        (nr::KDEBUG_TYPEFILTER, "kdebug_typefilter"),
        (nr::KDEBUG_TRACE_STRING, "kdebug_trace_string"),
        (nr::KDEBUG_TRACE64, "kdebug_trace64"),
        (nr::KDEBUG_TRACE, "kdebug_trace"),
        (nr::SETGID, "setgid"),
        (nr::SETEGID, "setegid"),
        (nr::SETEUID, "seteuid"),
        (nr::SIGRETURN, "sigreturn"),
        (nr::PANIC_WITH_DATA, "panic_with_data"),
        (nr::THREAD_SELFCOUNTS, "thread_selfcounts"),
        (nr::FDATASYNC, "fdatasync"),
        (nr::STAT, "stat"),
        (nr::FSTAT, "fstat"),
        (nr::LSTAT, "lstat"),
        (nr::PATHCONF, "pathconf"),
        (nr::FPATHCONF, "fpathconf"),
        (nr::GETRLIMIT, "getrlimit"),
        (nr::SETRLIMIT, "setrlimit"),
        (nr::GETDIRENTRIES, "getdirentries"),
        (nr::MMAP, "mmap"),
        (nr::LSEEK, "lseek"),
        (nr::TRUNCATE, "truncate"),
        (nr::FTRUNCATE, "ftruncate"),
        (nr::SYSCTL, "sysctl"),
        (nr::MLOCK, "mlock"),
        (nr::MUNLOCK, "munlock"),
        (nr::UNDELETE, "undelete"),
        (nr::OPEN_DPROTECTED_NP, "open_dprotected_np"),
        (nr::FSGETPATH_EXT, "fsgetpath_ext"),
        (nr::OPENAT_DPROTECTED_NP, "openat_dprotected_np"),
        (nr::GETATTRLIST, "getattrlist"),
        (nr::SETATTRLIST, "setattrlist"),
        (nr::GETDIRENTRIESATTR, "getdirentriesattr"),
        (nr::EXCHANGEDATA, "exchangedata"),
        (nr::SEARCHFS, "searchfs"),
        (nr::DELETE, "delete"),
        (nr::COPYFILE, "copyfile"),
        (nr::FGETATTRLIST, "fgetattrlist"),
        (nr::FSETATTRLIST, "fsetattrlist"),
        (nr::POLL, "poll"),
        (nr::GETXATTR, "getxattr"),
        (nr::FGETXATTR, "fgetxattr"),
        (nr::SETXATTR, "setxattr"),
        (nr::FSETXATTR, "fsetxattr"),
        (nr::REMOVEXATTR, "removexattr"),
        (nr::FREMOVEXATTR, "fremovexattr"),
        (nr::LISTXATTR, "listxattr"),
        (nr::FLISTXATTR, "flistxattr"),
        (nr::FSCTL, "fsctl"),
        (nr::INITGROUPS, "initgroups"),
        (nr::POSIX_SPAWN, "posix_spawn"),
        (nr::FFSCTL, "ffsctl"),
        (nr::FHOPEN, "fhopen"),
        (nr::MINHERIT, "minherit"),
        (nr::SEMSYS, "semsys"),
        (nr::MSGSYS, "msgsys"),
        (nr::SHMSYS, "shmsys"),
        (nr::SEMCTL, "semctl"),
        (nr::SEMGET, "semget"),
        (nr::SEMOP, "semop"),
        (nr::MSGCTL, "msgctl"),
        (nr::MSGGET, "msgget"),
        (nr::MSGSND, "msgsnd"),
        (nr::MSGRCV, "msgrcv"),
        (nr::SHMAT, "shmat"),
        (nr::SHMCTL, "shmctl"),
        (nr::SHMDT, "shmdt"),
        (nr::SHMGET, "shmget"),
        (nr::SHM_OPEN, "shm_open"),
        (nr::SHM_UNLINK, "shm_unlink"),
        (nr::SEM_OPEN, "sem_open"),
        (nr::SEM_CLOSE, "sem_close"),
        (nr::SEM_UNLINK, "sem_unlink"),
        (nr::SEM_WAIT, "sem_wait"),
        (nr::SEM_TRYWAIT, "sem_trywait"),
        (nr::SEM_POST, "sem_post"),
        (nr::SYSCTLBYNAME, "sysctlbyname"),
        (nr::OPEN_EXTENDED, "open_extended"),
        (nr::UMASK_EXTENDED, "umask_extended"),
        (nr::STAT_EXTENDED, "stat_extended"),
        (nr::LSTAT_EXTENDED, "lstat_extended"),
        (nr::FSTAT_EXTENDED, "fstat_extended"),
        (nr::CHMOD_EXTENDED, "chmod_extended"),
        (nr::FCHMOD_EXTENDED, "fchmod_extended"),
        (nr::ACCESS_EXTENDED, "access_extended"),
        (nr::SETTID, "settid"),
        (nr::GETTID, "gettid"),
        (nr::SETSGROUPS, "setsgroups"),
        (nr::GETSGROUPS, "getsgroups"),
        (nr::SETWGROUPS, "setwgroups"),
        (nr::GETWGROUPS, "getwgroups"),
        (nr::MKFIFO_EXTENDED, "mkfifo_extended"),
        (nr::MKDIR_EXTENDED, "mkdir_extended"),
        (nr::IDENTITYSVC, "identitysvc"),
        (nr::SHARED_REGION_CHECK_NP, "shared_region_check_np"),
        (nr::VM_PRESSURE_MONITOR, "vm_pressure_monitor"),
        (nr::PSYNCH_RW_LONGRDLOCK, "psynch_rw_longrdlock"),
        (nr::PSYNCH_RW_YIELDWRLOCK, "psynch_rw_yieldwrlock"),
        (nr::PSYNCH_RW_DOWNGRADE, "psynch_rw_downgrade"),
        (nr::PSYNCH_RW_UPGRADE, "psynch_rw_upgrade"),
        (nr::PSYNCH_MUTEXWAIT, "psynch_mutexwait"),
        (nr::PSYNCH_MUTEXDROP, "psynch_mutexdrop"),
        (nr::PSYNCH_CVBROAD, "psynch_cvbroad"),
        (nr::PSYNCH_CVSIGNAL, "psynch_cvsignal"),
        (nr::PSYNCH_CVWAIT, "psynch_cvwait"),
        (nr::PSYNCH_RW_RDLOCK, "psynch_rw_rdlock"),
        (nr::PSYNCH_RW_WRLOCK, "psynch_rw_wrlock"),
        (nr::PSYNCH_RW_UNLOCK, "psynch_rw_unlock"),
        (nr::PSYNCH_RW_UNLOCK2, "psynch_rw_unlock2"),
        (nr::GETSID, "getsid"),
        (nr::SETTID_WITH_PID, "settid_with_pid"),
        (nr::PSYNCH_CVCLRPREPOST, "psynch_cvclrprepost"),
        (nr::AIO_FSYNC, "aio_fsync"),
        (nr::AIO_RETURN, "aio_return"),
        (nr::AIO_SUSPEND, "aio_suspend"),
        (nr::AIO_CANCEL, "aio_cancel"),
        (nr::AIO_ERROR, "aio_error"),
        (nr::AIO_READ, "aio_read"),
        (nr::AIO_WRITE, "aio_write"),
        (nr::LIO_LISTIO, "lio_listio"),
        (nr::IOPOLICYSYS, "iopolicysys"),
        (nr::PROCESS_POLICY, "process_policy"),
        (nr::MLOCKALL, "mlockall"),
        (nr::MUNLOCKALL, "munlockall"),
        (nr::ISSETUGID, "issetugid"),
        (nr::PTHREAD_KILL, "__pthread_kill"),
        (nr::PTHREAD_SIGMASK, "__pthread_sigmask"),
        (nr::SIGWAIT, "__sigwait"),
        (nr::DISABLE_THREADSIGNAL, "__disable_threadsignal"),
        (nr::PTHREAD_MARKCANCEL, "__pthread_markcancel"),
        (nr::PTHREAD_CANCELED, "__pthread_canceled"),
        (nr::SEMWAIT_SIGNAL, "__semwait_signal"),
        (nr::PROC_INFO, "proc_info"),
        (nr::SENDFILE, "sendfile"),
        (nr::STAT64, "stat64"),
        (nr::FSTAT64, "fstat64"),
        (nr::LSTAT64, "lstat64"),
        (nr::STAT64_EXTENDED, "stat64_extended"),
        (nr::LSTAT64_EXTENDED, "lstat64_extended"),
        (nr::FSTAT64_EXTENDED, "fstat64_extended"),
        (nr::GETDIRENTRIES64, "getdirentries64"),
        (nr::STATFS64, "statfs64"),
        (nr::FSTATFS64, "fstatfs64"),
        (nr::GETFSSTAT64, "getfsstat64"),
        (nr::PTHREAD_CHDIR, "__pthread_chdir"),
        (nr::PTHREAD_FCHDIR, "__pthread_fchdir"),
        (nr::AUDIT, "audit"),
        (nr::AUDITON, "auditon"),
        (nr::GETAUID, "getauid"),
        (nr::SETAUID, "setauid"),
        (nr::GETAUDIT_ADDR, "getaudit_addr"),
        (nr::SETAUDIT_ADDR, "setaudit_addr"),
        (nr::AUDITCTL, "auditctl"),
        (nr::BSDTHREAD_CREATE, "bsdthread_create"),
        (nr::BSDTHREAD_TERMINATE, "bsdthread_terminate"),
        (nr::KQUEUE, "kqueue"),
        (nr::KEVENT, "kevent"),
        (nr::LCHOWN, "lchown"),
        (nr::BSDTHREAD_REGISTER, "bsdthread_register"),
        (nr::WORKQ_OPEN, "workq_open"),
        (nr::WORKQ_KERNRETURN, "workq_kernreturn"),
        (nr::KEVENT64, "kevent64"),
        (nr::THREAD_SELFID, "thread_selfid"),
        (nr::LEDGER, "ledger"),
        (nr::KEVENT_QOS, "kevent_qos"),
        (nr::KEVENT_ID, "kevent_id"),
        (nr::MAC_EXECVE, "__mac_execve"),
        (nr::MAC_SYSCALL, "__mac_syscall"),
        (nr::MAC_GET_FILE, "__mac_get_file"),
        (nr::MAC_SET_FILE, "__mac_set_file"),
        (nr::MAC_GET_LINK, "__mac_get_link"),
        (nr::MAC_SET_LINK, "__mac_set_link"),
        (nr::MAC_GET_PROC, "__mac_get_proc"),
        (nr::MAC_SET_PROC, "__mac_set_proc"),
        (nr::MAC_GET_FD, "__mac_get_fd"),
        (nr::MAC_SET_FD, "__mac_set_fd"),
        (nr::MAC_GET_PID, "__mac_get_pid"),
        (nr::PSELECT, "pselect"),
        (nr::PSELECT_NOCANCEL, "pselect_nocancel"),
        (nr::READ_NOCANCEL, "read_nocancel"),
        (nr::WRITE_NOCANCEL, "write_nocancel"),
        (nr::OPEN_NOCANCEL, "open_nocancel"),
        (nr::CLOSE_NOCANCEL, "close_nocancel"),
        (nr::WAIT4_NOCANCEL, "wait4_nocancel"),
        (nr::RECVMSG_NOCANCEL, "recvmsg_nocancel"),
        (nr::SENDMSG_NOCANCEL, "sendmsg_nocancel"),
        (nr::RECVFROM_NOCANCEL, "recvfrom_nocancel"),
        (nr::ACCEPT_NOCANCEL, "accept_nocancel"),
        (nr::MSYNC_NOCANCEL, "msync_nocancel"),
        (nr::FCNTL_NOCANCEL, "fcntl_nocancel"),
        (nr::SELECT_NOCANCEL, "select_nocancel"),
        (nr::FSYNC_NOCANCEL, "fsync_nocancel"),
        (nr::CONNECT_NOCANCEL, "connect_nocancel"),
        (nr::SIGSUSPEND_NOCANCEL, "sigsuspend_nocancel"),
        (nr::READV_NOCANCEL, "readv_nocancel"),
        (nr::WRITEV_NOCANCEL, "writev_nocancel"),
        (nr::SENDTO_NOCANCEL, "sendto_nocancel"),
        (nr::PREAD_NOCANCEL, "pread_nocancel"),
        (nr::PWRITE_NOCANCEL, "pwrite_nocancel"),
        (nr::WAITID_NOCANCEL, "waitid_nocancel"),
        (nr::POLL_NOCANCEL, "poll_nocancel"),
        (nr::MSGSND_NOCANCEL, "msgsnd_nocancel"),
        (nr::MSGRCV_NOCANCEL, "msgrcv_nocancel"),
        (nr::SEM_WAIT_NOCANCEL, "sem_wait_nocancel"),
        (nr::AIO_SUSPEND_NOCANCEL, "aio_suspend_nocancel"),
        (nr::SIGWAIT_NOCANCEL, "__sigwait_nocancel"),
        (nr::SEMWAIT_SIGNAL_NOCANCEL, "__semwait_signal_nocancel"),
        (nr::MAC_MOUNT, "__mac_mount"),
        (nr::MAC_GET_MOUNT, "__mac_get_mount"),
        (nr::MAC_GETFSSTAT, "__mac_getfsstat"),
        (nr::FSGETPATH, "fsgetpath"),
        (nr::AUDIT_SESSION_SELF, "audit_session_self"),
        (nr::AUDIT_SESSION_JOIN, "audit_session_join"),
        (nr::FILEPORT_MAKEPORT, "fileport_makeport"),
        (nr::FILEPORT_MAKEFD, "fileport_makefd"),
        (nr::AUDIT_SESSION_PORT, "audit_session_port"),
        (nr::PID_SUSPEND, "pid_suspend"),
        (nr::PID_RESUME, "pid_resume"),
        (nr::PID_HIBERNATE, "pid_hibernate"),
        (nr::PID_SHUTDOWN_SOCKETS, "pid_shutdown_sockets"),
        (nr::KAS_INFO, "kas_info"),
        (nr::MEMORYSTATUS_CONTROL, "memorystatus_control"),
        (nr::GUARDED_OPEN_NP, "guarded_open_np"),
        (nr::GUARDED_CLOSE_NP, "guarded_close_np"),
        (nr::GUARDED_KQUEUE_NP, "guarded_kqueue_np"),
        (nr::CHANGE_FDGUARD_NP, "change_fdguard_np"),
        (nr::USRCTL, "usrctl"),
        (nr::PROC_RLIMIT_CONTROL, "proc_rlimit_control"),
        (nr::CONNECTX, "connectx"),
        (nr::DISCONNECTX, "disconnectx"),
        (nr::PEELOFF, "peeloff"),
        (nr::SOCKET_DELEGATE, "socket_delegate"),
        (nr::TELEMETRY, "telemetry"),
        (nr::PROC_UUID_POLICY, "proc_uuid_policy"),
        (nr::MEMORYSTATUS_GET_LEVEL, "memorystatus_get_level"),
        (nr::SYSTEM_OVERRIDE, "system_override"),
        (nr::VFS_PURGE, "vfs_purge"),
        (nr::SFI_CTL, "sfi_ctl"),
        (nr::SFI_PIDCTL, "sfi_pidctl"),
        (nr::COALITION, "coalition"),
        (nr::COALITION_INFO, "coalition_info"),
        (nr::NECP_MATCH_POLICY, "necp_match_policy"),
        (nr::GETATTRLISTBULK, "getattrlistbulk"),
        (nr::CLONEFILEAT, "clonefileat"),
        (nr::OPENAT, "openat"),
        (nr::OPENAT_NOCANCEL, "openat_nocancel"),
        (nr::RENAMEAT, "renameat"),
        (nr::FACCESSAT, "faccessat"),
        (nr::FCHMODAT, "fchmodat"),
        (nr::FCHOWNAT, "fchownat"),
        (nr::FSTATAT, "fstatat"),
        (nr::FSTATAT64, "fstatat64"),
        (nr::LINKAT, "linkat"),
        (nr::UNLINKAT, "unlinkat"),
        (nr::READLINKAT, "readlinkat"),
        (nr::SYMLINKAT, "symlinkat"),
        (nr::MKDIRAT, "mkdirat"),
        (nr::GETATTRLISTAT, "getattrlistat"),
        (nr::PROC_TRACE_LOG, "proc_trace_log"),
        (nr::BSDTHREAD_CTL, "bsdthread_ctl"),
        (nr::OPENBYID_NP, "openbyid_np"),
        (nr::RECVMSG_X, "recvmsg_x"),
        (nr::SENDMSG_X, "sendmsg_x"),
        (nr::THREAD_SELFUSAGE, "thread_selfusage"),
        (nr::CSRCTL, "csrctl"),
        (nr::GUARDED_OPEN_DPROTECTED_NP, "guarded_open_dprotected_np"),
        (nr::GUARDED_WRITE_NP, "guarded_write_np"),
        (nr::GUARDED_PWRITE_NP, "guarded_pwrite_np"),
        (nr::GUARDED_WRITEV_NP, "guarded_writev_np"),
        (nr::RENAMEATX_NP, "renameatx_np"),
        (nr::MREMAP_ENCRYPTED, "mremap_encrypted"),
        (nr::NETAGENT_TRIGGER, "netagent_trigger"),
        (nr::STACK_SNAPSHOT_WITH_CONFIG, "stack_snapshot_with_config"),
        (nr::MICROSTACKSHOT, "microstackshot"),
        (nr::GRAB_PGO_DATA, "grab_pgo_data"),
        (nr::PERSONA, "persona"),
        (nr::MACH_EVENTLINK_SIGNAL, "mach_eventlink_signal"),
        (nr::MACH_EVENTLINK_WAIT_UNTIL, "mach_eventlink_wait_until"),
        (
            nr::MACH_EVENTLINK_SIGNAL_WAIT_UNTIL,
            "mach_eventlink_signal_wait_until",
        ),
        (nr::WORK_INTERVAL_CTL, "work_interval_ctl"),
        (nr::GETENTROPY, "getentropy"),
        (nr::NECP_OPEN, "necp_open"),
        (nr::NECP_CLIENT_ACTION, "necp_client_action"),
        (nr::NEXUS_OPEN, "__nexus_open"),
        (nr::NEXUS_REGISTER, "__nexus_register"),
        (nr::NEXUS_DEREGISTER, "__nexus_deregister"),
        (nr::NEXUS_CREATE, "__nexus_create"),
        (nr::NEXUS_DESTROY, "__nexus_destroy"),
        (nr::NEXUS_GET_OPT, "__nexus_get_opt"),
        (nr::NEXUS_SET_OPT, "__nexus_set_opt"),
        (nr::CHANNEL_OPEN, "__channel_open"),
        (nr::CHANNEL_GET_INFO, "__channel_get_info"),
        (nr::CHANNEL_SYNC, "__channel_sync"),
        (nr::CHANNEL_GET_OPT, "__channel_get_opt"),
        (nr::CHANNEL_SET_OPT, "__channel_set_opt"),
        (nr::ULOCK_WAIT, "ulock_wait"),
        (nr::ULOCK_WAKE, "ulock_wake"),
        (nr::FCLONEFILEAT, "fclonefileat"),
        (nr::FS_SNAPSHOT, "fs_snapshot"),
        (nr::TERMINATE_WITH_PAYLOAD, "terminate_with_payload"),
        (nr::ABORT_WITH_PAYLOAD, "abort_with_payload"),
        (nr::NECP_SESSION_OPEN, "necp_session_open"),
        (nr::NECP_SESSION_ACTION, "necp_session_action"),
        (nr::SETATTRLISTAT, "setattrlistat"),
        (nr::NET_QOS_GUIDELINE, "net_qos_guideline"),
        (nr::FMOUNT, "fmount"),
        (nr::NTP_ADJTIME, "ntp_adjtime"),
        (nr::NTP_GETTIME, "ntp_gettime"),
        (nr::OS_FAULT_WITH_PAYLOAD, "os_fault_with_payload"),
        (nr::KQUEUE_WORKLOOP_CTL, "kqueue_workloop_ctl"),
        (nr::MACH_BRIDGE_REMOTE_TIME, "__mach_bridge_remote_time"),
        (nr::COALITION_LEDGER, "coalition_ledger"),
        (nr::LOG_DATA, "log_data"),
        (
            nr::MEMORYSTATUS_AVAILABLE_MEMORY,
            "memorystatus_available_memory",
        ),
        (nr::OBJC_BP_ASSIST_CFG_NP, "objc_bp_assist_cfg_np"),
        (
            nr::SHARED_REGION_MAP_AND_SLIDE_2_NP,
            "shared_region_map_and_slide_2_np",
        ),
        (nr::PIVOT_ROOT, "pivot_root"),
        (nr::TASK_INSPECT_FOR_PID, "task_inspect_for_pid"),
        (nr::TASK_READ_FOR_PID, "task_read_for_pid"),
        (nr::PREADV, "preadv"),
        (nr::PWRITEV, "pwritev"),
        (nr::PREADV_NOCANCEL, "preadv_nocancel"),
        (nr::PWRITEV_NOCANCEL, "pwritev_nocancel"),
        (nr::ULOCK_WAIT2, "ulock_wait2"),
        (nr::PROC_INFO_EXTENDED_ID, "proc_info_extended_id"),
        (nr::TRACKER_ACTION, "tracker_action"),
        (nr::DEBUG_SYSCALL_REJECT, "debug_syscall_reject"),
        (
            nr::DEBUG_SYSCALL_REJECT_CONFIG,
            "debug_syscall_reject_config",
        ),
        (nr::GRAFTDMG, "graftdmg"),
        (nr::MAP_WITH_LINKING_NP, "map_with_linking_np"),
        (nr::FREADLINK, "freadlink"),
        (nr::RECORD_SYSTEM_EVENT, "record_system_event"),
        (nr::MKFIFOAT, "mkfifoat"),
        (nr::MKNODAT, "mknodat"),
        (nr::UNGRAFTDMG, "ungraftdmg"),
        (nr::COALITION_POLICY_SET, "coalition_policy_set"),
        (nr::COALITION_POLICY_GET, "coalition_policy_get"),
    ];
    const MACH_NR: &[(u32, &str)] = &[
        (
            mach_nr::KERNELRPC_MACH_VM_ALLOCATE_TRAP,
            "_kernelrpc_mach_vm_allocate_trap",
        ),
        (
            mach_nr::KERNELRPC_MACH_VM_PURGABLE_CONTROL_TRAP,
            "_kernelrpc_mach_vm_purgable_control_trap",
        ),
        (
            mach_nr::KERNELRPC_MACH_VM_DEALLOCATE_TRAP,
            "_kernelrpc_mach_vm_deallocate_trap",
        ),
        (
            mach_nr::TASK_DYLD_PROCESS_INFO_NOTIFY_GET_TRAP,
            "task_dyld_process_info_notify_get_trap",
        ),
        (
            mach_nr::KERNELRPC_MACH_VM_PROTECT_TRAP,
            "_kernelrpc_mach_vm_protect_trap",
        ),
        (
            mach_nr::KERNELRPC_MACH_VM_MAP_TRAP,
            "_kernelrpc_mach_vm_map_trap",
        ),
        (
            mach_nr::KERNELRPC_MACH_PORT_ALLOCATE_TRAP,
            "_kernelrpc_mach_port_allocate_trap",
        ),
        (
            mach_nr::KERNELRPC_MACH_PORT_DEALLOCATE_TRAP,
            "_kernelrpc_mach_port_deallocate_trap",
        ),
        (
            mach_nr::KERNELRPC_MACH_PORT_MOD_REFS_TRAP,
            "_kernelrpc_mach_port_mod_refs_trap",
        ),
        (
            mach_nr::KERNELRPC_MACH_PORT_MOVE_MEMBER_TRAP,
            "_kernelrpc_mach_port_move_member_trap",
        ),
        (
            mach_nr::KERNELRPC_MACH_PORT_INSERT_RIGHT_TRAP,
            "_kernelrpc_mach_port_insert_right_trap",
        ),
        (
            mach_nr::KERNELRPC_MACH_PORT_INSERT_MEMBER_TRAP,
            "_kernelrpc_mach_port_insert_member_trap",
        ),
        (
            mach_nr::KERNELRPC_MACH_PORT_EXTRACT_MEMBER_TRAP,
            "_kernelrpc_mach_port_extract_member_trap",
        ),
        (
            mach_nr::KERNELRPC_MACH_PORT_CONSTRUCT_TRAP,
            "_kernelrpc_mach_port_construct_trap",
        ),
        (
            mach_nr::KERNELRPC_MACH_PORT_DESTRUCT_TRAP,
            "_kernelrpc_mach_port_destruct_trap",
        ),
        (mach_nr::MACH_REPLY_PORT, "mach_reply_port"),
        (mach_nr::THREAD_SELF_TRAP, "thread_self_trap"),
        (mach_nr::TASK_SELF_TRAP, "task_self_trap"),
        (mach_nr::HOST_SELF_TRAP, "host_self_trap"),
        (mach_nr::MACH_MSG_TRAP, "mach_msg_trap"),
        (mach_nr::MACH_MSG_OVERWRITE_TRAP, "mach_msg_overwrite_trap"),
        (mach_nr::SEMAPHORE_SIGNAL_TRAP, "semaphore_signal_trap"),
        (
            mach_nr::SEMAPHORE_SIGNAL_ALL_TRAP,
            "semaphore_signal_all_trap",
        ),
        (
            mach_nr::SEMAPHORE_SIGNAL_THREAD_TRAP,
            "semaphore_signal_thread_trap",
        ),
        (mach_nr::SEMAPHORE_WAIT_TRAP, "semaphore_wait_trap"),
        (
            mach_nr::SEMAPHORE_WAIT_SIGNAL_TRAP,
            "semaphore_wait_signal_trap",
        ),
        (
            mach_nr::SEMAPHORE_TIMEDWAIT_TRAP,
            "semaphore_timedwait_trap",
        ),
        (
            mach_nr::SEMAPHORE_TIMEDWAIT_SIGNAL_TRAP,
            "semaphore_timedwait_signal_trap",
        ),
        (
            mach_nr::KERNELRPC_MACH_PORT_GET_ATTRIBUTES_TRAP,
            "_kernelrpc_mach_port_get_attributes_trap",
        ),
        (
            mach_nr::KERNELRPC_MACH_PORT_GUARD_TRAP,
            "_kernelrpc_mach_port_guard_trap",
        ),
        (
            mach_nr::KERNELRPC_MACH_PORT_UNGUARD_TRAP,
            "_kernelrpc_mach_port_unguard_trap",
        ),
        (
            mach_nr::MACH_GENERATE_ACTIVITY_ID,
            "mach_generate_activity_id",
        ),
        (mach_nr::TASK_NAME_FOR_PID, "task_name_for_pid"),
        (mach_nr::TASK_FOR_PID, "task_for_pid"),
        (mach_nr::PID_FOR_TASK, "pid_for_task"),
        (mach_nr::MACH_MSG2_TRAP, "mach_msg2_trap"),
        (mach_nr::MACX_SWAPON, "macx_swapon"),
        (mach_nr::MACX_SWAPOFF, "macx_swapoff"),
        (
            mach_nr::THREAD_GET_SPECIAL_REPLY_PORT,
            "thread_get_special_reply_port",
        ),
        (mach_nr::MACX_TRIGGERS, "macx_triggers"),
        (
            mach_nr::MACX_BACKING_STORE_SUSPEND,
            "macx_backing_store_suspend",
        ),
        (
            mach_nr::MACX_BACKING_STORE_RECOVERY,
            "macx_backing_store_recovery",
        ),
        (mach_nr::PFZ_EXIT, "pfz_exit"),
        (mach_nr::SWTCH_PRI, "swtch_pri"),
        (mach_nr::SWTCH, "swtch"),
        (mach_nr::THREAD_SWITCH, "thread_switch"),
        (mach_nr::CLOCK_SLEEP_TRAP, "clock_sleep_trap"),
        (
            mach_nr::HOST_CREATE_MACH_VOUCHER_TRAP,
            "host_create_mach_voucher_trap",
        ),
        (
            mach_nr::MACH_VOUCHER_EXTRACT_ATTR_RECIPE_TRAP,
            "mach_voucher_extract_attr_recipe_trap",
        ),
        (
            mach_nr::KERNELRPC_MACH_PORT_TYPE_TRAP,
            "_kernelrpc_mach_port_type_trap",
        ),
        (
            mach_nr::KERNELRPC_MACH_PORT_REQUEST_NOTIFICATION_TRAP,
            "_kernelrpc_mach_port_request_notification_trap",
        ),
        (mach_nr::EXCLAVES_CTL_TRAP, "_exclaves_ctl_trap"),
        (mach_nr::MACH_TIMEBASE_INFO_TRAP, "mach_timebase_info_trap"),
        (mach_nr::MACH_WAIT_UNTIL_TRAP, "mach_wait_until_trap"),
        (mach_nr::MK_TIMER_CREATE_TRAP, "mk_timer_create_trap"),
        (mach_nr::MK_TIMER_DESTROY_TRAP, "mk_timer_destroy_trap"),
        (mach_nr::MK_TIMER_ARM_TRAP, "mk_timer_arm_trap"),
        (mach_nr::MK_TIMER_CANCEL_TRAP, "mk_timer_cancel_trap"),
        (
            mach_nr::MK_TIMER_ARM_LEEWAY_TRAP,
            "mk_timer_arm_leeway_trap",
        ),
        (
            mach_nr::DEBUG_CONTROL_PORT_FOR_PID,
            "debug_control_port_for_pid",
        ),
        (mach_nr::IOKIT_USER_CLIENT_TRAP, "iokit_user_client_trap"),
    ];
    const MACHDEP_NR: &[(u32, &str)] = &[
        (machdep_nr::HV_TASK_TRAP, "hv_task_trap"),
        (machdep_nr::HV_THREAD_TRAP, "hv_thread_trap"),
        (
            machdep_nr::THREAD_FAST_SET_CTHREAD_SELF,
            "thread_fast_set_cthread_self",
        ),
        (machdep_nr::I386_SET_LDT, "i386_set_ldt"),
        (machdep_nr::I386_GET_LDT, "i386_get_ldt"),
    ];

    fn check_nr(table: &'static [SyscallInfo], consts: &[(u32, &str)]) {
        assert_eq!(table.len(), consts.len());
        for &(number, name) in consts {
            let info = find(table, number).unwrap_or_else(|| panic!("{name}: no entry {number}"));
            assert_eq!(info.name, name);
        }
    }

    #[test]
    fn nr_consts_match_tables() {
        check_nr(BSD_SYSCALLS, BSD_NR);
        check_nr(MACH_TRAPS, MACH_NR);
        check_nr(MACHDEP_CALLS, MACHDEP_NR);
    }

    #[test]
    fn tables_sorted_unique_and_consistent() {
        for class in [
            SyscallClass::Unix,
            SyscallClass::Mach,
            SyscallClass::MachDep,
        ] {
            let table = class.table();
            assert!(
                table.windows(2).all(|w| w[0].number < w[1].number),
                "{} table not strictly sorted",
                class.name()
            );
            for s in table {
                assert!(s.args.len() <= 8, "{}", s.name);
                for a in s.args {
                    if let Some(i) = a.related_arg() {
                        assert!(usize::from(i) < s.args.len(), "{}: bad index", s.name);
                    }
                }
            }
        }
        let mut names = std::collections::HashSet::new();
        for (_, s) in all() {
            assert!(names.insert(s.name), "duplicate name {}", s.name);
        }
    }

    #[test]
    fn rax_encoding() {
        assert_eq!(
            SyscallClass::from_rax(0x200_0004),
            Some((SyscallClass::Unix, 4))
        );
        assert_eq!(
            SyscallClass::from_rax(0x100_001f),
            Some((SyscallClass::Mach, 31))
        );
        assert_eq!(
            SyscallClass::from_rax(0x300_0003),
            Some((SyscallClass::MachDep, 3))
        );
        assert_eq!(
            SyscallClass::from_rax(0x400_0000),
            Some((SyscallClass::Diag, 0))
        );
        assert_eq!(SyscallClass::from_rax(0x500_0000), None);
        assert_eq!(SyscallClass::from_rax(4), None);
        assert_eq!(SyscallClass::from_rax(0xff00_0000), None);
        assert_eq!(
            SyscallClass::from_rax(0xdead_0000_0200_0005),
            Some((SyscallClass::Unix, 5))
        );
        for class in [
            SyscallClass::Mach,
            SyscallClass::Unix,
            SyscallClass::MachDep,
            SyscallClass::Diag,
        ] {
            assert_eq!(
                SyscallClass::from_rax(class.to_rax(123)),
                Some((class, 123))
            );
        }
        assert_eq!(SyscallClass::Unix.to_rax(nr::WRITE), 0x200_0004);
        let (class, info) = from_rax(0x200_00c5).unwrap_or_else(|| panic!("mmap"));
        assert_eq!((class, info.name), (SyscallClass::Unix, "mmap"));
    }

    #[test]
    fn well_known_numbers() {
        // Spot checks against the SDK's <sys/syscall.h> and mach_trap_table.
        let expect = [
            (1, "exit"),
            (3, "read"),
            (4, "write"),
            (5, "open"),
            (6, "close"),
            (20, "getpid"),
            (54, "ioctl"),
            (59, "execve"),
            (92, "fcntl"),
            (197, "mmap"),
            (199, "lseek"),
            (202, "sysctl"),
            (274, "sysctlbyname"),
            (294, "shared_region_check_np"),
            (327, "issetugid"),
            (328, "__pthread_kill"),
            (334, "__semwait_signal"),
            (336, "proc_info"),
            (338, "stat64"),
            (339, "fstat64"),
            (344, "getdirentries64"),
            (366, "bsdthread_register"),
            (369, "kevent64"),
            (372, "thread_selfid"),
            (398, "open_nocancel"),
            (463, "openat"),
            (470, "fstatat64"),
            (500, "getentropy"),
            (515, "ulock_wait"),
            (516, "ulock_wake"),
            (540, "preadv"),
        ];
        for (number, name) in expect {
            assert_eq!(bsd(number).map(|s| s.name), Some(name), "{number}");
        }
        for hole in [8, 11, 17, 19, 40, 62, 63, 64, 519] {
            assert_eq!(bsd(hole), None, "{hole}");
        }
        assert_eq!(mach_trap(26).map(|s| s.name), Some("mach_reply_port"));
        assert_eq!(mach_trap(31).map(|s| s.name), Some("mach_msg_trap"));
        assert_eq!(
            mach_trap(89).map(|s| s.name),
            Some("mach_timebase_info_trap")
        );
        assert_eq!(mach_trap(17), None);
        assert_eq!(
            machdep(machdep_nr::THREAD_FAST_SET_CTHREAD_SELF).map(|s| s.name),
            Some("thread_fast_set_cthread_self")
        );
        assert_eq!(machdep_nr::THREAD_FAST_SET_CTHREAD_SELF, 3);
        assert_eq!(lookup(SyscallClass::Diag, 0), None);
        assert_eq!(nr::PTHREAD_KILL, 328);
        assert_eq!(nr::SEMWAIT_SIGNAL, 334);
        assert_eq!(mach_nr::TASK_SELF_TRAP, 28);
    }

    #[test]
    fn argument_shapes() {
        let read = bsd(nr::READ).unwrap_or_else(|| panic!("read"));
        assert_eq!(read.args, &[Fd, OutBuf { len_arg: 2 }, Size]);
        assert_eq!(read.category, Category::File);
        let mmap = bsd(nr::MMAP).unwrap_or_else(|| panic!("mmap"));
        assert_eq!(mmap.args, &[Ptr, Size, MmapProt, MmapFlags, Fd, Off]);
        assert_eq!(mmap.category, Category::Memory);
        let openat = bsd(nr::OPENAT).unwrap_or_else(|| panic!("openat"));
        assert_eq!(openat.args, &[AtFd, Path, OpenFlags, Mode]);
        assert!(OutBuf { len_arg: 2 }.is_output());
        assert!(Path.is_pointer() && !Path.is_output());
        assert!(!Fd.is_pointer());
        assert_eq!(SockAddrOut { len_ptr_arg: 5 }.related_arg(), Some(5));
    }

    #[test]
    fn names() {
        assert_eq!(
            by_name("write").map(|(c, s)| (c, s.number)),
            Some((SyscallClass::Unix, 4))
        );
        assert_eq!(
            by_name("pthread_kill").map(|(c, s)| (c, s.name)),
            Some((SyscallClass::Unix, "__pthread_kill"))
        );
        assert_eq!(
            by_name("mach_msg_trap").map(|(c, s)| (c, s.number)),
            Some((SyscallClass::Mach, 31))
        );
        assert_eq!(
            by_name("kernelrpc_mach_vm_map_trap").map(|(c, s)| (c, s.number)),
            Some((SyscallClass::Mach, 15))
        );
        assert_eq!(
            by_name("thread_fast_set_cthread_self").map(|(c, _)| c),
            Some(SyscallClass::MachDep)
        );
        assert_eq!(by_name("no_such_call"), None);
        assert_eq!(SyscallClass::MachDep.name(), "machdep");
        for c in Category::ALL {
            assert_eq!(Category::from_name(c.name()), Some(c));
        }
        assert_eq!(Category::Ipc.name(), "ipc");
    }
}
