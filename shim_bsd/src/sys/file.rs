//! File and descriptor syscalls. Paths go through [`crate::vfs::Vfs`];
//! descriptors through the guest's [`crate::fdtable::FdTable`].

use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};

use common_bsd::errno::Errno;
use common_bsd::types::{
    Iovec, Stat64, Termios, Timespec, Winsize, fcntl, ioctl as dioctl, oflags,
};

use crate::dispatch::Args;
use crate::errno::{self, SysResult, ok};
use crate::fdtable::FdEntry;
use crate::mem::{GuestBuf, GuestCStr, GuestPtr, prot};
use crate::signal;
use crate::state::process;
use crate::vfs::Base;

/// Longest path a guest may pass (Darwin's `MAXPATHLEN`).
pub const MAXPATHLEN: usize = 1024;
/// Darwin's `IOV_MAX`.
const IOV_MAX: u64 = 1024;

fn path(p: GuestCStr) -> Result<Vec<u8>, Errno> {
    p.read(MAXPATHLEN)
}

/// Translates Darwin `open` flags to Linux ones. `O_CLOEXEC` is kept in the
/// guest's descriptor table instead; lock flags are applied after opening.
#[must_use]
pub fn open_flags_to_linux(f: u32) -> i32 {
    let mut l = (f & oflags::O_ACCMODE).cast_signed();
    let pairs = [
        (oflags::O_NONBLOCK, libc::O_NONBLOCK),
        (oflags::O_APPEND, libc::O_APPEND),
        (oflags::O_CREAT, libc::O_CREAT),
        (oflags::O_TRUNC, libc::O_TRUNC),
        (oflags::O_EXCL, libc::O_EXCL),
        (oflags::O_NOFOLLOW, libc::O_NOFOLLOW),
        (oflags::O_DIRECTORY, libc::O_DIRECTORY),
        (oflags::O_NOCTTY, libc::O_NOCTTY),
        (oflags::O_SYNC, libc::O_SYNC),
        (oflags::O_DSYNC, libc::O_DSYNC),
    ];
    for (d, lx) in pairs {
        if f & d != 0 {
            l |= lx;
        }
    }
    l
}

/// Darwin `O_*` status flags from Linux ones (for `F_GETFL`).
#[must_use]
pub fn status_flags_from_linux(l: i32) -> u32 {
    #[expect(clippy::cast_sign_loss, reason = "the access mode is 0..=2")]
    let mut f = (l & libc::O_ACCMODE) as u32;
    for (lx, d) in [
        (libc::O_NONBLOCK, oflags::O_NONBLOCK),
        (libc::O_APPEND, oflags::O_APPEND),
    ] {
        if l & lx != 0 {
            f |= d;
        }
    }
    f
}

fn timespec(sec: i64, nsec: i64) -> Timespec {
    Timespec {
        tv_sec: sec,
        tv_nsec: nsec,
    }
}

/// Converts a host `stat` to Darwin's 64-bit-inode layout.
#[must_use]
pub fn stat_from_linux(st: &libc::stat) -> Stat64 {
    let dev = |d: u64| {
        // Darwin dev_t is 32 bits: major in the top 8, minor in the low 24.
        let (major, minor) = (libc::major(d), libc::minor(d));
        ((major & 0xff) << 24 | (minor & 0x00ff_ffff)).cast_signed()
    };
    Stat64 {
        st_dev: dev(st.st_dev),
        #[expect(
            clippy::cast_possible_truncation,
            reason = "mode_t is 16 bits on Darwin; the bits used fit"
        )]
        st_mode: st.st_mode as u16,
        st_nlink: u16::try_from(st.st_nlink).unwrap_or(u16::MAX),
        st_ino: st.st_ino,
        st_uid: st.st_uid,
        st_gid: st.st_gid,
        st_rdev: dev(st.st_rdev),
        st_atimespec: timespec(st.st_atime, st.st_atime_nsec),
        st_mtimespec: timespec(st.st_mtime, st.st_mtime_nsec),
        st_ctimespec: timespec(st.st_ctime, st.st_ctime_nsec),
        st_birthtimespec: timespec(st.st_ctime, st.st_ctime_nsec),
        st_size: st.st_size,
        st_blocks: st.st_blocks,
        st_blksize: i32::try_from(st.st_blksize).unwrap_or(i32::MAX),
        ..Stat64::default()
    }
}

