//! Every program in `tests/syntax/invalid`, read as `python3 FILE` reads it
//! (`parse_script_bytes`), must render its SyntaxError exactly as CPython 3.11 prints it: the
//! `NAME.stderr` files written by `tools/gen-syntax-expected` (with `{FILE}` for the path).
//!
//! To see only some files: `PYRS_SYNTAX_ONLY=fstring cargo test -p pyrs-parser --test render`.

// A test reports failure by panicking.
#![allow(clippy::panic)]

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// Parsing deeply nested programs recurses; give it the room pyrs-ast gives it.
const STACK_SIZE: usize = 512 * 1024 * 1024;

fn invalid_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("..")
        .join("tests")
        .join("syntax")
        .join("invalid")
}

/// (checked, report of the differences)
fn check() -> (usize, String) {
    let only = std::env::var("PYRS_SYNTAX_ONLY").ok();
    let mut report = String::new();
    let mut checked = 0;
    let entries = match fs::read_dir(invalid_dir()) {
        Ok(e) => e,
        Err(e) => return (0, format!("cannot read {}: {e}", invalid_dir().display())),
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "stderr"))
        .collect();
    files.sort();
    for stderr in files {
        let script = stderr.with_extension("py");
        let name = script.display().to_string();
        if only.as_deref().is_some_and(|s| !name.contains(s)) {
            continue;
        }
        checked += 1;
        let (Ok(expected), Ok(bytes)) = (fs::read(&stderr), fs::read(&script)) else {
            let _ = writeln!(report, "--- {name}: cannot read it or its .stderr");
            continue;
        };
        let expected = String::from_utf8_lossy(&expected).replace("{FILE}", &name);
        let got = match pyrs_parser::parse_script_bytes(&bytes, &name) {
            Ok(_) => "(parsed without error)\n".to_string(),
            Err(e) => e.render(),
        };
        if got != expected {
            let _ = write!(report, "--- {name}\nexpected:\n{expected}got:\n{got}");
        }
    }
    (checked, report)
}

#[test]
fn syntax_errors_render_as_cpython_prints_them() {
    let outcome = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(check)
        .map(|h| h.join());
    let (checked, report) = match outcome {
        Ok(Ok(result)) => result,
        Ok(Err(_)) => panic!("the checker panicked"),
        Err(e) => panic!("cannot start the checker thread: {e}"),
    };
    assert!(
        checked > 0,
        "no .stderr files under {}",
        invalid_dir().display()
    );
    assert!(report.is_empty(), "{report}");
}
