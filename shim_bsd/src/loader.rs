//! The Mach-O loader: maps an image's segments the way XNU's
//! `load_machfile` does.
//!
//! Each segment is mapped at `vmaddr + slide` with its initial protection;
//! contents come straight from the file (a private file mapping when the
//! file offset is page-aligned, a copy otherwise) and the rest of `vmsize`
//! is zero-filled. A zero page (`__PAGEZERO`) is reserved with no access.
//! Relocatable images (PIE executables, dyld) get a slide; the others go
//! exactly where they ask, and a collision with the host is an error naming
//! the segment, never a silent overlap.

use std::fmt;
use std::fs::File;
use std::os::fd::OwnedFd;
use std::sync::Arc;

use common_bsd::errno::Errno;
use common_bsd::macho::{Image, Segment};

use crate::mem::{PAGE_SIZE, page_ceil, prot};
use crate::vm::{self, Backing, Placement};

/// A loader error: one line, ready to print after the program's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError(pub String);

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for LoadError {}

/// An image in guest memory.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// Address of its `mach_header`.
    pub header: u64,
    /// Difference between where it is and where it asked to be.
    pub slide: u64,
    /// Slid entry point, if it has one.
    pub entry: Option<u64>,
    /// One past its highest mapped byte.
    pub end: u64,
}

/// Where an image goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base {
    /// At its linked addresses (slide 0).
    Linked,
    /// Its lowest segment at this address (relocatable images only).
    At(u64),
}

/// A random page-aligned offset below `limit` (0 when `limit` is 0).
#[must_use]
pub fn random_pages(limit: u64) -> u64 {
    let pages = limit / PAGE_SIZE;
    if pages == 0 {
        return 0;
    }
    let mut bytes = [0u8; 8];
    // SAFETY: valid buffer of the given length.
    let got = unsafe { libc::getrandom(bytes.as_mut_ptr().cast(), bytes.len(), 0) };
    if got < 8 {
        return 0;
    }
    (u64::from_le_bytes(bytes) % pages) * PAGE_SIZE
}

fn segment_error(name: &str, seg: &Segment, start: u64, end: u64, why: &str) -> LoadError {
    LoadError(format!(
        "cannot map segment {} of {name} at {start:#x}-{end:#x} (vmaddr {:#x}): {why}",
        seg.name, seg.vmaddr
    ))
}

/// Maps `image` (found at `slice_offset` in `file`, whose bytes are `bytes`).
///
/// # Errors
/// A collision with host memory or a host mapping failure, naming the segment.
pub fn load(
    name: &str,
    file: &File,
    bytes: &[u8],
    slice_offset: u64,
    image: &Image,
    base: Base,
) -> Result<Loaded, LoadError> {
    let (lo, hi) = image
        .mapped_range()
        .ok_or_else(|| LoadError(format!("{name}: malformed Mach-O: no segment to map")))?;
    let slide = match base {
        Base::Linked => 0,
        Base::At(addr) => {
            if !image.is_relocatable() {
                return Err(LoadError(format!(
                    "{name}: is not position-independent and cannot be moved"
                )));
            }
            addr.wrapping_sub(lo)
        }
    };
    if slide % PAGE_SIZE != 0 {
        return Err(LoadError(format!("{name}: segments are not page-aligned")));
    }
    let owned: Arc<OwnedFd> = Arc::new(
        file.try_clone()
            .map_err(|e| LoadError(format!("{name}: {e}")))?
            .into(),
    );
    for seg in &image.segments {
        if seg.vmsize == 0 {
            continue;
        }
        let start = seg.vmaddr.wrapping_add(slide);
        let end = page_ceil(start.wrapping_add(seg.vmsize));
        if start % PAGE_SIZE != 0 {
            return Err(segment_error(
                name,
                seg,
                start,
                end,
                "its address is not page-aligned",
            ));
        }
        if seg.is_zero_page() {
            vm::reserve_zero_page(start, end).map_err(|_| {
                segment_error(
                    name,
                    seg,
                    start,
                    end,
                    &format!(
                        "the range is in use by the runner ({})",
                        vm::occupant(start, end)
                    ),
                )
            })?;
            continue;
        }
        map_segment(name, seg, start, end, &owned, bytes, slice_offset)?;
    }
    let header = image
        .segments
        .iter()
        .find(|s| s.fileoff == 0 && s.filesize > 0)
        .map_or(lo, |s| s.vmaddr)
        .wrapping_add(slide);
    Ok(Loaded {
        header,
        slide,
        entry: image.entry_address().map(|e| e.wrapping_add(slide)),
        end: page_ceil(hi.wrapping_add(slide)),
    })
}

fn map_segment(
    name: &str,
    seg: &Segment,
    start: u64,
    end: u64,
    file: &Arc<OwnedFd>,
    bytes: &[u8],
    slice_offset: u64,
) -> Result<(), LoadError> {
    let rw = prot::READ | prot::WRITE;
    let collision = |e: Errno| {
        let why = if e == Errno::ENOMEM {
            format!(
                "the range is in use by the runner ({})",
                vm::occupant(start, end)
            )
        } else {
            format!("{e}")
        };
        segment_error(name, seg, start, end, &why)
    };
    let file_off = slice_offset + seg.fileoff;
    let file_pages = page_ceil(seg.filesize);
    let direct = seg.filesize > 0 && file_off.is_multiple_of(PAGE_SIZE);
    if direct {
        let backing = Backing::File {
            file: file.clone(),
            offset: file_off.cast_signed(),
            shared: false,
        };
        vm::map(Placement::Fixed(start), file_pages, rw, &backing).map_err(collision)?;
        if end > start + file_pages {
            vm::map(
                Placement::Fixed(start + file_pages),
                end - start - file_pages,
                rw,
                &Backing::Anon { shared: false },
            )
            .map_err(collision)?;
        }
        // Bytes after filesize in the last file page belong to the zero fill.
        let tail = file_pages - seg.filesize;
        if tail > 0 {
            vm::copy_in(
                start + seg.filesize,
                &vec![0u8; usize::try_from(tail).unwrap_or(0)],
            )
            .map_err(collision)?;
        }
    } else {
        vm::map(
            Placement::Fixed(start),
            end - start,
            rw,
            &Backing::Anon { shared: false },
        )
        .map_err(collision)?;
        let from = usize::try_from(seg.fileoff).unwrap_or(usize::MAX);
        let len = usize::try_from(seg.filesize).unwrap_or(usize::MAX);
        let contents = from
            .checked_add(len)
            .and_then(|e| bytes.get(from..e))
            .ok_or_else(|| {
                segment_error(
                    name,
                    seg,
                    start,
                    end,
                    "its file range lies outside the file",
                )
            })?;
        vm::copy_in(start, contents).map_err(collision)?;
    }
    vm::protect(
        start,
        end,
        seg.initprot & (prot::READ | prot::WRITE | prot::EXEC),
    )
    .map_err(collision)?;
    Ok(())
}
