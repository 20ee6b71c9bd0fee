//! `macho-postlink`: build helper for the runner's test binaries.
//!
//! Modern linkers (ld64, ld64.lld) always produce an `LC_MAIN` executable that
//! names `/usr/lib/dyld` as its dynamic linker, even when the program imports
//! nothing. The kernel loads such an image only together with dyld. This tool
//! turns a linked, fully self-contained `x86_64` `MH_EXECUTE` into a classic
//! static executable that the kernel (or the runner) starts directly:
//!
//! * `LC_MAIN` is replaced (in place) by an `LC_UNIXTHREAD` whose
//!   `x86_THREAD_STATE64` has `rip` = entry point and every other register 0,
//! * `LC_LOAD_DYLINKER`, every dylib load command, `LC_RPATH` and
//!   `LC_DYLD_ENVIRONMENT` are dropped,
//! * `MH_DYLDLINK` is cleared, `ncmds`/`sizeofcmds` are fixed up and the
//!   header padding after the load commands is zeroed.
//!
//! Images that genuinely need dyld (imports, binds, rebase fixups) are
//! refused. Usage:
//!
//! ```text
//! macho-postlink static IN OUT   # convert
//! macho-postlink verify FILE...  # check that FILE is such a static image
//! ```

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result, bail, ensure};
use goblin::mach::constants::{S_GB_ZEROFILL, S_THREAD_LOCAL_ZEROFILL, S_ZEROFILL, SECTION_TYPE};
use goblin::mach::cputype::CPU_TYPE_X86_64;
use goblin::mach::header::{Header64, MH_DYLDLINK, MH_EXECUTE, MH_MAGIC_64, SIZEOF_HEADER_64};
use goblin::mach::load_command::{
    CommandVariant, DyldInfoCommand, LC_UNIXTHREAD, LinkeditDataCommand,
};
use goblin::mach::{Mach, MachO};

/// `x86_THREAD_STATE64` flavor from `<mach/i386/thread_status.h>`.
const X86_THREAD_STATE64: u32 = 4;
/// Number of 32-bit words in `x86_thread_state64_t` (21 64-bit registers).
const X86_THREAD_STATE64_COUNT: u32 = 42;
/// Index of `rip` among the 64-bit registers of `x86_thread_state64_t`
/// (rax rbx rcx rdx rdi rsi rbp rsp r8..r15 rip rflags cs fs gs).
const X86_THREAD_STATE64_RIP_INDEX: usize = 16;
/// `sizeof(struct thread_command)` header: cmd, cmdsize, flavor, count.
const THREAD_COMMAND_HEADER_SIZE: usize = 16;
/// `DYLD_CHAINED_PTR_START_NONE`: page without fixups.
const CHAINED_PTR_START_NONE: u16 = 0xffff;

const USAGE: &str = "usage:
  macho-postlink static IN OUT   convert a linked x86_64 LC_MAIN executable into a
                                 static LC_UNIXTHREAD executable (no dyld)
  macho-postlink verify FILE...  check that FILE is a static x86_64 executable
                                 as produced by `static`

Link the input with: -nostdlib -Wl,-no_pie -Wl,-headerpad,0x1000 -Wl,-e,<entry>";

const LINK_HINT: &str = "link with -nostdlib -Wl,-no_pie and do not import any symbol";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("macho-postlink: error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<()> {
    match args {
        [cmd, input, output] if cmd == "static" => {
            let data = std::fs::read(input).with_context(|| format!("cannot read `{input}`"))?;
            let out = make_static(&data).with_context(|| format!("`{input}`"))?;
            write_executable(Path::new(output), &out)
                .with_context(|| format!("cannot write `{output}`"))
        }
        [cmd, files @ ..] if cmd == "verify" && !files.is_empty() => {
            for file in files {
                let data = std::fs::read(file).with_context(|| format!("cannot read `{file}`"))?;
                let entry = verify_static(&data).with_context(|| format!("`{file}`"))?;
                println!("{file}: static x86_64 executable, LC_UNIXTHREAD rip={entry:#x}");
            }
            Ok(())
        }
        [cmd] if cmd == "-h" || cmd == "--help" || cmd == "help" => {
            println!("{USAGE}");
            Ok(())
        }
        _ => bail!("bad arguments\n{USAGE}"),
    }
}

