//! The trap: how a guest `syscall` instruction reaches the dispatcher, and
//! how guest faults end up as Darwin signals.
//!
//! A seccomp filter makes the kernel raise SIGSYS, instead of running the
//! call, for
//! - every Darwin-class number (rax in `0x1000000..0x5000000`), wherever it
//!   comes from (the runner never issues one), and
//! - every other syscall whose instruction pointer lies outside the host's
//!   executable mappings as they were when the filter was installed (the
//!   runner binary, libc, ld.so, vDSO): that is, any Linux syscall issued by
//!   guest code.
//!
//! The SIGSYS handler runs on its own alternate stack (guest stacks may be
//! tiny), copies the saved registers into [`GuestRegs`], calls
//! [`dispatch`] and copies the result back; the kernel's `rt_sigreturn`
//! then resumes the guest after its `syscall` instruction. A Linux-numbered
//! call from guest code is answered as XNU answers an invalid call: SIGSYS
//! to the guest.
//!
//! The filter program is built here rather than with `seccompiler`'s rule
//! compiler because that compiler can only match syscall numbers and
//! arguments, not numeric ranges or the instruction pointer; the program is
//! still installed with `seccompiler::apply_filter` and uses its
//! `sock_filter` type.

use std::sync::OnceLock;

use seccompiler::sock_filter;

use crate::dispatch::{GuestRegs, dispatch};
use crate::signal;

/// `SYS_SECCOMP`: the `si_code` of a seccomp SIGSYS.
const SYS_SECCOMP: i32 = 1;
/// Size of each thread's signal stack.
const SIGNAL_STACK_SIZE: usize = 1 << 20;

// Classic BPF opcodes (linux/filter.h).
const BPF_LD_W_ABS: u16 = 0x20;
const BPF_JMP_JEQ_K: u16 = 0x15;
const BPF_JMP_JGE_K: u16 = 0x35;
const BPF_JMP_JGT_K: u16 = 0x25;
const BPF_RET_K: u16 = 0x06;
const SECCOMP_RET_ALLOW: u32 = 0x7fff_0000;
const SECCOMP_RET_TRAP: u32 = 0x0003_0000;
const AUDIT_ARCH_X86_64: u32 = 0xc000_003e;
// Offsets in struct seccomp_data.
const OFF_NR: u32 = 0;
const OFF_ARCH: u32 = 4;
const OFF_IP_LO: u32 = 8;
const OFF_IP_HI: u32 = 12;

/// The lowest and one-past-highest Darwin class numbers.
const DARWIN_NR_LO: u32 = 0x0100_0000;
const DARWIN_NR_HI: u32 = 0x0500_0000;

/// Executable host ranges `[start, end)` from which Linux syscalls are allowed.
static HOST_TEXT: OnceLock<Vec<(u64, u64)>> = OnceLock::new();

fn stmt(code: u16, k: u32) -> sock_filter {
    sock_filter {
        code,
        jt: 0,
        jf: 0,
        k,
    }
}

fn jump(code: u16, k: u32, jt: u8, jf: u8) -> sock_filter {
    sock_filter { code, jt, jf, k }
}

/// Splits `[start, end)` into pieces whose addresses share their upper 32 bits.
fn split_by_high_word(start: u64, end: u64) -> Vec<(u32, u32, u32)> {
    let mut out = Vec::new();
    if start >= end {
        return out;
    }
    let mut s = start;
    loop {
        let last = (s | 0xffff_ffff).min(end - 1);
        #[expect(
            clippy::cast_possible_truncation,
            reason = "splitting a 64-bit address into 32-bit halves"
        )]
        out.push(((s >> 32) as u32, s as u32, last as u32));
        if last == end - 1 {
            return out;
        }
        s = last + 1;
    }
}

