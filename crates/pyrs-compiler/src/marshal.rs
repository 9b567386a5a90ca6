//! Code objects to bytes and back: the payload of the bytecode cache (`__pycache__`).
//!
//! The format is ours (CPython's marshal is not needed: only pyrs reads these). A code object
//! is its fields in declaration order; integers are LEB128 varints, strings a length and UTF-8
//! bytes, instructions an opcode number ([`Instr::opcode`]) and the operand when it has one.
//! The file name is not stored: the loader passes the path the source was found at, as
//! CPython fixes up `co_filename` of a cached module. [`load`] never panics on bad input and
//! checks what it read with [`crate::codegen::verify`], so a damaged payload is refused
//! rather than run. Change [`FORMAT`] whenever what is stored, or what code generation
//! produces for the same source, changes.

use crate::bytecode::{Instr, OPCODE_NAMES};
use crate::code::{CodeObject, Const, ExceptionEntry, Location};
use num_bigint::BigInt;
use std::rc::Rc;

/// The version of this format (and of the code generator's output it stores).
pub const FORMAT: u32 = 1;

/// A fingerprint of the opcode list and [`FORMAT`]: caches written by a pyrs whose
/// instructions differ are refused.
pub fn fingerprint() -> u64 {
    let mut h = Fnv::new();
    h.write(&FORMAT.to_le_bytes());
    for name in OPCODE_NAMES {
        h.write(name.as_bytes());
        h.write(b";");
    }
    h.finish()
}

/// FNV-1a, 64 bits: the checksum of cache payloads (stable across builds, unlike `ahash`).
pub struct Fnv(u64);

impl Fnv {
    pub fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    pub fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    pub fn finish(&self) -> u64 {
        self.0
    }
}

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv::new()
    }
}

/// The bytes of `code` (and of the code objects among its constants).
pub fn dump(code: &CodeObject) -> Vec<u8> {
    let mut w = Writer(Vec::with_capacity(256 + code.instrs.len() * 8));
    w.code(code);
    w.0
}

/// The code object `bytes` hold, its file name (and its nested ones') set to `filename`; None
/// when the bytes are not a complete, well-formed code object of this format.
pub fn load(bytes: &[u8], filename: &str) -> Option<Rc<CodeObject>> {
    let mut r = Reader {
        bytes,
        pos: 0,
        filename: Rc::from(filename),
        depth: 0,
    };
    let code = r.code()?;
    if r.pos != bytes.len() {
        return None;
    }
    crate::codegen::verify(&code).ok()?;
    Some(code)
}

struct Writer(Vec<u8>);

impl Writer {
    fn uint(&mut self, mut v: u64) {
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.0.push(byte);
                return;
            }
            self.0.push(byte | 0x80);
        }
    }

    fn int(&mut self, v: i64) {
        self.uint(((v << 1) ^ (v >> 63)) as u64);
    }

    fn bytes(&mut self, b: &[u8]) {
        self.uint(b.len() as u64);
        self.0.extend_from_slice(b);
    }

    fn strs(&mut self, v: &[Rc<str>]) {
        self.uint(v.len() as u64);
        for s in v {
            self.bytes(s.as_bytes());
        }
    }

    fn code(&mut self, c: &CodeObject) {
        self.bytes(c.name.as_bytes());
        self.bytes(c.qualname.as_bytes());
        for v in [
            c.firstlineno,
            c.argcount,
            c.posonlyargcount,
            c.kwonlyargcount,
            c.flags,
            c.stacksize,
        ] {
            self.uint(v.into());
        }
        self.uint(c.instrs.len() as u64);
        for i in &c.instrs {
            self.0.push(i.opcode());
            if let Some(arg) = i.arg() {
                self.uint(arg.into());
            }
        }
        // Lines as differences from the previous instruction's: most are 0.
        let mut line = i64::from(c.firstlineno);
        for l in &c.locations {
            self.int(i64::from(l.line) - line);
            line = i64::from(l.line);
            self.int(i64::from(l.end_line) - line);
            self.uint(l.col.into());
            self.uint(l.end_col.into());
        }
        self.uint(c.consts.len() as u64);
        for k in &c.consts {
            self.constant(k);
        }
        self.strs(&c.names);
        self.strs(&c.varnames);
        self.strs(&c.cellvars);
        self.strs(&c.freevars);
        self.uint(c.exception_table.len() as u64);
        for e in &c.exception_table {
            for v in [e.start, e.end, e.target, e.depth] {
                self.uint(v.into());
            }
        }
        match &c.docstring {
            None => self.0.push(0),
            Some(d) => {
                self.0.push(1);
                self.bytes(d.as_bytes());
            }
        }
    }

    fn constant(&mut self, k: &Const) {
        match k {
            Const::None => self.0.push(0),
            Const::Bool(b) => self.0.push(1 + u8::from(*b)),
            Const::Ellipsis => self.0.push(3),
            Const::Int(i) => {
                self.0.push(4);
                self.int(*i);
            }
            Const::BigInt(b) => {
                self.0.push(5);
                self.bytes(&b.to_signed_bytes_le());
            }
            Const::Float(f) => {
                self.0.push(6);
                self.0.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            Const::Complex { real, imag } => {
                self.0.push(7);
                self.0.extend_from_slice(&real.to_bits().to_le_bytes());
                self.0.extend_from_slice(&imag.to_bits().to_le_bytes());
            }
            Const::Str(s) => {
                self.0.push(8);
                self.bytes(s.as_bytes());
            }
            Const::SurrogateStr(b) => {
                self.0.push(9);
                self.bytes(b);
            }
            Const::Bytes(b) => {
                self.0.push(10);
                self.bytes(b);
            }
            Const::Tuple(items) | Const::FrozenSet(items) => {
                self.0
                    .push(if matches!(k, Const::Tuple(_)) { 11 } else { 12 });
                self.uint(items.len() as u64);
                for item in items.iter() {
                    self.constant(item);
                }
            }
            Const::Code(c) => {
                self.0.push(13);
                self.code(c);
            }
        }
    }
}

