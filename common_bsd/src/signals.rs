//! Darwin signal numbers (XNU `bsd/sys/signal.h`), their names and the
//! descriptions macOS prints for them (Apple Libc `sys_siglist`, which is
//! what `strsignal(3)` and `psignal(3)` use and what the shell shows when a
//! child dies).
//!
//! Darwin keeps the 4.4BSD numbering, which differs from Linux for about
//! half the signals (`SIGBUS` is 10, `SIGUSR1` 30, `SIGCHLD` 20, ...), so
//! signals must always be translated at the guest boundary.

pub const SIGHUP: i32 = 1;
pub const SIGINT: i32 = 2;
pub const SIGQUIT: i32 = 3;
pub const SIGILL: i32 = 4;
pub const SIGTRAP: i32 = 5;
pub const SIGABRT: i32 = 6;
/// Compatibility alias of `SIGABRT`.
pub const SIGIOT: i32 = SIGABRT;
pub const SIGEMT: i32 = 7;
/// POSIX alias Darwin defines over `SIGEMT` (never generated).
pub const SIGPOLL: i32 = 7;
pub const SIGFPE: i32 = 8;
pub const SIGKILL: i32 = 9;
pub const SIGBUS: i32 = 10;
pub const SIGSEGV: i32 = 11;
pub const SIGSYS: i32 = 12;
pub const SIGPIPE: i32 = 13;
pub const SIGALRM: i32 = 14;
pub const SIGTERM: i32 = 15;
pub const SIGURG: i32 = 16;
pub const SIGSTOP: i32 = 17;
pub const SIGTSTP: i32 = 18;
pub const SIGCONT: i32 = 19;
pub const SIGCHLD: i32 = 20;
pub const SIGTTIN: i32 = 21;
pub const SIGTTOU: i32 = 22;
pub const SIGIO: i32 = 23;
pub const SIGXCPU: i32 = 24;
pub const SIGXFSZ: i32 = 25;
pub const SIGVTALRM: i32 = 26;
pub const SIGPROF: i32 = 27;
pub const SIGWINCH: i32 = 28;
pub const SIGINFO: i32 = 29;
pub const SIGUSR1: i32 = 30;
pub const SIGUSR2: i32 = 31;

/// Number of signal slots counting 0 (`__DARWIN_NSIG`); valid signals are
/// `1..NSIG`.
pub const NSIG: i32 = 32;

// `sigprocmask(2)` `how` values.
pub const SIG_BLOCK: i32 = 1;
pub const SIG_UNBLOCK: i32 = 2;
pub const SIG_SETMASK: i32 = 3;

// Special handler values in `struct sigaction`.
pub const SIG_DFL: u64 = 0;
pub const SIG_IGN: u64 = 1;
pub const SIG_HOLD: u64 = 5;
pub const SIG_ERR: u64 = u64::MAX;

// `sa_flags` bits.
pub const SA_ONSTACK: i32 = 0x0001;
pub const SA_RESTART: i32 = 0x0002;
pub const SA_RESETHAND: i32 = 0x0004;
pub const SA_NOCLDSTOP: i32 = 0x0008;
pub const SA_NODEFER: i32 = 0x0010;
pub const SA_NOCLDWAIT: i32 = 0x0020;
pub const SA_SIGINFO: i32 = 0x0040;
pub const SA_USERTRAMP: i32 = 0x0100;
pub const SA_64REGSET: i32 = 0x0200;

// `sigaltstack(2)` `ss_flags` bits and sizes.
pub const SS_ONSTACK: i32 = 0x0001;
pub const SS_DISABLE: i32 = 0x0004;
pub const MINSIGSTKSZ: usize = 32768;
pub const SIGSTKSZ: usize = 131_072;

