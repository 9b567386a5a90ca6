//! Command-line arguments, following CPython's `python [option] ... [-c cmd | -m mod | file | -] [arg] ...`.

use std::process::ExitCode;

/// The parsed command line.
#[derive(Debug, Default)]
pub struct Cli {
    /// `-h`, `-?`, `--help`.
    pub help: bool,
    /// `-V` count (`--version` counts one).
    pub version: u8,
    /// `-i`: the prompt after the program.
    pub inspect: bool,
    /// `-c cmd`: the program as a string.
    pub command: Option<String>,
    /// `-m mod`: the module run as `__main__`.
    pub module: Option<String>,
    pub isolated: bool,
    pub ignore_environment: bool,
    pub no_user_site: bool,
    pub no_site: bool,
    pub dont_write_bytecode: bool,
    pub unbuffered: bool,
    pub quiet: bool,
    /// `-O` count.
    pub optimize: u8,
    /// `-v` count.
    pub verbose: u8,
    /// `-b` count.
    pub bytes_warning: u8,
    /// `-d`.
    pub debug: bool,
    /// `-x`: skip the source's first line.
    pub skip_first_line: bool,
    /// `-P`: do not put the script's folder (or the current one) first on `sys.path`.
    pub safe_path: bool,
    /// `-W` values in order.
    pub warnoptions: Vec<String>,
    /// `-X` values in order.
    pub xoptions: Vec<String>,
    /// The program file (or `-`) then its arguments; after `-c`/`-m`, the arguments.
    pub args: Vec<String>,
}

impl Cli {
    /// Parses `argv` (the executable first) as CPython's getopt-style parser does:
    /// options up to the program; `-c` and `-m` take the rest of their argument or the
    /// next one and end the options; `--` ends them too. Errors are CPython's messages
    /// (`Unknown option: -Z`, `Argument expected for the -c option`).
    pub fn parse_from(argv: &[String]) -> Result<Cli, String> {
        let mut cli = Cli::default();
        let mut i = 1;
        while i < argv.len() {
            let a = &argv[i];
            if a == "--" {
                i += 1;
                break;
            }
            if a == "-" || !a.starts_with('-') {
                break;
            }
            if let Some(long) = a.strip_prefix("--") {
                match long {
                    "help" => cli.help = true,
                    "version" => cli.version += 1,
                    _ => return Err(format!("unknown option {a}")),
                }
                i += 1;
                continue;
            }
            let chars: Vec<char> = a.chars().skip(1).collect();
            let mut j = 0;
            let mut ended = false;
            while j < chars.len() {
                let c = chars[j];
                if matches!(c, 'c' | 'm' | 'W' | 'X') {
                    let rest: String = chars[j + 1..].iter().collect();
                    let value = if !rest.is_empty() {
                        rest
                    } else {
                        i += 1;
                        match argv.get(i) {
                            Some(v) => v.clone(),
                            None => return Err(format!("Argument expected for the -{c} option")),
                        }
                    };
                    match c {
                        'c' => cli.command = Some(value),
                        'm' => cli.module = Some(value),
                        'W' => cli.warnoptions.push(value),
                        _ => cli.xoptions.push(value),
                    }
                    ended = matches!(c, 'c' | 'm');
                    break;
                }
                match c {
                    'b' => cli.bytes_warning += 1,
                    'B' => cli.dont_write_bytecode = true,
                    'd' => cli.debug = true,
                    'E' => cli.ignore_environment = true,
                    'h' | '?' => cli.help = true,
                    'i' => cli.inspect = true,
                    'I' => {
                        cli.isolated = true;
                        cli.ignore_environment = true;
                        cli.no_user_site = true;
                        cli.safe_path = true;
                    }
                    'O' => cli.optimize += 1,
                    'P' => cli.safe_path = true,
                    'q' => cli.quiet = true,
                    'R' => {}
                    's' => cli.no_user_site = true,
                    'S' => cli.no_site = true,
                    'u' => cli.unbuffered = true,
                    'v' => cli.verbose += 1,
                    'V' => cli.version += 1,
                    'x' => cli.skip_first_line = true,
                    _ => return Err(format!("Unknown option: -{c}")),
                }
                j += 1;
            }
            i += 1;
            if ended {
                break;
            }
        }
        cli.args = argv[i.min(argv.len())..].to_vec();
        Ok(cli)
    }
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
                Ok(mut b) => {
                    if self.skip_first_line {
                        // -x: the first line is not Python; it still counts in line numbers.
                        let end = b.iter().position(|&c| c == b'\n').unwrap_or(b.len());
                        b.drain(..end);
                    }
                    Ok((b, absolute(path)))
                }
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
