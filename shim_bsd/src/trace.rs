//! The guest syscall trace (`--trace`, `-c`, `--trace-format json`) and the
//! once-per-name warnings about what the runner does not implement. This is
//! the guest's trace, kept apart from the runner's own diagnostics
//! (`tracing`, `RUST_LOG`).
//!
//! Tracing off costs one relaxed atomic load per syscall.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant, SystemTime};

use common_bsd::errno::Errno;
use common_bsd::syscalls::{ArgKind, Category, SyscallClass, SyscallInfo};
use common_bsd::types::{Stat64, Timespec, Timeval, fcntl, ioctl, mman, mode, oflags};

use crate::dispatch::{Args, syscall_name};
use crate::errno::SysResult;
use crate::mem::{GuestBuf, GuestCStr, GuestPtr};

/// Output format of the trace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// strace-like lines.
    Text,
    /// One JSON object per line.
    Json,
}

/// What the user asked to see.
#[derive(Debug, Clone)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent switches from the command line"
)]
pub struct TraceConfig {
    /// One line per call.
    pub lines: bool,
    /// Which calls.
    pub filter: Filter,
    /// Text or JSON.
    pub format: Format,
    /// Show the time spent in each call (`-T`).
    pub durations: bool,
    /// Prefix lines with the wall-clock time (`-t`).
    pub timestamps: bool,
    /// Only failing calls.
    pub failed_only: bool,
    /// A summary table at exit (`-c`).
    pub summary: bool,
    /// Longest string shown (`-s`).
    pub string_limit: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Selector {
    All,
    Name(String),
    Category(Category),
}

/// Which syscalls are traced: names and categories, `!` to exclude.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    include: Vec<Selector>,
    exclude: Vec<Selector>,
}

impl Filter {
    /// Parses `name,category,!name,...` (`all` for everything).
    ///
    /// # Errors
    /// Names a selector that is neither a known syscall nor a category.
    pub fn parse(spec: &str) -> Result<Self, String> {
        let mut f = Filter {
            include: Vec::new(),
            exclude: Vec::new(),
        };
        for item in spec.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let (neg, word) = item.strip_prefix('!').map_or((false, item), |w| (true, w));
            let sel = if word == "all" {
                Selector::All
            } else if let Some(c) = Category::from_name(word) {
                Selector::Category(c)
            } else if let Some((_, info)) = common_bsd::syscalls::by_name(word) {
                Selector::Name(info.name.to_owned())
            } else {
                return Err(format!(
                    "`{word}` is neither a syscall nor a class (file, process, network, signal, memory, time, mach, ipc)"
                ));
            };
            if neg {
                f.exclude.push(sel);
            } else {
                f.include.push(sel);
            }
        }
        if f.include.is_empty() {
            f.include.push(Selector::All);
        }
        Ok(f)
    }

    fn hits(sel: &Selector, class: SyscallClass, info: Option<&SyscallInfo>) -> bool {
        match sel {
            Selector::All => true,
            Selector::Name(n) => info.is_some_and(|i| i.name == n),
            Selector::Category(Category::Mach) => {
                class != SyscallClass::Unix || info.is_some_and(|i| i.category == Category::Mach)
            }
            Selector::Category(c) => info.is_some_and(|i| i.category == *c),
        }
    }

    /// Whether a call is traced.
    #[must_use]
    pub fn matches(&self, class: SyscallClass, info: Option<&SyscallInfo>) -> bool {
        self.include.iter().any(|s| Self::hits(s, class, info))
            && !self.exclude.iter().any(|s| Self::hits(s, class, info))
    }
}

#[derive(Debug, Default, Clone, Copy)]
struct Totals {
    calls: u64,
    errors: u64,
    time: Duration,
}

struct Tracer {
    cfg: TraceConfig,
    out: Mutex<Box<dyn Write + Send>>,
    totals: Mutex<BTreeMap<String, Totals>>,
}

static ACTIVE: AtomicBool = AtomicBool::new(false);
static TRACER: OnceLock<Tracer> = OnceLock::new();
static QUIET: AtomicBool = AtomicBool::new(false);
static WARNED: Mutex<Option<HashSet<String>>> = Mutex::new(None);

/// Turns the trace on.
pub fn configure(cfg: TraceConfig, out: Box<dyn Write + Send>) {
    if TRACER
        .set(Tracer {
            cfg,
            out: Mutex::new(out),
            totals: Mutex::new(BTreeMap::new()),
        })
        .is_ok()
    {
        ACTIVE.store(true, Ordering::Relaxed);
    }
}

