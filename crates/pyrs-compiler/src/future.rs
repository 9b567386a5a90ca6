//! `from __future__ import ...` at the top of a module: which features are on, and CPython's
//! errors for unknown features (<https://docs.python.org/3.11/reference/simple_stmts.html#future>).
//!
//! Only the leading run of future imports counts (after an optional docstring). A future
//! import after another statement *on the same line* is rejected here, as CPython's
//! `future.c` does; one on a later line is left for the code generator to reject.

use crate::symtable::SymtableError;
use pyrs_parser::ast::{Constant, ExprKind, Mod, Stmt, StmtKind};

/// The features a module turned on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Features {
    /// `annotations` (PEP 563): annotations are kept as strings, never evaluated.
    pub annotations: bool,
    /// `barry_as_FLUFL`: `<>` is the inequality operator.
    pub barry_as_flufl: bool,
    /// The line of the last future import (0 when there is none).
    pub lineno: u32,
}

/// Features that exist in 3.11 and change nothing any more.
const ACCEPTED: [&str; 8] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "generator_stop",
];

const LATE: &str = "from __future__ imports must occur at the beginning of the file";

/// Reads the module's leading future imports.
pub fn features(module: &Mod) -> Result<Features, SymtableError> {
    let mut f = Features::default();
    let body = match module {
        Mod::Module { body } | Mod::Interactive { body } => body,
        Mod::Expression { .. } => return Ok(f),
    };
    let start = usize::from(body.first().is_some_and(is_docstring));
    let mut done = false;
    let mut prev_line = 0;
    for stmt in body.iter().skip(start) {
        if done && stmt.range.start.line > prev_line {
            break;
        }
        prev_line = stmt.range.start.line;
        match &stmt.node {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                ..
            } if &**m == "__future__" => {
                if done {
                    // CPython gives this one the statement's column without adding one.
                    let col = i64::from(stmt.range.start.col);
                    return Err(SymtableError::at(LATE.into(), stmt.range.start.line, col));
                }
                for alias in names {
                    match &*alias.name {
                        "annotations" => f.annotations = true,
                        "barry_as_FLUFL" => f.barry_as_flufl = true,
                        "braces" => return Err(not_defined("not a chance".into(), stmt)),
                        name if ACCEPTED.contains(&name) => {}
                        name => {
                            let msg = format!("future feature {name} is not defined");
                            return Err(not_defined(msg, stmt));
                        }
                    }
                }
                f.lineno = stmt.range.start.line;
            }
            _ => done = true,
        }
    }
    Ok(f)
}

/// A first statement that is a string constant.
fn is_docstring(stmt: &Stmt) -> bool {
    matches!(&stmt.node, StmtKind::Expr { value } if matches!(
        &value.node,
        ExprKind::Constant { value: Constant::Str(_), .. }
    ))
}

/// An unknown feature, placed at the statement (column plus one).
#[cold]
fn not_defined(msg: String, stmt: &Stmt) -> SymtableError {
    SymtableError::at(
        msg,
        stmt.range.start.line,
        i64::from(stmt.range.start.col) + 1,
    )
}
