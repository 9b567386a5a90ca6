//! `pyrs-symtable FILE...` (or `--files-from LIST`): prints each file's symbol table dump, or
//! its SyntaxError, in the format `tools/symtable-conformance` compares with CPython's.
//! `--code-vars` prints each scope's cell and free variables instead (`tools/symtable-codevars`);
//! `--bench` times parsing and analysis.

use pyrs_compiler::symtable::{build, dump, dump::dump, ErrorKind};
use std::io::Write;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut files = Vec::new();
    let mut bench = false;
    let mut code_vars = false;
    while let Some(arg) = args.next() {
        if arg == "--bench" {
            bench = true;
        } else if arg == "--code-vars" {
            code_vars = true;
        } else if arg == "--files-from" {
            let Some(list) = args.next() else {
                eprintln!("pyrs-symtable: --files-from needs a file");
                return ExitCode::from(2);
            };
            match std::fs::read_to_string(&list) {
                Ok(text) => files.extend(text.lines().filter(|l| !l.is_empty()).map(String::from)),
                Err(e) => {
                    eprintln!("pyrs-symtable: {list}: {e}");
                    return ExitCode::from(2);
                }
            }
        } else {
            files.push(arg);
        }
    }
    if files.is_empty() {
        eprintln!("usage: pyrs-symtable [--bench | --code-vars] FILE... | --files-from LIST");
        return ExitCode::from(2);
    }
    if bench {
        return run_bench(&files);
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for path in &files {
        let text = render(path, code_vars);
        if writeln!(out, "== {path}\n{text}").is_err() {
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}

/// `--bench`: time parsing and symbol tables separately over all files, print no dumps.
fn run_bench(files: &[String]) -> ExitCode {
    let sources: Vec<Vec<u8>> = files
        .iter()
        .map(|f| std::fs::read(f).unwrap_or_default())
        .collect();
    let start = Instant::now();
    let modules: Vec<_> = sources
        .iter()
        .zip(files)
        .filter_map(|(b, f)| pyrs_parser::parse_file_bytes(b, f).ok())
        .collect();
    let parsed = start.elapsed();
    let start = Instant::now();
    let mut scopes = 0;
    for m in &modules {
        if let Ok(t) = build(m) {
            scopes += t.scopes.len();
        }
    }
    let analysed = start.elapsed();
    println!(
        "{} files: parse {:.3}s, symtable {:.3}s ({scopes} scopes)",
        modules.len(),
        parsed.as_secs_f64(),
        analysed.as_secs_f64()
    );
    ExitCode::SUCCESS
}

/// The dump of one file, or its error as `SyntaxError: MSG (LINENO, OFFSET, END_LINENO,
/// END_OFFSET)` (`None` for a missing position).
fn render(path: &str, code_vars: bool) -> String {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return format!("error: {e}\n"),
    };
    let module = match pyrs_parser::parse_file_bytes(&bytes, path) {
        Ok(m) => m,
        Err(e) => {
            let pos = [
                py(&e.lineno),
                py(&e.offset),
                py(&e.end_lineno),
                py(&e.end_offset),
            ];
            return format!("{}: {} ({})\n", e.class.name(), e.msg, pos.join(", "));
        }
    };
    match build(&module) {
        Ok(table) if code_vars => dump::code_vars(&table),
        Ok(table) => dump(&table),
        Err(e) if e.kind == ErrorKind::RecursionError => format!("RecursionError: {}\n", e.msg),
        Err(e) => format!(
            "SyntaxError: {} ({}, {}, {}, {})\n",
            e.msg,
            e.lineno,
            e.offset,
            e.end_lineno,
            py(&e.end_offset)
        ),
    }
}

/// Python's repr of a position that may be absent (`3`, `Some(3)` and `None` all print as
/// Python would).
fn py(v: &impl std::fmt::Debug) -> String {
    let s = format!("{v:?}");
    match s.strip_prefix("Some(").and_then(|x| x.strip_suffix(')')) {
        Some(inner) => inner.to_string(),
        None => s,
    }
}
