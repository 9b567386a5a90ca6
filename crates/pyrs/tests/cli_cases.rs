//! The command-line corpus (`tests/cli/`, see its README): folder cases run by
//! `tools/cli-cases` against this build, each compared with CPython 3.11's recorded output.

use std::path::Path;
use std::process::Command;

#[test]
fn cli_cases_match_cpython() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let out = Command::new("python3")
        .arg(root.join("tools/cli-cases"))
        .args(["run", "-q", "--exe", env!("CARGO_BIN_EXE_pyrs")])
        .current_dir(&root)
        .output()
        .expect("python3 runs tools/cli-cases");
    let text = String::from_utf8_lossy(&out.stdout);
    let summary = text.lines().last().unwrap_or("");
    println!("{summary}");
    assert!(
        out.status.success(),
        "cli cases failing that are not in tests/cli/KNOWN-FAILURES:\n{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
