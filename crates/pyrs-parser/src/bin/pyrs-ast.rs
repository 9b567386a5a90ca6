//! `pyrs-ast`: prints the `ast.dump` of each file (or its SyntaxError), one line per file.
//!
//! Usage: `pyrs-ast [--attributes] [--check] [--render] [--files-from LIST] [--bench] FILE...`
//! With `--check`, each parsed tree is also checked for nested, ordered ranges
//! (`pyrs_parser::invariants`); a violation is printed as `INVARIANT: ...` instead of the dump.
//! With `--render` it reads each file as `python3 FILE` would (`parse_script_bytes`) and prints
//! `ok` or the SyntaxError as CPython renders it (`SyntaxError::render`).
//! With `--bench` it parses every file repeatedly in-process and prints
//! `bytes=<n> seconds=<best total> files=<n>`, dumping nothing.

use pyrs_parser::{dump, parse_file_bytes, parse_script_bytes};

/// The parser allocates many small nodes; mimalloc makes that a fifth faster than glibc's.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::io::Write;
use std::time::Instant;

const STACK_SIZE: usize = 512 * 1024 * 1024;
const BENCH_ROUNDS: usize = 5;

fn main() {
    let child = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(run)
        .map(|h| h.join());
    match child {
        Ok(Ok(code)) => std::process::exit(code),
        _ => std::process::exit(70),
    }
}

fn run() -> i32 {
    let mut attributes = false;
    let mut render = false;
    let mut bench = false;
    let mut check = false;
    let mut files: Vec<String> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--attributes" => attributes = true,
            "--render" => render = true,
            "--bench" => bench = true,
            "--check" => check = true,
            "--files-from" => {
                let Some(list) = args.next() else {
                    eprintln!("pyrs-ast: --files-from needs a file");
                    return 2;
                };
                match std::fs::read_to_string(&list) {
                    Ok(text) => {
                        files.extend(text.lines().filter(|l| !l.is_empty()).map(String::from))
                    }
                    Err(e) => {
                        eprintln!("pyrs-ast: {list}: {e}");
                        return 2;
                    }
                }
            }
            "-h" | "--help" => {
                println!("usage: pyrs-ast [--attributes] [--check] [--render] [--bench] [--files-from LIST] FILE...");
                return 0;
            }
            _ => files.push(a),
        }
    }
    let mut sources = Vec::with_capacity(files.len());
    for f in &files {
        match std::fs::read(f) {
            Ok(b) => sources.push(b),
            Err(e) => {
                eprintln!("pyrs-ast: {f}: {e}");
                return 2;
            }
        }
    }
    if bench {
        let total: usize = sources.iter().map(Vec::len).sum();
        let mut best = f64::INFINITY;
        for _ in 0..BENCH_ROUNDS {
            let t = Instant::now();
            for (src, name) in sources.iter().zip(&files) {
                let _ = std::hint::black_box(parse_file_bytes(src, name));
            }
            best = best.min(t.elapsed().as_secs_f64());
        }
        println!("bytes={total} seconds={best:.6} files={}", files.len());
        return 0;
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (src, name) in sources.iter().zip(&files) {
        if render {
            // As `python3 FILE` reports a SyntaxError (the file-run decoding rules).
            let text = match parse_script_bytes(src, name) {
                Ok(_) => "ok\n".to_string(),
                Err(e) => e.render(),
            };
            if write!(out, "{text}").is_err() {
                return 1;
            }
            continue;
        }
        let line = match parse_file_bytes(src, name) {
            Ok(m) => match check.then(|| pyrs_parser::invariants::check_ranges(&m)) {
                Some(Err(why)) => format!("INVARIANT: {why}"),
                _ => dump::dump(&m, attributes),
            },
            Err(e) => e.one_line(),
        };
        if writeln!(out, "{line}").is_err() {
            return 1;
        }
    }
    if out.flush().is_err() {
        return 1;
    }
    0
}