/// Silences the warnings about unimplemented calls.
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
}

fn tracer() -> Option<&'static Tracer> {
    if ACTIVE.load(Ordering::Relaxed) {
        TRACER.get()
    } else {
        None
    }
}

fn lines() -> Option<&'static Tracer> {
    tracer().filter(|t| t.cfg.lines)
}

fn emit(t: &Tracer, line: &str) {
    let mut out = t
        .out
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let _ = out.write_all(line.as_bytes());
    let _ = out.write_all(b"\n");
}

/// Flushes the trace output.
pub fn flush() {
    if let Some(t) = tracer() {
        let _ = t
            .out
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .flush();
    }
}

fn pid() -> u32 {
    std::process::id()
}

fn tid() -> i32 {
    // SAFETY: gettid has no preconditions.
    unsafe { libc::gettid() }
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

/// When a traced call started.
#[derive(Debug, Clone, Copy)]
pub struct Start {
    at: Instant,
    wall: SystemTime,
}

/// Called before a handler runs; returns the start time when tracing.
#[must_use]
pub fn enter() -> Option<Start> {
    tracer().map(|_| Start {
        at: Instant::now(),
        wall: SystemTime::now(),
    })
}

/// A decoded argument, renderable as text or JSON.
#[derive(Debug, Clone, PartialEq)]
enum Shown {
    Int(i64),
    UInt(u64),
    Hex(u64),
    Null,
    Str { bytes: Vec<u8>, more: bool },
    Sym(String),
    Struct(Vec<(&'static str, Shown)>),
    List(Vec<Shown>, bool),
}

impl Shown {
    fn text(&self, out: &mut String) {
        match self {
            Self::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Self::UInt(u) => {
                let _ = write!(out, "{u}");
            }
            Self::Hex(h) => {
                let _ = write!(out, "{h:#x}");
            }
            Self::Null => out.push_str("NULL"),
            Self::Str { bytes, more } => {
                quote_into(bytes, out);
                if *more {
                    out.push_str("...");
                }
            }
            Self::Sym(s) => out.push_str(s),
            Self::Struct(fields) => {
                out.push('{');
                for (i, (k, v)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    let _ = write!(out, "{k}=");
                    v.text(out);
                }
                out.push('}');
            }
            Self::List(items, more) => {
                out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    v.text(out);
                }
                if *more {
                    out.push_str(", ...");
                }
                out.push(']');
            }
        }
    }

    fn json(&self) -> serde_json::Value {
        use serde_json::Value;
        match self {
            Self::Int(i) => Value::from(*i),
            Self::UInt(u) => Value::from(*u),
            Self::Hex(h) => Value::from(format!("{h:#x}")),
            Self::Null => Value::Null,
            Self::Str { bytes, .. } => Value::from(String::from_utf8_lossy(bytes).into_owned()),
            Self::Sym(s) => Value::from(s.clone()),
            Self::Struct(fields) => Value::Object(
                fields
                    .iter()
                    .map(|(k, v)| ((*k).to_owned(), v.json()))
                    .collect(),
            ),
            Self::List(items, _) => Value::Array(items.iter().map(Shown::json).collect()),
        }
    }
}

fn quote_into(bytes: &[u8], s: &mut String) {
    s.push('"');
    for &b in bytes {
        match b {
            b'"' => s.push_str("\\\""),
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\t' => s.push_str("\\t"),
            b'\r' => s.push_str("\\r"),
            0x20..=0x7e => s.push(char::from(b)),
            _ => {
                let _ = write!(s, "\\x{b:02x}");
            }
        }
    }
    s.push('"');
}

/// How one call's arguments are shown.
struct Decoder<'a> {
    args: &'a Args,
    result: &'a SysResult,
    limit: usize,
}

impl Decoder<'_> {
    fn int(&self, n: usize) -> i32 {
        self.args.int(n)
    }

    fn ok(&self) -> Option<u64> {
        self.result.as_ref().ok().map(|r| r.0)
    }

    fn buf(&self, addr: u64, len: u64) -> Shown {
        if addr == 0 {
            return Shown::Null;
        }
        let shown = len.min(self.limit as u64);
        match GuestBuf::new(addr, shown).read() {
            Ok(bytes) => Shown::Str {
                more: len > shown,
                bytes,
            },
            Err(_) => Shown::Hex(addr),
        }
    }

    fn cstr(&self, addr: u64) -> Shown {
        if addr == 0 {
            return Shown::Null;
        }
        match GuestCStr(addr).read(4096) {
            Ok(mut bytes) => {
                let more = bytes.len() > self.limit;
                bytes.truncate(self.limit);
                Shown::Str { bytes, more }
            }
            Err(_) => Shown::Hex(addr),
        }
    }

    fn flags(v: u64, names: &[(u64, &str)]) -> Shown {
        Shown::Sym(common_bsd::types::format_flags(v, names))
    }

    fn timespec(t: &Timespec) -> Shown {
        Shown::Struct(vec![
            ("tv_sec", Shown::Int(t.tv_sec)),
            ("tv_nsec", Shown::Int(t.tv_nsec)),
        ])
    }

    fn stat(st: &Stat64) -> Shown {
        let kind = mode::type_name(u32::from(st.st_mode)).unwrap_or("S_IF?");
        Shown::Struct(vec![
            ("st_dev", Shown::Int(i64::from(st.st_dev))),
            ("st_ino", Shown::UInt(st.st_ino)),
            (
                "st_mode",
                Shown::Sym(format!("{kind}|0{:o}", st.st_mode & 0o7777)),
            ),
            ("st_nlink", Shown::UInt(u64::from(st.st_nlink))),
            ("st_uid", Shown::UInt(u64::from(st.st_uid))),
            ("st_gid", Shown::UInt(u64::from(st.st_gid))),
            ("st_size", Shown::Int(st.st_size)),
        ])
    }

    fn sockaddr(addr: u64, len: u64) -> Shown {
        let Ok(b) = GuestBuf::new(addr, len.min(128)).read() else {
            return Shown::Hex(addr);
        };
        if b.len() < 2 {
            return Shown::Hex(addr);
        }
        let family = b[1];
        match family {
            1 => {
                let path = b[2..]
                    .iter()
                    .take_while(|&&c| c != 0)
                    .copied()
                    .collect::<Vec<u8>>();
                Shown::Struct(vec![
                    ("sa_family", Shown::Sym("AF_UNIX".into())),
                    (
                        "sun_path",
                        Shown::Str {
                            bytes: path,
                            more: false,
                        },
                    ),
                ])
            }
            2 if b.len() >= 8 => Shown::Struct(vec![
                ("sa_family", Shown::Sym("AF_INET".into())),
                (
                    "sin_port",
                    Shown::UInt(u64::from(u16::from_be_bytes([b[2], b[3]]))),
                ),
                (
                    "sin_addr",
                    Shown::Sym(format!("{}.{}.{}.{}", b[4], b[5], b[6], b[7])),
                ),
            ]),
            30 if b.len() >= 24 => {
                let ip =
                    std::net::Ipv6Addr::from(<[u8; 16]>::try_from(&b[8..24]).unwrap_or([0; 16]));
                Shown::Struct(vec![
                    ("sa_family", Shown::Sym("AF_INET6".into())),
                    (
                        "sin6_port",
                        Shown::UInt(u64::from(u16::from_be_bytes([b[2], b[3]]))),
                    ),
                    ("sin6_addr", Shown::Sym(ip.to_string())),
                ])
            }
            f => Shown::Struct(vec![("sa_family", Shown::UInt(u64::from(f)))]),
        }
    }

    fn iovecs(&self, addr: u64, count: u64) -> Shown {
        let mut items = Vec::new();
        for i in 0..count.min(8) {
            let Ok(v) = GuestPtr::<common_bsd::types::Iovec>::new(addr)
                .add(i)
                .read()
            else {
                return Shown::Hex(addr);
            };
            items.push(Shown::Struct(vec![
                ("iov_base", self.buf(v.iov_base, v.iov_len)),
                ("iov_len", Shown::UInt(v.iov_len)),
            ]));
        }
        Shown::List(items, count > 8)
    }

    fn mib(addr: u64, len: u64) -> Shown {
        let ints: Result<Vec<i32>, _> = (0..len.min(12))
            .map(|i| GuestPtr::<i32>::new(addr).add(i).read())
            .collect();
        match ints {
            Ok(ints) => match crate::sys::info::NODES
                .iter()
                .find(|n| n.mib == ints.as_slice())
            {
                Some(node) => Shown::Sym(node.name.to_owned()),
                None => Shown::List(
                    ints.into_iter().map(|i| Shown::Int(i64::from(i))).collect(),
                    false,
                ),
            },
            Err(_) => Shown::Hex(addr),
        }
    }

    fn show(&self, kind: ArgKind, n: usize) -> Shown {
        let v = self.args.raw(n);
        let arg = |i: u8| self.args.raw(usize::from(i));
        match kind {
            ArgKind::AtFd if self.int(n) == fcntl::AT_FDCWD => Shown::Sym("AT_FDCWD".into()),
            ArgKind::Int | ArgKind::Pid | ArgKind::Fd | ArgKind::AtFd => {
                Shown::Int(i64::from(self.int(n)))
            }
            ArgKind::Signal => common_bsd::signals::signal_name(self.int(n))
                .map_or(Shown::Int(i64::from(self.int(n))), |s| Shown::Sym(s.into())),
            ArgKind::UInt | ArgKind::Size => Shown::UInt(v),
            ArgKind::Off => Shown::Int(self.args.i64(n)),
            ArgKind::Mode => Shown::Sym(format!("0{:o}", v & 0o7777)),
            ArgKind::Path | ArgKind::Str => self.cstr(v),
            ArgKind::InBuf { len_arg } => self.buf(v, arg(len_arg)),
            ArgKind::OutBuf { len_arg } => match self.ok() {
                Some(got) => self.buf(v, got.min(arg(len_arg))),
                None => Shown::Hex(v),
            },
            ArgKind::IoVec { count_arg } => self.iovecs(v, arg(count_arg) & 0xffff_ffff),
            ArgKind::OpenFlags => Shown::Sym(oflags::describe(v & 0xffff_ffff)),
            ArgKind::MmapProt => Shown::Sym(mman::describe_prot(v & 0xffff_ffff)),
            ArgKind::MmapFlags => Self::flags(v & 0xffff_ffff, mman::NAMES),
            ArgKind::AtFlags => Self::flags(v & 0xffff_ffff, fcntl::AT_NAMES),
            ArgKind::Whence => fcntl::whence_name(self.int(n))
                .map_or(Shown::Int(i64::from(self.int(n))), |w| Shown::Sym(w.into())),
            ArgKind::FcntlCmd => fcntl::cmd_name(self.int(n))
                .map_or(Shown::Int(i64::from(self.int(n))), |c| Shown::Sym(c.into())),
            ArgKind::IoctlCmd => ioctl::name(self.args.uint(n))
                .map_or(Shown::Hex(v & 0xffff_ffff), |c| Shown::Sym(c.into())),
            ArgKind::StatOut if self.ok().is_some() => GuestPtr::<Stat64>::new(v)
                .read()
                .map_or(Shown::Hex(v), |st| Self::stat(&st)),
            ArgKind::TimespecIn | ArgKind::TimespecOut if v != 0 => GuestPtr::<Timespec>::new(v)
                .read()
                .map_or(Shown::Hex(v), |t| Self::timespec(&t)),
            ArgKind::TimevalIn | ArgKind::TimevalOut if v != 0 && self.ok().is_some() => {
                GuestPtr::<Timeval>::new(v)
                    .read()
                    .map_or(Shown::Hex(v), |t| {
                        Shown::Struct(vec![
                            ("tv_sec", Shown::Int(t.tv_sec)),
                            ("tv_usec", Shown::Int(i64::from(t.tv_usec))),
                        ])
                    })
            }
            ArgKind::SockAddrIn { len_arg } if v != 0 => Self::sockaddr(v, arg(len_arg)),
            ArgKind::SysctlMib { len_arg } => Self::mib(v, arg(len_arg)),
            _ if v == 0 => Shown::Null,
            _ => Shown::Hex(v),
        }
    }
}