fn write_executable(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::write(path, bytes)?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755))?;
    Ok(())
}

/// Parses `data` as a thin 64-bit `x86_64` `MH_EXECUTE`.
fn parse_x86_64_executable(data: &[u8]) -> Result<MachO<'_>> {
    let macho = match Mach::parse(data).context("not a valid Mach-O file")? {
        Mach::Binary(macho) => macho,
        Mach::Fat(_) => bail!("input is a universal (fat) file; pass a thin x86_64 image"),
    };
    ensure!(
        macho.header.magic == MH_MAGIC_64,
        "not a little-endian 64-bit Mach-O (magic {:#x})",
        macho.header.magic
    );
    ensure!(
        macho.header.cputype == CPU_TYPE_X86_64,
        "cputype is {:#x}, expected x86_64 ({CPU_TYPE_X86_64:#x})",
        macho.header.cputype
    );
    ensure!(
        macho.header.filetype == MH_EXECUTE,
        "filetype is {}, expected MH_EXECUTE",
        macho.header.filetype
    );
    Ok(macho)
}

/// Load commands that only dyld looks at and that a static image drops.
fn is_dyld_only(cmd: &CommandVariant) -> bool {
    matches!(
        cmd,
        CommandVariant::LoadDylinker(_)
            | CommandVariant::LoadDylib(_)
            | CommandVariant::LoadWeakDylib(_)
            | CommandVariant::ReexportDylib(_)
            | CommandVariant::LoadUpwardDylib(_)
            | CommandVariant::LazyLoadDylib(_)
            | CommandVariant::Rpath(_)
            | CommandVariant::DyldEnvironment(_)
    )
}

fn make_static(data: &[u8]) -> Result<Vec<u8>> {
    let macho = parse_x86_64_executable(data)?;

    let mut entryoff = None;
    for lc in &macho.load_commands {
        match lc.command {
            CommandVariant::Main(main) => {
                ensure!(entryoff.is_none(), "more than one LC_MAIN");
                entryoff = Some(main.entryoff);
            }
            CommandVariant::Unixthread(_) | CommandVariant::Thread(_) => {
                bail!("input already has a thread command (already post-linked?)")
            }
            _ => {}
        }
    }
    let entryoff = entryoff.context("input has no LC_MAIN load command")?;
    let text = macho
        .segments
        .iter()
        .find(|seg| seg.name().is_ok_and(|name| name == "__TEXT"))
        .context("input has no __TEXT segment")?;
    let rip = (text.vmaddr - text.fileoff)
        .checked_add(entryoff)
        .context("entry point overflows")?;

    check_no_dyld_work(&macho, data)?;

    // New load command area: everything except dyld-only commands, with
    // LC_MAIN replaced in place by LC_UNIXTHREAD.
    let mut cmds = Vec::with_capacity(macho.header.sizeofcmds as usize + 256);
    let mut ncmds: u32 = 0;
    for lc in &macho.load_commands {
        if is_dyld_only(&lc.command) {
            continue;
        }
        if matches!(lc.command, CommandVariant::Main(_)) {
            cmds.extend_from_slice(&unixthread_command(rip));
        } else {
            let raw = data
                .get(lc.offset..lc.offset + lc.command.cmdsize())
                .context("load command extends past end of file")?;
            cmds.extend_from_slice(raw);
        }
        ncmds += 1;
    }

    let limit = first_content_offset(&macho, data.len())?;
    let available = limit.saturating_sub(SIZEOF_HEADER_64);
    ensure!(
        cmds.len() <= available,
        "not enough header padding: the new load commands need {} bytes but only {available} \
         bytes are free before the first section; link with -Wl,-headerpad,0x1000",
        cmds.len()
    );

    let mut header = Header64::from(macho.header);
    header.ncmds = ncmds;
    header.sizeofcmds = u32::try_from(cmds.len()).context("load commands too large")?;
    header.flags &= !MH_DYLDLINK;

    let mut out = data.to_vec();
    out[..SIZEOF_HEADER_64].copy_from_slice(&header64_bytes(&header));
    let cmds_end = SIZEOF_HEADER_64 + cmds.len();
    out[SIZEOF_HEADER_64..cmds_end].copy_from_slice(&cmds);
    out[cmds_end..limit].fill(0);

    // Re-parse the result as a sanity check.
    let entry = verify_static(&out).context("internal error: output does not verify")?;
    ensure!(entry == rip, "internal error: entry point mismatch");
    Ok(out)
}

