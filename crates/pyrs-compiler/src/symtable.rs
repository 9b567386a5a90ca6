//! Symbol tables: which scope each name of a program belongs to, as CPython 3.11 decides it
//! (<https://docs.python.org/3.11/reference/executionmodel.html#resolution-of-names>).
//!
//! [`build`] walks a module's AST once ([`visit`]) and records, for every scope (the module, each
//! class, each function, lambda and comprehension), the names it binds, uses and declares, as
//! [`flags`]. A second pass ([`analyze`]) resolves each name to a [`SymbolScope`]: local, cell,
//! free, explicit or implicit global. Both passes raise CPython's SyntaxErrors of this phase.
//!
//! The result is a [`SymbolTable`]: an arena of [`Scope`]s numbered in the order they were
//! entered ([`ScopeId`] 0 is the module), each with its children in order. The code generator
//! finds the scope of a `def`, `class`, `lambda` or comprehension node with
//! [`SymbolTable::scope_of_stmt`] / [`SymbolTable::scope_of_expr`] (keyed by the node's address,
//! so the AST must not move between `build` and code generation), then asks
//! [`Scope::lookup`] with the *mangled* name ([`mangle`]) for each name it compiles.

mod analyze;
pub mod dump;
mod hash;
mod visit;

use crate::future::{self, Features};
use hash::NameMap;
use pyrs_parser::ast::{Expr, Mod, Range, Stmt};
use std::borrow::Cow;
use std::collections::HashMap;

/// What a scope has seen a name do, as bits (CPython's `DEF_*` flags, same values).
pub mod flags {
    /// Declared `global` (or bound by a walrus in a comprehension at module level).
    pub const DEF_GLOBAL: u16 = 1;
    /// Bound here: assignment, augmented assignment, `for`/`with`/`except` targets, `del`,
    /// `def`/`class` names, walrus targets, match captures.
    pub const DEF_LOCAL: u16 = 2;
    /// A parameter (including `.0` of a comprehension).
    pub const DEF_PARAM: u16 = 4;
    /// Declared `nonlocal` (or a walrus target inside a comprehension in a function).
    pub const DEF_NONLOCAL: u16 = 8;
    /// Read here.
    pub const USE: u16 = 16;
    /// Free in a nested scope (kept for CPython parity; not set by this pass).
    pub const DEF_FREE: u16 = 32;
    /// Bound in a class body and also free in one of its methods.
    pub const DEF_FREE_CLASS: u16 = 64;
    /// Bound by `import`.
    pub const DEF_IMPORT: u16 = 128;
    /// Annotated (`x: int`) with a simple name target.
    pub const DEF_ANNOT: u16 = 256;
    /// A comprehension's iteration variable.
    pub const DEF_COMP_ITER: u16 = 512;
    /// Any binding.
    pub const DEF_BOUND: u16 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
}

/// Where a name lives at run time, once analysed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SymbolScope {
    /// Not resolved (only before analysis).
    #[default]
    Unresolved,
    /// A local variable (fast local in a function, a namespace entry elsewhere).
    Local,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound in any enclosing function: looked up in globals, then builtins.
    GlobalImplicit,
    /// Bound in an enclosing function: read through a cell.
    Free,
    /// Local here and free in a nested scope: stored in a cell.
    Cell,
}

/// A name as one scope sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    /// The name after mangling.
    pub name: Box<str>,
    /// A combination of [`flags`].
    pub flags: u16,
    pub scope: SymbolScope,
}

impl Symbol {
    pub fn has(&self, flag: u16) -> bool {
        self.flags & flag != 0
    }
}

/// The kind of a scope (CPython's block types).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    /// `def`, `async def`, `lambda` and comprehensions.
    Function,
    /// The throw-away scope of an annotation under `from __future__ import annotations`:
    /// never a child of anything, never analysed.
    Annotation,
}

/// Which comprehension a function-like scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

/// Index of a scope in [`SymbolTable::scopes`], in the order scopes were entered.
pub type ScopeId = usize;

