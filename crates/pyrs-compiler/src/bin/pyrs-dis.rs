//! `pyrs-dis FILE.py`: prints the disassembly of a Python file compiled by pyrs.

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut status = ExitCode::SUCCESS;
    let mut optimize = 0u8;
    let mut files = Vec::new();
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "-O" => optimize = 1,
            "-OO" => optimize = 2,
            _ => files.push(a),
        }
    }
    if files.is_empty() {
        eprintln!("usage: pyrs-dis [-O|-OO] FILE.py...");
        return ExitCode::from(2);
    }
    for path in files {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                status = ExitCode::FAILURE;
                continue;
            }
        };
        let source = String::from_utf8_lossy(&bytes).into_owned();
        let result = pyrs_parser::parse_module(&source, &path).and_then(|m| {
            pyrs_compiler::compile(&m, &source, &path, pyrs_compiler::Mode::Exec, optimize)
        });
        match result {
            Ok(code) => print!("{}", pyrs_compiler::dis::disassemble(&code)),
            Err(e) => {
                eprintln!(
                    "  File \"{}\", line {}\n{}: {}",
                    e.filename,
                    e.lineno.unwrap_or(0),
                    e.class.name(),
                    e.msg
                );
                status = ExitCode::FAILURE;
            }
        }
    }
    status
}
