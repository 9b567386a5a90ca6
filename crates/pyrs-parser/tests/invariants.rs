//! Every valid program of the syntax corpus parses to a tree whose ranges nest and whose
//! statements come in order (`pyrs_parser::invariants`).

// A test reports failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use std::path::Path;

#[test]
fn corpus_ranges_nest() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/syntax/valid");
    let mut failures = Vec::new();
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "py") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        let Ok(module) = pyrs_parser::parse_file_bytes(&bytes, &path.to_string_lossy()) else {
            continue; // mismatches in parsing are the syntax test's business
        };
        checked += 1;
        if let Err(why) = pyrs_parser::invariants::check_ranges(&module) {
            failures.push(format!("{}: {why}", path.display()));
        }
    }
    assert!(checked > 100, "only {checked} corpus files parsed");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
