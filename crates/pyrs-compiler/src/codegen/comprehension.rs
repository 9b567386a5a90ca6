//! Comprehensions and generator expressions
//! (<https://docs.python.org/3.11/reference/expressions.html#displays-for-lists-sets-and-dictionaries>):
//! each is a nested function taking the first iterator as `.0`.

use super::{CResult, Compiler, Label, UnitKind};
use crate::bytecode::Instr;
use crate::code::Const;
use pyrs_parser::ast::{Comprehension, Expr, ExprKind};

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

impl<'a> Compiler<'a> {
    /// `listcomp: '[' named_expression for_if_clauses ']'` (and set, dict, generator).
    pub(crate) fn compile_comprehension(&mut self, e: &'a Expr) -> CResult {
        let (kind, name, generators, elt, val): (
            _,
            _,
            &'a [Comprehension],
            &'a Expr,
            Option<&'a Expr>,
        ) = match &e.node {
            ExprKind::ListComp { elt, generators } => {
                (CompKind::List, "<listcomp>", generators, elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                (CompKind::Set, "<setcomp>", generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (CompKind::Dict, "<dictcomp>", generators, key, Some(value)),
            ExprKind::GeneratorExp { elt, generators } => {
                (CompKind::Gen, "<genexpr>", generators, elt, None)
            }
            _ => return self.error("internal compiler error: not a comprehension", e.range),
        };
        let Some(scope) = self.table.scope_of_expr(e) else {
            return self.error(
                "internal compiler error: no scope for comprehension",
                e.range,
            );
        };
        let Some(first) = generators.first() else {
            return self.error("internal compiler error: empty comprehension", e.range);
        };
        let outer_async = matches!(
            self.unit.kind,
            UnitKind::AsyncFunction | UnitKind::Comprehension
        );
        let is_async = self.table.scope(scope).is_coroutine;
        if is_async && kind != CompKind::Gen && !outer_async {
            // CPython allows it at the top level of an interactive await only.
            return self.error(
                "asynchronous comprehension outside of an asynchronous function",
                e.range,
            );
        }
        self.enter_scope(UnitKind::Comprehension, scope, name, e.range.start.line);
        self.unit.argcount = 1;
        self.set_loc(e.range);
        self.gen_start_if_needed();
        if kind != CompKind::Gen {
            self.emit(match kind {
                CompKind::List => Instr::BuildList(0),
                CompKind::Set => Instr::BuildSet(0),
                _ => Instr::BuildMap(0),
            });
        }
        self.comprehension_generator(e, generators, 0, kind, elt, val)?;
        self.set_loc(e.range);
        if kind == CompKind::Gen {
            self.load_const(Const::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.exit_scope()?;
        self.set_loc(e.range);
        self.make_function(code, 0);
        self.emit(Instr::PushNull);
        self.compile_iter(&first.iter)?;
        self.set_loc(e.range);
        if first.is_async {
            self.emit(Instr::GetAIter);
        } else {
            self.emit(Instr::GetIter);
        }
        self.emit(Instr::Call(1));
        if is_async && kind != CompKind::Gen {
            self.emit(Instr::GetAwaitable);
            self.load_const(Const::None);
            self.yield_from_loop();
        }
        Ok(())
    }

    /// One `for ... in ... if ...` clause, then the next one or the element.
    fn comprehension_generator(
        &mut self,
        e: &'a Expr,
        generators: &'a [Comprehension],
        index: usize,
        kind: CompKind,
        elt: &'a Expr,
        val: Option<&'a Expr>,
    ) -> CResult {
        let g = &generators[index];
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        let except = self.new_label();
        if index == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.compile_iter(&g.iter)?;
            self.set_loc(g.iter.range);
            self.emit(if g.is_async {
                Instr::GetAIter
            } else {
                Instr::GetIter
            });
        }
        self.bind(start);
        self.set_loc(g.iter.range);
        // Stack below the loop: the result (not for a generator) and one iterator per
        // enclosing clause.
        let base = index as u32 + u32::from(kind != CompKind::Gen);
        if g.is_async {
            self.push_handler(except, base + 1);
            self.emit(Instr::GetANext);
            self.load_const(Const::None);
            self.yield_from_loop();
            self.pop_handler();
        } else {
            self.jump(Instr::ForIter, anchor);
        }
        self.compile_store(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(e, generators, index + 1, kind, elt, val)?;
        } else {
            let depth = generators.len() as u32 + 1;
            match kind {
                CompKind::Gen => {
                    self.compile_expr(elt)?;
                    self.set_loc(elt.range);
                    self.emit(Instr::YieldValue(0));
                    self.emit(Instr::PopTop);
                }
                CompKind::List => {
                    self.compile_expr(elt)?;
                    self.set_loc(elt.range);
                    self.emit(Instr::ListAppend(depth));
                }
                CompKind::Set => {
                    self.compile_expr(elt)?;
                    self.set_loc(elt.range);
                    self.emit(Instr::SetAdd(depth));
                }
                CompKind::Dict => {
                    self.compile_expr(elt)?;
                    if let Some(v) = val {
                        self.compile_expr(v)?;
                    }
                    self.set_loc(elt.range);
                    self.emit(Instr::MapAdd(depth));
                }
            }
        }
        self.bind(if_cleanup);
        self.set_loc(g.iter.range);
        self.jump(Instr::Jump, start);
        if g.is_async {
            self.bind(except);
            self.emit(Instr::EndAsyncFor);
        } else {
            self.bind(anchor);
        }
        let _: Option<Label> = None;
        Ok(())
    }
}
