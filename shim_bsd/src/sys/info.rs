//! System information: `sysctl`, `sysctlbyname`, `getentropy`, `csops`,
//! `proc_info`. Values are derived from the host; the OS identity is the
//! macOS release the runner's guest system targets (see
//! `docs/COMPATIBILITY.md`).

use common_bsd::errno::Errno;
use common_bsd::types::{csops as cs, proc_info as pi, sysctl as sc};

use crate::dispatch::Args;
use crate::errno::{SysResult, ok};
use crate::mem::{GuestBuf, GuestPtr};
use crate::state::process;

/// `kern.osrelease`: Darwin 23.6 is macOS 14.6 (Sonoma).
pub const OS_RELEASE: &str = "23.6.0";
/// `kern.osversion`: the build number.
pub const OS_BUILD: &str = "23G93";
/// `kern.osproductversion`.
pub const OS_PRODUCT_VERSION: &str = "14.6.1";
/// Darwin's `ARG_MAX`.
pub const ARG_MAX: i32 = 1024 * 1024;
/// `hw.model` the runner reports.
pub const HW_MODEL: &str = "VirtualMac1,1";

/// A sysctl value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// NUL-terminated string.
    Str(String),
    /// C `int`.
    Int(i32),
    /// 64-bit integer (readable as `int` when the caller's buffer is 4 bytes).
    Quad(i64),
    /// Raw structure bytes.
    Opaque(Vec<u8>),
}

impl Value {
    fn bytes(&self, want: Option<u64>) -> Vec<u8> {
        match self {
            Self::Str(s) => {
                let mut b = s.as_bytes().to_vec();
                b.push(0);
                b
            }
            Self::Int(i) => i.to_le_bytes().to_vec(),
            Self::Quad(q) => match (want, i32::try_from(*q)) {
                // XNU's sysctl_io_number: a 64-bit value read into an int.
                (Some(4), Ok(small)) => small.to_le_bytes().to_vec(),
                _ => q.to_le_bytes().to_vec(),
            },
            Self::Opaque(b) => b.clone(),
        }
    }
}

/// One sysctl node: dotted name, MIB, value.
pub struct Node {
    /// Dotted name, e.g. `kern.ostype`.
    pub name: &'static str,
    /// MIB numbers.
    pub mib: &'static [i32],
    /// Reads the value.
    pub get: fn() -> Value,
    /// XNU's `CTLFLAG_MASKED` compat nodes: int-sized twins of quad nodes,
    /// reachable by number only (the name finds the quad).
    pub masked: bool,
}

fn ncpu() -> i32 {
    i32::try_from(std::thread::available_parallelism().map_or(1, std::num::NonZero::get))
        .unwrap_or(1)
}

fn hostname() -> String {
    nix::unistd::gethostname()
        .map_or_else(|_| "localhost".into(), |h| h.to_string_lossy().into_owned())
}

fn boottime() -> Vec<u8> {
    use nix::time::ClockId;
    let sec =
        super::time::now(ClockId::CLOCK_REALTIME).0 - super::time::now(ClockId::CLOCK_BOOTTIME).0;
    let mut b = sec.to_le_bytes().to_vec();
    b.extend_from_slice(&0i64.to_le_bytes()); // tv_usec (i32) + padding
    b
}

fn brand_string() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|v| v.trim().to_owned())
        })
        .unwrap_or_else(|| "x86_64".into())
}

fn memsize() -> i64 {
    i64::try_from(crate::host_memory()).unwrap_or(i64::MAX)
}

