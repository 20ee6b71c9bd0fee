//! Darwin `x86_64` ABI: the `#[repr(C)]` structures the guest exchanges with
//! the kernel and the constants that go with them, all with the values of
//! XNU's headers (never the host's).
//!
//! Every structure carries a compile-time size check against the size the
//! macOS SDK gives it for `x86_64`.

use std::fmt::Write as _;
use std::mem::size_of;

/// `struct timespec`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Timespec {
    pub tv_sec: i64,
    pub tv_nsec: i64,
}
const _: () = assert!(size_of::<Timespec>() == 16);

/// `struct timeval` (`tv_usec` is a 32-bit `suseconds_t` on Darwin, followed
/// by 4 bytes of padding).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Timeval {
    pub tv_sec: i64,
    pub tv_usec: i32,
    /// Explicit padding, so no byte of the struct is undefined.
    pub tv_pad: i32,
}
const _: () = assert!(size_of::<Timeval>() == 16);

/// `struct timezone` (`gettimeofday(2)`, `settimeofday(2)`).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Timezone {
    pub tz_minuteswest: i32,
    pub tz_dsttime: i32,
}
const _: () = assert!(size_of::<Timezone>() == 8);

/// `struct itimerval` (`setitimer(2)`).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Itimerval {
    pub it_interval: Timeval,
    pub it_value: Timeval,
}
const _: () = assert!(size_of::<Itimerval>() == 32);

/// The 64-bit-inode `struct stat` (`$INODE64`, also `struct stat64`), as
/// filled by `stat64`/`fstat64`/`lstat64`/`fstatat64`. There are 4 bytes of
/// padding after `st_rdev`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stat64 {
    pub st_dev: i32,
    pub st_mode: u16,
    pub st_nlink: u16,
    pub st_ino: u64,
    pub st_uid: u32,
    pub st_gid: u32,
    pub st_rdev: i32,
    /// Explicit padding, so no byte of the struct is undefined.
    pub st_pad0: i32,
    pub st_atimespec: Timespec,
    pub st_mtimespec: Timespec,
    pub st_ctimespec: Timespec,
    pub st_birthtimespec: Timespec,
    pub st_size: i64,
    pub st_blocks: i64,
    pub st_blksize: i32,
    pub st_flags: u32,
    pub st_gen: u32,
    pub st_lspare: i32,
    pub st_qspare: [i64; 2],
}
const _: () = assert!(size_of::<Stat64>() == 144);
const _: () = assert!(std::mem::offset_of!(Stat64, st_atimespec) == 32);
const _: () = assert!(std::mem::offset_of!(Stat64, st_size) == 96);

/// `struct winsize` (`TIOCGWINSZ`).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Winsize {
    pub ws_row: u16,
    pub ws_col: u16,
    pub ws_xpixel: u16,
    pub ws_ypixel: u16,
}
const _: () = assert!(size_of::<Winsize>() == 8);

/// `struct termios` for 64-bit processes: `tcflag_t` and `speed_t` are
/// `unsigned long`. There are 4 bytes of padding after `c_cc`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Termios {
    pub c_iflag: u64,
    pub c_oflag: u64,
    pub c_cflag: u64,
    pub c_lflag: u64,
    pub c_cc: [u8; termios::NCCS],
    /// Explicit padding, so no byte of the struct is undefined.
    pub c_pad: [u8; 4],
    pub c_ispeed: u64,
    pub c_ospeed: u64,
}
const _: () = assert!(size_of::<Termios>() == 72);

/// `struct iovec`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Iovec {
    pub iov_base: u64,
    pub iov_len: u64,
}
const _: () = assert!(size_of::<Iovec>() == 16);

/// `struct rusage`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Rusage {
    pub ru_utime: Timeval,
    pub ru_stime: Timeval,
    pub ru_maxrss: i64,
    pub ru_ixrss: i64,
    pub ru_idrss: i64,
    pub ru_isrss: i64,
    pub ru_minflt: i64,
    pub ru_majflt: i64,
    pub ru_nswap: i64,
    pub ru_inblock: i64,
    pub ru_oublock: i64,
    pub ru_msgsnd: i64,
    pub ru_msgrcv: i64,
    pub ru_nsignals: i64,
    pub ru_nvcsw: i64,
    pub ru_nivcsw: i64,
}
const _: () = assert!(size_of::<Rusage>() == 144);

/// `struct rlimit`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Rlimit {
    pub rlim_cur: u64,
    pub rlim_max: u64,
}
const _: () = assert!(size_of::<Rlimit>() == 16);

/// `fsid_t`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Fsid {
    pub val: [i32; 2],
}
const _: () = assert!(size_of::<Fsid>() == 8);

/// `MFSTYPENAMELEN`.
pub const MFSTYPENAMELEN: usize = 16;
/// `MAXPATHLEN` (also `PATH_MAX`).
pub const MAXPATHLEN: usize = 1024;

/// `struct statfs` with 64-bit inodes (`struct statfs64`, `$INODE64`).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Statfs64 {
    pub f_bsize: u32,
    pub f_iosize: i32,
    pub f_blocks: u64,
    pub f_bfree: u64,
    pub f_bavail: u64,
    pub f_files: u64,
    pub f_ffree: u64,
    pub f_fsid: Fsid,
    pub f_owner: u32,
    pub f_type: u32,
    pub f_flags: u32,
    pub f_fssubtype: u32,
    pub f_fstypename: [u8; MFSTYPENAMELEN],
    pub f_mntonname: [u8; MAXPATHLEN],
    pub f_mntfromname: [u8; MAXPATHLEN],
    pub f_flags_ext: u32,
    pub f_reserved: [u32; 7],
}
const _: () = assert!(size_of::<Statfs64>() == 2168);

impl Default for Statfs64 {
    fn default() -> Self {
        Self {
            f_bsize: 0,
            f_iosize: 0,
            f_blocks: 0,
            f_bfree: 0,
            f_bavail: 0,
            f_files: 0,
            f_ffree: 0,
            f_fsid: Fsid::default(),
            f_owner: 0,
            f_type: 0,
            f_flags: 0,
            f_fssubtype: 0,
            f_fstypename: [0; MFSTYPENAMELEN],
            f_mntonname: [0; MAXPATHLEN],
            f_mntfromname: [0; MAXPATHLEN],
            f_flags_ext: 0,
            f_reserved: [0; 7],
        }
    }
}

/// `struct flock` (`F_GETLK`, `F_SETLK`, `F_SETLKW`).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flock {
    pub l_start: i64,
    pub l_len: i64,
    pub l_pid: i32,
    pub l_type: i16,
    pub l_whence: i16,
}
const _: () = assert!(size_of::<Flock>() == 24);

/// `stack_t` / `struct sigaltstack` (4 bytes of padding at the end).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sigaltstack {
    pub ss_sp: u64,
    pub ss_size: u64,
    pub ss_flags: i32,
}
const _: () = assert!(size_of::<Sigaltstack>() == 24);

/// `mach_timebase_info_data_t`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MachTimebaseInfo {
    pub numer: u32,
    pub denom: u32,
}
const _: () = assert!(size_of::<MachTimebaseInfo>() == 8);

/// Renders `value` as `NAME|NAME|0x<rest>` using a `NAMES` table; `"0"`
/// when nothing is set. Entries whose value is 0 are ignored; an entry
/// matches only when all of its bits are set, and the bits it covers are
/// then consumed (so put multi-bit masks before their single bits).
#[must_use]
pub fn format_flags(value: u64, names: &[(u64, &str)]) -> String {
    let mut out = String::new();
    let mut rest = value;
    for &(bits, name) in names {
        if bits != 0 && rest & bits == bits {
            if !out.is_empty() {
                out.push('|');
            }
            out.push_str(name);
            rest &= !bits;
        }
    }
    if rest != 0 || out.is_empty() {
        if !out.is_empty() {
            out.push('|');
        }
        let _ = write!(out, "{rest:#x}");
    }
    out
}

/// `open(2)` flags (`bsd/sys/fcntl.h`).
pub mod oflags {
    use std::fmt::Write as _;

    pub const O_RDONLY: u32 = 0x0000;
    pub const O_WRONLY: u32 = 0x0001;
    pub const O_RDWR: u32 = 0x0002;
    pub const O_ACCMODE: u32 = 0x0003;
    pub const O_NONBLOCK: u32 = 0x0000_0004;
    /// Compatibility alias of `O_NONBLOCK`.
    pub const O_NDELAY: u32 = O_NONBLOCK;
    pub const O_APPEND: u32 = 0x0000_0008;
    pub const O_SHLOCK: u32 = 0x0000_0010;
    pub const O_EXLOCK: u32 = 0x0000_0020;
    pub const O_ASYNC: u32 = 0x0000_0040;
    pub const O_SYNC: u32 = 0x0000_0080;
    /// Source-compatibility alias of `O_SYNC`.
    pub const O_FSYNC: u32 = O_SYNC;
    pub const O_NOFOLLOW: u32 = 0x0000_0100;
    pub const O_CREAT: u32 = 0x0000_0200;
    pub const O_TRUNC: u32 = 0x0000_0400;
    pub const O_EXCL: u32 = 0x0000_0800;
    pub const O_RESOLVE_BENEATH: u32 = 0x0000_1000;
    pub const O_EVTONLY: u32 = 0x0000_8000;
    pub const O_NOCTTY: u32 = 0x0002_0000;
    pub const O_DIRECTORY: u32 = 0x0010_0000;
    pub const O_SYMLINK: u32 = 0x0020_0000;
    pub const O_DSYNC: u32 = 0x0040_0000;
    pub const O_CLOEXEC: u32 = 0x0100_0000;
    /// Kernel-side bit of `FD_CLOFORK` on open.
    pub const O_CLOFORK: u32 = 0x0800_0000;
    pub const O_NOFOLLOW_ANY: u32 = 0x2000_0000;
    pub const O_EXEC: u32 = 0x4000_0000;
    pub const O_SEARCH: u32 = O_EXEC | O_DIRECTORY;

    /// Flag bits other than the access mode, for [`super::format_flags`].
    pub const NAMES: &[(u64, &str)] = &[
        (O_NONBLOCK as u64, "O_NONBLOCK"),
        (O_APPEND as u64, "O_APPEND"),
        (O_SHLOCK as u64, "O_SHLOCK"),
        (O_EXLOCK as u64, "O_EXLOCK"),
        (O_ASYNC as u64, "O_ASYNC"),
        (O_SYNC as u64, "O_SYNC"),
        (O_NOFOLLOW as u64, "O_NOFOLLOW"),
        (O_CREAT as u64, "O_CREAT"),
        (O_TRUNC as u64, "O_TRUNC"),
        (O_EXCL as u64, "O_EXCL"),
        (O_RESOLVE_BENEATH as u64, "O_RESOLVE_BENEATH"),
        (O_EVTONLY as u64, "O_EVTONLY"),
        (O_NOCTTY as u64, "O_NOCTTY"),
        (O_DIRECTORY as u64, "O_DIRECTORY"),
        (O_SYMLINK as u64, "O_SYMLINK"),
        (O_DSYNC as u64, "O_DSYNC"),
        (O_CLOEXEC as u64, "O_CLOEXEC"),
        (O_CLOFORK as u64, "O_CLOFORK"),
        (O_NOFOLLOW_ANY as u64, "O_NOFOLLOW_ANY"),
        (O_EXEC as u64, "O_EXEC"),
    ];

    /// Renders open flags the way a tracer shows them:
    /// `O_RDWR|O_CREAT|O_CLOEXEC`.
    #[must_use]
    pub fn describe(flags: u64) -> String {
        let mut out = String::from(match flags & u64::from(O_ACCMODE) {
            0 => "O_RDONLY",
            1 => "O_WRONLY",
            2 => "O_RDWR",
            _ => "O_ACCMODE",
        });
        let rest = flags & !u64::from(O_ACCMODE);
        if rest != 0 {
            let _ = write!(out, "|{}", super::format_flags(rest, NAMES));
        }
        out
    }
}

/// `mmap(2)`, `mprotect(2)`, `msync(2)`, `madvise(2)` constants
/// (`bsd/sys/mman.h`).
pub mod mman {
    pub const PROT_NONE: u32 = 0x00;
    pub const PROT_READ: u32 = 0x01;
    pub const PROT_WRITE: u32 = 0x02;
    pub const PROT_EXEC: u32 = 0x04;

