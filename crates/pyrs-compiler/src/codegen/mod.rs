//! Code generation: from the AST and its symbol table to [`CodeObject`]s (see `docs/compiler.md`).
//!
//! One [`Compiler`] walks a module; each scope (module, class body, function, lambda,
//! comprehension) is compiled into its own [`Unit`], turned into a code object by
//! [`assemble`] when the scope ends. Jumps are emitted with [`Label`] operands and resolved
//! at assembly; every instruction records the exception handler in effect when it was
//! emitted, which assembly compresses into the exception table.

mod assemble;
pub use assemble::verify;
mod call;
mod class;
mod comprehension;
mod exceptions;
mod expr;
mod fold;
mod function;
mod pattern;
mod stmt;

use crate::bytecode::Instr;
use crate::code::{Const, Location};
use crate::symtable::{self, mangle, Limits, ScopeId, ScopeKind, SymbolScope, SymbolTable};
use crate::SymtableError;
use pyrs_parser::ast::{Constant, Expr, ExprKind, Mod, Range, Stmt, StmtKind};
use pyrs_parser::{ErrorClass, SyntaxError};
use std::collections::HashMap;
use std::rc::Rc;

pub use crate::code::CodeObject;

/// What the source is compiled as (`compile()`'s mode argument).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: statements; the code returns None.
    Exec,
    /// One expression: the code returns its value.
    Eval,
    /// One interactive statement: expression statements print their value (`PrintExpr`).
    Single,
}

/// CPython's `STACK_USE_GUIDELINE`: past this many items, displays and calls are built in
/// pieces rather than all on the stack.
pub(crate) const STACK_USE_GUIDELINE: usize = 30;

/// Compiles a parsed module to its code object.
///
/// `source` is the text the module was parsed from (for the `text` of SyntaxErrors and the
/// strings of annotations under `from __future__ import annotations`). `optimize` is
/// `-O`'s level: 1 drops asserts and makes `__debug__` false, 2 also drops docstrings.
pub fn compile(
    module: &Mod,
    source: &str,
    filename: &str,
    mode: Mode,
    optimize: u8,
) -> Result<Rc<CodeObject>, SyntaxError> {
    compile_with(module, source, filename, mode, optimize, Limits::default())
}

/// [`compile`] with explicit recursion [`Limits`] for the symbol-table pass.
pub fn compile_with(
    module: &Mod,
    source: &str,
    filename: &str,
    mode: Mode,
    optimize: u8,
    limits: Limits,
) -> Result<Rc<CodeObject>, SyntaxError> {
    let table =
        symtable::build_with(module, limits).map_err(|e| symtable_error(e, source, filename))?;
    let mut c = Compiler::new(&table, source, filename, optimize);
    c.compile_mod(module, mode)
        .map_err(|e| e.into_syntax_error(source, filename))
}

/// Converts an error of the symbol-table phase into the SyntaxError Python sees.
pub fn symtable_error(e: SymtableError, source: &str, filename: &str) -> SyntaxError {
    let class = match e.kind {
        crate::ErrorKind::SyntaxError => ErrorClass::SyntaxError,
        // The caller distinguishes RecursionError by its message; there is no position.
        crate::ErrorKind::RecursionError => ErrorClass::SyntaxError,
    };
    if e.kind == crate::ErrorKind::RecursionError {
        return SyntaxError {
            class,
            msg: e.msg,
            filename: filename.into(),
            lineno: None,
            offset: None,
            end_lineno: None,
            end_offset: None,
            text: None,
        };
    }
    SyntaxError {
        class,
        msg: e.msg,
        filename: filename.into(),
        lineno: Some(e.lineno),
        offset: i32::try_from(e.offset).ok(),
        end_lineno: Some(e.end_lineno),
        end_offset: e.end_offset.and_then(|o| i32::try_from(o).ok()),
        text: source_line(source, e.lineno),
    }
}

/// Line `lineno` (1-based) of the source, without its newline.
pub(crate) fn source_line(source: &str, lineno: u32) -> Option<String> {
    let idx = usize::try_from(lineno).ok()?.checked_sub(1)?;
    source
        .split_inclusive('\n')
        .nth(idx)
        .map(|l| l.trim_end_matches(['\n', '\r']).to_string())
}

/// An error found while generating code: CPython's `compiler_error` (1-based byte offsets).
#[derive(Clone, Debug)]
pub(crate) struct CompileError {
    msg: String,
    range: Range,
}

impl CompileError {
    #[cold]
    pub(crate) fn new(msg: impl Into<String>, range: Range) -> Self {
        CompileError {
            msg: msg.into(),
            range,
        }
    }