/// How deeply constants and code objects may nest in a payload (deeper is refused, so a
/// hostile file cannot exhaust the Rust stack).
const MAX_DEPTH: u32 = 200;

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    filename: Rc<str>,
    depth: u32,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let end = self.pos.checked_add(n)?;
        let s = self.bytes.get(self.pos..end)?;
        self.pos = end;
        Some(s)
    }

    fn uint(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }

    fn u32(&mut self) -> Option<u32> {
        u32::try_from(self.uint()?).ok()
    }

    fn int(&mut self) -> Option<i64> {
        let v = self.uint()?;
        Some((v >> 1) as i64 ^ -((v & 1) as i64))
    }

    /// A count of items that each take at least one byte (so a bogus huge count fails
    /// before anything is allocated for it).
    fn len(&mut self) -> Option<usize> {
        let n = usize::try_from(self.uint()?).ok()?;
        (n <= self.bytes.len() - self.pos).then_some(n)
    }

    fn bytes(&mut self) -> Option<&[u8]> {
        let n = self.len()?;
        self.take(n)
    }

    fn str(&mut self) -> Option<Rc<str>> {
        std::str::from_utf8(self.bytes()?).ok().map(Rc::from)
    }

    fn strs(&mut self) -> Option<Vec<Rc<str>>> {
        let n = self.len()?;
        (0..n).map(|_| self.str()).collect()
    }

    fn f64(&mut self) -> Option<f64> {
        let b = self.take(8)?;
        Some(f64::from_bits(u64::from_le_bytes(b.try_into().ok()?)))
    }

    fn code(&mut self) -> Option<Rc<CodeObject>> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let name = self.str()?;
        let qualname = self.str()?;
        let mut v = [0u32; 6];
        for x in &mut v {
            *x = self.u32()?;
        }
        let [firstlineno, argcount, posonlyargcount, kwonlyargcount, flags, stacksize] = v;
        let n = self.len()?;
        let mut instrs = Vec::with_capacity(n);
        for _ in 0..n {
            let op = self.byte()?;
            let mut i = Instr::from_opcode(op, 0)?;
            if i.arg().is_some() {
                i = Instr::from_opcode(op, self.u32()?)?;
            }
            instrs.push(i);
        }
        let mut locations = Vec::with_capacity(n);
        let mut line = i64::from(firstlineno);
        for _ in 0..n {
            line = line.checked_add(self.int()?)?;
            let end_line = line.checked_add(self.int()?)?;
            locations.push(Location {
                line: u32::try_from(line).ok()?,
                end_line: u32::try_from(end_line).ok()?,
                col: self.u32()?,
                end_col: self.u32()?,
            });
        }
        let nconsts = self.len()?;
        let consts = (0..nconsts)
            .map(|_| self.constant())
            .collect::<Option<Vec<_>>>()?;
        let names = self.strs()?;
        let varnames = self.strs()?;
        let cellvars = self.strs()?;
        let freevars = self.strs()?;
        let nexc = self.len()?;
        let mut exception_table = Vec::with_capacity(nexc);
        for _ in 0..nexc {
            exception_table.push(ExceptionEntry {
                start: self.u32()?,
                end: self.u32()?,
                target: self.u32()?,
                depth: self.u32()?,
            });
        }
        let docstring = match self.byte()? {
            0 => None,
            1 => Some(self.str()?),
            _ => return None,
        };
        self.depth -= 1;
        Some(Rc::new(CodeObject {
            name,
            qualname,
            filename: self.filename.clone(),
            firstlineno,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            instrs,
            locations,
            consts,
            names,
            varnames,
            cellvars,
            freevars,
            exception_table,
            stacksize,
            docstring,
        }))
    }

    fn constant(&mut self) -> Option<Const> {
        Some(match self.byte()? {
            0 => Const::None,
            1 => Const::Bool(false),
            2 => Const::Bool(true),
            3 => Const::Ellipsis,
            4 => Const::Int(self.int()?),
            5 => Const::BigInt(Rc::new(BigInt::from_signed_bytes_le(self.bytes()?))),
            6 => Const::Float(self.f64()?),
            7 => Const::Complex {
                real: self.f64()?,
                imag: self.f64()?,
            },
            8 => Const::Str(self.str()?),
            9 => Const::SurrogateStr(Rc::from(self.bytes()?)),
            10 => Const::Bytes(Rc::from(self.bytes()?)),
            tag @ (11 | 12) => {
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return None;
                }
                let n = self.len()?;
                let items: Rc<[Const]> = (0..n)
                    .map(|_| self.constant())
                    .collect::<Option<Vec<_>>>()?
                    .into();
                self.depth -= 1;
                if tag == 11 {
                    Const::Tuple(items)
                } else {
                    Const::FrozenSet(items)
                }
            }
            13 => Const::Code(self.code()?),
            _ => return None,
        })
    }
}