fn host_fd(fd: i32) -> Result<std::sync::Arc<OwnedFd>, Errno> {
    process().file(fd)
}

/// A host I/O call's result; `EPIPE` raises `SIGPIPE` in the guest first, as XNU does.
fn io_result(r: isize) -> SysResult {
    if r < 0 {
        let e = errno::last();
        if e == Errno::EPIPE {
            signal::deliver_sync(common_bsd::signals::SIGPIPE);
        }
        return Err(e);
    }
    ok(r.unsigned_abs() as u64)
}

/// `read(fd, buf, nbyte)`.
pub fn read(a: &Args) -> SysResult {
    let (fd, buf) = (a.int(0), a.buf(1, 2));
    let file = host_fd(fd)?;
    let p = buf.host_ptr(prot::WRITE)?;
    // SAFETY: `p` is writable guest memory of `buf.len` bytes (checked).
    io_result(unsafe { libc::read(file.as_raw_fd(), p, buf.len_usize()) })
}

/// `write(fd, buf, nbyte)`.
pub fn write(a: &Args) -> SysResult {
    let (fd, buf) = (a.int(0), a.buf(1, 2));
    let file = host_fd(fd)?;
    let p = buf.host_ptr(prot::READ)?;
    // SAFETY: `p` is readable guest memory of `buf.len` bytes (checked).
    io_result(unsafe { libc::write(file.as_raw_fd(), p, buf.len_usize()) })
}

/// `pread(fd, buf, nbyte, offset)`.
pub fn pread(a: &Args) -> SysResult {
    let (fd, buf, off) = (a.int(0), a.buf(1, 2), a.i64(3));
    let file = host_fd(fd)?;
    let p = buf.host_ptr(prot::WRITE)?;
    // SAFETY: `p` is writable guest memory of `buf.len` bytes (checked).
    io_result(unsafe { libc::pread(file.as_raw_fd(), p, buf.len_usize(), off) })
}

/// `pwrite(fd, buf, nbyte, offset)`.
pub fn pwrite(a: &Args) -> SysResult {
    let (fd, buf, off) = (a.int(0), a.buf(1, 2), a.i64(3));
    let file = host_fd(fd)?;
    let p = buf.host_ptr(prot::READ)?;
    // SAFETY: `p` is readable guest memory of `buf.len` bytes (checked).
    io_result(unsafe { libc::pwrite(file.as_raw_fd(), p, buf.len_usize(), off) })
}

/// Reads a guest iovec array and checks every buffer for `need`.
fn iovecs(base: GuestPtr<Iovec>, count: u64, need: u32) -> Result<Vec<libc::iovec>, Errno> {
    if count > IOV_MAX {
        return Err(Errno::EINVAL);
    }
    let mut out = Vec::new();
    for i in 0..count {
        let v = base.add(i).read()?;
        let p = GuestBuf::new(v.iov_base, v.iov_len).host_ptr(need)?;
        out.push(libc::iovec {
            iov_base: p,
            iov_len: usize::try_from(v.iov_len).map_err(|_| Errno::EINVAL)?,
        });
    }
    Ok(out)
}

/// `readv(fd, iov, iovcnt)`.
pub fn readv(a: &Args) -> SysResult {
    let (fd, iov, cnt) = (a.int(0), a.ptr::<Iovec>(1), u64::from(a.uint(2)));
    let file = host_fd(fd)?;
    let v = iovecs(iov, cnt, prot::WRITE)?;
    // SAFETY: each iovec points at checked writable guest memory.
    io_result(unsafe {
        libc::readv(
            file.as_raw_fd(),
            v.as_ptr(),
            v.len().try_into().unwrap_or(0),
        )
    })
}

