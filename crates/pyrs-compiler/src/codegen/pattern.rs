//! `match` statements (<https://docs.python.org/3.11/reference/compound_stmts.html#the-match-statement>).
//!
//! Each pattern consumes the value on top of the stack. On failure it jumps to
//! `fail_pop[n]`, where n is the number of items the pattern machinery still has on the
//! stack; the ladder at the end of the case pops them one by one. Captured names are
//! stored as soon as they are matched.

use super::{CResult, Compiler, Label, NameCtx};
use crate::bytecode::{CmpOp, Instr};
use crate::code::Const;
use pyrs_parser::ast::{Expr, MatchCase, Pattern, PatternKind, Stmt};

/// The failure state of the pattern being compiled.
struct PatternContext {
    fail_pop: Vec<Label>,
    /// Items the enclosing patterns keep on the stack above the case's base.
    on_top: u32,
}

impl<'a> Compiler<'a> {
    /// `match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT`
    pub(crate) fn compile_match(
        &mut self,
        s: &'a Stmt,
        subject: &'a Expr,
        cases: &'a [MatchCase],
    ) -> CResult {
        self.compile_expr(subject)?;
        let end = self.new_label();
        let n = cases.len();
        let has_default = cases.last().is_some_and(|c| is_wildcard(&c.pattern)) && n > 1;
        let checked = n - usize::from(has_default);
        for (i, case) in cases.iter().enumerate().take(checked) {
            if case.guard.is_none() && i + 1 < n {
                if let Some(msg) = irrefutable_message(&case.pattern) {
                    return self.error(msg, case.pattern.range);
                }
            }
            let last = i + 1 == checked;
            self.set_loc(case.pattern.range);
            if !last {
                self.emit(Instr::Copy(1));
            }
            let mut pc = PatternContext {
                fail_pop: Vec::new(),
                on_top: 0,
            };
            self.compile_pattern(&case.pattern, &mut pc)?;
            if let Some(g) = &case.guard {
                let f = self.fail_label(&mut pc, 0);
                self.jump_if(g, f, false)?;
            }
            if !last {
                self.set_loc(case.pattern.range);
                self.emit(Instr::PopTop);
            }
            self.compile_body(&case.body)?;
            self.set_loc(s.range);
            self.jump(Instr::Jump, end);
            self.set_loc(case.pattern.range);
            self.emit_fail_pop(&pc);
        }
        if has_default {
            if let Some(case) = cases.last() {
                self.set_loc(case.pattern.range);
                if let Some(g) = &case.guard {
                    self.jump_if(g, end, false)?;
                }
                self.compile_body(&case.body)?;
            }
        } else if n == 1 && is_wildcard(&cases[0].pattern) {
            // `case _:` alone was compiled above (it consumed the subject).
        }
        self.bind(end);
        Ok(())
    }

