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

mod info;

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
                  program killed by a signal exits with 128 + the signal number.\n\n\
                  `runner info PROGRAM` describes a binary without running it (a program \
                  named `info` runs as `runner ./info`).",
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    run: RunArgs,
}

#[derive(Debug, clap::Subcommand)]
enum Command {
    /// Describe a Mach-O binary (slices, segments, dylibs, missing imports) without running it.
    Info(info::InfoArgs),
}

/// Options for running a program.
#[derive(Debug, clap::Args)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent command-line switches"
)]
struct RunArgs {
    /// Trace the guest's syscalls, strace-style. FILTER is a comma-separated
    /// list of syscall names and classes (file, process, network, signal,
    /// memory, time, mach, ipc); a leading `!` excludes. Default: all.
    #[arg(
        long,
        value_name = "FILTER",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "all",
        value_parser = shim_bsd::trace::Filter::parse
    )]
    trace: Option<shim_bsd::trace::Filter>,
    /// Write the trace to FILE instead of stderr (implies --trace).
    #[arg(long, value_name = "FILE")]
    trace_output: Option<PathBuf>,
    /// Trace format: one text line per call, or one JSON object per line.
    #[arg(long, value_enum, default_value_t = TraceFormat::Text)]
    trace_format: TraceFormat,
    /// Trace only the calls that fail (implies --trace).
    #[arg(long)]
    trace_failed: bool,
    /// Show the time spent in each call (implies --trace).
    #[arg(short = 'T')]
    durations: bool,
    /// Prefix each trace line with the wall-clock time (implies --trace).
    #[arg(short = 't')]
    timestamps: bool,
    /// Follow children and threads (always on; accepted for strace users).
    #[arg(short = 'f')]
    follow: bool,
    /// Print a summary table of calls, errors and time per syscall at exit.
    #[arg(short = 'c')]
    summary: bool,
    /// Longest string shown in a trace line.
    #[arg(short = 's', value_name = "N", default_value_t = 32)]
    string_limit: usize,
    /// Do not warn about syscalls the runner does not implement.
    #[arg(long, short)]
    quiet: bool,
    /// Load images and the stack at fixed addresses (reproducible runs, debugging).
    #[arg(long)]
    no_aslr: bool,
    /// The macOS program to run.
    #[arg(required = true)]
    program: Option<PathBuf>,
    /// Arguments passed to the program.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<OsString>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum TraceFormat {
    Text,
    Json,
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
    let result = match cli.command {
        Some(Command::Info(args)) => info::run(&args),
        None => run(cli.run),
    };
    match result {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("runner: {e:#}");
            std::process::exit(126);
        }
    }
}

/// Sets up the guest trace from the command line.
fn configure_trace(cli: &RunArgs) -> anyhow::Result<()> {
    use shim_bsd::trace::{Filter, Format, TraceConfig};
    let _ = cli.follow; // always on
    let lines = cli.trace.is_some()
        || cli.trace_output.is_some()
        || cli.trace_failed
        || cli.durations
        || cli.timestamps
        || cli.trace_format == TraceFormat::Json;
    if !lines && !cli.summary {
        return Ok(());
    }
    let filter = match &cli.trace {
        Some(f) => f.clone(),
        None => Filter::parse("all").map_err(anyhow::Error::msg)?,
    };
    let out: Box<dyn Write + Send> = match &cli.trace_output {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot create trace file {}", path.display()))?,
        )),
        None => Box::new(std::io::stderr()),
    };
    shim_bsd::trace::configure(
        TraceConfig {
            lines,
            filter,
            format: if cli.trace_format == TraceFormat::Json {
                Format::Json
            } else {
                Format::Text
            },
            durations: cli.durations,
            timestamps: cli.timestamps,
            failed_only: cli.trace_failed,
            summary: cli.summary,
            string_limit: cli.string_limit,
        },
        out,
    );
    Ok(())
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

fn run(cli: RunArgs) -> anyhow::Result<i32> {
    configure_trace(&cli)?;
    shim_bsd::trace::set_quiet(cli.quiet);
    let program = cli.program.context("no program given")?;
    let mut argv = vec![program.as_os_str().as_bytes().to_vec()];
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
        program,
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