/// Serializes a 64-bit Mach-O header (little endian).
fn header64_bytes(header: &Header64) -> [u8; SIZEOF_HEADER_64] {
    let fields = [
        header.magic,
        header.cputype,
        header.cpusubtype,
        header.filetype,
        header.ncmds,
        header.sizeofcmds,
        header.flags,
        header.reserved,
    ];
    let mut bytes = [0u8; SIZEOF_HEADER_64];
    for (chunk, field) in bytes.chunks_exact_mut(4).zip(fields) {
        chunk.copy_from_slice(&field.to_le_bytes());
    }
    bytes
}

/// Builds an `LC_UNIXTHREAD` with an `x86_THREAD_STATE64` whose only non-zero
/// register is `rip`.
fn unixthread_command(rip: u64) -> Vec<u8> {
    let state_size = X86_THREAD_STATE64_COUNT as usize * 4;
    let size = THREAD_COMMAND_HEADER_SIZE + state_size;
    let mut cmd = Vec::with_capacity(size);
    for word in [
        LC_UNIXTHREAD,
        u32::try_from(size).unwrap_or(u32::MAX),
        X86_THREAD_STATE64,
        X86_THREAD_STATE64_COUNT,
    ] {
        cmd.extend_from_slice(&word.to_le_bytes());
    }
    let mut state = vec![0u8; state_size];
    let at = X86_THREAD_STATE64_RIP_INDEX * 8;
    state[at..at + 8].copy_from_slice(&rip.to_le_bytes());
    cmd.extend_from_slice(&state);
    cmd
}

/// File offset of the first byte of segment/section content after the
/// header: the load commands must end before it.
fn first_content_offset(macho: &MachO<'_>, file_len: usize) -> Result<usize> {
    let mut limit = file_len;
    for seg in &macho.segments {
        if seg.fileoff > 0 && seg.filesize > 0 {
            limit = limit.min(usize::try_from(seg.fileoff).unwrap_or(usize::MAX));
        }
        for (sect, _) in seg.sections().context("cannot parse sections")? {
            let kind = sect.flags & SECTION_TYPE;
            let zerofill = matches!(kind, S_ZEROFILL | S_GB_ZEROFILL | S_THREAD_LOCAL_ZEROFILL);
            if !zerofill && sect.offset > 0 && sect.size > 0 {
                limit = limit.min(sect.offset as usize);
            }
        }
    }
    Ok(limit)
}

