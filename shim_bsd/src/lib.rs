//! The runner's engine: maps a Mach-O executable (and the dyld it names)
//! into this Linux process, builds the initial process image XNU would
//! build, traps the guest's syscalls with seccomp and serves them.
//!
//! Module map (see `docs/ARCHITECTURE.md`):
//! - [`mem`], [`vm`]: the guest address space, checked guest-memory access,
//!   placement of guest mappings;
//! - [`loader`], [`image`]: segments, stack, `apple[]`, commpage;
//! - [`trap`], [`dispatch`], [`sys`]: seccomp SIGSYS → registers →
//!   handler table → one module per syscall area;
//! - [`vfs`], [`fdtable`], [`state`]: the guest filesystem view, descriptor
//!   table and per-process state;
//! - [`signal`], [`trace`]: default signal actions, the guest syscall trace.

pub mod dispatch;
pub mod errno;
pub mod fdtable;
pub mod image;
pub mod loader;
pub mod mem;
pub mod signal;
pub mod state;
pub mod sys;
pub mod trace;
pub mod trap;
pub mod vfs;
pub mod vm;

use std::fmt;
use std::fs::File;
use std::io::Write;
use std::os::fd::AsFd;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use common_bsd::macho::{self, Entry, Image, ImageError};
use goblin::mach::header::{MH_DYLINKER, MH_EXECUTE};

use crate::fdtable::{FdEntry, FdTable};
use crate::loader::{Base, LoadError};
use crate::state::Process;
use crate::vfs::Vfs;

/// Where PIE executables go (their `__TEXT` asks for this address).
pub const PIE_BASE: u64 = 0x1_0000_0000;
/// How far ASLR may move a PIE executable.
const MAIN_ASLR_RANGE: u64 = 0x1000_0000;
/// How far ASLR may move dyld beyond the main image.
const DYLD_ASLR_RANGE: u64 = 0x100_0000;

/// Why a program could not be started.
#[derive(Debug)]
pub enum LaunchError {
    /// The program file does not exist.
    NotFound(PathBuf),
    /// It exists but is not something to run (directory, no permission, ...).
    NotRunnable(PathBuf, String),
    /// It is not an `x86_64` Mach-O executable, or a broken one.
    Image(PathBuf, ImageError),
    /// The dynamic linker it names is not in the guest filesystem.
    NoDyld {
        /// The program.
        program: PathBuf,
        /// `LC_LOAD_DYLINKER` path.
        dyld: String,
        /// Where it was looked up.
        looked_up: PathBuf,
        /// What the guest filesystem is.
        view: String,
    },
    /// Mapping failed.
    Load(PathBuf, LoadError),
    /// The runner could not set itself up (seccomp, signals, ...).
    Setup(String),
}

impl LaunchError {
    /// The exit status a shell would use: 127 for a missing program, 126 for
    /// one that cannot be executed, 70 (`EX_SOFTWARE`) for runner set-up failures.
    #[must_use]
    pub fn exit_code(&self) -> i32 {
        match self {
            Self::NotFound(_) => 127,
            Self::Setup(_) => 70,
            _ => 126,
        }
    }
}

impl fmt::Display for LaunchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotFound(p) => write!(f, "{}: no such file", p.display()),
            Self::NotRunnable(p, why) => write!(f, "{}: {why}", p.display()),
            Self::Image(p, e) => write!(f, "{}: {e}", p.display()),
            Self::NoDyld {
                program,
                dyld,
                looked_up,
                view,
            } => write!(
                f,
                "{}: dynamic linker {dyld} not found (looked up {} in the guest filesystem, the {view}); \
                 dynamically linked programs need a guest system that provides it",
                program.display(),
                looked_up.display()
            ),
            Self::Load(p, e) => write!(f, "{}: {e}", p.display()),
            Self::Setup(s) => write!(f, "{s}"),
        }
    }
}

impl std::error::Error for LaunchError {}

/// What to run and how.
#[derive(Debug)]
pub struct LaunchConfig {
    /// Host path of the program.
    pub program: PathBuf,
    /// Guest `argv` (argv[0] first).
    pub argv: Vec<Vec<u8>>,
    /// Guest environment.
    pub envp: Vec<Vec<u8>>,
    /// Randomise image and stack addresses.
    pub aslr: bool,
}

/// Reserves the guest address windows and the commpage. Call it first
/// thing, before the host has mapped much, so nothing of the host lands in
/// the ranges Mach-O images ask for.
///
/// # Errors
/// When a range is already taken on the host.
pub fn prepare_address_space() -> Result<(), String> {
    vm::reserve_windows()?;
    let facts = image::CommpageFacts {
        ncpus: u8::try_from(std::thread::available_parallelism().map_or(1, std::num::NonZero::get))
            .unwrap_or(u8::MAX),
        memory: host_memory(),
    };
    image::map_commpage(facts).map_err(|e| e.0)
}