    fn into_syntax_error(self, source: &str, filename: &str) -> SyntaxError {
        let r = self.range;
        SyntaxError {
            class: ErrorClass::SyntaxError,
            msg: self.msg,
            filename: filename.into(),
            lineno: Some(r.start.line),
            offset: i32::try_from(r.start.col).ok().map(|c| c + 1),
            end_lineno: Some(r.end.line),
            end_offset: i32::try_from(r.end.col).ok().map(|c| c + 1),
            text: source_line(source, r.start.line),
        }
    }
}

pub(crate) type CResult<T = ()> = Result<T, CompileError>;

/// A jump target, resolved to an instruction index at assembly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(pub(crate) u32);

/// The exception handler in effect for an instruction: where to go and the stack depth to
/// cut to before pushing the exception.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Handler {
    pub(crate) label: Label,
    pub(crate) depth: u32,
}

/// A block of the frame that `return`, `break` and `continue` must unwind (CPython's
/// "fblock").
#[derive(Clone, Debug)]
pub(crate) enum FBlockKind<'a> {
    WhileLoop {
        start: Label,
        exit: Label,
    },
    ForLoop {
        start: Label,
        exit: Label,
    },
    TryExcept,
    /// The body of a `try` with a `finally`: unwinding runs the final body.
    FinallyTry {
        body: &'a [Stmt],
    },
    /// The final body run for an exception: `prev exc` are on the stack.
    FinallyEnd,
    With {
        range: Range,
        is_async: bool,
    },
    /// An `except` clause's body: `prev` is on the stack; the name to clear.
    HandlerCleanup {
        name: Option<&'a str>,
    },
    /// A value kept on the stack while a final body runs (a `return` value).
    PopValue,
    /// An `except*` clause's body: `break`, `continue` and `return` may not leave it.
    ExceptStarHandler,
}

#[derive(Clone, Debug)]
pub(crate) struct FBlock<'a> {
    pub(crate) kind: FBlockKind<'a>,
    /// The handler stack length to restore while this block's cleanup is emitted.
    pub(crate) handlers_len: usize,
    /// Stack items this block holds below the statements inside it.
    pub(crate) extra: u32,
}

/// What kind of code a unit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// A code object being built.
pub(crate) struct Unit<'a> {
    pub(crate) kind: UnitKind,
    pub(crate) scope: ScopeId,
    pub(crate) name: Rc<str>,
    pub(crate) qualname: Rc<str>,
    pub(crate) firstlineno: u32,
    pub(crate) argcount: u32,
    pub(crate) posonlyargcount: u32,
    pub(crate) kwonlyargcount: u32,
    pub(crate) flags: u32,
    pub(crate) instrs: Vec<Instr>,
    pub(crate) locs: Vec<Location>,
    pub(crate) handlers: Vec<Option<Handler>>,
    /// Instruction index of each label (`u32::MAX` until bound).
    pub(crate) labels: Vec<u32>,
    pub(crate) consts: Vec<Const>,
    pub(crate) names: Vec<Rc<str>>,
    names_index: HashMap<Rc<str>, u32>,
    pub(crate) varnames: Vec<Rc<str>>,
    pub(crate) cellvars: Vec<Rc<str>>,
    pub(crate) freevars: Vec<Rc<str>>,
    /// The enclosing class name, for mangling.
    pub(crate) private: Option<Rc<str>>,
    pub(crate) fblocks: Vec<FBlock<'a>>,
    pub(crate) handler_stack: Vec<Handler>,
    pub(crate) loc: Location,
    pub(crate) docstring: Option<Rc<str>>,
}

pub(crate) fn loc_of(r: Range) -> Location {
    Location {
        line: r.start.line,
        end_line: r.end.line,
        col: r.start.col,
        end_col: r.end.col,
    }
}

/// The code generator for one module.
pub(crate) struct Compiler<'a> {
    pub(crate) table: &'a SymbolTable,
    pub(crate) source: &'a str,
    pub(crate) filename: Rc<str>,
    pub(crate) optimize: u8,
    pub(crate) interactive: bool,
    pub(crate) unit: Unit<'a>,
    /// The enclosing units, innermost last.
    pub(crate) outer: Vec<Unit<'a>>,
    /// Blocks and handlers saved while `return`/`break`/`continue` unwind them.
    pub(crate) unwind_saved: Vec<(Vec<FBlock<'a>>, Vec<Handler>)>,
}

