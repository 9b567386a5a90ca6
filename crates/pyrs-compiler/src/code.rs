//! Code objects: what the compiler produces and the VM runs (CPython's `types.CodeType`).

use crate::bytecode::Instr;
use num_bigint::BigInt;
use std::rc::Rc;

/// `co_flags` bits, with CPython's values (programs can read `co_flags`).
pub mod flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// `from __future__ import annotations` was in effect (`CO_FUTURE_ANNOTATIONS`).
    pub const FUTURE_ANNOTATIONS: u32 = 0x100_0000;
}

/// A constant of `co_consts`.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    BigInt(Rc<BigInt>),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(Rc<str>),
    /// A str holding lone surrogates, in generalised UTF-8 (`pyrs_primitives::wtf8`).
    SurrogateStr(Rc<[u8]>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Const]>),
    FrozenSet(Rc<[Const]>),
    Code(Rc<CodeObject>),
}

/// Where an instruction came from: CPython's `co_positions()` (1-based lines, 0-based UTF-8
/// byte columns). `line == 0` means "no position" (CPython's `None`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One exception-table entry: an exception raised by an instruction in `start..end` cuts the
/// value stack to `depth` items, pushes the exception and jumps to `target`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
}

/// A compiled code object.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// `co_name`: the function or class name, `<module>`, `<lambda>`, `<listcomp>`, ...
    pub name: Rc<str>,
    /// `co_qualname`: `C.f.<locals>.g`.
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// A combination of [`flags`].
    pub flags: u32,
    pub instrs: Vec<Instr>,
    /// One entry per instruction.
    pub locations: Vec<Location>,
    pub consts: Vec<Const>,
    /// Names used by the `*Name`, `*Global`, `*Attr`, `LoadMethod` and import instructions.
    pub names: Vec<Rc<str>>,
    /// Fast locals: parameters first (positional-only, positional, keyword-only, `*args`,
    /// `**kwargs`), then the other locals.
    pub varnames: Vec<Rc<str>>,
    /// Locals that nested scopes read through a cell (a parameter among them keeps its
    /// varnames slot too: the VM moves its value into the cell on entry).
    pub cellvars: Vec<Rc<str>>,
    /// Variables of enclosing scopes, read through the function's closure cells.
    pub freevars: Vec<Rc<str>>,
    pub exception_table: Vec<ExceptionEntry>,
    /// The largest value-stack depth the code reaches.
    pub stacksize: u32,
    /// The docstring (also `consts[0]` when present, as in CPython).
    pub docstring: Option<Rc<str>>,
}

impl CodeObject {
    /// The exception-table entry covering instruction `ip`, if any (innermost first: entries
    /// never overlap, see codegen).
    pub fn handler_for(&self, ip: usize) -> Option<&ExceptionEntry> {
        let ip = ip as u32;
        self.exception_table
            .iter()
            .find(|e| e.start <= ip && ip < e.end)
    }

    pub fn is_generator(&self) -> bool {
        self.flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
    }

    /// For each cell variable that is also a parameter, its varnames index.
    pub fn cell_args(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.cellvars.iter().enumerate().filter_map(|(ci, name)| {
            let nargs = self.total_args();
            self.varnames[..nargs.min(self.varnames.len())]
                .iter()
                .position(|v| v == name)
                .map(|vi| (ci, vi))
        })
    }

    /// The number of parameter slots: positional, keyword-only, `*args`, `**kwargs`.
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags & flags::VARARGS != 0 {
            n += 1;
        }
        if self.flags & flags::VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }
}
