//! Class definitions (<https://docs.python.org/3.11/reference/compound_stmts.html#class-definitions>):
//! the body as a function run by `__build_class__`, and the `__class__` cell.

use super::{CResult, Compiler, NameCtx, UnitKind};
use crate::bytecode::Instr;
use crate::code::Const;
use pyrs_parser::ast::{ClassDef, Stmt};

impl<'a> Compiler<'a> {
    /// `class_def: decorators class_def_raw | class_def_raw` where
    /// `class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block`
    pub(crate) fn compile_class_def(&mut self, s: &'a Stmt, c: &'a ClassDef) -> CResult {
        for d in &c.decorator_list {
            self.compile_expr(d)?;
            self.set_loc(d.range);
            self.emit(Instr::PushNull);
        }
        let firstlineno = c
            .decorator_list
            .first()
            .map_or(s.range.start.line, |d| d.range.start.line);
        let Some(scope) = self.table.scope_of_stmt(s) else {
            return self.error("internal compiler error: no scope for class", s.range);
        };
        self.enter_scope(UnitKind::Class, scope, &c.name, firstlineno);
        self.set_loc(s.range);
        let module = self.add_name("__name__");
        self.emit(Instr::LoadName(module));
        self.store_name_op("__module__")?;
        let qualname = self.unit.qualname.clone();
        self.load_const(Const::Str(qualname));
        self.store_name_op("__qualname__")?;
        if super::stmt::find_ann(&c.body) {
            self.emit(Instr::SetupAnnotations);
        }
        let mut body: &'a [Stmt] = &c.body;
        if let Some(doc) = self.docstring_of(&c.body) {
            if let Some(first) = c.body.first() {
                self.set_loc(first.range);
            }
            self.unit.docstring = Some(doc.clone());
            self.load_const(Const::Str(doc));
            self.store_name_op("__doc__")?;
            body = &c.body[1..];
        }
        self.compile_body(body)?;
        self.unit.loc = super::Location::default();
        if let Some(last) = c.body.last() {
            self.set_loc(last.range);
        }
        if self.current_scope().needs_class_closure {
            let i = self.deref_index("__class__").unwrap_or(0);
            self.emit(Instr::LoadClosure(i));
            self.emit(Instr::Copy(1));
            self.store_name_op("__classcell__")?;
        } else {
            self.load_const(Const::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.exit_scope()?;

        self.set_loc(s.range);
        self.emit(Instr::LoadBuildClass);
        self.emit(Instr::PushNull);
        self.make_function(code, 0);
        self.load_const(Const::Str((&*c.name).into()));
        self.call_helper(2, &c.bases, &c.keywords, s.range)?;
        for d in c.decorator_list.iter().rev() {
            self.set_loc(d.range);
            self.emit(Instr::Call(1));
        }
        self.set_loc(s.range);
        self.name_op(&c.name, NameCtx::Store)
    }
}
