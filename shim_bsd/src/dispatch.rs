//! The syscall dispatcher: from the guest's registers to a handler and back.
//!
//! [`dispatch`] takes the guest's register file, decodes XNU's `x86_64`
//! calling convention (rax = class | number; arguments in rdi, rsi, rdx,
//! r10, r8, r9), runs the handler from [`crate::sys::TABLE`] and writes the
//! result back the way XNU does. It does not care how it was entered: the
//! SIGSYS handler (see [`crate::trap`]) calls it with the registers of the
//! saved signal context, and a later direct gate from libSystem can call it
//! with registers it saved itself.

use common_bsd::errno::Errno;
use common_bsd::signals;
use common_bsd::syscalls::{self, SyscallClass, SyscallInfo};

use crate::errno::{SysResult, SysRet};
use crate::mem::{GuestBuf, GuestCStr, GuestPtr, Pod};
use crate::sys::{self, HandlerEntry};
use crate::{signal, trace};

/// Carry flag in rflags: set on a failed BSD syscall.
pub const RFLAGS_CF: u64 = 1;

/// The guest registers a syscall reads and writes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GuestRegs {
    /// Class and number on entry; result on exit.
    pub rax: u64,
    /// Argument 1.
    pub rdi: u64,
    /// Argument 2.
    pub rsi: u64,
    /// Argument 3; second result on exit.
    pub rdx: u64,
    /// Argument 4 (rcx is clobbered by `syscall`).
    pub r10: u64,
    /// Argument 5.
    pub r8: u64,
    /// Argument 6.
    pub r9: u64,
    /// Address after the `syscall` instruction.
    pub rip: u64,
    /// Stack pointer.
    pub rsp: u64,
    /// Flags; CF reports failure.
    pub rflags: u64,
}

/// A syscall's six raw arguments, with typed views. Each handler decodes its
/// arguments once, through these, into guest-pointer types whose accesses
/// are checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Args(pub [u64; 6]);

impl Args {
    /// The raw 64-bit argument `i`.
    #[must_use]
    pub fn raw(&self, i: usize) -> u64 {
        self.0[i]
    }

    /// Argument `i` as a C `int` (the low 32 bits, as the kernel reads it).
    #[must_use]
    #[expect(
        clippy::cast_possible_truncation,
        reason = "C int arguments live in the low 32 bits"
    )]
    pub fn int(&self, i: usize) -> i32 {
        (self.0[i] as u32).cast_signed()
    }

    /// Argument `i` as an unsigned `int`.
    #[must_use]
    #[expect(
        clippy::cast_possible_truncation,
        reason = "C unsigned arguments live in the low 32 bits"
    )]
    pub fn uint(&self, i: usize) -> u32 {
        self.0[i] as u32
    }

    /// Argument `i` as a signed 64-bit value (`off_t`, `ssize_t`).
    #[must_use]
    #[expect(
        clippy::cast_possible_wrap,
        reason = "reinterpreting the register as off_t"
    )]
    pub fn i64(&self, i: usize) -> i64 {
        self.0[i] as i64
    }

    /// Argument `i` as a typed guest pointer.
    #[must_use]
    pub fn ptr<T: Pod>(&self, i: usize) -> GuestPtr<T> {
        GuestPtr::new(self.0[i])
    }

    /// A guest buffer: address in argument `addr`, length in argument `len`.
    #[must_use]
    pub fn buf(&self, addr: usize, len: usize) -> GuestBuf {
        GuestBuf::new(self.0[addr], self.0[len])
    }

    /// Argument `i` as a NUL-terminated guest string.
    #[must_use]
    pub fn cstr(&self, i: usize) -> GuestCStr {
        GuestCStr(self.0[i])
    }
}

/// Runs the syscall in `regs` and writes its result back into `regs`.
pub fn dispatch(regs: &mut GuestRegs) {
    let args = Args([regs.rdi, regs.rsi, regs.rdx, regs.r10, regs.r8, regs.r9]);
    let Some((class, number)) = SyscallClass::from_rax(regs.rax) else {
        // Not a Darwin syscall at all: XNU answers an invalid class with SIGSYS.
        trace::invalid_syscall(regs.rax);
        signal::deliver_sync(signals::SIGSYS);
        return;
    };
    let info = syscalls::lookup(class, number);
    let entry = sys::lookup(class, number);
    let start = trace::enter();
    let result = match (entry, info) {
        (Some(entry), _) => (entry.handler)(&args),
        (None, Some(info)) => {
            trace::unimplemented(class, info);
            Err(Errno::ENOSYS)
        }
        (None, None) => {
            trace::invalid_syscall(regs.rax);
            if class == SyscallClass::Unix {
                // XNU's nosys(): SIGSYS, and ENOSYS if it is caught or ignored.
                signal::deliver_sync(signals::SIGSYS);
            }
            Err(Errno::ENOSYS)
        }
    };
    trace::exit(start, class, number, info, &args, &result);
    write_back(regs, class, entry, result);
}

fn write_back(
    regs: &mut GuestRegs,
    class: SyscallClass,
    entry: Option<&HandlerEntry>,
    result: SysResult,
) {
    match class {
        SyscallClass::Unix => match result {
            Ok(SysRet(v0, v1)) => {
                regs.rax = v0;
                if entry.is_some_and(|e| e.two_results) {
                    regs.rdx = v1;
                }
                regs.rflags &= !RFLAGS_CF;
            }
            Err(e) => {
                regs.rax = u64::from(e.0.unsigned_abs());
                regs.rflags |= RFLAGS_CF;
            }
        },
        // Mach traps and machine-dependent calls return their value (a
        // kern_return_t for traps) in rax and never touch the carry flag.
        SyscallClass::Mach | SyscallClass::MachDep | SyscallClass::Diag => {
            regs.rax = match result {
                Ok(SysRet(v, _)) => v,
                Err(_) => sys::mach::KERN_INVALID_ARGUMENT,
            };
        }
    }
}

/// The name of a syscall for messages, also for numbers XNU does not know.
#[must_use]
pub fn syscall_name(class: SyscallClass, number: u32, info: Option<&SyscallInfo>) -> String {
    info.map_or_else(
        || format!("{}#{number}", class.name()),
        |i| i.name.to_owned(),
    )
}
