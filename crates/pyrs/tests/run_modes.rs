//! `pyrs -m`, `pyrs DIR` and `pyrs APP.pyz`: running modules, packages, folders and zipapps
//! as `__main__`, with CPython 3.11's output and exit statuses (checked against python3 when this was written; its messages start with the
//! executable's path, written `EXE` here).

use std::path::{Path, PathBuf};
use std::process::Command;

/// A package tree in a fresh temporary folder of its own (`test` names it: tests run
/// in parallel).
fn tree(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyrs-{test}-{}", std::process::id()));
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
    let dir = tree("dash-m");
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

/// A zip archive of stored members behind a `#!` line (what `python3 -m zipapp -p` makes).
fn zipapp(members: &[(&str, &str)]) -> Vec<u8> {
    let mut out = b"#!/usr/bin/env python3\n".to_vec();
    let shift = out.len();
    let mut central = Vec::new();
    for (name, text) in members {
        let header = (out.len() - shift) as u32;
        let fields = |v: &mut Vec<u8>| {
            v.extend([0u8; 4]); // compression: stored; time
            v.extend([0u8; 6]); // date, crc (not checked by readers here)
            v.extend((text.len() as u32).to_le_bytes());
            v.extend((text.len() as u32).to_le_bytes());
            v.extend((name.len() as u16).to_le_bytes());
        };
        out.extend(b"PK\x03\x04\x14\x00\x00\x00");
        fields(&mut out);
        out.extend([0, 0]);
        out.extend(name.as_bytes());
        out.extend(text.as_bytes());
        central.extend(b"PK\x01\x02\x14\x00\x14\x00\x00\x00");
        fields(&mut central);
        central.extend([0u8; 12]);
        central.extend(header.to_le_bytes());
        central.extend(name.as_bytes());
    }
    let cd_offset = (out.len() - shift) as u32;
    out.extend(&central);
    out.extend(b"PK\x05\x06\x00\x00\x00\x00");
    out.extend((members.len() as u16).to_le_bytes());
    out.extend((members.len() as u16).to_le_bytes());
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(cd_offset.to_le_bytes());
    out.extend([0, 0]);
    out
}

#[test]
fn folders_and_zipapps_run_their_main() {
    let dir = std::env::temp_dir().join(format!("pyrs-run-paths-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let main = "import sys, os\nprint(__name__, repr(__package__), sys.argv, sys.path[0] == os.path.abspath(sys.argv[0]))\nimport lib.util as u\nprint(u.f(), u.__name__, u.__file__ == os.path.join(sys.path[0], 'lib', 'util.py'))\n";
    let members = [
        ("__main__.py", main),
        ("lib/__init__.py", ""),
        ("lib/util.py", "def f():\n    return 'util'\n"),
    ];
    for (name, text) in members {
        let path = dir.join("app").join(name);
        std::fs::create_dir_all(path.parent().unwrap_or(&dir)).expect("temp folder");
        std::fs::write(path, text).expect("temp file");
    }
    std::fs::write(dir.join("app.pyz"), zipapp(&members)).expect("zipapp");
    std::fs::create_dir_all(dir.join("empty")).expect("temp folder");
    let expected = |arg: &str| format!("__main__ '' ['{arg}', 'x'] True\nutil lib.util True\n");
    assert_eq!(
        run(&dir, &["app", "x"]),
        (expected("app"), String::new(), 0)
    );
    assert_eq!(
        run(&dir, &["app.pyz", "x"]),
        (expected("app.pyz"), String::new(), 0)
    );
    let (out, err, code) = run(&dir, &["empty"]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!((out.as_str(), code), ("", 1));
    assert!(
        err.starts_with("EXE: can't find '__main__' module in '") && err.ends_with("empty'\n"),
        "{err}"
    );
}

/// Runs pyrs with `input` on standard input.
fn run_with_stdin(args: &[&str], input: &str) -> (String, String, i32) {
    use std::io::Write;
    let exe = env!("CARGO_BIN_EXE_pyrs");
    let mut child = Command::new(exe)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("pyrs runs");
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(input.as_bytes());
    }
    let out = child.wait_with_output().expect("pyrs ends");
    let exe_canonical = std::fs::canonicalize(exe).unwrap_or_default();
    let err = String::from_utf8_lossy(&out.stderr)
        .replace(&*exe_canonical.to_string_lossy(), "EXE")
        .replace(exe, "EXE");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        err,
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn options_version_unknown_and_inspect() {
    assert_eq!(run_with_stdin(&["-V"], "").0, "Python 3.11.7\n");
    let (help, _, code) = run_with_stdin(&["-h"], "");
    assert_eq!(code, 0);
    assert!(help.starts_with("usage: ") && help.contains("\nOptions (and corresponding environment variables):\n-B     : don't write .pyc files on import"), "{help}");
    assert!(
        help.ends_with("arg ...: arguments passed to program in sys.argv[1:]\n"),
        "{help}"
    );
    assert_eq!(run_with_stdin(&["--version"], "").0, "Python 3.11.7\n");
    assert!(run_with_stdin(&["-VV"], "")
        .0
        .starts_with("Python 3.11.7 (pyrs "));
    let usage = "usage: EXE [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n";
    assert_eq!(
        run_with_stdin(&["-Z"], ""),
        (String::new(), format!("Unknown option: -Z\n{usage}"), 2)
    );
    assert_eq!(
        run_with_stdin(&["--bogus"], ""),
        (String::new(), format!("unknown option --bogus\n{usage}"), 2)
    );
    // Options after the program belong to it.
    assert_eq!(
        run_with_stdin(&["-c", "import sys; print(sys.argv)", "-Z"], "").0,
        "['-c', '-Z']\n"
    );
    // -i: the prompt reads standard input in the program's namespace, even after an
    // uncaught exception or SystemExit (printed as a traceback).
    let (out, err, code) = run_with_stdin(&["-i", "-c", "x = 5; 1/0"], "print('after', x)\n");
    assert_eq!((out.as_str(), code), ("after 5\n", 0));
    assert!(err.contains("ZeroDivisionError: division by zero"), "{err}");
    let (out, err, code) = run_with_stdin(
        &["-i", "-c", "x = 6; raise SystemExit(3)"],
        "print('after', x)\n",
    );
    assert_eq!((out.as_str(), code), ("after 6\n", 0));
    assert!(err.contains("SystemExit: 3"), "{err}");
}

/// Ctrl-C (SIGINT) interrupts a busy loop and a sleep with KeyboardInterrupt, and an uncaught
/// one ends the process by SIGINT (tests/signals/ctrl_c.py drives it; its output under
/// python3 is the expected one below).
#[test]
fn sigint_becomes_keyboard_interrupt() {
    let driver = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/signals/ctrl_c.py");
    let out = Command::new("python3")
        .arg(driver)
        .arg(env!("CARGO_BIN_EXE_pyrs"))
        .output()
        .expect("python3 runs the signal driver");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "looping\ncaught in loop\nsleeping\ncaught in sleep\nlooping again\nKeyboardInterrupt\nstatus -2\n"
    );
}

#[test]
fn pythonpath_follows_the_script_folder_unless_ignored() {
    let dir = tree("pythonpath");
    let exe = env!("CARGO_BIN_EXE_pyrs");
    let code = "import sys; print(sys.path[:3]); import helper; print(helper.X)";
    let out = |args: &[&str]| {
        let out = Command::new(exe)
            .args(args)
            .env("PYTHONPATH", "pkg::/nowhere")
            .current_dir(&dir)
            .output()
            .expect("pyrs runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let cwd = std::fs::canonicalize(&dir).unwrap_or(dir.clone());
    let cwd = cwd.to_string_lossy();
    assert_eq!(
        out(&["-c", code]),
        format!("['', '{cwd}/pkg', '{cwd}']\n42\n")
    );
    assert_eq!(
        out(&["-E", "-c", "import sys; print('/nowhere' in sys.path)"]),
        "False\n"
    );
    assert_eq!(
        out(&["-I", "-c", "import sys; print('/nowhere' in sys.path)"]),
        "False\n"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
