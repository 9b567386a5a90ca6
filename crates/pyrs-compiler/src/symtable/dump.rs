//! A text dump of a symbol table, the same one `tools/symtable-conformance` prints from
//! CPython's `symtable` module, so the two can be compared line for line.
//!
//! Each scope prints as `TYPE NAME LINENO` (plus ` nested` inside a function), then its symbols sorted by name, one per line as
//! `NAME: PROPS` (the `symtable.Symbol` predicates that are true, in a fixed order), then its
//! children, each level indented by two more spaces.

use super::flags::*;
use super::{Scope, ScopeKind, SymbolScope, SymbolTable};
use std::fmt::Write;

/// The dump of a whole table.
pub fn dump(table: &SymbolTable) -> String {
    let mut out = String::new();
    let mut stack = vec![(0usize, 0usize)];
    while let Some((id, depth)) = stack.pop() {
        let scope = table.scope(id);
        scope_lines(table, scope, depth, &mut out);
        stack.extend(scope.children.iter().rev().map(|&c| (c, depth + 1)));
    }
    out
}

fn scope_lines(table: &SymbolTable, scope: &Scope, depth: usize, out: &mut String) {
    let indent = "  ".repeat(depth);
    let kind = match scope.kind {
        ScopeKind::Module => "module",
        ScopeKind::Class => "class",
        ScopeKind::Function | ScopeKind::Annotation => "function",
    };
    let nested = if scope.nested { " nested" } else { "" };
    let _ = writeln!(
        out,
        "{indent}{kind} {} {}{nested}",
        scope.name,
        scope.lineno()
    );
    let mut symbols: Vec<_> = scope.symbols().iter().collect();
    symbols.sort_by(|a, b| a.name.cmp(&b.name));
    // `symtable.py` treats any table named "top" as the module when answering is_global /
    // is_local, a class or function called `top` included.
    let module_scope = &*scope.name == "top";
    for sym in symbols {
        let f = sym.flags;
        let s = sym.scope;
        let bound_at_module = module_scope && f & DEF_BOUND != 0;
        let namespace = scope
            .children
            .iter()
            .any(|&c| table.scope(c).name == sym.name);
        let props = [
            ("referenced", f & USE != 0),
            ("imported", f & DEF_IMPORT != 0),
            ("parameter", f & DEF_PARAM != 0),
            (
                "global",
                matches!(s, SymbolScope::GlobalImplicit | SymbolScope::GlobalExplicit)
                    || bound_at_module,
            ),
            ("declared_global", s == SymbolScope::GlobalExplicit),
            (
                "local",
                matches!(s, SymbolScope::Local | SymbolScope::Cell) || bound_at_module,
            ),
            ("annotated", f & DEF_ANNOT != 0),
            ("free", s == SymbolScope::Free),
            ("assigned", f & DEF_LOCAL != 0),
            ("namespace", namespace),
            ("nonlocal", f & DEF_NONLOCAL != 0),
        ];
        let _ = write!(out, "{indent}  {}:", sym.name);
        for (name, on) in props {
            if on {
                let _ = write!(out, " {name}");
            }
        }
        out.push('\n');
    }
}

/// One line per scope (the module included): `NAME cells=A,B frees=C`, with the scope named
/// as its code object is (`<module>`, `<lambda>`, `<listcomp>`, ...), in scope order. What
/// `tools/symtable-codevars` compares with `co_cellvars` / `co_freevars`.
pub fn code_vars(table: &SymbolTable) -> String {
    let mut out = String::new();
    for scope in &table.scopes {
        if scope.kind == ScopeKind::Annotation {
            continue;
        }
        let name = match (&*scope.name, scope.kind, scope.comprehension) {
            (_, ScopeKind::Module, _) => "<module>".to_string(),
            ("lambda", ScopeKind::Function, None) => "<lambda>".to_string(),
            (n, _, Some(_)) => format!("<{n}>"),
            (n, _, None) => n.to_string(),
        };
        let _ = writeln!(
            out,
            "{name} cells={} frees={}",
            scope.cellvars().join(","),
            scope.freevars().join(",")
        );
    }
    out
}
