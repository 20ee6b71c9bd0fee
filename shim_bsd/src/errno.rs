//! Results of syscall handlers and the translation of host (Linux) errors
//! into the Darwin errno the guest expects.

use common_bsd::errno::Errno;

/// What a successful BSD syscall returns: XNU's `rval[0]` in rax and
/// `rval[1]` in rdx.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SysRet(pub u64, pub u64);

impl SysRet {
    /// A single return value (rdx is left as the guest had it, as XNU does
    /// for calls that set only `rval[0]`).
    #[must_use]
    pub const fn val(v: u64) -> Self {
        Self(v, 0)
    }
}

/// The result of every handler.
pub type SysResult = Result<SysRet, Errno>;

/// Shorthand for `Ok(SysRet::val(v))`.
///
/// # Errors
/// Never; the type is the handlers'.
pub const fn ok(v: u64) -> SysResult {
    Ok(SysRet::val(v))
}

/// Converts a Linux errno value to Darwin's.
#[must_use]
pub fn from_linux(e: i32) -> Errno {
    // 1..=34 (EPERM..ERANGE) have the same numbers on both systems, except
    // 11, which is EAGAIN on Linux and EDEADLK on Darwin.
    let darwin = match e {
        libc::EAGAIN => 35,
        1..=34 => e,
        libc::EDEADLK => 11,
        libc::ENAMETOOLONG => 63,
        libc::ENOLCK => 77,
        libc::ENOSYS => 78,
        libc::ENOTEMPTY => 66,
        libc::ELOOP => 62,
        libc::ENOMSG => 91,
        libc::EIDRM => 90,
        libc::ENOSTR => 99,
        libc::ENODATA => 96,
        libc::ETIME => 101,
        libc::ENOSR => 98,
        libc::EREMOTE => 71,
        libc::ENOLINK => 97,
        libc::EPROTO => 100,
        libc::EMULTIHOP => 95,
        libc::EBADMSG => 94,
        libc::EOVERFLOW => 84,
        libc::EILSEQ => 92,
        libc::EUSERS => 68,
        libc::ENOTSOCK => 38,
        libc::EDESTADDRREQ => 39,
        libc::EMSGSIZE => 40,
        libc::EPROTOTYPE => 41,
        libc::ENOPROTOOPT => 42,
        libc::EPROTONOSUPPORT => 43,
        libc::ESOCKTNOSUPPORT => 44,
        libc::EOPNOTSUPP => 45,
        libc::EPFNOSUPPORT => 46,
        libc::EAFNOSUPPORT => 47,
        libc::EADDRINUSE => 48,
        libc::EADDRNOTAVAIL => 49,
        libc::ENETDOWN => 50,
        libc::ENETUNREACH => 51,
        libc::ENETRESET => 52,
        libc::ECONNABORTED => 53,
        libc::ECONNRESET => 54,
        libc::ENOBUFS => 55,
        libc::EISCONN => 56,
        libc::ENOTCONN => 57,
        libc::ESHUTDOWN => 58,
        libc::ETOOMANYREFS => 59,
        libc::ETIMEDOUT => 60,
        libc::ECONNREFUSED => 61,
        libc::EHOSTDOWN => 64,
        libc::EHOSTUNREACH => 65,
        libc::EALREADY => 37,
        libc::EINPROGRESS => 36,
        libc::ESTALE => 70,
        libc::EDQUOT => 69,
        libc::ECANCELED => 89,
        libc::EOWNERDEAD => 105,
        libc::ENOTRECOVERABLE => 104,
        _ => 5, // EIO: a host error with no Darwin counterpart
    };
    Errno(darwin)
}

/// The Darwin errno of the last failed host call.
#[must_use]
pub fn last() -> Errno {
    from_linux(
        std::io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(libc::EIO),
    )
}

/// Turns a raw host return value (`-1` = failure, errno set) into a result.
///
/// # Errors
/// The translated errno when `r` is negative.
pub fn check(r: i64) -> Result<u64, Errno> {
    u64::try_from(r).map_err(|_| last())
}

/// Converts a `nix` error.
#[must_use]
pub fn from_nix(e: nix::errno::Errno) -> Errno {
    from_linux(e as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_common_errnos() {
        assert_eq!(from_linux(libc::ENOENT), Errno::ENOENT);
        assert_eq!(from_linux(libc::EAGAIN), Errno::EAGAIN);
        assert_eq!(from_linux(libc::ENOSYS), Errno::ENOSYS);
        assert_eq!(from_linux(libc::ENOTEMPTY), Errno::ENOTEMPTY);
        assert_eq!(from_linux(libc::ECONNREFUSED), Errno::ECONNREFUSED);
    }
}
