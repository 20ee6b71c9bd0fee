//! Helpers shared by the integration tests: every test runs the `runner`
//! binary as a child process, because the seccomp filter and signal
//! handlers it installs are process-wide.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A committed guest binary.
pub fn guest(name: &str) -> PathBuf {
    root().join("test_binaries").join(name)
}

/// `runner ARGS...`, with the environment cleared except `PATH`.
pub fn runner(args: &[&std::ffi::OsStr]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_runner"));
    cmd.args(args).env_clear().env("PATH", "/usr/bin:/bin");
    cmd
}

/// Runs a command to completion.
pub fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("spawn runner")
}

/// Stdout, stderr and exit code as text.
pub fn text(out: &Output) -> (String, String, i32) {
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}