/// One scope: its symbols in first-seen order, its children in order, and what the code
/// generator needs to know about it.
#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// `top`, the function or class name (unmangled), `lambda`, `listcomp`, `setcomp`,
    /// `dictcomp`, `genexpr`, `_annotation`.
    pub name: Box<str>,
    /// The node's range; the module's is all zeros (CPython's lineno 0).
    pub range: Range,
    pub parent: Option<ScopeId>,
    pub children: Vec<ScopeId>,
    symbols: Vec<Symbol>,
    index: NameMap<usize>,
    /// Parameter names in CPython's order: positional-only, positional, keyword-only, `*args`,
    /// `**kwargs` (the start of `co_varnames`).
    pub varnames: Vec<Box<str>>,
    pub comprehension: Option<ComprehensionKind>,
    /// Inside a function (directly or not).
    pub nested: bool,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    pub returns_value: bool,
    /// Some name of this scope is free.
    pub has_free: bool,
    /// Some nested scope has free names.
    pub child_free: bool,
    /// A class whose methods use `__class__` (or `super`): the class body creates the cell.
    pub needs_class_closure: bool,
    /// `global`/`nonlocal` declarations (mangled name, statement range), for error positions.
    directives: Vec<(Box<str>, Range)>,
    comp_iter_target: bool,
    comp_iter_expr: u32,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, range: Range, parent: Option<ScopeId>) -> Self {
        Scope {
            kind,
            name: name.into(),
            range,
            parent,
            children: Vec::new(),
            symbols: Vec::new(),
            index: NameMap::default(),
            varnames: Vec::new(),
            comprehension: None,
            nested: false,
            is_generator: false,
            is_coroutine: false,
            has_varargs: false,
            has_varkeywords: false,
            returns_value: false,
            has_free: false,
            child_free: false,
            needs_class_closure: false,
            directives: Vec::new(),
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    /// The symbol for an already mangled name.
    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    /// Every symbol, in the order the names were first seen.
    pub fn symbols(&self) -> &[Symbol] {
        &self.symbols
    }

    /// The names stored in cells this scope creates, sorted (the code object's `co_cellvars`
    /// as a set): CELL symbols, and `__class__` for a class whose methods need it.
    pub fn cellvars(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self
            .symbols
            .iter()
            .filter(|s| s.scope == SymbolScope::Cell)
            .map(|s| &*s.name)
            .collect();
        if self.needs_class_closure {
            names.push("__class__");
        }
        names.sort_unstable();
        names
    }

    /// The names this scope receives as cells from its closure, sorted (`co_freevars`): FREE
    /// symbols, and class-body names that a method also has free.
    pub fn freevars(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self
            .symbols
            .iter()
            .filter(|s| s.scope == SymbolScope::Free || s.has(flags::DEF_FREE_CLASS))
            .map(|s| &*s.name)
            .collect();
        names.sort_unstable();
        names
    }

    /// CPython's lineno for the scope (0 for the module).
    pub fn lineno(&self) -> u32 {
        self.range.start.line
    }

    fn flags_of(&self, name: &str) -> u16 {
        self.lookup(name).map_or(0, |s| s.flags)
    }

    fn symbol_mut(&mut self, name: &str) -> Option<&mut Symbol> {
        match self.index.get(name) {
            Some(&i) => self.symbols.get_mut(i),
            None => None,
        }
    }

    /// Sets a name's flags, adding the symbol if it is new.
    fn set_flags(&mut self, name: &str, flags: u16) {
        if let Some(sym) = self.symbol_mut(name) {
            sym.flags = flags;
            return;
        }
        self.index.insert(name.into(), self.symbols.len());
        self.symbols.push(Symbol {
            name: name.into(),
            flags,
            scope: SymbolScope::Unresolved,
        });
    }
}

/// Every scope of one module.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    /// The `from __future__` features in effect.
    pub future: Features,
}

impl SymbolTable {
    /// The module scope.
    pub fn root(&self) -> &Scope {
        &self.scopes[0]
    }

    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id]
    }

    /// The scope a `def`, `async def` or `class` statement opens.
    pub fn scope_of_stmt(&self, stmt: &Stmt) -> Option<ScopeId> {
        self.by_node.get(&node_key_stmt(stmt)).copied()
    }

    /// The scope a `lambda` or comprehension expression opens.
    pub fn scope_of_expr(&self, expr: &Expr) -> Option<ScopeId> {
        self.by_node.get(&node_key_expr(expr)).copied()
    }
}

fn node_key_stmt(s: &Stmt) -> usize {
    s as *const Stmt as usize
}

