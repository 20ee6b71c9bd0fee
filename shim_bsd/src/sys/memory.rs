//! Memory syscalls: `mmap`, `munmap`, `mprotect` and advice. Placement and
//! bookkeeping live in [`crate::vm`].

use common_bsd::errno::Errno;
use common_bsd::types::mman;

use crate::dispatch::Args;
use crate::errno::{SysResult, ok};
use crate::mem::{PAGE_SIZE, page_ceil, prot};
use crate::state::process;
use crate::vm::{self, Backing, Placement};

/// `mmap(addr, len, prot, flags, fd, pos)`.
pub fn mmap(a: &Args) -> SysResult {
    let (addr, len, p, flags, fd, off) =
        (a.raw(0), a.raw(1), a.uint(2), a.uint(3), a.int(4), a.i64(5));
    if len == 0 || off.rem_euclid(PAGE_SIZE.cast_signed()) != 0 {
        return Err(Errno::EINVAL);
    }
    let len = page_ceil(len);
    let p = p & (prot::READ | prot::WRITE | prot::EXEC);
    let shared = flags & mman::MAP_SHARED != 0;
    let backing = if flags & mman::MAP_ANON != 0 {
        Backing::Anon { shared }
    } else {
        let file = process().file(fd)?;
        Backing::File {
            file,
            offset: off,
            shared,
        }
    };
    let placement = if flags & mman::MAP_FIXED != 0 {
        if addr % PAGE_SIZE != 0 {
            return Err(Errno::EINVAL);
        }
        Placement::Fixed(addr)
    } else if addr != 0 {
        Placement::Hint(addr & !(PAGE_SIZE - 1))
    } else {
        Placement::Anywhere
    };
    ok(vm::map(placement, len, p, &backing)?)
}

/// `munmap(addr, len)`: unmaps the guest's pages in the range; others are left alone.
pub fn munmap(a: &Args) -> SysResult {
    let (addr, len) = (a.raw(0), a.raw(1));
    if addr % PAGE_SIZE != 0 || len == 0 {
        return Err(Errno::EINVAL);
    }
    let end = addr.checked_add(page_ceil(len)).ok_or(Errno::EINVAL)?;
    vm::unmap(addr, end);
    ok(0)
}

/// `mprotect(addr, len, prot)`.
pub fn mprotect(a: &Args) -> SysResult {
    let (addr, len, p) = (a.raw(0), a.raw(1), a.uint(2));
    if addr % PAGE_SIZE != 0 {
        return Err(Errno::EINVAL);
    }
    let end = addr.checked_add(page_ceil(len)).ok_or(Errno::EINVAL)?;
    vm::protect(addr, end, p & (prot::READ | prot::WRITE | prot::EXEC))?;
    ok(0)
}

/// `madvise(addr, len, advice)`: accepted, ignored.
pub fn madvise(_a: &Args) -> SysResult {
    ok(0)
}

/// `minherit(addr, len, inherit)`: accepted, ignored.
pub fn minherit(_a: &Args) -> SysResult {
    ok(0)
}
