//! `try`, `with`, `async for` and the unwinding of blocks by `return`, `break` and
//! `continue` (<https://docs.python.org/3.11/reference/compound_stmts.html#try>).
//!
//! A `try` body runs under a handler H at the statement's depth; H starts with PushExcInfo
//! and runs under a cleanup handler C (depth + 1, keeping `prev`) whose code is
//! `Swap(2); PopExcept; Reraise`, so `sys.exc_info()` is restored whichever way the
//! handler is left.

use super::{CResult, Compiler, FBlock, FBlockKind, Handler, Label, NameCtx};
use crate::bytecode::Instr;
use crate::code::Const;
use pyrs_parser::ast::{Range, Stmt, Try, With};

impl<'a> Compiler<'a> {
    /// `try_stmt: 'try' ':' block finally_block | 'try' ':' block except_block+ [else_block]
    /// [finally_block]`
    pub(crate) fn compile_try(&mut self, s: &'a Stmt, t: &'a Try) -> CResult {
        if t.finalbody.is_empty() {
            self.compile_try_except(s, t)
        } else {
            self.compile_try_finally(s, t, false)
        }
    }

    /// `try: ... except* T: ...` (with an optional `finally`, handled as for `try`).
    pub(crate) fn compile_try_star(&mut self, s: &'a Stmt, t: &'a Try) -> CResult {
        if t.finalbody.is_empty() {
            self.compile_try_star_except(s, t)
        } else {
            self.compile_try_finally(s, t, true)
        }
    }