fn result_shown(
    class: SyscallClass,
    info: Option<&SyscallInfo>,
    result: &SysResult,
) -> (Shown, Option<Errno>) {
    match result {
        Ok(r) if class != SyscallClass::Unix => (Shown::Hex(r.0), None),
        Ok(r) if info.is_some_and(|i| i.name == "mmap") => (Shown::Hex(r.0), None),
        Ok(r) => (Shown::Int(r.0.cast_signed()), None),
        Err(e) => (Shown::Int(-1), Some(*e)),
    }
}

fn clock(wall: SystemTime) -> String {
    let since = wall
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or_default();
    let day = since.as_secs() % 86_400;
    format!(
        "{:02}:{:02}:{:02}.{:06}",
        day / 3600,
        day / 60 % 60,
        day % 60,
        since.subsec_micros()
    )
}

/// Called after a handler ran: accounts the call and writes its line.
pub fn exit(
    start: Option<Start>,
    class: SyscallClass,
    number: u32,
    info: Option<&SyscallInfo>,
    args: &Args,
    result: &SysResult,
) {
    let (Some(start), Some(t)) = (start, tracer()) else {
        return;
    };
    let took = start.at.elapsed();
    if !t.cfg.filter.matches(class, info) {
        return;
    }
    let name = syscall_name(class, number, info);
    if t.cfg.summary {
        let mut totals = t
            .totals
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let e = totals.entry(name.clone()).or_default();
        e.calls += 1;
        e.errors += u64::from(result.is_err());
        e.time += took;
    }
    if !t.cfg.lines || (t.cfg.failed_only && result.is_ok()) {
        return;
    }
    let d = Decoder {
        args,
        result,
        limit: t.cfg.string_limit,
    };
    let shown: Vec<Shown> = match info {
        Some(i) => i
            .args
            .iter()
            .enumerate()
            .map(|(n, k)| d.show(*k, n))
            .collect(),
        None => args.0.iter().map(|v| Shown::Hex(*v)).collect(),
    };
    let (res, err) = result_shown(class, info, result);
    let not_impl = err == Some(Errno::ENOSYS) && crate::sys::lookup(class, number).is_none();
    let line = match t.cfg.format {
        Format::Json => {
            let obj = serde_json::json!({
                "pid": pid(),
                "tid": tid(),
                "time": start.wall.duration_since(SystemTime::UNIX_EPOCH).unwrap_or_default().as_secs_f64(),
                "class": class.name(),
                "number": number,
                "name": name,
                "args": shown.iter().map(Shown::json).collect::<Vec<_>>(),
                "result": res.json(),
                "errno": err.map(Errno::name),
                "implemented": !not_impl,
                "duration_ns": u64::try_from(took.as_nanos()).unwrap_or(u64::MAX),
            });
            obj.to_string()
        }
        Format::Text => {
            let mut line = String::new();
            if t.cfg.timestamps {
                let _ = write!(line, "{} ", clock(start.wall));
            }
            let _ = write!(line, "[{}/{}] {name}(", pid(), tid());
            for (i, s) in shown.iter().enumerate() {
                if i > 0 {
                    line.push_str(", ");
                }
                s.text(&mut line);
            }
            line.push_str(") = ");
            res.text(&mut line);
            match err {
                Some(_) if not_impl => line.push_str(" ENOSYS (not implemented in runner)"),
                Some(e) => {
                    let _ = write!(line, " {} ({})", e.name(), e.message());
                }
                None => {}
            }
            if t.cfg.durations {
                let _ = write!(line, " <{:.6}>", took.as_secs_f64());
            }
            line
        }
    };
    emit(t, &line);
}