/// Physical memory of the host in bytes.
#[must_use]
pub fn host_memory() -> u64 {
    // SAFETY: sysconf has no preconditions.
    let (pages, size) = unsafe {
        (
            libc::sysconf(libc::_SC_PHYS_PAGES),
            libc::sysconf(libc::_SC_PAGESIZE),
        )
    };
    u64::try_from(pages).unwrap_or(0) * u64::try_from(size).unwrap_or(0)
}

struct Opened {
    file: File,
    map: memmap2::Mmap,
    slice: macho::Slice,
    image: Image,
}

impl Opened {
    fn bytes(&self) -> &[u8] {
        &self.map[self.slice.offset..self.slice.offset + self.slice.len]
    }
}

fn open_image(path: &Path) -> Result<Opened, LaunchError> {
    let file = File::open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => LaunchError::NotFound(path.to_path_buf()),
        _ => LaunchError::NotRunnable(path.to_path_buf(), e.to_string()),
    })?;
    let meta = file
        .metadata()
        .map_err(|e| LaunchError::NotRunnable(path.to_path_buf(), e.to_string()))?;
    if meta.is_dir() {
        return Err(LaunchError::NotRunnable(
            path.to_path_buf(),
            "is a directory, not a program".into(),
        ));
    }
    if !meta.is_file() {
        return Err(LaunchError::NotRunnable(
            path.to_path_buf(),
            "is not a regular file".into(),
        ));
    }
    if meta.len() == 0 {
        return Err(LaunchError::Image(path.to_path_buf(), ImageError::Empty));
    }
    // SAFETY: the file is mapped read-only and private; if another process
    // truncates it meanwhile the runner may fault, as any loader would.
    let map = unsafe { memmap2::Mmap::map(&file) }
        .map_err(|e| LaunchError::NotRunnable(path.to_path_buf(), format!("cannot map it: {e}")))?;
    let slice = macho::select_slice(&map).map_err(|e| LaunchError::Image(path.to_path_buf(), e))?;
    let image = macho::parse_image(&map[slice.offset..slice.offset + slice.len])
        .map_err(|e| LaunchError::Image(path.to_path_buf(), e))?;
    Ok(Opened {
        file,
        map,
        slice,
        image,
    })
}

fn filetype_name(t: u32) -> &'static str {
    goblin::mach::header::filetype_to_str(t)
}

/// Maps an opened image into the guest and reports it to the trace.
fn map_opened(path: &Path, o: &Opened, base: Base) -> Result<loader::Loaded, LaunchError> {
    let name = path.display().to_string();
    let loaded = loader::load(
        &name,
        &o.file,
        o.bytes(),
        o.slice.offset as u64,
        &o.image,
        base,
    )
    .map_err(|e| LaunchError::Load(path.to_path_buf(), e))?;
    trace::image_event(&name, loaded.header);
    Ok(loaded)
}

/// Finds and opens the dynamic linker `path` named by `program` in the guest filesystem.
fn open_dyld(program: &Path, path: &str, vfs: &Vfs) -> Result<(PathBuf, Opened), LaunchError> {
    let host = vfs.host_path_of(path.as_bytes());
    let opened = match open_image(&host) {
        Ok(o) => o,
        Err(LaunchError::NotFound(_)) => {
            return Err(LaunchError::NoDyld {
                program: program.to_path_buf(),
                dyld: path.to_owned(),
                looked_up: host,
                view: vfs.describe(),
            });
        }
        Err(e) => return Err(e),
    };
    if opened.image.filetype != MH_DYLINKER {
        let what = format!(
            "is a {} image, not a dynamic linker",
            filetype_name(opened.image.filetype)
        );
        return Err(LaunchError::Image(host, ImageError::Malformed(what)));
    }
    Ok((host, opened))
}

