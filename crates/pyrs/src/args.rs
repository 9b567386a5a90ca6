//! Command-line arguments, following CPython's `python [option] ... [-c cmd | -m mod | file | -] [arg] ...`.

use clap::Parser;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "pyrs",
    about = "A Python 3.11 interpreter written in Rust",
    disable_version_flag = true,
    disable_help_flag = true
)]
pub struct Cli {
    /// Print this help message and exit (also --help).
    #[arg(short = 'h', long = "help")]
    pub help: bool,
    /// Print the Python version number and exit (also --version); -VV adds pyrs's.
    #[arg(short = 'V', long = "version", action = clap::ArgAction::Count)]
    pub version: u8,
    /// Inspect interactively after running the script (also after an uncaught exception).
    #[arg(short = 'i')]
    pub inspect: bool,
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "cmd")]
    pub command: Option<String>,
    /// Run library module as a script.
    #[arg(short = 'm', value_name = "mod")]
    pub module: Option<String>,
    /// Isolate Python from the user's environment (implies -E and -s).
    #[arg(short = 'I')]
    pub isolated: bool,
    /// Ignore PYTHON* environment variables.
    #[arg(short = 'E')]
    pub ignore_environment: bool,
    /// Don't add the user site directory to sys.path.
    #[arg(short = 's')]
    pub no_user_site: bool,
    /// Don't imply 'import site' on initialization.
    #[arg(short = 'S')]
    pub no_site: bool,
    /// Don't write .pyc files on import.
    #[arg(short = 'B')]
    pub dont_write_bytecode: bool,
    /// Force the stdout and stderr streams to be unbuffered.
    #[arg(short = 'u')]
    pub unbuffered: bool,
    /// Don't print version and copyright messages on interactive startup.
    #[arg(short = 'q')]
    pub quiet: bool,
    /// Remove assert and __debug__-dependent statements (-OO: also docstrings).
    #[arg(short = 'O', action = clap::ArgAction::Count)]
    pub optimize: u8,
    /// Program read from script file (`-` for standard input), then its arguments.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
}

/// Options that take their value in the same or the next argument.
const WITH_VALUE: &[char] = &['c', 'm'];
/// Flags (a letter each, combinable: `-Bq`).
const FLAGS: &[char] = &['B', 'E', 'I', 'O', 'S', 'V', 'h', 'i', 'q', 's', 'u'];

/// CPython's check of the options before the program: an unknown one is
/// `Unknown option: -Z` plus the usage lines, exit status 2. Returns that message.
pub fn unknown_option(args: &[String]) -> Option<String> {
    for a in args.iter().skip(1) {
        if a == "-" || !a.starts_with('-') || a == "--" {
            return None;
        }
        if a.starts_with("--") {
            if ["--version", "--help"].contains(&a.as_str()) {
                continue;
            }
            return Some(format!("unknown option {a}"));
        }
        for c in a.chars().skip(1) {
            if WITH_VALUE.contains(&c) {
                return None;
            }
            if !FLAGS.contains(&c) {
                return Some(format!("Unknown option: -{c}"));
            }
        }
    }
    None
}

/// CPython's usage line.
fn usage_line() -> String {
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "pyrs".into());
    format!("usage: {exe} [option] ... [-c cmd | -m mod | file | -] [arg] ...")
}

/// The usage line and hint CPython prints under an option error.
pub fn usage_hint() -> String {
    format!("{}\nTry `python -h' for more information.", usage_line())
}

/// `-h`: CPython's help, in its layout, for the options pyrs has.
pub fn help() -> String {
    format!("{}\n{}", usage_line(), include_str!("help.txt"))
}

impl Cli {
    /// The program's source bytes and the filename to report.
    pub fn source(&self) -> Result<(Vec<u8>, String), ExitCode> {
        if let Some(cmd) = &self.command {
            return Ok((cmd.clone().into_bytes(), "<string>".to_string()));
        }
        match self.args.first().map(String::as_str) {
            None | Some("-") => match crate::read_stdin() {
                Ok(b) => Ok((b, "<stdin>".to_string())),
                Err(e) => {
                    eprintln!("pyrs: cannot read standard input: {e}");
                    Err(ExitCode::from(2))
                }
            },
            Some(path) => match std::fs::read(path) {
                Ok(b) => Ok((b, absolute(path))),
                Err(e) => {
                    let exe = std::env::args().next().unwrap_or_else(|| "pyrs".into());
                    eprintln!(
                        "{exe}: can't open file '{path}': [Errno {}] {}",
                        e.raw_os_error().unwrap_or(0),
                        describe(&e)
                    );
                    Err(ExitCode::from(2))
                }
            },
        }
    }
}

/// The strerror-style text CPython shows for an OS error.
fn describe(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// The script path as CPython reports it: made absolute against the current directory and
/// normalised lexically (`.` and `..` removed), symlinks left alone.
fn absolute(path: &str) -> String {
    use std::path::{Component, PathBuf};
    let joined = match std::env::current_dir() {
        Ok(cwd) => cwd.join(path),
        Err(_) => PathBuf::from(path),
    };
    let mut out = PathBuf::new();
    for part in joined.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out.to_string_lossy().into_owned()
}
