//! Signals to the guest. Until guest handlers exist every signal takes its
//! Darwin default action: terminate (reported the way a macOS shell reports
//! it), ignore, or stop.

use common_bsd::signals;

/// What the Darwin default action of a signal is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DefaultAction {
    /// End the process.
    Terminate,
    /// Nothing happens.
    Ignore,
    /// Stop the process.
    Stop,
}

/// The Darwin default action of `sig`.
#[must_use]
pub fn default_action(sig: i32) -> DefaultAction {
    match sig {
        signals::SIGCHLD
        | signals::SIGURG
        | signals::SIGCONT
        | signals::SIGWINCH
        | signals::SIGINFO => DefaultAction::Ignore,
        signals::SIGSTOP | signals::SIGTSTP | signals::SIGTTIN | signals::SIGTTOU => {
            DefaultAction::Stop
        }
        _ => DefaultAction::Terminate,
    }
}

/// Delivers `sig` (a Darwin number) to the guest thread that is running a
/// syscall or faulted.
pub fn deliver_sync(sig: i32) {
    crate::trace::signal_event(sig);
    match default_action(sig) {
        DefaultAction::Ignore => {}
        DefaultAction::Stop => {
            // SAFETY: raising SIGSTOP on ourselves stops the whole process,
            // which is what the guest's default action asks for.
            unsafe { libc::raise(libc::SIGSTOP) };
        }
        DefaultAction::Terminate => terminate_by_signal(sig),
    }
}

/// The line a macOS shell prints when a child dies of `sig`, if any
/// (`Segmentation fault: 11`; nothing for SIGINT and SIGPIPE).
#[must_use]
pub fn shell_message(sig: i32) -> Option<String> {
    if sig == signals::SIGINT || sig == signals::SIGPIPE {
        return None;
    }
    let text = signals::signal_description(sig).unwrap_or("Unknown signal");
    Some(format!("{text}: {sig}"))
}

/// Ends the process as if the guest was killed by `sig`: the shell's
/// message on stderr and exit status 128 + `sig`.
pub fn terminate_by_signal(sig: i32) -> ! {
    if let Some(msg) = shell_message(sig) {
        crate::write_stderr(&format!("{msg}\n"));
    }
    crate::trace::exit_event(None, Some(sig));
    crate::exit_now(128 + sig)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_match_macos_shells() {
        assert_eq!(
            shell_message(signals::SIGSEGV).as_deref(),
            Some("Segmentation fault: 11")
        );
        assert_eq!(
            shell_message(signals::SIGABRT).as_deref(),
            Some("Abort trap: 6")
        );
        assert_eq!(
            shell_message(signals::SIGBUS).as_deref(),
            Some("Bus error: 10")
        );
        assert_eq!(shell_message(signals::SIGINT), None);
        assert_eq!(default_action(signals::SIGCHLD), DefaultAction::Ignore);
    }
}
