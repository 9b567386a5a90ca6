//! The `pyrs` command line: runs a Python 3.11 program (today: parses it and reports errors).

mod args;

use clap::Parser;
use std::io::Read;
use std::process::ExitCode;

/// Python programs allocate many small objects; mimalloc is much faster at that than glibc.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Python code can nest deeply; give the front end a large stack on its own thread.
const STACK_SIZE: usize = 512 * 1024 * 1024;

/// Exit status when the program parsed but cannot be run yet.
const EXIT_NOT_IMPLEMENTED: u8 = 2;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    let worker = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || run(cli));
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => ExitCode::from(70),
    }
}

fn run(cli: args::Cli) -> ExitCode {
    let (source, filename) = match cli.source() {
        Ok(s) => s,
        Err(code) => return code,
    };
    // A script (file or standard input) is read as `python3 FILE` reads it; `-c` text is a
    // string, read as `compile(str)` reads it.
    let parsed = if cli.command.is_some() {
        pyrs_parser::parse_module(&String::from_utf8_lossy(&source), &filename)
    } else {
        pyrs_parser::parse_script_bytes(&source, &filename)
    };
    match parsed {
        Err(e) => {
            eprint!("{}", e.render());
            ExitCode::from(1)
        }
        Ok(_) => {
            eprintln!("pyrs: {filename}: parsed; execution is not implemented yet");
            ExitCode::from(EXIT_NOT_IMPLEMENTED)
        }
    }
}

/// Reads standard input to the end.
pub fn read_stdin() -> std::io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    std::io::stdin().read_to_end(&mut buf)?;
    Ok(buf)
}