/// Every node the runner answers.
pub static NODES: &[Node] = &[
    Node {
        name: "kern.ostype",
        mib: &[sc::CTL_KERN, sc::KERN_OSTYPE],
        get: || Value::Str("Darwin".into()),
        masked: false,
    },
    Node {
        name: "kern.osrelease",
        mib: &[sc::CTL_KERN, 2],
        get: || Value::Str(OS_RELEASE.into()),
        masked: false,
    },
    Node {
        name: "kern.osrevision",
        mib: &[sc::CTL_KERN, 3],
        get: || Value::Int(199_506),
        masked: false,
    },
    Node {
        name: "kern.version",
        mib: &[sc::CTL_KERN, 4],
        get: || {
            Value::Str(format!(
                "Darwin Kernel Version {OS_RELEASE}: runner (macOS on Linux); root:xnu/RELEASE_X86_64"
            ))
        },
        masked: false,
    },
    Node {
        name: "kern.argmax",
        mib: &[sc::CTL_KERN, 8],
        get: || Value::Int(ARG_MAX),
        masked: false,
    },
    Node {
        name: "kern.hostname",
        mib: &[sc::CTL_KERN, sc::KERN_HOSTNAME],
        get: || Value::Str(hostname()),
        masked: false,
    },
    Node {
        name: "kern.boottime",
        mib: &[sc::CTL_KERN, 21],
        get: || Value::Opaque(boottime()),
        masked: false,
    },
    Node {
        name: "kern.maxfilesperproc",
        mib: &[sc::CTL_KERN, 29],
        get: || Value::Int(10_240),
        masked: false,
    },
    Node {
        name: "kern.osversion",
        mib: &[sc::CTL_KERN, 65],
        get: || Value::Str(OS_BUILD.into()),
        masked: false,
    },
    Node {
        name: "kern.osproductversion",
        mib: &[sc::CTL_KERN, 100],
        get: || Value::Str(OS_PRODUCT_VERSION.into()),
        masked: false,
    },
    Node {
        name: "hw.machine",
        mib: &[sc::CTL_HW, 1],
        get: || Value::Str("x86_64".into()),
        masked: false,
    },
    Node {
        name: "hw.model",
        mib: &[sc::CTL_HW, 2],
        get: || Value::Str(HW_MODEL.into()),
        masked: false,
    },
    Node {
        name: "hw.ncpu",
        mib: &[sc::CTL_HW, sc::HW_NCPU],
        get: || Value::Int(ncpu()),
        masked: false,
    },
    Node {
        name: "hw.byteorder",
        mib: &[sc::CTL_HW, 4],
        get: || Value::Int(1234),
        masked: false,
    },
    Node {
        name: "hw.physmem",
        mib: &[sc::CTL_HW, 5],
        get: || Value::Int(i32::try_from(memsize()).unwrap_or(i32::MAX)),
        masked: false,
    },
    Node {
        name: "hw.pagesize",
        mib: &[sc::CTL_HW, sc::HW_PAGESIZE],
        get: || Value::Int(4096),
        masked: true,
    },
    Node {
        name: "hw.pagesize",
        mib: &[sc::CTL_HW, 106],
        get: || Value::Quad(4096),
        masked: false,
    },
    Node {
        name: "hw.memsize",
        mib: &[sc::CTL_HW, sc::HW_MEMSIZE],
        get: || Value::Quad(memsize()),
        masked: false,
    },
    Node {
        name: "hw.activecpu",
        mib: &[sc::CTL_HW, 25],
        get: || Value::Int(ncpu()),
        masked: false,
    },
    Node {
        name: "hw.physicalcpu",
        mib: &[sc::CTL_HW, 101],
        get: || Value::Int(ncpu()),
        masked: false,
    },
    Node {
        name: "hw.physicalcpu_max",
        mib: &[sc::CTL_HW, 102],
        get: || Value::Int(ncpu()),
        masked: false,
    },
    Node {
        name: "hw.logicalcpu",
        mib: &[sc::CTL_HW, 103],
        get: || Value::Int(ncpu()),
        masked: false,
    },
    Node {
        name: "hw.logicalcpu_max",
        mib: &[sc::CTL_HW, 104],
        get: || Value::Int(ncpu()),
        masked: false,
    },
    Node {
        name: "hw.cachelinesize",
        mib: &[sc::CTL_HW, 105],
        get: || Value::Quad(64),
        masked: false,
    },
    Node {
        name: "machdep.cpu.brand_string",
        mib: &[7, 100, 100],
        get: || Value::Str(brand_string()),
        masked: false,
    },
];

fn by_mib(mib: &[i32]) -> Option<&'static Node> {
    NODES.iter().find(|n| n.mib == mib)
}

fn by_name(name: &[u8]) -> Option<&'static Node> {
    NODES
        .iter()
        .find(|n| !n.masked && n.name.as_bytes() == name)
}

