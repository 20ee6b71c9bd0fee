//! The initial process image XNU builds for a new program: the main
//! thread's stack with `argc`, `argv`, `envp` and the `apple[]` strings
//! (plus the main image's `mach_header` address when dyld starts first),
//! and the commpage.
//!
//! Stack layout at the initial `rsp` (16-byte aligned), from low to high:
//! `[mach_header]` (only when a dynamic linker runs first), `argc`,
//! `argv[0..argc]`, NULL, `envp[..]`, NULL, `apple[..]`, NULL, then the
//! strings: the executable path first, then argument, environment and
//! apple strings, as XNU's `exec_copyout_strings` lays them out.

use common_bsd::types::commpage as cp;

use crate::loader::LoadError;
use crate::mem::{PAGE_SIZE, page_ceil, prot};
use crate::vm::{self, Backing, Placement};

/// Default main-thread stack size (XNU's `DFLSSIZ`).
pub const DEFAULT_STACK_SIZE: u64 = 8 << 20;

/// What goes on the initial stack.
#[derive(Debug, Clone)]
pub struct StackSpec<'a> {
    /// The executable's path, copied first into the string area.
    pub exec_path: &'a [u8],
    /// Arguments.
    pub argv: &'a [Vec<u8>],
    /// Environment strings (`NAME=value`).
    pub envp: &'a [Vec<u8>],
    /// `apple[]` strings.
    pub apple: &'a [Vec<u8>],
    /// Main image header, pushed below argc when dyld runs first.
    pub mach_header: Option<u64>,
    /// Stack size; 0 for the default.
    pub size: u64,
}

/// The guest's main stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stack {
    /// Initial stack pointer.
    pub sp: u64,
    /// Highest address (exclusive).
    pub top: u64,
    /// Size in bytes, excluding the guard page.
    pub size: u64,
}

fn oom(what: &str) -> LoadError {
    LoadError(format!("cannot build the initial stack: {what}"))
}

/// Maps the main stack and lays out the strings and vectors on it.
///
/// # Errors
/// When the stack cannot be mapped or the strings do not fit.
pub fn build_stack(spec: &StackSpec<'_>) -> Result<Stack, LoadError> {
    let size = page_ceil(if spec.size == 0 {
        DEFAULT_STACK_SIZE
    } else {
        spec.size
    });
    // A guard page below the stack stays unmapped-for-the-guest.
    let base = vm::map(
        Placement::Anywhere,
        size + PAGE_SIZE,
        prot::READ | prot::WRITE,
        &Backing::Anon { shared: false },
    )
    .map_err(|e| oom(&e.to_string()))?;
    vm::protect(base, base + PAGE_SIZE, 0).map_err(|e| oom(&e.to_string()))?;
    let top = base + PAGE_SIZE + size;

    // Strings, NUL-terminated, packed downwards from the top.
    let mut strings: Vec<u8> = Vec::new();
    let offsets = |s: &[u8], strings: &mut Vec<u8>| {
        let at = strings.len();
        strings.extend_from_slice(s);
        strings.push(0);
        at
    };
    let _exec = offsets(spec.exec_path, &mut strings);
    let argv: Vec<usize> = spec.argv.iter().map(|s| offsets(s, &mut strings)).collect();
    let envp: Vec<usize> = spec.envp.iter().map(|s| offsets(s, &mut strings)).collect();
    let apple: Vec<usize> = spec
        .apple
        .iter()
        .map(|s| offsets(s, &mut strings))
        .collect();
    let strings_at = (top - 16 - strings.len() as u64) & !15;

    let mut words: Vec<u64> = Vec::new();
    if let Some(mh) = spec.mach_header {
        words.push(mh);
    }
    words.push(argv.len() as u64);
    for list in [&argv, &envp, &apple] {
        words.extend(list.iter().map(|&o| strings_at + o as u64));
        words.push(0);
    }
    let vec_bytes = words.len() as u64 * 8;
    let sp = (strings_at - vec_bytes) & !15;
    if sp < base + PAGE_SIZE + PAGE_SIZE {
        return Err(oom("arguments and environment are larger than the stack"));
    }
    vm::copy_in(strings_at, &strings).map_err(|e| oom(&e.to_string()))?;
    let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    vm::copy_in(sp, &bytes).map_err(|e| oom(&e.to_string()))?;
    Ok(Stack { sp, top, size })
}

/// Host facts the commpage publishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommpageFacts {
    /// Online CPUs.
    pub ncpus: u8,
    /// Physical memory in bytes.
    pub memory: u64,
}

/// Maps the commpage at its fixed address, read-only for the guest.
///
/// # Errors
/// When the address is taken on the host (rare: the host's stack or vDSO
/// was placed there by ASLR); the caller may re-execute to get another layout.
pub fn map_commpage(facts: CommpageFacts) -> Result<(), LoadError> {
    let base = cp::COMM_PAGE64_BASE_ADDRESS;
    let len = cp::COMM_PAGE64_AREA_LENGTH;
    vm::map(
        Placement::Fixed(base),
        len,
        prot::READ | prot::WRITE,
        &Backing::Anon { shared: false },
    )
    .map_err(|_| {
        LoadError(format!(
            "the commpage address {base:#x} is in use on the host ({})",
            vm::occupant(base, base + len)
        ))
    })?;
    let put = |off: u64, bytes: &[u8]| vm::copy_in(base + off, bytes);
    let fill = || -> Result<(), common_bsd::errno::Errno> {
        put(cp::COMM_PAGE_SIGNATURE, cp::COMM_PAGE_SIGNATURE_64)?;
        put(
            cp::COMM_PAGE_VERSION,
            &cp::COMM_PAGE_THIS_VERSION.to_le_bytes(),
        )?;
        put(cp::COMM_PAGE_NCPUS, &[facts.ncpus])?;
        put(cp::COMM_PAGE_ACTIVE_CPUS, &[facts.ncpus])?;
        put(cp::COMM_PAGE_PHYSICAL_CPUS, &[facts.ncpus])?;
        put(cp::COMM_PAGE_LOGICAL_CPUS, &[facts.ncpus])?;
        put(cp::COMM_PAGE_CACHE_LINESIZE, &64u16.to_le_bytes())?;
        put(cp::COMM_PAGE_MEMORY_SIZE, &facts.memory.to_le_bytes())?;
        put(cp::COMM_PAGE_KERNEL_PAGE_SHIFT, &[12])?;
        put(cp::COMM_PAGE_USER_PAGE_SHIFT_64, &[12])?;
        Ok(())
    };
    fill().map_err(|e| LoadError(format!("cannot fill the commpage: {e}")))?;
    vm::protect(base, base + len, prot::READ).map_err(|e| LoadError(format!("commpage: {e}")))
}