/// Refuses images that need dyld to run: undefined symbols, binds, rebases,
/// chained fixups, external/local relocations.
fn check_no_dyld_work(macho: &MachO<'_>, data: &[u8]) -> Result<()> {
    let mut undefined = Vec::new();
    for symbol in macho.symbols() {
        let (name, nlist) = symbol.context("cannot parse the symbol table")?;
        if !nlist.is_stab() && nlist.is_undefined() {
            undefined.push(name.to_owned());
        }
    }
    if !undefined.is_empty() {
        bail!(
            "the image imports {} undefined symbol(s) that only dyld can bind: {}; {LINK_HINT}",
            undefined.len(),
            undefined.join(", ")
        );
    }

    let imports = macho.imports().context("cannot parse the dyld bind info")?;
    if !imports.is_empty() {
        let names: Vec<_> = imports
            .iter()
            .map(|i| format!("{} ({})", i.name, i.dylib))
            .collect();
        bail!(
            "the image has dyld binds: {}; {LINK_HINT}",
            names.join(", ")
        );
    }

    for lc in &macho.load_commands {
        match &lc.command {
            CommandVariant::DyldInfo(info) | CommandVariant::DyldInfoOnly(info) => {
                check_dyld_info(info, data)?;
            }
            CommandVariant::DyldChainedFixups(cmd) => check_chained_fixups(cmd, data)?,
            CommandVariant::Dysymtab(dysym) => {
                ensure!(
                    dysym.nundefsym == 0,
                    "LC_DYSYMTAB lists {} undefined symbol(s); {LINK_HINT}",
                    dysym.nundefsym
                );
                ensure!(
                    dysym.nextrel == 0 && dysym.nlocrel == 0,
                    "the image has {} external and {} local relocation(s) that dyld would \
                     apply; {LINK_HINT}",
                    dysym.nextrel,
                    dysym.nlocrel
                );
            }
            _ => {}
        }
    }
    Ok(())
}

fn linkedit_range<'a>(data: &'a [u8], off: u32, size: u32, what: &str) -> Result<&'a [u8]> {
    let start = off as usize;
    data.get(start..start + size as usize)
        .with_context(|| format!("{what} (offset {off:#x}, size {size:#x}) is outside the file"))
}

fn check_dyld_info(info: &DyldInfoCommand, data: &[u8]) -> Result<()> {
    let rebase = linkedit_range(data, info.rebase_off, info.rebase_size, "rebase info")?;
    let rebases = count_rebases(rebase)?;
    ensure!(
        rebases == 0,
        "the image is position independent and has {rebases} rebase fixup(s) (absolute \
         pointers) that dyld would slide; link with -Wl,-no_pie"
    );
    for (off, size, what) in [
        (info.bind_off, info.bind_size, "bind info"),
        (info.weak_bind_off, info.weak_bind_size, "weak bind info"),
        (info.lazy_bind_off, info.lazy_bind_size, "lazy bind info"),
    ] {
        let stream = linkedit_range(data, off, size, what)?;
        ensure!(
            stream.iter().all(|&b| b == 0),
            "the image has non-empty {what} that only dyld can process; {LINK_HINT}"
        );
    }
    Ok(())
}

fn read_uleb(stream: &[u8], pos: &mut usize) -> Result<u64> {
    let mut value: u64 = 0;
    let mut shift = 0u32;
    loop {
        let byte = *stream
            .get(*pos)
            .context("truncated ULEB128 in rebase info")?;
        *pos += 1;
        ensure!(shift < 64, "ULEB128 too long in rebase info");
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok(value);
        }
        shift += 7;
    }
}

/// Counts the pointers a `REBASE_OPCODE_*` stream asks dyld to slide.
fn count_rebases(stream: &[u8]) -> Result<u64> {
    let mut pos = 0;
    let mut count: u64 = 0;
    while let Some(&byte) = stream.get(pos) {
        pos += 1;
        let imm = u64::from(byte & 0x0f);
        match byte & 0xf0 {
            0x00 => break,    // REBASE_OPCODE_DONE
            0x10 | 0x40 => {} // SET_TYPE_IMM, ADD_ADDR_IMM_SCALED
            0x20 | 0x30 => {
                // SET_SEGMENT_AND_OFFSET_ULEB, ADD_ADDR_ULEB
                read_uleb(stream, &mut pos)?;
            }
            0x50 => count += imm, // DO_REBASE_IMM_TIMES
            0x60 => count += read_uleb(stream, &mut pos)?, // DO_REBASE_ULEB_TIMES
            0x70 => {
                // DO_REBASE_ADD_ADDR_ULEB
                read_uleb(stream, &mut pos)?;
                count += 1;
            }
            0x80 => {
                // DO_REBASE_ULEB_TIMES_SKIPPING_ULEB
                count += read_uleb(stream, &mut pos)?;
                read_uleb(stream, &mut pos)?;
            }
            _ => bail!("unknown rebase opcode {byte:#04x}"),
        }
    }
    Ok(count)
}

