//! Disassembly goldens: each `tests/dis/NAME.py` compiles to the text in `NAME.dis`.
//!
//! Regenerate with `PYRS_BLESS=1 cargo test -p pyrs-compiler --test dis`, then review each
//! changed golden by eye: it is a statement of what the VM will run. Every code object is
//! also checked with `codegen::verify` (consistent stack depths, valid exception table).

use std::path::Path;

#[test]
fn disassembly_goldens() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dis");
    let bless = std::env::var_os("PYRS_BLESS").is_some();
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty());
    let mut failures = Vec::new();
    for path in paths {
        let source = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let module = pyrs_parser::parse_module(&source, &name).unwrap();
        let code = pyrs_compiler::compile(&module, &source, &name, pyrs_compiler::Mode::Exec, 0)
            .unwrap_or_else(|e| panic!("{name}: {e:?}"));
        pyrs_compiler::codegen::verify(&code).unwrap_or_else(|e| panic!("{name}: {e}"));
        let text = pyrs_compiler::dis::disassemble(&code);
        let golden = path.with_extension("dis");
        if bless {
            std::fs::write(&golden, &text).unwrap();
        } else {
            let expected = std::fs::read_to_string(&golden).unwrap_or_default();
            if expected != text {
                failures.push(format!("{name}: disassembly differs; got:\n{text}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
