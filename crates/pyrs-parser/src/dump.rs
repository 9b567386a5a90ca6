//! Prints a tree exactly as CPython 3.11's `ast.dump(tree)` / `ast.dump(tree, include_attributes=True)` does.
//!
//! Output rules (checked against CPython 3.11): fields come in ASDL order; an optional (`?`) field
//! holding `None` is left out, while a required field holding `None` (`Constant(value=None)`) and
//! `None` entries of lists (`Dict.keys`, `arguments.kw_defaults`) are printed; list fields are
//! always printed, empty ones as `[]`; `int` fields such as `is_async` and `simple` print as `0`/`1`.
//! With `include_attributes`, nodes that carry positions (`stmt`, `expr`, `excepthandler`, `arg`,
//! `keyword`, `alias`, `pattern`) end with `lineno=, col_offset=, end_lineno=, end_col_offset=`.
//!
//! The printer is iterative: it keeps an explicit stack of pending output pieces instead of
//! recursing, so a 100,000-level left-deep `1+1+...` chain is printed without touching the call
//! stack. (Dropping such a tree is still recursive; that is the caller's concern.)

use crate::ast::{
    Alias, Arg, Arguments, BoolOp, CmpOp, Comprehension, Constant, ExceptHandler, Expr,
    ExprContext, ExprKind, For, FunctionDef, Int, Keyword, MatchCase, Mod, Operator, Pattern,
    PatternKind, PyStr, Range, Stmt, StmtKind, Try, UnaryOp, With, WithItem,
};
use pyrs_primitives::strmethods as sm;
use std::fmt::Write as _;

/// `ast.dump(module, include_attributes=...)`.
pub fn dump(module: &Mod, include_attributes: bool) -> String {
    render(module, include_attributes)
}

/// `ast.dump(expr, include_attributes=...)` for a single expression node.
pub fn dump_expr(expr: &Expr, include_attributes: bool) -> String {
    render(expr, include_attributes)
}

/// `ast.dump(stmt, include_attributes=...)` for a single statement node.
pub fn dump_stmt(stmt: &Stmt, include_attributes: bool) -> String {
    render(stmt, include_attributes)
}

/// One pending piece of output.
enum Item<'a> {
    Lit(&'static str),
    Text(String),
    Node(&'a dyn Node),
}

/// Something `ast.dump` prints: a node, or a value that may appear inside a list field.
trait Node {
    /// Appends this value's output to `out` in order; child nodes are left as [`Item::Node`].
    fn expand<'a>(&'a self, out: &mut Vec<Item<'a>>, attrs: bool);
}

fn render(root: &dyn Node, attrs: bool) -> String {
    let mut text = String::new();
    let mut stack = vec![Item::Node(root)];
    let mut parts = Vec::new();
    while let Some(item) = stack.pop() {
        match item {
            Item::Lit(s) => text.push_str(s),
            Item::Text(s) => text.push_str(&s),
            Item::Node(node) => {
                node.expand(&mut parts, attrs);
                stack.extend(parts.drain(..).rev());
            }
        }
    }
    text
}

/// Lays out one `Name(field=value, ...)` call.
struct Fields<'a, 'o> {
    out: &'o mut Vec<Item<'a>>,
    attrs: bool,
    any: bool,
}

impl<'a, 'o> Fields<'a, 'o> {
    fn new(out: &'o mut Vec<Item<'a>>, name: &'static str, attrs: bool) -> Self {
        out.push(Item::Lit(name));
        out.push(Item::Lit("("));
        Fields {
            out,
            attrs,
            any: false,
        }
    }

    fn key(&mut self, name: &'static str) {
        if self.any {
            self.out.push(Item::Lit(", "));
        }
        self.any = true;
        self.out.push(Item::Lit(name));
        self.out.push(Item::Lit("="));
    }

    fn node(mut self, name: &'static str, node: &'a dyn Node) -> Self {
        self.key(name);
        self.out.push(Item::Node(node));
        self
    }

    /// An optional (`?`) field: left out when `None`.
    fn opt<T: Node>(self, name: &'static str, node: Option<&'a T>) -> Self {
        match node {
            Some(node) => self.node(name, node),
            None => self,
        }
    }

    fn list<T: Node>(mut self, name: &'static str, items: &'a [T]) -> Self {
        self.key(name);
        self.out.push(Item::Lit("["));
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push(Item::Lit(", "));
            }
            self.out.push(Item::Node(item));
        }
        self.out.push(Item::Lit("]"));
        self
    }

    fn lit(mut self, name: &'static str, value: &'static str) -> Self {
        self.key(name);
        self.out.push(Item::Lit(value));
        self
    }

    fn text(mut self, name: &'static str, value: String) -> Self {
        self.key(name);
        self.out.push(Item::Text(value));
        self
    }

    fn ident(self, name: &'static str, value: &str) -> Self {
        self.text(name, repr_ident(value))
    }

    fn opt_ident(self, name: &'static str, value: Option<&str>) -> Self {
        match value {
            Some(value) => self.ident(name, value),
            None => self,
        }
    }

    fn flag(self, name: &'static str, value: bool) -> Self {
        self.lit(name, if value { "1" } else { "0" })
    }

    fn constant(self, name: &'static str, value: &Constant) -> Self {
        self.text(name, repr_constant(value))
    }

    /// Closes the call, first adding the position attributes when asked for and present.
    fn finish(self, range: Option<&Range>) {
        if let (true, Some(r)) = (self.attrs, range) {
            let mut s = String::new();
            if self.any {
                s.push_str(", ");
            }
            let _ = write!(
                s,
                "lineno={}, col_offset={}, end_lineno={}, end_col_offset={}",
                r.start.line, r.start.col, r.end.line, r.end.col
            );
            self.out.push(Item::Text(s));
        }
        self.out.push(Item::Lit(")"));
    }
}