fn read_u32(bytes: &[u8], at: usize, what: &str) -> Result<u32> {
    let raw = bytes
        .get(at..at + 4)
        .with_context(|| format!("truncated chained fixups data ({what})"))?;
    Ok(u32::from_le_bytes([raw[0], raw[1], raw[2], raw[3]]))
}

fn read_u16(bytes: &[u8], at: usize, what: &str) -> Result<u16> {
    let raw = bytes
        .get(at..at + 2)
        .with_context(|| format!("truncated chained fixups data ({what})"))?;
    Ok(u16::from_le_bytes([raw[0], raw[1]]))
}

/// Refuses `LC_DYLD_CHAINED_FIXUPS` data that contains any import or any
/// page with a fixup chain (layout from `<mach-o/fixup-chains.h>`).
fn check_chained_fixups(cmd: &LinkeditDataCommand, data: &[u8]) -> Result<()> {
    let blob = linkedit_range(data, cmd.dataoff, cmd.datasize, "chained fixups")?;
    if blob.is_empty() {
        return Ok(());
    }
    // struct dyld_chained_fixups_header
    let starts_offset = read_u32(blob, 4, "starts_offset")? as usize;
    let imports_count = read_u32(blob, 16, "imports_count")?;
    ensure!(
        imports_count == 0,
        "the image has {imports_count} chained-fixup import(s) that only dyld can bind; \
         {LINK_HINT}"
    );
    // struct dyld_chained_starts_in_image { seg_count; seg_info_offset[] }
    let seg_count = read_u32(blob, starts_offset, "seg_count")? as usize;
    let mut pages_with_fixups = 0usize;
    for seg in 0..seg_count {
        let info_offset = read_u32(blob, starts_offset + 4 + 4 * seg, "seg_info_offset")?;
        if info_offset == 0 {
            continue;
        }
        // struct dyld_chained_starts_in_segment: page_count at 20, page_start[] at 22
        let seg_start = starts_offset + info_offset as usize;
        let page_count = read_u16(blob, seg_start + 20, "page_count")? as usize;
        for page in 0..page_count {
            if read_u16(blob, seg_start + 22 + 2 * page, "page_start")? != CHAINED_PTR_START_NONE {
                pages_with_fixups += 1;
            }
        }
    }
    ensure!(
        pages_with_fixups == 0,
        "the image uses chained fixups with rebases on {pages_with_fixups} page(s) (a PIE \
         with absolute pointers); link with -Wl,-no_pie"
    );
    Ok(())
}

/// Checks that `data` is a static `x86_64` executable the kernel can start
/// without dyld, and returns its entry point.
fn verify_static(data: &[u8]) -> Result<u64> {
    let macho = parse_x86_64_executable(data)?;
    ensure!(
        macho.header.flags & MH_DYLDLINK == 0,
        "MH_DYLDLINK is set in the header flags"
    );
    let mut problems = String::new();
    let mut rip = None;
    for lc in &macho.load_commands {
        match &lc.command {
            CommandVariant::Main(_) => problems.push_str(" LC_MAIN;"),
            CommandVariant::Unixthread(thread) => {
                if thread.flavor != X86_THREAD_STATE64 || thread.count != X86_THREAD_STATE64_COUNT {
                    let _ = write!(
                        problems,
                        " LC_UNIXTHREAD flavor {} count {};",
                        thread.flavor, thread.count
                    );
                }
                rip = Some(thread.instruction_pointer(macho.header.cputype)?);
            }
            cmd if is_dyld_only(cmd) => {
                let _ = write!(problems, " dyld-only load command {:#x};", lc_kind(cmd));
            }
            _ => {}
        }
    }
    ensure!(problems.is_empty(), "not a static image:{problems}");
    let rip = rip.context("no LC_UNIXTHREAD load command")?;
    ensure!(
        macho
            .segments
            .iter()
            .any(|seg| seg.initprot & 4 != 0 && rip >= seg.vmaddr && rip < seg.vmaddr + seg.vmsize),
        "entry point {rip:#x} is not inside an executable segment"
    );
    check_no_dyld_work(&macho, data)?;
    Ok(rip)
}

