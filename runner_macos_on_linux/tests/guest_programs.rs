//! Runs every committed test binary under `runner` and compares stdout,
//! stderr and the exit status with `test_binaries/expected/`.

mod common;

use std::ffi::OsStr;
use std::fs;

use common::{guest, root, run, runner, text};

fn expected(name: &str, ext: &str) -> String {
    let path = root()
        .join("test_binaries/expected")
        .join(format!("{name}.{ext}"));
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Runs `name` with `args` (and `env`) and checks it against its expected files.
fn check(name: &str, args: &[&str], env: &[(&str, &str)]) {
    let bin = guest(name);
    let mut command_line: Vec<&OsStr> = vec![bin.as_os_str()];
    command_line.extend(args.iter().map(OsStr::new));
    let mut cmd = runner(&command_line);
    cmd.envs(env.iter().copied());
    let (stdout, stderr, status) = text(&run(&mut cmd));
    assert_eq!(stdout, expected(name, "stdout"), "{name}: stdout");
    assert_eq!(stderr, expected(name, "stderr"), "{name}: stderr");
    let want: i32 = expected(name, "status")
        .trim()
        .parse()
        .expect("status file holds a number");
    assert_eq!(status, want, "{name}: exit status (stderr: {stderr})");
}

#[test]
fn static_hello_prints_hello_world() {
    check("static_hello", &[], &[]);
}

#[test]
fn fat_binary_runs_its_x86_64_slice() {
    check("fat_hello", &[], &[]);
}

#[test]
fn arguments_environment_and_apple_strings() {
    let cmd = expected("static_args", "cmd");
    let args: Vec<&str> = cmd.split('\n').collect();
    // One argument per line; the file ends with an empty argument and a newline.
    let args = &args[..args.len() - 1];
    let env_text = expected("static_args", "env");
    let env: Vec<(&str, &str)> = env_text.lines().filter_map(|l| l.split_once('=')).collect();
    check("static_args", args, &env);
}

#[test]
fn implemented_syscalls_behave_like_xnu() {
    check("static_syscalls", &[], &[]);
}

#[test]
fn exit_status_is_the_guests() {
    check("static_exit42", &[], &[]);
}

#[test]
fn guest_segfault_reports_like_a_macos_shell() {
    check("static_segv", &[], &[]);
}

#[test]
fn guest_abort_reports_like_a_macos_shell() {
    check("static_abort", &[], &[]);
}

#[test]
fn linux_syscall_from_guest_never_reaches_linux() {
    check("static_linux_syscall", &[], &[]);
}

#[test]
fn quiet_silences_unimplemented_warnings() {
    let bin = guest("static_syscalls");
    let (_, stderr, status) = text(&run(&mut runner(&[OsStr::new("--quiet"), bin.as_os_str()])));
    assert_eq!(status, 0);
    assert_eq!(stderr, "");
}

#[test]
fn trace_names_each_syscall_and_unimplemented_ones() {
    let bin = guest("static_syscalls");
    let (stdout, stderr, status) =
        text(&run(&mut runner(&[OsStr::new("--trace"), bin.as_os_str()])));
    assert_eq!(status, 0, "{stderr}");
    assert_eq!(stdout, expected("static_syscalls", "stdout"));
    assert!(stderr.contains("] write(1, "), "{stderr}");
    assert!(
        stderr.contains("] audit(") && stderr.contains("= -1 ENOSYS (not implemented in runner)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("= -1 ENOENT (No such file or directory)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("] exit(0) = ") || stderr.contains("+++ exited with 0 +++"),
        "{stderr}"
    );
}

#[test]
fn trace_output_goes_to_a_file() {
    let dir = std::env::temp_dir().join(format!("runner-trace-{}", std::process::id()));
    fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("trace.txt");
    let bin = guest("static_hello");
    let mut cmd = runner(&[
        OsStr::new("--trace-output"),
        file.as_os_str(),
        bin.as_os_str(),
    ]);
    let (stdout, stderr, status) = text(&run(&mut cmd));
    assert_eq!(
        (stdout.as_str(), stderr.as_str(), status),
        ("Hello, World!\n", "", 0)
    );
    let trace = fs::read_to_string(&file).expect("trace file");
    assert!(
        trace.contains("write(1, \"Hello, World!\\n\", 14) = 14"),
        "{trace}"
    );
    assert!(trace.contains("+++ exited with 0 +++"), "{trace}");
    let _ = fs::remove_dir_all(&dir);
}
