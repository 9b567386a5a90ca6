//! Statements (<https://docs.python.org/3.11/reference/simple_stmts.html> and
//! `compound_stmts.html`): assignments, loops, `if`, imports, `assert`, `return`...

use super::expr::{binop_code, two_part_slice};
use super::{is_starred, CResult, Compiler, FBlockKind, NameCtx, UnitKind};
use crate::bytecode::Instr;
use crate::code::Const;
use pyrs_parser::ast::{Alias, Expr, ExprContext, ExprKind, Stmt, StmtKind};

/// Whether a body has annotations that need `__annotations__` (CPython's `find_ann`:
/// nested compound statements count, function and class bodies do not).
pub(crate) fn find_ann(body: &[Stmt]) -> bool {
    let mut stack: Vec<&[Stmt]> = vec![body];
    while let Some(b) = stack.pop() {
        for s in b {
            match &s.node {
                StmtKind::AnnAssign { .. } => return true,
                StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                    stack.push(&f.body);
                    stack.push(&f.orelse);
                }
                StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
                    stack.push(body);
                    stack.push(orelse);
                }
                StmtKind::With(w) | StmtKind::AsyncWith(w) => stack.push(&w.body),
                StmtKind::Try(t) | StmtKind::TryStar(t) => {
                    stack.push(&t.body);
                    stack.push(&t.orelse);
                    stack.push(&t.finalbody);
                    for h in &t.handlers {
                        stack.push(&h.body);
                    }
                }
                StmtKind::Match { cases, .. } => {
                    for c in cases {
                        stack.push(&c.body);
                    }
                }
                _ => {}
            }
        }
    }
    false
}