impl<'a> Compiler<'a> {
    fn new(table: &'a SymbolTable, source: &'a str, filename: &str, optimize: u8) -> Self {
        let unit = Unit::new(UnitKind::Module, 0, "<module>".into(), "<module>".into(), 1);
        Compiler {
            table,
            source,
            filename: filename.into(),
            optimize,
            interactive: false,
            unit,
            outer: Vec::new(),
            unwind_saved: Vec::new(),
        }
    }

    /// `file: [statements] ENDMARKER` / `eval: expressions NEWLINE* ENDMARKER` /
    /// `interactive: statement_newline`.
    fn compile_mod(&mut self, module: &'a Mod, mode: Mode) -> CResult<Rc<CodeObject>> {
        if self.table.future.annotations {
            self.unit.flags |= crate::code::flags::FUTURE_ANNOTATIONS;
        }
        match (module, mode) {
            (Mod::Expression { body }, _) => {
                self.compile_expr(body)?;
                self.emit(Instr::ReturnValue);
            }
            (Mod::Module { body } | Mod::Interactive { body }, _) => {
                self.interactive = mode == Mode::Single;
                if let Some(first) = body.first() {
                    self.set_loc(first.range);
                }
                if stmt::find_ann(body) {
                    self.emit(Instr::SetupAnnotations);
                }
                let mut rest: &[Stmt] = body;
                if !self.interactive {
                    if let Some(doc) = self.docstring_of(body) {
                        if let Some(first) = body.first() {
                            self.set_loc(first.range);
                        }
                        self.unit.docstring = Some(doc.clone());
                        self.load_const(Const::Str(doc));
                        self.store_name_op("__doc__")?;
                        rest = &body[1..];
                    }
                }
                self.compile_body(rest)?;
                self.unit.loc = Location::default();
                if let Some(last) = body.last() {
                    self.set_loc(last.range);
                }
                self.load_const(Const::None);
                self.emit(Instr::ReturnValue);
            }
        }
        let unit = std::mem::replace(
            &mut self.unit,
            Unit::new(UnitKind::Module, 0, "".into(), "".into(), 0),
        );
        assemble::assemble(unit, &self.filename)
    }

    /// The docstring of a body (its first statement, a string constant), unless `-OO`.
    pub(crate) fn docstring_of(&self, body: &[Stmt]) -> Option<Rc<str>> {
        if self.optimize >= 2 {
            return None;
        }
        match &body.first()?.node {
            StmtKind::Expr { value } => match &value.node {
                ExprKind::Constant {
                    value: Constant::Str(s),
                    ..
                } => Some(fold::pystr_to_rc(s)),
                _ => None,
            },
            _ => None,
        }
    }

    // ---- emission ----

    pub(crate) fn set_loc(&mut self, r: Range) {
        self.unit.loc = loc_of(r);
    }

    pub(crate) fn emit(&mut self, i: Instr) {
        let u = &mut self.unit;
        u.instrs.push(i);
        u.locs.push(u.loc);
        u.handlers.push(u.handler_stack.last().copied());
    }

    pub(crate) fn new_label(&mut self) -> Label {
        let u = &mut self.unit;
        u.labels.push(u32::MAX);
        Label(u.labels.len() as u32 - 1)
    }

    pub(crate) fn bind(&mut self, l: Label) {
        let u = &mut self.unit;
        u.labels[l.0 as usize] = u.instrs.len() as u32;
    }

    /// Emits a jump instruction; its operand is the label, resolved at assembly.
    pub(crate) fn jump(&mut self, make: fn(u32) -> Instr, l: Label) {
        self.emit(make(l.0));
    }

    pub(crate) fn push_handler(&mut self, label: Label, depth: u32) {
        self.unit.handler_stack.push(Handler { label, depth });
    }

    pub(crate) fn pop_handler(&mut self) {
        self.unit.handler_stack.pop();
    }

    /// The stack depth under the statement being compiled: what enclosing blocks hold.
    pub(crate) fn base_depth(&self) -> u32 {
        self.unit.fblocks.iter().map(|f| f.extra).sum()
    }

    pub(crate) fn push_fblock(&mut self, kind: FBlockKind<'a>, extra: u32) {
        let handlers_len = self.unit.handler_stack.len();
        self.unit.fblocks.push(FBlock {
            kind,
            handlers_len,
            extra,
        });
    }

    pub(crate) fn push_fblock_at(&mut self, kind: FBlockKind<'a>, extra: u32, handlers_len: usize) {
        self.unit.fblocks.push(FBlock {
            kind,
            handlers_len,
            extra,
        });
    }

