//! The first symbol-table pass: one walk over the AST recording what each scope does with
//! each name, in CPython's visiting order, on an explicit work stack (no Rust recursion).

use super::flags::*;
use super::{
    mangle, node_key_expr, node_key_stmt, ComprehensionKind, Limits, Scope, ScopeId, ScopeKind,
    SymbolTable, SymtableError,
};
use crate::future::Features;
use pyrs_parser::ast::{
    Arg, Arguments, Comprehension, Expr, ExprContext, ExprKind, Mod, Pattern, PatternKind, Range,
    Stmt, StmtKind,
};
use std::collections::HashMap;

/// One step of the walk. Children are pushed in reverse so they run in source order; steps
/// that must happen after the children (leaving a scope, restoring the class name used for
/// mangling) are pushed before them.
enum Task<'a> {
    Stmt(&'a Stmt),
    Expr(&'a Expr),
    Pattern(&'a Pattern),
    /// Enter the scope of a `def`/`async def`/`class` statement.
    EnterStmt(&'a Stmt),
    /// Enter the scope of a `lambda`.
    EnterLambda(&'a Expr),
    /// Enter a comprehension's scope and bind `.0`.
    EnterComp(&'a Expr, ComprehensionKind, bool),
    /// Enter an annotation scope (`from __future__ import annotations` only).
    EnterAnnotation(Range),
    Exit,
    /// Leave a comprehension: mark it a generator or not, propagate `async`.
    ExitComp(bool),
    Private(Option<&'a str>),
    Params(&'a Arguments),
    Def(&'a str, u16, Range),
    IterTarget(bool),
    IterExprInc,
    IterExprDec,
    Coroutine,
    /// After a `yield`'s operand: mark the scope a generator, reject it in comprehensions.
    Yielded(Range),
    Awaited,
}

struct Collector<'a> {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    /// The scopes being visited, innermost last (CPython's `st_stack`).
    stack: Vec<ScopeId>,
    /// The class name used for mangling (CPython's `st_private`).
    private: Option<&'a str>,
    future_annotations: bool,
    /// Steps to run, last first, each with the depth of the node it visits (CPython counts
    /// one level per statement, expression and pattern being visited).
    tasks: Vec<(Task<'a>, u32)>,
    /// The depth of the node being visited.
    depth: u32,
    /// The depth beyond which CPython gives up with a RecursionError.
    limit: u32,
}

type Res = Result<(), SymtableError>;

/// Runs the first pass over a module.
pub(super) fn collect(
    module: &Mod,
    future: &Features,
    limits: Limits,
) -> Result<SymbolTable, SymtableError> {
    let top = Scope::new(ScopeKind::Module, "top", Range::default(), None);
    let mut c = Collector {
        scopes: vec![top],
        by_node: HashMap::new(),
        stack: vec![0],
        private: None,
        future_annotations: future.annotations,
        tasks: Vec::new(),
        depth: limits.start_depth(),
        limit: limits.max_depth(),
    };
    match module {
        Mod::Module { body } | Mod::Interactive { body } => {
            c.extend(body.iter().rev().map(Task::Stmt));
        }
        Mod::Expression { body } => c.push(Task::Expr(body)),
    }
    c.run()?;
    Ok(SymbolTable {
        scopes: c.scopes,
        by_node: c.by_node,
        future: *future,
    })
}

fn comprehension_error(kind: Option<ComprehensionKind>) -> &'static str {
    match kind {
        Some(ComprehensionKind::List) => "'yield' inside list comprehension",
        Some(ComprehensionKind::Set) => "'yield' inside set comprehension",
        Some(ComprehensionKind::Dict) => "'yield' inside dict comprehension",
        _ => "'yield' inside generator expression",
    }
}

impl<'a> Collector<'a> {
    fn cur(&self) -> ScopeId {
        self.stack.last().copied().unwrap_or(0)
    }

    fn cur_scope(&mut self) -> &mut Scope {
        let id = self.cur();
        &mut self.scopes[id]
    }

    fn run(&mut self) -> Res {
        while let Some((task, depth)) = self.tasks.pop() {
            if matches!(task, Task::Stmt(_) | Task::Expr(_) | Task::Pattern(_)) {
                if depth > self.limit {
                    return Err(SymtableError::recursion());
                }
                self.depth = depth;
            }
            self.step(task)?;
        }
        Ok(())
    }

    /// Schedules a step visiting a child of the current node.
    fn push(&mut self, task: Task<'a>) {
        self.tasks.push((task, self.depth + 1));
    }

    fn extend(&mut self, tasks: impl IntoIterator<Item = Task<'a>>) {
        let depth = self.depth + 1;
        self.tasks.extend(tasks.into_iter().map(|t| (t, depth)));
    }

    fn push_exprs(&mut self, exprs: &'a [Expr]) {
        self.extend(exprs.iter().rev().map(Task::Expr));
    }

    fn push_stmts(&mut self, stmts: &'a [Stmt]) {
        self.extend(stmts.iter().rev().map(Task::Stmt));
    }

    /// Schedules `list` to run next, in order.
    fn schedule(&mut self, list: Vec<Task<'a>>) {
        self.extend(list.into_iter().rev());
    }

    fn step(&mut self, task: Task<'a>) -> Res {
        match task {
            Task::Stmt(s) => self.stmt(s),
            Task::Expr(e) => self.expr(e),
            Task::Pattern(p) => self.pattern(p),
            Task::EnterStmt(s) => {
                self.enter_stmt(s);
                Ok(())
            }
            Task::EnterLambda(e) => {
                let id = self.enter(ScopeKind::Function, "lambda", e.range);
                self.by_node.insert(node_key_expr(e), id);
                Ok(())
            }
            Task::EnterComp(e, kind, is_async) => {
                let name = match kind {
                    ComprehensionKind::List => "listcomp",
                    ComprehensionKind::Set => "setcomp",
                    ComprehensionKind::Dict => "dictcomp",
                    ComprehensionKind::Generator => "genexpr",
                };
                let id = self.enter(ScopeKind::Function, name, e.range);
                self.by_node.insert(node_key_expr(e), id);
                let scope = &mut self.scopes[id];
                scope.comprehension = Some(kind);
                if is_async {
                    scope.is_coroutine = true;
                }
                self.add_def(".0", DEF_PARAM, e.range)
            }
            Task::EnterAnnotation(range) => {
                self.enter(ScopeKind::Annotation, "_annotation", range);
                Ok(())
            }
            Task::Exit => {
                self.stack.pop();
                Ok(())
            }
            Task::ExitComp(is_generator) => {
                let scope = self.cur_scope();
                scope.is_generator = is_generator;
                let is_async = scope.is_coroutine && !is_generator;
                self.stack.pop();
                if is_async {
                    self.cur_scope().is_coroutine = true;
                }
                Ok(())
            }
            Task::Private(p) => {
                self.private = p;
                Ok(())
            }
            Task::Params(a) => self.params(a),
            Task::Def(name, flag, range) => self.add_def(name, flag, range),
            Task::IterTarget(on) => {
                self.cur_scope().comp_iter_target = on;
                Ok(())
            }
            Task::IterExprInc => {
                self.cur_scope().comp_iter_expr += 1;
                Ok(())
            }
            Task::IterExprDec => {
                let s = self.cur_scope();
                s.comp_iter_expr = s.comp_iter_expr.saturating_sub(1);
                Ok(())
            }
            Task::Coroutine => {
                self.cur_scope().is_coroutine = true;
                Ok(())
            }
            Task::Yielded(range) => {
                let scope = self.cur_scope();
                scope.is_generator = true;
                if scope.comprehension.is_some() {
                    let msg = comprehension_error(scope.comprehension);
                    return Err(SymtableError::new(msg.into(), range));
                }
                Ok(())
            }
            Task::Awaited => {
                self.cur_scope().is_coroutine = true;
                Ok(())
            }
        }
    }

    /// Opens a scope as a child of the current one (annotation scopes stay orphans).
    fn enter(&mut self, kind: ScopeKind, name: &str, range: Range) -> ScopeId {
        let prev = self.cur();
        let id = self.scopes.len();
        let mut scope = Scope::new(kind, name, range, Some(prev));
        let parent = &self.scopes[prev];
        scope.nested = parent.nested || parent.kind == ScopeKind::Function;
        scope.comp_iter_expr = parent.comp_iter_expr;
        self.scopes.push(scope);
        if kind != ScopeKind::Annotation {
            self.scopes[prev].children.push(id);
        }
        self.stack.push(id);
        id
    }

    fn enter_stmt(&mut self, s: &'a Stmt) {
        let (kind, name, is_async) = match &s.node {
            StmtKind::FunctionDef(f) => (ScopeKind::Function, &f.name, false),
            StmtKind::AsyncFunctionDef(f) => (ScopeKind::Function, &f.name, true),
            StmtKind::ClassDef(c) => (ScopeKind::Class, &c.name, false),
            _ => return,
        };
        let id = self.enter(kind, name, s.range);
        self.by_node.insert(node_key_stmt(s), id);
        if is_async {
            self.scopes[id].is_coroutine = true;
        }
    }

    /// Records `flag` for `name` in the current scope (CPython's `symtable_add_def`).
    fn add_def(&mut self, name: &str, flag: u16, range: Range) -> Res {
        let cur = self.cur();
        self.add_def_in(cur, name, flag, range)
    }

    fn add_def_in(&mut self, id: ScopeId, name: &str, flag: u16, range: Range) -> Res {
        let mangled = mangle(self.private, name);
        let scope = &mut self.scopes[id];
        let old = scope.lookup(&mangled).map(|s| s.flags);
        let mut val = match old {
            Some(old) => {
                if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
                    let msg = format!("duplicate argument '{name}' in function definition");
                    return Err(SymtableError::new(msg, range));
                }
                old | flag
            }
            None => flag,
        };
        if scope.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                let msg = format!(
                    "comprehension inner loop cannot rebind assignment expression target '{name}'"
                );
                return Err(SymtableError::new(msg, range));
            }
            val |= DEF_COMP_ITER;
        }
        scope.set_flags(&mangled, val);
        if flag & DEF_PARAM != 0 {
            scope.varnames.push(mangled.as_ref().into());
        } else if flag & DEF_GLOBAL != 0 {
            let module = &mut self.scopes[0];
            let val = flag | module.flags_of(&mangled);
            module.set_flags(&mangled, val);
        }
        Ok(())
    }

    fn record_directive(&mut self, name: &str, range: Range) {
        let mangled = mangle(self.private, name).into_owned().into_boxed_str();
        self.cur_scope().directives.push((mangled, range));
    }

    fn stmt(&mut self, s: &'a Stmt) -> Res {
        match &s.node {
            StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL, s.range)?;
                let mut t = Vec::new();
                t.extend(f.args.defaults.iter().map(Task::Expr));
                t.extend(f.args.kw_defaults.iter().flatten().map(Task::Expr));
                self.annotations(&mut t, s.range, &f.args, f.returns.as_deref());
                t.extend(f.decorator_list.iter().map(Task::Expr));
                t.push(Task::EnterStmt(s));
                t.push(Task::Params(&f.args));
                t.extend(f.body.iter().map(Task::Stmt));
                t.push(Task::Exit);
                self.schedule(t);
            }
            StmtKind::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL, s.range)?;
                let mut t = Vec::new();
                t.extend(c.bases.iter().map(Task::Expr));
                t.extend(c.keywords.iter().map(|k| Task::Expr(&k.value)));
                t.extend(c.decorator_list.iter().map(Task::Expr));
                t.push(Task::EnterStmt(s));
                t.push(Task::Private(Some(&c.name)));
                t.extend(c.body.iter().map(Task::Stmt));
                t.push(Task::Private(self.private));
                t.push(Task::Exit);
                self.schedule(t);
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.cur_scope().returns_value = true;
                    self.push(Task::Expr(v));
                }
            }
            StmtKind::Delete { targets } => self.push_exprs(targets),
            StmtKind::Assign { targets, value } => {
                self.push(Task::Expr(value));
                self.push_exprs(targets);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.push(Task::Expr(value));
                self.push(Task::Expr(target));
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                let mut t = Vec::new();
                if let ExprKind::Name { id, .. } = &target.node {
                    let cur = self.cur();
                    let flags = self.scopes[cur].flags_of(&mangle(self.private, id));
                    if flags & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && cur != 0 && *simple {
                        let what = if flags & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        let msg = format!("annotated name '{id}' can't be {what}");
                        return Err(SymtableError::new(msg, s.range));
                    }
                    if *simple {
                        self.add_def(id, DEF_ANNOT | DEF_LOCAL, target.range)?;
                    } else if value.is_some() {
                        self.add_def(id, DEF_LOCAL, target.range)?;
                    }
                } else {
                    t.push(Task::Expr(target));
                }
                self.annotation(&mut t, annotation);
                if let Some(v) = value {
                    t.push(Task::Expr(v));
                }
                self.schedule(t);
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                self.push_stmts(&f.orelse);
                self.push_stmts(&f.body);
                self.push(Task::Expr(&f.iter));
                self.push(Task::Expr(&f.target));
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.push_stmts(orelse);
                self.push_stmts(body);
                self.push(Task::Expr(test));
            }
            StmtKind::With(w) | StmtKind::AsyncWith(w) => {
                self.push_stmts(&w.body);
                for item in w.items.iter().rev() {
                    if let Some(v) = &item.optional_vars {
                        self.push(Task::Expr(v));
                    }
                    self.push(Task::Expr(&item.context_expr));
                }
            }
            StmtKind::Match { subject, cases } => {
                let mut t = vec![Task::Expr(subject)];
                for case in cases {
                    t.push(Task::Pattern(&case.pattern));
                    if let Some(g) = &case.guard {
                        t.push(Task::Expr(g));
                    }
                    t.extend(case.body.iter().map(Task::Stmt));
                }
                self.schedule(t);
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(c) = cause {
                    self.push(Task::Expr(c));
                }
                if let Some(e) = exc {
                    self.push(Task::Expr(e));
                }
            }
            StmtKind::Try(tr) | StmtKind::TryStar(tr) => {
                let mut t: Vec<Task<'a>> = Vec::new();
                t.extend(tr.body.iter().map(Task::Stmt));
                t.extend(tr.orelse.iter().map(Task::Stmt));
                for h in &tr.handlers {
                    if let Some(ty) = &h.type_ {
                        t.push(Task::Expr(ty));
                    }
                    if let Some(name) = &h.name {
                        t.push(Task::Def(name, DEF_LOCAL, h.range));
                    }
                    t.extend(h.body.iter().map(Task::Stmt));
                }
                t.extend(tr.finalbody.iter().map(Task::Stmt));
                self.schedule(t);
            }
            StmtKind::Assert { test, msg } => {
                if let Some(m) = msg {
                    self.push(Task::Expr(m));
                }
                self.push(Task::Expr(test));
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    let name = a.asname.as_deref().unwrap_or(&a.name);
                    if name == "*" {
                        if self.scopes[self.cur()].kind != ScopeKind::Module {
                            let msg = "import * only allowed at module level".to_string();
                            return Err(SymtableError::new(msg, a.range));
                        }
                        continue;
                    }
                    let stored = name.split('.').next().unwrap_or(name);
                    self.add_def(stored, DEF_IMPORT, a.range)?;
                }
            }
            StmtKind::Global { names } => self.declare(s, names, DEF_GLOBAL)?,
            StmtKind::Nonlocal { names } => self.declare(s, names, DEF_NONLOCAL)?,
            StmtKind::Expr { value } => self.push(Task::Expr(value)),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    /// `global` / `nonlocal`: rejected after a use, binding or annotation in the same scope.
    fn declare(&mut self, s: &Stmt, names: &'a [Box<str>], flag: u16) -> Res {
        let what = if flag == DEF_GLOBAL {
            "global"
        } else {
            "nonlocal"
        };
        for name in names {
            let cur = self.scopes[self.cur()].flags_of(&mangle(self.private, name));
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let msg = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {what}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {what} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {what}")
                } else {
                    format!("name '{name}' is assigned to before {what} declaration")
                };
                return Err(SymtableError::new(msg, s.range));
            }
            self.add_def(name, flag, s.range)?;
            self.record_directive(name, s.range);
        }
        Ok(())
    }

    /// Schedules one annotation: in its own orphan scope under `from __future__ import
    /// annotations`, else in the current scope.
    fn annotation(&self, t: &mut Vec<Task<'a>>, e: &'a Expr) {
        if self.future_annotations {
            t.push(Task::EnterAnnotation(e.range));
            t.push(Task::Expr(e));
            t.push(Task::Exit);
        } else {
            t.push(Task::Expr(e));
        }
    }

    /// A function's parameter and return annotations, in CPython's order (`**kwargs` before
    /// keyword-only parameters).
    fn annotations(
        &self,
        t: &mut Vec<Task<'a>>,
        range: Range,
        a: &'a Arguments,
        returns: Option<&'a Expr>,
    ) {
        if self.future_annotations {
            t.push(Task::EnterAnnotation(range));
        }
        let ann = |arg: &'a Arg| arg.annotation.as_deref().map(Task::Expr);
        t.extend(a.posonlyargs.iter().filter_map(ann));
        t.extend(a.args.iter().filter_map(ann));
        t.extend(a.vararg.as_deref().and_then(ann));
        t.extend(a.kwarg.as_deref().and_then(ann));
        t.extend(a.kwonlyargs.iter().filter_map(ann));
        if self.future_annotations {
            t.push(Task::Exit);
        }
        if let Some(r) = returns {
            self.annotation(t, r);
        }
    }

    fn params(&mut self, a: &'a Arguments) -> Res {
        for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            self.add_def(&arg.arg, DEF_PARAM, arg.range)?;
        }
        if let Some(v) = &a.vararg {
            self.add_def(&v.arg, DEF_PARAM, v.range)?;
            self.cur_scope().has_varargs = true;
        }
        if let Some(k) = &a.kwarg {
            self.add_def(&k.arg, DEF_PARAM, k.range)?;
            self.cur_scope().has_varkeywords = true;
        }
        Ok(())
    }

    /// Rejects `what` inside an annotation scope.
    fn not_in_annotation(&self, what: &str, e: &Expr) -> Res {
        if self.scopes[self.cur()].kind == ScopeKind::Annotation {
            let msg = format!("'{what}' can not be used within an annotation");
            return Err(SymtableError::new(msg, e.range));
        }
        Ok(())
    }

    fn expr(&mut self, e: &'a Expr) -> Res {
        match &e.node {
            ExprKind::BoolOp { values, .. } => self.push_exprs(values),
            ExprKind::NamedExpr { target, value } => {
                self.not_in_annotation("named expression", e)?;
                if self.scopes[self.cur()].comp_iter_expr > 0 {
                    let msg = "assignment expression cannot be used in a comprehension iterable expression";
                    return Err(SymtableError::new(msg.into(), e.range));
                }
                if self.scopes[self.cur()].comprehension.is_some() {
                    self.extend_namedexpr_scope(target)?;
                }
                self.push(Task::Expr(target));
                self.push(Task::Expr(value));
            }
            ExprKind::BinOp { left, right, .. } => {
                self.push(Task::Expr(right));
                self.push(Task::Expr(left));
            }
            ExprKind::UnaryOp { operand, .. } => self.push(Task::Expr(operand)),
            ExprKind::Lambda { args, body } => {
                let mut t: Vec<Task<'a>> = Vec::new();
                t.extend(args.defaults.iter().map(Task::Expr));
                t.extend(args.kw_defaults.iter().flatten().map(Task::Expr));
                t.push(Task::EnterLambda(e));
                t.push(Task::Params(args));
                t.push(Task::Expr(body));
                t.push(Task::Exit);
                self.schedule(t);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.push(Task::Expr(orelse));
                self.push(Task::Expr(body));
                self.push(Task::Expr(test));
            }
            ExprKind::Dict { keys, values } => {
                self.push_exprs(values);
                self.extend(keys.iter().rev().flatten().map(Task::Expr));
            }
            ExprKind::Set { elts } => self.push_exprs(elts),
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, ComprehensionKind::List, generators, elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, ComprehensionKind::Set, generators, elt, None)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, ComprehensionKind::Generator, generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, ComprehensionKind::Dict, generators, key, Some(value)),
            ExprKind::Yield { value } => {
                self.not_in_annotation("yield expression", e)?;
                self.push(Task::Yielded(e.range));
                if let Some(v) = value {
                    self.push(Task::Expr(v));
                }
            }
            ExprKind::YieldFrom { value } => {
                self.not_in_annotation("yield expression", e)?;
                self.push(Task::Yielded(e.range));
                self.push(Task::Expr(value));
            }
            ExprKind::Await { value } => {
                self.not_in_annotation("await expression", e)?;
                self.push(Task::Awaited);
                self.push(Task::Expr(value));
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.push_exprs(comparators);
                self.push(Task::Expr(left));
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.extend(keywords.iter().rev().map(|k| Task::Expr(&k.value)));
                self.push_exprs(args);
                self.push(Task::Expr(func));
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                if let Some(f) = format_spec {
                    self.push(Task::Expr(f));
                }
                self.push(Task::Expr(value));
            }
            ExprKind::JoinedStr { values } => self.push_exprs(values),
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => {
                self.push(Task::Expr(value))
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.push(Task::Expr(slice));
                self.push(Task::Expr(value));
            }
            ExprKind::Name { id, ctx } => {
                let load = *ctx == ExprContext::Load;
                self.add_def(id, if load { USE } else { DEF_LOCAL }, e.range)?;
                if load && &**id == "super" && self.scopes[self.cur()].kind == ScopeKind::Function {
                    self.add_def("__class__", USE, e.range)?;
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.push_exprs(elts),
            ExprKind::Slice { lower, upper, step } => {
                for part in [step, upper, lower].into_iter().flatten() {
                    self.push(Task::Expr(part));
                }
            }
        }
        Ok(())
    }

    /// A comprehension: the first iterable in the current scope, the rest in a new
    /// function-like scope whose parameter `.0` receives that iterable.
    fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: ComprehensionKind,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) {
        let Some((outer, rest)) = generators.split_first() else {
            return;
        };
        let mut t = vec![
            Task::IterExprInc,
            Task::Expr(&outer.iter),
            Task::IterExprDec,
            Task::EnterComp(e, kind, outer.is_async),
            Task::IterTarget(true),
            Task::Expr(&outer.target),
            Task::IterTarget(false),
        ];
        t.extend(outer.ifs.iter().map(Task::Expr));
        for g in rest {
            t.push(Task::IterTarget(true));
            t.push(Task::Expr(&g.target));
            t.push(Task::IterTarget(false));
            t.push(Task::IterExprInc);
            t.push(Task::Expr(&g.iter));
            t.push(Task::IterExprDec);
            t.extend(g.ifs.iter().map(Task::Expr));
            if g.is_async {
                t.push(Task::Coroutine);
            }
        }
        if let Some(v) = value {
            t.push(Task::Expr(v));
        }
        t.push(Task::Expr(elt));
        t.push(Task::ExitComp(kind == ComprehensionKind::Generator));
        self.schedule(t);
    }

    /// A walrus inside a comprehension binds in the nearest enclosing function or module.
    fn extend_namedexpr_scope(&mut self, target: &Expr) -> Res {
        let ExprKind::Name { id: name, .. } = &target.node else {
            return Ok(());
        };
        let range = target.range;
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            let scope = &self.scopes[id];
            if scope.comprehension.is_some() {
                if scope.flags_of(name) & DEF_COMP_ITER != 0 {
                    let msg = format!(
                        "assignment expression cannot rebind comprehension iteration variable '{name}'"
                    );
                    return Err(SymtableError::new(msg, range));
                }
                continue;
            }
            match scope.kind {
                ScopeKind::Function => {
                    let global = scope.flags_of(name) & DEF_GLOBAL != 0;
                    let flag = if global { DEF_GLOBAL } else { DEF_NONLOCAL };
                    self.add_def(name, flag, range)?;
                    self.record_directive(name, range);
                    return self.add_def_in(id, name, DEF_LOCAL, range);
                }
                ScopeKind::Module => {
                    self.add_def(name, DEF_GLOBAL, range)?;
                    self.record_directive(name, range);
                    return self.add_def_in(id, name, DEF_GLOBAL, range);
                }
                ScopeKind::Class => {
                    let msg = "assignment expression within a comprehension cannot be used in a class body";
                    return Err(SymtableError::new(msg.into(), range));
                }
                ScopeKind::Annotation => {}
            }
        }
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern) -> Res {
        match &p.node {
            PatternKind::MatchValue { value } => self.push(Task::Expr(value)),
            PatternKind::MatchSingleton { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                self.extend(patterns.iter().rev().map(Task::Pattern));
            }
            PatternKind::MatchStar { name } => {
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, p.range)?;
                }
            }
            PatternKind::MatchMapping(m) => {
                let mut t: Vec<Task<'a>> = m.keys.iter().map(Task::Expr).collect();
                t.extend(m.patterns.iter().map(Task::Pattern));
                if let Some(r) = &m.rest {
                    t.push(Task::Def(r, DEF_LOCAL, p.range));
                }
                self.schedule(t);
            }
            PatternKind::MatchClass(c) => {
                let mut t = vec![Task::Expr(&c.cls)];
                t.extend(c.patterns.iter().map(Task::Pattern));
                t.extend(c.kwd_patterns.iter().map(Task::Pattern));
                self.schedule(t);
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(n) = name {
                    self.push(Task::Def(n, DEF_LOCAL, p.range));
                }
                if let Some(inner) = pattern {
                    self.push(Task::Pattern(inner));
                }
            }
        }
        Ok(())
    }
}