    /// The label that pops `pops` items (beyond `on_top`) and fails.
    fn fail_label(&mut self, pc: &mut PatternContext, pops: u32) -> Label {
        let k = (pc.on_top + pops) as usize;
        while pc.fail_pop.len() <= k {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[k]
    }

    /// `fail_pop[n]: PopTop` ... `fail_pop[0]:` (falls through to the next case).
    fn emit_fail_pop(&mut self, pc: &PatternContext) {
        for (k, l) in pc.fail_pop.iter().enumerate().rev() {
            self.bind(*l);
            if k > 0 {
                self.emit(Instr::PopTop);
            }
        }
    }

    /// Pops the boolean on top and fails if it is false (`pops` more items to drop).
    fn pop_jump_fail(&mut self, pc: &mut PatternContext, pops: u32) {
        let l = self.fail_label(pc, pops);
        self.jump(Instr::PopJumpIfFalse, l);
    }

    /// `patterns: open_sequence_pattern | pattern` — consumes the value on top.
    fn compile_pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        self.set_loc(p.range);
        match &p.node {
            PatternKind::MatchValue { value } => {
                self.compile_expr(value)?;
                self.set_loc(p.range);
                self.emit(Instr::CompareOp(CmpOp::Eq as u32));
                self.pop_jump_fail(pc, 0);
            }
            PatternKind::MatchSingleton { value } => {
                self.load_const(super::fold::from_constant(value));
                self.emit(Instr::IsOp(0));
                self.pop_jump_fail(pc, 0);
            }
            PatternKind::MatchAs { pattern, name } => match (pattern, name) {
                (None, None) => self.emit(Instr::PopTop),
                (None, Some(n)) => self.name_op(n, NameCtx::Store)?,
                (Some(sub), None) => self.compile_pattern(sub, pc)?,
                (Some(sub), Some(n)) => {
                    self.emit(Instr::Copy(1));
                    pc.on_top += 1;
                    self.compile_pattern(sub, pc)?;
                    pc.on_top -= 1;
                    self.set_loc(p.range);
                    self.name_op(n, NameCtx::Store)?;
                }
            },
            PatternKind::MatchStar { name } => match name {
                Some(n) => self.name_op(n, NameCtx::Store)?,
                None => self.emit(Instr::PopTop),
            },
            PatternKind::MatchOr { patterns } => {
                let end = self.new_label();
                for alt in patterns {
                    self.set_loc(alt.range);
                    self.emit(Instr::Copy(1));
                    let mut sub = PatternContext {
                        fail_pop: Vec::new(),
                        on_top: 0,
                    };
                    self.compile_pattern(alt, &mut sub)?;
                    self.emit(Instr::PopTop);
                    self.jump(Instr::Jump, end);
                    self.emit_fail_pop(&sub);
                }
                self.set_loc(p.range);
                self.emit(Instr::PopTop);
                let f = self.fail_label(pc, 0);
                self.jump(Instr::Jump, f);
                self.bind(end);
            }
            PatternKind::MatchSequence { patterns } => {
                self.compile_sequence_pattern(p, patterns, pc)?
            }
            PatternKind::MatchMapping(m) => {
                let n = m.keys.len() as u32;
                self.emit(Instr::MatchMapping);
                self.pop_jump_fail(pc, 1);
                if n > 0 {
                    self.emit(Instr::GetLen);
                    self.load_const(Const::Int(i64::from(n)));
                    self.emit(Instr::CompareOp(CmpOp::Ge as u32));
                    self.pop_jump_fail(pc, 1);
                }
                if n == 0 && m.rest.is_none() {
                    self.emit(Instr::PopTop);
                    return Ok(());
                }
                for k in &m.keys {
                    self.compile_expr(k)?;
                }
                self.set_loc(p.range);
                self.emit(Instr::BuildTuple(n));
                self.emit(Instr::MatchKeys);
                self.emit(Instr::Copy(1));
                self.load_const(Const::None);
                self.emit(Instr::IsOp(1));
                self.pop_jump_fail(pc, 3);
                self.emit(Instr::UnpackSequence(n));
                pc.on_top += 2;
                for (i, sub) in m.patterns.iter().enumerate() {
                    pc.on_top += n - i as u32 - 1;
                    self.compile_pattern(sub, pc)?;
                    pc.on_top -= n - i as u32 - 1;
                }
                pc.on_top -= 2;
                self.set_loc(p.range);
                match &m.rest {
                    Some(rest) => {
                        self.emit(Instr::CopyDictWithoutKeys);
                        self.name_op(rest, NameCtx::Store)?;
                        self.emit(Instr::PopTop);
                        self.emit(Instr::PopTop);
                    }
                    None => {
                        self.emit(Instr::PopTop);
                        self.emit(Instr::PopTop);
                    }
                }
            }
            PatternKind::MatchClass(c) => {
                let npos = c.patterns.len() as u32;
                let names: Vec<Const> = c
                    .kwd_attrs
                    .iter()
                    .map(|a| Const::Str((&**a).into()))
                    .collect();
                let total = npos + names.len() as u32;
                self.compile_expr(&c.cls)?;
                self.set_loc(p.range);
                self.load_const(Const::Tuple(names.into()));
                self.emit(Instr::MatchClass(npos));
                self.emit(Instr::Copy(1));
                self.load_const(Const::None);
                self.emit(Instr::IsOp(1));
                self.pop_jump_fail(pc, 1);
                self.emit(Instr::UnpackSequence(total));
                for (i, sub) in c.patterns.iter().chain(&c.kwd_patterns).enumerate() {
                    let below = total - i as u32 - 1;
                    pc.on_top += below;
                    self.compile_pattern(sub, pc)?;
                    pc.on_top -= below;
                }
            }
        }
        Ok(())
    }

    /// `sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'`
    fn compile_sequence_pattern(
        &mut self,
        p: &'a Pattern,
        patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        let n = patterns.len() as u32;
        let star = patterns
            .iter()
            .position(|q| matches!(q.node, PatternKind::MatchStar { .. }));
        if patterns
            .iter()
            .filter(|q| matches!(q.node, PatternKind::MatchStar { .. }))
            .count()
            > 1
        {
            return self.error("multiple starred names in sequence pattern", p.range);
        }
        self.emit(Instr::MatchSequence);
        self.pop_jump_fail(pc, 1);
        self.emit(Instr::GetLen);
        match star {
            Some(_) => {
                self.load_const(Const::Int(i64::from(n - 1)));
                self.emit(Instr::CompareOp(CmpOp::Ge as u32));
            }
            None => {
                self.load_const(Const::Int(i64::from(n)));
                self.emit(Instr::CompareOp(CmpOp::Eq as u32));
            }
        }
        self.pop_jump_fail(pc, 1);
        match star {
            Some(i) => {
                let after = n - i as u32 - 1;
                self.emit(Instr::UnpackEx(i as u32 | (after << 8)));
            }
            None => self.emit(Instr::UnpackSequence(n)),
        }
        for (i, sub) in patterns.iter().enumerate() {
            let below = n - i as u32 - 1;
            pc.on_top += below;
            self.compile_pattern(sub, pc)?;
            pc.on_top -= below;
        }
        Ok(())
    }
}

/// `case _:` with no name.
fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.node,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

/// CPython's error for an irrefutable case that is not the last one.
fn irrefutable_message(p: &Pattern) -> Option<String> {
    match &p.node {
        PatternKind::MatchAs {
            pattern: None,
            name: None,
        } => Some("wildcard makes remaining patterns unreachable".into()),
        PatternKind::MatchAs {
            pattern: None,
            name: Some(n),
        } => Some(format!(
            "name capture '{n}' makes remaining patterns unreachable"
        )),
        _ => None,
    }
}