/// `writev(fd, iov, iovcnt)`.
pub fn writev(a: &Args) -> SysResult {
    let (fd, iov, cnt) = (a.int(0), a.ptr::<Iovec>(1), u64::from(a.uint(2)));
    let file = host_fd(fd)?;
    let v = iovecs(iov, cnt, prot::READ)?;
    // SAFETY: each iovec points at checked readable guest memory.
    io_result(unsafe {
        libc::writev(
            file.as_raw_fd(),
            v.as_ptr(),
            v.len().try_into().unwrap_or(0),
        )
    })
}

fn open_common(dirfd: i32, p: GuestCStr, flags: u32, mode: u32) -> SysResult {
    let path = path(p)?;
    let proc = process();
    let (base, _keep) = proc.base(dirfd)?;
    let fd = proc
        .vfs
        .open(base, &path, open_flags_to_linux(flags), mode & 0o7777)?;
    if flags & (oflags::O_SHLOCK | oflags::O_EXLOCK) != 0 {
        let op = if flags & oflags::O_EXLOCK != 0 {
            libc::LOCK_EX
        } else {
            libc::LOCK_SH
        };
        let nb = if flags & oflags::O_NONBLOCK != 0 {
            libc::LOCK_NB
        } else {
            0
        };
        // SAFETY: `fd` is an open descriptor we own.
        if unsafe { libc::flock(fd.as_raw_fd(), op | nb) } < 0 {
            return Err(errno::last());
        }
    }
    let gfd = proc.install_fd(fd, flags & oflags::O_CLOEXEC != 0)?;
    ok(u64::from(gfd.unsigned_abs()))
}

/// `open(path, flags, mode)`.
pub fn open(a: &Args) -> SysResult {
    open_common(fcntl::AT_FDCWD, a.cstr(0), a.uint(1), a.uint(2))
}

/// `openat(dirfd, path, flags, mode)`.
pub fn openat(a: &Args) -> SysResult {
    open_common(a.int(0), a.cstr(1), a.uint(2), a.uint(3))
}

/// `close(fd)`.
pub fn close(a: &Args) -> SysResult {
    process().fds().remove(a.int(0))?;
    ok(0)
}

fn fstat_host(fd: i32) -> Result<libc::stat, Errno> {
    let file = host_fd(fd)?;
    // SAFETY: libc::stat is plain data; all-zero is a valid value.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: open descriptor and valid out pointer.
    if unsafe { libc::fstat(file.as_raw_fd(), &raw mut st) } < 0 {
        return Err(errno::last());
    }
    Ok(st)
}

/// `fstat64(fd, sb)`.
pub fn fstat64(a: &Args) -> SysResult {
    let (fd, out) = (a.int(0), a.ptr::<Stat64>(1));
    let st = fstat_host(fd)?;
    out.write(&stat_from_linux(&st))?;
    ok(0)
}

fn stat_at(dirfd: i32, p: GuestCStr, out: GuestPtr<Stat64>, follow: bool) -> SysResult {
    let path = path(p)?;
    let proc = process();
    let (base, _keep) = proc.base(dirfd)?;
    let st = proc.vfs.stat(base, &path, follow)?;
    out.write(&stat_from_linux(&st))?;
    ok(0)
}

/// `stat64(path, sb)`.
pub fn stat64(a: &Args) -> SysResult {
    stat_at(fcntl::AT_FDCWD, a.cstr(0), a.ptr(1), true)
}

/// `lstat64(path, sb)`.
pub fn lstat64(a: &Args) -> SysResult {
    stat_at(fcntl::AT_FDCWD, a.cstr(0), a.ptr(1), false)
}