impl<'a> Compiler<'a> {
    /// `statement: compound_stmt | simple_stmts`
    pub(crate) fn compile_stmt(&mut self, s: &'a Stmt) -> CResult {
        self.set_loc(s.range);
        match &s.node {
            StmtKind::FunctionDef(f) => self.compile_function_def(s, f, false)?,
            StmtKind::AsyncFunctionDef(f) => self.compile_function_def(s, f, true)?,
            StmtKind::ClassDef(c) => self.compile_class_def(s, c)?,
            StmtKind::Return { value } => self.compile_return(s, value.as_deref())?,
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.compile_delete(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.compile_expr(value)?;
                let n = targets.len();
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < n {
                        self.set_loc(s.range);
                        self.emit(Instr::Copy(1));
                    }
                    self.compile_store(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => {
                self.compile_augassign(s, target, *op, value)?
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.compile_annassign(target, annotation, value.as_deref(), *simple)?,
            StmtKind::For(f) => self.compile_for(s, f)?,
            StmtKind::AsyncFor(f) => self.compile_async_for(s, f)?,
            StmtKind::While { test, body, orelse } => self.compile_while(test, body, orelse)?,
            StmtKind::If { test, body, orelse } => self.compile_if(test, body, orelse)?,
            StmtKind::With(w) => self.compile_with(s, w, 0, false)?,
            StmtKind::AsyncWith(w) => self.compile_with(s, w, 0, true)?,
            StmtKind::Match { subject, cases } => self.compile_match(s, subject, cases)?,
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.compile_expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.compile_expr(c)?;
                        n = 2;
                    }
                }
                self.set_loc(s.range);
                self.emit(Instr::Raise(n));
            }
            StmtKind::Try(t) => self.compile_try(s, t)?,
            StmtKind::TryStar(t) => self.compile_try_star(s, t)?,
            StmtKind::Assert { test, msg } => self.compile_assert(test, msg.as_deref())?,
            StmtKind::Import { names } => self.compile_import(s, names)?,
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.compile_import_from(s, module.as_deref(), names, *level)?,
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } | StmtKind::Pass => {}
            StmtKind::Expr { value } => {
                if self.interactive && self.outer.is_empty() {
                    self.compile_expr(value)?;
                    self.set_loc(s.range);
                    self.emit(Instr::PrintExpr);
                } else if matches!(value.node, ExprKind::Constant { .. }) {
                    // A constant statement (a docstring-like string, `...`) does nothing.
                } else {
                    self.compile_expr(value)?;
                    self.set_loc(s.range);
                    self.emit(Instr::PopTop);
                }
            }
            StmtKind::Break => self.compile_break(s)?,
            StmtKind::Continue => self.compile_continue(s)?,
        }
        Ok(())
    }

    /// Stores the value on top of the stack into an assignment target.
    pub(crate) fn compile_store(&mut self, t: &'a Expr) -> CResult {
        let saved = self.unit.loc;
        match &t.node {
            ExprKind::Name { id, .. } => {
                self.set_loc(t.range);
                self.name_op(id, NameCtx::Store)?;
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.compile_expr(value)?;
                self.set_loc(t.range);
                let i = self.add_mangled_name(attr);
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.compile_expr(value)?;
                if let Some((lo, hi)) = two_part_slice(slice) {
                    self.compile_opt(lo)?;
                    self.compile_opt(hi)?;
                    self.set_loc(t.range);
                    self.emit(Instr::StoreSlice);
                } else {
                    self.compile_expr(slice)?;
                    self.set_loc(t.range);
                    self.emit(Instr::StoreSubscr);
                }
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                self.set_loc(t.range);
                self.unpack_helper(t, elts)?;
                for e in elts {
                    match &e.node {
                        ExprKind::Starred { value, .. } => self.compile_store(value)?,
                        _ => self.compile_store(e)?,
                    }
                }
            }
            ExprKind::Starred { .. } => {
                return self.error(
                    "starred assignment target must be in a list or tuple",
                    t.range,
                )
            }
            _ => return self.error("cannot assign to expression", t.range),
        }
        self.unit.loc = saved;
        Ok(())
    }

    /// UnpackSequence or UnpackEx for a tuple/list target.
    fn unpack_helper(&mut self, t: &Expr, elts: &'a [Expr]) -> CResult {
        let mut star: Option<usize> = None;
        for (i, e) in elts.iter().enumerate() {
            if is_starred(e) {
                if star.is_some() {
                    return self.error("multiple starred expressions in assignment", t.range);
                }
                if i >= 256 || elts.len() - i > (1 << 24) {
                    return self
                        .error("too many expressions in star-unpacking assignment", t.range);
                }
                star = Some(i);
            }
        }
        self.set_loc(t.range);
        match star {
            Some(i) => {
                let after = (elts.len() - i - 1) as u32;
                self.emit(Instr::UnpackEx(i as u32 | (after << 8)));
            }
            None => self.emit(Instr::UnpackSequence(elts.len() as u32)),
        }
        Ok(())
    }

    /// `del_stmt: 'del' del_targets`
    fn compile_delete(&mut self, t: &'a Expr) -> CResult {
        match &t.node {
            ExprKind::Name { id, .. } => {
                self.set_loc(t.range);
                self.name_op(id, NameCtx::Del)?;
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.compile_expr(value)?;
                self.set_loc(t.range);
                let i = self.add_mangled_name(attr);
                self.emit(Instr::DeleteAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.set_loc(t.range);
                self.emit(Instr::DeleteSubscr);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.compile_delete(e)?;
                }
            }
            _ => return self.error("cannot delete expression", t.range),
        }
        Ok(())
    }

    /// `augassign: single_target augassign ~ (yield_expr | star_expressions)`
    fn compile_augassign(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        op: pyrs_parser::ast::Operator,
        value: &'a Expr,
    ) -> CResult {
        match &target.node {
            ExprKind::Name { id, .. } => {
                self.set_loc(target.range);
                self.name_op(id, NameCtx::Load)?;
                self.compile_expr(value)?;
                self.set_loc(s.range);
                self.emit(Instr::BinaryOp(binop_code(op, true)));
                self.set_loc(target.range);
                self.name_op(id, NameCtx::Store)?;
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.compile_expr(obj)?;
                self.set_loc(target.range);
                self.emit(Instr::Copy(1));
                let i = self.add_mangled_name(attr);
                self.emit(Instr::LoadAttr(i));
                self.compile_expr(value)?;
                self.set_loc(s.range);
                self.emit(Instr::BinaryOp(binop_code(op, true)));
                self.set_loc(target.range);
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.compile_expr(obj)?;
                self.compile_expr(slice)?;
                self.set_loc(target.range);
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
                self.compile_expr(value)?;
                self.set_loc(s.range);
                self.emit(Instr::BinaryOp(binop_code(op, true)));
                self.set_loc(target.range);
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
            }
            _ => return self.error("illegal expression for augmented assignment", target.range),
        }
        Ok(())
    }

    /// `annotated_rhs`: `target: annotation [= value]`.
    fn compile_annassign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        if let Some(v) = value {
            self.compile_expr(v)?;
            self.compile_store(target)?;
        }
        let module_or_class = matches!(self.unit.kind, UnitKind::Module | UnitKind::Class);
        match &target.node {
            ExprKind::Name { id, .. } => {
                if simple && module_or_class {
                    self.compile_annotation(annotation)?;
                    let ann = self.add_name("__annotations__");
                    self.emit(Instr::LoadName(ann));
                    let m = self.mangled(id);
                    self.load_const(Const::Str(m.into()));
                    self.emit(Instr::StoreSubscr);
                }
                return Ok(());
            }
            ExprKind::Attribute { value: obj, .. } => {
                if value.is_none() {
                    self.compile_expr(obj)?;
                    self.emit(Instr::PopTop);
                }
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                if value.is_none() {
                    self.compile_expr(obj)?;
                    self.emit(Instr::PopTop);
                    self.check_ann_subscr(slice)?;
                }
            }
            _ => {}
        }
        if !self.table.future.annotations && module_or_class {
            self.compile_expr(annotation)?;
            self.emit(Instr::PopTop);
        }
        Ok(())
    }

    /// Evaluates the parts of a subscript annotation target's slice (CPython's
    /// `check_ann_subscr`).
    fn check_ann_subscr(&mut self, slice: &'a Expr) -> CResult {
        match &slice.node {
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    self.compile_expr(p)?;
                    self.emit(Instr::PopTop);
                }
            }
            ExprKind::Tuple { elts, .. } => {
                for e in elts {
                    self.check_ann_subscr(e)?;
                }
            }
            _ => {
                self.compile_expr(slice)?;
                self.emit(Instr::PopTop);
            }
        }
        Ok(())
    }

    /// An annotation's value: the expression, or its source text under
    /// `from __future__ import annotations`.
    pub(crate) fn compile_annotation(&mut self, annotation: &'a Expr) -> CResult {
        if self.table.future.annotations {
            let text = self.annotation_text(annotation);
            self.load_const(Const::Str(text.into()));
            Ok(())
        } else {
            self.compile_expr(annotation)
        }
    }

    /// The annotation as a string (its source text with line breaks folded).
    fn annotation_text(&self, e: &Expr) -> String {
        let r = e.range;
        let mut out = String::new();
        for (i, line) in self.source.split_inclusive('\n').enumerate() {
            let ln = i as u32 + 1;
            if ln < r.start.line || ln > r.end.line {
                continue;
            }
            let line = line.trim_end_matches(['\n', '\r']);
            let start = if ln == r.start.line {
                r.start.col as usize
            } else {
                0
            };
            let end = if ln == r.end.line {
                (r.end.col as usize).min(line.len())
            } else {
                line.len()
            };
            if let Some(part) = line.get(start.min(end)..end) {
                if !out.is_empty() {
                    out.push(' ');
                    out.push_str(part.trim_start());
                } else {
                    out.push_str(part);
                }
            }
        }
        out
    }

    /// `if_stmt: 'if' named_expression ':' block elif_stmt | ... [else_block]`
    fn compile_if(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let end = self.new_label();
        let next = if orelse.is_empty() {
            end
        } else {
            self.new_label()
        };
        self.jump_if(test, next, false)?;
        self.compile_body(body)?;
        if !orelse.is_empty() {
            self.jump(Instr::Jump, end);
            self.bind(next);
            self.compile_body(orelse)?;
        }
        self.bind(end);
        Ok(())
    }

    /// `while_stmt: 'while' named_expression ':' block [else_block]`
    fn compile_while(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let start = self.new_label();
        let anchor = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.jump_if(test, anchor, false)?;
        self.push_fblock(FBlockKind::WhileLoop { start, exit }, 0);
        self.compile_body(body)?;
        self.pop_fblock();
        self.set_loc(test.range);
        self.jump(Instr::Jump, start);
        self.bind(anchor);
        self.compile_body(orelse)?;
        self.bind(exit);
        Ok(())
    }

    /// `for_stmt: 'for' star_targets 'in' ~ star_expressions ':' block [else_block]`
    fn compile_for(&mut self, s: &'a Stmt, f: &'a pyrs_parser::ast::For) -> CResult {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.compile_iter(&f.iter)?;
        self.set_loc(s.range);
        self.emit(Instr::GetIter);
        self.bind(start);
        self.push_fblock(FBlockKind::ForLoop { start, exit: end }, 1);
        self.set_loc(s.range);
        self.jump(Instr::ForIter, cleanup);
        self.compile_store(&f.target)?;
        self.compile_body(&f.body)?;
        self.set_loc(s.range);
        self.jump(Instr::Jump, start);
        self.pop_fblock();
        self.bind(cleanup);
        self.compile_body(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// The iterable of a `for`: a list display of constants becomes a tuple constant.
    pub(crate) fn compile_iter(&mut self, e: &'a Expr) -> CResult {
        if let Some(c) = self.fold_container(e) {
            self.set_loc(e.range);
            self.load_const(c);
            return Ok(());
        }
        self.compile_expr(e)
    }

    /// `return_stmt: 'return' [star_expressions]`
    fn compile_return(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> CResult {
        if !self.is_function_like() || self.unit.kind == UnitKind::Comprehension {
            return self.error("'return' outside function", s.range);
        }
        if value.is_some() && self.current_scope().is_coroutine && self.current_scope().is_generator
        {
            return self.error("'return' with value in async generator", s.range);
        }
        let constant = value.and_then(|v| match &v.node {
            ExprKind::Constant { value, .. } => Some(super::fold::from_constant(value)),
            _ => None,
        });
        let preserve = value.is_some() && constant.is_none();
        if preserve {
            if let Some(v) = value {
                self.compile_expr(v)?;
            }
        }
        self.set_loc(s.range);
        self.unwind_all(preserve, s.range)?;
        self.set_loc(s.range);
        if !preserve {
            self.load_const(constant.unwrap_or(Const::None));
        }
        self.emit(Instr::ReturnValue);
        self.restore_after_unwind();
        Ok(())
    }

    /// `'break'`
    fn compile_break(&mut self, s: &'a Stmt) -> CResult {
        let Some((exit, _)) = self.unwind_to_loop(true, s.range)? else {
            return self.error("'break' outside loop", s.range);
        };
        self.set_loc(s.range);
        self.jump(Instr::Jump, exit);
        self.restore_after_unwind();
        Ok(())
    }

    /// `'continue'`
    fn compile_continue(&mut self, s: &'a Stmt) -> CResult {
        let Some((_, start)) = self.unwind_to_loop(false, s.range)? else {
            return self.error("'continue' not properly in loop", s.range);
        };
        self.set_loc(s.range);
        self.jump(Instr::Jump, start);
        self.restore_after_unwind();
        Ok(())
    }

    /// `assert_stmt: 'assert' expression [',' expression]`
    fn compile_assert(&mut self, test: &'a Expr, msg: Option<&'a Expr>) -> CResult {
        if self.optimize >= 1 {
            return Ok(());
        }
        let ok = self.new_label();
        self.jump_if(test, ok, true)?;
        // The raise is located at the test expression, as CPython does.
        self.set_loc(test.range);
        self.emit(Instr::LoadAssertionError);
        if let Some(m) = msg {
            self.emit(Instr::PushNull);
            self.compile_expr(m)?;
            self.set_loc(test.range);
            self.emit(Instr::Call(1));
        }
        self.emit(Instr::Raise(1));
        self.bind(ok);
        Ok(())
    }

    /// `import_name: 'import' dotted_as_names`
    fn compile_import(&mut self, s: &'a Stmt, names: &'a [Alias]) -> CResult {
        // CPython attributes every instruction of an import to the whole statement.
        for a in names {
            self.set_loc(s.range);
            self.load_const(Const::Int(0));
            self.load_const(Const::None);
            let i = self.add_name(&a.name);
            self.emit(Instr::ImportName(i));
            match &a.asname {
                Some(asname) => {
                    let parts: Vec<&str> = a.name.split('.').collect();
                    for (k, part) in parts.iter().enumerate().skip(1) {
                        let i = self.add_name(part);
                        self.emit(Instr::ImportFrom(i));
                        if k + 1 < parts.len() {
                            self.emit(Instr::Swap(2));
                            self.emit(Instr::PopTop);
                        }
                    }
                    self.name_op(asname, NameCtx::Store)?;
                    if parts.len() > 1 {
                        self.emit(Instr::PopTop);
                    }
                }
                None => {
                    let first = a.name.split('.').next().unwrap_or(&a.name);
                    self.name_op(first, NameCtx::Store)?;
                }
            }
        }
        Ok(())
    }

    /// `import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets`
    fn compile_import_from(
        &mut self,
        s: &'a Stmt,
        module: Option<&'a str>,
        names: &'a [Alias],
        level: u32,
    ) -> CResult {
        if module == Some("__future__") && s.range.start.line > self.table.future.lineno {
            return self.error(
                "from __future__ imports must occur at the beginning of the file",
                s.range,
            );
        }
        self.load_const(Const::Int(i64::from(level)));
        let fromlist: Vec<Const> = names
            .iter()
            .map(|a| Const::Str((&*a.name).into()))
            .collect();
        self.load_const(Const::Tuple(fromlist.into()));
        let i = self.add_name(module.unwrap_or(""));
        self.emit(Instr::ImportName(i));
        for a in names {
            self.set_loc(s.range);
            if &*a.name == "*" {
                self.emit(Instr::ImportStar);
                return Ok(());
            }
            let i = self.add_name(&a.name);
            self.emit(Instr::ImportFrom(i));
            let store = a.asname.as_deref().unwrap_or(&a.name);
            self.name_op(store, NameCtx::Store)?;
        }
        self.set_loc(s.range);
        self.emit(Instr::PopTop);
        Ok(())
    }
}

/// Whether an expression is a Store-context name (for `with ... as x` and friends).
#[allow(dead_code)]
pub(crate) fn is_store(e: &Expr) -> bool {
    matches!(
        e.node,
        ExprKind::Name {
            ctx: ExprContext::Store,
            ..
        }
    )
}