impl Node for Mod {
    fn expand<'a>(&'a self, out: &mut Vec<Item<'a>>, attrs: bool) {
        let f = match self {
            Mod::Module { body } => Fields::new(out, "Module", attrs)
                .list("body", body)
                .lit("type_ignores", "[]"),
            Mod::Interactive { body } => Fields::new(out, "Interactive", attrs).list("body", body),
            Mod::Expression { body } => Fields::new(out, "Expression", attrs).node("body", &**body),
        };
        f.finish(None);
    }
}

fn function_def<'a, 'o>(f: Fields<'a, 'o>, def: &'a FunctionDef) -> Fields<'a, 'o> {
    f.ident("name", &def.name)
        .node("args", &*def.args)
        .list("body", &def.body)
        .list("decorator_list", &def.decorator_list)
        .opt("returns", def.returns.as_deref())
}

fn for_loop<'a, 'o>(f: Fields<'a, 'o>, def: &'a For) -> Fields<'a, 'o> {
    f.node("target", &*def.target)
        .node("iter", &*def.iter)
        .list("body", &def.body)
        .list("orelse", &def.orelse)
}

fn with<'a, 'o>(f: Fields<'a, 'o>, def: &'a With) -> Fields<'a, 'o> {
    f.list("items", &def.items).list("body", &def.body)
}

fn try_stmt<'a, 'o>(f: Fields<'a, 'o>, def: &'a Try) -> Fields<'a, 'o> {
    f.list("body", &def.body)
        .list("handlers", &def.handlers)
        .list("orelse", &def.orelse)
        .list("finalbody", &def.finalbody)
}