    /// The `except*` clauses, as CPython 3.11 compiles them. In the handler the stack holds
    /// `prev orig list rest`: the exception that entered, the list of what the clauses
    /// raised, and what is still unmatched. Each clause splits `rest` with `CheckEgMatch`;
    /// an exception escaping its body is appended to the list. At the end the unmatched
    /// rest joins the list and `PrepReraiseStar` decides what (if anything) to re-raise.
    fn compile_try_star_except(&mut self, s: &'a Stmt, t: &'a Try) -> CResult {
        let base = self.base_depth();
        let hl = self.unit.handler_stack.len();
        let handler = self.new_label();
        let cleanup = self.new_label();
        let reraise = self.new_label();
        let end = self.new_label();
        self.push_handler(handler, base);
        self.push_fblock_at(FBlockKind::TryExcept, 0, hl);
        self.compile_body(&t.body)?;
        self.pop_fblock();
        self.pop_handler();
        self.compile_body(&t.orelse)?;
        self.set_loc(s.range);
        self.jump(Instr::Jump, end);

        self.bind(handler);
        self.push_handler(cleanup, base + 1);
        self.emit(Instr::PushExcInfo);
        for (i, h) in t.handlers.iter().enumerate() {
            self.set_loc(h.range);
            if i == 0 {
                self.emit(Instr::Copy(1));
                self.emit(Instr::BuildList(0));
                self.emit(Instr::Swap(2));
            }
            let Some(ty) = &h.type_ else {
                return self.error("expected one or more exception types", h.range);
            };
            let no_match = self.new_label();
            let next = self.new_label();
            self.compile_expr(ty)?;
            self.set_loc(h.range);
            self.emit(Instr::CheckEgMatch);
            self.emit(Instr::Copy(1));
            self.jump(Instr::PopJumpIfNone, no_match);
            match &h.name {
                Some(name) => self.name_op(name, NameCtx::Store)?,
                None => self.emit(Instr::PopTop),
            }
            let body_error = self.new_label();
            self.push_handler(body_error, base + 4);
            // The body runs above `prev orig list rest`: a nested block's depth counts them.
            self.push_fblock_at(FBlockKind::ExceptStarHandler, 4, hl);
            self.compile_body(&h.body)?;
            self.pop_fblock();
            self.pop_handler();
            self.set_loc(h.range);
            if let Some(name) = &h.name {
                self.clear_name(name)?;
            }
            self.jump(Instr::Jump, next);
            // An exception escaping the body joins the list.
            self.bind(body_error);
            if let Some(name) = &h.name {
                self.clear_name(name)?;
            }
            self.emit(Instr::ListAppend(2));
            self.jump(Instr::Jump, next);
            self.bind(no_match);
            self.emit(Instr::PopTop);
            self.bind(next);
        }
        self.emit(Instr::ListAppend(1));
        self.emit(Instr::PrepReraiseStar);
        self.emit(Instr::Copy(1));
        self.jump(Instr::PopJumpIfNotNone, reraise);
        self.emit(Instr::PopTop);
        // Restoring the previous exception leaves the cleanup handler's range.
        let saved = self.truncate_handlers(hl);
        self.emit(Instr::PopExcept);
        self.jump(Instr::Jump, end);
        self.bind(reraise);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.unit.handler_stack = saved;
        self.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    /// The `finally` around a try body and its `except` (or, `star`, `except*`) clauses.
    fn compile_try_finally(&mut self, s: &'a Stmt, t: &'a Try, star: bool) -> CResult {
        let base = self.base_depth();
        let hl = self.unit.handler_stack.len();
        let body_handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.push_handler(body_handler, base);
        self.push_fblock_at(FBlockKind::FinallyTry { body: &t.finalbody }, 0, hl);
        if star {
            self.compile_try_star_except(s, t)?;
        } else if t.handlers.is_empty() {
            self.compile_body(&t.body)?;
        } else {
            self.compile_try_except(s, t)?;
        }
        self.pop_fblock();
        self.pop_handler();
        self.compile_body(&t.finalbody)?;
        self.set_loc(s.range);
        self.jump(Instr::Jump, end);
        // The exceptional path.
        self.bind(body_handler);
        self.push_handler(cleanup, base + 1);
        self.emit(Instr::PushExcInfo);
        self.push_fblock_at(FBlockKind::FinallyEnd, 2, hl);
        self.compile_body(&t.finalbody)?;
        self.pop_fblock();
        self.set_loc(s.range);
        self.emit(Instr::Reraise);
        self.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    /// `Swap(2); PopExcept; Reraise`: the cleanup handler's code.
    fn pop_except_and_reraise(&mut self) {
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
    }

    fn compile_try_except(&mut self, s: &'a Stmt, t: &'a Try) -> CResult {
        let base = self.base_depth();
        let hl = self.unit.handler_stack.len();
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.push_handler(handler, base);
        self.push_fblock_at(FBlockKind::TryExcept, 0, hl);
        self.compile_body(&t.body)?;
        self.pop_fblock();
        self.pop_handler();
        self.compile_body(&t.orelse)?;
        self.set_loc(s.range);
        self.jump(Instr::Jump, end);

        self.bind(handler);
        self.push_handler(cleanup, base + 1);
        self.emit(Instr::PushExcInfo);
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            self.set_loc(h.range);
            if h.type_.is_none() && i + 1 < n {
                return self.error("default 'except:' must be last", h.range);
            }
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.compile_expr(ty)?;
                self.set_loc(h.range);
                self.emit(Instr::CheckExcMatch);
                self.jump(Instr::PopJumpIfFalse, next);
            }
            if let Some(name) = &h.name {
                self.name_op(name, NameCtx::Store)?;
                let cleanup_end = self.new_label();
                self.push_handler(cleanup_end, base + 1);
                self.push_fblock_at(FBlockKind::HandlerCleanup { name: Some(name) }, 1, hl);
                self.compile_body(&h.body)?;
                self.pop_fblock();
                self.pop_handler();
                let saved = self.truncate_handlers(hl);
                self.set_loc(h.range);
                self.emit(Instr::PopExcept);
                self.clear_name(name)?;
                self.jump(Instr::Jump, end);
                self.unit.handler_stack = saved;
                // An exception in the body: clear the name, then the cleanup handler.
                self.bind(cleanup_end);
                self.clear_name(name)?;
                self.emit(Instr::Reraise);
            } else {
                self.emit(Instr::PopTop);
                self.push_fblock_at(FBlockKind::HandlerCleanup { name: None }, 1, hl);
                self.compile_body(&h.body)?;
                self.pop_fblock();
                let saved = self.truncate_handlers(hl);
                self.set_loc(h.range);
                self.emit(Instr::PopExcept);
                self.jump(Instr::Jump, end);
                self.unit.handler_stack = saved;
            }
            self.bind(next);
        }
        self.set_loc(s.range);
        self.emit(Instr::Reraise);
        self.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    /// `name = None; del name` after an `except ... as name` clause.
    fn clear_name(&mut self, name: &str) -> CResult {
        self.load_const(Const::None);
        self.name_op(name, NameCtx::Store)?;
        self.name_op(name, NameCtx::Del)
    }

    /// Cuts the handler stack to `len`, returning the whole stack to restore later.
    fn truncate_handlers(&mut self, len: usize) -> Vec<Handler> {
        let saved = self.unit.handler_stack.clone();
        self.unit.handler_stack.truncate(len);
        saved
    }

    /// `with_stmt: 'with' ','.with_item+ ':' block` (each item nests the rest).
    pub(crate) fn compile_with(
        &mut self,
        s: &'a Stmt,
        w: &'a With,
        pos: usize,
        is_async: bool,
    ) -> CResult {
        let Some(item) = w.items.get(pos) else {
            return self.compile_body(&w.body);
        };
        if is_async {
            self.check_async("'async with' outside async function", s.range)?;
        }
        let base = self.base_depth();
        let hl = self.unit.handler_stack.len();
        let handler = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let exit = self.new_label();
        self.compile_expr(&item.context_expr)?;
        self.set_loc(s.range);
        if is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.emit(Instr::GetAwaitable);
            self.load_const(Const::None);
            self.yield_from_loop();
        } else {
            self.emit(Instr::BeforeWith);
        }
        self.push_handler(handler, base + 1);
        self.push_fblock_at(
            FBlockKind::With {
                range: s.range,
                is_async,
            },
            1,
            hl,
        );
        match &item.optional_vars {
            Some(v) => self.compile_store(v)?,
            None => self.emit(Instr::PopTop),
        }
        self.compile_with(s, w, pos + 1, is_async)?;
        self.pop_fblock();
        self.pop_handler();
        self.set_loc(s.range);
        self.call_exit_with_nones(is_async);
        self.jump(Instr::Jump, exit);

        self.bind(handler);
        self.push_handler(cleanup, base + 2);
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::WithExceptStart);
        if is_async {
            self.emit(Instr::GetAwaitable);
            self.load_const(Const::None);
            self.yield_from_loop();
        }
        self.jump(Instr::PopJumpIfTrue, suppress);
        self.emit(Instr::Reraise);
        self.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(suppress);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.bind(exit);
        Ok(())
    }

    /// `exit(None, None, None)` with `exit` on the stack, result popped.
    fn call_exit_with_nones(&mut self, is_async: bool) {
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.emit(Instr::Call(2));
        if is_async {
            self.emit(Instr::GetAwaitable);
            self.load_const(Const::None);
            self.yield_from_loop();
        }
        self.emit(Instr::PopTop);
    }

    /// The errors of `async for`/`async with`/async comprehensions outside a coroutine.
    pub(crate) fn check_async(&self, msg: &str, range: Range) -> CResult {
        if self.unit.kind != super::UnitKind::AsyncFunction {
            return self.error(msg, range);
        }
        Ok(())
    }

    /// `'async' 'for' star_targets 'in' star_expressions ':' block [else_block]`
    pub(crate) fn compile_async_for(
        &mut self,
        s: &'a Stmt,
        f: &'a pyrs_parser::ast::For,
    ) -> CResult {
        self.check_async("'async for' outside async function", s.range)?;
        let base = self.base_depth();
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.compile_expr(&f.iter)?;
        self.set_loc(f.iter.range);
        self.emit(Instr::GetAIter);
        self.bind(start);
        self.push_fblock(FBlockKind::ForLoop { start, exit: end }, 1);
        self.push_handler(except, base + 1);
        self.set_loc(s.range);
        self.emit(Instr::GetANext);
        self.load_const(Const::None);
        self.yield_from_loop();
        self.pop_handler();
        self.compile_store(&f.target)?;
        self.compile_body(&f.body)?;
        self.set_loc(s.range);
        self.jump(Instr::Jump, start);
        self.pop_fblock();
        self.bind(except);
        self.emit(Instr::EndAsyncFor);
        self.compile_body(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    // ---- unwinding ----

    /// Emits the cleanup of every enclosing block before a `return` (the value, if
    /// `preserve`, stays on top). Call [`Compiler::restore_after_unwind`] after the return.
    pub(crate) fn unwind_all(&mut self, preserve: bool, range: Range) -> CResult {
        self.check_except_star_exit(0, range)?;
        self.save_for_unwind();
        while let Some(fb) = self.unit.fblocks.pop() {
            self.unwind_fblock(&fb, preserve)?;
        }
        Ok(())
    }

    /// Emits the cleanup of the blocks inside the innermost loop (and of the loop itself
    /// for `break`); returns the loop's (exit, start) labels, or None outside a loop.
    pub(crate) fn unwind_to_loop(
        &mut self,
        is_break: bool,
        range: Range,
    ) -> CResult<Option<(Label, Label)>> {
        let found = self.unit.fblocks.iter().rposition(|f| {
            matches!(
                f.kind,
                FBlockKind::WhileLoop { .. } | FBlockKind::ForLoop { .. }
            )
        });
        self.check_except_star_exit(found.map_or(0, |i| i + 1), range)?;
        let Some(idx) = found else { return Ok(None) };
        self.save_for_unwind();
        while self.unit.fblocks.len() > idx + 1 {
            if let Some(fb) = self.unit.fblocks.pop() {
                self.unwind_fblock(&fb, false)?;
            }
        }
        let Some(lp) = self.unit.fblocks.last().cloned() else {
            return Ok(None);
        };
        let labels = match lp.kind {
            FBlockKind::WhileLoop { start, exit } | FBlockKind::ForLoop { start, exit } => {
                (exit, start)
            }
            _ => return Ok(None),
        };
        if is_break {
            self.unit.fblocks.pop();
            self.unwind_fblock(&lp, false)?;
        }
        Ok(Some(labels))
    }

    /// CPython's SyntaxError for leaving an `except*` body by a jump: any such body among
    /// the blocks from index `from` up.
    fn check_except_star_exit(&self, from: usize, range: Range) -> CResult {
        let blocks = self.unit.fblocks.get(from..).unwrap_or(&[]);
        if blocks
            .iter()
            .any(|f| matches!(f.kind, FBlockKind::ExceptStarHandler))
        {
            return self.error(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                range,
            );
        }
        Ok(())
    }

    fn save_for_unwind(&mut self) {
        let saved = (self.unit.fblocks.clone(), self.unit.handler_stack.clone());
        self.unwind_saved.push(saved);
    }

    /// Restores the blocks and handlers that an unwinding emitted code for.
    pub(crate) fn restore_after_unwind(&mut self) {
        if let Some((f, h)) = self.unwind_saved.pop() {
            self.unit.fblocks = f;
            self.unit.handler_stack = h;
        }
    }

    /// The cleanup code of one block (CPython's `compiler_unwind_fblock`).
    fn unwind_fblock(&mut self, fb: &FBlock<'a>, preserve: bool) -> CResult {
        self.unit.handler_stack.truncate(fb.handlers_len);
        match &fb.kind {
            FBlockKind::WhileLoop { .. }
            | FBlockKind::TryExcept
            | FBlockKind::ExceptStarHandler => {}
            FBlockKind::ForLoop { .. } | FBlockKind::PopValue => {
                if preserve {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
            FBlockKind::FinallyTry { body } => {
                if preserve {
                    self.push_fblock(FBlockKind::PopValue, 1);
                }
                let saved_loc = self.unit.loc;
                self.compile_body(body)?;
                self.unit.loc = saved_loc;
                if preserve {
                    self.pop_fblock();
                }
            }
            FBlockKind::FinallyEnd => {
                if preserve {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
                if preserve {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopExcept);
            }
            FBlockKind::With { range, is_async } => {
                let saved_loc = self.unit.loc;
                self.set_loc(*range);
                if preserve {
                    self.emit(Instr::Swap(2));
                }
                self.call_exit_with_nones(*is_async);
                self.unit.loc = saved_loc;
            }
            FBlockKind::HandlerCleanup { name } => {
                if preserve {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopExcept);
                if let Some(n) = name {
                    self.clear_name(n)?;
                }
            }
        }
        Ok(())
    }
}
