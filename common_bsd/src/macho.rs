//! The Mach-O model the loader works from.
//!
//! Parsing is `goblin`'s; this module picks the `x86_64` slice out of a
//! universal file, checks what the XNU kernel checks before it maps an image
//! (every load command inside the load-command area, every segment's file
//! range inside the file, segments that do not overlap, an entry point that
//! lies in the image) and turns goblin's view into the few owned facts the
//! loader, `runner info` and dyld lookups need. Each error is one sentence that
//! names what is wrong: the load command and its offset, or the segment.

use std::fmt;

use goblin::mach::constants::cputype::{self, CPU_TYPE_X86_64};
use goblin::mach::header::{self, Header};
use goblin::mach::load_command::{self, CommandVariant, LoadCommand};
use goblin::mach::{self as gmach, MachO, MultiArch};

/// `VM_PROT_*` bits as they appear in segment commands.
pub const VM_PROT_READ: u32 = 1;
/// Write permission.
pub const VM_PROT_WRITE: u32 = 2;
/// Execute permission.
pub const VM_PROT_EXECUTE: u32 = 4;

/// `x86_THREAD_STATE64`, the only `LC_UNIXTHREAD` flavor an `x86_64` image may use.
const X86_THREAD_STATE64: u32 = 4;
/// Number of 32-bit words in `x86_thread_state64_t`.
const X86_THREAD_STATE64_COUNT: u32 = 42;
/// Index of `rsp` and `rip` in `x86_thread_state64_t`, counted in 64-bit registers.
const THREAD_STATE_RSP: usize = 7;
const THREAD_STATE_RIP: usize = 16;

/// Why a file cannot be run. `Display` gives the part of the message after
/// "PATH: ".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImageError {
    /// The file is empty.
    Empty,
    /// Not a Mach-O at all; `what` says what it looks like and `hint` what to do.
    NotMachO {
        /// e.g. "an ELF executable".
        what: &'static str,
        /// e.g. "it is a Linux program: run it directly".
        hint: &'static str,
    },
    /// A thin Mach-O for another CPU.
    WrongArch {
        /// The CPU it was built for.
        arch: String,
    },
    /// A universal file without an `x86_64` slice.
    NoX86Slice {
        /// The CPUs the slices are for.
        arches: Vec<String>,
    },
    /// Structurally broken; the string names the part that is wrong.
    Malformed(String),
}

impl fmt::Display for ImageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => write!(f, "empty file, not a Mach-O binary"),
            Self::NotMachO { what, hint } => {
                write!(f, "not a Mach-O binary: it is {what}; {hint}")
            }
            Self::WrongArch { arch } => write!(
                f,
                "Mach-O for {arch}; only x86_64 binaries (or the x86_64 slice of a universal binary) run on this host"
            ),
            Self::NoX86Slice { arches } => write!(
                f,
                "universal binary with slices for {} but no x86_64 slice; only x86_64 slices run on this host",
                arches.join(", ")
            ),
            Self::Malformed(detail) => write!(f, "malformed Mach-O: {detail}"),
        }
    }
}

impl std::error::Error for ImageError {}

/// Where the `x86_64` image lies inside a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slice {
    /// Byte offset of the image in the file (0 for a thin file).
    pub offset: usize,
    /// Length of the image in bytes.
    pub len: usize,
    /// Whether it came out of a universal (fat) file.
    pub from_fat: bool,
}

/// How control reaches the image.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// `LC_MAIN`: dyld calls `main` at `__TEXT + entryoff`.
    Main {
        /// Offset of the entry point from the start of `__TEXT` in the file.
        entryoff: u64,
        /// Requested main-thread stack size, 0 for the default.
        stack_size: u64,
    },
    /// `LC_UNIXTHREAD`: the kernel starts the thread at `rip` (unslid).
    Thread {
        /// Initial instruction pointer.
        rip: u64,
        /// Initial stack pointer, 0 when the kernel should choose.
        rsp: u64,
    },
    /// No entry point (a dylib).
    None,
}

/// One section of a segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Section name, e.g. `__text`.
    pub name: String,
    /// Unslid address.
    pub addr: u64,
    /// Size in bytes.
    pub size: u64,
    /// `S_*` type and attribute flags.
    pub flags: u32,
}