/// `fstatat64(dirfd, path, sb, flag)`.
pub fn fstatat64(a: &Args) -> SysResult {
    let flags = a.uint(3);
    stat_at(
        a.int(0),
        a.cstr(1),
        a.ptr(2),
        flags & fcntl::AT_SYMLINK_NOFOLLOW == 0,
    )
}

/// `lseek(fd, offset, whence)`.
pub fn lseek(a: &Args) -> SysResult {
    let (fd, off, whence) = (a.int(0), a.i64(1), a.int(2));
    let w = match whence {
        fcntl::SEEK_SET => libc::SEEK_SET,
        fcntl::SEEK_CUR => libc::SEEK_CUR,
        fcntl::SEEK_END => libc::SEEK_END,
        fcntl::SEEK_HOLE => libc::SEEK_HOLE,
        fcntl::SEEK_DATA => libc::SEEK_DATA,
        _ => return Err(Errno::EINVAL),
    };
    let file = host_fd(fd)?;
    // SAFETY: open descriptor.
    let r = unsafe { libc::lseek(file.as_raw_fd(), off, w) };
    ok(errno::check(r)?)
}

fn termios_from_linux(t: &libc::termios) -> Termios {
    // The flag bits differ between the systems; isatty-style callers only
    // need the call to succeed, so the flags are carried over only where
    // they mean the same (the input/output processing basics).
    let mut out = Termios {
        c_iflag: u64::from(t.c_iflag & 0o3777),
        c_oflag: u64::from(t.c_oflag & 1),
        ..Termios::default()
    };
    let lflag_pairs = [
        (libc::ECHO, 0x8u64),
        (libc::ECHOE, 0x2),
        (libc::ECHOK, 0x4),
        (libc::ECHONL, 0x10),
        (libc::ISIG, 0x80),
        (libc::ICANON, 0x100),
        (libc::IEXTEN, 0x400),
    ];
    for (l, d) in lflag_pairs {
        if t.c_lflag & l != 0 {
            out.c_lflag |= d;
        }
    }
    let cs = match t.c_cflag & libc::CSIZE {
        libc::CS5 => 0x000,
        libc::CS6 => 0x100,
        libc::CS7 => 0x200,
        _ => 0x300,
    };
    out.c_cflag = cs
        | if t.c_cflag & libc::CREAD != 0 {
            0x800
        } else {
            0
        };
    out.c_ispeed = 38400;
    out.c_ospeed = 38400;
    out
}

/// `ioctl(fd, request, arg)`.
pub fn ioctl(a: &Args) -> SysResult {
    let (fd, req, arg) = (a.int(0), a.raw(1) & 0xffff_ffff, a.raw(2));
    let file = host_fd(fd)?;
    let raw = file.as_raw_fd();
    match req {
        r if r == u64::from(dioctl::TIOCGWINSZ) => {
            let mut ws = libc::winsize {
                ws_row: 0,
                ws_col: 0,
                ws_xpixel: 0,
                ws_ypixel: 0,
            };
            // SAFETY: open descriptor and valid out pointer of the right type.
            if unsafe { libc::ioctl(raw, libc::TIOCGWINSZ, &raw mut ws) } < 0 {
                return Err(errno::last());
            }
            let d = Winsize {
                ws_row: ws.ws_row,
                ws_col: ws.ws_col,
                ws_xpixel: ws.ws_xpixel,
                ws_ypixel: ws.ws_ypixel,
            };
            GuestPtr::<Winsize>::new(arg).write(&d)?;
            ok(0)
        }
        r if r == u64::from(dioctl::TIOCGETA) => {
            // SAFETY: libc::termios is plain data; zero is valid.
            let mut t: libc::termios = unsafe { std::mem::zeroed() };
            // SAFETY: open descriptor and valid out pointer.
            if unsafe { libc::tcgetattr(raw, &raw mut t) } < 0 {
                return Err(errno::last());
            }
            GuestPtr::<Termios>::new(arg).write(&termios_from_linux(&t))?;
            ok(0)
        }
        r if r == u64::from(dioctl::FIONREAD) => {
            let mut n: libc::c_int = 0;
            // SAFETY: open descriptor and valid out pointer.
            if unsafe { libc::ioctl(raw, libc::FIONREAD, &raw mut n) } < 0 {
                return Err(errno::last());
            }
            GuestPtr::<i32>::new(arg).write(&n)?;
            ok(0)
        }
        r if r == u64::from(dioctl::FIONBIO) => {
            let on = GuestPtr::<i32>::new(arg).read()? != 0;
            set_nonblocking(raw, on)?;
            ok(0)
        }
        r if r == u64::from(dioctl::FIOCLEX) || r == u64::from(dioctl::FIONCLEX) => {
            process().fds().get_mut(fd)?.cloexec = r == u64::from(dioctl::FIOCLEX);
            ok(0)
        }
        _ => {
            crate::trace::unsupported("ioctl", &format!("request {req:#x}"));
            Err(Errno::ENOTTY)
        }
    }
}

