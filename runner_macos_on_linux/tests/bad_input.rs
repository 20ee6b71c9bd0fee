//! Each kind of bad input gets one clear line on stderr, nothing on
//! stdout, and a non-zero exit status; never a panic or a core dump.

mod common;

use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};

use common::{guest, run, runner, text};

struct Scratch(PathBuf);

impl Scratch {
    fn new(tag: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("runner-bad-{tag}-{}", std::process::id()));
        fs::create_dir_all(&dir).expect("temp dir");
        Self(dir)
    }

    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.0.join(name);
        fs::write(&p, bytes).expect("write temp file");
        p
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Runs `runner PATH`; returns stderr and the status, checking the common rules.
fn fails(path: &Path) -> (String, i32) {
    let (stdout, stderr, status) = text(&run(&mut runner(&[path.as_os_str()])));
    assert_eq!(stdout, "", "nothing on stdout");
    assert_ne!(status, 0, "non-zero exit: {stderr}");
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    assert!(stderr.starts_with("runner: "), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    (stderr, status)
}

fn static_hello() -> Vec<u8> {
    fs::read(guest("static_hello")).expect("committed static_hello")
}

#[test]
fn missing_file() {
    let (err, status) = fails(Path::new("/nonexistent/prog"));
    assert_eq!(err, "runner: /nonexistent/prog: no such file\n");
    assert_eq!(status, 127);
}

#[test]
fn directory() {
    let (err, status) = fails(Path::new("/"));
    assert!(err.contains("is a directory"), "{err}");
    assert_eq!(status, 126);
}

#[test]
fn elf_program_is_named_and_pointed_to_linux() {
    let (err, status) = fails(Path::new(env!("CARGO_BIN_EXE_runner")));
    assert!(
        err.contains("not a Mach-O binary")
            && err.contains("ELF")
            && err.contains("run it directly"),
        "{err}"
    );
    assert_eq!(status, 126);
}

#[test]
fn empty_text_and_script_files() {
    let s = Scratch::new("kinds");
    assert!(fails(&s.file("empty", b"")).0.contains("empty file"));
    assert!(
        fails(&s.file("notes.txt", b"just some text\n"))
            .0
            .contains("text file")
    );
    assert!(
        fails(&s.file("script", b"#!/bin/sh\necho hi\n"))
            .0
            .contains("script")
    );
}

#[test]
fn arm64_only_binary() {
    let (err, _) = fails(&guest("arm64_hello"));
    assert!(
        err.contains("Mach-O for arm64") && err.contains("only x86_64"),
        "{err}"
    );
}

#[test]
fn universal_binary_without_x86_64() {
    let (err, _) = fails(&guest("fat_arm64_only"));
    assert!(
        err.contains("universal binary")
            && err.contains("arm64")
            && err.contains("no x86_64 slice"),
        "{err}"
    );
}

#[test]
fn truncated_header() {
    let s = Scratch::new("trunc-header");
    let (err, _) = fails(&s.file("t", &static_hello()[..20]));
    assert!(
        err.contains("malformed Mach-O") && err.contains("too short for a 64-bit mach_header"),
        "{err}"
    );
}

#[test]
fn truncated_load_commands() {
    let s = Scratch::new("trunc-cmds");
    let (err, _) = fails(&s.file("t", &static_hello()[..200]));
    assert!(
        err.contains("load commands") && err.contains("past the end of the file"),
        "{err}"
    );
}

#[test]
fn truncated_segment_contents() {
    let s = Scratch::new("trunc-seg");
    let bytes = static_hello();
    let (err, _) = fails(&s.file("t", &bytes[..bytes.len() / 2]));
    assert!(
        err.contains("segment __") && err.contains("extends past the end of the file"),
        "{err}"
    );
}

#[test]
fn bad_cmdsize_names_the_load_command() {
    let s = Scratch::new("cmdsize");
    let mut bytes = static_hello();
    // The first load command starts right after the 32-byte header; its
    // cmdsize is at offset 36.
    bytes[36..40].copy_from_slice(&0x7fff_fff0u32.to_le_bytes());
    let (err, _) = fails(&s.file("t", &bytes));
    assert!(
        err.contains("load command #0")
            && err.contains("at offset 0x20")
            && err.contains("cmdsize"),
        "{err}"
    );
}

#[test]
fn missing_dyld_names_the_path() {
    let (err, status) = fails(&guest("hello"));
    assert!(
        err.contains("/usr/lib/dyld") && err.contains("not found"),
        "{err}"
    );
    assert_eq!(status, 126);
}

#[test]
fn bad_option_and_missing_program() {
    let (stdout, stderr, status) = text(&run(&mut runner(&[
        OsStr::new("--no-such-option"),
        OsStr::new("x"),
    ])));
    assert_eq!((stdout.as_str(), status), ("", 2));
    assert!(
        stderr.contains("unexpected argument '--no-such-option'"),
        "{stderr}"
    );
    let (_, stderr, status) = text(&run(&mut runner(&[])));
    assert_eq!(status, 2);
    assert!(stderr.contains("<PROGRAM>"), "{stderr}");
}