/// Builds the filter: trap Darwin numbers, allow Linux calls from `host`
/// ranges, trap everything else. Every jump is forward and short.
///
/// # Errors
/// When there are too many ranges for cBPF's 8-bit jump offsets.
pub fn build_filter(host: &[(u64, u64)]) -> Result<Vec<sock_filter>, String> {
    let pieces: Vec<(u32, u32, u32)> = host
        .iter()
        .flat_map(|&(s, e)| split_by_high_word(s, e))
        .collect();
    let mut prog = vec![
        stmt(BPF_LD_W_ABS, OFF_ARCH),
        // Not x86_64 (int 0x80, x32 ABI): trap.
        jump(BPF_JMP_JEQ_K, AUDIT_ARCH_X86_64, 1, 0),
        stmt(BPF_RET_K, SECCOMP_RET_TRAP),
        stmt(BPF_LD_W_ABS, OFF_NR),
        // nr < DARWIN_NR_LO: a Linux number, check the caller.
        jump(BPF_JMP_JGE_K, DARWIN_NR_LO, 0, 2),
        // nr >= DARWIN_NR_HI: not Darwin either, check the caller.
        jump(BPF_JMP_JGE_K, DARWIN_NR_HI, 1, 0),
        stmt(BPF_RET_K, SECCOMP_RET_TRAP),
    ];
    // Each piece: 5 instructions; on a match jump to the final ALLOW.
    let n = pieces.len();
    for (i, &(hi, lo, last)) in pieces.iter().enumerate() {
        let remaining = (n - i - 1) * 5; // instructions of later pieces
        let to_allow = u8::try_from(remaining + 1).map_err(|_| {
            format!("{n} executable host mappings are too many for the seccomp filter")
        })?;
        prog.push(stmt(BPF_LD_W_ABS, OFF_IP_HI));
        prog.push(jump(BPF_JMP_JEQ_K, hi, 0, 3));
        prog.push(stmt(BPF_LD_W_ABS, OFF_IP_LO));
        prog.push(jump(BPF_JMP_JGE_K, lo, 0, 1));
        // lo > last: not in this piece (fall through to the next); else allow.
        prog.push(jump(BPF_JMP_JGT_K, last, 0, to_allow));
    }
    prog.push(stmt(BPF_RET_K, SECCOMP_RET_TRAP));
    prog.push(stmt(BPF_RET_K, SECCOMP_RET_ALLOW));
    Ok(prog)
}

/// The host's executable mappings, from `/proc/self/maps`.
///
/// # Errors
/// When `/proc/self/maps` cannot be read.
pub fn host_text_ranges() -> std::io::Result<Vec<(u64, u64)>> {
    let maps = std::fs::read_to_string("/proc/self/maps")?;
    let mut out = Vec::new();
    for line in maps.lines() {
        let mut fields = line.split_whitespace();
        let (Some(range), Some(perms)) = (fields.next(), fields.next()) else {
            continue;
        };
        if !perms.contains('x') {
            continue;
        }
        let mut it = range.split('-').map(|x| u64::from_str_radix(x, 16));
        if let (Some(Ok(s)), Some(Ok(e))) = (it.next(), it.next()) {
            out.push((s, e));
        }
    }
    Ok(out)
}

/// Whether `ip` lies in the host's code.
#[must_use]
pub fn is_host_code(ip: u64) -> bool {
    HOST_TEXT
        .get()
        .is_some_and(|r| r.iter().any(|&(s, e)| ip >= s && ip < e))
}

fn install_handler(
    sig: i32,
    handler: extern "C" fn(i32, *mut libc::siginfo_t, *mut libc::c_void),
) -> Result<(), String> {
    // SAFETY: sigaction is plain data; zero is a valid starting value.
    let mut sa: libc::sigaction = unsafe { std::mem::zeroed() };
    sa.sa_sigaction = handler as usize;
    sa.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
    // SAFETY: valid sigaction with a handler of the SA_SIGINFO signature.
    if unsafe { libc::sigaction(sig, &raw const sa, std::ptr::null_mut()) } < 0 {
        return Err(format!(
            "sigaction({sig}): {}",
            std::io::Error::last_os_error()
        ));
    }
    Ok(())
}

/// Gives the calling thread an alternate signal stack for the handlers.
///
/// # Errors
/// When the stack cannot be allocated.
pub fn install_signal_stack() -> Result<(), String> {
    // SAFETY: fresh anonymous private mapping; the result is checked.
    let p = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            SIGNAL_STACK_SIZE,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_STACK,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        return Err(format!("signal stack: {}", std::io::Error::last_os_error()));
    }
    let ss = libc::stack_t {
        ss_sp: p,
        ss_flags: 0,
        ss_size: SIGNAL_STACK_SIZE,
    };
    // SAFETY: `ss` describes the mapping just made, owned for the thread's life.
    if unsafe { libc::sigaltstack(&raw const ss, std::ptr::null_mut()) } < 0 {
        return Err(format!("sigaltstack: {}", std::io::Error::last_os_error()));
    }
    Ok(())
}