fn event(kind: &str, text: &str, fields: serde_json::Value) {
    let Some(t) = lines() else { return };
    let line = match t.cfg.format {
        Format::Text => format!("[{}/{}] {text}", pid(), tid()),
        Format::Json => {
            let mut obj = serde_json::json!({ "pid": pid(), "tid": tid(), "event": kind });
            if let (Some(o), serde_json::Value::Object(extra)) = (obj.as_object_mut(), fields) {
                o.extend(extra);
            }
            obj.to_string()
        }
    };
    emit(t, &line);
}

/// A signal delivered to the guest.
pub fn signal_event(sig: i32) {
    let name = common_bsd::signals::signal_name(sig).unwrap_or("SIG?");
    event(
        "signal",
        &format!("--- {name} ---"),
        serde_json::json!({ "signal": name }),
    );
}

/// An image mapped into the guest.
pub fn image_event(path: &str, addr: u64) {
    event(
        "image",
        &format!("--- image {path} at {addr:#x} ---"),
        serde_json::json!({ "path": path, "address": format!("{addr:#x}") }),
    );
}

/// The process ended, with a status or by a signal: the last event line,
/// then the `-c` summary.
pub fn exit_event(status: Option<i32>, sig: Option<i32>) {
    match (status, sig) {
        (_, Some(s)) => {
            let name = common_bsd::signals::signal_name(s).unwrap_or("SIG?");
            event(
                "killed",
                &format!("+++ killed by {name} +++"),
                serde_json::json!({ "signal": name }),
            );
        }
        (Some(st), None) => event(
            "exit",
            &format!("+++ exited with {st} +++"),
            serde_json::json!({ "status": st }),
        ),
        (None, None) => {}
    }
    if let Some(t) = tracer().filter(|t| t.cfg.summary) {
        let totals = t
            .totals
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let text = match t.cfg.format {
            Format::Text => summary_table(&totals),
            Format::Json => summary_json(&totals),
        };
        emit(t, text.trim_end());
    }
    flush();
}

