//! Every program of `tests/tracebacks/` run with `pyrs` prints exactly what `python3` prints.
//!
//! Each `NAME.py` ends in one uncaught exception; `tools/gen-traceback-expected` ran it under
//! python3 (cwd = the folder, relative file name) and wrote the whole stderr to `NAME.stderr`
//! (and stdout, when there was some, to `NAME.stdout`), with the folder's absolute path plus its
//! slash removed. This runs `pyrs -I NAME.py` the same way, removes the same prefix, and compares
//! stdout, stderr and the exit status (1), failing with a line-by-line diff.
//!
//! Programs listed in `tests/tracebacks/KNOWN-DIFFERENCES.md` (a line starting with
//! `- NAME.py`) differ because of another part of pyrs (the compiler's locations, the VM's
//! messages): they are reported but do not fail the test.

// A test reports failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/tracebacks")
        .canonicalize()
        .unwrap()
}

/// A readable diff: the first differing line with some context, both sides marked.
fn diff(expected: &str, got: &str) -> String {
    let e: Vec<&str> = expected.split_inclusive('\n').collect();
    let g: Vec<&str> = got.split_inclusive('\n').collect();
    let first = e
        .iter()
        .zip(g.iter())
        .position(|(a, b)| a != b)
        .unwrap_or(e.len().min(g.len()));
    let from = first.saturating_sub(3);
    let mut out = String::new();
    for l in &e[from..first] {
        out.push_str(&format!("      {l:?}\n"));
    }
    for l in e.iter().skip(first).take(6) {
        out.push_str(&format!("  -py3 {l:?}\n"));
    }
    for l in g.iter().skip(first).take(6) {
        out.push_str(&format!("  +pyrs {l:?}\n"));
    }
    out
}

fn known_differences(dir: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(dir.join("KNOWN-DIFFERENCES.md")).unwrap_or_default();
    text.lines()
        .filter_map(|l| l.strip_prefix("- "))
        .filter_map(|l| l.split_whitespace().next())
        .map(|s| s.trim_matches('`').to_string())
        .collect()
}

#[test]
fn pyrs_prints_tracebacks_like_python3() {
    let dir = corpus();
    let prefix = format!("{}{}", dir.to_string_lossy(), std::path::MAIN_SEPARATOR);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".py"))
        .collect();
    names.sort();
    let known = known_differences(&dir);
    let mut failures = Vec::new();
    let mut tolerated = Vec::new();
    for name in &names {
        let stem = name.trim_end_matches(".py");
        let read = |ext: &str| {
            std::fs::read(dir.join(format!("{stem}.{ext}")))
                .map(|b| String::from_utf8_lossy(&b).into_owned())
        };
        let Ok(want_err) = read("stderr") else {
            failures.push(format!(
                "{name}: no {stem}.stderr (run tools/gen-traceback-expected)"
            ));
            continue;
        };
        let want_out = read("stdout").unwrap_or_default();
        let out = Command::new(env!("CARGO_BIN_EXE_pyrs"))
            .arg("-I")
            .arg(name)
            .current_dir(&dir)
            .env("PYTHONIOENCODING", "utf-8")
            .output()
            .unwrap();
        let got_err = String::from_utf8_lossy(&out.stderr).replace(&prefix, "");
        let got_out = String::from_utf8_lossy(&out.stdout).replace(&prefix, "");
        let mut problems = Vec::new();
        if out.status.code() != Some(1) {
            problems.push(format!("exit status {:?}, expected 1", out.status.code()));
        }
        if got_out != want_out {
            problems.push(format!("stdout differs:\n{}", diff(&want_out, &got_out)));
        }
        if got_err != want_err {
            problems.push(format!("stderr differs:\n{}", diff(&want_err, &got_err)));
        }
        if problems.is_empty() {
            if known.contains(name) {
                eprintln!("{name} is listed in KNOWN-DIFFERENCES.md but now passes");
            }
        } else if known.contains(name) {
            tolerated.push(name.clone());
        } else {
            failures.push(format!("{name}: {}", problems.join("\n")));
        }
    }
    eprintln!(
        "{} programs, {} differ, {} known differences ({})",
        names.len(),
        failures.len(),
        tolerated.len(),
        tolerated.join(", ")
    );
    assert!(names.len() >= 30, "only {} programs found", names.len());
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}