impl Node for Stmt {
    fn expand<'a>(&'a self, out: &mut Vec<Item<'a>>, attrs: bool) {
        use StmtKind as S;
        let new = |out, name| Fields::new(out, name, attrs);
        let f = match &self.node {
            S::FunctionDef(def) => function_def(new(out, "FunctionDef"), def),
            S::AsyncFunctionDef(def) => function_def(new(out, "AsyncFunctionDef"), def),
            S::ClassDef(def) => new(out, "ClassDef")
                .ident("name", &def.name)
                .list("bases", &def.bases)
                .list("keywords", &def.keywords)
                .list("body", &def.body)
                .list("decorator_list", &def.decorator_list),
            S::Return { value } => new(out, "Return").opt("value", value.as_deref()),
            S::Delete { targets } => new(out, "Delete").list("targets", targets),
            S::Assign { targets, value } => new(out, "Assign")
                .list("targets", targets)
                .node("value", &**value),
            S::AugAssign { target, op, value } => new(out, "AugAssign")
                .node("target", &**target)
                .lit("op", operator(*op))
                .node("value", &**value),
            S::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => new(out, "AnnAssign")
                .node("target", &**target)
                .node("annotation", &**annotation)
                .opt("value", value.as_deref())
                .flag("simple", *simple),
            S::For(def) => for_loop(new(out, "For"), def),
            S::AsyncFor(def) => for_loop(new(out, "AsyncFor"), def),
            S::While { test, body, orelse } => new(out, "While")
                .node("test", &**test)
                .list("body", body)
                .list("orelse", orelse),
            S::If { test, body, orelse } => new(out, "If")
                .node("test", &**test)
                .list("body", body)
                .list("orelse", orelse),
            S::With(def) => with(new(out, "With"), def),
            S::AsyncWith(def) => with(new(out, "AsyncWith"), def),
            S::Match { subject, cases } => new(out, "Match")
                .node("subject", &**subject)
                .list("cases", cases),
            S::Raise { exc, cause } => new(out, "Raise")
                .opt("exc", exc.as_deref())
                .opt("cause", cause.as_deref()),
            S::Try(def) => try_stmt(new(out, "Try"), def),
            S::TryStar(def) => try_stmt(new(out, "TryStar"), def),
            S::Assert { test, msg } => new(out, "Assert")
                .node("test", &**test)
                .opt("msg", msg.as_deref()),
            S::Import { names } => new(out, "Import").list("names", names),
            S::ImportFrom {
                module,
                names,
                level,
            } => new(out, "ImportFrom")
                .opt_ident("module", module.as_deref())
                .list("names", names)
                .text("level", level.to_string()),
            S::Global { names } => new(out, "Global").list("names", names),
            S::Nonlocal { names } => new(out, "Nonlocal").list("names", names),
            S::Expr { value } => new(out, "Expr").node("value", &**value),
            S::Pass => new(out, "Pass"),
            S::Break => new(out, "Break"),
            S::Continue => new(out, "Continue"),
        };
        f.finish(Some(&self.range));
    }
}

impl Node for Expr {
    fn expand<'a>(&'a self, out: &mut Vec<Item<'a>>, attrs: bool) {
        use ExprKind as E;
        let new = |out, name| Fields::new(out, name, attrs);
        let f = match &self.node {
            E::BoolOp { op, values } => new(out, "BoolOp")
                .lit("op", bool_op(*op))
                .list("values", values),
            E::NamedExpr { target, value } => new(out, "NamedExpr")
                .node("target", &**target)
                .node("value", &**value),
            E::BinOp { left, op, right } => new(out, "BinOp")
                .node("left", &**left)
                .lit("op", operator(*op))
                .node("right", &**right),
            E::UnaryOp { op, operand } => new(out, "UnaryOp")
                .lit("op", unary_op(*op))
                .node("operand", &**operand),
            E::Lambda { args, body } => new(out, "Lambda")
                .node("args", &**args)
                .node("body", &**body),
            E::IfExp { test, body, orelse } => new(out, "IfExp")
                .node("test", &**test)
                .node("body", &**body)
                .node("orelse", &**orelse),
            E::Dict { keys, values } => new(out, "Dict").list("keys", keys).list("values", values),
            E::Set { elts } => new(out, "Set").list("elts", elts),
            E::ListComp { elt, generators } => new(out, "ListComp")
                .node("elt", &**elt)
                .list("generators", generators),
            E::SetComp { elt, generators } => new(out, "SetComp")
                .node("elt", &**elt)
                .list("generators", generators),
            E::DictComp {
                key,
                value,
                generators,
            } => new(out, "DictComp")
                .node("key", &**key)
                .node("value", &**value)
                .list("generators", generators),
            E::GeneratorExp { elt, generators } => new(out, "GeneratorExp")
                .node("elt", &**elt)
                .list("generators", generators),
            E::Await { value } => new(out, "Await").node("value", &**value),
            E::Yield { value } => new(out, "Yield").opt("value", value.as_deref()),
            E::YieldFrom { value } => new(out, "YieldFrom").node("value", &**value),
            E::Compare {
                left,
                ops,
                comparators,
            } => new(out, "Compare")
                .node("left", &**left)
                .list("ops", ops)
                .list("comparators", comparators),
            E::Call {
                func,
                args,
                keywords,
            } => new(out, "Call")
                .node("func", &**func)
                .list("args", args)
                .list("keywords", keywords),
            E::FormattedValue {
                value,
                conversion,
                format_spec,
            } => new(out, "FormattedValue")
                .node("value", &**value)
                .text("conversion", conversion.to_string())
                .opt("format_spec", format_spec.as_deref()),
            E::JoinedStr { values } => new(out, "JoinedStr").list("values", values),
            E::Constant { value, kind } => new(out, "Constant")
                .constant("value", value)
                .opt_ident("kind", kind.as_deref()),
            E::Attribute { value, attr, ctx } => new(out, "Attribute")
                .node("value", &**value)
                .ident("attr", attr)
                .lit("ctx", context(*ctx)),
            E::Subscript { value, slice, ctx } => new(out, "Subscript")
                .node("value", &**value)
                .node("slice", &**slice)
                .lit("ctx", context(*ctx)),
            E::Starred { value, ctx } => new(out, "Starred")
                .node("value", &**value)
                .lit("ctx", context(*ctx)),
            E::Name { id, ctx } => new(out, "Name").ident("id", id).lit("ctx", context(*ctx)),
            E::List { elts, ctx } => new(out, "List")
                .list("elts", elts)
                .lit("ctx", context(*ctx)),
            E::Tuple { elts, ctx } => new(out, "Tuple")
                .list("elts", elts)
                .lit("ctx", context(*ctx)),
            E::Slice { lower, upper, step } => new(out, "Slice")
                .opt("lower", lower.as_deref())
                .opt("upper", upper.as_deref())
                .opt("step", step.as_deref()),
        };
        f.finish(Some(&self.range));
    }
}