// `si_code` values.
pub const SI_USER: i32 = 0x10001;
pub const SI_QUEUE: i32 = 0x10002;
pub const SI_TIMER: i32 = 0x10003;
pub const SI_ASYNCIO: i32 = 0x10004;
pub const SI_MESGQ: i32 = 0x10005;
pub const ILL_ILLOPC: i32 = 1;
pub const ILL_ILLTRP: i32 = 2;
pub const ILL_PRVOPC: i32 = 3;
pub const ILL_ILLOPN: i32 = 4;
pub const ILL_ILLADR: i32 = 5;
pub const ILL_PRVREG: i32 = 6;
pub const ILL_COPROC: i32 = 7;
pub const ILL_BADSTK: i32 = 8;
pub const FPE_FLTDIV: i32 = 1;
pub const FPE_FLTOVF: i32 = 2;
pub const FPE_FLTUND: i32 = 3;
pub const FPE_FLTRES: i32 = 4;
pub const FPE_FLTINV: i32 = 5;
pub const FPE_FLTSUB: i32 = 6;
pub const FPE_INTDIV: i32 = 7;
pub const FPE_INTOVF: i32 = 8;
pub const SEGV_MAPERR: i32 = 1;
pub const SEGV_ACCERR: i32 = 2;
pub const BUS_ADRALN: i32 = 1;
pub const BUS_ADRERR: i32 = 2;
pub const BUS_OBJERR: i32 = 3;
pub const TRAP_BRKPT: i32 = 1;
pub const TRAP_TRACE: i32 = 2;
pub const CLD_EXITED: i32 = 1;
pub const CLD_KILLED: i32 = 2;
pub const CLD_DUMPED: i32 = 3;
pub const CLD_TRAPPED: i32 = 4;
pub const CLD_STOPPED: i32 = 5;
pub const CLD_CONTINUED: i32 = 6;

/// `(name, sys_siglist description)` for signals 1..=31; index = signal - 1.
const SIGNALS: [(&str, &str); 31] = [
    ("SIGHUP", "Hangup"),
    ("SIGINT", "Interrupt"),
    ("SIGQUIT", "Quit"),
    ("SIGILL", "Illegal instruction"),
    ("SIGTRAP", "Trace/BPT trap"),
    ("SIGABRT", "Abort trap"),
    ("SIGEMT", "EMT trap"),
    ("SIGFPE", "Floating point exception"),
    ("SIGKILL", "Killed"),
    ("SIGBUS", "Bus error"),
    ("SIGSEGV", "Segmentation fault"),
    ("SIGSYS", "Bad system call"),
    ("SIGPIPE", "Broken pipe"),
    ("SIGALRM", "Alarm clock"),
    ("SIGTERM", "Terminated"),
    ("SIGURG", "Urgent I/O condition"),
    ("SIGSTOP", "Suspended (signal)"),
    ("SIGTSTP", "Suspended"),
    ("SIGCONT", "Continued"),
    ("SIGCHLD", "Child exited"),
    ("SIGTTIN", "Stopped (tty input)"),
    ("SIGTTOU", "Stopped (tty output)"),
    ("SIGIO", "I/O possible"),
    ("SIGXCPU", "Cputime limit exceeded"),
    ("SIGXFSZ", "Filesize limit exceeded"),
    ("SIGVTALRM", "Virtual timer expired"),
    ("SIGPROF", "Profiling timer expired"),
    ("SIGWINCH", "Window size changes"),
    ("SIGINFO", "Information request"),
    ("SIGUSR1", "User defined signal 1"),
    ("SIGUSR2", "User defined signal 2"),
];

fn entry(n: i32) -> Option<&'static (&'static str, &'static str)> {
    let index = usize::try_from(n).ok()?.checked_sub(1)?;
    SIGNALS.get(index)
}

/// Whether `n` is a valid Darwin signal number (1..=31).
#[must_use]
pub const fn is_valid(n: i32) -> bool {
    n > 0 && n < NSIG
}

/// The symbolic name of a Darwin signal, e.g. `"SIGSEGV"` for 11.
#[must_use]
pub fn signal_name(n: i32) -> Option<&'static str> {
    entry(n).map(|e| e.0)
}

/// The description macOS prints for a signal (`sys_siglist`), e.g.
/// `"Segmentation fault"` for 11.
#[must_use]
pub fn signal_description(n: i32) -> Option<&'static str> {
    entry(n).map(|e| e.1)
}

/// Looks a signal up by name, with or without the `SIG` prefix and in any
/// case (`"SIGUSR1"`, `"usr1"`, also the aliases `IOT` and `POLL`).
#[must_use]
pub fn signal_from_name(name: &str) -> Option<i32> {
    let upper = name.to_ascii_uppercase();
    let bare = upper.strip_prefix("SIG").unwrap_or(&upper);
    match bare {
        "IOT" => return Some(SIGIOT),
        "POLL" => return Some(SIGPOLL),
        _ => {}
    }
    SIGNALS
        .iter()
        .zip(1..)
        .find(|(e, _)| &e.0[3..] == bare)
        .map(|(_, n)| n)
}

/// The bit for signal `n` in a Darwin `sigset_t` (a `u32`: bit `n - 1`);
/// 0 for invalid numbers.
#[must_use]
pub const fn sigmask(n: i32) -> u32 {
    if is_valid(n) { 1 << (n - 1) } else { 0 }
}