/// One `LC_SEGMENT_64`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// Segment name, e.g. `__TEXT`.
    pub name: String,
    /// Unslid start address.
    pub vmaddr: u64,
    /// Size in memory.
    pub vmsize: u64,
    /// Offset of its contents in the image.
    pub fileoff: u64,
    /// Bytes of contents in the file; the rest of `vmsize` is zero-filled.
    pub filesize: u64,
    /// Maximum protection (`VM_PROT_*`).
    pub maxprot: u32,
    /// Initial protection (`VM_PROT_*`).
    pub initprot: u32,
    /// Its sections.
    pub sections: Vec<Section>,
}

impl Segment {
    /// `__PAGEZERO`-style segment: reserves address space, no access, no contents.
    #[must_use]
    pub fn is_zero_page(&self) -> bool {
        self.initprot == 0 && self.maxprot == 0 && self.filesize == 0
    }

    /// One past the last address, unslid.
    #[must_use]
    pub fn vmend(&self) -> u64 {
        self.vmaddr.saturating_add(self.vmsize)
    }
}

/// How a dependent dylib is linked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DylibKind {
    /// `LC_LOAD_DYLIB`.
    Normal,
    /// `LC_LOAD_WEAK_DYLIB`: missing is fine.
    Weak,
    /// `LC_REEXPORT_DYLIB`.
    Reexport,
    /// `LC_LOAD_UPWARD_DYLIB`.
    Upward,
    /// `LC_LAZY_LOAD_DYLIB`.
    Lazy,
}

/// A dependent dylib.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dylib {
    /// Install name as written in the load command.
    pub path: String,
    /// How it is linked.
    pub kind: DylibKind,
}

/// Platform and version facts from `LC_BUILD_VERSION` or `LC_VERSION_MIN_*`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuildVersion {
    /// `PLATFORM_*` (1 = macOS).
    pub platform: u32,
    /// Minimum OS, nibble-encoded `xxxx.yy.zz`.
    pub minos: u32,
    /// SDK, nibble-encoded.
    pub sdk: u32,
}

/// Formats a nibble-encoded `xxxx.yy.zz` version.
#[must_use]
pub fn format_version(v: u32) -> String {
    let (major, minor, patch) = (v >> 16, (v >> 8) & 0xff, v & 0xff);
    if patch == 0 {
        format!("{major}.{minor}")
    } else {
        format!("{major}.{minor}.{patch}")
    }
}

/// The facts about one `x86_64` Mach-O image that the runner acts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Image {
    /// `MH_EXECUTE`, `MH_DYLINKER`, `MH_DYLIB`, ...
    pub filetype: u32,
    /// Header flags (`MH_PIE`, ...).
    pub flags: u32,
    /// Size of the header plus all load commands.
    pub header_size: u64,
    /// Segments in load-command order.
    pub segments: Vec<Segment>,
    /// Entry point.
    pub entry: Entry,
    /// `LC_LOAD_DYLINKER` path.
    pub dylinker: Option<String>,
    /// Dependent dylibs in load-command order.
    pub dylibs: Vec<Dylib>,
    /// `LC_RPATH` entries.
    pub rpaths: Vec<String>,
    /// `LC_ID_DYLIB` install name.
    pub install_name: Option<String>,
    /// `LC_UUID`.
    pub uuid: Option<[u8; 16]>,
    /// `LC_BUILD_VERSION` or `LC_VERSION_MIN_MACOSX`.
    pub build_version: Option<BuildVersion>,
    /// Whether `LC_CODE_SIGNATURE` is present.
    pub code_signature: bool,
}

impl Image {
    /// Whether the image may be loaded at any address (`MH_PIE`, or a dylib/dyld).
    #[must_use]
    pub fn is_relocatable(&self) -> bool {
        self.flags & header::MH_PIE != 0 || self.filetype != header::MH_EXECUTE
    }

    /// The segment named `name`.
    #[must_use]
    pub fn segment(&self, name: &str) -> Option<&Segment> {
        self.segments.iter().find(|s| s.name == name)
    }

    /// Lowest and one-past-highest unslid address of the segments that are
    /// mapped (everything but a zero page).
    #[must_use]
    pub fn mapped_range(&self) -> Option<(u64, u64)> {
        let mapped = self
            .segments
            .iter()
            .filter(|s| !s.is_zero_page() && s.vmsize > 0);
        let lo = mapped.clone().map(|s| s.vmaddr).min()?;
        let hi = mapped.map(Segment::vmend).max()?;
        Some((lo, hi))
    }

