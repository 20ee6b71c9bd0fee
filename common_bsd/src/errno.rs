//! Darwin `errno` values (XNU `bsd/sys/errno.h`) and their `strerror(3)`
//! texts (Apple Libc `gen/errlst.c`).
//!
//! Darwin numbers its errors differently from Linux past `ERANGE` (34):
//! `EAGAIN` is 35, `ENOSYS` 78, `ENOTSUP` 45 and so on, so every value the
//! runner hands back to a guest must come from this module.

use std::fmt;

/// A Darwin error number as seen by guest code in `errno` (the kernel
/// returns it in `rax` with the carry flag set).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Errno(pub i32);

/// Declares the associated constants and the lookup table from one list so
/// the two can never disagree.
macro_rules! darwin_errnos {
    ($($name:ident = $num:literal, $msg:literal;)*) => {
        impl Errno {
            $(
                #[doc = $msg]
                pub const $name: Errno = Errno($num);
            )*
        }

        /// `(number, name, message)`, in ascending number order with no gaps
        /// (entry `i` is errno `i + 1`).
        const TABLE: &[(i32, &str, &str)] = &[$(($num, stringify!($name), $msg),)*];
    };
}

darwin_errnos! {
    EPERM = 1, "Operation not permitted";
    ENOENT = 2, "No such file or directory";
    ESRCH = 3, "No such process";
    EINTR = 4, "Interrupted system call";
    EIO = 5, "Input/output error";
    ENXIO = 6, "Device not configured";
    E2BIG = 7, "Argument list too long";
    ENOEXEC = 8, "Exec format error";
    EBADF = 9, "Bad file descriptor";
    ECHILD = 10, "No child processes";
    EDEADLK = 11, "Resource deadlock avoided";
    ENOMEM = 12, "Cannot allocate memory";
    EACCES = 13, "Permission denied";
    EFAULT = 14, "Bad address";
    ENOTBLK = 15, "Block device required";
    EBUSY = 16, "Resource busy";
    EEXIST = 17, "File exists";
    EXDEV = 18, "Cross-device link";
    ENODEV = 19, "Operation not supported by device";
    ENOTDIR = 20, "Not a directory";
    EISDIR = 21, "Is a directory";
    EINVAL = 22, "Invalid argument";
    ENFILE = 23, "Too many open files in system";
    EMFILE = 24, "Too many open files";
    ENOTTY = 25, "Inappropriate ioctl for device";
    ETXTBSY = 26, "Text file busy";
    EFBIG = 27, "File too large";
    ENOSPC = 28, "No space left on device";
    ESPIPE = 29, "Illegal seek";
    EROFS = 30, "Read-only file system";
    EMLINK = 31, "Too many links";
    EPIPE = 32, "Broken pipe";
    EDOM = 33, "Numerical argument out of domain";
    ERANGE = 34, "Result too large";
    EAGAIN = 35, "Resource temporarily unavailable";
    EINPROGRESS = 36, "Operation now in progress";
    EALREADY = 37, "Operation already in progress";
    ENOTSOCK = 38, "Socket operation on non-socket";
    EDESTADDRREQ = 39, "Destination address required";
    EMSGSIZE = 40, "Message too long";
    EPROTOTYPE = 41, "Protocol wrong type for socket";
    ENOPROTOOPT = 42, "Protocol not available";
    EPROTONOSUPPORT = 43, "Protocol not supported";
    ESOCKTNOSUPPORT = 44, "Socket type not supported";
    ENOTSUP = 45, "Operation not supported";
    EPFNOSUPPORT = 46, "Protocol family not supported";
    EAFNOSUPPORT = 47, "Address family not supported by protocol family";
    EADDRINUSE = 48, "Address already in use";
    EADDRNOTAVAIL = 49, "Can't assign requested address";
    ENETDOWN = 50, "Network is down";
    ENETUNREACH = 51, "Network is unreachable";
    ENETRESET = 52, "Network dropped connection on reset";
    ECONNABORTED = 53, "Software caused connection abort";
    ECONNRESET = 54, "Connection reset by peer";
    ENOBUFS = 55, "No buffer space available";
    EISCONN = 56, "Socket is already connected";
    ENOTCONN = 57, "Socket is not connected";
    ESHUTDOWN = 58, "Can't send after socket shutdown";
    ETOOMANYREFS = 59, "Too many references: can't splice";
    ETIMEDOUT = 60, "Operation timed out";
    ECONNREFUSED = 61, "Connection refused";
    ELOOP = 62, "Too many levels of symbolic links";
    ENAMETOOLONG = 63, "File name too long";
    EHOSTDOWN = 64, "Host is down";
    EHOSTUNREACH = 65, "No route to host";
    ENOTEMPTY = 66, "Directory not empty";
    EPROCLIM = 67, "Too many processes";
    EUSERS = 68, "Too many users";
    EDQUOT = 69, "Disc quota exceeded";
    ESTALE = 70, "Stale NFS file handle";
    EREMOTE = 71, "Too many levels of remote in path";
    EBADRPC = 72, "RPC struct is bad";
    ERPCMISMATCH = 73, "RPC version wrong";
    EPROGUNAVAIL = 74, "RPC prog. not avail";
    EPROGMISMATCH = 75, "Program version wrong";
    EPROCUNAVAIL = 76, "Bad procedure for program";
    ENOLCK = 77, "No locks available";
    ENOSYS = 78, "Function not implemented";
    EFTYPE = 79, "Inappropriate file type or format";
    EAUTH = 80, "Authentication error";
    ENEEDAUTH = 81, "Need authenticator";
    EPWROFF = 82, "Device power is off";
    EDEVERR = 83, "Device error";
    EOVERFLOW = 84, "Value too large to be stored in data type";
    EBADEXEC = 85, "Bad executable (or shared library)";
    EBADARCH = 86, "Bad CPU type in executable";
    ESHLIBVERS = 87, "Shared library version mismatch";
    EBADMACHO = 88, "Malformed Mach-o file";
    ECANCELED = 89, "Operation canceled";
    EIDRM = 90, "Identifier removed";
    ENOMSG = 91, "No message of desired type";
    EILSEQ = 92, "Illegal byte sequence";
    ENOATTR = 93, "Attribute not found";
    EBADMSG = 94, "Bad message";
    EMULTIHOP = 95, "EMULTIHOP (Reserved)";
    ENODATA = 96, "No message available on STREAM";
    ENOLINK = 97, "ENOLINK (Reserved)";
    ENOSR = 98, "No STREAM resources";
    ENOSTR = 99, "Not a STREAM";
    EPROTO = 100, "Protocol error";
    ETIME = 101, "STREAM ioctl timeout";
    EOPNOTSUPP = 102, "Operation not supported on socket";
    ENOPOLICY = 103, "Policy not found";
    ENOTRECOVERABLE = 104, "State not recoverable";
    EOWNERDEAD = 105, "Previous owner died";
    EQFULL = 106, "Interface output queue is full";
}

