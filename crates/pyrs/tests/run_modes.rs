//! `pyrs -m`: running modules and packages as `__main__`, with CPython 3.11's output and exit
//! statuses (checked against python3 when this was written; its messages start with the
//! executable's path, written `EXE` here).

use std::path::{Path, PathBuf};
use std::process::Command;

/// A package tree in a fresh temporary folder.
fn tree() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyrs-run-modes-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let files: [(&str, &str); 6] = [
        ("pkg/__init__.py", "print('pkg init')\n"),
        (
            "pkg/__main__.py",
            "import sys\nprint('main', __name__, __package__, sys.argv[1:])\nfrom . import helper\nprint(helper.X)\n",
        ),
        ("pkg/helper.py", "X = 42\n"),
        ("pkg/sub/__init__.py", ""),
        (
            "pkg/sub/mod.py",
            "import os, sys\nprint('mod', __name__, __package__, sys.argv[1:], sys.path[0] == os.getcwd(), sys.argv[0] == __file__)\n",
        ),
        ("top.py", "print('top', __name__, repr(__package__))\nraise SystemExit(3)\n"),
    ];
    for (name, text) in files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap_or(&dir)).expect("temp folder");
        std::fs::write(path, text).expect("temp file");
    }
    dir
}

/// (stdout, stderr with the executable's path as EXE, exit status)
fn run(dir: &Path, args: &[&str]) -> (String, String, i32) {
    let exe = env!("CARGO_BIN_EXE_pyrs");
    let out = Command::new(exe)
        .args(args)
        .current_dir(dir)
        .output()
        .expect("pyrs runs");
    let err = String::from_utf8_lossy(&out.stderr).replace(exe, "EXE");
    let exe_canonical = std::fs::canonicalize(exe).unwrap_or_default();
    let err = err.replace(&*exe_canonical.to_string_lossy(), "EXE");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        err,
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn dash_m_runs_modules_and_packages_like_python3() {
    let dir = tree();
    let cases: [(&[&str], &str, &str, i32); 7] = [
        (
            &["-m", "pkg", "a", "b"],
            "pkg init\nmain __main__ pkg ['a', 'b']\n42\n",
            "",
            0,
        ),
        (
            &["-m", "pkg.sub.mod", "x"],
            "pkg init\nmod __main__ pkg.sub ['x'] True True\n",
            "",
            0,
        ),
        (&["-m", "top"], "top __main__ ''\n", "", 3),
        (
            &["-m", "pkg.sub"],
            "pkg init\n",
            "EXE: No module named pkg.sub.__main__; 'pkg.sub' is a package and cannot be directly executed\n",
            1,
        ),
        (&["-m", "nonexistent"], "", "EXE: No module named nonexistent\n", 1),
        (&["-m", "pkg.nope"], "pkg init\n", "EXE: No module named pkg.nope\n", 1),
        (
            &["-m", "nopkg.x"],
            "",
            "EXE: Error while finding module specification for 'nopkg.x' (ModuleNotFoundError: No module named 'nopkg')\n",
            1,
        ),
    ];
    let mut failures = Vec::new();
    for (args, out, err, code) in cases {
        let got = run(&dir, args);
        if got != (out.to_string(), err.to_string(), code) {
            failures.push(format!("pyrs {}: got {got:?}", args.join(" ")));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