/// Loads the program and runs it; returns only on failure before the guest starts.
///
/// # Errors
/// Every reason the program cannot start, as one message.
pub fn launch(config: &LaunchConfig) -> Result<std::convert::Infallible, LaunchError> {
    let program = config.program.clone();
    let main = open_image(&program)?;
    if main.image.filetype != MH_EXECUTE {
        return Err(LaunchError::Image(
            program,
            ImageError::Malformed(format!(
                "this is a {} image, not an executable",
                filetype_name(main.image.filetype)
            )),
        ));
    }
    let cwd = std::env::current_dir()
        .map_err(|e| LaunchError::Setup(format!("current directory: {e}")))?;
    let vfs = Vfs::host(Path::new("/"), &cwd)
        .map_err(|e| LaunchError::Setup(format!("current directory: {e}")))?;

    let dyld = match &main.image.dylinker {
        Some(path) => Some(open_dyld(&program, path, &vfs)?),
        None if matches!(main.image.entry, Entry::Main { .. }) => {
            return Err(LaunchError::Image(
                program,
                ImageError::Malformed(
                    "has LC_MAIN but no LC_LOAD_DYLINKER: nothing would call main".into(),
                ),
            ));
        }
        None => None,
    };

    let aslr = |range: u64| {
        if config.aslr {
            loader::random_pages(range)
        } else {
            0
        }
    };
    let main_base = if main.image.is_relocatable() {
        let lo = main.image.mapped_range().map_or(PIE_BASE, |(lo, _)| lo);
        Base::At(lo + aslr(MAIN_ASLR_RANGE))
    } else {
        Base::Linked
    };
    let loaded = map_opened(&program, &main, main_base)?;
    let (entry, mach_header) = match &dyld {
        Some((host, d)) => {
            let at = mem::page_ceil(loaded.end) + mem::PAGE_SIZE * 16 + aslr(DYLD_ASLR_RANGE);
            (
                map_opened(host, d, Base::At(at))?.entry,
                Some(loaded.header),
            )
        }
        None => (loaded.entry, None),
    };
    let entry = entry.ok_or_else(|| {
        LaunchError::Image(
            program.clone(),
            ImageError::Malformed("no entry point".into()),
        )
    })?;

    let abs = std::fs::canonicalize(&program).unwrap_or_else(|_| cwd.join(&program));
    let exe_path = vfs
        .to_guest(&abs)
        .unwrap_or_else(|| abs.as_os_str().as_bytes().to_vec());
    let apple = apple_strings(&exe_path, &main.file);
    let stack_size = match main.image.entry {
        Entry::Main { stack_size, .. } => stack_size,
        _ => 0,
    };
    let stack = image::build_stack(&image::StackSpec {
        exec_path: &exe_path,
        argv: &config.argv,
        envp: &config.envp,
        apple: &apple,
        mach_header,
        size: stack_size,
    })
    .map_err(|e| LaunchError::Load(program.clone(), e))?;

    state::install(Process {
        exe_path,
        fds: std::sync::Mutex::new(std_fds()),
        vfs,
    });
    sys::init();
    drop(dyld);
    drop(main);
    trap::install().map_err(LaunchError::Setup)?;
    // SAFETY: `entry` is the loaded image's (or dyld's) entry point and
    // `stack.sp` the stack just built; the trap is installed.
    unsafe { trap::enter_guest(entry, stack.sp) }
}

fn random_u64() -> u64 {
    loader::random_pages(u64::MAX) | 1
}

/// The `apple[]` strings XNU passes: the executable path first, then the
/// keys libSystem and dyld read.
fn apple_strings(exe_path: &[u8], file: &File) -> Vec<Vec<u8>> {
    use std::os::unix::fs::MetadataExt;
    let mut v = Vec::new();
    let mut p = b"executable_path=".to_vec();
    p.extend_from_slice(exe_path);
    v.push(p);
    let (dev, ino) = file.metadata().map_or((0, 0), |m| (m.dev(), m.ino()));
    v.push(format!("executable_file={dev:#x},{ino:#x}").into_bytes());
    v.push(format!("ptr_munge={:#x}", random_u64()).into_bytes());
    v.push(format!("stack_guard={:#x}", random_u64() & !0xff).into_bytes());
    v.push(format!("malloc_entropy={:#x},{:#x}", random_u64(), random_u64()).into_bytes());
    v.push(format!("th_port={:#x}", sys::mach::THREAD_SELF_PORT).into_bytes());
    v
}

/// Guest descriptors 0, 1 and 2: duplicates of the runner's, so a guest
/// closing its stdout does not close the runner's.
fn std_fds() -> FdTable {
    let mut t = FdTable::new();
    for (n, fd) in [
        std::io::stdin().as_fd(),
        std::io::stdout().as_fd(),
        std::io::stderr().as_fd(),
    ]
    .into_iter()
    .enumerate()
    {
        if let Ok(dup) = fd.try_clone_to_owned() {
            let _ = t.insert_at(
                i32::try_from(n).unwrap_or(0),
                FdEntry {
                    file: std::sync::Arc::new(dup),
                    cloexec: false,
                },
            );
        }
    }
    t
}

/// Writes to the runner's stderr, ignoring errors (used from signal context).
pub fn write_stderr(msg: &str) {
    let _ = std::io::stderr().write_all(msg.as_bytes());
}

/// Ends the process immediately with `status` (guest `exit`).
pub fn exit_process(status: i32) -> ! {
    trace::exit_event(Some(status), None);
    exit_now(status)
}

/// Flushes the trace and exits without running host destructors.
pub fn exit_now(status: i32) -> ! {
    trace::flush();
    // SAFETY: _exit has no preconditions; all guest state dies with the process.
    unsafe { libc::_exit(status) }
}

/// A runner bug: print it and exit with `EX_SOFTWARE`.
pub fn fatal(msg: &str) -> ! {
    write_stderr(&format!("runner: internal error: {msg}\n"));
    exit_now(70)
}
