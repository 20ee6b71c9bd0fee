//! `runner --trace`: golden traces (pids, addresses, times and host
//! identifiers normalised), JSON output parsed line by line, `-c` totals
//! checked against the line trace, filters and `--trace-failed`.
//! `RUNNER_UPDATE_GOLDEN=1` rewrites the golden files.

mod common;

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::fs;
use std::path::PathBuf;

use common::{guest, root, run, runner, text};

/// Runs `runner OPTIONS... PROGRAM` and returns (stdout, trace, status); the
/// trace goes to a file so it is not mixed with the program's stderr.
fn traced(options: &[&str], program: &str) -> (String, String, i32) {
    let dir = std::env::temp_dir().join(format!(
        "runner-trace-test-{}-{}",
        std::process::id(),
        options.join("_").replace(['/', '!', '='], "")
    ));
    fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("trace");
    let bin = guest(program);
    let mut argv: Vec<&OsStr> = options.iter().map(OsStr::new).collect();
    argv.extend([
        OsStr::new("--quiet"),
        OsStr::new("--trace-output"),
        file.as_os_str(),
        bin.as_os_str(),
    ]);
    let (stdout, _, status) = text(&run(&mut runner(&argv)));
    let trace = fs::read_to_string(&file).expect("trace file");
    let _ = fs::remove_dir_all(&dir);
    (stdout, trace, status)
}

fn normalize(trace: &str) -> String {
    let pid = regex::Regex::new(r"^\[(\d+)/\d+\]").expect("regex");
    let mut out = trace.to_owned();
    if let Some(p) = trace
        .lines()
        .next()
        .and_then(|l| pid.captures(l))
        .map(|c| c[1].to_owned())
    {
        out = regex::Regex::new(&format!(r"\b{p}\b"))
            .expect("regex")
            .replace_all(&out, "PID")
            .into_owned();
    }
    for (re, with) in [
        (r"0x[0-9a-f]{6,}", "0xADDR"),
        (r"(st_dev|st_ino|st_uid|st_gid)=-?\d+", "$1=N"),
        (r"<\d+\.\d+>", "<T>"),
        (r"runner_static_syscalls_\d+", "runner_static_syscalls_PID"),
        (r"st_nlink=\d+", "st_nlink=N"),
        (r"image /\S+/test_binaries/", "image test_binaries/"),
    ] {
        out = regex::Regex::new(re)
            .expect("regex")
            .replace_all(&out, with)
            .into_owned();
    }
    out
}

fn golden(name: &str, actual: &str) {
    let path: PathBuf = root()
        .join("runner_macos_on_linux/tests/golden/trace")
        .join(name);
    if std::env::var_os("RUNNER_UPDATE_GOLDEN").is_some() {
        fs::write(&path, actual).expect("write golden");
        return;
    }
    let want = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(actual, want, "trace differs from {}", path.display());
}

#[test]
fn static_hello_trace_is_golden() {
    let (stdout, trace, status) = traced(&["--trace"], "static_hello");
    assert_eq!((stdout.as_str(), status), ("Hello, World!\n", 0));
    golden("static_hello.txt", &normalize(&trace));
}

#[test]
fn static_syscalls_trace_is_golden() {
    let (_, trace, status) = traced(&["--trace", "-s", "48"], "static_syscalls");
    assert_eq!(status, 0);
    golden("static_syscalls.txt", &normalize(&trace));
}

#[test]
fn durations_and_timestamps() {
    let (_, trace, _) = traced(&["-T", "-t"], "static_hello");
    let line = trace
        .lines()
        .find(|l| l.contains("write("))
        .expect("write line");
    let re =
        regex::Regex::new(r"^\d\d:\d\d:\d\d\.\d{6} \[\d+/\d+\] write\(1, .*\) = 14 <\d+\.\d{6}>$")
            .expect("regex");
    assert!(re.is_match(line), "{line}");
}

