//! `runner info`: what a Mach-O binary is and whether it will run here.

use std::path::PathBuf;

/// Arguments of `runner info`.
#[derive(Debug, clap::Args)]
pub struct InfoArgs {
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// List every XNU syscall with its implementation status instead.
    #[arg(long, conflicts_with = "program")]
    pub syscalls: bool,
    /// The binary to describe.
    #[arg(required_unless_present = "syscalls")]
    pub program: Option<PathBuf>,
}

/// Runs `runner info`; returns the exit status.
///
/// # Errors
/// When the output cannot be written.
pub fn run(args: &InfoArgs) -> anyhow::Result<i32> {
    let _ = args;
    anyhow::bail!("runner info is not implemented yet")
}