    pub const MAP_SHARED: u32 = 0x0001;
    pub const MAP_PRIVATE: u32 = 0x0002;
    /// Obsolete alias of `MAP_PRIVATE`.
    pub const MAP_COPY: u32 = MAP_PRIVATE;
    pub const MAP_FIXED: u32 = 0x0010;
    pub const MAP_RENAME: u32 = 0x0020;
    pub const MAP_NORESERVE: u32 = 0x0040;
    pub const MAP_RESERVED0080: u32 = 0x0080;
    pub const MAP_NOEXTEND: u32 = 0x0100;
    pub const MAP_HASSEMAPHORE: u32 = 0x0200;
    pub const MAP_NOCACHE: u32 = 0x0400;
    pub const MAP_JIT: u32 = 0x0800;
    pub const MAP_FILE: u32 = 0x0000;
    pub const MAP_ANON: u32 = 0x1000;
    pub const MAP_ANONYMOUS: u32 = MAP_ANON;
    pub const MAP_RESILIENT_CODESIGN: u32 = 0x2000;
    pub const MAP_RESILIENT_MEDIA: u32 = 0x4000;
    pub const MAP_32BIT: u32 = 0x8000;
    pub const MAP_TRANSLATED_ALLOW_EXECUTE: u32 = 0x2_0000;
    pub const MAP_UNIX03: u32 = 0x4_0000;
    pub const MAP_TPRO: u32 = 0x8_0000;
    /// `(void *)-1`.
    pub const MAP_FAILED: u64 = u64::MAX;

    pub const MCL_CURRENT: u32 = 0x0001;
    pub const MCL_FUTURE: u32 = 0x0002;

    pub const MS_ASYNC: u32 = 0x0001;
    pub const MS_INVALIDATE: u32 = 0x0002;
    pub const MS_KILLPAGES: u32 = 0x0004;
    pub const MS_DEACTIVATE: u32 = 0x0008;
    pub const MS_SYNC: u32 = 0x0010;

    pub const MADV_NORMAL: u32 = 0;
    pub const MADV_RANDOM: u32 = 1;
    pub const MADV_SEQUENTIAL: u32 = 2;
    pub const MADV_WILLNEED: u32 = 3;
    pub const MADV_DONTNEED: u32 = 4;
    pub const MADV_FREE: u32 = 5;
    pub const MADV_ZERO_WIRED_PAGES: u32 = 6;
    pub const MADV_FREE_REUSABLE: u32 = 7;
    pub const MADV_FREE_REUSE: u32 = 8;
    pub const MADV_CAN_REUSE: u32 = 9;
    pub const MADV_PAGEOUT: u32 = 10;
    pub const MADV_ZERO: u32 = 11;

    /// `mmap` flag names for [`super::format_flags`].
    pub const NAMES: &[(u64, &str)] = &[
        (MAP_SHARED as u64, "MAP_SHARED"),
        (MAP_PRIVATE as u64, "MAP_PRIVATE"),
        (MAP_FIXED as u64, "MAP_FIXED"),
        (MAP_RENAME as u64, "MAP_RENAME"),
        (MAP_NORESERVE as u64, "MAP_NORESERVE"),
        (MAP_RESERVED0080 as u64, "MAP_RESERVED0080"),
        (MAP_NOEXTEND as u64, "MAP_NOEXTEND"),
        (MAP_HASSEMAPHORE as u64, "MAP_HASSEMAPHORE"),
        (MAP_NOCACHE as u64, "MAP_NOCACHE"),
        (MAP_JIT as u64, "MAP_JIT"),
        (MAP_ANON as u64, "MAP_ANON"),
        (MAP_RESILIENT_CODESIGN as u64, "MAP_RESILIENT_CODESIGN"),
        (MAP_RESILIENT_MEDIA as u64, "MAP_RESILIENT_MEDIA"),
        (MAP_32BIT as u64, "MAP_32BIT"),
        (
            MAP_TRANSLATED_ALLOW_EXECUTE as u64,
            "MAP_TRANSLATED_ALLOW_EXECUTE",
        ),
        (MAP_UNIX03 as u64, "MAP_UNIX03"),
        (MAP_TPRO as u64, "MAP_TPRO"),
    ];

    /// Protection names for [`super::format_flags`] (0 renders as `0x0`;
    /// use [`describe_prot`] for `PROT_NONE`).
    pub const PROT_NAMES: &[(u64, &str)] = &[
        (PROT_READ as u64, "PROT_READ"),
        (PROT_WRITE as u64, "PROT_WRITE"),
        (PROT_EXEC as u64, "PROT_EXEC"),
    ];

    /// `PROT_READ|PROT_WRITE`, or `PROT_NONE`.
    #[must_use]
    pub fn describe_prot(prot: u64) -> String {
        if prot == 0 {
            String::from("PROT_NONE")
        } else {
            super::format_flags(prot, PROT_NAMES)
        }
    }
}

/// `fcntl(2)` commands, descriptor flags, `*at(2)` flags and `lseek(2)`
/// whences (`bsd/sys/fcntl.h`, `sys/_types/_seek_set.h`).
pub mod fcntl {
    pub const F_DUPFD: i32 = 0;
    pub const F_GETFD: i32 = 1;
    pub const F_SETFD: i32 = 2;
    pub const F_GETFL: i32 = 3;
    pub const F_SETFL: i32 = 4;
    pub const F_GETOWN: i32 = 5;
    pub const F_SETOWN: i32 = 6;
    pub const F_GETLK: i32 = 7;
    pub const F_SETLK: i32 = 8;
    pub const F_SETLKW: i32 = 9;
    pub const F_SETLKWTIMEOUT: i32 = 10;
    pub const F_FLUSH_DATA: i32 = 40;
    pub const F_CHKCLEAN: i32 = 41;
    pub const F_PREALLOCATE: i32 = 42;
    pub const F_SETSIZE: i32 = 43;
    pub const F_RDADVISE: i32 = 44;
    pub const F_RDAHEAD: i32 = 45;
    pub const F_NOCACHE: i32 = 48;
    pub const F_LOG2PHYS: i32 = 49;
    pub const F_GETPATH: i32 = 50;
    pub const F_FULLFSYNC: i32 = 51;
    pub const F_PATHPKG_CHECK: i32 = 52;
    pub const F_FREEZE_FS: i32 = 53;
    pub const F_THAW_FS: i32 = 54;
    pub const F_GLOBAL_NOCACHE: i32 = 55;
    pub const F_OPENFROM: i32 = 56;
    pub const F_UNLINKFROM: i32 = 57;
    pub const F_CHECK_OPENEVT: i32 = 58;
    pub const F_ADDSIGS: i32 = 59;
    pub const F_MARKDEPENDENCY: i32 = 60;
    pub const F_ADDFILESIGS: i32 = 61;
    pub const F_NODIRECT: i32 = 62;
    pub const F_GETPROTECTIONCLASS: i32 = 63;
    pub const F_SETPROTECTIONCLASS: i32 = 64;
    pub const F_LOG2PHYS_EXT: i32 = 65;
    pub const F_GETLKPID: i32 = 66;
    pub const F_DUPFD_CLOEXEC: i32 = 67;
    pub const F_SETSTATICCONTENT: i32 = 68;
    pub const F_MOVEDATAEXTENTS: i32 = 69;
    pub const F_SETBACKINGSTORE: i32 = 70;
    pub const F_GETPATH_MTMINFO: i32 = 71;
    pub const F_GETCODEDIR: i32 = 72;
    pub const F_SETNOSIGPIPE: i32 = 73;
    pub const F_GETNOSIGPIPE: i32 = 74;
    pub const F_TRANSCODEKEY: i32 = 75;
    pub const F_SINGLE_WRITER: i32 = 76;
    pub const F_GETPROTECTIONLEVEL: i32 = 77;
    pub const F_FINDSIGS: i32 = 78;
    pub const F_GETDEFAULTPROTLEVEL: i32 = 79;
    pub const F_MAKECOMPRESSED: i32 = 80;
    pub const F_SET_GREEDY_MODE: i32 = 81;
    pub const F_SETIOTYPE: i32 = 82;
    pub const F_ADDFILESIGS_FOR_DYLD_SIM: i32 = 83;
    pub const F_RECYCLE: i32 = 84;
    pub const F_BARRIERFSYNC: i32 = 85;
    pub const F_OFD_SETLK: i32 = 90;
    pub const F_OFD_SETLKW: i32 = 91;
    pub const F_OFD_GETLK: i32 = 92;
    pub const F_OFD_SETLKWTIMEOUT: i32 = 93;
    pub const F_OFD_GETLKPID: i32 = 94;
    pub const F_SETCONFINED: i32 = 95;
    pub const F_GETCONFINED: i32 = 96;
    pub const F_ADDFILESIGS_RETURN: i32 = 97;
    pub const F_CHECK_LV: i32 = 98;
    pub const F_PUNCHHOLE: i32 = 99;
    pub const F_TRIM_ACTIVE_FILE: i32 = 100;
    pub const F_SPECULATIVE_READ: i32 = 101;
    pub const F_GETPATH_NOFIRMLINK: i32 = 102;
    pub const F_ADDFILESIGS_INFO: i32 = 103;
    pub const F_ADDFILESUPPL: i32 = 104;
    pub const F_GETSIGSINFO: i32 = 105;
    pub const F_SETLEASE: i32 = 106;
    pub const F_GETLEASE: i32 = 107;
    pub const F_ASSERT_BG_ACCESS: i32 = 108;
    pub const F_RELEASE_BG_ACCESS: i32 = 109;
    pub const F_TRANSFEREXTENTS: i32 = 110;
    pub const F_ATTRIBUTION_TAG: i32 = 111;
    pub const F_NOCACHE_EXT: i32 = 112;
    pub const F_ADDSIGS_MAIN_BINARY: i32 = 113;

    /// Descriptor flags (`F_GETFD`/`F_SETFD`).
    pub const FD_CLOEXEC: i32 = 1;
    pub const FD_CLOFORK: i32 = 2;

    /// Lock types (`struct flock` `l_type`).
    pub const F_RDLCK: i16 = 1;
    pub const F_UNLCK: i16 = 2;
    pub const F_WRLCK: i16 = 3;

    /// The `fd` of the `*at(2)` calls meaning "the current directory".
    pub const AT_FDCWD: i32 = -2;
    pub const AT_EACCESS: u32 = 0x0010;
    pub const AT_SYMLINK_NOFOLLOW: u32 = 0x0020;
    pub const AT_SYMLINK_FOLLOW: u32 = 0x0040;
    pub const AT_REMOVEDIR: u32 = 0x0080;
    pub const AT_REMOVEDIR_DATALESS: u32 = 0x0100;
    pub const AT_REALDEV: u32 = 0x0200;
    pub const AT_FDONLY: u32 = 0x0400;
    pub const AT_SYMLINK_NOFOLLOW_ANY: u32 = 0x0800;
    pub const AT_SYSTEM_DISCARDED: u32 = 0x1000;

    pub const SEEK_SET: i32 = 0;
    pub const SEEK_CUR: i32 = 1;
    pub const SEEK_END: i32 = 2;
    pub const SEEK_HOLE: i32 = 3;
    pub const SEEK_DATA: i32 = 4;

    /// `*at(2)` flag names for [`super::format_flags`].
    pub const AT_NAMES: &[(u64, &str)] = &[
        (AT_EACCESS as u64, "AT_EACCESS"),
        (AT_SYMLINK_NOFOLLOW as u64, "AT_SYMLINK_NOFOLLOW"),
        (AT_SYMLINK_FOLLOW as u64, "AT_SYMLINK_FOLLOW"),
        (AT_REMOVEDIR as u64, "AT_REMOVEDIR"),
        (AT_REMOVEDIR_DATALESS as u64, "AT_REMOVEDIR_DATALESS"),
        (AT_REALDEV as u64, "AT_REALDEV"),
        (AT_FDONLY as u64, "AT_FDONLY"),
        (AT_SYMLINK_NOFOLLOW_ANY as u64, "AT_SYMLINK_NOFOLLOW_ANY"),
        (AT_SYSTEM_DISCARDED as u64, "AT_SYSTEM_DISCARDED"),
    ];

    /// Descriptor flag names for [`super::format_flags`].
    pub const FD_NAMES: &[(u64, &str)] = &[(1, "FD_CLOEXEC"), (2, "FD_CLOFORK")];

