//! The abstract syntax tree, mirroring CPython 3.11's `ast` module node for node
//! (<https://docs.python.org/3.11/library/ast.html#abstract-grammar>).
//!
//! Node and field names follow CPython's ASDL; every node that carries positions in CPython
//! carries a [`Range`] here (1-based lines, 0-based columns counted in UTF-8 bytes).

use num_bigint::BigInt;
use pyrs_primitives::wtf8;

/// A position in the source: 1-based line, 0-based column in UTF-8 bytes (CPython's convention).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

/// The span of a node: `lineno`, `col_offset`, `end_lineno`, `end_col_offset`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Range {
    pub start: Pos,
    pub end: Pos,
}

impl Range {
    pub fn new(start: Pos, end: Pos) -> Self {
        Range { start, end }
    }
}

/// An identifier (already NFKC-normalised).
pub type Ident = Box<str>;

/// `mod`: the root of a parse.
#[derive(Clone, Debug, PartialEq)]
pub enum Mod {
    /// `Module(stmt* body, type_ignore* type_ignores)`
    Module { body: Vec<Stmt> },
    /// `Interactive(stmt* body)`
    Interactive { body: Vec<Stmt> },
    /// `Expression(expr body)`
    Expression { body: Box<Expr> },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub range: Range,
    pub node: StmtKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    FunctionDef(Box<FunctionDef>),
    AsyncFunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return {
        value: Option<Box<Expr>>,
    },
    Delete {
        targets: Vec<Expr>,
    },
    Assign {
        targets: Vec<Expr>,
        value: Box<Expr>,
    },
    AugAssign {
        target: Box<Expr>,
        op: Operator,
        value: Box<Expr>,
    },
    AnnAssign {
        target: Box<Expr>,
        annotation: Box<Expr>,
        value: Option<Box<Expr>>,
        simple: bool,
    },
    For(Box<For>),
    AsyncFor(Box<For>),
    While {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    If {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    With(With),
    AsyncWith(With),
    Match {
        subject: Box<Expr>,
        cases: Vec<MatchCase>,
    },
    Raise {
        exc: Option<Box<Expr>>,
        cause: Option<Box<Expr>>,
    },
    Try(Box<Try>),
    TryStar(Box<Try>),
    Assert {
        test: Box<Expr>,
        msg: Option<Box<Expr>>,
    },
    Import {
        names: Vec<Alias>,
    },
    ImportFrom {
        module: Option<Ident>,
        names: Vec<Alias>,
        level: u32,
    },
    Global {
        names: Vec<Ident>,
    },
    Nonlocal {
        names: Vec<Ident>,
    },
    Expr {
        value: Box<Expr>,
    },
    Pass,
    Break,
    Continue,
}

/// `FunctionDef` / `AsyncFunctionDef` fields.
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub name: Ident,
    pub args: Box<Arguments>,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
    pub returns: Option<Box<Expr>>,
}

/// `ClassDef` fields.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: Ident,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
}

/// `For` / `AsyncFor` fields.
#[derive(Clone, Debug, PartialEq)]
pub struct For {
    pub target: Box<Expr>,
    pub iter: Box<Expr>,
    pub body: Vec<Stmt>,
    pub orelse: Vec<Stmt>,
}

/// `With` / `AsyncWith` fields.
#[derive(Clone, Debug, PartialEq)]
pub struct With {
    pub items: Vec<WithItem>,
    pub body: Vec<Stmt>,
}