fn sorted(totals: &BTreeMap<String, Totals>) -> Vec<(&String, &Totals)> {
    let mut rows: Vec<(&String, &Totals)> = totals.iter().collect();
    rows.sort_by(|a, b| {
        b.1.time
            .cmp(&a.1.time)
            .then(b.1.calls.cmp(&a.1.calls))
            .then(a.0.cmp(b.0))
    });
    rows
}

fn summary_table(totals: &BTreeMap<String, Totals>) -> String {
    let all: Duration = totals.values().map(|t| t.time).sum();
    let (calls, errors): (u64, u64) = totals
        .values()
        .fold((0, 0), |(c, e), t| (c + t.calls, e + t.errors));
    let pct = |d: Duration| {
        if all.is_zero() {
            0.0
        } else {
            100.0 * d.as_secs_f64() / all.as_secs_f64()
        }
    };
    let rule = "------ ----------- ----------- --------- --------- ----------------";
    let mut s = format!("% time     seconds  usecs/call     calls    errors syscall\n{rule}\n");
    for (name, t) in sorted(totals) {
        let per = t.time.as_micros() / u128::from(t.calls.max(1));
        let errs = if t.errors == 0 {
            String::new()
        } else {
            t.errors.to_string()
        };
        let _ = writeln!(
            s,
            "{:6.2} {:11.6} {per:11} {:9} {errs:>9} {name}",
            pct(t.time),
            t.time.as_secs_f64(),
            t.calls
        );
    }
    let _ = writeln!(
        s,
        "{rule}\n{:6.2} {:11.6} {:11} {calls:9} {errors:9} total",
        100.0,
        all.as_secs_f64(),
        ""
    );
    s
}