    /// The unslid address of the entry point.
    #[must_use]
    pub fn entry_address(&self) -> Option<u64> {
        match self.entry {
            Entry::Main { entryoff, .. } => {
                let text = self.segment("__TEXT")?;
                Some(text.vmaddr - text.fileoff + entryoff)
            }
            Entry::Thread { rip, .. } => Some(rip),
            Entry::None => None,
        }
    }
}

/// Names a CPU type the way Apple's tools do.
#[must_use]
pub fn arch_name(cputype: u32, cpusubtype: u32) -> String {
    match cputype::get_arch_name_from_types(cputype, cpusubtype & !cputype::CPU_SUBTYPE_MASK) {
        Some(n) => n.to_owned(),
        None if cputype == cputype::CPU_TYPE_ARM64 => "arm64".to_owned(),
        None if cputype == CPU_TYPE_X86_64 => "x86_64".to_owned(),
        None => format!("cputype {cputype:#x}"),
    }
}

/// Says what a non-Mach-O file looks like, from its first bytes.
fn sniff_non_macho(bytes: &[u8]) -> ImageError {
    let (what, hint) = if bytes.starts_with(b"\x7fELF") {
        (
            "an ELF executable (a Linux program)",
            "run it directly, without runner",
        )
    } else if bytes.starts_with(b"#!") {
        ("a script (#!)", "run it with its interpreter")
    } else if bytes.starts_with(b"MZ") {
        (
            "a Windows (PE) executable",
            "runner only runs macOS x86_64 binaries",
        )
    } else if bytes.starts_with(b"!<arch>\n") {
        ("a static library archive", "link it into a program first")
    } else if bytes.starts_with(&[0xfe, 0xed, 0xfa, 0xce])
        || bytes.starts_with(&[0xce, 0xfa, 0xed, 0xfe])
    {
        ("a 32-bit Mach-O", "only x86_64 binaries run on this host")
    } else if bytes
        .iter()
        .take(512)
        .all(|&b| b == b'\n' || b == b'\t' || b == b'\r' || (0x20..0x7f).contains(&b))
    {
        ("a text file", "runner only runs macOS x86_64 binaries")
    } else {
        (
            "data of an unknown format",
            "runner only runs macOS x86_64 binaries",
        )
    };
    ImageError::NotMachO { what, hint }
}

fn goblin_detail(err: &goblin::error::Error) -> String {
    match err {
        goblin::error::Error::Malformed(s) => s.clone(),
        goblin::error::Error::BadMagic(m) => format!("bad magic {m:#x}"),
        goblin::error::Error::Scroll(s) => s.to_string(),
        goblin::error::Error::BufferTooShort(n, what) => format!("file too short for {n} {what}"),
        other => other.to_string(),
    }
}

fn to_usize(v: u64, what: &str) -> Result<usize, ImageError> {
    usize::try_from(v).map_err(|_| ImageError::Malformed(format!("{what} {v:#x} is out of range")))
}

/// Finds the `x86_64` image in `bytes`: the whole file for a thin `x86_64`
/// Mach-O, the `x86_64` slice of a universal file.
///
/// # Errors
/// Says what the file is when it is not a Mach-O, which CPUs it is for when it
/// holds no `x86_64` code, and which header field is wrong when it is broken.
pub fn select_slice(bytes: &[u8]) -> Result<Slice, ImageError> {
    if bytes.is_empty() {
        return Err(ImageError::Empty);
    }
    if bytes.len() < 4 {
        return Err(sniff_non_macho(bytes));
    }
    let magic = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
    if magic == gmach::fat::FAT_MAGIC {
        return select_fat_slice(bytes);
    }
    if magic == gmach::fat::FAT_MAGIC.swap_bytes() || magic == 0xcafe_babf {
        return Err(ImageError::Malformed(
            "universal header with an unsupported byte order or 64-bit fat_arch entries".into(),
        ));
    }
    match gmach::parse_magic_and_ctx(bytes, 0) {
        Ok((_, Some(ctx))) if ctx.container.is_big() && ctx.le.is_little() => {
            let hdr = read_header(bytes)?;
            if hdr.cputype != CPU_TYPE_X86_64 {
                return Err(ImageError::WrongArch {
                    arch: arch_name(hdr.cputype, hdr.cpusubtype),
                });
            }
            Ok(Slice {
                offset: 0,
                len: bytes.len(),
                from_fat: false,
            })
        }
        Ok((_, Some(_))) => {
            if bytes.len() >= 8 {
                let hdr_cpu = u32::from_le_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]);
                let sub = bytes
                    .get(8..12)
                    .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
                if hdr_cpu != CPU_TYPE_X86_64 {
                    return Err(ImageError::WrongArch {
                        arch: arch_name(hdr_cpu, sub),
                    });
                }
            }
            Err(sniff_non_macho(bytes))
        }
        _ => Err(sniff_non_macho(bytes)),
    }
}