/// Installs the signal handlers and the seccomp filter. After this, every
/// syscall from outside the host's code traps; call it last before
/// [`enter_guest`].
///
/// # Errors
/// When a handler or the filter cannot be installed.
pub fn install() -> Result<(), String> {
    install_signal_stack()?;
    install_handler(libc::SIGSYS, on_sigsys)?;
    for sig in [
        libc::SIGSEGV,
        libc::SIGBUS,
        libc::SIGILL,
        libc::SIGFPE,
        libc::SIGTRAP,
    ] {
        install_handler(sig, on_fault)?;
    }
    // The guest's own code is mapped by now; it is not host code.
    let ranges: Vec<(u64, u64)> = host_text_ranges()
        .map_err(|e| format!("reading /proc/self/maps: {e}"))?
        .into_iter()
        .filter(|&(s, e)| crate::mem::space().is_free(s, e))
        .collect();
    let filter = build_filter(&ranges)?;
    let _ = HOST_TEXT.set(ranges);
    seccompiler::apply_filter(&filter).map_err(|e| format!("installing the seccomp filter: {e}"))
}

fn regs_from(g: &[i64; 23]) -> GuestRegs {
    let r = |i: i32| g[usize::try_from(i).unwrap_or(0)].cast_unsigned();
    GuestRegs {
        rax: r(libc::REG_RAX),
        rdi: r(libc::REG_RDI),
        rsi: r(libc::REG_RSI),
        rdx: r(libc::REG_RDX),
        r10: r(libc::REG_R10),
        r8: r(libc::REG_R8),
        r9: r(libc::REG_R9),
        rip: r(libc::REG_RIP),
        rsp: r(libc::REG_RSP),
        rflags: r(libc::REG_EFL),
    }
}

fn regs_into(regs: &GuestRegs, g: &mut [i64; 23]) {
    let mut set = |i: i32, v: u64| g[usize::try_from(i).unwrap_or(0)] = v.cast_signed();
    set(libc::REG_RAX, regs.rax);
    set(libc::REG_RDX, regs.rdx);
    set(libc::REG_RIP, regs.rip);
    set(libc::REG_RSP, regs.rsp);
    set(libc::REG_EFL, regs.rflags);
}

extern "C" fn on_sigsys(_sig: i32, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    // SAFETY: the kernel passes a valid siginfo for an SA_SIGINFO handler.
    let code = unsafe { (*info).si_code };
    // SAFETY: the kernel passes a valid ucontext_t as the third argument.
    let uc = unsafe { &mut *ctx.cast::<libc::ucontext_t>() };
    let gregs = &mut uc.uc_mcontext.gregs;
    let mut regs = regs_from(gregs);
    if code != SYS_SECCOMP {
        // A SIGSYS sent by someone (kill): the guest's default action.
        signal::deliver_sync(common_bsd::signals::SIGSYS);
        return;
    }
    if is_host_code(regs.rip) {
        // Only a Darwin number from runner code gets here: a runner bug.
        crate::fatal(&format!(
            "the runner issued Darwin syscall {:#x} at {:#x}",
            regs.rax, regs.rip
        ));
    }
    dispatch(&mut regs);
    regs_into(&regs, gregs);
}

extern "C" fn on_fault(sig: i32, _info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    // SAFETY: the kernel passes a valid ucontext_t as the third argument.
    let uc = unsafe { &*ctx.cast::<libc::ucontext_t>() };
    let rip = uc.uc_mcontext.gregs[usize::try_from(libc::REG_RIP).unwrap_or(0)].cast_unsigned();
    if is_host_code(rip) {
        crate::fatal(&format!("signal {sig} at {rip:#x} in runner code"));
    }
    signal::deliver_sync(darwin_signal(sig));
}

/// The Darwin number of a Linux signal.
#[must_use]
pub fn darwin_signal(linux: i32) -> i32 {
    use common_bsd::signals as d;
    match linux {
        libc::SIGBUS => d::SIGBUS,
        libc::SIGSYS => d::SIGSYS,
        libc::SIGUSR1 => d::SIGUSR1,
        libc::SIGUSR2 => d::SIGUSR2,
        libc::SIGCHLD => d::SIGCHLD,
        libc::SIGCONT => d::SIGCONT,
        libc::SIGSTOP => d::SIGSTOP,
        libc::SIGTSTP => d::SIGTSTP,
        libc::SIGURG => d::SIGURG,
        libc::SIGIO => d::SIGIO,
        libc::SIGWINCH => d::SIGWINCH,
        other => other, // 1-6, 8, 9, 11, 13-15, 21-27 agree
    }
}