/// `Try` / `TryStar` fields.
#[derive(Clone, Debug, PartialEq)]
pub struct Try {
    pub body: Vec<Stmt>,
    pub handlers: Vec<ExceptHandler>,
    pub orelse: Vec<Stmt>,
    pub finalbody: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub range: Range,
    pub node: ExprKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: Operator,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `Dict(expr* keys, expr* values)`; a `None` key is a `**mapping` entry.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Set {
        elts: Vec<Expr>,
    },
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Await {
        value: Box<Expr>,
    },
    Yield {
        value: Option<Box<Expr>>,
    },
    YieldFrom {
        value: Box<Expr>,
    },
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// `conversion` is -1 (none) or the code of `s`, `r`, `a`.
    FormattedValue {
        value: Box<Expr>,
        conversion: i32,
        format_spec: Option<Box<Expr>>,
    },
    JoinedStr {
        values: Vec<Expr>,
    },
    Constant {
        value: Constant,
        /// `Some("u")` for a `u"..."` literal.
        kind: Option<Ident>,
    },
    Attribute {
        value: Box<Expr>,
        attr: Ident,
        ctx: ExprContext,
    },
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
        ctx: ExprContext,
    },
    Starred {
        value: Box<Expr>,
        ctx: ExprContext,
    },
    Name {
        id: Ident,
        ctx: ExprContext,
    },
    List {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    Tuple {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

/// A constant value as `ast.Constant.value` holds it.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(Int),
    Float(f64),
    /// An imaginary literal: `real` is always 0.0 from the parser.
    Complex {
        real: f64,
        imag: f64,
    },
    Str(PyStr),
    Bytes(Vec<u8>),
}

/// An integer literal: inline when it fits in an `i64`, a big integer otherwise.
#[derive(Clone, Debug, PartialEq)]
pub enum Int {
    Small(i64),
    Big(Box<BigInt>),
}

/// A Python `str` value: a sequence of code points, lone surrogates included.
///
/// Stored as generalised UTF-8 (`pyrs_primitives::wtf8`): when there is no surrogate the bytes
/// are valid UTF-8 and [`PyStr::as_str`] returns them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct PyStr {
    bytes: Vec<u8>,
    has_surrogates: bool,
}

impl PyStr {
    pub fn new() -> Self {
        PyStr::default()
    }

    pub fn push_str(&mut self, s: &str) {
        self.bytes.extend_from_slice(s.as_bytes());
    }

    pub fn push(&mut self, c: char) {
        let mut buf = [0u8; 4];
        self.bytes
            .extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }

    /// Appends any code point up to U+10FFFF, surrogates included.
    pub fn push_code_point(&mut self, cp: u32) {
        self.has_surrogates |= wtf8::is_surrogate(cp);
        wtf8::push(&mut self.bytes, cp);
    }

    pub fn push_pystr(&mut self, other: &PyStr) {
        self.bytes.extend_from_slice(&other.bytes);
        self.has_surrogates |= other.has_surrogates;
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// The text as `&str` when it holds no surrogate.
    pub fn as_str(&self) -> Option<&str> {
        if self.has_surrogates {
            None
        } else {
            std::str::from_utf8(&self.bytes).ok()
        }
    }

    /// The code points, in order.
    pub fn code_points(&self) -> impl Iterator<Item = u32> + '_ {
        wtf8::code_points(&self.bytes)
    }

    /// The text in generalised UTF-8 (see `pyrs_primitives::wtf8`).
    pub fn as_wtf8(&self) -> &[u8] {
        &self.bytes
    }
}

impl From<&str> for PyStr {
    fn from(s: &str) -> Self {
        PyStr {
            bytes: s.as_bytes().to_vec(),
            has_surrogates: false,
        }
    }
}

impl From<String> for PyStr {
    fn from(s: String) -> Self {
        PyStr {
            bytes: s.into_bytes(),
            has_surrogates: false,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExprContext {
    Load,
    Store,
    Del,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// `comprehension(expr target, expr iter, expr* ifs, int is_async)` (no positions).
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

/// `ExceptHandler(expr? type, identifier? name, stmt* body)`.
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub range: Range,
    pub type_: Option<Box<Expr>>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
}

/// `arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults,
/// arg? kwarg, expr* defaults)` (no positions).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Box<Arg>>,
    pub kwonlyargs: Vec<Arg>,
    /// One entry per keyword-only argument; `None` where it has no default.
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Box<Arg>>,
    pub defaults: Vec<Expr>,
}

/// `arg(identifier arg, expr? annotation, string? type_comment)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub range: Range,
    pub arg: Ident,
    pub annotation: Option<Box<Expr>>,
}

/// `keyword(identifier? arg, expr value)`; `arg` is `None` for `**kwargs`.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub range: Range,
    pub arg: Option<Ident>,
    pub value: Expr,
}

/// `alias(identifier name, identifier? asname)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub range: Range,
    pub name: Ident,
    pub asname: Option<Ident>,
}

/// `withitem(expr context_expr, expr? optional_vars)` (no positions).
#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Box<Expr>>,
}

