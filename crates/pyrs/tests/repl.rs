//! The interactive prompt, driven through a real pseudo-terminal by `tests/repl/drive.py`
//! (python3's `pty` module): multi-line input, `_`, a traceback and going on, Ctrl-C,
//! `exit()`, tab completion, and history recalled in a new session. Each session gets its own HOME so the
//! history file is fresh.

use std::path::{Path, PathBuf};
use std::process::Command;

fn session(home: &Path, keys: &[&str]) -> String {
    session_with(home, None, keys)
}

/// A session with `PYTHONSTARTUP` set to `startup`, if given.
fn session_with(home: &Path, startup: Option<&Path>, keys: &[&str]) -> String {
    let driver = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/repl/drive.py");
    let mut cmd = Command::new("python3");
    cmd.arg(driver)
        .arg(env!("CARGO_BIN_EXE_pyrs"))
        .args(keys)
        .env("HOME", home)
        .env_remove("PYTHONSTARTUP");
    if let Some(p) = startup {
        cmd.env("PYTHONSTARTUP", p);
    }
    let out = cmd.output().expect("python3 runs the terminal driver");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn fresh_home(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyrs-repl-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp folder");
    dir
}

/// Asserts that the expected pieces appear in the transcript, in order.
fn assert_in_order(transcript: &str, pieces: &[&str]) {
    let mut rest = transcript;
    for p in pieces {
        match rest.find(p) {
            Some(i) => rest = &rest[i + p.len()..],
            None => panic!("{p:?} missing (in order) from the session:\n{transcript}"),
        }
    }
}

#[test]
fn a_session_runs_statements_blocks_and_errors() {
    let home = fresh_home("session");
    let t = session(
        &home,
        &[
            "x = [1,\\n",
            "2]\\n",
            "x\\n",
            "def f(a):\\n",
            "    return a * 2\\n",
            "\\n",
            "f(21)\\n",
            "_ + 1\\n",
            "None\\n",
            "1/0\\n",
            "for i in range(2):\\n",
            "    print(i)\\n",
            "\\n",
            "print(1 +)\\n",
            "abc\\x03",
            "exit(3)\\n",
        ],
    );
    assert_in_order(
        &t,
        &[
            "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.",
            ">>> x = [1,\n... 2]\n>>> x\n[1, 2]\n",
            ">>> def f(a):\n...     return a * 2\n... \n>>> f(21)\n42\n>>> _ + 1\n43\n>>> None\n>>> 1/0\n",
            "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n",
            ">>> for i in range(2):\n...     print(i)\n... \n0\n1\n",
            ">>> print(1 +)\n  File \"<stdin>\", line 1\n    print(1 +)\n             ^\nSyntaxError: invalid syntax\n",
            ">>> abc\nKeyboardInterrupt\n>>> exit(3)\n",
            "exit=3",
        ],
    );
    let _ = std::fs::remove_dir_all(&home);
}

#[test]
fn history_is_recalled_in_the_next_session() {
    let home = fresh_home("history");
    let first = session(&home, &["y = 5 * 7\\n", "\\x04"]);
    assert!(first.contains("exit=0"), "{first}");
    let second = session(&home, &["\\x1b[A", "\\n", "y\\n", "\\x04"]);
    assert_in_order(&second, &["y = 5 * 7", "\n35\n", "exit=0"]);
    let _ = std::fs::remove_dir_all(&home);
}

#[test]
fn tab_completes_names_and_attributes() {
    let home = fresh_home("complete");
    let t = session(
        &home,
        &[
            "xyz_value = 5\n",
            "xyz_v\t",
            "\n",
            "import os\n",
            "os.getcw\t",
            ") == os.getcwd()\n",
            "\x04",
        ],
    );
    assert_in_order(
        &t,
        &["xyz_value", "\n5\n", "os.getcwd(", "True\n", "exit=0"],
    );
    let _ = std::fs::remove_dir_all(&home);
}

#[test]
fn pythonstartup_runs_before_the_first_prompt() {
    let home = fresh_home("startup");
    let file = home.join("startup.py");
    std::fs::write(&file, "greeting = 'hello'\nprint('startup ran')\n").expect("startup file");
    let t = session_with(&home, Some(&file), &["greeting\n", "\x04"]);
    assert_in_order(&t, &["startup ran\n", ">>> greeting\n'hello'\n", "exit=0"]);
    let _ = std::fs::remove_dir_all(&home);
}