fn read_header(bytes: &[u8]) -> Result<Header, ImageError> {
    let raw: &[u8; header::SIZEOF_HEADER_64] = bytes
        .get(..header::SIZEOF_HEADER_64)
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| {
            ImageError::Malformed(format!(
                "file is {} bytes, too short for a 64-bit mach_header ({} bytes)",
                bytes.len(),
                header::SIZEOF_HEADER_64
            ))
        })?;
    Ok(Header::from(*header::Header64::from_bytes(raw)))
}

fn select_fat_slice(bytes: &[u8]) -> Result<Slice, ImageError> {
    let fat = MultiArch::new(bytes)
        .map_err(|e| ImageError::Malformed(format!("universal header: {}", goblin_detail(&e))))?;
    // Java class files share the magic; their "count" is a class-file version (>= 45).
    if fat.narches == 0 || fat.narches > 32 {
        return Err(ImageError::Malformed(format!(
            "universal header claims {} architectures (a Java class file has the same magic)",
            fat.narches
        )));
    }
    let arches = fat.arches().map_err(|e| {
        ImageError::Malformed(format!(
            "universal header: fat_arch table truncated: {}",
            goblin_detail(&e)
        ))
    })?;
    let mut names = Vec::new();
    for (i, arch) in arches.iter().enumerate() {
        names.push(arch_name(arch.cputype, arch.cpusubtype));
        if arch.cputype != CPU_TYPE_X86_64 {
            continue;
        }
        let offset = arch.offset as usize;
        let len = arch.size as usize;
        if offset.checked_add(len).is_none_or(|end| end > bytes.len()) {
            return Err(ImageError::Malformed(format!(
                "fat_arch #{i} (x86_64): slice at offset {offset:#x} size {len:#x} extends past end of file ({:#x} bytes)",
                bytes.len()
            )));
        }
        return Ok(Slice {
            offset,
            len,
            from_fat: true,
        });
    }
    Err(ImageError::NoX86Slice { arches: names })
}

/// Walks the load commands with goblin to find the first one that is
/// broken, or that points past the end of the file; `fallback` is goblin's
/// own complaint when no single command is to blame.
fn diagnose_load_commands(
    bytes: &[u8],
    hdr: &Header,
    fallback: &goblin::error::Error,
) -> ImageError {
    let area_end = header::SIZEOF_HEADER_64 + hdr.sizeofcmds as usize;
    let file_len = bytes.len() as u64;
    let mut offset = header::SIZEOF_HEADER_64;
    for i in 0..hdr.ncmds {
        let start = offset;
        if let Some(err) = check_command_bounds(bytes, i, start, area_end) {
            return err;
        }
        let cmd = read_u32(bytes, start).unwrap_or(0);
        let at = || {
            format!(
                "load command #{i} ({}) at offset {start:#x}",
                load_command::cmd_to_str(cmd)
            )
        };
        match LoadCommand::parse(bytes, &mut offset, scroll_le()) {
            Err(e) => return ImageError::Malformed(format!("{}: {}", at(), goblin_detail(&e))),
            Ok(lc) => match lc.command {
                CommandVariant::Segment64(seg)
                    if seg.fileoff.saturating_add(seg.filesize) > file_len =>
                {
                    return ImageError::Malformed(format!(
                        "segment {}: file range {:#x}+{:#x} extends past the end of the file ({file_len:#x} bytes)",
                        fixed_name(&seg.segname),
                        seg.fileoff,
                        seg.filesize
                    ));
                }
                CommandVariant::Symtab(st)
                    if u64::from(st.symoff) + u64::from(st.nsyms) * 16 > file_len
                        || u64::from(st.stroff) + u64::from(st.strsize) > file_len =>
                {
                    return ImageError::Malformed(format!(
                        "{}: symbol or string table extends past the end of the file ({file_len:#x} bytes)",
                        at()
                    ));
                }
                _ => {}
            },
        }
    }
    ImageError::Malformed(goblin_detail(fallback))
}

