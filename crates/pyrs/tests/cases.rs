//! Runs every program of `tests/cases/` under the `pyrs` binary and compares stdout, the exit
//! status and the last line of stderr with CPython's (see `tests/cases/README.md`). A Rust
//! panic in any case fails the test, whether or not the case is a known failure.
//!
//! Cases that do not pass yet are listed in `tests/cases/KNOWN-FAILURES` (one path per line,
//! relative to `tests/cases/`). The test fails if a case not on the list fails; a listed case
//! that passes is reported (and fails the test under `PYRS_CASES_STRICT=1`). `PYRS_CASES_UPDATE=1 cargo test -p pyrs
//! --test cases` rewrites the list from the current results.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases")
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

fn last_line(s: &str) -> String {
    match s.trim_end_matches('\n').rsplit('\n').next() {
        Some(l) if !s.is_empty() => format!("{l}\n"),
        _ => String::new(),
    }
}

/// Runs one case; `Ok(())` when it matches, else a short description of the difference.
fn run_case(py: &Path) -> Result<(), String> {
    let dir = py.parent().ok_or("no parent")?;
    let name = py.file_name().ok_or("no name")?;
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyrs"))
        .arg("-I")
        .arg(name)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("LC_ALL", "C.UTF-8")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    // A hung case must not hang the suite.
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        if child.try_wait().map_err(|e| e.to_string())?.is_some() {
            break;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            return Err("timed out".into());
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    let stem = py.with_extension("");
    let read = |ext: &str| std::fs::read_to_string(stem.with_extension(ext)).unwrap_or_default();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let code = match out.status.code() {
        Some(c) => c.to_string(),
        None => {
            use std::os::unix::process::ExitStatusExt;
            format!("-{}", out.status.signal().unwrap_or(0))
        }
    };
    if stderr.contains("panicked at") {
        return Err("PANIC: a Rust panic reached the user".into());
    }
    // Byte for byte: a program may write bytes that are not UTF-8 (surrogateescape).
    if out.stdout != std::fs::read(stem.with_extension("out")).unwrap_or_default() {
        return Err("stdout differs".into());
    }
    if format!("{code}\n") != read("code") {
        return Err(format!("exit status {code}"));
    }
    if last_line(&stderr) != read("err") {
        return Err(format!("stderr last line {:?}", last_line(&stderr)));
    }
    Ok(())
}

#[test]
fn cases_match_cpython() {
    let root = cases_dir();
    let mut all = Vec::new();
    collect(&root, &mut all);
    let rel = |p: &Path| {
        p.strip_prefix(&root)
            .unwrap_or(p)
            .to_string_lossy()
            .into_owned()
    };
    let known_path = root.join("KNOWN-FAILURES");
    let known: Vec<String> = std::fs::read_to_string(&known_path)
        .unwrap_or_default()
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let mut failing = Vec::new();
    let mut unexpected = Vec::new();
    let mut fixed = Vec::new();
    let mut panics = Vec::new();
    for py in &all {
        let r = rel(py);
        match run_case(py) {
            Ok(()) => {
                if known.contains(&r) {
                    fixed.push(r);
                }
            }
            Err(why) => {
                if why.starts_with("PANIC") {
                    panics.push(r.clone());
                }
                if !known.contains(&r) {
                    unexpected.push(format!("{r}: {why}"));
                }
                failing.push(r);
            }
        }
    }
    eprintln!("{} of {} cases pass", all.len() - failing.len(), all.len());
    if std::env::var_os("PYRS_CASES_UPDATE").is_some() {
        let text = format!(
            "# Cases of tests/cases/ that do not pass yet (regenerate: PYRS_CASES_UPDATE=1 cargo test -p pyrs --test cases).\n{}\n",
            failing.join("\n")
        );
        std::fs::write(&known_path, text).expect("write KNOWN-FAILURES");
        return;
    }
    assert!(
        unexpected.is_empty(),
        "cases failing that are not in KNOWN-FAILURES:\n{}",
        unexpected.join("\n")
    );
    if !fixed.is_empty() {
        eprintln!(
            "cases now passing (remove them from KNOWN-FAILURES):\n{}",
            fixed.join("\n")
        );
        let strict = std::env::var_os("PYRS_CASES_STRICT").is_some();
        assert!(!strict, "KNOWN-FAILURES lists cases that pass");
    }
}