/// Signals whose default action is to terminate with a core dump.
#[must_use]
pub const fn default_dumps_core(n: i32) -> bool {
    matches!(
        n,
        SIGQUIT | SIGILL | SIGTRAP | SIGABRT | SIGEMT | SIGFPE | SIGBUS | SIGSEGV | SIGSYS
    )
}

/// Signals whose default action is to be discarded.
#[must_use]
pub const fn default_ignored(n: i32) -> bool {
    matches!(n, SIGURG | SIGCONT | SIGCHLD | SIGIO | SIGWINCH | SIGINFO)
}

/// Signals whose default action is to stop the process.
#[must_use]
pub const fn default_stops(n: i32) -> bool {
    matches!(n, SIGSTOP | SIGTSTP | SIGTTIN | SIGTTOU)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn darwin_numbering() {
        assert_eq!(SIGEMT, 7);
        assert_eq!(SIGBUS, 10);
        assert_eq!(SIGSEGV, 11);
        assert_eq!(SIGSYS, 12);
        assert_eq!(SIGURG, 16);
        assert_eq!(SIGSTOP, 17);
        assert_eq!(SIGTSTP, 18);
        assert_eq!(SIGCONT, 19);
        assert_eq!(SIGCHLD, 20);
        assert_eq!(SIGINFO, 29);
        assert_eq!(SIGUSR1, 30);
        assert_eq!(SIGUSR2, 31);
        assert_eq!(NSIG, 32);
    }

    #[test]
    fn names_match_constants() {
        let pairs = [
            (SIGHUP, "SIGHUP"),
            (SIGINT, "SIGINT"),
            (SIGQUIT, "SIGQUIT"),
            (SIGILL, "SIGILL"),
            (SIGTRAP, "SIGTRAP"),
            (SIGABRT, "SIGABRT"),
            (SIGEMT, "SIGEMT"),
            (SIGFPE, "SIGFPE"),
            (SIGKILL, "SIGKILL"),
            (SIGBUS, "SIGBUS"),
            (SIGSEGV, "SIGSEGV"),
            (SIGSYS, "SIGSYS"),
            (SIGPIPE, "SIGPIPE"),
            (SIGALRM, "SIGALRM"),
            (SIGTERM, "SIGTERM"),
            (SIGURG, "SIGURG"),
            (SIGSTOP, "SIGSTOP"),
            (SIGTSTP, "SIGTSTP"),
            (SIGCONT, "SIGCONT"),
            (SIGCHLD, "SIGCHLD"),
            (SIGTTIN, "SIGTTIN"),
            (SIGTTOU, "SIGTTOU"),
            (SIGIO, "SIGIO"),
            (SIGXCPU, "SIGXCPU"),
            (SIGXFSZ, "SIGXFSZ"),
            (SIGVTALRM, "SIGVTALRM"),
            (SIGPROF, "SIGPROF"),
            (SIGWINCH, "SIGWINCH"),
            (SIGINFO, "SIGINFO"),
            (SIGUSR1, "SIGUSR1"),
            (SIGUSR2, "SIGUSR2"),
        ];
        for (n, name) in pairs {
            assert_eq!(signal_name(n), Some(name));
            assert_eq!(signal_from_name(name), Some(n));
        }
        assert_eq!(signal_name(0), None);
        assert_eq!(signal_name(32), None);
        assert_eq!(signal_name(-1), None);
    }

    #[test]
    fn descriptions() {
        assert_eq!(signal_description(SIGHUP), Some("Hangup"));
        assert_eq!(signal_description(SIGTRAP), Some("Trace/BPT trap"));
        assert_eq!(signal_description(SIGABRT), Some("Abort trap"));
        assert_eq!(signal_description(SIGKILL), Some("Killed"));
        assert_eq!(signal_description(SIGSEGV), Some("Segmentation fault"));
        assert_eq!(signal_description(SIGSTOP), Some("Suspended (signal)"));
        assert_eq!(signal_description(SIGWINCH), Some("Window size changes"));
        assert_eq!(signal_description(SIGUSR2), Some("User defined signal 2"));
        assert_eq!(signal_description(0), None);
    }

    #[test]
    fn lookup_by_short_name_and_mask() {
        assert_eq!(signal_from_name("usr1"), Some(SIGUSR1));
        assert_eq!(signal_from_name("IOT"), Some(SIGABRT));
        assert_eq!(signal_from_name("SIGFOO"), None);
        assert_eq!(sigmask(SIGHUP), 1);
        assert_eq!(sigmask(SIGUSR2), 1 << 30);
        assert_eq!(sigmask(0), 0);
        assert!(default_dumps_core(SIGSEGV));
        assert!(default_ignored(SIGCHLD));
        assert!(default_stops(SIGTSTP));
    }
}