    /// `(command, name)` for every `fcntl` command above, sorted by number.
    pub const CMD_NAMES: &[(i32, &str)] = &[
        (F_DUPFD, "F_DUPFD"),
        (F_GETFD, "F_GETFD"),
        (F_SETFD, "F_SETFD"),
        (F_GETFL, "F_GETFL"),
        (F_SETFL, "F_SETFL"),
        (F_GETOWN, "F_GETOWN"),
        (F_SETOWN, "F_SETOWN"),
        (F_GETLK, "F_GETLK"),
        (F_SETLK, "F_SETLK"),
        (F_SETLKW, "F_SETLKW"),
        (F_SETLKWTIMEOUT, "F_SETLKWTIMEOUT"),
        (F_FLUSH_DATA, "F_FLUSH_DATA"),
        (F_CHKCLEAN, "F_CHKCLEAN"),
        (F_PREALLOCATE, "F_PREALLOCATE"),
        (F_SETSIZE, "F_SETSIZE"),
        (F_RDADVISE, "F_RDADVISE"),
        (F_RDAHEAD, "F_RDAHEAD"),
        (F_NOCACHE, "F_NOCACHE"),
        (F_LOG2PHYS, "F_LOG2PHYS"),
        (F_GETPATH, "F_GETPATH"),
        (F_FULLFSYNC, "F_FULLFSYNC"),
        (F_PATHPKG_CHECK, "F_PATHPKG_CHECK"),
        (F_FREEZE_FS, "F_FREEZE_FS"),
        (F_THAW_FS, "F_THAW_FS"),
        (F_GLOBAL_NOCACHE, "F_GLOBAL_NOCACHE"),
        (F_OPENFROM, "F_OPENFROM"),
        (F_UNLINKFROM, "F_UNLINKFROM"),
        (F_CHECK_OPENEVT, "F_CHECK_OPENEVT"),
        (F_ADDSIGS, "F_ADDSIGS"),
        (F_MARKDEPENDENCY, "F_MARKDEPENDENCY"),
        (F_ADDFILESIGS, "F_ADDFILESIGS"),
        (F_NODIRECT, "F_NODIRECT"),
        (F_GETPROTECTIONCLASS, "F_GETPROTECTIONCLASS"),
        (F_SETPROTECTIONCLASS, "F_SETPROTECTIONCLASS"),
        (F_LOG2PHYS_EXT, "F_LOG2PHYS_EXT"),
        (F_GETLKPID, "F_GETLKPID"),
        (F_DUPFD_CLOEXEC, "F_DUPFD_CLOEXEC"),
        (F_SETSTATICCONTENT, "F_SETSTATICCONTENT"),
        (F_MOVEDATAEXTENTS, "F_MOVEDATAEXTENTS"),
        (F_SETBACKINGSTORE, "F_SETBACKINGSTORE"),
        (F_GETPATH_MTMINFO, "F_GETPATH_MTMINFO"),
        (F_GETCODEDIR, "F_GETCODEDIR"),
        (F_SETNOSIGPIPE, "F_SETNOSIGPIPE"),
        (F_GETNOSIGPIPE, "F_GETNOSIGPIPE"),
        (F_TRANSCODEKEY, "F_TRANSCODEKEY"),
        (F_SINGLE_WRITER, "F_SINGLE_WRITER"),
        (F_GETPROTECTIONLEVEL, "F_GETPROTECTIONLEVEL"),
        (F_FINDSIGS, "F_FINDSIGS"),
        (F_GETDEFAULTPROTLEVEL, "F_GETDEFAULTPROTLEVEL"),
        (F_MAKECOMPRESSED, "F_MAKECOMPRESSED"),
        (F_SET_GREEDY_MODE, "F_SET_GREEDY_MODE"),
        (F_SETIOTYPE, "F_SETIOTYPE"),
        (F_ADDFILESIGS_FOR_DYLD_SIM, "F_ADDFILESIGS_FOR_DYLD_SIM"),
        (F_RECYCLE, "F_RECYCLE"),
        (F_BARRIERFSYNC, "F_BARRIERFSYNC"),
        (F_OFD_SETLK, "F_OFD_SETLK"),
        (F_OFD_SETLKW, "F_OFD_SETLKW"),
        (F_OFD_GETLK, "F_OFD_GETLK"),
        (F_OFD_SETLKWTIMEOUT, "F_OFD_SETLKWTIMEOUT"),
        (F_OFD_GETLKPID, "F_OFD_GETLKPID"),
        (F_SETCONFINED, "F_SETCONFINED"),
        (F_GETCONFINED, "F_GETCONFINED"),
        (F_ADDFILESIGS_RETURN, "F_ADDFILESIGS_RETURN"),
        (F_CHECK_LV, "F_CHECK_LV"),
        (F_PUNCHHOLE, "F_PUNCHHOLE"),
        (F_TRIM_ACTIVE_FILE, "F_TRIM_ACTIVE_FILE"),
        (F_SPECULATIVE_READ, "F_SPECULATIVE_READ"),
        (F_GETPATH_NOFIRMLINK, "F_GETPATH_NOFIRMLINK"),
        (F_ADDFILESIGS_INFO, "F_ADDFILESIGS_INFO"),
        (F_ADDFILESUPPL, "F_ADDFILESUPPL"),
        (F_GETSIGSINFO, "F_GETSIGSINFO"),
        (F_SETLEASE, "F_SETLEASE"),
        (F_GETLEASE, "F_GETLEASE"),
        (F_ASSERT_BG_ACCESS, "F_ASSERT_BG_ACCESS"),
        (F_RELEASE_BG_ACCESS, "F_RELEASE_BG_ACCESS"),
        (F_TRANSFEREXTENTS, "F_TRANSFEREXTENTS"),
        (F_ATTRIBUTION_TAG, "F_ATTRIBUTION_TAG"),
        (F_NOCACHE_EXT, "F_NOCACHE_EXT"),
        (F_ADDSIGS_MAIN_BINARY, "F_ADDSIGS_MAIN_BINARY"),
    ];

    /// The name of an `fcntl` command, e.g. `"F_GETPATH"` for 50.
    #[must_use]
    pub fn cmd_name(cmd: i32) -> Option<&'static str> {
        CMD_NAMES
            .binary_search_by_key(&cmd, |e| e.0)
            .ok()
            .and_then(|i| CMD_NAMES.get(i))
            .map(|e| e.1)
    }

    /// The name of an `lseek` whence, e.g. `"SEEK_END"`.
    #[must_use]
    pub fn whence_name(whence: i32) -> Option<&'static str> {
        match whence {
            SEEK_SET => Some("SEEK_SET"),
            SEEK_CUR => Some("SEEK_CUR"),
            SEEK_END => Some("SEEK_END"),
            SEEK_HOLE => Some("SEEK_HOLE"),
            SEEK_DATA => Some("SEEK_DATA"),
            _ => None,
        }
    }
}

/// File type and permission bits of `st_mode` (`sys/_types/_s_ifmt.h`).
pub mod mode {
    pub const S_IFMT: u32 = 0o170_000;
    pub const S_IFIFO: u32 = 0o010_000;
    pub const S_IFCHR: u32 = 0o020_000;
    pub const S_IFDIR: u32 = 0o040_000;
    pub const S_IFBLK: u32 = 0o060_000;
    pub const S_IFREG: u32 = 0o100_000;
    pub const S_IFLNK: u32 = 0o120_000;
    pub const S_IFSOCK: u32 = 0o140_000;
    pub const S_IFWHT: u32 = 0o160_000;

    pub const S_ISUID: u32 = 0o4000;
    pub const S_ISGID: u32 = 0o2000;
    pub const S_ISVTX: u32 = 0o1000;
    pub const S_IRWXU: u32 = 0o700;
    pub const S_IRUSR: u32 = 0o400;
    pub const S_IWUSR: u32 = 0o200;
    pub const S_IXUSR: u32 = 0o100;
    pub const S_IRWXG: u32 = 0o070;
    pub const S_IRGRP: u32 = 0o040;
    pub const S_IWGRP: u32 = 0o020;
    pub const S_IXGRP: u32 = 0o010;
    pub const S_IRWXO: u32 = 0o007;
    pub const S_IROTH: u32 = 0o004;
    pub const S_IWOTH: u32 = 0o002;
    pub const S_IXOTH: u32 = 0o001;
    /// Permission and special bits (`ALLPERMS`).
    pub const ALLPERMS: u32 = 0o7777;

    /// File type names for the values under `S_IFMT`.
    pub const NAMES: &[(u64, &str)] = &[
        (S_IFIFO as u64, "S_IFIFO"),
        (S_IFCHR as u64, "S_IFCHR"),
        (S_IFDIR as u64, "S_IFDIR"),
        (S_IFBLK as u64, "S_IFBLK"),
        (S_IFREG as u64, "S_IFREG"),
        (S_IFLNK as u64, "S_IFLNK"),
        (S_IFSOCK as u64, "S_IFSOCK"),
        (S_IFWHT as u64, "S_IFWHT"),
    ];

    /// The name of the file type in `mode`, e.g. `"S_IFREG"`.
    #[must_use]
    pub fn type_name(mode: u32) -> Option<&'static str> {
        let kind = u64::from(mode & S_IFMT);
        NAMES.iter().find(|e| e.0 == kind).map(|e| e.1)
    }

    /// `d_type` values of `struct dirent` (`DT_*`).
    pub const DT_UNKNOWN: u8 = 0;
    pub const DT_FIFO: u8 = 1;
    pub const DT_CHR: u8 = 2;
    pub const DT_DIR: u8 = 4;
    pub const DT_BLK: u8 = 6;
    pub const DT_REG: u8 = 8;
    pub const DT_LNK: u8 = 10;
    pub const DT_SOCK: u8 = 12;
    pub const DT_WHT: u8 = 14;

    /// `IFTODT`: the `d_type` for a mode.
    #[must_use]
    pub const fn iftodt(mode: u32) -> u8 {
        ((mode & S_IFMT) >> 12) as u8
    }
}

/// `termios` constants (`bsd/sys/termios.h`).
pub mod termios {
    /// Size of `c_cc`.
    pub const NCCS: usize = 20;

    pub const VEOF: usize = 0;
    pub const VEOL: usize = 1;
    pub const VEOL2: usize = 2;
    pub const VERASE: usize = 3;
    pub const VWERASE: usize = 4;
    pub const VKILL: usize = 5;
    pub const VREPRINT: usize = 6;
    pub const VINTR: usize = 8;
    pub const VQUIT: usize = 9;
    pub const VSUSP: usize = 10;
    pub const VDSUSP: usize = 11;
    pub const VSTART: usize = 12;
    pub const VSTOP: usize = 13;
    pub const VLNEXT: usize = 14;
    pub const VDISCARD: usize = 15;
    pub const VMIN: usize = 16;
    pub const VTIME: usize = 17;
    pub const VSTATUS: usize = 18;

    // c_iflag
    pub const IGNBRK: u64 = 0x0000_0001;
    pub const BRKINT: u64 = 0x0000_0002;
    pub const IGNPAR: u64 = 0x0000_0004;
    pub const PARMRK: u64 = 0x0000_0008;
    pub const INPCK: u64 = 0x0000_0010;
    pub const ISTRIP: u64 = 0x0000_0020;
    pub const INLCR: u64 = 0x0000_0040;
    pub const IGNCR: u64 = 0x0000_0080;
    pub const ICRNL: u64 = 0x0000_0100;
    pub const IXON: u64 = 0x0000_0200;
    pub const IXOFF: u64 = 0x0000_0400;
    pub const IXANY: u64 = 0x0000_0800;
    pub const IMAXBEL: u64 = 0x0000_2000;
    pub const IUTF8: u64 = 0x0000_4000;

    // c_oflag
    pub const OPOST: u64 = 0x0000_0001;
    pub const ONLCR: u64 = 0x0000_0002;
    pub const OXTABS: u64 = 0x0000_0004;
    pub const ONOEOT: u64 = 0x0000_0008;
    pub const OCRNL: u64 = 0x0000_0010;
    pub const ONOCR: u64 = 0x0000_0020;
    pub const ONLRET: u64 = 0x0000_0040;

