//! Assembly: labels to instruction indices, dead code removed, stack depth computed and
//! checked, the exception table built from each instruction's handler.

use super::{CResult, CompileError, Handler, Unit};
use crate::bytecode::Instr;
use crate::code::{CodeObject, ExceptionEntry, Location};
use pyrs_parser::ast::Range;
use std::rc::Rc;

/// The jump target operand of an instruction, if it has one.
pub(crate) fn jump_target(i: Instr) -> Option<u32> {
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

/// The same instruction with another jump target.
pub(crate) fn with_target(i: Instr, t: u32) -> Instr {
    match i {
        Instr::ForIter(_) => Instr::ForIter(t),
        Instr::Jump(_) => Instr::Jump(t),
        Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(t),
        Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(t),
        Instr::PopJumpIfNone(_) => Instr::PopJumpIfNone(t),
        Instr::PopJumpIfNotNone(_) => Instr::PopJumpIfNotNone(t),
        Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(t),
        Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(t),
        Instr::Send(_) => Instr::Send(t),
        other => other,
    }
}

/// Whether control never falls through to the next instruction.
pub(crate) fn is_terminal(i: Instr) -> bool {
    matches!(
        i,
        Instr::Jump(_) | Instr::ReturnValue | Instr::Raise(_) | Instr::Reraise
    )
}

#[cold]
fn internal(msg: &str) -> CompileError {
    CompileError::new(format!("internal compiler error: {msg}"), Range::default())
}

/// Resolved instructions with their per-instruction data.
struct Flat {
    instrs: Vec<Instr>,
    locs: Vec<Location>,
    /// (target index, depth)
    handlers: Vec<Option<(u32, u32)>>,
}

/// The stack depth before each instruction (`None`: unreachable), checking that every path
/// agrees and never goes below zero.
pub fn stack_depths(
    instrs: &[Instr],
    handler_of: &dyn Fn(usize) -> Option<(u32, u32)>,
) -> Result<Vec<Option<u32>>, String> {
    let n = instrs.len();
    let mut depth: Vec<Option<u32>> = vec![None; n];
    // A generator's frame starts with the first sent value pushed (popped by GenStart).
    let start = i64::from(instrs.first() == Some(&Instr::GenStart));
    let mut work: Vec<(usize, i64)> = vec![(0, start)];
    while let Some((i, d)) = work.pop() {
        if i >= n {
            return Err(format!("control falls off the end at {i}"));
        }
        if d < 0 {
            return Err(format!("negative stack depth at {i}"));
        }
        let d32 = d as u32;
        match depth[i] {
            Some(old) if old == d32 => continue,
            Some(old) => {
                return Err(format!(
                    "inconsistent stack depth at {i} ({}): {old} and {d32}",
                    instrs[i].name()
                ))
            }
            None => depth[i] = Some(d32),
        }
        let ins = instrs[i];
        if let Some((t, hd)) = handler_of(i) {
            if hd > d32 {
                return Err(format!("handler depth {hd} above stack depth {d32} at {i}"));
            }
            work.push((t as usize, i64::from(hd) + 1));
        }
        let (fall, jump) = ins.stack_effect();
        if let Some(t) = jump_target(ins) {
            work.push((t as usize, d + i64::from(jump)));
        }
        if !is_terminal(ins) {
            work.push((i + 1, d + i64::from(fall)));
        }
    }
    Ok(depth)
}

/// Keeps the instructions marked in `keep`, remapping jump and handler targets (a removed
/// target moves to the next kept instruction).
fn compact(f: &mut Flat, keep: &[bool]) {
    let n = f.instrs.len();
    let mut new_index = vec![0u32; n + 1];
    let mut k = 0u32;
    for i in 0..n {
        new_index[i] = k;
        if keep[i] {
            k += 1;
        }
    }
    new_index[n] = k;
    let mut out = Flat {
        instrs: Vec::with_capacity(k as usize),
        locs: Vec::with_capacity(k as usize),
        handlers: Vec::with_capacity(k as usize),
    };
    for i in 0..n {
        if !keep[i] {
            continue;
        }
        let ins = f.instrs[i];
        let ins = match jump_target(ins) {
            Some(t) => with_target(ins, new_index[(t as usize).min(n)]),
            None => ins,
        };
        out.instrs.push(ins);
        out.locs.push(f.locs[i]);
        out.handlers
            .push(f.handlers[i].map(|(t, d)| (new_index[(t as usize).min(n)], d)));
    }
    *f = out;
}

/// Turns a finished unit into a code object.
pub(crate) fn assemble(u: Unit<'_>, filename: &Rc<str>) -> CResult<Rc<CodeObject>> {
    let resolve = |l: u32| -> CResult<u32> {
        match u.labels.get(l as usize) {
            Some(&t) if t != u32::MAX => Ok(t),
            _ => Err(internal("unbound label")),
        }
    };
    let mut f = Flat {
        instrs: Vec::with_capacity(u.instrs.len()),
        locs: u.locs.clone(),
        handlers: Vec::with_capacity(u.instrs.len()),
    };
    for &ins in &u.instrs {
        f.instrs.push(match jump_target(ins) {
            Some(l) => with_target(ins, resolve(l)?),
            None => ins,
        });
    }
    for h in &u.handlers {
        f.handlers.push(match h {
            Some(Handler { label, depth }) => Some((resolve(label.0)?, *depth)),
            None => None,
        });
    }
    // Drop unreachable code, then jumps to the next instruction, until nothing changes.
    loop {
        let depths = {
            let hs = &f.handlers;
            stack_depths(&f.instrs, &|i| hs[i]).map_err(|m| internal(&m))?
        };
        let mut keep: Vec<bool> = depths.iter().map(Option::is_some).collect();
        let mut changed = keep.iter().any(|k| !k);
        if !changed {
            for i in 0..f.instrs.len() {
                if let Instr::Jump(t) = f.instrs[i] {
                    if t as usize == i + 1 {
                        keep[i] = false;
                        changed = true;
                    }
                }
            }
        }
        if !changed {
            break;
        }
        compact(&mut f, &keep);
    }
    let depths = {
        let hs = &f.handlers;
        stack_depths(&f.instrs, &|i| hs[i]).map_err(|m| internal(&m))?
    };
    let mut stacksize = 0;
    for (i, d) in depths.iter().enumerate() {
        if let Some(d) = d {
            let (fall, jump) = f.instrs[i].stack_effect();
            let after = (i64::from(*d) + i64::from(fall.max(jump))).max(i64::from(*d));
            stacksize = stacksize.max(after as u32);
        }
    }
    // The exception table: runs of instructions sharing a handler.
    let mut table: Vec<ExceptionEntry> = Vec::new();
    for (i, h) in f.handlers.iter().enumerate() {
        let Some((target, depth)) = *h else { continue };
        let i = i as u32;
        match table.last_mut() {
            Some(e) if e.end == i && e.target == target && e.depth == depth => e.end = i + 1,
            _ => table.push(ExceptionEntry {
                start: i,
                end: i + 1,
                target,
                depth,
            }),
        }
    }
    Ok(Rc::new(CodeObject {
        name: u.name,
        qualname: u.qualname,
        filename: filename.clone(),
        firstlineno: u.firstlineno,
        argcount: u.argcount,
        posonlyargcount: u.posonlyargcount,
        kwonlyargcount: u.kwonlyargcount,
        flags: u.flags,
        instrs: f.instrs,
        locations: f.locs,
        consts: u.consts,
        names: u.names,
        varnames: u.varnames,
        cellvars: u.cellvars,
        freevars: u.freevars,
        exception_table: table,
        stacksize,
        docstring: u.docstring,
    }))
}

/// Whether an instruction's operand indexes an existing constant, name, local or cell (and
/// is not a superinstruction, which only the VM makes).
fn operand_in_range(c: &CodeObject, i: Instr) -> bool {
    use Instr::*;
    match i {
        LoadConst(k) => (k as usize) < c.consts.len(),
        LoadFast(k) | StoreFast(k) | DeleteFast(k) => (k as usize) < c.varnames.len(),
        LoadDeref(k) | StoreDeref(k) | DeleteDeref(k) | LoadClosure(k) | LoadClassDeref(k) => {
            (k as usize) < c.cellvars.len() + c.freevars.len()
        }
        LoadName(k) | StoreName(k) | DeleteName(k) | LoadGlobal(k) | StoreGlobal(k)
        | DeleteGlobal(k) | LoadAttr(k) | StoreAttr(k) | DeleteAttr(k) | LoadMethod(k)
        | ImportName(k) | ImportFrom(k) => (k as usize) < c.names.len(),
        LoadFastLoadFast(_)
        | LoadFastLoadConst(_)
        | StoreFastLoadFast(_)
        | LoadConstBinaryOp(_)
        | LoadFastBinaryOp(_)
        | CompareOpJump(_)
        | LoadGlobalPushNull(_)
        | LoadFastLoadAttr(_)
        | LoadFastLoadMethod(_)
        | LoadFastStoreAttr(_) => false,
        _ => true,
    }
}

/// Checks a finished code object and those nested in its constants: every instruction is
/// reachable with one stack depth from all its predecessors (exception handlers entered at
/// their depth + 1), never negative, never above `stacksize`; jump and handler targets and
/// index operands are in range. The bytecode cache runs it on what it loads.
pub fn verify(code: &CodeObject) -> Result<(), String> {
    let mut stack = vec![code];
    while let Some(c) = stack.pop() {
        let n = c.instrs.len();
        for e in &c.exception_table {
            if e.start >= e.end || e.end as usize > n || e.target as usize >= n {
                return Err(format!("{}: bad exception entry {e:?}", c.qualname));
            }
        }
        for w in c.exception_table.windows(2) {
            if w[0].end > w[1].start {
                return Err(format!("{}: overlapping exception entries", c.qualname));
            }
        }
        if let Some(i) = c.instrs.iter().position(|&i| !operand_in_range(c, i)) {
            return Err(format!("{}: operand out of range at {i}", c.qualname));
        }
        let handler = |i: usize| c.handler_for(i).map(|e| (e.target, e.depth));
        let depths =
            stack_depths(&c.instrs, &handler).map_err(|m| format!("{}: {m}", c.qualname))?;
        for (i, d) in depths.iter().enumerate() {
            match d {
                None => return Err(format!("{}: unreachable instruction {i}", c.qualname)),
                Some(d) if *d > c.stacksize => {
                    return Err(format!("{}: depth {d} above stacksize at {i}", c.qualname))
                }
                _ => {}
            }
        }
        if c.locations.len() != n {
            return Err(format!("{}: locations length", c.qualname));
        }
        for k in &c.consts {
            if let crate::code::Const::Code(inner) = k {
                stack.push(inner);
            }
        }
    }
    Ok(())
}