/// A list entry that may be `None` (`Dict.keys`, `arguments.kw_defaults`).
impl Node for Option<Expr> {
    fn expand<'a>(&'a self, out: &mut Vec<Item<'a>>, attrs: bool) {
        match self {
            Some(expr) => expr.expand(out, attrs),
            None => out.push(Item::Lit("None")),
        }
    }
}

/// An identifier inside a list (`Global.names`, `MatchClass.kwd_attrs`).
impl Node for Box<str> {
    fn expand<'a>(&'a self, out: &mut Vec<Item<'a>>, _attrs: bool) {
        out.push(Item::Text(repr_ident(self)));
    }
}

impl Node for CmpOp {
    fn expand<'a>(&'a self, out: &mut Vec<Item<'a>>, _attrs: bool) {
        out.push(Item::Lit(cmp_op(*self)));
    }
}

impl Node for Comprehension {
    fn expand<'a>(&'a self, out: &mut Vec<Item<'a>>, attrs: bool) {
        Fields::new(out, "comprehension", attrs)
            .node("target", &self.target)
            .node("iter", &self.iter)
            .list("ifs", &self.ifs)
            .flag("is_async", self.is_async)
            .finish(None);
    }
}

impl Node for ExceptHandler {
    fn expand<'a>(&'a self, out: &mut Vec<Item<'a>>, attrs: bool) {
        Fields::new(out, "ExceptHandler", attrs)
            .opt("type", self.type_.as_deref())
            .opt_ident("name", self.name.as_deref())
            .list("body", &self.body)
            .finish(Some(&self.range));
    }
}

impl Node for Arguments {
    fn expand<'a>(&'a self, out: &mut Vec<Item<'a>>, attrs: bool) {
        Fields::new(out, "arguments", attrs)
            .list("posonlyargs", &self.posonlyargs)
            .list("args", &self.args)
            .opt("vararg", self.vararg.as_deref())
            .list("kwonlyargs", &self.kwonlyargs)
            .list("kw_defaults", &self.kw_defaults)
            .opt("kwarg", self.kwarg.as_deref())
            .list("defaults", &self.defaults)
            .finish(None);
    }
}

impl Node for Arg {
    fn expand<'a>(&'a self, out: &mut Vec<Item<'a>>, attrs: bool) {
        Fields::new(out, "arg", attrs)
            .ident("arg", &self.arg)
            .opt("annotation", self.annotation.as_deref())
            .finish(Some(&self.range));
    }
}

impl Node for Keyword {
    fn expand<'a>(&'a self, out: &mut Vec<Item<'a>>, attrs: bool) {
        Fields::new(out, "keyword", attrs)
            .opt_ident("arg", self.arg.as_deref())
            .node("value", &self.value)
            .finish(Some(&self.range));
    }
}

impl Node for Alias {
    fn expand<'a>(&'a self, out: &mut Vec<Item<'a>>, attrs: bool) {
        Fields::new(out, "alias", attrs)
            .ident("name", &self.name)
            .opt_ident("asname", self.asname.as_deref())
            .finish(Some(&self.range));
    }
}

