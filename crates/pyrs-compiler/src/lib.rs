//! pyrs-compiler: from a `pyrs_parser` AST to code objects the VM runs.
//!
//! See `docs/compiler.md`. The first pass is [`symtable`]: CPython 3.11's scope analysis
//! (<https://docs.python.org/3.11/reference/executionmodel.html#naming-and-binding>); then
//! code generation produces [`code::CodeObject`]s made of [`bytecode::Instr`]s.

pub mod bytecode;
pub mod code;
pub mod codegen;
pub mod dis;
pub mod future;
pub mod marshal;
pub mod symtable;

pub use symtable::{
    build, build_with, ErrorKind, Limits, Scope, ScopeId, ScopeKind, Symbol, SymbolScope,
    SymbolTable, SymtableError,
};

pub use codegen::{compile, compile_with, Mode};
