//! A disassembler: each code object (and those nested in its constants) as readable text,
//! one instruction per line with its operand's meaning, then the exception table.

use crate::bytecode::{BinOp, CmpOp, Instr, UnaryOp};
use crate::code::{flags, CodeObject, Const};
use pyrs_primitives::strmethods as sm;
use std::fmt::Write;

/// The disassembly of a code object and, after it, of every code object in its constants
/// (depth first, in constant order).
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    let mut stack: Vec<&CodeObject> = vec![code];
    let mut first = true;
    while let Some(c) = stack.pop() {
        if !first {
            out.push('\n');
        }
        first = false;
        disassemble_one(c, &mut out);
        for k in c.consts.iter().rev() {
            if let Const::Code(inner) = k {
                stack.push(inner);
            }
        }
    }
    out
}

/// `co_flags` as names.
pub fn flag_names(f: u32) -> String {
    let names = [
        (flags::OPTIMIZED, "OPTIMIZED"),
        (flags::NEWLOCALS, "NEWLOCALS"),
        (flags::VARARGS, "VARARGS"),
        (flags::VARKEYWORDS, "VARKEYWORDS"),
        (flags::NESTED, "NESTED"),
        (flags::GENERATOR, "GENERATOR"),
        (flags::NOFREE, "NOFREE"),
        (flags::COROUTINE, "COROUTINE"),
        (flags::ITERABLE_COROUTINE, "ITERABLE_COROUTINE"),
        (flags::ASYNC_GENERATOR, "ASYNC_GENERATOR"),
        (flags::FUTURE_ANNOTATIONS, "FUTURE_ANNOTATIONS"),
    ];
    let v: Vec<&str> = names
        .iter()
        .filter(|(b, _)| f & b != 0)
        .map(|(_, n)| *n)
        .collect();
    if v.is_empty() {
        "0".into()
    } else {
        v.join("|")
    }
}

fn list(v: &[std::rc::Rc<str>]) -> String {
    let parts: Vec<&str> = v.iter().map(|s| &**s).collect();
    format!("({})", parts.join(", "))
}

fn disassemble_one(c: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "code {} (qualname {}, line {})",
        c.name, c.qualname, c.firstlineno
    );
    let _ = writeln!(
        out,
        "  flags {}; args {} (posonly {}, kwonly {}); stacksize {}",
        flag_names(c.flags),
        c.argcount,
        c.posonlyargcount,
        c.kwonlyargcount,
        c.stacksize
    );
    let _ = writeln!(
        out,
        "  varnames {}; cellvars {}; freevars {}",
        list(&c.varnames),
        list(&c.cellvars),
        list(&c.freevars)
    );
    if let Some(doc) = &c.docstring {
        let _ = writeln!(out, "  docstring {}", const_repr(&Const::Str(doc.clone())));
    }
    let mut targets = vec![false; c.instrs.len() + 1];
    for ins in &c.instrs {
        if let Some(t) = jump_target(*ins) {
            if let Some(slot) = targets.get_mut(t as usize) {
                *slot = true;
            }
        }
    }
    for e in &c.exception_table {
        if let Some(slot) = targets.get_mut(e.target as usize) {
            *slot = true;
        }
    }
    let mut last_line = u32::MAX;
    for (i, ins) in c.instrs.iter().enumerate() {
        let loc = c.locations.get(i).copied().unwrap_or_default();
        let line = if loc.line != last_line {
            last_line = loc.line;
            if loc.line == 0 {
                "   -".to_string()
            } else {
                format!("{:4}", loc.line)
            }
        } else {
            "    ".to_string()
        };
        let mark = if targets[i] { ">>" } else { "  " };
        let arg = ins.arg().map_or(String::new(), |a| a.to_string());
        let meaning = describe(c, *ins);
        let text = if meaning.is_empty() {
            format!("{} {}", ins.name(), arg)
        } else {
            format!("{} {} ({})", ins.name(), arg, meaning)
        };
        let _ = writeln!(out, "{line} {mark} {i:4} {}", text.trim_end());
    }
    if !c.exception_table.is_empty() {
        let _ = writeln!(out, "  exception table:");
        for e in &c.exception_table {
            let _ = writeln!(
                out,
                "    {} to {} -> {} [{}]",
                e.start,
                e.end.saturating_sub(1),
                e.target,
                e.depth
            );
        }
    }
}

fn jump_target(i: Instr) -> Option<u32> {
    match i {
        Instr::ForIter(t)
        | Instr::Jump(t)
        | Instr::PopJumpIfFalse(t)
        | Instr::PopJumpIfTrue(t)
        | Instr::PopJumpIfNone(t)
        | Instr::PopJumpIfNotNone(t)
        | Instr::JumpIfFalseOrPop(t)
        | Instr::JumpIfTrueOrPop(t)
        | Instr::Send(t) => Some(t),
        _ => None,
    }
}

fn name_at(v: &[std::rc::Rc<str>], i: u32) -> String {
    v.get(i as usize).map_or("?".into(), |s| s.to_string())
}