impl Errno {
    /// `EWOULDBLOCK` is an alias of `EAGAIN` on Darwin.
    pub const EWOULDBLOCK: Errno = Errno::EAGAIN;
    /// The largest error number XNU defines (`ELAST`).
    pub const ELAST: Errno = Errno::EQFULL;

    /// The raw number.
    #[must_use]
    pub const fn raw(self) -> i32 {
        self.0
    }

    /// The value the kernel puts in `rax` on failure (the number itself,
    /// with the carry flag set by the caller).
    #[must_use]
    pub const fn to_rax(self) -> u64 {
        self.0.cast_unsigned() as u64
    }

    fn entry(self) -> Option<&'static (i32, &'static str, &'static str)> {
        let index = usize::try_from(self.0).ok()?.checked_sub(1)?;
        TABLE.get(index)
    }

    /// The symbolic name, e.g. `"ENOENT"`; `"EUNKNOWN"` for numbers Darwin
    /// does not define.
    #[must_use]
    pub fn name(self) -> &'static str {
        self.entry().map_or("EUNKNOWN", |e| e.1)
    }

    /// Apple's `strerror(3)` text, e.g. `"No such file or directory"`.
    /// Numbers Darwin does not define give `"Unknown error"` (Libc appends
    /// `": <n>"`, which a `&'static str` cannot carry); 0 gives Libc's
    /// `"Undefined error: 0"`.
    #[must_use]
    pub fn message(self) -> &'static str {
        if self.0 == 0 {
            return "Undefined error: 0";
        }
        self.entry().map_or("Unknown error", |e| e.2)
    }

    /// Whether Darwin defines this number.
    #[must_use]
    pub fn is_known(self) -> bool {
        self.entry().is_some()
    }

    /// Looks an error up by its symbolic name (`"ENOENT"`, also the aliases
    /// `"EWOULDBLOCK"`).
    #[must_use]
    pub fn from_name(name: &str) -> Option<Errno> {
        if name == "EWOULDBLOCK" {
            return Some(Errno::EWOULDBLOCK);
        }
        TABLE.iter().find(|e| e.1 == name).map(|e| Errno(e.0))
    }

    /// Every error Darwin defines, in numeric order.
    pub fn all() -> impl Iterator<Item = Errno> {
        TABLE.iter().map(|e| Errno(e.0))
    }
}