/// Starts the guest: `rsp` and `rip` as given, every other register zero.
///
/// # Safety
/// `rip` must be guest code and `rsp` a prepared guest stack; the seccomp
/// filter and handlers must be installed.
pub unsafe fn enter_guest(rip: u64, rsp: u64) -> ! {
    // SAFETY: per the function contract; this never returns to Rust.
    unsafe {
        std::arch::asm!(
            "mov rsp, {sp}",
            "xor eax, eax",
            "xor ebx, ebx",
            "xor ecx, ecx",
            "xor edx, edx",
            "xor esi, esi",
            "xor edi, edi",
            "xor ebp, ebp",
            "xor r8d, r8d",
            "xor r9d, r9d",
            "xor r10d, r10d",
            "xor r12d, r12d",
            "xor r13d, r13d",
            "xor r14d, r14d",
            "xor r15d, r15d",
            "cld",
            "jmp r11",
            sp = in(reg) rsp,
            in("r11") rip,
            options(noreturn)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_split_at_4g() {
        assert_eq!(
            split_by_high_word(0x1000, 0x2000),
            vec![(0, 0x1000, 0x1fff)]
        );
        assert_eq!(
            split_by_high_word(0xffff_f000, 0x1_0000_1000),
            vec![(0, 0xffff_f000, 0xffff_ffff), (1, 0, 0xfff)]
        );
    }

    /// Runs the filter program on a synthetic `seccomp_data` (a tiny cBPF
    /// interpreter for the opcodes the builder uses).
    fn run(prog: &[sock_filter], nr: u32, arch: u32, ip: u64) -> u32 {
        #[expect(clippy::cast_possible_truncation, reason = "splitting ip into halves")]
        let data = [nr, arch, ip as u32, (ip >> 32) as u32];
        let (mut pc, mut a) = (0usize, 0u32);
        loop {
            let i = &prog[pc];
            match i.code {
                BPF_LD_W_ABS => a = data[(i.k / 4) as usize],
                BPF_RET_K => return i.k,
                BPF_JMP_JEQ_K | BPF_JMP_JGE_K | BPF_JMP_JGT_K => {
                    let taken = match i.code {
                        BPF_JMP_JEQ_K => a == i.k,
                        BPF_JMP_JGE_K => a >= i.k,
                        _ => a > i.k,
                    };
                    pc += usize::from(if taken { i.jt } else { i.jf });
                }
                other => panic!("unexpected opcode {other:#x}"),
            }
            pc += 1;
        }
    }

    #[test]
    fn filter_traps_guest_and_darwin_calls() {
        let host = [
            (0x5555_0000_0000, 0x5555_0010_0000),
            (0x7fff_f000_0000, 0x7fff_f000_1000),
            (0xffff_f000, 0x1_0000_1000),
        ];
        let prog = build_filter(&host).unwrap();
        let x = AUDIT_ARCH_X86_64;
        assert_eq!(run(&prog, 1, x, 0x5555_0000_0010), SECCOMP_RET_ALLOW);
        assert_eq!(run(&prog, 1, x, 0x5555_000f_ffff), SECCOMP_RET_ALLOW);
        assert_eq!(run(&prog, 1, x, 0x5555_0010_0000), SECCOMP_RET_TRAP);
        assert_eq!(run(&prog, 1, x, 0x7fff_f000_0fff), SECCOMP_RET_ALLOW);
        assert_eq!(run(&prog, 1, x, 0x1_0000_0fff), SECCOMP_RET_ALLOW);
        assert_eq!(run(&prog, 1, x, 0xffff_f000), SECCOMP_RET_ALLOW);
        assert_eq!(run(&prog, 1, x, 0x1_0000_1000), SECCOMP_RET_TRAP);
        assert_eq!(run(&prog, 60, x, 0x1_0000_4000), SECCOMP_RET_TRAP);
        assert_eq!(
            run(&prog, 0x0200_0004, x, 0x5555_0000_0010),
            SECCOMP_RET_TRAP
        );
        assert_eq!(run(&prog, 0x0100_001c, x, 0x1000), SECCOMP_RET_TRAP);
        assert_eq!(
            run(&prog, 0x0500_0000, x, 0x5555_0000_0010),
            SECCOMP_RET_ALLOW
        );
        assert_eq!(
            run(&prog, 1, 0x4000_0003, 0x5555_0000_0010),
            SECCOMP_RET_TRAP
        );
    }
}