/// The `cmd` value of a load command (for messages).
fn lc_kind(cmd: &CommandVariant) -> u32 {
    match cmd {
        CommandVariant::LoadDylinker(c) | CommandVariant::DyldEnvironment(c) => c.cmd,
        CommandVariant::LoadDylib(c)
        | CommandVariant::LoadWeakDylib(c)
        | CommandVariant::ReexportDylib(c)
        | CommandVariant::LoadUpwardDylib(c)
        | CommandVariant::LazyLoadDylib(c) => c.cmd,
        CommandVariant::Rpath(c) => c.cmd,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unixthread_layout() {
        let cmd = unixthread_command(0x1_0000_1234);
        assert_eq!(cmd.len(), 184);
        assert_eq!(&cmd[0..4], &LC_UNIXTHREAD.to_le_bytes());
        assert_eq!(&cmd[4..8], &184u32.to_le_bytes());
        assert_eq!(&cmd[8..12], &4u32.to_le_bytes());
        assert_eq!(&cmd[12..16], &42u32.to_le_bytes());
        assert_eq!(&cmd[16 + 128..16 + 136], &0x1_0000_1234u64.to_le_bytes());
        let nonzero = cmd[16..].iter().filter(|&&b| b != 0).count();
        assert_eq!(nonzero, 3);
    }

    #[test]
    fn rebase_counting() {
        // SET_TYPE_IMM(1), SET_SEGMENT_AND_OFFSET_ULEB(seg 2, 0x10),
        // DO_REBASE_IMM_TIMES(2), DONE
        let stream = [0x11, 0x22, 0x10, 0x52, 0x00];
        assert_eq!(count_rebases(&stream).ok(), Some(2));
        assert_eq!(count_rebases(&[0, 0, 0, 0]).ok(), Some(0));
        assert_eq!(count_rebases(&[]).ok(), Some(0));
        // DO_REBASE_ULEB_TIMES_SKIPPING_ULEB(3, 8)
        assert_eq!(count_rebases(&[0x80, 3, 8]).ok(), Some(3));
        assert!(count_rebases(&[0xf0]).is_err());
        assert!(count_rebases(&[0x60, 0x80]).is_err());
    }

    #[test]
    fn header_round_trip() {
        let header = Header64 {
            magic: MH_MAGIC_64,
            cputype: CPU_TYPE_X86_64,
            cpusubtype: 3,
            filetype: MH_EXECUTE,
            ncmds: 7,
            sizeofcmds: 0x1234,
            flags: 0x85,
            reserved: 0,
        };
        let bytes = header64_bytes(&header);
        assert_eq!(&bytes[0..4], &[0xcf, 0xfa, 0xed, 0xfe]);
        assert_eq!(&bytes[16..20], &7u32.to_le_bytes());
        assert_eq!(&bytes[20..24], &0x1234u32.to_le_bytes());
        assert_eq!(&bytes[24..28], &0x85u32.to_le_bytes());
    }

    #[test]
    fn rejects_garbage() {
        assert!(make_static(b"not a mach-o file at all").is_err());
        assert!(verify_static(&[0u8; 64]).is_err());
    }
}