fn set_nonblocking(raw: i32, on: bool) -> Result<(), Errno> {
    // SAFETY: plain fcntl on an open descriptor.
    let fl = unsafe { libc::fcntl(raw, libc::F_GETFL) };
    if fl < 0 {
        return Err(errno::last());
    }
    let fl = if on {
        fl | libc::O_NONBLOCK
    } else {
        fl & !libc::O_NONBLOCK
    };
    // SAFETY: plain fcntl on an open descriptor.
    if unsafe { libc::fcntl(raw, libc::F_SETFL, fl) } < 0 {
        return Err(errno::last());
    }
    Ok(())
}

fn dup_from(fd: i32, min: i32, cloexec: bool) -> SysResult {
    let proc = process();
    let mut fds = proc.fds();
    let file = fds.get(fd)?.file.clone();
    let new = fds.insert_from(min, FdEntry { file, cloexec })?;
    ok(u64::from(new.unsigned_abs()))
}

/// `fcntl(fd, cmd, arg)`.
pub fn fcntl(a: &Args) -> SysResult {
    let (fd, cmd, arg) = (a.int(0), a.int(1), a.raw(2));
    let file = host_fd(fd)?;
    let raw = file.as_raw_fd();
    #[expect(
        clippy::cast_possible_truncation,
        reason = "int argument in the low 32 bits"
    )]
    let iarg = arg as i32;
    match cmd {
        fcntl::F_DUPFD => dup_from(fd, iarg, false),
        fcntl::F_DUPFD_CLOEXEC => dup_from(fd, iarg, true),
        fcntl::F_GETFD => ok(u64::from(process().fds().get(fd)?.cloexec)),
        fcntl::F_SETFD => {
            process().fds().get_mut(fd)?.cloexec = iarg & fcntl::FD_CLOEXEC != 0;
            ok(0)
        }
        fcntl::F_GETFL => {
            // SAFETY: plain fcntl on an open descriptor.
            let fl = unsafe { libc::fcntl(raw, libc::F_GETFL) };
            if fl < 0 {
                return Err(errno::last());
            }
            ok(u64::from(status_flags_from_linux(fl)))
        }
        fcntl::F_SETFL => {
            #[expect(clippy::cast_sign_loss, reason = "flag bits")]
            let d = iarg as u32;
            let mut fl = 0;
            if d & oflags::O_NONBLOCK != 0 {
                fl |= libc::O_NONBLOCK;
            }
            if d & oflags::O_APPEND != 0 {
                fl |= libc::O_APPEND;
            }
            // SAFETY: plain fcntl on an open descriptor.
            if unsafe { libc::fcntl(raw, libc::F_SETFL, fl) } < 0 {
                return Err(errno::last());
            }
            ok(0)
        }
        fcntl::F_GETPATH => {
            let mut p = process().vfs.guest_path_of_fd(raw)?;
            p.push(0);
            if p.len() > MAXPATHLEN {
                return Err(Errno::ENAMETOOLONG);
            }
            GuestBuf::new(arg, MAXPATHLEN as u64).write(&p)?;
            ok(0)
        }
        fcntl::F_FULLFSYNC => {
            // SAFETY: open descriptor.
            errno::check(i64::from(unsafe { libc::fsync(raw) }))?;
            ok(0)
        }
        _ => {
            crate::trace::unsupported("fcntl", &format!("command {cmd}"));
            Err(Errno::EINVAL)
        }
    }
}