    // c_cflag
    pub const CIGNORE: u64 = 0x0000_0001;
    pub const CSIZE: u64 = 0x0000_0300;
    pub const CS5: u64 = 0x0000_0000;
    pub const CS6: u64 = 0x0000_0100;
    pub const CS7: u64 = 0x0000_0200;
    pub const CS8: u64 = 0x0000_0300;
    pub const CSTOPB: u64 = 0x0000_0400;
    pub const CREAD: u64 = 0x0000_0800;
    pub const PARENB: u64 = 0x0000_1000;
    pub const PARODD: u64 = 0x0000_2000;
    pub const HUPCL: u64 = 0x0000_4000;
    pub const CLOCAL: u64 = 0x0000_8000;
    pub const CCTS_OFLOW: u64 = 0x0001_0000;
    pub const CRTS_IFLOW: u64 = 0x0002_0000;

    // c_lflag
    pub const ECHOKE: u64 = 0x0000_0001;
    pub const ECHOE: u64 = 0x0000_0002;
    pub const ECHOK: u64 = 0x0000_0004;
    pub const ECHO: u64 = 0x0000_0008;
    pub const ECHONL: u64 = 0x0000_0010;
    pub const ECHOPRT: u64 = 0x0000_0020;
    pub const ECHOCTL: u64 = 0x0000_0040;
    pub const ISIG: u64 = 0x0000_0080;
    pub const ICANON: u64 = 0x0000_0100;
    pub const ALTWERASE: u64 = 0x0000_0200;
    pub const IEXTEN: u64 = 0x0000_0400;
    pub const EXTPROC: u64 = 0x0000_0800;
    pub const TOSTOP: u64 = 0x0040_0000;
    pub const FLUSHO: u64 = 0x0080_0000;
    pub const NOKERNINFO: u64 = 0x0200_0000;
    pub const PENDIN: u64 = 0x2000_0000;
    pub const NOFLSH: u64 = 0x8000_0000;

    // tcsetattr actions, tcflush queues
    pub const TCSANOW: i32 = 0;
    pub const TCSADRAIN: i32 = 1;
    pub const TCSAFLUSH: i32 = 2;
    pub const TCSASOFT: i32 = 0x10;
    pub const TCIFLUSH: i32 = 1;
    pub const TCOFLUSH: i32 = 2;
    pub const TCIOFLUSH: i32 = 3;

    /// Darwin speeds are the baud rate itself (`B9600 == 9600`).
    pub const B0: u64 = 0;
    pub const B9600: u64 = 9600;
    pub const B38400: u64 = 38400;
    pub const B115200: u64 = 115_200;
    pub const B230400: u64 = 230_400;
}

/// `ioctl(2)` request numbers, computed from XNU's `_IO`/`_IOR`/`_IOW`
/// macros (`bsd/sys/ioccom.h`, `ttycom.h`, `filio.h`).
pub mod ioctl {
    use super::{Termios, Timeval, Winsize};
    use std::mem::size_of;

    pub const IOCPARM_MASK: u32 = 0x1fff;
    pub const IOC_VOID: u32 = 0x2000_0000;
    pub const IOC_OUT: u32 = 0x4000_0000;
    pub const IOC_IN: u32 = 0x8000_0000;
    pub const IOC_INOUT: u32 = IOC_IN | IOC_OUT;
    pub const IOC_DIRMASK: u32 = 0xe000_0000;

    /// `_IOC(inout, group, num, len)`.
    #[must_use]
    pub const fn ioc(inout: u32, group: u8, num: u8, len: usize) -> u32 {
        #[expect(
            clippy::cast_possible_truncation,
            reason = "the length is masked to 13 bits as the C macro does"
        )]
        let len = (len as u32) & IOCPARM_MASK;
        inout | (len << 16) | ((group as u32) << 8) | num as u32
    }
    /// `_IO(group, num)`.
    #[must_use]
    pub const fn io(group: u8, num: u8) -> u32 {
        ioc(IOC_VOID, group, num, 0)
    }
    /// `_IOR(group, num, type)` with `len = sizeof(type)`.
    #[must_use]
    pub const fn ior(group: u8, num: u8, len: usize) -> u32 {
        ioc(IOC_OUT, group, num, len)
    }
    /// `_IOW(group, num, type)` with `len = sizeof(type)`.
    #[must_use]
    pub const fn iow(group: u8, num: u8, len: usize) -> u32 {
        ioc(IOC_IN, group, num, len)
    }
    /// `_IOWR(group, num, type)` with `len = sizeof(type)`.
    #[must_use]
    pub const fn iowr(group: u8, num: u8, len: usize) -> u32 {
        ioc(IOC_INOUT, group, num, len)
    }
    /// `IOCPARM_LEN(cmd)`: bytes copied in and/or out.
    #[must_use]
    pub const fn param_len(cmd: u32) -> usize {
        ((cmd >> 16) & IOCPARM_MASK) as usize
    }
    /// `IOCGROUP(cmd)`.
    #[must_use]
    pub const fn group(cmd: u32) -> u8 {
        ((cmd >> 8) & 0xff) as u8
    }
    /// The request as XNU sees it: the syscall argument is a `u_long` but
    /// only the low 32 bits carry the request.
    #[must_use]
    pub const fn cmd_from_arg(arg: u64) -> u32 {
        #[expect(clippy::cast_possible_truncation, reason = "ioctl requests are 32-bit")]
        let cmd = arg as u32;
        cmd
    }

    const INT: usize = size_of::<i32>();

    pub const TIOCMODG: u32 = ior(b't', 3, INT);
    pub const TIOCMODS: u32 = iow(b't', 4, INT);
    pub const TIOCEXCL: u32 = io(b't', 13);
    pub const TIOCNXCL: u32 = io(b't', 14);
    pub const TIOCFLUSH: u32 = iow(b't', 16, INT);
    pub const TIOCGETA: u32 = ior(b't', 19, size_of::<Termios>());
    pub const TIOCSETA: u32 = iow(b't', 20, size_of::<Termios>());
    pub const TIOCSETAW: u32 = iow(b't', 21, size_of::<Termios>());
    pub const TIOCSETAF: u32 = iow(b't', 22, size_of::<Termios>());
    pub const TIOCGETD: u32 = ior(b't', 26, INT);
    pub const TIOCSETD: u32 = iow(b't', 27, INT);
    pub const TIOCIXON: u32 = io(b't', 129);
    pub const TIOCIXOFF: u32 = io(b't', 128);
    pub const TIOCSBRK: u32 = io(b't', 123);
    pub const TIOCCBRK: u32 = io(b't', 122);
    pub const TIOCSDTR: u32 = io(b't', 121);
    pub const TIOCCDTR: u32 = io(b't', 120);
    pub const TIOCGPGRP: u32 = ior(b't', 119, INT);
    pub const TIOCSPGRP: u32 = iow(b't', 118, INT);
    pub const TIOCOUTQ: u32 = ior(b't', 115, INT);
    pub const TIOCSTI: u32 = iow(b't', 114, 1);
    pub const TIOCNOTTY: u32 = io(b't', 113);
    pub const TIOCPKT: u32 = iow(b't', 112, INT);
    pub const TIOCSTOP: u32 = io(b't', 111);
    pub const TIOCSTART: u32 = io(b't', 110);
    pub const TIOCMSET: u32 = iow(b't', 109, INT);
    pub const TIOCMBIS: u32 = iow(b't', 108, INT);
    pub const TIOCMBIC: u32 = iow(b't', 107, INT);
    pub const TIOCMGET: u32 = ior(b't', 106, INT);
    pub const TIOCGWINSZ: u32 = ior(b't', 104, size_of::<Winsize>());
    pub const TIOCSWINSZ: u32 = iow(b't', 103, size_of::<Winsize>());
    pub const TIOCUCNTL: u32 = iow(b't', 102, INT);
    pub const TIOCSTAT: u32 = io(b't', 101);
    pub const TIOCSCONS: u32 = io(b't', 99);
    pub const TIOCCONS: u32 = iow(b't', 98, INT);
    pub const TIOCSCTTY: u32 = io(b't', 97);
    pub const TIOCEXT: u32 = iow(b't', 96, INT);
    pub const TIOCSIG: u32 = io(b't', 95);
    pub const TIOCDRAIN: u32 = io(b't', 94);
    pub const TIOCMSDTRWAIT: u32 = iow(b't', 91, INT);
    pub const TIOCMGDTRWAIT: u32 = ior(b't', 90, INT);
    pub const TIOCTIMESTAMP: u32 = ior(b't', 89, size_of::<Timeval>());
    pub const TIOCDCDTIMESTAMP: u32 = ior(b't', 88, size_of::<Timeval>());
    pub const TIOCSDRAINWAIT: u32 = iow(b't', 87, INT);
    pub const TIOCGDRAINWAIT: u32 = ior(b't', 86, INT);
    pub const TIOCDSIMICROCODE: u32 = io(b't', 85);
    pub const TIOCPTYGRANT: u32 = io(b't', 84);
    /// `ptsname(3)`: fills a 128-byte buffer.
    pub const TIOCPTYGNAME: u32 = ioc(IOC_OUT, b't', 83, 128);
    pub const TIOCPTYUNLK: u32 = io(b't', 82);
    pub const TIOCREVOKE: u32 = io(b't', 81);
    pub const TIOCREVOKECLEAR: u32 = io(b't', 80);

    pub const FIOCLEX: u32 = io(b'f', 1);
    pub const FIONCLEX: u32 = io(b'f', 2);
    pub const FIONREAD: u32 = ior(b'f', 127, INT);
    pub const FIONBIO: u32 = iow(b'f', 126, INT);
    pub const FIOASYNC: u32 = iow(b'f', 125, INT);
    pub const FIOSETOWN: u32 = iow(b'f', 124, INT);
    pub const FIOGETOWN: u32 = ior(b'f', 123, INT);
    pub const FIODTYPE: u32 = ior(b'f', 122, INT);

    /// `(request, name)` for the requests above. Not flags: look values up
    /// with [`name`].
    pub const NAMES: &[(u64, &str)] = &[
        (TIOCMODG as u64, "TIOCMODG"),
        (TIOCMODS as u64, "TIOCMODS"),
        (TIOCEXCL as u64, "TIOCEXCL"),
        (TIOCNXCL as u64, "TIOCNXCL"),
        (TIOCFLUSH as u64, "TIOCFLUSH"),
        (TIOCGETA as u64, "TIOCGETA"),
        (TIOCSETA as u64, "TIOCSETA"),
        (TIOCSETAW as u64, "TIOCSETAW"),
        (TIOCSETAF as u64, "TIOCSETAF"),
        (TIOCGETD as u64, "TIOCGETD"),
        (TIOCSETD as u64, "TIOCSETD"),
        (TIOCIXON as u64, "TIOCIXON"),
        (TIOCIXOFF as u64, "TIOCIXOFF"),
        (TIOCSBRK as u64, "TIOCSBRK"),
        (TIOCCBRK as u64, "TIOCCBRK"),
        (TIOCSDTR as u64, "TIOCSDTR"),
        (TIOCCDTR as u64, "TIOCCDTR"),
        (TIOCGPGRP as u64, "TIOCGPGRP"),
        (TIOCSPGRP as u64, "TIOCSPGRP"),
        (TIOCOUTQ as u64, "TIOCOUTQ"),
        (TIOCSTI as u64, "TIOCSTI"),
        (TIOCNOTTY as u64, "TIOCNOTTY"),
        (TIOCPKT as u64, "TIOCPKT"),
        (TIOCSTOP as u64, "TIOCSTOP"),
        (TIOCSTART as u64, "TIOCSTART"),
        (TIOCMSET as u64, "TIOCMSET"),
        (TIOCMBIS as u64, "TIOCMBIS"),
        (TIOCMBIC as u64, "TIOCMBIC"),
        (TIOCMGET as u64, "TIOCMGET"),
        (TIOCGWINSZ as u64, "TIOCGWINSZ"),
        (TIOCSWINSZ as u64, "TIOCSWINSZ"),
        (TIOCUCNTL as u64, "TIOCUCNTL"),
        (TIOCSTAT as u64, "TIOCSTAT"),
        (TIOCSCONS as u64, "TIOCSCONS"),
        (TIOCCONS as u64, "TIOCCONS"),
        (TIOCSCTTY as u64, "TIOCSCTTY"),
        (TIOCEXT as u64, "TIOCEXT"),
        (TIOCSIG as u64, "TIOCSIG"),
        (TIOCDRAIN as u64, "TIOCDRAIN"),
        (TIOCMSDTRWAIT as u64, "TIOCMSDTRWAIT"),
        (TIOCMGDTRWAIT as u64, "TIOCMGDTRWAIT"),
        (TIOCTIMESTAMP as u64, "TIOCTIMESTAMP"),
        (TIOCDCDTIMESTAMP as u64, "TIOCDCDTIMESTAMP"),
        (TIOCSDRAINWAIT as u64, "TIOCSDRAINWAIT"),
        (TIOCGDRAINWAIT as u64, "TIOCGDRAINWAIT"),
        (TIOCDSIMICROCODE as u64, "TIOCDSIMICROCODE"),
        (TIOCPTYGRANT as u64, "TIOCPTYGRANT"),
        (TIOCPTYGNAME as u64, "TIOCPTYGNAME"),
        (TIOCPTYUNLK as u64, "TIOCPTYUNLK"),
        (TIOCREVOKE as u64, "TIOCREVOKE"),
        (TIOCREVOKECLEAR as u64, "TIOCREVOKECLEAR"),
        (FIOCLEX as u64, "FIOCLEX"),
        (FIONCLEX as u64, "FIONCLEX"),
        (FIONREAD as u64, "FIONREAD"),
        (FIONBIO as u64, "FIONBIO"),
        (FIOASYNC as u64, "FIOASYNC"),
        (FIOSETOWN as u64, "FIOSETOWN"),
        (FIOGETOWN as u64, "FIOGETOWN"),
        (FIODTYPE as u64, "FIODTYPE"),
    ];

    /// The name of an ioctl request, e.g. `"TIOCGWINSZ"`.
    #[must_use]
    pub fn name(cmd: u32) -> Option<&'static str> {
        let cmd = u64::from(cmd);
        NAMES.iter().find(|e| e.0 == cmd).map(|e| e.1)
    }
}

