//! Mach traps and machine-dependent calls. There is no Mach IPC yet: the
//! traps that name ports hand out fixed, distinct port names.

use common_bsd::errno::Errno;

use crate::dispatch::Args;
use crate::errno::{SysResult, ok};

/// `arch_prctl` code that sets the GS base (asm/prctl.h).
const ARCH_SET_GS: libc::c_int = 0x1001;

/// `KERN_SUCCESS`.
pub const KERN_SUCCESS: u64 = 0;
/// `KERN_INVALID_ARGUMENT`: also what XNU's `kern_invalid` trap returns.
pub const KERN_INVALID_ARGUMENT: u64 = 4;

/// Port name of the task's own port.
pub const TASK_SELF_PORT: u64 = 0x103;
/// Port name of the host port.
pub const HOST_SELF_PORT: u64 = 0x203;
/// Port name of the (main) thread's port.
pub const THREAD_SELF_PORT: u64 = 0x303;
/// Port name returned by `mach_reply_port`.
pub const REPLY_PORT: u64 = 0x403;

/// `task_self_trap()`.
pub fn task_self(_a: &Args) -> SysResult {
    ok(TASK_SELF_PORT)
}

/// `host_self_trap()`.
pub fn host_self(_a: &Args) -> SysResult {
    ok(HOST_SELF_PORT)
}

/// `thread_self_trap()`.
pub fn thread_self(_a: &Args) -> SysResult {
    ok(THREAD_SELF_PORT)
}

/// `mach_reply_port()`.
pub fn reply_port(_a: &Args) -> SysResult {
    ok(REPLY_PORT)
}

/// `mach_timebase_info_trap(info)`: the timebase is 1/1 (nanoseconds).
pub fn timebase_info(a: &Args) -> SysResult {
    let info = a.ptr::<[u32; 2]>(0);
    match info.write(&[1, 1]) {
        Ok(()) => ok(KERN_SUCCESS),
        Err(_) => ok(KERN_INVALID_ARGUMENT),
    }
}

/// `thread_fast_set_cthread_self(tsd)`: points %gs at the thread's TSD
/// array. Linux's own TLS stays on %fs.
pub fn set_cthread_self(a: &Args) -> SysResult {
    let base = a.raw(0);
    // SAFETY: ARCH_SET_GS only changes this thread's GS base, which the
    // runner itself never uses.
    let r = unsafe { libc::syscall(libc::SYS_arch_prctl, ARCH_SET_GS, base) };
    if r < 0 {
        return Err(Errno::EINVAL);
    }
    ok(0)
}