/// `match_case(pattern pattern, expr? guard, stmt* body)` (no positions).
#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Box<Expr>>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub range: Range,
    pub node: PatternKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    MatchValue {
        value: Box<Expr>,
    },
    MatchSingleton {
        value: Constant,
    },
    MatchSequence {
        patterns: Vec<Pattern>,
    },
    MatchMapping(Box<MatchMapping>),
    MatchClass(Box<MatchClass>),
    MatchStar {
        name: Option<Ident>,
    },
    MatchAs {
        pattern: Option<Box<Pattern>>,
        name: Option<Ident>,
    },
    MatchOr {
        patterns: Vec<Pattern>,
    },
}

/// `MatchMapping(expr* keys, pattern* patterns, identifier? rest)`.
#[derive(Clone, Debug, PartialEq)]
pub struct MatchMapping {
    pub keys: Vec<Expr>,
    pub patterns: Vec<Pattern>,
    pub rest: Option<Ident>,
}

/// `MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)`.
#[derive(Clone, Debug, PartialEq)]
pub struct MatchClass {
    pub cls: Expr,
    pub patterns: Vec<Pattern>,
    pub kwd_attrs: Vec<Ident>,
    pub kwd_patterns: Vec<Pattern>,
}

impl Expr {
    pub fn new(range: Range, node: ExprKind) -> Self {
        Expr { range, node }
    }

    /// A node with no children, left behind where a child was moved out.
    fn leaf() -> Self {
        Expr::new(
            Range::default(),
            ExprKind::Constant {
                value: Constant::None,
                kind: None,
            },
        )
    }

    /// Moves out every boxed child that has boxed children of its own.
    fn take_deep_children(&mut self, out: &mut Vec<Expr>) {
        let mut take = |child: &mut Box<Expr>| {
            if child.node.has_boxed_children() {
                out.push(std::mem::replace(&mut **child, Expr::leaf()));
            }
        };
        match &mut self.node {
            ExprKind::BinOp { left, right, .. } => {
                take(left);
                take(right);
            }
            ExprKind::IfExp { test, body, orelse } => {
                take(test);
                take(body);
                take(orelse);
            }
            ExprKind::NamedExpr { value, .. }
            | ExprKind::UnaryOp { operand: value, .. }
            | ExprKind::Attribute { value, .. }
            | ExprKind::Subscript { value, .. }
            | ExprKind::Starred { value, .. }
            | ExprKind::Await { value }
            | ExprKind::YieldFrom { value }
            | ExprKind::Yield { value: Some(value) }
            | ExprKind::Call { func: value, .. }
            | ExprKind::Lambda { body: value, .. } => take(value),
            _ => {}
        }
    }
}

impl ExprKind {
    /// Whether this node owns other expressions through a `Box` (the links that can chain
    /// without limit: `-(-(-x))`, `a.b.c.d`, `1+1+1`, `f()()()`).
    fn has_boxed_children(&self) -> bool {
        matches!(
            self,
            ExprKind::BinOp { .. }
                | ExprKind::IfExp { .. }
                | ExprKind::NamedExpr { .. }
                | ExprKind::UnaryOp { .. }
                | ExprKind::Attribute { .. }
                | ExprKind::Subscript { .. }
                | ExprKind::Starred { .. }
                | ExprKind::Await { .. }
                | ExprKind::YieldFrom { .. }
                | ExprKind::Yield { value: Some(_) }
                | ExprKind::Call { .. }
                | ExprKind::Lambda { .. }
        )
    }
}

/// Dropping a tree must not recurse once per level: `-` repeated 100,000 times is a valid
/// expression. Like CPython's "trashcan", children that have children of their own are moved
/// to an explicit stack and freed from there; shallow nodes take the ordinary path and the
/// stack is never allocated for them.
impl Drop for Expr {
    fn drop(&mut self) {
        if !self.node.has_boxed_children() {
            return;
        }
        let mut stack = Vec::new();
        self.take_deep_children(&mut stack);
        while let Some(mut e) = stack.pop() {
            e.take_deep_children(&mut stack);
        }
    }
}

impl Stmt {
    pub fn new(range: Range, node: StmtKind) -> Self {
        Stmt { range, node }
    }
}