/// `dup(fd)`.
pub fn dup(a: &Args) -> SysResult {
    dup_from(a.int(0), 0, false)
}

/// `dup2(from, to)`.
pub fn dup2(a: &Args) -> SysResult {
    let (from, to) = (a.int(0), a.int(1));
    let proc = process();
    let mut fds = proc.fds();
    let file = fds.get(from)?.file.clone();
    if from != to {
        fds.insert_at(
            to,
            FdEntry {
                file,
                cloexec: false,
            },
        )?;
    }
    ok(u64::from(to.unsigned_abs()))
}

fn access_at(dirfd: i32, p: GuestCStr, mode: i32, flags: u32) -> SysResult {
    let path = path(p)?;
    let proc = process();
    let (base, _keep) = proc.base(dirfd)?;
    proc.vfs
        .access(base, &path, mode & 7, flags & fcntl::AT_EACCESS != 0)?;
    ok(0)
}

/// `access(path, mode)`.
pub fn access(a: &Args) -> SysResult {
    access_at(fcntl::AT_FDCWD, a.cstr(0), a.int(1), 0)
}

/// `faccessat(dirfd, path, mode, flag)`.
pub fn faccessat(a: &Args) -> SysResult {
    access_at(a.int(0), a.cstr(1), a.int(2), a.uint(3))
}

fn readlink_at(dirfd: i32, p: GuestCStr, buf: GuestBuf) -> SysResult {
    let path = path(p)?;
    let proc = process();
    let (base, _keep) = proc.base(dirfd)?;
    let target = proc.vfs.readlink(base, &path)?;
    let n = target.len().min(buf.len_usize());
    buf.write(&target[..n])?;
    ok(n as u64)
}

/// `readlink(path, buf, bufsize)`.
pub fn readlink(a: &Args) -> SysResult {
    readlink_at(fcntl::AT_FDCWD, a.cstr(0), a.buf(1, 2))
}

/// `readlinkat(dirfd, path, buf, bufsize)`.
pub fn readlinkat(a: &Args) -> SysResult {
    readlink_at(a.int(0), a.cstr(1), a.buf(2, 3))
}

fn unlink_at(dirfd: i32, p: GuestCStr, dir: bool) -> SysResult {
    let path = path(p)?;
    let proc = process();
    let (base, _keep) = proc.base(dirfd)?;
    proc.vfs.unlink(base, &path, dir)?;
    ok(0)
}

/// `unlink(path)`.
pub fn unlink(a: &Args) -> SysResult {
    unlink_at(fcntl::AT_FDCWD, a.cstr(0), false)
}

/// `unlinkat(dirfd, path, flag)`.
pub fn unlinkat(a: &Args) -> SysResult {
    unlink_at(a.int(0), a.cstr(1), a.uint(2) & fcntl::AT_REMOVEDIR != 0)
}

/// `rmdir(path)`.
pub fn rmdir(a: &Args) -> SysResult {
    unlink_at(fcntl::AT_FDCWD, a.cstr(0), true)
}

fn mkdir_at(dirfd: i32, p: GuestCStr, mode: u32) -> SysResult {
    let path = path(p)?;
    let proc = process();
    let (base, _keep) = proc.base(dirfd)?;
    proc.vfs.mkdir(base, &path, mode & 0o7777)?;
    ok(0)
}