/// `sysctl(3)` MIB numbers (`bsd/sys/sysctl.h`).
pub mod sysctl {
    /// Largest number of MIB components.
    pub const CTL_MAXNAME: usize = 12;

    /// The sysctl meta-node: `{0, n, ...}` queries the tree itself.
    pub const CTL_SYSCTL: i32 = 0;
    /// `{0, 0}`: dump the tree to the kernel log.
    pub const CTL_SYSCTL_DEBUG: i32 = 0;
    /// `{0, 1, mib...}`: the dotted name of `mib`.
    pub const CTL_SYSCTL_NAME: i32 = 1;
    /// `{0, 2, mib...}`: the MIB following `mib`.
    pub const CTL_SYSCTL_NEXT: i32 = 2;
    /// `{0, 3}` with the name as new value: the MIB of a name
    /// (`sysctlnametomib(3)`).
    pub const CTL_SYSCTL_NAME2OID: i32 = 3;
    /// `{0, 4, mib...}`: kind (`u32`) and format string of `mib`.
    pub const CTL_SYSCTL_OIDFMT: i32 = 4;
    /// `{0, 5, mib...}`: the description of `mib`.
    pub const CTL_SYSCTL_OIDDESCR: i32 = 5;
    /// First number handed to `OID_AUTO` nodes.
    pub const OID_AUTO_START: i32 = 100;

    /// Node kinds returned by `CTL_SYSCTL_OIDFMT` (low 4 bits).
    pub const CTLTYPE: u32 = 0xf;
    pub const CTLTYPE_NODE: u32 = 1;
    pub const CTLTYPE_INT: u32 = 2;
    pub const CTLTYPE_STRING: u32 = 3;
    pub const CTLTYPE_QUAD: u32 = 4;
    pub const CTLTYPE_OPAQUE: u32 = 5;
    pub const CTLTYPE_STRUCT: u32 = CTLTYPE_OPAQUE;
    pub const CTLFLAG_RD: u32 = 0x8000_0000;
    pub const CTLFLAG_WR: u32 = 0x4000_0000;
    pub const CTLFLAG_RW: u32 = CTLFLAG_RD | CTLFLAG_WR;

    pub const CTL_UNSPEC: i32 = 0;
    pub const CTL_KERN: i32 = 1;
    pub const CTL_VM: i32 = 2;
    pub const CTL_VFS: i32 = 3;
    pub const CTL_NET: i32 = 4;
    pub const CTL_DEBUG: i32 = 5;
    pub const CTL_HW: i32 = 6;
    pub const CTL_MACHDEP: i32 = 7;
    pub const CTL_USER: i32 = 8;
    pub const CTL_MAXID: i32 = 9;

    pub const KERN_OSTYPE: i32 = 1;
    pub const KERN_OSRELEASE: i32 = 2;
    pub const KERN_OSREV: i32 = 3;
    pub const KERN_VERSION: i32 = 4;
    pub const KERN_MAXVNODES: i32 = 5;
    pub const KERN_MAXPROC: i32 = 6;
    pub const KERN_MAXFILES: i32 = 7;
    pub const KERN_ARGMAX: i32 = 8;
    pub const KERN_SECURELVL: i32 = 9;
    pub const KERN_HOSTNAME: i32 = 10;
    pub const KERN_HOSTID: i32 = 11;
    pub const KERN_CLOCKRATE: i32 = 12;
    pub const KERN_VNODE: i32 = 13;
    pub const KERN_PROC: i32 = 14;
    pub const KERN_FILE: i32 = 15;
    pub const KERN_PROF: i32 = 16;
    pub const KERN_POSIX1: i32 = 17;
    pub const KERN_NGROUPS: i32 = 18;
    pub const KERN_JOB_CONTROL: i32 = 19;
    pub const KERN_SAVED_IDS: i32 = 20;
    pub const KERN_BOOTTIME: i32 = 21;
    pub const KERN_NISDOMAINNAME: i32 = 22;
    pub const KERN_DOMAINNAME: i32 = KERN_NISDOMAINNAME;
    pub const KERN_MAXPARTITIONS: i32 = 23;
    pub const KERN_KDEBUG: i32 = 24;
    pub const KERN_UPDATEINTERVAL: i32 = 25;
    pub const KERN_OSRELDATE: i32 = 26;
    pub const KERN_NTP_PLL: i32 = 27;
    pub const KERN_BOOTFILE: i32 = 28;
    pub const KERN_MAXFILESPERPROC: i32 = 29;
    pub const KERN_MAXPROCPERUID: i32 = 30;
    pub const KERN_DUMPDEV: i32 = 31;
    pub const KERN_IPC: i32 = 32;
    pub const KERN_DUMMY: i32 = 33;
    pub const KERN_PS_STRINGS: i32 = 34;
    pub const KERN_USRSTACK32: i32 = 35;
    pub const KERN_LOGSIGEXIT: i32 = 36;
    pub const KERN_SYMFILE: i32 = 37;
    pub const KERN_PROCARGS: i32 = 38;
    pub const KERN_NETBOOT: i32 = 40;
    pub const KERN_SYSV: i32 = 42;
    pub const KERN_AFFINITY: i32 = 43;
    pub const KERN_TRANSLATE: i32 = 44;
    pub const KERN_CLASSIC: i32 = KERN_TRANSLATE;
    pub const KERN_EXEC: i32 = 45;
    pub const KERN_CLASSICHANDLER: i32 = KERN_EXEC;
    pub const KERN_AIOMAX: i32 = 46;
    pub const KERN_AIOPROCMAX: i32 = 47;
    pub const KERN_AIOTHREADS: i32 = 48;
    pub const KERN_PROCARGS2: i32 = 49;
    pub const KERN_COREFILE: i32 = 50;
    pub const KERN_COREDUMP: i32 = 51;
    pub const KERN_SUGID_COREDUMP: i32 = 52;
    pub const KERN_PROCDELAYTERM: i32 = 53;
    pub const KERN_SHREG_PRIVATIZABLE: i32 = 54;
    pub const KERN_LOW_PRI_WINDOW: i32 = 56;
    pub const KERN_LOW_PRI_DELAY: i32 = 57;
    pub const KERN_POSIX: i32 = 58;
    pub const KERN_USRSTACK64: i32 = 59;
    pub const KERN_NX_PROTECTION: i32 = 60;
    pub const KERN_TFP: i32 = 61;
    pub const KERN_PROCNAME: i32 = 62;
    pub const KERN_THALTSTACK: i32 = 63;
    pub const KERN_SPECULATIVE_READS: i32 = 64;
    pub const KERN_OSVERSION: i32 = 65;
    pub const KERN_SAFEBOOT: i32 = 66;
    pub const KERN_RAGEVNODE: i32 = 68;
    pub const KERN_TTY: i32 = 69;
    pub const KERN_CHECKOPENEVT: i32 = 70;
    pub const KERN_THREADNAME: i32 = 71;
    pub const KERN_MAXID: i32 = 72;

    /// Third level of `{CTL_KERN, KERN_PROC, ...}`.
    pub const KERN_PROC_ALL: i32 = 0;
    pub const KERN_PROC_PID: i32 = 1;
    pub const KERN_PROC_PGRP: i32 = 2;
    pub const KERN_PROC_SESSION: i32 = 3;
    pub const KERN_PROC_TTY: i32 = 4;
    pub const KERN_PROC_UID: i32 = 5;
    pub const KERN_PROC_RUID: i32 = 6;
    pub const KERN_PROC_LCID: i32 = 7;

    pub const VM_METER: i32 = 1;
    pub const VM_LOADAVG: i32 = 2;
    pub const VM_MACHFACTOR: i32 = 4;
    pub const VM_SWAPUSAGE: i32 = 5;

    pub const HW_MACHINE: i32 = 1;
    pub const HW_MODEL: i32 = 2;
    pub const HW_NCPU: i32 = 3;
    pub const HW_BYTEORDER: i32 = 4;
    pub const HW_PHYSMEM: i32 = 5;
    pub const HW_USERMEM: i32 = 6;
    pub const HW_PAGESIZE: i32 = 7;
    pub const HW_DISKNAMES: i32 = 8;
    pub const HW_DISKSTATS: i32 = 9;
    pub const HW_EPOCH: i32 = 10;
    pub const HW_FLOATINGPT: i32 = 11;
    pub const HW_MACHINE_ARCH: i32 = 12;
    pub const HW_VECTORUNIT: i32 = 13;
    pub const HW_BUS_FREQ: i32 = 14;
    pub const HW_CPU_FREQ: i32 = 15;
    pub const HW_CACHELINE: i32 = 16;
    pub const HW_L1ICACHESIZE: i32 = 17;
    pub const HW_L1DCACHESIZE: i32 = 18;
    pub const HW_L2SETTINGS: i32 = 19;
    pub const HW_L2CACHESIZE: i32 = 20;
    pub const HW_L3SETTINGS: i32 = 21;
    pub const HW_L3CACHESIZE: i32 = 22;
    pub const HW_TB_FREQ: i32 = 23;
    pub const HW_MEMSIZE: i32 = 24;
    pub const HW_AVAILCPU: i32 = 25;
    pub const HW_TARGET: i32 = 26;
    pub const HW_PRODUCT: i32 = 27;
    pub const HW_MAXID: i32 = 28;

    pub const USER_CS_PATH: i32 = 1;
    pub const USER_BC_BASE_MAX: i32 = 2;
    pub const USER_BC_DIM_MAX: i32 = 3;
    pub const USER_BC_SCALE_MAX: i32 = 4;
    pub const USER_BC_STRING_MAX: i32 = 5;
    pub const USER_COLL_WEIGHTS_MAX: i32 = 6;
    pub const USER_EXPR_NEST_MAX: i32 = 7;
    pub const USER_LINE_MAX: i32 = 8;
    pub const USER_RE_DUP_MAX: i32 = 9;
    pub const USER_POSIX2_VERSION: i32 = 10;
    pub const USER_POSIX2_C_BIND: i32 = 11;
    pub const USER_POSIX2_C_DEV: i32 = 12;
    pub const USER_POSIX2_CHAR_TERM: i32 = 13;
    pub const USER_POSIX2_FORT_DEV: i32 = 14;
    pub const USER_POSIX2_FORT_RUN: i32 = 15;
    pub const USER_POSIX2_LOCALEDEF: i32 = 16;
    pub const USER_POSIX2_SW_DEV: i32 = 17;
    pub const USER_POSIX2_UPE: i32 = 18;
    pub const USER_STREAM_MAX: i32 = 19;
    pub const USER_TZNAME_MAX: i32 = 20;

