//! The guest syscall trace (`--trace`) and the once-per-name warnings about
//! what the runner does not implement. This is the guest's trace, kept
//! apart from the runner's own diagnostics (`tracing`, `RUST_LOG`).
//!
//! Tracing off costs one relaxed atomic load per syscall.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::io::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use common_bsd::errno::Errno;
use common_bsd::syscalls::{ArgKind, SyscallClass, SyscallInfo};

use crate::dispatch::{Args, syscall_name};
use crate::errno::SysResult;
use crate::mem::GuestCStr;

static ENABLED: AtomicBool = AtomicBool::new(false);
static QUIET: AtomicBool = AtomicBool::new(false);
static OUTPUT: Mutex<Option<Box<dyn Write + Send>>> = Mutex::new(None);
static WARNED: Mutex<Option<HashSet<String>>> = Mutex::new(None);

/// Longest string shown in a trace line before it is cut with `...`.
const STRING_LIMIT: usize = 32;

/// Turns the trace on, writing to `out`.
pub fn enable(out: Box<dyn Write + Send>) {
    *OUTPUT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(out);
    ENABLED.store(true, Ordering::Relaxed);
}

/// Silences the warnings about unimplemented calls.
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
}

/// Whether the trace is on.
#[must_use]
pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

fn emit(line: &str) {
    let mut out = OUTPUT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(w) = out.as_mut() {
        let _ = w.write_all(line.as_bytes());
        let _ = w.write_all(b"\n");
    }
}

/// Flushes the trace output.
pub fn flush() {
    if let Some(w) = OUTPUT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .as_mut()
    {
        let _ = w.flush();
    }
}

fn pid() -> u32 {
    std::process::id()
}

fn warn_once(key: String, line: &str) {
    let mut warned = WARNED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if warned.get_or_insert_with(HashSet::new).insert(key) && !QUIET.load(Ordering::Relaxed) {
        crate::write_stderr(&format!("runner: warning: {line}\n"));
    }
}

/// A known syscall the runner does not implement: warns once per name.
pub fn unimplemented(class: SyscallClass, info: &SyscallInfo) {
    let what = if class == SyscallClass::Unix {
        "syscall"
    } else {
        class.name()
    };
    warn_once(
        info.name.to_owned(),
        &format!(
            "{what} {}(...) = -1 ENOSYS (not implemented in runner)",
            info.name
        ),
    );
}

/// A variant of an implemented call that is not (an ioctl request, ...).
pub fn unsupported(call: &str, detail: &str) {
    warn_once(
        format!("{call}:{detail}"),
        &format!("{call}: {detail} is not implemented in runner"),
    );
}

/// A syscall number that XNU does not define either.
pub fn invalid_syscall(rax: u64) {
    warn_once(
        format!("invalid:{rax:#x}"),
        &format!(
            "the guest issued syscall {rax:#x}, which is not a Darwin syscall; it gets SIGSYS, as on macOS"
        ),
    );
}

/// Called before a handler runs; returns the start time when tracing.
#[must_use]
pub fn enter(
    _class: SyscallClass,
    _number: u32,
    _info: Option<&SyscallInfo>,
    _args: &Args,
) -> Option<Instant> {
    if enabled() {
        Some(Instant::now())
    } else {
        None
    }
}

fn show_buf(addr: u64, len: u64) -> String {
    let shown = len.min(STRING_LIMIT as u64);
    match crate::mem::GuestBuf::new(addr, shown).read() {
        Ok(bytes) if len > bytes.len() as u64 => format!("{}...", quote(&bytes)),
        Ok(bytes) => quote(&bytes),
        Err(_) => format!("{addr:#x}"),
    }
}

/// Shows argument `n` of kind `kind`; `result` is the call's result, used
/// for buffers the kernel filled.
fn show_arg(kind: ArgKind, args: &Args, n: usize, result: &SysResult) -> String {
    let v = args.raw(n);
    match kind {
        ArgKind::InBuf { len_arg } => show_buf(v, args.raw(usize::from(len_arg))),
        ArgKind::OutBuf { .. } => match result {
            Ok(r) => show_buf(v, r.0),
            Err(_) => format!("{v:#x}"),
        },
        ArgKind::Path | ArgKind::Str => match GuestCStr(v).read(4096) {
            Ok(bytes) => quote(&bytes),
            Err(_) => format!("{v:#x}"),
        },
        ArgKind::Fd | ArgKind::AtFd | ArgKind::Int | ArgKind::Pid | ArgKind::Signal => {
            #[expect(clippy::cast_possible_truncation, reason = "int arguments are 32-bit")]
            let i = (v as u32).cast_signed();
            if kind == ArgKind::AtFd && i == -2 {
                "AT_FDCWD".into()
            } else {
                i.to_string()
            }
        }
        ArgKind::UInt | ArgKind::Size | ArgKind::Off => v.to_string(),
        ArgKind::Mode => format!("{:#o}", v & 0o7777),
        _ => format!("{v:#x}"),
    }
}

fn quote(bytes: &[u8]) -> String {
    let mut s = String::from("\"");
    for &b in bytes.iter().take(STRING_LIMIT) {
        match b {
            b'"' => s.push_str("\\\""),
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\t' => s.push_str("\\t"),
            0x20..=0x7e => s.push(char::from(b)),
            _ => {
                let _ = write!(s, "\\x{b:02x}");
            }
        }
    }
    s.push('"');
    if bytes.len() > STRING_LIMIT {
        s.push_str("...");
    }
    s
}

/// Called after a handler ran: writes the trace line.
pub fn exit(
    start: Option<Instant>,
    class: SyscallClass,
    number: u32,
    info: Option<&SyscallInfo>,
    args: &Args,
    result: &SysResult,
) {
    let Some(start) = start else { return };
    let name = syscall_name(class, number, info);
    let shown: Vec<String> = match info {
        Some(i) => i
            .args
            .iter()
            .enumerate()
            .map(|(n, k)| show_arg(*k, args, n, result))
            .collect(),
        None => args.0.iter().map(|v| format!("{v:#x}")).collect(),
    };
    let res = match result {
        Ok(r) if class == SyscallClass::Unix => format!("{}", r.0.cast_signed()),
        Ok(r) => format!("{:#x}", r.0),
        Err(e) if *e == Errno::ENOSYS && crate::sys::lookup(class, number).is_none() => {
            "-1 ENOSYS (not implemented in runner)".to_owned()
        }
        Err(e) => format!("-1 {} ({})", e.name(), e.message()),
    };
    let us = start.elapsed().as_micros();
    emit(&format!(
        "[{}] {name}({}) = {res} <{us}us>",
        pid(),
        shown.join(", ")
    ));
}

/// A signal delivered to the guest.
pub fn signal_event(sig: i32) {
    if enabled() {
        let name = common_bsd::signals::signal_name(sig).unwrap_or("SIG?");
        emit(&format!("[{}] --- {name} ---", pid()));
    }
}

/// An image mapped into the guest.
pub fn image_event(path: &str, addr: u64) {
    if enabled() {
        emit(&format!("[{}] --- image {path} at {addr:#x} ---", pid()));
    }
}

/// The process ended: with a status or by a signal.
pub fn exit_event(status: Option<i32>, sig: Option<i32>) {
    if enabled() {
        match (status, sig) {
            (_, Some(s)) => {
                let name = common_bsd::signals::signal_name(s).unwrap_or("SIG?");
                emit(&format!("[{}] +++ killed by {name} +++", pid()));
            }
            (Some(st), None) => emit(&format!("[{}] +++ exited with {st} +++", pid())),
            (None, None) => {}
        }
        flush();
    }
}