    pub(crate) fn pop_fblock(&mut self) {
        self.unit.fblocks.pop();
    }

    // ---- constants and names ----

    /// The index of a constant, added if new (equal constants of the same type share one).
    pub(crate) fn add_const(&mut self, c: Const) -> u32 {
        let u = &mut self.unit;
        if let Some(i) = u.consts.iter().position(|k| fold::const_identical(k, &c)) {
            return i as u32;
        }
        u.consts.push(c);
        u.consts.len() as u32 - 1
    }

    pub(crate) fn load_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Instr::LoadConst(i));
    }

    pub(crate) fn add_name(&mut self, name: &str) -> u32 {
        let u = &mut self.unit;
        if let Some(&i) = u.names_index.get(name) {
            return i;
        }
        let rc: Rc<str> = name.into();
        u.names.push(rc.clone());
        u.names_index.insert(rc, u.names.len() as u32 - 1);
        u.names.len() as u32 - 1
    }

    /// A name mangled for the current class (attribute names, import-as names...).
    pub(crate) fn mangled(&self, name: &str) -> String {
        mangle(self.unit.private.as_deref(), name).into_owned()
    }

    pub(crate) fn add_mangled_name(&mut self, name: &str) -> u32 {
        let m = self.mangled(name);
        self.add_name(&m)
    }

    pub(crate) fn varname_index(&mut self, name: &str) -> u32 {
        let u = &mut self.unit;
        if let Some(i) = u.varnames.iter().position(|v| &**v == name) {
            return i as u32;
        }
        u.varnames.push(name.into());
        u.varnames.len() as u32 - 1
    }

    /// The deref index of a cell or free variable: cellvars first, then freevars.
    pub(crate) fn deref_index(&self, name: &str) -> Option<u32> {
        let u = &self.unit;
        if let Some(i) = u.cellvars.iter().position(|v| &**v == name) {
            return Some(i as u32);
        }
        u.freevars
            .iter()
            .position(|v| &**v == name)
            .map(|i| (i + u.cellvars.len()) as u32)
    }

    pub(crate) fn is_function_like(&self) -> bool {
        matches!(
            self.unit.kind,
            UnitKind::Function
                | UnitKind::AsyncFunction
                | UnitKind::Lambda
                | UnitKind::Comprehension
        )
    }

    /// Loads, stores or deletes a variable (CPython's `compiler_nameop`).
    pub(crate) fn name_op(&mut self, name: &str, ctx: NameCtx) -> CResult {
        let mangled = self.mangled(name);
        let scope = self.table.scope(self.unit.scope);
        let sym_scope = scope
            .lookup(&mangled)
            .map_or(SymbolScope::GlobalImplicit, |s| s.scope);
        let in_class = scope.kind == ScopeKind::Class;
        let func = self.is_function_like();
        #[derive(PartialEq)]
        enum Op {
            Fast,
            Deref,
            Global,
            Name,
        }
        let op = match sym_scope {
            SymbolScope::Free | SymbolScope::Cell => Op::Deref,
            SymbolScope::Local if func => Op::Fast,
            SymbolScope::GlobalImplicit if func => Op::Global,
            SymbolScope::GlobalExplicit => Op::Global,
            _ => Op::Name,
        };
        let op = if op == Op::Deref && self.deref_index(&mangled).is_none() {
            // Not a cell of this code (cannot happen with a consistent table).
            Op::Name
        } else {
            op
        };
        let instr = match op {
            Op::Deref => {
                let i = self.deref_index(&mangled).unwrap_or(0);
                match ctx {
                    NameCtx::Load if in_class => Instr::LoadClassDeref(i),
                    NameCtx::Load => Instr::LoadDeref(i),
                    NameCtx::Store => Instr::StoreDeref(i),
                    NameCtx::Del => Instr::DeleteDeref(i),
                }
            }
            Op::Fast => {
                let i = self.varname_index(&mangled);
                match ctx {
                    NameCtx::Load => Instr::LoadFast(i),
                    NameCtx::Store => Instr::StoreFast(i),
                    NameCtx::Del => Instr::DeleteFast(i),
                }
            }
            Op::Global => {
                let i = self.add_name(&mangled);
                match ctx {
                    NameCtx::Load => Instr::LoadGlobal(i),
                    NameCtx::Store => Instr::StoreGlobal(i),
                    NameCtx::Del => Instr::DeleteGlobal(i),
                }
            }
            Op::Name => {
                let i = self.add_name(&mangled);
                match ctx {
                    NameCtx::Load => Instr::LoadName(i),
                    NameCtx::Store => Instr::StoreName(i),
                    NameCtx::Del => Instr::DeleteName(i),
                }
            }
        };
        self.emit(instr);
        Ok(())
    }

    pub(crate) fn store_name_op(&mut self, name: &str) -> CResult {
        self.name_op(name, NameCtx::Store)
    }

    // ---- scopes ----

    /// Starts compiling a nested scope.
    pub(crate) fn enter_scope(
        &mut self,
        kind: UnitKind,
        scope: ScopeId,
        name: &str,
        firstlineno: u32,
    ) {
        let qualname = self.qualname_for(kind, scope, name);
        let mut unit = Unit::new(kind, scope, name.into(), qualname.into(), firstlineno);
        let s = self.table.scope(scope);
        unit.varnames = s.varnames.iter().map(|v| Rc::from(&**v)).collect();
        unit.cellvars = s.cellvars().into_iter().map(Rc::from).collect();
        unit.freevars = s.freevars().into_iter().map(Rc::from).collect();
        unit.private = if kind == UnitKind::Class {
            Some(name.into())
        } else {
            self.unit.private.clone()
        };
        if self.table.future.annotations {
            unit.flags |= crate::code::flags::FUTURE_ANNOTATIONS;
        }
        let parent = std::mem::replace(&mut self.unit, unit);
        self.outer.push(parent);
    }

    /// Ends the current scope, returning its code object.
    pub(crate) fn exit_scope(&mut self) -> CResult<Rc<CodeObject>> {
        let parent = match self.outer.pop() {
            Some(p) => p,
            None => {
                return Err(CompileError::new(
                    "internal compiler error: no scope",
                    Range::default(),
                ))
            }
        };
        let unit = std::mem::replace(&mut self.unit, parent);
        assemble::assemble(unit, &self.filename)
    }

    /// CPython's `compiler_set_qualname`.
    fn qualname_for(&self, kind: UnitKind, _scope: ScopeId, name: &str) -> String {
        let parent = &self.unit;
        if parent.kind == UnitKind::Module {
            return name.to_string();
        }
        if matches!(
            kind,
            UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Class
        ) {
            let mangled = mangle(parent.private.as_deref(), name);
            let pscope = self.table.scope(parent.scope);
            if pscope
                .lookup(&mangled)
                .is_some_and(|s| s.scope == SymbolScope::GlobalExplicit)
            {
                return name.to_string();
            }
        }
        match parent.kind {
            UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Lambda => {
                format!("{}.<locals>.{}", parent.qualname, name)
            }
            _ => format!("{}.{}", parent.qualname, name),
        }
    }

    /// Emits the closure tuple for a nested code object's free variables, if any; returns
    /// whether it did (MakeFunction flag 8).
    pub(crate) fn make_closure(&mut self, code: &CodeObject) -> bool {
        if code.freevars.is_empty() {
            return false;
        }
        for name in &code.freevars {
            let i = self.deref_index(name).unwrap_or(0);
            self.emit(Instr::LoadClosure(i));
        }
        self.emit(Instr::BuildTuple(code.freevars.len() as u32));
        true
    }

    /// Compiles statements in order.
    pub(crate) fn compile_body(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.compile_stmt(s)?;
        }
        Ok(())
    }

    /// `__debug__`'s value.
    pub(crate) fn debug_value(&self) -> bool {
        self.optimize == 0
    }

    /// Raises a compile-time SyntaxError at a node.
    #[cold]
    pub(crate) fn error<T>(&self, msg: impl Into<String>, range: Range) -> CResult<T> {
        Err(CompileError::new(msg, range))
    }

    pub(crate) fn current_scope(&self) -> &'a symtable::Scope {
        self.table.scope(self.unit.scope)
    }
}

/// The three ways a name is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameCtx {
    Load,
    Store,
    Del,
}

impl<'a> Unit<'a> {
    fn new(
        kind: UnitKind,
        scope: ScopeId,
        name: Rc<str>,
        qualname: Rc<str>,
        firstlineno: u32,
    ) -> Self {
        Unit {
            kind,
            scope,
            name,
            qualname,
            firstlineno,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            instrs: Vec::new(),
            locs: Vec::new(),
            handlers: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            names_index: HashMap::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            private: None,
            fblocks: Vec::new(),
            handler_stack: Vec::new(),
            loc: Location::default(),
            docstring: None,
        }
    }
}

/// Whether an expression is a `Starred` node.
pub(crate) fn is_starred(e: &Expr) -> bool {
    matches!(e.node, ExprKind::Starred { .. })
}