impl fmt::Display for Errno {
    /// `"ENOENT (No such file or directory)"`; unknown numbers show as
    /// `"E<n> (Unknown error: <n>)"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_known() {
            write!(f, "{} ({})", self.name(), self.message())
        } else {
            write!(f, "E{} (Unknown error: {})", self.0, self.0)
        }
    }
}

impl std::error::Error for Errno {}

impl From<Errno> for i32 {
    fn from(e: Errno) -> i32 {
        e.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_dense_and_ordered() {
        for (i, e) in TABLE.iter().enumerate() {
            assert_eq!(usize::try_from(e.0).ok(), Some(i + 1), "{}", e.1);
        }
        assert_eq!(TABLE.len(), 106);
        assert_eq!(Errno::ELAST.0, 106);
    }

    #[test]
    fn darwin_numbers() {
        assert_eq!(Errno::EPERM.0, 1);
        assert_eq!(Errno::ENOENT.0, 2);
        assert_eq!(Errno::EAGAIN.0, 35);
        assert_eq!(Errno::EWOULDBLOCK, Errno::EAGAIN);
        assert_eq!(Errno::ENOTSUP.0, 45);
        assert_eq!(Errno::ELOOP.0, 62);
        assert_eq!(Errno::ENOSYS.0, 78);
        assert_eq!(Errno::EOVERFLOW.0, 84);
        assert_eq!(Errno::EBADMACHO.0, 88);
        assert_eq!(Errno::EOPNOTSUPP.0, 102);
        assert_eq!(Errno::ENOTRECOVERABLE.0, 104);
        assert_eq!(Errno::EOWNERDEAD.0, 105);
        assert_eq!(Errno::EQFULL.0, 106);
    }

    #[test]
    fn names_and_messages() {
        assert_eq!(Errno::ENOENT.name(), "ENOENT");
        assert_eq!(Errno::ENOENT.message(), "No such file or directory");
        assert_eq!(Errno::EPERM.message(), "Operation not permitted");
        assert_eq!(Errno::EBUSY.message(), "Resource busy");
        assert_eq!(
            Errno::EAFNOSUPPORT.message(),
            "Address family not supported by protocol family"
        );
        assert_eq!(
            Errno::EBADEXEC.message(),
            "Bad executable (or shared library)"
        );
        assert_eq!(Errno::EMULTIHOP.message(), "EMULTIHOP (Reserved)");
        assert_eq!(Errno(0).message(), "Undefined error: 0");
        assert_eq!(Errno(0).name(), "EUNKNOWN");
        assert_eq!(Errno(107).name(), "EUNKNOWN");
        assert_eq!(Errno(-1).message(), "Unknown error");
    }

    #[test]
    fn display() {
        assert_eq!(
            Errno::ENOENT.to_string(),
            "ENOENT (No such file or directory)"
        );
        assert_eq!(Errno(999).to_string(), "E999 (Unknown error: 999)");
    }

    #[test]
    fn from_name_round_trips() {
        for e in Errno::all() {
            assert_eq!(Errno::from_name(e.name()), Some(e));
        }
        assert_eq!(Errno::from_name("EWOULDBLOCK"), Some(Errno::EAGAIN));
        assert_eq!(Errno::from_name("ENOPE"), None);
    }
}