fn scroll_le() -> goblin::container::Endian {
    goblin::container::Endian::Little
}

fn read_u32(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// The bounds XNU checks for every load command before it looks inside.
fn check_command_bounds(
    bytes: &[u8],
    i: usize,
    start: usize,
    area_end: usize,
) -> Option<ImageError> {
    let (Some(cmd), Some(cmdsize)) = (read_u32(bytes, start), read_u32(bytes, start + 4)) else {
        return Some(ImageError::Malformed(format!(
            "load command #{i} at offset {start:#x} lies past the end of the file ({:#x} bytes)",
            bytes.len()
        )));
    };
    let name = load_command::cmd_to_str(cmd);
    if cmdsize < 8 || cmdsize % 8 != 0 {
        return Some(ImageError::Malformed(format!(
            "load command #{i} ({name}) at offset {start:#x}: cmdsize {cmdsize} is not a positive multiple of 8"
        )));
    }
    if start + cmdsize as usize > area_end {
        return Some(ImageError::Malformed(format!(
            "load command #{i} ({name}) at offset {start:#x}: cmdsize {cmdsize} runs past the end of the load commands (sizeofcmds ends at {area_end:#x})"
        )));
    }
    None
}

/// Parses the `x86_64` image `bytes` (a thin file or one slice) and checks it
/// the way the kernel does before mapping it.
///
/// # Errors
/// `ImageError::Malformed` naming the load command, offset or segment at fault.
pub fn parse_image(bytes: &[u8]) -> Result<Image, ImageError> {
    let hdr = read_header(bytes)?;
    if hdr.cputype != CPU_TYPE_X86_64 {
        return Err(ImageError::WrongArch {
            arch: arch_name(hdr.cputype, hdr.cpusubtype),
        });
    }
    let area_end = header::SIZEOF_HEADER_64 as u64 + u64::from(hdr.sizeofcmds);
    if area_end > bytes.len() as u64 {
        return Err(ImageError::Malformed(format!(
            "load commands (sizeofcmds {:#x}) extend past the end of the file ({:#x} bytes)",
            hdr.sizeofcmds,
            bytes.len()
        )));
    }
    let macho = MachO::parse(bytes, 0).map_err(|e| diagnose_load_commands(bytes, &hdr, &e))?;
    // goblin does not bound each command by sizeofcmds; the kernel does.
    let mut offset = header::SIZEOF_HEADER_64;
    for (i, lc) in macho.load_commands.iter().enumerate() {
        if let Some(err) = check_command_bounds(bytes, i, offset, to_usize(area_end, "sizeofcmds")?)
        {
            return Err(err);
        }
        offset = lc.offset + lc.command.cmdsize();
    }
    build_image(bytes, &hdr, &macho)
}

fn build_image(bytes: &[u8], hdr: &Header, macho: &MachO<'_>) -> Result<Image, ImageError> {
    let mut image = Image {
        filetype: hdr.filetype,
        flags: hdr.flags,
        header_size: header::SIZEOF_HEADER_64 as u64 + u64::from(hdr.sizeofcmds),
        segments: Vec::new(),
        entry: Entry::None,
        dylinker: None,
        dylibs: Vec::new(),
        rpaths: macho.rpaths.iter().map(|s| (*s).to_owned()).collect(),
        install_name: macho.name.map(str::to_owned),
        uuid: None,
        build_version: None,
        code_signature: false,
    };
    for (i, lc) in macho.load_commands.iter().enumerate() {
        let at = |what: &str| format!("load command #{i} ({what}) at offset {:#x}", lc.offset);
        match &lc.command {
            CommandVariant::Segment32(_) => {
                return Err(ImageError::Malformed(format!(
                    "{}: 32-bit segment in a 64-bit image",
                    at("LC_SEGMENT")
                )));
            }
            CommandVariant::Main(_) | CommandVariant::Unixthread(_) => {
                let what = load_command::cmd_to_str(lc.command.cmd());
                if image.entry != Entry::None {
                    return Err(ImageError::Malformed(format!(
                        "{}: second entry point",
                        at(what)
                    )));
                }
                image.entry = entry_of(&lc.command)
                    .map_err(|e| ImageError::Malformed(format!("{}: {e}", at(what))))?;
            }
            CommandVariant::LoadDylinker(d) => {
                image.dylinker = Some(lc_string(
                    bytes,
                    lc.offset,
                    d.name,
                    &at("LC_LOAD_DYLINKER"),
                )?);
            }
            CommandVariant::LoadDylib(d)
            | CommandVariant::LoadWeakDylib(d)
            | CommandVariant::ReexportDylib(d)
            | CommandVariant::LoadUpwardDylib(d)
            | CommandVariant::LazyLoadDylib(d) => {
                let kind = match lc.command {
                    CommandVariant::LoadWeakDylib(_) => DylibKind::Weak,
                    CommandVariant::ReexportDylib(_) => DylibKind::Reexport,
                    CommandVariant::LoadUpwardDylib(_) => DylibKind::Upward,
                    CommandVariant::LazyLoadDylib(_) => DylibKind::Lazy,
                    _ => DylibKind::Normal,
                };
                let path = lc_string(bytes, lc.offset, d.dylib.name, &at("LC_LOAD_DYLIB"))?;
                image.dylibs.push(Dylib { path, kind });
            }
            CommandVariant::Uuid(u) => image.uuid = Some(u.uuid),
            CommandVariant::BuildVersion(b) => {
                image.build_version = Some(BuildVersion {
                    platform: b.platform,
                    minos: b.minos,
                    sdk: b.sdk,
                });
            }
            CommandVariant::VersionMinMacosx(v) => {
                image.build_version.get_or_insert(BuildVersion {
                    platform: 1,
                    minos: v.version,
                    sdk: v.sdk,
                });
            }
            CommandVariant::CodeSignature(_) => image.code_signature = true,
            _ => {}
        }
    }
    for seg in &macho.segments {
        image.segments.push(segment_from(seg)?);
    }
    check_segments(&image, bytes.len() as u64)?;
    check_entry(&image)?;
    Ok(image)
}

/// The entry point an `LC_MAIN` or `LC_UNIXTHREAD` command describes.
fn entry_of(cmd: &CommandVariant) -> Result<Entry, String> {
    match cmd {
        CommandVariant::Main(m) => Ok(Entry::Main {
            entryoff: m.entryoff,
            stack_size: m.stacksize,
        }),
        CommandVariant::Unixthread(t) => {
            if t.flavor != X86_THREAD_STATE64 || t.count != X86_THREAD_STATE64_COUNT {
                return Err(format!(
                    "thread state flavor {} count {} is not x86_THREAD_STATE64 (4, 42)",
                    t.flavor, t.count
                ));
            }
            let reg = |n: usize| {
                u64::from(t.thread_state[2 * n]) | (u64::from(t.thread_state[2 * n + 1]) << 32)
            };
            Ok(Entry::Thread {
                rip: reg(THREAD_STATE_RIP),
                rsp: reg(THREAD_STATE_RSP),
            })
        }
        _ => Ok(Entry::None),
    }
}

fn lc_string(
    bytes: &[u8],
    cmd_offset: usize,
    name_offset: u32,
    at: &str,
) -> Result<String, ImageError> {
    let start = cmd_offset + name_offset as usize;
    let tail = bytes.get(start..).ok_or_else(|| {
        ImageError::Malformed(format!(
            "{at}: string offset {name_offset} is past the end of the file"
        ))
    })?;
    let end = tail
        .iter()
        .position(|&b| b == 0)
        .ok_or_else(|| ImageError::Malformed(format!("{at}: string is not NUL-terminated")))?;
    Ok(String::from_utf8_lossy(&tail[..end]).into_owned())
}

fn fixed_name(raw: &[u8]) -> String {
    let end = raw.iter().position(|&b| b == 0).unwrap_or(raw.len());
    String::from_utf8_lossy(&raw[..end]).into_owned()
}

fn segment_from(seg: &goblin::mach::segment::Segment<'_>) -> Result<Segment, ImageError> {
    let name = fixed_name(&seg.segname);
    let sections = seg
        .sections()
        .map_err(|e| {
            ImageError::Malformed(format!("segment {name}: sections: {}", goblin_detail(&e)))
        })?
        .into_iter()
        .map(|(s, _)| Section {
            name: fixed_name(&s.sectname),
            addr: s.addr,
            size: s.size,
            flags: s.flags,
        })
        .collect();
    Ok(Segment {
        name,
        vmaddr: seg.vmaddr,
        vmsize: seg.vmsize,
        fileoff: seg.fileoff,
        filesize: seg.filesize,
        maxprot: seg.maxprot,
        initprot: seg.initprot,
        sections,
    })
}

/// Segment checks of XNU's `load_segment`: contents inside the file, no
/// address overflow, file size within memory size, no overlaps.
fn check_segments(image: &Image, file_len: u64) -> Result<(), ImageError> {
    for seg in &image.segments {
        let name = &seg.name;
        if seg
            .fileoff
            .checked_add(seg.filesize)
            .is_none_or(|end| end > file_len)
        {
            return Err(ImageError::Malformed(format!(
                "segment {name}: file range {:#x}+{:#x} extends past the end of the file ({file_len:#x} bytes)",
                seg.fileoff, seg.filesize
            )));
        }
        if seg.vmaddr.checked_add(seg.vmsize).is_none() {
            return Err(ImageError::Malformed(format!(
                "segment {name}: address range {:#x}+{:#x} overflows",
                seg.vmaddr, seg.vmsize
            )));
        }
        if seg.filesize > seg.vmsize {
            return Err(ImageError::Malformed(format!(
                "segment {name}: file size {:#x} is larger than its memory size {:#x}",
                seg.filesize, seg.vmsize
            )));
        }
        if seg.filesize > 0 && seg.fileoff % 4096 != 0 {
            return Err(ImageError::Malformed(format!(
                "segment {name}: file offset {:#x} is not page-aligned",
                seg.fileoff
            )));
        }
    }
    let mut spans: Vec<&Segment> = image.segments.iter().filter(|s| s.vmsize > 0).collect();
    spans.sort_by_key(|s| s.vmaddr);
    for pair in spans.windows(2) {
        if pair[0].vmend() > pair[1].vmaddr {
            return Err(ImageError::Malformed(format!(
                "segments {} ({:#x}-{:#x}) and {} ({:#x}-{:#x}) overlap",
                pair[0].name,
                pair[0].vmaddr,
                pair[0].vmend(),
                pair[1].name,
                pair[1].vmaddr,
                pair[1].vmend()
            )));
        }
    }
    Ok(())
}

fn check_entry(image: &Image) -> Result<(), ImageError> {
    if image.entry == Entry::None {
        if image.filetype == header::MH_EXECUTE || image.filetype == header::MH_DYLINKER {
            return Err(ImageError::Malformed(
                "no entry point (neither LC_MAIN nor LC_UNIXTHREAD)".into(),
            ));
        }
        return Ok(());
    }
    let Some(addr) = image.entry_address() else {
        return Err(ImageError::Malformed(
            "LC_MAIN without a __TEXT segment".into(),
        ));
    };
    let inside = image
        .segments
        .iter()
        .any(|s| s.initprot & VM_PROT_EXECUTE != 0 && addr >= s.vmaddr && addr < s.vmend());
    if inside {
        Ok(())
    } else {
        Err(ImageError::Malformed(format!(
            "entry point {addr:#x} is not inside an executable segment"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_elf_and_scripts() {
        let elf = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0";
        let err = select_slice(elf).unwrap_err();
        assert!(err.to_string().contains("ELF executable"), "{err}");
        assert!(
            select_slice(b"#!/bin/sh\necho hi\n")
                .unwrap_err()
                .to_string()
                .contains("script")
        );
        assert_eq!(select_slice(b""), Err(ImageError::Empty));
        assert!(
            select_slice(b"hello world\n")
                .unwrap_err()
                .to_string()
                .contains("text file")
        );
    }

    #[test]
    fn versions_format_like_apple() {
        assert_eq!(format_version(0x000b_0000), "11.0");
        assert_eq!(format_version(0x000a_0f06), "10.15.6");
    }

    #[test]
    fn truncated_header_is_malformed() {
        let mut bytes = vec![0xcf, 0xfa, 0xed, 0xfe, 0x07, 0, 0, 0x01];
        bytes.extend_from_slice(&[0; 8]);
        let err = select_slice(&bytes).unwrap_err();
        assert!(matches!(err, ImageError::Malformed(_)), "{err:?}");
    }

    #[test]
    fn arm64_thin_is_wrong_arch() {
        let mut bytes = vec![
            0xcf, 0xfa, 0xed, 0xfe, 0x0c, 0, 0, 0x01, 0, 0, 0, 0, 2, 0, 0, 0,
        ];
        bytes.extend_from_slice(&[0; 16]);
        let err = select_slice(&bytes).unwrap_err();
        assert_eq!(
            err,
            ImageError::WrongArch {
                arch: "arm64".into()
            }
        );
    }
}