impl Node for WithItem {
    fn expand<'a>(&'a self, out: &mut Vec<Item<'a>>, attrs: bool) {
        Fields::new(out, "withitem", attrs)
            .node("context_expr", &self.context_expr)
            .opt("optional_vars", self.optional_vars.as_deref())
            .finish(None);
    }
}

impl Node for MatchCase {
    fn expand<'a>(&'a self, out: &mut Vec<Item<'a>>, attrs: bool) {
        Fields::new(out, "match_case", attrs)
            .node("pattern", &self.pattern)
            .opt("guard", self.guard.as_deref())
            .list("body", &self.body)
            .finish(None);
    }
}

impl Node for Pattern {
    fn expand<'a>(&'a self, out: &mut Vec<Item<'a>>, attrs: bool) {
        use PatternKind as P;
        let new = |out, name| Fields::new(out, name, attrs);
        let f = match &self.node {
            P::MatchValue { value } => new(out, "MatchValue").node("value", &**value),
            P::MatchSingleton { value } => new(out, "MatchSingleton").constant("value", value),
            P::MatchSequence { patterns } => new(out, "MatchSequence").list("patterns", patterns),
            P::MatchMapping(m) => new(out, "MatchMapping")
                .list("keys", &m.keys)
                .list("patterns", &m.patterns)
                .opt_ident("rest", m.rest.as_deref()),
            P::MatchClass(c) => new(out, "MatchClass")
                .node("cls", &c.cls)
                .list("patterns", &c.patterns)
                .list("kwd_attrs", &c.kwd_attrs)
                .list("kwd_patterns", &c.kwd_patterns),
            P::MatchStar { name } => new(out, "MatchStar").opt_ident("name", name.as_deref()),
            P::MatchAs { pattern, name } => new(out, "MatchAs")
                .opt("pattern", pattern.as_deref())
                .opt_ident("name", name.as_deref()),
            P::MatchOr { patterns } => new(out, "MatchOr").list("patterns", patterns),
        };
        f.finish(Some(&self.range));
    }
}

fn context(ctx: ExprContext) -> &'static str {
    match ctx {
        ExprContext::Load => "Load()",
        ExprContext::Store => "Store()",
        ExprContext::Del => "Del()",
    }
}

fn bool_op(op: BoolOp) -> &'static str {
    match op {
        BoolOp::And => "And()",
        BoolOp::Or => "Or()",
    }
}

fn operator(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add()",
        Operator::Sub => "Sub()",
        Operator::Mult => "Mult()",
        Operator::MatMult => "MatMult()",
        Operator::Div => "Div()",
        Operator::Mod => "Mod()",
        Operator::Pow => "Pow()",
        Operator::LShift => "LShift()",
        Operator::RShift => "RShift()",
        Operator::BitOr => "BitOr()",
        Operator::BitXor => "BitXor()",
        Operator::BitAnd => "BitAnd()",
        Operator::FloorDiv => "FloorDiv()",
    }
}

fn unary_op(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Invert => "Invert()",
        UnaryOp::Not => "Not()",
        UnaryOp::UAdd => "UAdd()",
        UnaryOp::USub => "USub()",
    }
}

fn cmp_op(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq()",
        CmpOp::NotEq => "NotEq()",
        CmpOp::Lt => "Lt()",
        CmpOp::LtE => "LtE()",
        CmpOp::Gt => "Gt()",
        CmpOp::GtE => "GtE()",
        CmpOp::Is => "Is()",
        CmpOp::IsNot => "IsNot()",
        CmpOp::In => "In()",
        CmpOp::NotIn => "NotIn()",
    }
}

/// Python's `repr()` of a constant value.
pub fn repr_constant(c: &Constant) -> String {
    match c {
        Constant::None => "None".to_owned(),
        Constant::Bool(true) => "True".to_owned(),
        Constant::Bool(false) => "False".to_owned(),
        Constant::Ellipsis => "Ellipsis".to_owned(),
        Constant::Int(Int::Small(i)) => i.to_string(),
        Constant::Int(Int::Big(b)) => b.to_string(),
        Constant::Float(f) => repr_float(*f),
        Constant::Complex { real, imag } => repr_complex(*real, *imag),
        Constant::Str(s) => repr_str(s),
        Constant::Bytes(b) => repr_bytes(b),
    }
}