    /// Names of the top-level nodes, indexed by number.
    pub const TOP_LEVEL_NAMES: [&str; 9] = [
        "sysctl", "kern", "vm", "vfs", "net", "debug", "hw", "machdep", "user",
    ];
}

/// `csops(2)` operations and code-signing status flags (`bsd/sys/codesign.h`,
/// `osfmk/kern/cs_blobs.h`).
pub mod csops {
    pub const CS_OPS_STATUS: u32 = 0;
    pub const CS_OPS_MARKINVALID: u32 = 1;
    pub const CS_OPS_MARKHARD: u32 = 2;
    pub const CS_OPS_MARKKILL: u32 = 3;
    /// Kernel-private (`CS_OPS_PIDPATH`).
    pub const CS_OPS_PIDPATH: u32 = 4;
    pub const CS_OPS_CDHASH: u32 = 5;
    pub const CS_OPS_PIDOFFSET: u32 = 6;
    pub const CS_OPS_ENTITLEMENTS_BLOB: u32 = 7;
    pub const CS_OPS_MARKRESTRICT: u32 = 8;
    pub const CS_OPS_SET_STATUS: u32 = 9;
    pub const CS_OPS_BLOB: u32 = 10;
    pub const CS_OPS_IDENTITY: u32 = 11;
    pub const CS_OPS_CLEARINSTALLER: u32 = 12;
    pub const CS_OPS_CLEARPLATFORM: u32 = 13;
    pub const CS_OPS_TEAMID: u32 = 14;
    pub const CS_OPS_CLEAR_LV: u32 = 15;
    pub const CS_OPS_DER_ENTITLEMENTS_BLOB: u32 = 16;
    pub const CS_OPS_VALIDATION_CATEGORY: u32 = 17;

    pub const CS_VALID: u32 = 0x0000_0001;
    pub const CS_ADHOC: u32 = 0x0000_0002;
    pub const CS_GET_TASK_ALLOW: u32 = 0x0000_0004;
    pub const CS_INSTALLER: u32 = 0x0000_0008;
    pub const CS_FORCED_LV: u32 = 0x0000_0010;
    pub const CS_INVALID_ALLOWED: u32 = 0x0000_0020;
    pub const CS_HARD: u32 = 0x0000_0100;
    pub const CS_KILL: u32 = 0x0000_0200;
    pub const CS_CHECK_EXPIRATION: u32 = 0x0000_0400;
    pub const CS_RESTRICT: u32 = 0x0000_0800;
    pub const CS_ENFORCEMENT: u32 = 0x0000_1000;
    pub const CS_REQUIRE_LV: u32 = 0x0000_2000;
    pub const CS_ENTITLEMENTS_VALIDATED: u32 = 0x0000_4000;
    pub const CS_NVRAM_UNRESTRICTED: u32 = 0x0000_8000;
    pub const CS_RUNTIME: u32 = 0x0001_0000;
    pub const CS_LINKER_SIGNED: u32 = 0x0002_0000;
    pub const CS_EXEC_SET_HARD: u32 = 0x0010_0000;
    pub const CS_EXEC_SET_KILL: u32 = 0x0020_0000;
    pub const CS_EXEC_SET_ENFORCEMENT: u32 = 0x0040_0000;
    pub const CS_EXEC_INHERIT_SIP: u32 = 0x0080_0000;
    pub const CS_KILLED: u32 = 0x0100_0000;
    pub const CS_NO_UNTRUSTED_HELPERS: u32 = 0x0200_0000;
    pub const CS_PLATFORM_BINARY: u32 = 0x0400_0000;
    pub const CS_PLATFORM_PATH: u32 = 0x0800_0000;
    pub const CS_DEBUGGED: u32 = 0x1000_0000;
    pub const CS_SIGNED: u32 = 0x2000_0000;
    pub const CS_DEV_CODE: u32 = 0x4000_0000;
    pub const CS_DATAVAULT_CONTROLLER: u32 = 0x8000_0000;

    /// `(op, name)` for the operations, indexed by number.
    pub const OP_NAMES: [&str; 18] = [
        "CS_OPS_STATUS",
        "CS_OPS_MARKINVALID",
        "CS_OPS_MARKHARD",
        "CS_OPS_MARKKILL",
        "CS_OPS_PIDPATH",
        "CS_OPS_CDHASH",
        "CS_OPS_PIDOFFSET",
        "CS_OPS_ENTITLEMENTS_BLOB",
        "CS_OPS_MARKRESTRICT",
        "CS_OPS_SET_STATUS",
        "CS_OPS_BLOB",
        "CS_OPS_IDENTITY",
        "CS_OPS_CLEARINSTALLER",
        "CS_OPS_CLEARPLATFORM",
        "CS_OPS_TEAMID",
        "CS_OPS_CLEAR_LV",
        "CS_OPS_DER_ENTITLEMENTS_BLOB",
        "CS_OPS_VALIDATION_CATEGORY",
    ];

    /// Status flag names for [`super::format_flags`].
    pub const NAMES: &[(u64, &str)] = &[
        (CS_VALID as u64, "CS_VALID"),
        (CS_ADHOC as u64, "CS_ADHOC"),
        (CS_GET_TASK_ALLOW as u64, "CS_GET_TASK_ALLOW"),
        (CS_INSTALLER as u64, "CS_INSTALLER"),
        (CS_FORCED_LV as u64, "CS_FORCED_LV"),
        (CS_INVALID_ALLOWED as u64, "CS_INVALID_ALLOWED"),
        (CS_HARD as u64, "CS_HARD"),
        (CS_KILL as u64, "CS_KILL"),
        (CS_CHECK_EXPIRATION as u64, "CS_CHECK_EXPIRATION"),
        (CS_RESTRICT as u64, "CS_RESTRICT"),
        (CS_ENFORCEMENT as u64, "CS_ENFORCEMENT"),
        (CS_REQUIRE_LV as u64, "CS_REQUIRE_LV"),
        (
            CS_ENTITLEMENTS_VALIDATED as u64,
            "CS_ENTITLEMENTS_VALIDATED",
        ),
        (CS_NVRAM_UNRESTRICTED as u64, "CS_NVRAM_UNRESTRICTED"),
        (CS_RUNTIME as u64, "CS_RUNTIME"),
        (CS_LINKER_SIGNED as u64, "CS_LINKER_SIGNED"),
        (CS_EXEC_SET_HARD as u64, "CS_EXEC_SET_HARD"),
        (CS_EXEC_SET_KILL as u64, "CS_EXEC_SET_KILL"),
        (CS_EXEC_SET_ENFORCEMENT as u64, "CS_EXEC_SET_ENFORCEMENT"),
        (CS_EXEC_INHERIT_SIP as u64, "CS_EXEC_INHERIT_SIP"),
        (CS_KILLED as u64, "CS_KILLED"),
        (CS_NO_UNTRUSTED_HELPERS as u64, "CS_NO_UNTRUSTED_HELPERS"),
        (CS_PLATFORM_BINARY as u64, "CS_PLATFORM_BINARY"),
        (CS_PLATFORM_PATH as u64, "CS_PLATFORM_PATH"),
        (CS_DEBUGGED as u64, "CS_DEBUGGED"),
        (CS_SIGNED as u64, "CS_SIGNED"),
        (CS_DEV_CODE as u64, "CS_DEV_CODE"),
        (CS_DATAVAULT_CONTROLLER as u64, "CS_DATAVAULT_CONTROLLER"),
    ];
}

/// `proc_info(2)` (`__proc_info`) call numbers and flavors
/// (`bsd/sys/proc_info.h`, `proc_info_private.h`).
pub mod proc_info {
    pub const PROC_INFO_CALL_LISTPIDS: i32 = 0x1;
    pub const PROC_INFO_CALL_PIDINFO: i32 = 0x2;
    pub const PROC_INFO_CALL_PIDFDINFO: i32 = 0x3;
    pub const PROC_INFO_CALL_KERNMSGBUF: i32 = 0x4;
    pub const PROC_INFO_CALL_SETCONTROL: i32 = 0x5;
    pub const PROC_INFO_CALL_PIDFILEPORTINFO: i32 = 0x6;
    pub const PROC_INFO_CALL_TERMINATE: i32 = 0x7;
    pub const PROC_INFO_CALL_DIRTYCONTROL: i32 = 0x8;
    pub const PROC_INFO_CALL_PIDRUSAGE: i32 = 0x9;
    pub const PROC_INFO_CALL_PIDORIGINATORINFO: i32 = 0xa;
    pub const PROC_INFO_CALL_LISTCOALITIONS: i32 = 0xb;
    pub const PROC_INFO_CALL_CANUSEFGHW: i32 = 0xc;
    pub const PROC_INFO_CALL_PIDDYNKQUEUEINFO: i32 = 0xd;
    pub const PROC_INFO_CALL_UDATA_INFO: i32 = 0xe;
    pub const PROC_INFO_CALL_SET_DYLD_IMAGES: i32 = 0xf;
    pub const PROC_INFO_CALL_TERMINATE_RSR: i32 = 0x10;
    pub const PROC_INFO_CALL_SIGNAL_AUDITTOKEN: i32 = 0x11;
    pub const PROC_INFO_CALL_TERMINATE_AUDITTOKEN: i32 = 0x12;
    pub const PROC_INFO_CALL_DELEGATE_SIGNAL: i32 = 0x13;
    pub const PROC_INFO_CALL_DELEGATE_TERMINATE: i32 = 0x14;

    /// `PROC_INFO_CALL_LISTPIDS` types.
    pub const PROC_ALL_PIDS: u32 = 1;
    pub const PROC_PGRP_ONLY: u32 = 2;
    pub const PROC_TTY_ONLY: u32 = 3;
    pub const PROC_UID_ONLY: u32 = 4;
    pub const PROC_RUID_ONLY: u32 = 5;
    pub const PROC_PPID_ONLY: u32 = 6;
    pub const PROC_KDBG_ONLY: u32 = 7;

    /// `PROC_INFO_CALL_PIDINFO` flavors.
    pub const PROC_PIDLISTFDS: u32 = 1;
    pub const PROC_PIDTASKALLINFO: u32 = 2;
    pub const PROC_PIDTBSDINFO: u32 = 3;
    pub const PROC_PIDTASKINFO: u32 = 4;
    pub const PROC_PIDTHREADINFO: u32 = 5;
    pub const PROC_PIDLISTTHREADS: u32 = 6;
    pub const PROC_PIDREGIONINFO: u32 = 7;
    pub const PROC_PIDREGIONPATHINFO: u32 = 8;
    pub const PROC_PIDVNODEPATHINFO: u32 = 9;
    pub const PROC_PIDTHREADPATHINFO: u32 = 10;
    pub const PROC_PIDPATHINFO: u32 = 11;
    pub const PROC_PIDWORKQUEUEINFO: u32 = 12;
    pub const PROC_PIDT_SHORTBSDINFO: u32 = 13;
    pub const PROC_PIDLISTFILEPORTS: u32 = 14;
    pub const PROC_PIDTHREADID64INFO: u32 = 15;
    pub const PROC_PID_RUSAGE: u32 = 16;
    pub const PROC_PIDUNIQIDENTIFIERINFO: u32 = 17;
    pub const PROC_PIDT_BSDINFOWITHUNIQID: u32 = 18;
    pub const PROC_PIDARCHINFO: u32 = 19;
    pub const PROC_PIDCOALITIONINFO: u32 = 20;
    pub const PROC_PIDNOTEEXIT: u32 = 21;
    pub const PROC_PIDREGIONPATHINFO2: u32 = 22;
    pub const PROC_PIDREGIONPATHINFO3: u32 = 23;
    pub const PROC_PIDEXITREASONINFO: u32 = 24;
    pub const PROC_PIDEXITREASONBASICINFO: u32 = 25;
    pub const PROC_PIDLISTUPTRS: u32 = 26;
    pub const PROC_PIDLISTDYNKQUEUES: u32 = 27;
    pub const PROC_PIDLISTTHREADIDS: u32 = 28;
    pub const PROC_PIDVMRTFAULTINFO: u32 = 29;
    pub const PROC_PIDPLATFORMINFO: u32 = 30;
    pub const PROC_PIDREGIONPATH: u32 = 31;
    pub const PROC_PIDIPCTABLEINFO: u32 = 32;
    pub const PROC_PIDTHREADSCHEDINFO: u32 = 33;
    pub const PROC_PIDTHREADCOUNTS: u32 = 34;