#[test]
fn json_lines_parse_and_carry_the_fields() {
    let (_, trace, status) = traced(&["--trace", "--trace-format", "json"], "static_syscalls");
    assert_eq!(status, 0);
    let mut names = Vec::new();
    for line in trace.lines() {
        let v: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        assert!(v["pid"].is_u64() && v["tid"].is_i64(), "{line}");
        if let Some(name) = v["name"].as_str() {
            names.push(name.to_owned());
            assert!(v["args"].is_array() && v["duration_ns"].is_u64(), "{line}");
            assert!(
                v["errno"].is_null() == (v["result"] != serde_json::json!(-1)),
                "{line}"
            );
        }
    }
    assert!(names.iter().any(|n| n == "write") && names.iter().any(|n| n == "openat"));
    let audit = trace
        .lines()
        .find(|l| l.contains("\"audit\""))
        .expect("audit line");
    let v: serde_json::Value = serde_json::from_str(audit).expect("json");
    assert_eq!(
        (v["errno"].as_str(), v["implemented"].as_bool()),
        (Some("ENOSYS"), Some(false))
    );
    let open = trace
        .lines()
        .find(|l| l.contains("\"openat\""))
        .expect("openat line");
    let v: serde_json::Value = serde_json::from_str(open).expect("json");
    assert_eq!(v["args"][0], "AT_FDCWD");
    assert_eq!(v["args"][2], "O_RDWR|O_CREAT|O_EXCL|O_CLOEXEC");
    assert!(
        trace
            .lines()
            .last()
            .is_some_and(|l| l.contains("\"event\":\"exit\"")),
        "{trace}"
    );
}

#[test]
fn summary_totals_match_the_line_trace() {
    let (_, trace, _) = traced(&["--trace", "-c"], "static_syscalls");
    let mut counted: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    let call = regex::Regex::new(r"^\[\d+/\d+\] ([a-z_0-9]+)\(.*\) = (-?\w+)").expect("regex");
    for line in trace.lines() {
        if let Some(c) = call.captures(line) {
            let e = counted.entry(c[1].to_owned()).or_default();
            e.0 += 1;
            e.1 += u64::from(&c[2] == "-1");
        }
    }
    // Fixed columns, as strace prints them: % time, seconds, usecs/call,
    // calls, errors, syscall.
    let mut summarized: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    let mut total = None;
    let header = trace
        .lines()
        .position(|l| l.starts_with("% time"))
        .expect("summary header");
    for line in trace
        .lines()
        .skip(header + 1)
        .filter(|l| !l.starts_with("---"))
    {
        let field = |r: std::ops::Range<usize>| line.get(r).unwrap_or("").trim().to_owned();
        let calls: u64 = field(31..40).parse().expect("calls column");
        let errors: u64 = field(41..50).parse().unwrap_or(0);
        let name = field(51..line.len());
        if name == "total" {
            total = Some((calls, errors));
        } else {
            summarized.insert(name, (calls, errors));
        }
    }
    assert_eq!(summarized, counted);
    let sum = counted.values().fold((0, 0), |a, v| (a.0 + v.0, a.1 + v.1));
    assert_eq!(total, Some(sum));
}

#[test]
fn filters_select_calls_by_name_and_class() {
    let (_, trace, _) = traced(&["--trace=memory"], "static_syscalls");
    let calls: Vec<&str> = trace
        .lines()
        .filter(|l| l.contains('(') && !l.contains("---"))
        .collect();
    assert!(!calls.is_empty());
    assert!(
        calls.iter().all(|l| ["mmap(", "munmap(", "mprotect("]
            .iter()
            .any(|n| l.contains(n))),
        "{trace}"
    );
    let (_, trace, _) = traced(&["--trace=!write,!writev"], "static_syscalls");
    assert!(
        !trace.contains("] write(") && trace.contains("] openat("),
        "{trace}"
    );
}

#[test]
fn trace_failed_shows_only_failures() {
    let (_, trace, _) = traced(&["--trace-failed"], "static_syscalls");
    let calls: Vec<&str> = trace.lines().filter(|l| l.contains(") = ")).collect();
    assert!(calls.len() >= 10, "{trace}");
    assert!(calls.iter().all(|l| l.contains(") = -1 ")), "{trace}");
}

#[test]
fn bad_filter_is_a_usage_error() {
    let (_, stderr, status) = text(&run(&mut runner(&[
        OsStr::new("--trace=nosuchcall"),
        guest("static_hello").as_os_str(),
    ])));
    assert_eq!(status, 2);
    assert!(
        stderr.contains("`nosuchcall` is neither a syscall nor a class"),
        "{stderr}"
    );
}