/// XNU's old/new protocol: size query with a NULL buffer, `ENOMEM` with a
/// partial copy when the buffer is short, `EPERM` for writes (all nodes
/// are read-only for the guest).
fn answer(value: &Value, old: u64, oldlenp: GuestPtr<u64>, new: u64) -> SysResult {
    if new != 0 {
        return Err(Errno::EPERM);
    }
    let want = if oldlenp.is_null() {
        None
    } else {
        Some(oldlenp.read()?)
    };
    let bytes = value.bytes(if old == 0 { None } else { want });
    if old == 0 {
        oldlenp.write_opt(&(bytes.len() as u64))?;
        return ok(0);
    }
    let Some(room) = want else { return ok(0) };
    let n = bytes.len().min(usize::try_from(room).unwrap_or(usize::MAX));
    GuestBuf::new(old, n as u64).write(&bytes[..n])?;
    oldlenp.write(&(n as u64))?;
    if n < bytes.len() {
        Err(Errno::ENOMEM)
    } else {
        ok(0)
    }
}

/// `sysctl(name, namelen, old, oldlenp, new, newlen)`.
pub fn sysctl(a: &Args) -> SysResult {
    let (name, namelen, old, oldlenp, new, newlen) = (
        a.raw(0),
        a.uint(1),
        a.raw(2),
        a.ptr::<u64>(3),
        a.raw(4),
        a.raw(5),
    );
    if namelen == 0 || namelen as usize > sc::CTL_MAXNAME {
        return Err(Errno::EINVAL);
    }
    let mib: Vec<i32> = (0..u64::from(namelen))
        .map(|i| GuestPtr::<i32>::new(name).add(i).read())
        .collect::<Result<_, _>>()?;
    if mib.len() == 2 && mib[0] == sc::CTL_SYSCTL && mib[1] == sc::CTL_SYSCTL_NAME2OID {
        let wanted = GuestBuf::new(new, newlen).read()?;
        let wanted = wanted.strip_suffix(b"\0").unwrap_or(&wanted);
        let node = by_name(wanted).ok_or_else(|| not_found(&String::from_utf8_lossy(wanted)))?;
        let bytes: Vec<u8> = node.mib.iter().flat_map(|m| m.to_le_bytes()).collect();
        return answer(&Value::Opaque(bytes), old, oldlenp, 0);
    }
    let node = by_mib(&mib).ok_or_else(|| not_found(&format!("{mib:?}")))?;
    answer(&(node.get)(), old, oldlenp, new)
}

fn not_found(what: &str) -> Errno {
    crate::trace::unsupported("sysctl", what);
    Errno::ENOENT
}

/// `sysctlbyname(name, namelen, old, oldlenp, new, newlen)`.
pub fn sysctlbyname(a: &Args) -> SysResult {
    let (name, namelen, old, oldlenp, new) =
        (a.buf(0, 1), a.raw(1), a.raw(2), a.ptr::<u64>(3), a.raw(4));
    if namelen == 0 || namelen > 1024 {
        return Err(Errno::EINVAL);
    }
    let name = name.read()?;
    let name = name.strip_suffix(b"\0").unwrap_or(&name);
    let node = by_name(name).ok_or_else(|| not_found(&String::from_utf8_lossy(name)))?;
    answer(&(node.get)(), old, oldlenp, new)
}

/// `getentropy(buf, size)`: at most 256 bytes, as XNU.
pub fn getentropy(a: &Args) -> SysResult {
    let buf = a.buf(0, 1);
    if buf.len > 256 {
        return Err(Errno::EINVAL);
    }
    let mut bytes = vec![0u8; buf.len_usize()];
    let mut filled = 0;
    while filled < bytes.len() {
        // SAFETY: valid buffer range inside `bytes`.
        let n = unsafe {
            libc::getrandom(bytes[filled..].as_mut_ptr().cast(), bytes.len() - filled, 0)
        };
        filled += usize::try_from(n).map_err(|_| Errno::EIO)?;
    }
    buf.write(&bytes)?;
    ok(0)
}

fn is_self(pid: i32) -> bool {
    pid == 0 || u32::try_from(pid).is_ok_and(|p| p == std::process::id())
}

