//! Differential tests of the symbol table against CPython 3.11's `symtable` module.
//!
//! Every `tests/symtable/NAME.py` is parsed and analysed; the dump (or the SyntaxError) must
//! equal `NAME.expected`, generated from python3 by `tools/gen-symtable-expected`
//! (`eval_*.py` in eval mode, the others in exec mode).

use pyrs_compiler::symtable::dump::{code_vars, dump};
use pyrs_compiler::symtable::{build, build_with, ErrorKind, Limits};
use std::path::Path;

fn render(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap_or_default();
    let name = path.display().to_string();
    let parsed = if path
        .file_name()
        .is_some_and(|f| f.to_string_lossy().starts_with("eval_"))
    {
        pyrs_parser::parse_expression(&String::from_utf8_lossy(&bytes), &name)
    } else {
        pyrs_parser::parse_file_bytes(&bytes, &name)
    };
    let module = match parsed {
        Ok(m) => m,
        Err(e) => return format!("parse error: {}\n", e.msg),
    };
    match build(&module) {
        Ok(table) => dump(&table),
        Err(e) if e.kind == ErrorKind::RecursionError => format!("RecursionError: {}\n", e.msg),
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

/// Cells and free variables, which the `symtable` module cannot show: every code object of
/// `NAME.codevars` (from CPython's `compile()`) must match a scope of ours.
#[test]
fn cell_and_free_variables_match_code_objects() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/symtable");
    let mut checked = 0;
    let mut failures = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/symtable exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "codevars"))
        .collect();
    entries.sort();
    for expected_path in entries {
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        let bytes = std::fs::read(expected_path.with_extension("py")).unwrap_or_default();
        let module = pyrs_parser::parse_file_bytes(&bytes, "t.py").expect("parses");
        let table = build(&module).expect("analyses");
        let mut ours: Vec<String> = code_vars(&table).lines().map(String::from).collect();
        for line in expected.lines() {
            match ours.iter().position(|l| l == line) {
                Some(i) => {
                    ours.swap_remove(i);
                }
                None => failures.push(format!("{}: no scope {line}", expected_path.display())),
            }
        }
        checked += 1;
    }
    assert!(checked > 10, "codevars files missing");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Long chains of nested expressions are walked without recursion: with the limit lifted
/// they analyse on an 8 MiB stack; with CPython's limits they raise its RecursionError.
#[test]
fn deep_chains_on_a_small_stack() {
    let run = || {
        let n = 100_000;
        let sources = [
            format!("x = {}a\n", "a + ".repeat(n)),
            // Longer prefix-operator runs are a MemoryError in the parser, as in CPython.
            format!("x = {}y\n", "-".repeat(5_000)),
            format!("x = y{}\n", ".a".repeat(n)),
            format!("x = f{}\n", "()".repeat(n)),
            format!("def f():\n    return {}v\n", "v * ".repeat(n)),
        ];
        let unlimited = Limits {
            recursion_limit: u32::MAX,
            python_depth: 0,
        };
        for src in &sources {
            let module = pyrs_parser::parse_module(src, "deep.py").expect("parses");
            let table = build_with(&module, unlimited).expect("analyses");
            assert!(table.root().lookup("x").is_some() || table.root().lookup("f").is_some());
            let err = build(&module).expect_err("too deep for CPython");
            assert_eq!(err.kind, ErrorKind::RecursionError);
            assert_eq!(
                err.msg,
                "maximum recursion depth exceeded during compilation"
            );
        }
    };
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(run)
        .expect("thread")
        .join()
        .expect("no stack overflow");
}

/// Where CPython's RecursionError starts, measured with python3: a script compiled before any
/// frame runs (`python3 FILE`), and `symtable.symtable()` called with four Python frames
/// active (module -> search function -> probe function -> `symtable.symtable`).
#[test]
fn recursion_limit_matches_cpython() {
    let cases: [(&str, &str, u32, usize); 4] = [
        ("", "x", 0, 2998),
        ("", "x", 4, 2986),
        ("def f():\n return ", "x", 4, 2985),
        ("", "a", 4, 2986),
    ];
    for (prefix, leaf, python_depth, max_ok) in cases {
        let limits = Limits {
            recursion_limit: 1000,
            python_depth,
        };
        let src = |n: usize| {
            if leaf == "a" {
                format!("{prefix}a{}\n", "+a".repeat(n))
            } else {
                format!("{prefix}{}{leaf}\n", "-".repeat(n))
            }
        };
        let ok = pyrs_parser::parse_module(&src(max_ok), "d.py").expect("parses");
        assert!(build_with(&ok, limits).is_ok(), "{prefix:?} {max_ok}");
        let deep = pyrs_parser::parse_module(&src(max_ok + 1), "d.py").expect("parses");
        let err = build_with(&deep, limits).expect_err("too deep");
        assert_eq!(err.kind, ErrorKind::RecursionError, "{prefix:?} {max_ok}");
    }
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
