//! Process identity and lifetime.

use common_bsd::errno::Errno;
use common_bsd::signals;

use crate::dispatch::Args;
use crate::errno::{SysResult, ok};
use crate::signal;

/// `exit(status)`: ends the process with the low 8 bits of `status`.
pub fn exit(a: &Args) -> SysResult {
    crate::exit_process(a.int(0) & 0xff)
}

/// `getpid()`.
pub fn getpid(_a: &Args) -> SysResult {
    ok(u64::from(std::process::id()))
}

/// `getppid()`.
pub fn getppid(_a: &Args) -> SysResult {
    ok(u64::from(std::os::unix::process::parent_id()))
}

/// `getuid()`.
pub fn getuid(_a: &Args) -> SysResult {
    ok(u64::from(nix::unistd::getuid().as_raw()))
}

/// `geteuid()`.
pub fn geteuid(_a: &Args) -> SysResult {
    ok(u64::from(nix::unistd::geteuid().as_raw()))
}

/// `getgid()`.
pub fn getgid(_a: &Args) -> SysResult {
    ok(u64::from(nix::unistd::getgid().as_raw()))
}

/// `getegid()`.
pub fn getegid(_a: &Args) -> SysResult {
    ok(u64::from(nix::unistd::getegid().as_raw()))
}

/// `issetugid()`: the runner never runs set-id images.
pub fn issetugid(_a: &Args) -> SysResult {
    ok(0)
}

/// `kill(pid, signum, posix)`: to the calling process (pid, 0 or -pid of its
/// group) the signal takes its default action; signal 0 checks existence.
pub fn kill(a: &Args) -> SysResult {
    let (pid, sig) = (a.int(0), a.int(1));
    if !(0..signals::NSIG).contains(&sig) {
        return Err(Errno::EINVAL);
    }
    let me = i32::try_from(std::process::id()).unwrap_or(i32::MAX);
    if pid != me && pid != 0 && pid != -me {
        return Err(Errno::ESRCH);
    }
    if sig != 0 {
        signal::deliver_sync(sig);
    }
    ok(0)
}

/// `sigprocmask(how, set, oset)`: reports an empty mask.
pub fn sigprocmask(a: &Args) -> SysResult {
    let (how, oset) = (a.int(0), a.ptr::<u32>(2));
    if !(1..=3).contains(&how) {
        return Err(Errno::EINVAL);
    }
    oset.write_opt(&0)?;
    ok(0)
}