fn csops_common(pid: i32, op: u32, out: GuestBuf) -> SysResult {
    if !is_self(pid) {
        return Err(Errno::ESRCH);
    }
    match op {
        // Unsigned and allowed: no flags; a zero page offset.
        cs::CS_OPS_STATUS | cs::CS_OPS_PIDOFFSET => {
            if out.len < 4 {
                return Err(Errno::EINVAL);
            }
            out.write(&vec![0u8; out.len_usize().min(8)])?;
            ok(0)
        }
        cs::CS_OPS_MARKINVALID
        | cs::CS_OPS_MARKHARD
        | cs::CS_OPS_MARKKILL
        | cs::CS_OPS_MARKRESTRICT => ok(0),
        // Blobs, hashes and identities need a valid signature (EINVAL, as XNU).
        _ => Err(Errno::EINVAL),
    }
}

/// `csops(pid, ops, useraddr, usersize)`.
pub fn csops(a: &Args) -> SysResult {
    csops_common(a.int(0), a.uint(1), a.buf(2, 3))
}

/// `csops_audittoken(pid, ops, useraddr, usersize, token)`.
pub fn csops_audittoken(a: &Args) -> SysResult {
    csops_common(a.int(0), a.uint(1), a.buf(2, 3))
}

/// `proc_info(callnum, pid, flavor, arg, buffer, buffersize)`.
pub fn proc_info(a: &Args) -> SysResult {
    let (call, pid, flavor, buf) = (a.int(0), a.int(1), a.uint(2), a.buf(4, 5));
    if call != pi::PROC_INFO_CALL_PIDINFO {
        crate::trace::unsupported("proc_info", &format!("call {call}"));
        return Err(Errno::ENOTSUP);
    }
    if !is_self(pid) {
        return Err(Errno::ESRCH);
    }
    match flavor {
        pi::PROC_PIDPATHINFO => {
            let mut path = process().exe_path.clone();
            path.push(0);
            if buf.len_usize() < path.len() {
                return Err(Errno::ENOMEM);
            }
            buf.write(&path)?;
            ok(path.len() as u64 - 1)
        }
        pi::PROC_PIDT_SHORTBSDINFO => {
            let info = short_bsd_info();
            if buf.len_usize() < info.len() {
                return Err(Errno::ENOMEM);
            }
            buf.write(&info)?;
            ok(info.len() as u64)
        }
        _ => {
            crate::trace::unsupported("proc_info", &format!("flavor {flavor}"));
            Err(Errno::ENOTSUP)
        }
    }
}

/// `struct proc_bsdshortinfo` (64 bytes) for the calling process.
fn short_bsd_info() -> Vec<u8> {
    let mut b = Vec::with_capacity(64);
    let parent = std::os::unix::process::parent_id();
    let group = nix::unistd::getpgrp().as_raw().cast_unsigned();
    for v in [std::process::id(), parent, group, 2 /* SRUN */] {
        b.extend_from_slice(&v.to_le_bytes());
    }
    let exe = &process().exe_path;
    let comm = exe.rsplit(|&c| c == b'/').next().unwrap_or(exe);
    let mut name = [0u8; 16];
    let n = comm.len().min(15);
    name[..n].copy_from_slice(&comm[..n]);
    b.extend_from_slice(&name);
    let (uid, gid) = (
        nix::unistd::getuid().as_raw(),
        nix::unistd::getgid().as_raw(),
    );
    for v in [0, uid, gid, uid, gid, uid, gid, 0] {
        b.extend_from_slice(&v.to_le_bytes());
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nodes_are_unique() {
        for (i, a) in NODES.iter().enumerate() {
            for b in &NODES[i + 1..] {
                assert!(a.masked || b.masked || a.name != b.name, "{} twice", a.name);
                assert_ne!(a.mib, b.mib, "{} and {}", a.name, b.name);
            }
        }
    }

    #[test]
    fn quad_reads_as_int_into_four_bytes() {
        assert_eq!(
            Value::Quad(4096).bytes(Some(4)),
            4096i32.to_le_bytes().to_vec()
        );
        assert_eq!(
            Value::Quad(4096).bytes(Some(8)),
            4096i64.to_le_bytes().to_vec()
        );
        assert_eq!(Value::Str("ab".into()).bytes(None), b"ab\0".to_vec());
    }
}