/// `mkdir(path, mode)`.
pub fn mkdir(a: &Args) -> SysResult {
    mkdir_at(fcntl::AT_FDCWD, a.cstr(0), a.uint(1))
}

/// `mkdirat(dirfd, path, mode)`.
pub fn mkdirat(a: &Args) -> SysResult {
    mkdir_at(a.int(0), a.cstr(1), a.uint(2))
}

fn rename_at(fromfd: i32, from: GuestCStr, tofd: i32, to: GuestCStr) -> SysResult {
    let (from, to) = (path(from)?, path(to)?);
    let proc = process();
    let (fbase, _k1) = proc.base(fromfd)?;
    let (tbase, _k2) = proc.base(tofd)?;
    proc.vfs.rename((fbase, &from), (tbase, &to))?;
    ok(0)
}

/// `rename(from, to)`.
pub fn rename(a: &Args) -> SysResult {
    rename_at(fcntl::AT_FDCWD, a.cstr(0), fcntl::AT_FDCWD, a.cstr(1))
}

/// `renameat(fromfd, from, tofd, to)`.
pub fn renameat(a: &Args) -> SysResult {
    rename_at(a.int(0), a.cstr(1), a.int(2), a.cstr(3))
}

/// `chdir(path)`.
pub fn chdir(a: &Args) -> SysResult {
    let path = path(a.cstr(0))?;
    process().vfs.chdir(Base::Cwd, &path)?;
    ok(0)
}

/// `fchdir(fd)`.
pub fn fchdir(a: &Args) -> SysResult {
    let file = host_fd(a.int(0))?;
    process().vfs.fchdir(file.as_raw_fd())?;
    ok(0)
}

/// `fsync(fd)`.
pub fn fsync(a: &Args) -> SysResult {
    let file = host_fd(a.int(0))?;
    // SAFETY: open descriptor.
    errno::check(i64::from(unsafe { libc::fsync(file.as_raw_fd()) }))?;
    ok(0)
}

/// `ftruncate(fd, length)`.
pub fn ftruncate(a: &Args) -> SysResult {
    let file = host_fd(a.int(0))?;
    // SAFETY: open descriptor.
    errno::check(i64::from(unsafe {
        libc::ftruncate(file.as_raw_fd(), a.i64(1))
    }))?;
    ok(0)
}

/// `getdtablesize()`.
pub fn getdtablesize(_a: &Args) -> SysResult {
    ok(u64::from(process().fds().limit().unsigned_abs()))
}

/// `pipe()`: XNU returns the read end in rax and the write end in rdx.
pub fn pipe(_a: &Args) -> SysResult {
    let mut fds = [0i32; 2];
    // SAFETY: valid out array of two ints.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
        return Err(errno::last());
    }
    // SAFETY: both descriptors were just created and are owned by nobody else.
    let (r, w) = unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
    let proc = process();
    let rfd = proc.install_fd(r, false)?;
    let wfd = match proc.install_fd(w, false) {
        Ok(w) => w,
        Err(e) => {
            let _ = proc.fds().remove(rfd);
            return Err(e);
        }
    };
    Ok(crate::errno::SysRet(
        u64::from(rfd.unsigned_abs()),
        u64::from(wfd.unsigned_abs()),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_flags_translate() {
        let l = open_flags_to_linux(
            oflags::O_WRONLY | oflags::O_CREAT | oflags::O_TRUNC | oflags::O_CLOEXEC,
        );
        assert_eq!(l, libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC);
        assert_eq!(
            open_flags_to_linux(oflags::O_DIRECTORY | oflags::O_NOFOLLOW),
            libc::O_DIRECTORY | libc::O_NOFOLLOW
        );
        assert_eq!(
            status_flags_from_linux(libc::O_RDWR | libc::O_APPEND),
            oflags::O_RDWR | oflags::O_APPEND
        );
    }
}
