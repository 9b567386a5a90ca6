//! The `pyrs` command line: runs a Python 3.11 program.

mod alloc;
mod args;
mod repl;

use std::io::{IsTerminal, Read};
use std::process::ExitCode;

#[global_allocator]
static GLOBAL: alloc::Mimalloc = alloc::Mimalloc;

/// Python code can nest deeply; give the front end a large stack on its own thread.
const STACK_SIZE: usize = 512 * 1024 * 1024;

/// Ctrl-C becomes KeyboardInterrupt inside the interpreter (`pyrs_vm::signals`).
#[allow(unsafe_code)] // One FFI call: see docs/unsafe.md.
fn catch_sigint() {
    extern "C" fn on_sigint(_sig: i32) {
        pyrs_vm::signals::note_sigint();
    }
    extern "C" {
        fn signal(sig: i32, handler: usize) -> usize;
    }
    const SIG_IGN: usize = 1;
    // SAFETY: installs a handler that only stores to an atomic (async-signal-safe); an
    // ignored SIGINT (a background job of a script) stays ignored, as with CPython.
    unsafe {
        if signal(2, on_sigint as *const () as usize) == SIG_IGN {
            signal(2, SIG_IGN);
        }
    }
}

fn main() -> ExitCode {
    alloc::tune();
    catch_sigint();
    let argv: Vec<String> = std::env::args().collect();
    let cli = match args::Cli::parse_from(&argv) {
        Ok(cli) => cli,
        Err(message) => {
            eprintln!("{message}\n{}", args::usage_hint());
            return ExitCode::from(2);
        }
    };
    if cli.help {
        print!("{}", args::help());
        return ExitCode::SUCCESS;
    }
    if cli.version > 0 {
        // CPython's line first (scripts parse it), then which interpreter this is.
        match cli.version {
            1 => println!("Python 3.11.7"),
            _ => println!("Python 3.11.7 (pyrs {})", env!("CARGO_PKG_VERSION")),
        }
        return ExitCode::SUCCESS;
    }
    let worker = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || run(cli));
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => ExitCode::from(70),
    }
}

fn run(cli: args::Cli) -> ExitCode {
    if let Some(module) = &cli.module {
        // `-m`: sys.argv[0] becomes the module's file once found; sys.path[0] is the
        // current directory.
        let argv = std::iter::once("-m".to_string())
            .chain(cli.args.iter().cloned())
            .collect();
        let path0 = if cli.isolated {
            None
        } else {
            std::env::current_dir()
                .ok()
                .map(|d| d.to_string_lossy().into_owned())
        };
        let mut vm = pyrs_vm::Vm::new(config(&cli, argv, path0));
        let status = vm.run_module_main(module);
        return finish(&vm, status);
    }
    // No program and a terminal: the interactive prompt (sys.path[0] is '').
    if cli.command.is_none()
        && cli.args.is_empty()
        && (cli.inspect || std::io::stdin().is_terminal())
    {
        let path0 = (!cli.isolated).then(String::new);
        let vm = pyrs_vm::Vm::new(config(&cli, vec![String::new()], path0));
        // PYTHONSTARTUP runs before the first prompt, unless -E/-I or -i.
        let startup = (!cli.inspect)
            .then(|| env_var(&cli, "PYTHONSTARTUP"))
            .flatten()
            .map(std::path::PathBuf::from);
        return ExitCode::from(repl::run(vm, cli.quiet, startup) as u8);
    }
    // A folder or a zip archive (a zipapp): run the __main__.py inside it.
    if let (None, Some(first)) = (&cli.command, cli.args.first()) {
        let path = std::path::Path::new(first);
        if path.is_dir() || (path.is_file() && pyrs_vm::archive::ZipArchive::open(path).is_some()) {
            let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
            let path0 = (!cli.isolated).then(|| abs.to_string_lossy().into_owned());
            let mut vm = pyrs_vm::Vm::new(config(&cli, cli.args.clone(), path0));
            let status = vm.run_path_main(&abs);
            return finish(&vm, status);
        }
    }
    let (source, filename) = match cli.source() {
        Ok(s) => s,
        Err(code) => return code,
    };
    // A script (file or standard input) is read as `python3 FILE` reads it; `-c` text is a
    // string, read as `compile(str)` reads it.
    let text = String::from_utf8_lossy(&source).into_owned();
    let parsed = if cli.command.is_some() {
        pyrs_parser::parse_module(&text, &filename)
    } else {
        pyrs_parser::parse_script_bytes(&source, &filename)
    };
    let code = parsed.and_then(|module| {
        pyrs_compiler::compile(
            &module,
            &text,
            &filename,
            pyrs_compiler::Mode::Exec,
            cli.optimize,
        )
    });
    let code = match code {
        Ok(c) => c,
        Err(e) => {
            eprint!("{}", e.render());
            return ExitCode::from(1);
        }
    };
    let argv = if cli.command.is_some() {
        std::iter::once("-c".to_string())
            .chain(cli.args.iter().cloned())
            .collect()
    } else if cli.args.is_empty() {
        vec![String::new()]
    } else {
        cli.args.clone()
    };
    let path0 = if cli.isolated {
        None
    } else if cli.command.is_some() || cli.args.is_empty() {
        Some(String::new())
    } else {
        std::path::Path::new(&filename)
            .parent()
            .map(|p| p.to_string_lossy().into_owned())
    };
    let mut vm = pyrs_vm::Vm::new(config(&cli, argv, path0));
    if cli.inspect {
        // -i: the prompt follows the program, in its namespace, without a banner.
        vm.run_main_inspect(code);
        return ExitCode::from(repl::run(vm, true, None) as u8);
    }
    let status = vm.run_main(code);
    finish(&vm, status)
}

