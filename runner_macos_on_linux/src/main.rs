//! `runner`: run a macOS `x86_64` command-line program on Linux.
//!
//! `runner [OPTIONS] PROGRAM [ARGS]...` exits with the program's status; a
//! program killed by a signal exits with 128 + the Darwin signal number,
//! after the message a macOS shell prints (`Segmentation fault: 11`).

use std::ffi::OsString;
use std::io::Write;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::process::CommandExt;
use std::path::PathBuf;

use anyhow::Context;
use clap::Parser;

/// Environment variable counting re-executions after an address-space collision.
const REEXEC_VAR: &str = "RUNNER_INTERNAL_REEXEC";
/// How many fresh address-space layouts to try.
const MAX_REEXEC: u32 = 3;

#[derive(Debug, Parser)]
#[command(
    name = "runner",
    version,
    about = "Run macOS x86_64 command-line binaries on Linux",
    long_about = "Run a macOS x86_64 command-line program on Linux, in this process, with its \
                  Darwin syscalls served by the runner. The exit status is the program's; a \
                  program killed by a signal exits with 128 + the signal number."
)]
struct Cli {
    /// Print every guest syscall, strace-style, to stderr (or --trace-output).
    #[arg(long)]
    trace: bool,
    /// Write the trace to FILE instead of stderr (implies --trace).
    #[arg(long, value_name = "FILE")]
    trace_output: Option<PathBuf>,
    /// Do not warn about syscalls the runner does not implement.
    #[arg(long, short)]
    quiet: bool,
    /// Load images and the stack at fixed addresses (reproducible runs, debugging).
    #[arg(long)]
    no_aslr: bool,
    /// The macOS program to run.
    program: PathBuf,
    /// Arguments passed to the program.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<OsString>,
}

fn main() {
    // First, before the host maps much: keep the guest's address ranges free.
    if let Err(e) = shim_bsd::prepare_address_space() {
        reexec_or_fail(&e);
    }
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
        .with_writer(std::io::stderr)
        .init();
    match run(cli) {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("runner: {e:#}");
            std::process::exit(126);
        }
    }
}

/// The host placed something (its stack, the vDSO) where the guest needs
/// it; a new process gets a new random layout.
fn reexec_or_fail(why: &str) -> ! {
    let tries: u32 = std::env::var(REEXEC_VAR)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    if tries < MAX_REEXEC {
        tracing::debug!("address space collision ({why}); re-executing");
        let mut cmd = std::process::Command::new("/proc/self/exe");
        cmd.args(std::env::args_os().skip(1))
            .env(REEXEC_VAR, (tries + 1).to_string());
        if let Some(arg0) = std::env::args_os().next() {
            cmd.arg0(arg0);
        }
        let err = cmd.exec();
        eprintln!("runner: cannot re-execute itself: {err}");
    } else {
        eprintln!("runner: {why}");
    }
    std::process::exit(70);
}

fn run(cli: Cli) -> anyhow::Result<i32> {
    if let Some(path) = &cli.trace_output {
        let file = std::fs::File::create(path)
            .with_context(|| format!("cannot create trace file {}", path.display()))?;
        shim_bsd::trace::enable(Box::new(std::io::BufWriter::new(file)));
    } else if cli.trace {
        shim_bsd::trace::enable(Box::new(std::io::stderr()));
    }
    shim_bsd::trace::set_quiet(cli.quiet);

    let mut argv = vec![cli.program.as_os_str().as_bytes().to_vec()];
    argv.extend(cli.args.into_iter().map(OsStringExt::into_vec));
    let envp = std::env::vars_os()
        .filter(|(k, _)| k != REEXEC_VAR)
        .map(|(k, v)| {
            let mut kv = k.into_vec();
            kv.push(b'=');
            kv.extend_from_slice(v.as_bytes());
            kv
        })
        .collect();
    let config = shim_bsd::LaunchConfig {
        program: cli.program,
        argv,
        envp,
        aslr: !cli.no_aslr,
    };
    match shim_bsd::launch(&config) {
        Ok(never) => match never {},
        Err(e) => {
            let _ = std::io::stdout().flush();
            eprintln!("runner: {e}");
            Ok(e.exit_code())
        }
    }
}