fn node_key_expr(e: &Expr) -> usize {
    e as *const Expr as usize
}

/// The exception a [`SymtableError`] stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    /// `RecursionError: maximum recursion depth exceeded during compilation`; it has no
    /// position (the position fields are 0).
    RecursionError,
}

/// An error of the symbol-table phase (or of the `__future__` check that precedes it), with
/// CPython's attributes: 1-based offsets counted in UTF-8 bytes (the AST's columns).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SymtableError {
    pub kind: ErrorKind,
    pub msg: String,
    pub lineno: u32,
    pub offset: i64,
    pub end_lineno: u32,
    /// `None` where CPython leaves it unset (the `__future__` errors).
    pub end_offset: Option<i64>,
}

impl SymtableError {
    /// An error spanning a node: CPython reports its columns plus one.
    #[cold]
    pub(crate) fn new(msg: String, range: Range) -> Self {
        SymtableError {
            kind: ErrorKind::SyntaxError,
            msg,
            lineno: range.start.line,
            offset: i64::from(range.start.col) + 1,
            end_lineno: range.end.line,
            end_offset: Some(i64::from(range.end.col) + 1),
        }
    }

    /// Nesting deeper than [`Limits`] allows.
    #[cold]
    pub(crate) fn recursion() -> Self {
        SymtableError {
            kind: ErrorKind::RecursionError,
            msg: "maximum recursion depth exceeded during compilation".into(),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: None,
        }
    }

    /// An error at a position only, with its offset as given.
    #[cold]
    pub(crate) fn at(msg: String, lineno: u32, offset: i64) -> Self {
        SymtableError {
            kind: ErrorKind::SyntaxError,
            msg,
            lineno,
            offset,
            end_lineno: lineno,
            end_offset: None,
        }
    }
}

/// How deep the walk may go before CPython's RecursionError.
///
/// CPython counts one level per statement, expression and pattern being visited, starting at
/// three times the Python call depth of the code that compiles, and fails beyond three times
/// the recursion limit (`COMPILER_STACK_FRAME_SCALE`). With the defaults (a script compiled
/// before any Python frame runs, limit 1000), `-` may be repeated 2,998 times in an
/// expression statement at module level, and not 2,999.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: u32,
    /// The number of Python frames active when compilation starts.
    pub python_depth: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            recursion_limit: 1000,
            python_depth: 0,
        }
    }
}

impl Limits {
    const SCALE: u32 = 3;

    fn start_depth(self) -> u32 {
        self.python_depth.saturating_mul(Self::SCALE)
    }

    fn max_depth(self) -> u32 {
        self.recursion_limit.saturating_mul(Self::SCALE)
    }
}

/// Builds and analyses the symbol table of a parsed module (any mode), with the default
/// [`Limits`].
pub fn build(module: &Mod) -> Result<SymbolTable, SymtableError> {
    build_with(module, Limits::default())
}

/// Builds and analyses the symbol table of a parsed module (any mode).
///
/// The module's `from __future__` imports are checked first ([`crate::future`]), as CPython
/// does before building its table.
pub fn build_with(module: &Mod, limits: Limits) -> Result<SymbolTable, SymtableError> {
    let features = future::features(module)?;
    let mut table = visit::collect(module, &features, limits)?;
    analyze::analyze(&mut table)?;
    Ok(table)
}

/// CPython's private name mangling: inside `class Name`, `__spam` becomes `_Name__spam`.
///
/// Not mangled: names that do not start with two underscores, names that end with two
/// (`__init__`), dotted names (from `import`), and any name when the class name is only
/// underscores. Leading underscores of the class name are dropped (`class _C` gives `_C__x`).
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> Cow<'n, str> {
    let Some(class) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{stripped}{name}"))
}

#[cfg(test)]
mod tests {
    use super::mangle;

    #[test]
    fn mangling() {
        assert_eq!(mangle(Some("C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("__C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("___"), "__x"), "__x");
        assert_eq!(mangle(Some("C"), "__x__"), "__x__");
        assert_eq!(mangle(Some("C"), "__"), "__");
        assert_eq!(mangle(Some("C"), "__a.b"), "__a.b");
        assert_eq!(mangle(Some("C"), "_x"), "_x");
        assert_eq!(mangle(None, "__x"), "__x");
    }
}