/// The interpreter's configuration from the command line and the `PYTHON*` variables.
fn config(cli: &args::Cli, argv: Vec<String>, path0: Option<String>) -> pyrs_vm::Config {
    let env = |name: &str| env_var(cli, name).map(|v| v.to_string_lossy().into_owned());
    // A numeric variable counts as its value, any other non-empty one as 1 (CPython).
    let level = |name: &str| env(name).map_or(0, |v| v.parse::<u8>().unwrap_or(1));
    let xopt = |name: &str| {
        cli.xoptions
            .iter()
            .rev()
            .find_map(|x| match x.split_once('=') {
                Some((k, v)) if k == name => Some(v.to_string()),
                None if x == name => Some(String::new()),
                _ => None,
            })
    };
    let safe_path = cli.safe_path || env("PYTHONSAFEPATH").is_some();
    let warnoptions = env("PYTHONWARNINGS")
        .map(|v| {
            v.split(',')
                .filter(|w| !w.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_else(Vec::new)
        .into_iter()
        .chain(cli.warnoptions.iter().cloned())
        .collect();
    let int_max_str_digits = xopt("int_max_str_digits")
        .or_else(|| env("PYTHONINTMAXSTRDIGITS"))
        .and_then(|v| v.parse::<i64>().ok())
        .unwrap_or(-1);
    pyrs_vm::Config {
        argv,
        isolated: cli.isolated,
        optimize: cli.optimize.max(level("PYTHONOPTIMIZE")),
        dont_write_bytecode: cli.dont_write_bytecode || env("PYTHONDONTWRITEBYTECODE").is_some(),
        executable: std::env::current_exe()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default(),
        path: path0
            .filter(|_| !safe_path)
            .into_iter()
            .chain(pythonpath(cli))
            .collect(),
        unbuffered: cli.unbuffered || env("PYTHONUNBUFFERED").is_some(),
        flags: pyrs_vm::Flags {
            debug: cli.debug,
            inspect: cli.inspect || env("PYTHONINSPECT").is_some(),
            interactive: cli.inspect,
            no_user_site: cli.no_user_site || env("PYTHONNOUSERSITE").is_some(),
            no_site: cli.no_site,
            ignore_environment: cli.ignore_environment,
            verbose: cli.verbose.max(level("PYTHONVERBOSE")),
            bytes_warning: cli.bytes_warning,
            quiet: cli.quiet,
            hash_randomization: env("PYTHONHASHSEED").as_deref() != Some("0"),
            dev_mode: xopt("dev").is_some() || env("PYTHONDEVMODE").is_some(),
            utf8_mode: match xopt("utf8") {
                Some(v) => v != "0",
                None => env("PYTHONUTF8").as_deref() == Some("1"),
            },
            safe_path,
            int_max_str_digits,
        },
        warnoptions,
        xoptions: cli.xoptions.clone(),
        pycache_prefix: xopt("pycache_prefix")
            .or_else(|| env("PYTHONPYCACHEPREFIX"))
            .filter(|p| !p.is_empty())
            .and_then(|p| std::path::absolute(p).ok())
            .map(|p| p.to_string_lossy().into_owned()),
        orig_argv: std::env::args().collect(),
    }
}

/// A non-empty `PYTHON*` environment variable, unless `-E` or `-I` says to ignore them.
fn env_var(cli: &args::Cli, name: &str) -> Option<std::ffi::OsString> {
    if cli.ignore_environment || cli.isolated {
        return None;
    }
    std::env::var_os(name).filter(|v| !v.is_empty())
}

/// PYTHONPATH's entries, which follow the script's folder on `sys.path`, made absolute
/// as CPython does (an empty entry is the current folder).
fn pythonpath(cli: &args::Cli) -> Vec<String> {
    let cwd = std::env::current_dir().unwrap_or_default();
    env_var(cli, "PYTHONPATH")
        .map(|v| {
            std::env::split_paths(&v)
                .map(|p| {
                    let abs: std::path::PathBuf = cwd.join(p).components().collect();
                    abs.to_string_lossy().into_owned()
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The process's exit: the program's status, or SIGINT after an uncaught
/// KeyboardInterrupt.
fn finish(vm: &pyrs_vm::Vm, status: i32) -> ExitCode {
    if vm.interrupted {
        exit_by_sigint();
    }
    ExitCode::from(status as u8)
}

/// Ends the process the way CPython does after an uncaught KeyboardInterrupt: by SIGINT
/// with its default action (the shell sees status 130 and stops a script that ran us).
/// Output was flushed by `run_main`; if the signal somehow returns, exit 130.
#[allow(unsafe_code)] // One FFI call: see docs/unsafe.md.
fn exit_by_sigint() {
    extern "C" {
        fn signal(sig: i32, handler: usize) -> usize;
        fn raise(sig: i32) -> i32;
    }
    const SIGINT: i32 = 2;
    const SIG_DFL: usize = 0;
    // SAFETY: plain libc calls with valid arguments: restore SIGINT's default action (no
    // handler of ours is installed), then send it to ourselves.
    unsafe {
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
    std::process::exit(130);
}

/// Reads standard input to the end.
pub fn read_stdin() -> std::io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    std::io::stdin().read_to_end(&mut buf)?;
    Ok(buf)
}