fn deref_name(c: &CodeObject, i: u32) -> String {
    let i = i as usize;
    if i < c.cellvars.len() {
        c.cellvars[i].to_string()
    } else {
        c.freevars
            .get(i - c.cellvars.len())
            .map_or("?".into(), |s| s.to_string())
    }
}

/// What an instruction's operand means.
fn describe(c: &CodeObject, ins: Instr) -> String {
    match ins {
        Instr::LoadConst(i) => c.consts.get(i as usize).map_or("?".into(), const_repr),
        Instr::LoadFast(i) | Instr::StoreFast(i) | Instr::DeleteFast(i) => name_at(&c.varnames, i),
        Instr::LoadDeref(i)
        | Instr::StoreDeref(i)
        | Instr::DeleteDeref(i)
        | Instr::LoadClosure(i)
        | Instr::LoadClassDeref(i) => deref_name(c, i),
        Instr::LoadName(i)
        | Instr::StoreName(i)
        | Instr::DeleteName(i)
        | Instr::LoadGlobal(i)
        | Instr::StoreGlobal(i)
        | Instr::DeleteGlobal(i)
        | Instr::LoadAttr(i)
        | Instr::StoreAttr(i)
        | Instr::DeleteAttr(i)
        | Instr::LoadMethod(i)
        | Instr::ImportName(i)
        | Instr::ImportFrom(i) => name_at(&c.names, i),
        Instr::BinaryOp(op) => BinOp::from_arg(op).map_or("?".into(), |o| o.symbol().into()),
        Instr::UnaryOp(op) => UnaryOp::from_arg(op).map_or("?".into(), |o| o.symbol().into()),
        Instr::CompareOp(op) => CmpOp::from_arg(op).map_or("?".into(), |o| o.symbol().into()),
        Instr::IsOp(inv) => if inv == 1 { "is not" } else { "is" }.into(),
        Instr::ContainsOp(inv) => if inv == 1 { "not in" } else { "in" }.into(),
        Instr::UnpackEx(arg) => format!("{} before, {} after", arg & 0xFF, arg >> 8),
        Instr::FormatValue(f) => {
            let conv = ["", "str", "repr", "ascii"][(f & 3) as usize];
            match (conv.is_empty(), f & 4 != 0) {
                (true, false) => String::new(),
                (true, true) => "with format".into(),
                (false, false) => conv.into(),
                (false, true) => format!("{conv}, with format"),
            }
        }
        Instr::MakeFunction(f) => {
            let mut v = Vec::new();
            for (b, n) in [
                (1, "defaults"),
                (2, "kwdefaults"),
                (4, "annotations"),
                (8, "closure"),
            ] {
                if f & b != 0 {
                    v.push(n);
                }
            }
            v.join(", ")
        }
        Instr::ForIter(t)
        | Instr::Jump(t)
        | Instr::PopJumpIfFalse(t)
        | Instr::PopJumpIfTrue(t)
        | Instr::PopJumpIfNone(t)
        | Instr::PopJumpIfNotNone(t)
        | Instr::JumpIfFalseOrPop(t)
        | Instr::JumpIfTrueOrPop(t)
        | Instr::Send(t) => format!("to {t}"),
        _ => String::new(),
    }
}

fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    let s = format!("{f:?}");
    if s.contains('e') || s.contains('.') {
        s
    } else {
        format!("{s}.0")
    }
}

/// A constant as Python's `repr` writes it (code objects by name).
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(b) => if *b { "True" } else { "False" }.into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(b) => b.to_string(),
        Const::Float(f) => float_repr(*f),
        Const::Complex { real, imag } => {
            let im = float_repr(*imag);
            let im = im.strip_suffix(".0").unwrap_or(&im).to_string();
            if *real == 0.0 && real.is_sign_positive() {
                format!("{im}j")
            } else {
                let re = float_repr(*real);
                let re = re.strip_suffix(".0").unwrap_or(&re).to_string();
                let sign = if *imag >= 0.0 || imag.is_nan() {
                    "+"
                } else {
                    ""
                };
                format!("({re}{sign}{im}j)")
            }
        }
        Const::Str(s) => sm::str_repr(s),
        Const::SurrogateStr(s) => sm::str_repr_wtf8(s),
        Const::Bytes(b) => {
            let mut out = String::from("b'");
            for &x in b.iter() {
                match x {
                    b'\\' => out.push_str("\\\\"),
                    b'\'' => out.push_str("\\'"),
                    b'\n' => out.push_str("\\n"),
                    b'\r' => out.push_str("\\r"),
                    b'\t' => out.push_str("\\t"),
                    0x20..=0x7e => out.push(x as char),
                    _ => {
                        let _ = write!(out, "\\x{x:02x}");
                    }
                }
            }
            out.push('\'');
            out
        }
        Const::Tuple(t) => {
            let items: Vec<String> = t.iter().map(const_repr).collect();
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        Const::FrozenSet(t) => {
            let items: Vec<String> = t.iter().map(const_repr).collect();
            if items.is_empty() {
                "frozenset()".into()
            } else {
                format!("frozenset({{{}}})", items.join(", "))
            }
        }
        Const::Code(code) => format!("<code {}, line {}>", code.qualname, code.firstlineno),
    }
}