    /// `PROC_INFO_CALL_PIDFDINFO` flavors.
    pub const PROC_PIDFDVNODEINFO: u32 = 1;
    pub const PROC_PIDFDVNODEPATHINFO: u32 = 2;
    pub const PROC_PIDFDSOCKETINFO: u32 = 3;
    pub const PROC_PIDFDPSEMINFO: u32 = 4;
    pub const PROC_PIDFDPSHMINFO: u32 = 5;
    pub const PROC_PIDFDPIPEINFO: u32 = 6;
    pub const PROC_PIDFDKQUEUEINFO: u32 = 7;
    pub const PROC_PIDFDATALKINFO: u32 = 8;
    pub const PROC_PIDFDKQUEUE_EXTINFO: u32 = 9;
    pub const PROC_PIDFDCHANNELINFO: u32 = 10;

    /// `PROC_PIDPATHINFO` buffer sizes (`MAXPATHLEN`, `4 * MAXPATHLEN`).
    pub const PROC_PIDPATHINFO_SIZE: usize = 1024;
    pub const PROC_PIDPATHINFO_MAXSIZE: usize = 4096;
}

/// The `x86_64` commpage (`osfmk/i386/cpu_capabilities.h`): a read-only page
/// XNU maps into every process at a fixed address, read directly by `libSystem`
/// (time, CPU count, capabilities).
pub mod commpage {
    pub const COMM_PAGE64_BASE_ADDRESS: u64 = 0x0000_7fff_ffe0_0000;
    pub const COMM_PAGE64_START_ADDRESS: u64 = COMM_PAGE64_BASE_ADDRESS;
    /// Reserved length of the data area.
    pub const COMM_PAGE64_AREA_LENGTH: u64 = 4096;
    /// Bytes actually populated.
    pub const COMM_PAGE64_AREA_USED: u64 = 4096;
    /// The text page (preemption-free zone code) follows the data page.
    pub const COMM_PAGE64_TEXT_START: u64 = COMM_PAGE64_BASE_ADDRESS + 0x1000;

    /// `_COMM_PAGE_THIS_VERSION`.
    pub const COMM_PAGE_THIS_VERSION: u16 = 14;
    /// The 16 bytes at offset 0 of the 64-bit commpage.
    pub const COMM_PAGE_SIGNATURE_64: &[u8; 16] = b"commpage 64-bit\0";

    // Offsets from COMM_PAGE64_BASE_ADDRESS: XNU's `_COMM_PAGE_*` addresses
    // minus `_COMM_PAGE_START_ADDRESS`, named without the leading underscore.
    // Use `addr()` for the absolute guest address.
    pub const COMM_PAGE_SIGNATURE: u64 = 0x000;
    pub const COMM_PAGE_SIGNATURELEN: u64 = 0x10;
    /// `u64` `_cpu_capabilities`.
    pub const COMM_PAGE_CPU_CAPABILITIES64: u64 = 0x010;
    pub const COMM_PAGE_UNUSED: u64 = 0x018;
    /// `u16` commpage version.
    pub const COMM_PAGE_VERSION: u64 = 0x01E;
    /// `u32` `_cpu_capabilities` (compatibility copy).
    pub const COMM_PAGE_CPU_CAPABILITIES: u64 = 0x020;
    /// `u8` configured CPUs (`hw.logicalcpu` at boot).
    pub const COMM_PAGE_NCPUS: u64 = 0x022;
    pub const COMM_PAGE_UNUSED0: u64 = 0x024;
    /// `u16` cache line size.
    pub const COMM_PAGE_CACHE_LINESIZE: u64 = 0x026;
    /// Formerly `_COMM_PAGE_SCHED_GEN` (`u32`), now unused.
    pub const COMM_PAGE_SCHED_GEN: u64 = 0x028;
    /// `u32` copy of `vm_memory_pressure`.
    pub const COMM_PAGE_MEMORY_PRESSURE: u64 = 0x02c;
    /// Formerly `_COMM_PAGE_SPIN_COUNT` (`u32`), now unused.
    pub const COMM_PAGE_SPIN_COUNT: u64 = 0x030;
    /// `u8` active CPUs (`hw.activecpu`).
    pub const COMM_PAGE_ACTIVE_CPUS: u64 = 0x034;
    /// `u8` physical CPUs (`hw.physicalcpu_max`).
    pub const COMM_PAGE_PHYSICAL_CPUS: u64 = 0x035;
    /// `u8` logical CPUs (`hw.logicalcpu_max`).
    pub const COMM_PAGE_LOGICAL_CPUS: u64 = 0x036;
    /// `u8` CPU clusters.
    pub const COMM_PAGE_CPU_CLUSTERS: u64 = 0x037;
    /// `u64` memory size.
    pub const COMM_PAGE_MEMORY_SIZE: u64 = 0x038;
    /// `u32` `hw.cpufamily`.
    pub const COMM_PAGE_CPUFAMILY: u64 = 0x040;
    /// `u32` `kdebug_enable`.
    pub const COMM_PAGE_KDEBUG_ENABLE: u64 = 0x044;
    /// `u32` `atm_diagnostic_config`.
    pub const COMM_PAGE_ATM_DIAGNOSTIC_CONFIG: u64 = 0x048;
    /// `u8` userspace DOF enabled.
    pub const COMM_PAGE_DTRACE_DOF_ENABLED: u64 = 0x04C;
    /// `u8` kernel VM page shift.
    pub const COMM_PAGE_KERNEL_PAGE_SHIFT: u64 = 0x04D;
    /// `u8` user VM page shift (64-bit processes).
    pub const COMM_PAGE_USER_PAGE_SHIFT_64: u64 = 0x04E;
    pub const COMM_PAGE_UNUSED2: u64 = 0x04F;
    /// Start of the nanotime/gettimeofday data.
    pub const COMM_PAGE_TIME_DATA_START: u64 = 0x050;
    /// `u64` TSC base for `nanotime()`.
    pub const COMM_PAGE_NT_TSC_BASE: u64 = 0x050;
    /// `u32` TSC-to-ns scale.
    pub const COMM_PAGE_NT_SCALE: u64 = 0x058;
    /// `u32` shift.
    pub const COMM_PAGE_NT_SHIFT: u64 = 0x05c;
    /// `u64` ns base.
    pub const COMM_PAGE_NT_NS_BASE: u64 = 0x060;
    /// `u32` generation (0 while being updated).
    pub const COMM_PAGE_NT_GENERATION: u64 = 0x068;
    /// `u32` gettimeofday generation.
    pub const COMM_PAGE_GTOD_GENERATION: u64 = 0x06c;
    /// `u64` gettimeofday ns base.
    pub const COMM_PAGE_GTOD_NS_BASE: u64 = 0x070;
    /// `u64` gettimeofday seconds base.
    pub const COMM_PAGE_GTOD_SEC_BASE: u64 = 0x078;
    /// `u64` for `mach_approximate_time()`.
    pub const COMM_PAGE_APPROX_TIME: u64 = 0x080;
    /// `u8` whether the approximate time is maintained.
    pub const COMM_PAGE_APPROX_TIME_SUPPORTED: u64 = 0x088;
    /// `u64` for `mach_continuous_time()`.
    pub const COMM_PAGE_CONT_TIMEBASE: u64 = 0x0C0;
    /// `u64` boot time in microseconds.
    pub const COMM_PAGE_BOOTTIME_USEC: u64 = 0x0C8;
    /// `new_commpage_timeofday_data_t` (40 bytes).
    pub const COMM_PAGE_NEWTIMEOFDAY_DATA: u64 = 0x0D0;
    /// `u64` `kern.dyld_system_flags`.
    pub const COMM_PAGE_DYLD_FLAGS: u64 = 0x100;
    /// 256 bytes of logical CPU -> cluster ids.
    pub const COMM_PAGE_CPU_TO_CLUSTER: u64 = 0x108;
    pub const COMM_PAGE_ASB_TARGET_VALUE: u64 = 0x320;
    pub const COMM_PAGE_ASB_TARGET_ADDRESS: u64 = 0x328;
    pub const COMM_PAGE_ASB_TARGET_KERN_VALUE: u64 = 0x330;
    pub const COMM_PAGE_ASB_TARGET_KERN_ADDRESS: u64 = 0x338;
    /// Compare-and-swap routines near the end of the data page.
    pub const COMM_PAGE_COMPARE_AND_SWAP32B: u64 = 0xf80;
    pub const COMM_PAGE_COMPARE_AND_SWAP64B: u64 = 0xfc0;
    /// Last byte of the data page.
    pub const COMM_PAGE_END: u64 = 0xfff;

    /// Absolute guest address of a commpage offset.
    #[must_use]
    pub const fn addr(offset: u64) -> u64 {
        COMM_PAGE64_BASE_ADDRESS + offset
    }

    /// `_cpu_capabilities` bits.
    pub mod caps {
        pub const K_HAS_MMX: u64 = 0x0000_0001;
        pub const K_HAS_SSE: u64 = 0x0000_0002;
        pub const K_HAS_SSE2: u64 = 0x0000_0004;
        pub const K_HAS_SSE3: u64 = 0x0000_0008;
        pub const K_CACHE32: u64 = 0x0000_0010;
        pub const K_CACHE64: u64 = 0x0000_0020;
        pub const K_CACHE128: u64 = 0x0000_0040;
        pub const K_FAST_THREAD_LOCAL_STORAGE: u64 = 0x0000_0080;
        pub const K_HAS_SUPPLEMENTAL_SSE3: u64 = 0x0000_0100;
        pub const K_64BIT: u64 = 0x0000_0200;
        pub const K_HAS_SSE4_1: u64 = 0x0000_0400;
        pub const K_HAS_SSE4_2: u64 = 0x0000_0800;
        pub const K_HAS_AES: u64 = 0x0000_1000;
        pub const K_IN_ORDER_PIPELINE: u64 = 0x0000_2000;
        pub const K_SLOW: u64 = 0x0000_4000;
        pub const K_UP: u64 = 0x0000_8000;
        /// Number of CPUs, in bits 16..24.
        pub const K_NUM_CPUS: u64 = 0x00FF_0000;
        pub const K_NUM_CPUS_SHIFT: u32 = 16;
        pub const K_HAS_AVX1_0: u64 = 0x0100_0000;
        pub const K_HAS_RDRAND: u64 = 0x0200_0000;
        pub const K_HAS_F16C: u64 = 0x0400_0000;
        pub const K_HAS_ENFSTRG: u64 = 0x0800_0000;
        pub const K_HAS_FMA: u64 = 0x1000_0000;
        pub const K_HAS_AVX2_0: u64 = 0x2000_0000;
        pub const K_HAS_BMI1: u64 = 0x4000_0000;
        pub const K_HAS_BMI2: u64 = 0x8000_0000;
        pub const K_HAS_RTM: u64 = 0x0000_0001_0000_0000;
        pub const K_HAS_HLE: u64 = 0x0000_0002_0000_0000;
        pub const K_HAS_ADX: u64 = 0x0000_0004_0000_0000;
        pub const K_HAS_RDSEED: u64 = 0x0000_0008_0000_0000;
        pub const K_HAS_MPX: u64 = 0x0000_0010_0000_0000;
        pub const K_HAS_SGX: u64 = 0x0000_0020_0000_0000;
        pub const K_HAS_AVX512F: u64 = 0x0000_0040_0000_0000;
        pub const K_HAS_AVX512CD: u64 = 0x0000_0080_0000_0000;
        pub const K_HAS_AVX512DQ: u64 = 0x0000_0100_0000_0000;
        pub const K_HAS_AVX512BW: u64 = 0x0000_0200_0000_0000;
        pub const K_HAS_AVX512IFMA: u64 = 0x0000_0400_0000_0000;
        pub const K_HAS_AVX512VBMI: u64 = 0x0000_0800_0000_0000;
        pub const K_HAS_AVX512VL: u64 = 0x0000_1000_0000_0000;
        pub const K_HAS_VAES: u64 = 0x0000_2000_0000_0000;
        pub const K_HAS_VPCLMULQDQ: u64 = 0x0000_4000_0000_0000;
        pub const K_HAS_AVX512VNNI: u64 = 0x0000_8000_0000_0000;
        pub const K_HAS_AVX512BITALG: u64 = 0x0001_0000_0000_0000;
        pub const K_HAS_AVX512VPOPCNTDQ: u64 = 0x0002_0000_0000_0000;
        pub const K_IS_TRANSLATED: u64 = 0x4000_0000_0000_0000;
    }
}

