//! pyrs-compiler: from a `pyrs_parser` AST to what the VM runs; for now the symbol table.
//!
//! See `docs/compiler.md`. The first pass is [`symtable`]: CPython 3.11's scope analysis
//! (<https://docs.python.org/3.11/reference/executionmodel.html#naming-and-binding>).

pub mod future;
pub mod symtable;

pub use symtable::{
    build, build_with, ErrorKind, Limits, Scope, ScopeId, ScopeKind, Symbol, SymbolScope,
    SymbolTable, SymtableError,
};