/// Python's `repr()` of a `str`.
pub fn repr_str(s: &PyStr) -> String {
    sm::str_repr_wtf8(s.as_wtf8())
}

/// `repr()` of an identifier (a `str` without surrogates).
fn repr_ident(s: &str) -> String {
    sm::str_repr(s)
}

/// Python's `repr()` of a `bytes` value.
pub fn repr_bytes(b: &[u8]) -> String {
    sm::bytes_repr(b, "b")
}

/// Python's `repr()` of a `float`.
pub fn repr_float(f: f64) -> String {
    pyrs_primitives::format::float_repr(f)
}

/// Python's `repr()` of a `complex`: `1j`, `2.5e+20j`, `(1-2j)`, `(-0+1j)`.
fn repr_complex(real: f64, imag: f64) -> String {
    pyrs_primitives::format::complex_repr(real, imag)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ast::Pos;
    use num_bigint::BigInt;

    fn r(l1: u32, c1: u32, l2: u32, c2: u32) -> Range {
        Range::new(Pos { line: l1, col: c1 }, Pos { line: l2, col: c2 })
    }

    fn name(id: &str, ctx: ExprContext, range: Range) -> Expr {
        Expr::new(range, ExprKind::Name { id: id.into(), ctx })
    }

    fn cnst(value: Constant, range: Range) -> Expr {
        Expr::new(range, ExprKind::Constant { value, kind: None })
    }

    fn int(v: i64, range: Range) -> Expr {
        cnst(Constant::Int(Int::Small(v)), range)
    }

    fn arg(a: &str, range: Range) -> Arg {
        Arg {
            range,
            arg: a.into(),
            annotation: None,
        }
    }

    fn stmt(range: Range, node: StmtKind) -> Stmt {
        Stmt::new(range, node)
    }

    fn both(m: &Mod) -> (String, String) {
        (dump(m, false), dump(m, true))
    }

    #[test]
    fn assign() {
        // x = 1
        let m = Mod::Module {
            body: vec![stmt(
                r(1, 0, 1, 5),
                StmtKind::Assign {
                    targets: vec![name("x", ExprContext::Store, r(1, 0, 1, 1))],
                    value: Box::new(int(1, r(1, 4, 1, 5))),
                },
            )],
        };
        let (plain, attrs) = both(&m);
        assert_eq!(plain, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
        assert_eq!(attrs, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])");
    }

    #[test]
    fn function_def_arguments() {
        // def f(a, *, k, j=2): return
        let args = Arguments {
            args: vec![arg("a", r(1, 6, 1, 7))],
            kwonlyargs: vec![arg("k", r(1, 12, 1, 13)), arg("j", r(1, 15, 1, 16))],
            kw_defaults: vec![None, Some(int(2, r(1, 17, 1, 18)))],
            ..Arguments::default()
        };
        let def = FunctionDef {
            name: "f".into(),
            args: Box::new(args),
            body: vec![stmt(r(1, 21, 1, 27), StmtKind::Return { value: None })],
            decorator_list: vec![],
            returns: None,
        };
        let m = Mod::Module {
            body: vec![stmt(r(1, 0, 1, 27), StmtKind::FunctionDef(Box::new(def)))],
        };
        let (plain, attrs) = both(&m);
        assert_eq!(plain, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[arg(arg='k'), arg(arg='j')], kw_defaults=[None, Constant(value=2)], defaults=[]), body=[Return()], decorator_list=[])], type_ignores=[])");
        assert_eq!(attrs, "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], kwonlyargs=[arg(arg='k', lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), arg(arg='j', lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)], kw_defaults=[None, Constant(value=2, lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)], defaults=[]), body=[Return(lineno=1, col_offset=21, end_lineno=1, end_col_offset=27)], decorator_list=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=27)], type_ignores=[])");
    }

    #[test]
    fn dict_import_from_try() {
        // {**a, 1: b}
        let dict = Expr::new(
            r(1, 0, 1, 11),
            ExprKind::Dict {
                keys: vec![None, Some(int(1, r(1, 6, 1, 7)))],
                values: vec![
                    name("a", ExprContext::Load, r(1, 3, 1, 4)),
                    name("b", ExprContext::Load, r(1, 9, 1, 10)),
                ],
            },
        );
        assert_eq!(dump_expr(&dict, false), "Dict(keys=[None, Constant(value=1)], values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())])");
        // from .. import m as n
        let import = stmt(
            r(1, 0, 1, 21),
            StmtKind::ImportFrom {
                module: None,
                names: vec![Alias {
                    range: r(1, 15, 1, 21),
                    name: "m".into(),
                    asname: Some("n".into()),
                }],
                level: 2,
            },
        );
        assert_eq!(dump_stmt(&import, true), "ImportFrom(names=[alias(name='m', asname='n', lineno=1, col_offset=15, end_lineno=1, end_col_offset=21)], level=2, lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)");
        // try:\n  pass\nexcept E as e:\n  pass
        let handler = ExceptHandler {
            range: r(3, 0, 4, 6),
            type_: Some(Box::new(name("E", ExprContext::Load, r(3, 7, 3, 8)))),
            name: Some("e".into()),
            body: vec![stmt(r(4, 2, 4, 6), StmtKind::Pass)],
        };
        let try_stmt = stmt(
            r(1, 0, 4, 6),
            StmtKind::Try(Box::new(Try {
                body: vec![stmt(r(2, 2, 2, 6), StmtKind::Pass)],
                handlers: vec![handler],
                orelse: vec![],
                finalbody: vec![],
            })),
        );
        assert_eq!(dump_stmt(&try_stmt, false), "Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()])], orelse=[], finalbody=[])");
    }

    #[test]
    fn match_patterns() {
        // match x:\n case None: pass\n case {1: _, **r}: pass
        let pat = |range, node| Pattern { range, node };
        let case = |pattern, pass_range| MatchCase {
            pattern,
            guard: None,
            body: vec![stmt(pass_range, StmtKind::Pass)],
        };
        let none = pat(
            r(2, 6, 2, 10),
            PatternKind::MatchSingleton {
                value: Constant::None,
            },
        );
        let mapping = PatternKind::MatchMapping(Box::new(crate::ast::MatchMapping {
            keys: vec![int(1, r(3, 7, 3, 8))],
            patterns: vec![pat(
                r(3, 10, 3, 11),
                PatternKind::MatchAs {
                    pattern: None,
                    name: None,
                },
            )],
            rest: Some("r".into()),
        }));
        let m = Mod::Module {
            body: vec![stmt(
                r(1, 0, 3, 23),
                StmtKind::Match {
                    subject: Box::new(name("x", ExprContext::Load, r(1, 6, 1, 7))),
                    cases: vec![
                        case(none, r(2, 12, 2, 16)),
                        case(pat(r(3, 6, 3, 17), mapping), r(3, 19, 3, 23)),
                    ],
                },
            )],
        };
        let (plain, attrs) = both(&m);
        assert_eq!(plain, "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSingleton(value=None), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value=1)], patterns=[MatchAs()], rest='r'), body=[Pass()])])], type_ignores=[])");
        assert_eq!(attrs, "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchSingleton(value=None, lineno=2, col_offset=6, end_lineno=2, end_col_offset=10), body=[Pass(lineno=2, col_offset=12, end_lineno=2, end_col_offset=16)]), match_case(pattern=MatchMapping(keys=[Constant(value=1, lineno=3, col_offset=7, end_lineno=3, end_col_offset=8)], patterns=[MatchAs(lineno=3, col_offset=10, end_lineno=3, end_col_offset=11)], rest='r', lineno=3, col_offset=6, end_lineno=3, end_col_offset=17), body=[Pass(lineno=3, col_offset=19, end_lineno=3, end_col_offset=23)])], lineno=1, col_offset=0, end_lineno=3, end_col_offset=23)], type_ignores=[])");
    }

    #[test]
    fn interactive_expression_kind() {
        // ast.parse('u"x"', mode='single')
        let u = Expr::new(
            r(1, 0, 1, 4),
            ExprKind::Constant {
                value: Constant::Str("x".into()),
                kind: Some("u".into()),
            },
        );
        let value = Box::new(u.clone());
        let m = Mod::Interactive {
            body: vec![stmt(r(1, 0, 1, 4), StmtKind::Expr { value })],
        };
        assert_eq!(
            dump(&m, false),
            "Interactive(body=[Expr(value=Constant(value='x', kind='u'))])"
        );
        // ast.parse('u"x"', mode='eval')
        let m = Mod::Expression { body: Box::new(u) };
        assert_eq!(dump(&m, true), "Expression(body=Constant(value='x', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=4))");
    }

    #[test]
    fn constant_reprs() {
        let big: BigInt = "123456789012345678901234567890".parse().unwrap_or_default();
        let cases: Vec<(Constant, &str)> = vec![
            (
                Constant::Int(Int::Big(Box::new(big))),
                "123456789012345678901234567890",
            ),
            (Constant::Int(Int::Small(-7)), "-7"),
            (Constant::Bool(true), "True"),
            (Constant::Ellipsis, "Ellipsis"),
            (
                Constant::Complex {
                    real: 0.0,
                    imag: 1.0,
                },
                "1j",
            ),
            (
                Constant::Complex {
                    real: 0.0,
                    imag: 0.0,
                },
                "0j",
            ),
            (
                Constant::Complex {
                    real: 0.0,
                    imag: 2.5e20,
                },
                "2.5e+20j",
            ),
            (
                Constant::Complex {
                    real: 0.0,
                    imag: f64::INFINITY,
                },
                "infj",
            ),
            (
                Constant::Complex {
                    real: 0.0,
                    imag: 1.5,
                },
                "1.5j",
            ),
            (
                Constant::Complex {
                    real: 1.0,
                    imag: -2.0,
                },
                "(1-2j)",
            ),
            (
                Constant::Complex {
                    real: -0.0,
                    imag: 1.0,
                },
                "(-0+1j)",
            ),
            (
                Constant::Complex {
                    real: 1.0,
                    imag: f64::NAN,
                },
                "(1+nanj)",
            ),
            (
                Constant::Bytes(b"\x00\x7f\x80\xff\\\t\n\r'\"".to_vec()),
                r#"b'\x00\x7f\x80\xff\\\t\n\r\'"'"#,
            ),
            (Constant::Bytes(b"'x".to_vec()), r#"b"'x""#),
        ];
        for (c, want) in cases {
            assert_eq!(repr_constant(&c), want);
        }
    }

    #[test]
    fn float_reprs() {
        // repr(float) in CPython 3.11
        let cases = [
            (1.0, "1.0"),
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (1e-4, "0.0001"),
            (0.0001234, "0.0001234"),
            (1.5e300, "1.5e+300"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-0.0, "-0.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (5e-324, "5e-324"),
            (1e15, "1000000000000000.0"),
            // exact ties between two shortest candidates round half to even
            (99.998_809_814_453_12, "99.99880981445312"),
        ];
        for (f, want) in cases {
            assert_eq!(repr_float(f), want);
        }
    }

    #[test]
    fn str_reprs() {
        // repr() of these strings in CPython 3.11
        let s = |t: &str| repr_str(&PyStr::from(t));
        assert_eq!(s("a'b"), r#""a'b""#);
        assert_eq!(s("a'\""), r#"'a\'"'"#);
        assert_eq!(
            s("\x00\x7f\u{80}\u{a0}\u{ad}\u{2028}é\\\t\n\r"),
            r"'\x00\x7f\x80\xa0\xad\u2028é\\\t\n\r'"
        );
        assert_eq!(
            s("\u{e0000}\u{10ffff}\u{1f600}"),
            "'\\U000e0000\\U0010ffff\u{1f600}'"
        );
        let mut lone = PyStr::new();
        lone.push_code_point(0xD800);
        lone.push_code_point(0xDE00);
        assert_eq!(repr_str(&lone), r"'\ud800\ude00'");
    }

    #[test]
    fn deep_chain_does_not_overflow() {
        // 1+1+...+1 with 100,000 additions, left-deep as the parser builds it
        const N: usize = 100_000;
        let one = || int(1, r(1, 0, 1, 1));
        let mut tree = one();
        for _ in 0..N {
            let node = ExprKind::BinOp {
                left: Box::new(tree),
                op: Operator::Add,
                right: Box::new(one()),
            };
            tree = Expr::new(r(1, 0, 1, 1), node);
        }
        let text = dump_expr(&tree, false);
        let head = "BinOp(left=".repeat(N);
        let tail = ", op=Add(), right=Constant(value=1))".repeat(N);
        assert_eq!(text, format!("{head}Constant(value=1){tail}"));
        // Dropping it must not recurse N levels either (Expr's Drop is iterative).
        drop(tree);
    }
}