/// Virtual memory constants for `x86_64` guests (`osfmk/mach/i386/vm_param.h`,
/// `vm_prot.h`, `vm_statistics.h`).
pub mod vm {
    pub const PAGE_SIZE: u64 = 4096;
    pub const PAGE_SHIFT: u32 = 12;
    pub const PAGE_MASK: u64 = PAGE_SIZE - 1;

    /// End of the user address space (the commpage sits here).
    pub const MACH_VM_MAX_ADDRESS: u64 = 0x0000_7fff_ffe0_0000;
    pub const VM_MAX_USER_PAGE_ADDRESS: u64 = 0x0000_7fff_ffff_f000;
    /// Default top of the main thread's stack before ASLR.
    pub const VM_USRSTACK64: u64 = 0x0000_7ff7_c000_0000 - 1024 * 1024;

    pub const VM_PROT_NONE: i32 = 0x00;
    pub const VM_PROT_READ: i32 = 0x01;
    pub const VM_PROT_WRITE: i32 = 0x02;
    pub const VM_PROT_EXECUTE: i32 = 0x04;
    pub const VM_PROT_DEFAULT: i32 = VM_PROT_READ | VM_PROT_WRITE;
    pub const VM_PROT_ALL: i32 = VM_PROT_READ | VM_PROT_WRITE | VM_PROT_EXECUTE;

    pub const VM_FLAGS_FIXED: i32 = 0x0000_0000;
    pub const VM_FLAGS_ANYWHERE: i32 = 0x0000_0001;
    pub const VM_FLAGS_PURGABLE: i32 = 0x0000_0002;
    pub const VM_FLAGS_4GB_CHUNK: i32 = 0x0000_0004;
    pub const VM_FLAGS_RANDOM_ADDR: i32 = 0x0000_0008;
    pub const VM_FLAGS_NO_CACHE: i32 = 0x0000_0010;
    pub const VM_FLAGS_RESILIENT_CODESIGN: i32 = 0x0000_0020;
    pub const VM_FLAGS_RESILIENT_MEDIA: i32 = 0x0000_0040;
    pub const VM_FLAGS_PERMANENT: i32 = 0x0000_0080;
    pub const VM_FLAGS_TPRO: i32 = 0x0000_1000;
    pub const VM_FLAGS_OVERWRITE: i32 = 0x0000_4000;
    pub const VM_FLAGS_SUPERPAGE_MASK: i32 = 0x0007_0000;
    pub const VM_FLAGS_RETURN_DATA_ADDR: i32 = 0x0010_0000;
    pub const VM_FLAGS_RETURN_4K_DATA_ADDR: i32 = 0x0080_0000;
    /// The memory tag (`VM_MAKE_TAG`) lives in the top byte.
    pub const VM_FLAGS_ALIAS_MASK: u32 = 0xFF00_0000;

    /// Rounds `x` up to a page boundary (saturating at the top).
    #[must_use]
    pub const fn round_page(x: u64) -> u64 {
        match x.checked_add(PAGE_MASK) {
            Some(v) => v & !PAGE_MASK,
            None => !PAGE_MASK,
        }
    }

    /// Truncates `x` to a page boundary.
    #[must_use]
    pub const fn trunc_page(x: u64) -> u64 {
        x & !PAGE_MASK
    }
}

/// Resource limits, `wait4(2)` options and scheduling priorities
/// (`bsd/sys/resource.h`, `wait.h`).
pub mod resource {
    pub const RLIMIT_CPU: i32 = 0;
    pub const RLIMIT_FSIZE: i32 = 1;
    pub const RLIMIT_DATA: i32 = 2;
    pub const RLIMIT_STACK: i32 = 3;
    pub const RLIMIT_CORE: i32 = 4;
    pub const RLIMIT_AS: i32 = 5;
    pub const RLIMIT_RSS: i32 = RLIMIT_AS;
    pub const RLIMIT_MEMLOCK: i32 = 6;
    pub const RLIMIT_NPROC: i32 = 7;
    pub const RLIMIT_NOFILE: i32 = 8;
    pub const RLIM_NLIMITS: i32 = 9;
    /// Set in the resource number by `setrlimit` for strict POSIX semantics.
    pub const RLIMIT_POSIX_FLAG: i32 = 0x1000;
    pub const RLIM_INFINITY: u64 = (1 << 63) - 1;

    pub const RUSAGE_SELF: i32 = 0;
    pub const RUSAGE_CHILDREN: i32 = -1;

    pub const PRIO_PROCESS: i32 = 0;
    pub const PRIO_PGRP: i32 = 1;
    pub const PRIO_USER: i32 = 2;
    pub const PRIO_DARWIN_THREAD: i32 = 3;
    pub const PRIO_DARWIN_PROCESS: i32 = 4;

    pub const WNOHANG: i32 = 0x01;
    pub const WUNTRACED: i32 = 0x02;
    pub const WEXITED: i32 = 0x04;
    pub const WSTOPPED: i32 = 0x08;
    pub const WCONTINUED: i32 = 0x10;
    pub const WNOWAIT: i32 = 0x20;
    /// Core-dump bit in a wait status.
    pub const WCOREFLAG: i32 = 0o200;
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::mem::offset_of;

    #[test]
    fn stat64_layout() {
        assert_eq!(offset_of!(Stat64, st_mode), 4);
        assert_eq!(offset_of!(Stat64, st_nlink), 6);
        assert_eq!(offset_of!(Stat64, st_ino), 8);
        assert_eq!(offset_of!(Stat64, st_uid), 16);
        assert_eq!(offset_of!(Stat64, st_rdev), 24);
        assert_eq!(offset_of!(Stat64, st_mtimespec), 48);
        assert_eq!(offset_of!(Stat64, st_birthtimespec), 80);
        assert_eq!(offset_of!(Stat64, st_blocks), 104);
        assert_eq!(offset_of!(Stat64, st_blksize), 112);
        assert_eq!(offset_of!(Stat64, st_qspare), 128);
    }

    #[test]
    fn other_layouts() {
        assert_eq!(offset_of!(Termios, c_cc), 32);
        assert_eq!(offset_of!(Termios, c_ispeed), 56);
        assert_eq!(offset_of!(Statfs64, f_fsid), 48);
        assert_eq!(offset_of!(Statfs64, f_fstypename), 72);
        assert_eq!(offset_of!(Statfs64, f_mntonname), 88);
        assert_eq!(offset_of!(Statfs64, f_mntfromname), 1112);
        assert_eq!(offset_of!(Statfs64, f_flags_ext), 2136);
        assert_eq!(offset_of!(Rusage, ru_maxrss), 32);
        assert_eq!(offset_of!(Flock, l_type), 20);
        assert_eq!(Statfs64::default().f_mntonname.len(), MAXPATHLEN);
    }

    #[test]
    fn ioctl_numbers() {
        assert_eq!(ioctl::TIOCGWINSZ, 0x4008_7468);
        assert_eq!(ioctl::TIOCSWINSZ, 0x8008_7467);
        assert_eq!(ioctl::TIOCGETA, 0x4048_7413);
        assert_eq!(ioctl::TIOCSETA, 0x8048_7414);
        assert_eq!(ioctl::TIOCSETAW, 0x8048_7415);
        assert_eq!(ioctl::TIOCSETAF, 0x8048_7416);
        assert_eq!(ioctl::FIONREAD, 0x4004_667f);
        assert_eq!(ioctl::FIONBIO, 0x8004_667e);
        assert_eq!(ioctl::FIOCLEX, 0x2000_6601);
        assert_eq!(ioctl::FIONCLEX, 0x2000_6602);
        assert_eq!(ioctl::TIOCGPGRP, 0x4004_7477);
        assert_eq!(ioctl::TIOCSPGRP, 0x8004_7476);
        assert_eq!(ioctl::TIOCSCTTY, 0x2000_7461);
        assert_eq!(ioctl::TIOCPTYGNAME, 0x4080_7453);
        assert_eq!(ioctl::TIOCPTYGRANT, 0x2000_7454);
        assert_eq!(ioctl::TIOCPTYUNLK, 0x2000_7452);
        assert_eq!(ioctl::param_len(ioctl::TIOCGETA), 72);
        assert_eq!(ioctl::group(ioctl::TIOCGETA), b't');
        assert_eq!(ioctl::name(ioctl::TIOCGWINSZ), Some("TIOCGWINSZ"));
        assert_eq!(
            ioctl::cmd_from_arg(0xffff_ffff_4008_7468),
            ioctl::TIOCGWINSZ
        );
        let mut seen = std::collections::HashSet::new();
        for (cmd, name) in ioctl::NAMES {
            assert!(seen.insert(*cmd), "duplicate ioctl {name}");
        }
    }

    #[test]
    fn flag_formatting() {
        let f = u64::from(oflags::O_RDWR | oflags::O_CREAT | oflags::O_CLOEXEC);
        assert_eq!(oflags::describe(f), "O_RDWR|O_CREAT|O_CLOEXEC");
        assert_eq!(oflags::describe(0), "O_RDONLY");
        assert_eq!(
            oflags::describe(u64::from(oflags::O_WRONLY) | 0x8000_0000),
            "O_WRONLY|0x80000000"
        );
        assert_eq!(
            format_flags(u64::from(mman::MAP_PRIVATE | mman::MAP_ANON), mman::NAMES),
            "MAP_PRIVATE|MAP_ANON"
        );
        assert_eq!(format_flags(0, mman::NAMES), "0x0");
        assert_eq!(mman::describe_prot(0), "PROT_NONE");
        assert_eq!(mman::describe_prot(5), "PROT_READ|PROT_EXEC");
        assert_eq!(
            format_flags(u64::from(fcntl::AT_SYMLINK_NOFOLLOW), fcntl::AT_NAMES),
            "AT_SYMLINK_NOFOLLOW"
        );
    }

    #[test]
    fn darwin_values() {
        assert_eq!(oflags::O_CREAT, 0x200);
        assert_eq!(oflags::O_DIRECTORY, 0x10_0000);
        assert_eq!(oflags::O_CLOEXEC, 0x100_0000);
        assert_eq!(oflags::O_SEARCH, 0x4010_0000);
        assert_eq!(mman::MAP_ANON, 0x1000);
        assert_eq!(mman::MAP_JIT, 0x800);
        assert_eq!(fcntl::AT_FDCWD, -2);
        assert_eq!(fcntl::F_GETPATH, 50);
        assert_eq!(fcntl::F_DUPFD_CLOEXEC, 67);
        assert_eq!(fcntl::cmd_name(67), Some("F_DUPFD_CLOEXEC"));
        assert_eq!(fcntl::cmd_name(1000), None);
        assert!(fcntl::CMD_NAMES.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(fcntl::whence_name(fcntl::SEEK_DATA), Some("SEEK_DATA"));
        assert_eq!(mode::type_name(mode::S_IFDIR | 0o755), Some("S_IFDIR"));
        assert_eq!(mode::iftodt(mode::S_IFREG), mode::DT_REG);
        assert_eq!(mode::iftodt(mode::S_IFLNK), mode::DT_LNK);
        assert_eq!(sysctl::TOP_LEVEL_NAMES[sysctl::CTL_HW as usize], "hw");
        assert_eq!(
            csops::OP_NAMES[csops::CS_OPS_TEAMID as usize],
            "CS_OPS_TEAMID"
        );
        assert_eq!(proc_info::PROC_PIDPATHINFO_MAXSIZE, 4096);
        assert_eq!(
            commpage::addr(commpage::COMM_PAGE_NT_TSC_BASE),
            0x7fff_ffe0_0050
        );
        assert_eq!(
            commpage::COMM_PAGE_SIGNATURE_64.len() as u64,
            commpage::COMM_PAGE_SIGNATURELEN
        );
        assert_eq!(vm::round_page(1), 4096);
        assert_eq!(vm::round_page(u64::MAX), !vm::PAGE_MASK);
        assert_eq!(vm::trunc_page(4097), 4096);
        assert_eq!(resource::RLIM_INFINITY, 0x7fff_ffff_ffff_ffff);
    }
}
