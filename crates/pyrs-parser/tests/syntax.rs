//! The syntax corpus: every program in `tests/syntax/{valid,invalid}` (at the repository root)
//! must parse to exactly what CPython 3.11 gives.
//!
//! Each `NAME.py` has a `NAME.expected` beside it, written by `tools/gen-syntax-expected`:
//! `ast.dump(tree, include_attributes=True)` for a valid program, or the one-line error
//! (`SyntaxError: msg (lineno:offset)`) for an invalid one.  This test parses every file through
//! the same facade `pyrs-ast` uses and compares.  It checks ALL files and then fails once with a
//! report of every mismatch, so one run shows the whole state of the parser.
//!
//! To see only some files: `PYRS_SYNTAX_ONLY=fstring cargo test -p pyrs-parser --test syntax`
//! (a substring of the `valid/NAME.py` path).

// A test reports failure by panicking.
#![allow(clippy::panic)]

use std::fmt::Write as _;
use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

/// Parsing deeply nested programs recurses; give it the room pyrs-ast gives it.
const STACK_SIZE: usize = 512 * 1024 * 1024;
/// How much of a long expected/got line the report shows.
const SHOW_CHARS: usize = 300;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("..")
        .join("tests")
        .join("syntax")
}

/// What pyrs-ast would print for this file.
fn pyrs_line(bytes: &[u8], filename: &str) -> String {
    match pyrs_parser::parse_file_bytes(bytes, filename) {
        Ok(module) => pyrs_parser::dump::dump(&module, true),
        Err(err) => err.one_line(),
    }
}

/// `text` cut to about `width` characters around byte `at` (a char boundary is found).
fn window(text: &str, at: usize, width: usize) -> String {
    let mut start = at.saturating_sub(width / 4);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (start + width).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    let mut out = String::new();
    if start > 0 {
        out.push_str("...");
    }
    out.push_str(&text[start..end]);
    if end < text.len() {
        out.push_str("...");
    }
    out
}

/// Byte index of the first difference between `a` and `b` (on a char boundary of both).
fn first_difference(a: &str, b: &str) -> usize {
    let mut at = 0;
    for ((i, ca), cb) in a.char_indices().zip(b.chars()) {
        if ca != cb {
            return i;
        }
        at = i + ca.len_utf8();
    }
    at
}

struct Mismatch {
    file: String,
    expected: String,
    got: String,
}

impl Mismatch {
    fn report(&self, out: &mut String) {
        let _ = writeln!(out, "--- {}", self.file);
        if self.expected.len() <= SHOW_CHARS && self.got.len() <= SHOW_CHARS {
            let _ = writeln!(out, "  expected: {}", self.expected);
            let _ = writeln!(out, "  got:      {}", self.got);
            return;
        }
        let at = first_difference(&self.expected, &self.got);
        let _ = writeln!(
            out,
            "  first difference at byte {at} (expected {} bytes, got {} bytes)",
            self.expected.len(),
            self.got.len()
        );
        let _ = writeln!(
            out,
            "  expected: {}",
            window(&self.expected, at, SHOW_CHARS)
        );
        let _ = writeln!(out, "  got:      {}", window(&self.got, at, SHOW_CHARS));
    }
}

fn check_corpus() -> (usize, Vec<Mismatch>) {
    let root = corpus_dir();
    let only = std::env::var("PYRS_SYNTAX_ONLY").ok();
    let mut checked = 0;
    let mut mismatches = Vec::new();
    for kind in ["valid", "invalid"] {
        let dir = root.join(kind);
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) => {
                mismatches.push(Mismatch {
                    file: dir.display().to_string(),
                    expected: "a folder of test programs".into(),
                    got: format!("cannot read it: {e}"),
                });
                continue;
            }
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "py"))
            .collect();
        files.sort();
        for path in files {
            let name = format!(
                "{kind}/{}",
                path.file_name()
                    .map(|n| n.to_string_lossy())
                    .unwrap_or_default()
            );
            if only.as_deref().is_some_and(|s| !name.contains(s)) {
                continue;
            }
            checked += 1;
            let expected_path = path.with_extension("expected");
            let expected = match fs::read_to_string(&expected_path) {
                Ok(text) => text.strip_suffix('\n').unwrap_or(&text).to_string(),
                Err(e) => {
                    mismatches.push(Mismatch {
                        file: name,
                        expected: format!("{} ({e})", expected_path.display()),
                        got: "no expected output: run tools/gen-syntax-expected".into(),
                    });
                    continue;
                }
            };
            let bytes = match fs::read(&path) {
                Ok(b) => b,
                Err(e) => {
                    mismatches.push(Mismatch {
                        file: name,
                        expected,
                        got: format!("cannot read the file: {e}"),
                    });
                    continue;
                }
            };
            let filename = path.display().to_string();
            let got = panic::catch_unwind(AssertUnwindSafe(|| pyrs_line(&bytes, &filename)))
                .unwrap_or_else(|payload| {
                    let msg = payload
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| payload.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "(non-string payload)".into());
                    format!("PANIC: {msg}")
                });
            if got != expected {
                mismatches.push(Mismatch {
                    file: name,
                    expected,
                    got,
                });
            }
        }
    }
    (checked, mismatches)
}

#[test]
fn syntax_corpus_matches_cpython() {
    // Keep the per-file panic messages out of the way; the report lists them.
    let default_hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let outcome = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(check_corpus)
        .map(|handle| handle.join());
    panic::set_hook(default_hook);
    let (checked, mismatches) = match outcome {
        Ok(Ok(result)) => result,
        Ok(Err(_)) => panic!("the corpus checker itself panicked"),
        Err(e) => panic!("cannot start the corpus checker thread: {e}"),
    };
    assert!(
        checked > 0,
        "no corpus files found under {}",
        corpus_dir().display()
    );
    if mismatches.is_empty() {
        return;
    }
    let mut report = format!(
        "{} of {checked} syntax corpus files differ from CPython:\n",
        mismatches.len()
    );
    for m in &mismatches {
        m.report(&mut report);
    }
    let _ = writeln!(
        report,
        "{} of {checked} syntax corpus files differ from CPython",
        mismatches.len()
    );
    panic!("{report}");
}