fn summary_json(totals: &BTreeMap<String, Totals>) -> String {
    let rows: Vec<serde_json::Value> = sorted(totals)
        .into_iter()
        .map(|(name, t)| {
            serde_json::json!({
                "name": name,
                "calls": t.calls,
                "errors": t.errors,
                "total_ns": u64::try_from(t.time.as_nanos()).unwrap_or(u64::MAX),
            })
        })
        .collect();
    serde_json::json!({ "pid": pid(), "event": "summary", "syscalls": rows }).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use common_bsd::syscalls::{bsd, nr};

    #[test]
    fn filters_by_name_class_and_exclusion() {
        let write = bsd(nr::WRITE);
        let open = bsd(nr::OPEN);
        let mmap = bsd(nr::MMAP);
        let f = Filter::parse("file,!open").unwrap();
        assert!(f.matches(SyscallClass::Unix, write));
        assert!(!f.matches(SyscallClass::Unix, open));
        assert!(!f.matches(SyscallClass::Unix, mmap));
        let f = Filter::parse("mmap").unwrap();
        assert!(f.matches(SyscallClass::Unix, mmap) && !f.matches(SyscallClass::Unix, write));
        let f = Filter::parse("!write").unwrap();
        assert!(f.matches(SyscallClass::Unix, mmap) && !f.matches(SyscallClass::Unix, write));
        assert!(
            Filter::parse("mach")
                .unwrap()
                .matches(SyscallClass::Mach, None)
        );
        assert!(Filter::parse("nosuchcall").is_err());
    }

    #[test]
    fn quoting_escapes_and_marks_truncation() {
        let mut s = String::new();
        Shown::Str {
            bytes: b"a\"b\n\x01".to_vec(),
            more: true,
        }
        .text(&mut s);
        assert_eq!(s, "\"a\\\"b\\n\\x01\"...");
    }

    #[test]
    fn summary_totals_add_up() {
        let mut m = BTreeMap::new();
        m.insert(
            "write".to_owned(),
            Totals {
                calls: 3,
                errors: 1,
                time: Duration::from_micros(30),
            },
        );
        m.insert(
            "read".to_owned(),
            Totals {
                calls: 2,
                errors: 0,
                time: Duration::from_micros(10),
            },
        );
        let s = summary_table(&m);
        let last = s.lines().last().unwrap();
        assert!(
            last.ends_with("total") && last.contains(" 5 ") && last.contains(" 1 "),
            "{s}"
        );
        assert!(s.lines().nth(2).unwrap().ends_with("write"), "{s}");
    }
}
