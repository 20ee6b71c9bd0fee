//! The Darwin/XNU model shared by every part of the runner: Mach-O images
//! (on top of `goblin`), the XNU syscall table, errno values, signal numbers
//! and the `#[repr(C)]` layouts of the structures the guest exchanges with the
//! kernel. Nothing in this crate knows about Linux.

pub mod errno;
pub mod macho;
pub mod signals;
pub mod syscalls;
pub mod types;
