//! Differential tests of the symbol table against CPython 3.11's `symtable` module.
//!
//! Every `tests/symtable/NAME.py` is parsed and analysed; the dump (or the SyntaxError) must
//! equal `NAME.expected`, generated from python3 by `tools/gen-symtable-expected`.

use pyrs_compiler::symtable::{build, dump::dump};
use std::path::Path;

fn render(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap_or_default();
    let name = path.display().to_string();
    let module = match pyrs_parser::parse_file_bytes(&bytes, &name) {
        Ok(m) => m,
        Err(e) => return format!("parse error: {}\n", e.msg),
    };
    match build(&module) {
        Ok(table) => dump(&table),
        Err(e) => {
            let end = e.end_offset.map_or("None".to_string(), |o| o.to_string());
            format!(
                "SyntaxError: {} ({}, {}, {}, {end})\n",
                e.msg, e.lineno, e.offset, e.end_lineno
            )
        }
    }
}

#[test]
fn corpus_matches_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/symtable");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/symtable exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    cases.sort();
    assert!(cases.len() > 40, "corpus missing");
    let mut failures = Vec::new();
    for case in &cases {
        let expected = std::fs::read_to_string(case.with_extension("expected"))
            .unwrap_or_else(|_| "(no .expected file: run tools/gen-symtable-expected)".into());
        let got = render(case);
        if got != expected {
            failures.push(format!(
                "{}:\n--- expected\n{expected}--- got\n{got}",
                case.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Long chains of nested expressions are walked without recursion.
#[test]
fn deep_chains_on_a_small_stack() {
    let run = || {
        let n = 100_000;
        let sources = [
            format!("x = {}a\n", "a + ".repeat(n)),
            format!("x = {}y\n", "-".repeat(n)),
            format!("x = y{}\n", ".a".repeat(n)),
            format!("x = f{}\n", "()".repeat(n)),
            format!("def f():\n    return {}v\n", "v * ".repeat(n)),
        ];
        for src in &sources {
            let module = pyrs_parser::parse_module(src, "deep.py").expect("parses");
            let table = build(&module).expect("analyses");
            assert!(table.root().lookup("x").is_some() || table.root().lookup("f").is_some());
        }
    };
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(run)
        .expect("thread")
        .join()
        .expect("no stack overflow");
}

/// The API the code generator uses: scopes by node, symbols by mangled name.
#[test]
fn scope_lookup_by_node() {
    use pyrs_compiler::symtable::{mangle, ScopeKind, SymbolScope};
    use pyrs_parser::ast::{Mod, StmtKind};
    let src = "class C:\n    def m(self):\n        x = 1\n        return lambda: (x, super(), self.__p)\n";
    let module = pyrs_parser::parse_module(src, "t.py").expect("parses");
    let table = build(&module).expect("analyses");
    let Mod::Module { body } = &module else {
        unreachable!()
    };
    let class = table.scope_of_stmt(&body[0]).expect("class scope");
    assert_eq!(table.scope(class).kind, ScopeKind::Class);
    assert!(table.scope(class).needs_class_closure);
    let StmtKind::ClassDef(c) = &body[0].node else {
        unreachable!()
    };
    let method = table.scope_of_stmt(&c.body[0]).expect("method scope");
    let m = table.scope(method);
    assert_eq!(&*m.name, "m");
    assert_eq!(m.lookup("x").map(|s| s.scope), Some(SymbolScope::Cell));
    assert_eq!(m.lookup("self").map(|s| s.scope), Some(SymbolScope::Cell));
    assert_eq!(
        m.lookup("__class__").map(|s| s.scope),
        Some(SymbolScope::Free)
    );
    assert_eq!(m.varnames, vec!["self".into()] as Vec<Box<str>>);
    let lambda = table.scope(m.children[0]);
    assert_eq!(lambda.lookup("x").map(|s| s.scope), Some(SymbolScope::Free));
    assert_eq!(mangle(Some("C"), "__p"), "_C__p");
}
