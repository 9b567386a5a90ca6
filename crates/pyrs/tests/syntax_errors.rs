//! Running `pyrs` on each program of `tests/syntax/invalid` prints exactly what `python3` prints
//! (the `NAME.stderr` files, written by `tools/gen-syntax-expected`) and exits with status 1.
//!
//! Files listed in `tests/syntax/KNOWN-DIFFERENCES.md` (a line starting with `- invalid/NAME.py`)
//! are reported but do not fail the test.

// A test reports failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/syntax")
}

fn known_differences() -> Vec<String> {
    let text = std::fs::read_to_string(corpus().join("KNOWN-DIFFERENCES.md")).unwrap_or_default();
    text.lines()
        .filter_map(|l| l.strip_prefix("- "))
        .filter_map(|l| l.split_whitespace().next())
        .map(|s| s.trim_matches('`').to_string())
        .collect()
}

#[test]
fn pyrs_reports_syntax_errors_like_python3() {
    let dir = corpus().join("invalid");
    let dir = dir.canonicalize().unwrap();
    let known = known_differences();
    let mut failures = Vec::new();
    let mut tolerated = 0;
    let mut checked = 0;
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "stderr"))
        .collect();
    names.sort();
    for expected_path in names {
        let script = expected_path.with_extension("py");
        let expected = std::fs::read(&expected_path).unwrap();
        let expected =
            String::from_utf8_lossy(&expected).replace("{FILE}", &script.to_string_lossy());
        let out = Command::new(env!("CARGO_BIN_EXE_pyrs"))
            .arg(&script)
            .output()
            .unwrap();
        let got = String::from_utf8_lossy(&out.stderr);
        checked += 1;
        if got == expected && out.status.code() == Some(1) {
            continue;
        }
        let name = format!("invalid/{}", script.file_name().unwrap().to_string_lossy());
        if known.contains(&name) {
            tolerated += 1;
            continue;
        }
        failures.push(format!(
            "{name} (exit {:?})\n--- python3\n{expected}--- pyrs\n{got}",
            out.status.code()
        ));
    }
    eprintln!(
        "{checked} programs, {} differ, {tolerated} known differences",
        failures.len()
    );
    assert!(checked > 100, "only {checked} programs found");
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
