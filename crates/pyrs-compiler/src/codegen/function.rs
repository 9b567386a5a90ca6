//! Functions and lambdas (<https://docs.python.org/3.11/reference/compound_stmts.html#function-definitions>):
//! defaults, keyword-only defaults, annotations, closures, decorators, and the body's code.

use super::{CResult, Compiler, UnitKind};
use crate::bytecode::Instr;
use crate::code::{flags, CodeObject, Const};
use pyrs_parser::ast::{Arguments, Expr, ExprKind, FunctionDef, Stmt, StmtKind};
use std::rc::Rc;

impl<'a> Compiler<'a> {
    /// `function_def: decorators function_def_raw | function_def_raw` where
    /// `function_def_raw: ['async'] 'def' NAME '(' [params] ')' ['->' expression] ':' block`
    pub(crate) fn compile_function_def(
        &mut self,
        s: &'a Stmt,
        f: &'a FunctionDef,
        is_async: bool,
    ) -> CResult {
        for d in &f.decorator_list {
            self.compile_expr(d)?;
            self.set_loc(d.range);
            self.emit(Instr::PushNull);
        }
        let firstlineno = f
            .decorator_list
            .first()
            .map_or(s.range.start.line, |d| d.range.start.line);
        self.set_loc(s.range);
        let mut mflags = self.compile_defaults(&f.args)?;
        if self.compile_annotations(&f.args, f.returns.as_deref())? {
            mflags |= 4;
        }
        let Some(scope) = self.table.scope_of_stmt(s) else {
            return self.error("internal compiler error: no scope for def", s.range);
        };
        let kind = if is_async {
            UnitKind::AsyncFunction
        } else {
            UnitKind::Function
        };
        self.enter_scope(kind, scope, &f.name, firstlineno);
        self.set_arg_counts(&f.args);
        let doc = self.docstring_of(&f.body);
        self.add_const(doc.clone().map_or(Const::None, Const::Str));
        self.unit.docstring = doc.clone();
        self.set_loc(s.range);
        self.gen_start_if_needed();
        let body: &'a [Stmt] = if doc.is_some() { &f.body[1..] } else { &f.body };
        self.compile_body(body)?;
        self.set_loc(s.range);
        if let Some(last) = f.body.last() {
            self.set_loc(last.range);
        }
        self.load_const(Const::None);
        self.emit(Instr::ReturnValue);
        let code = self.exit_scope()?;
        self.set_loc(s.range);
        self.make_function(code, mflags);
        for d in f.decorator_list.iter().rev() {
            self.set_loc(d.range);
            self.emit(Instr::Call(1));
        }
        self.set_loc(s.range);
        self.name_op(&f.name, super::NameCtx::Store)
    }

    /// `lambdef: 'lambda' [lambda_params] ':' expression`
    pub(crate) fn compile_lambda(
        &mut self,
        e: &'a Expr,
        args: &'a Arguments,
        body: &'a Expr,
    ) -> CResult {
        let mflags = self.compile_defaults(args)?;
        let Some(scope) = self.table.scope_of_expr(e) else {
            return self.error("internal compiler error: no scope for lambda", e.range);
        };
        self.enter_scope(UnitKind::Lambda, scope, "<lambda>", e.range.start.line);
        self.set_arg_counts(args);
        self.add_const(Const::None);
        self.set_loc(e.range);
        let generator = self.gen_start_if_needed();
        self.compile_expr(body)?;
        self.set_loc(body.range);
        if generator {
            self.emit(Instr::PopTop);
            self.load_const(Const::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.exit_scope()?;
        self.set_loc(e.range);
        self.make_function(code, mflags);
        Ok(())
    }

    /// Emits GenStart (and sets the flags) when the current scope is a generator or
    /// coroutine; returns whether it is a generator.
    pub(crate) fn gen_start_if_needed(&mut self) -> bool {
        let scope = self.current_scope();
        let generator = scope.is_generator;
        let coroutine = scope.is_coroutine || self.unit.kind == UnitKind::AsyncFunction;
        self.unit.flags |= flags::OPTIMIZED | flags::NEWLOCALS;
        if scope.nested {
            self.unit.flags |= flags::NESTED;
        }
        if scope.has_varargs {
            self.unit.flags |= flags::VARARGS;
        }
        if scope.has_varkeywords {
            self.unit.flags |= flags::VARKEYWORDS;
        }
        self.unit.flags |= match (generator, coroutine) {
            (true, true) => flags::ASYNC_GENERATOR,
            (true, false) => flags::GENERATOR,
            (false, true) => flags::COROUTINE,
            (false, false) => 0,
        };
        if generator || coroutine {
            self.emit(Instr::GenStart);
        }
        generator
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        self.unit.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        self.unit.posonlyargcount = args.posonlyargs.len() as u32;
        self.unit.kwonlyargcount = args.kwonlyargs.len() as u32;
    }

    /// Pushes the defaults tuple and keyword-only defaults dict; returns MakeFunction flags.
    fn compile_defaults(&mut self, args: &'a Arguments) -> CResult<u32> {
        let mut mflags = 0;
        if !args.defaults.is_empty() {
            if let Some(consts) = self.fold_elts(&args.defaults, 0) {
                self.load_const(Const::Tuple(consts.into()));
            } else {
                for d in &args.defaults {
                    self.compile_expr(d)?;
                }
                self.emit(Instr::BuildTuple(args.defaults.len() as u32));
            }
            mflags |= 1;
        }
        let mut names: Vec<Const> = Vec::new();
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = default {
                self.compile_expr(d)?;
                names.push(Const::Str(self.mangled(&arg.arg).into()));
            }
        }
        if !names.is_empty() {
            let n = names.len() as u32;
            self.load_const(Const::Tuple(names.into()));
            self.emit(Instr::BuildConstKeyMap(n));
            mflags |= 2;
        }
        Ok(mflags)
    }

    /// Pushes the annotations dict if there are annotations; returns whether it did.
    fn compile_annotations(
        &mut self,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> CResult<bool> {
        let mut names: Vec<Const> = Vec::new();
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(args.vararg.as_deref())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.as_deref());
        for a in all {
            if let Some(ann) = &a.annotation {
                match &ann.node {
                    // `*args: *Ts` is `[*Ts][0]`-like: the one item of the unpacking.
                    ExprKind::Starred { value, .. } if !self.table.future.annotations => {
                        self.compile_expr(value)?;
                        self.emit(Instr::UnpackSequence(1));
                    }
                    _ => self.compile_annotation(ann)?,
                }
                names.push(Const::Str(self.mangled(&a.arg).into()));
            }
        }
        if let Some(r) = returns {
            self.compile_annotation(r)?;
            names.push(Const::Str("return".into()));
        }
        if names.is_empty() {
            return Ok(false);
        }
        let n = names.len() as u32;
        self.load_const(Const::Tuple(names.into()));
        self.emit(Instr::BuildConstKeyMap(n));
        Ok(true)
    }

    /// `[closure] LoadConst(code) MakeFunction(flags)`.
    pub(crate) fn make_function(&mut self, code: Rc<CodeObject>, mut mflags: u32) {
        if self.make_closure(&code) {
            mflags |= 8;
        }
        self.load_const(Const::Code(code));
        self.emit(Instr::MakeFunction(mflags));
    }
}

/// Whether a statement defines a function (for docstring-less bodies).
#[allow(dead_code)]
pub(crate) fn is_def(s: &Stmt) -> bool {
    matches!(
        s.node,
        StmtKind::FunctionDef(_) | StmtKind::AsyncFunctionDef(_)
    )
}
