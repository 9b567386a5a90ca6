//! Grammar actions too large to write inline: building statements, checking targets, argument
//! lists and patterns, with CPython's error messages.

use crate::ast::*;
use crate::error::ParseError as PErr;
use crate::lexer::Tok;
use lalrpop_util::ParseError;

/// The error type grammar actions return.
pub type LErr<'a> = ParseError<Pos, Tok<'a>, PErr>;

/// Shared state for grammar actions.
pub struct Ctx<'a> {
    /// Where the source decoder replaced invalid UTF-8 (string literals holding it are errors).
    pub bad_utf8: &'a [crate::source::BadUtf8],
}

#[cold]
pub fn user<'a>(e: PErr) -> LErr<'a> {
    ParseError::User { error: e }
}

pub fn constant(value: Constant, l: Pos, r: Pos) -> Expr {
    Expr::new(Range::new(l, r), ExprKind::Constant { value, kind: None })
}

pub fn tuple(elts: Vec<Expr>, l: Pos, r: Pos) -> Expr {
    Expr::new(
        Range::new(l, r),
        ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        },
    )
}

/// The statements of a block and where it ends: its last token before NEWLINE (a trailing
/// `;` included), which is where CPython ends the compound statement that owns it.
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub end: Pos,
}

impl Block {
    pub fn concat(lines: Vec<Block>) -> Block {
        let end = lines.last().map(|b| b.end).unwrap_or_default();
        let stmts = lines.into_iter().flat_map(|b| b.stmts).collect();
        Block { stmts, end }
    }
}

/// A body with an optional `else` block: both statement lists and the end of the last.
pub fn with_else(body: Block, els: Option<Block>) -> (Vec<Stmt>, Vec<Stmt>, Pos) {
    match els {
        Some(e) => (body.stmts, e.stmts, e.end),
        None => (body.stmts, vec![], body.end),
    }
}

pub fn number<'a>(text: &str, l: Pos, r: Pos) -> Result<Expr, LErr<'a>> {
    match crate::number::parse_number(text) {
        Ok(c) => Ok(constant(c, l, r)),
        Err(e) => Err(user(crate::fstring_ast::lit_error(e, Range::new(l, r), r))),
    }
}

// ---------------------------------------------------------------------------------------------
// Targets

/// CPython's name for an expression in "cannot assign to ..." messages.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.node {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first sub-expression that cannot be a target, if any.
pub(crate) fn invalid_target(e: &Expr, ctx: ExprContext) -> Option<&Expr> {
    match &e.node {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred { value, .. } if ctx == ExprContext::Store => invalid_target(value, ctx),
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            elts.iter().find_map(|x| invalid_target(x, ctx))
        }
        _ => Some(e),
    }
}

#[cold]
fn target_error(bad: &Expr, ctx: ExprContext) -> PErr {
    let verb = if ctx == ExprContext::Del {
        "delete"
    } else {
        "assign to"
    };
    PErr::syntax(
        format!("cannot {verb} {}", expr_name(bad)),
        bad.range.start,
        bad.range.end,
    )
}

/// Turns a parsed expression into a target with context `ctx`, or CPython's error.
pub fn set_ctx<'a>(e: Expr, ctx: ExprContext) -> Result<Expr, LErr<'a>> {
    if let Some(bad) = invalid_target(&e, ctx) {
        return Err(user(target_error(bad, ctx)));
    }
    Ok(with_ctx(e, ctx))
}

fn with_ctx(mut e: Expr, new: ExprContext) -> Expr {
    match &mut e.node {
        ExprKind::Name { ctx, .. }
        | ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. } => *ctx = new,
        ExprKind::Starred { ctx, value } => {
            *ctx = new;
            let inner = std::mem::replace(value.as_mut(), placeholder());
            **value = with_ctx(inner, new);
        }
        ExprKind::Tuple { elts, ctx } | ExprKind::List { elts, ctx } => {
            *ctx = new;
            for x in elts.iter_mut() {
                let inner = std::mem::replace(x, placeholder());
                *x = with_ctx(inner, new);
            }
        }
        _ => {}
    }
    e
}

fn placeholder() -> Expr {
    constant(Constant::None, Pos::default(), Pos::default())
}

pub fn assign<'a>(l: Pos, first: Expr, rest: Vec<Expr>, r: Pos) -> Result<Stmt, LErr<'a>> {
    let mut all = Vec::with_capacity(rest.len() + 1);
    all.push(first);
    all.extend(rest);
    let value = all.pop().unwrap_or_else(placeholder);
    let invalid = all.iter().any(|t| {
        invalid_target(t, ExprContext::Store).is_some()
            || matches!(t.node, ExprKind::Yield { .. } | ExprKind::YieldFrom { .. })
    });
    if invalid {
        // What follows the first `=`: another target, or the value.
        let second = all.get(1).unwrap_or(&value);
        if let Some(e) = all
            .first()
            .and_then(|first| named_expression_error(first, l, second, all.len() > 1))
        {
            return Err(user(e));
        }
    }
    let mut targets = Vec::with_capacity(all.len());
    for (i, t) in all.into_iter().enumerate() {
        let bad = invalid_target(&t, ExprContext::Store);
        let parenthesized = i == 0 && t.range.start != l;
        if matches!(t.node, ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }) && !parenthesized {
            return Err(user(PErr::syntax(
                "assignment to yield expression not possible",
                t.range.start,
                t.range.end,
            )));
        }
        if let Some(bad) = bad {
            return Err(user(target_error(bad, ExprContext::Store)));
        }
        targets.push(with_ctx(t, ExprContext::Store));
    }
    Ok(Stmt::new(
        Range::new(l, r),
        StmtKind::Assign {
            targets,
            value: Box::new(value),
        },
    ))
}

/// The leftmost operand of an expression written without parentheses around its parts.
fn leftmost(e: &Expr) -> &Expr {
    let inner = match &e.node {
        ExprKind::BinOp { left, .. } | ExprKind::Compare { left, .. } => left,
        ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } => value,
        ExprKind::Call { func, .. } => func,
        ExprKind::IfExp { body, .. } => body,
        ExprKind::BoolOp { values, .. } => match values.first() {
            Some(v) => v,
            None => return e,
        },
        _ => return e,
    };
    if inner.range.start == e.range.start {
        leftmost(inner)
    } else {
        e
    }
}

/// Whether `e` is what CPython's `bitwise_or` rule produces (no `not`, comparison, boolean
/// operator, conditional, lambda, star or yield at its top, unless parenthesized).
pub fn is_bitwise_or(e: &Expr) -> bool {
    !matches!(
        e.node,
        ExprKind::BoolOp { .. }
            | ExprKind::Compare { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::Starred { .. }
            | ExprKind::Yield { .. }
            | ExprKind::YieldFrom { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::UnaryOp {
                op: UnaryOp::Not,
                ..
            }
    )
}

/// CPython's second pass first reads an invalid statement `t = second ...` as a named
/// expression (`t`'s last element if `t` is a bare tuple): `NAME = x` gives "invalid syntax.
/// Maybe you meant '==' or ':=' instead of '='?", another `bitwise_or` "cannot assign to ...
/// here. Maybe you meant '==' instead of '='?" — when what follows the `=` starts with a
/// `bitwise_or` that is not followed by another `=`.
#[cold]
fn named_expression_error(t: &Expr, l: Pos, second: &Expr, more_targets: bool) -> Option<PErr> {
    // The `bitwise_or` at the start of what follows the `=` must be followed by something
    // other than `=`: it is the whole of `second` only when no other `=` follows.
    let mut lead = second;
    loop {
        let inner = match &lead.node {
            ExprKind::Tuple { elts, .. } => elts.first(),
            ExprKind::Compare { left, .. } => Some(&**left),
            ExprKind::BoolOp { values, .. } => values.first(),
            ExprKind::IfExp { body, .. } => Some(&**body),
            _ => None,
        };
        match inner {
            Some(inner) if inner.range.start == lead.range.start => lead = inner,
            _ => break,
        }
    }
    let parenthesized_lead = lead.range.start != second.range.start;
    if !is_bitwise_or(lead) && !parenthesized_lead {
        return None;
    }
    if more_targets && std::ptr::eq(lead, second) {
        return None;
    }
    let elem = match &t.node {
        ExprKind::Tuple { elts, .. } if elts.last().is_some_and(|e| e.range.end == t.range.end) => {
            elts.last()?
        }
        _ => t,
    };
    let parenthesized = elem.range.start != l && std::ptr::eq(elem, t);
    if matches!(elem.node, ExprKind::Name { .. }) && !parenthesized {
        return Some(PErr::syntax(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            elem.range.start,
            elem.range.end,
        ));
    }
    let keyword_constant = matches!(
        elem.node,
        ExprKind::Constant {
            value: Constant::None | Constant::Bool(_),
            ..
        }
    );
    let display = matches!(
        leftmost(elem).node,
        ExprKind::List { .. } | ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. }
    );
    if keyword_constant || display || !(is_bitwise_or(elem) || parenthesized) {
        return None;
    }
    Some(PErr::syntax(
        format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            expr_name(elem)
        ),
        elem.range.start,
        elem.range.end,
    ))
}

pub fn aug_assign<'a>(l: Pos, t: Expr, op: Operator, v: Expr, r: Pos) -> Result<Stmt, LErr<'a>> {
    if !matches!(
        t.node,
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
    ) {
        return Err(user(PErr::syntax(
            format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(&t)
            ),
            t.range.start,
            t.range.end,
        )));
    }
    Ok(Stmt::new(
        Range::new(l, r),
        StmtKind::AugAssign {
            target: Box::new(with_ctx(t, ExprContext::Store)),
            op,
            value: Box::new(v),
        },
    ))
}

pub fn ann_assign<'a>(
    l: Pos,
    t: Expr,
    annotation: Expr,
    value: Option<Expr>,
    r: Pos,
) -> Result<Stmt, LErr<'a>> {
    let simple = match &t.node {
        ExprKind::Name { .. } => t.range.start == l,
        ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => false,
        ExprKind::Tuple { .. } | ExprKind::List { .. } => {
            // A bare tuple is reported at its first element (CPython's rule reads it as
            // `a, b: ...`), a parenthesized one or a list as a whole.
            let at = match &t.node {
                ExprKind::Tuple { elts, .. } if t.range.start == l => {
                    elts.first().map_or(t.range, |e| e.range)
                }
                _ => t.range,
            };
            return Err(user(PErr::syntax(
                format!(
                    "only single target (not {}) can be annotated",
                    expr_name(&t)
                ),
                at.start,
                at.end,
            )));
        }
        _ => {
            return Err(user(PErr::syntax(
                "illegal target for annotation",
                t.range.start,
                t.range.end,
            )))
        }
    };
    Ok(Stmt::new(
        Range::new(l, r),
        StmtKind::AnnAssign {
            target: Box::new(with_ctx(t, ExprContext::Store)),
            annotation: Box::new(annotation),
            value: value.map(Box::new),
            simple,
        },
    ))
}

pub fn delete<'a>(l: Pos, targets: Vec<Expr>, r: Pos) -> Result<Stmt, LErr<'a>> {
    let mut out = Vec::with_capacity(targets.len());
    for t in targets {
        out.push(set_ctx(t, ExprContext::Del)?);
    }
    Ok(Stmt::new(
        Range::new(l, r),
        StmtKind::Delete { targets: out },
    ))
}

// ---------------------------------------------------------------------------------------------
// Compound statements

#[allow(clippy::vec_box)] // boxed in the grammar to keep parser symbols small
pub fn if_chain(
    l: Pos,
    test: Expr,
    body: Block,
    elifs: Vec<Box<(Pos, Expr, Block)>>,
    els: Option<Block>,
) -> Stmt {
    let mut tail = els;
    for clause in elifs.into_iter().rev() {
        let (el, t, b) = *clause;
        let (body, orelse, end) = with_else(b, tail);
        let node = Stmt::new(
            Range::new(el, end),
            StmtKind::If {
                test: Box::new(t),
                body,
                orelse,
            },
        );
        tail = Some(Block {
            end,
            stmts: vec![node],
        });
    }
    let (body, orelse, end) = with_else(body, tail);
    Stmt::new(
        Range::new(l, end),
        StmtKind::If {
            test: Box::new(test),
            body,
            orelse,
        },
    )
}

pub fn try_stmt<'a>(
    l: Pos,
    body: Block,
    handlers: Vec<(bool, ExceptHandler)>,
    orelse: Option<Block>,
    finalbody: Option<Block>,
) -> Result<Stmt, LErr<'a>> {
    let star = handlers.first().is_some_and(|h| h.0);
    if let Some((_, h)) = handlers.iter().find(|h| h.0 != star) {
        let kw_end = Pos {
            line: h.range.start.line,
            col: h.range.start.col + 6,
        };
        return Err(user(PErr::syntax(
            "cannot have both 'except' and 'except*' on the same 'try'",
            h.range.start,
            kw_end,
        )));
    }
    let handlers: Vec<ExceptHandler> = handlers.into_iter().map(|h| h.1).collect();
    let end = match (&finalbody, &orelse, handlers.last()) {
        (Some(f), _, _) => f.end,
        (None, Some(e), _) => e.end,
        (None, None, Some(h)) => h.range.end,
        (None, None, None) => body.end,
    };
    let t = Try {
        body: body.stmts,
        handlers,
        orelse: orelse.map(|b| b.stmts).unwrap_or_default(),
        finalbody: finalbody.map(|b| b.stmts).unwrap_or_default(),
    };
    let node = if star {
        StmtKind::TryStar(Box::new(t))
    } else {
        StmtKind::Try(Box::new(t))
    };
    Ok(Stmt::new(Range::new(l, end), node))
}

/// `with (a, b):` is two items (CPython tries the parenthesised form first); anything else
/// parsed as plain items stays as it is.
pub fn with_items(mut items: Vec<WithItem>) -> Vec<WithItem> {
    if items.len() == 1 && items[0].optional_vars.is_none() {
        if let ExprKind::Tuple { elts, .. } = &items[0].context_expr.node {
            let splittable = !elts.is_empty()
                && elts.iter().all(|e| {
                    !matches!(
                        e.node,
                        ExprKind::Starred { .. } | ExprKind::NamedExpr { .. }
                    )
                });
            if splittable {
                if let Some(mut item) = items.pop() {
                    if let ExprKind::Tuple { elts, .. } = &mut item.context_expr.node {
                        return std::mem::take(elts)
                            .into_iter()
                            .map(|e| WithItem {
                                context_expr: e,
                                optional_vars: None,
                            })
                            .collect();
                    }
                }
            }
        }
    }
    items
}

pub fn decorate(decorators: Vec<Expr>, mut s: Stmt) -> Stmt {
    match &mut s.node {
        StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => f.decorator_list = decorators,
        StmtKind::ClassDef(c) => c.decorator_list = decorators,
        _ => {}
    }
    s
}

pub fn make_async(l: Pos, s: Stmt) -> Stmt {
    let node = match s.node {
        StmtKind::FunctionDef(f) => StmtKind::AsyncFunctionDef(f),
        StmtKind::With(w) => StmtKind::AsyncWith(w),
        StmtKind::For(f) => StmtKind::AsyncFor(f),
        other => other,
    };
    Stmt::new(Range::new(l, s.range.end), node)
}

// ---------------------------------------------------------------------------------------------
// Parameters and arguments

/// A parameter's default value and the position of its `=`.
pub type Default = Option<Box<(Pos, Expr)>>;

/// One item of a parameter list, before it is sorted into `arguments`.
pub enum ParamItem {
    Plain(Arg, Default),
    /// `*` or `*name`, with the default (always an error) if one was written.
    Star(Option<(Arg, Default)>, Range),
    DoubleStar(Arg, Default, Range),
    Slash(Range),
}

/// The one-byte token (`*`, `(`) starting at `at`.
fn one_char(at: Pos) -> Range {
    let end = Pos {
        line: at.line,
        col: at.col + 1,
    };
    Range::new(at, end)
}

/// The two-byte token (`**`) starting at `at`.
fn two_chars(at: Pos) -> Range {
    let end = Pos {
        line: at.line,
        col: at.col + 2,
    };
    Range::new(at, end)
}

#[cold]
fn perr<'a>(msg: &str, range: Range) -> LErr<'a> {
    user(PErr::syntax(msg, range.start, range.end))
}

/// Sorts a flat parameter list (and whether it ends with a comma) into `arguments`, with
/// CPython's checks. `lambda_colon` is the position of a lambda's `:` (CPython reports a bare
/// `*` of a lambda at the token after it).
pub fn arguments<'a>(
    params: (Vec<ParamItem>, bool),
    lambda_colon: Option<Pos>,
) -> Result<Arguments, LErr<'a>> {
    let (items, trailing_comma) = params;
    let n = items.len();
    let mut a = Arguments::default();
    let mut seen_slash = false;
    let mut seen_star: Option<Range> = None;
    let mut bare_star: Option<Range> = None;
    let mut seen_kwarg = false;
    let mut seen_default = false;
    for (i, item) in items.into_iter().enumerate() {
        if seen_kwarg {
            // CPython reports the parameter, or the `*`, `**` or `/` token.
            let range = match &item {
                ParamItem::Plain(arg, _) => arg.range,
                ParamItem::Star(_, r) | ParamItem::Slash(r) => one_char(r.start),
                ParamItem::DoubleStar(_, _, r) => two_chars(r.start),
            };
            return Err(perr("arguments cannot follow var-keyword argument", range));
        }
        match item {
            ParamItem::Plain(arg, default) => {
                if seen_star.is_some() {
                    a.kwonlyargs.push(arg);
                    a.kw_defaults.push(default.map(|d| d.1));
                    bare_star = None;
                } else {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            a.defaults.push(d.1);
                        }
                        None if seen_default => {
                            return Err(perr(
                                "non-default argument follows default argument",
                                arg.range,
                            ))
                        }
                        None => {}
                    }
                    a.args.push(arg);
                }
            }
            ParamItem::Slash(r) => {
                if seen_slash {
                    return Err(perr("/ may appear only once", r));
                }
                if seen_star.is_some() {
                    return Err(perr("/ must be ahead of *", r));
                }
                if a.args.is_empty() {
                    // CPython's message needs a comma after the `/`; `def f(/)` is plain.
                    if i + 1 == n && !trailing_comma {
                        return Err(perr("invalid syntax", r));
                    }
                    return Err(perr("at least one argument must precede /", r));
                }
                seen_slash = true;
                a.posonlyargs = std::mem::take(&mut a.args);
            }
            ParamItem::Star(arg, r) => {
                if seen_star.is_some() {
                    return Err(perr("* argument may appear only once", one_char(r.start)));
                }
                seen_star = Some(r);
                match arg {
                    Some((arg, default)) => {
                        if let Some(eq) = default.map(|d| d.0) {
                            return Err(perr(
                                "var-positional argument cannot have default value",
                                Range::new(eq, eq),
                            ));
                        }
                        a.vararg = Some(Box::new(arg));
                    }
                    None => bare_star = Some(r),
                }
            }
            ParamItem::DoubleStar(arg, default, r) => {
                if let Some(eq) = default.map(|d| d.0) {
                    return Err(perr(
                        "var-keyword argument cannot have default value",
                        Range::new(eq, eq),
                    ));
                }
                if let Some(star) = bare_star {
                    // A lambda's `*, **k`: CPython reports the `**`.
                    let at = match lambda_colon {
                        Some(_) => two_chars(r.start),
                        None => star,
                    };
                    return Err(perr("named arguments must follow bare *", at));
                }
                a.kwarg = Some(Box::new(arg));
                seen_kwarg = true;
            }
        }
    }
    if let Some(star) = bare_star {
        // A lambda's bare `*` at the end: CPython reports the `:`.
        let at = lambda_colon.map_or(star, |colon| Range::new(colon, colon));
        return Err(perr("named arguments must follow bare *", at));
    }
    Ok(a)
}

/// One item of a call's argument list.
pub enum ArgItem {
    Positional(Expr),
    /// A generator expression written without its own parentheses, `f(x for x in y)`, and
    /// where its `for` starts.
    BareGenerator(Box<(Expr, Pos)>),
    Keyword(Box<Keyword>),
}

/// The `)` ending `parens`: CPython reports argument-order errors at the last token it read.
#[cold]
fn closing_paren(parens: Range) -> Range {
    let start = Pos {
        line: parens.end.line,
        col: parens.end.col.saturating_sub(1),
    };
    Range::new(start, parens.end)
}

/// Splits call arguments into positional and keyword lists, with CPython's ordering checks.
/// `parens` is the range of the parentheses (a call's sole bare generator takes it); `call` is
/// false for a class's bases, where a sole bare generator is an error at its `for`.
pub fn call_args<'a>(
    items: Vec<ArgItem>,
    parens: Range,
    call: bool,
) -> Result<(Vec<Expr>, Vec<Keyword>), LErr<'a>> {
    let n = items.len();
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_kw_unpack = false;
    for item in items {
        match item {
            ArgItem::BareGenerator(g) => {
                let (mut g, for_pos) = *g;
                if n == 1 && call {
                    g.range = parens;
                } else if n == 1 {
                    // CPython fails at the `for` (3 bytes).
                    let end = Pos {
                        line: for_pos.line,
                        col: for_pos.col + 3,
                    };
                    return Err(perr("invalid syntax", Range::new(for_pos, end)));
                } else {
                    return Err(perr("Generator expression must be parenthesized", g.range));
                }
                args.push(g);
            }
            ArgItem::Positional(e) => {
                let starred = matches!(e.node, ExprKind::Starred { .. });
                if !keywords.is_empty() {
                    if starred && seen_kw_unpack {
                        return Err(perr(
                            "iterable argument unpacking follows keyword argument unpacking",
                            one_char(e.range.start),
                        ));
                    }
                    if !starred {
                        let msg = if seen_kw_unpack {
                            "positional argument follows keyword argument unpacking"
                        } else {
                            "positional argument follows keyword argument"
                        };
                        return Err(perr(msg, closing_paren(parens)));
                    }
                }
                args.push(e);
            }
            ArgItem::Keyword(k) => {
                if k.arg.is_none() {
                    seen_kw_unpack = true;
                }
                keywords.push(*k);
            }
        }
    }
    Ok((args, keywords))
}

pub fn single_subscript(s: Expr) -> Expr {
    if matches!(s.node, ExprKind::Starred { .. }) {
        let range = s.range;
        return Expr::new(
            range,
            ExprKind::Tuple {
                elts: vec![s],
                ctx: ExprContext::Load,
            },
        );
    }
    s
}

// ---------------------------------------------------------------------------------------------
// Strings

/// Concatenates adjacent string tokens into one `Constant` or `JoinedStr`.
pub fn strings<'a>(
    tokens: Vec<(Pos, &'a str, Pos)>,
    l: Pos,
    r: Pos,
    ctx: &Ctx<'_>,
) -> Result<Expr, LErr<'a>> {
    crate::fstring_ast::concat_strings(tokens, Range::new(l, r), ctx.bad_utf8).map_err(user)
}

/// Strings in patterns. F-strings are accepted here: CPython's parser does, its compiler
/// rejects them ("patterns may only match literals and attribute lookups").
pub fn pattern_strings<'a>(
    tokens: Vec<(Pos, &'a str, Pos)>,
    l: Pos,
    r: Pos,
    ctx: &Ctx<'_>,
) -> Result<Expr, LErr<'a>> {
    strings(tokens, l, r, ctx)
}

// ---------------------------------------------------------------------------------------------
// Patterns

pub fn not_wildcard(n: Ident) -> Option<Ident> {
    if &*n == "_" {
        None
    } else {
        Some(n)
    }
}

pub fn capture(n: Ident, l: Pos, r: Pos) -> Pattern {
    Pattern {
        range: Range::new(l, r),
        node: PatternKind::MatchAs {
            pattern: None,
            name: not_wildcard(n),
        },
    }
}

pub fn as_pattern<'a>(p: Pattern, n: Ident, l: Pos, nl: Pos, r: Pos) -> Result<Pattern, LErr<'a>> {
    if &*n == "_" {
        return Err(perr("cannot use '_' as a target", Range::new(nl, r)));
    }
    Ok(Pattern {
        range: Range::new(l, r),
        node: PatternKind::MatchAs {
            pattern: Some(Box::new(p)),
            name: Some(n),
        },
    })
}

pub fn or_pattern(mut v: Vec<Pattern>, l: Pos, r: Pos) -> Pattern {
    if v.len() == 1 {
        if let Some(p) = v.pop() {
            return p;
        }
    }
    Pattern {
        range: Range::new(l, r),
        node: PatternKind::MatchOr { patterns: v },
    }
}

fn is_imaginary(e: &Expr) -> bool {
    matches!(
        e.node,
        ExprKind::Constant {
            value: Constant::Complex { .. },
            ..
        }
    )
}

/// `real + imag` / `real - imag` in a pattern.
pub fn complex_literal<'a>(
    real: Expr,
    op: Operator,
    imag_text: &str,
    l: Pos,
    r: Pos,
    _ctx: &Ctx<'_>,
) -> Result<Expr, LErr<'a>> {
    let real_num = match &real.node {
        ExprKind::UnaryOp { operand, .. } => operand.as_ref(),
        _ => &real,
    };
    if is_imaginary(real_num) {
        return Err(perr("real number required in complex literal", real.range));
    }
    // The imaginary part starts after the operator; its exact range is the token's.
    let imag_len = imag_text.len() as u32;
    let il = Pos {
        line: r.line,
        col: r.col - imag_len,
    };
    let imag = number(imag_text, il, r)?;
    if !is_imaginary(&imag) {
        return Err(perr(
            "imaginary number required in complex literal",
            imag.range,
        ));
    }
    Ok(Expr::new(
        Range::new(l, r),
        ExprKind::BinOp {
            left: Box::new(real),
            op,
            right: Box::new(imag),
        },
    ))
}

pub enum MappingItem {
    Pair(Box<(Expr, Pattern)>),
    Rest(Ident, Range),
}

pub fn mapping_pattern<'a>(items: Vec<MappingItem>, l: Pos, r: Pos) -> Result<Pattern, LErr<'a>> {
    let mut keys = Vec::new();
    let mut patterns = Vec::new();
    let mut rest = None;
    for item in items {
        if rest.is_some() {
            // `**rest` must come last: CPython fails at the start of the next item.
            let at = match &item {
                MappingItem::Pair(kp) => kp.0.range,
                MappingItem::Rest(_, range) => one_char(range.start),
            };
            return Err(perr("invalid syntax", at));
        }
        match item {
            MappingItem::Pair(kp) => {
                let (k, p) = *kp;
                keys.push(k);
                patterns.push(p);
            }
            MappingItem::Rest(name, _) => rest = Some(name),
        }
    }
    Ok(Pattern {
        range: Range::new(l, r),
        node: PatternKind::MatchMapping(Box::new(MatchMapping {
            keys,
            patterns,
            rest,
        })),
    })
}

pub fn class_pattern<'a>(
    cls: Expr,
    args: Vec<(Option<(Ident, Range)>, Pattern)>,
    l: Pos,
    r: Pos,
) -> Result<Pattern, LErr<'a>> {
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns = Vec::new();
    for (kw, p) in args {
        match kw {
            Some((name, _)) => {
                kwd_attrs.push(name);
                kwd_patterns.push(p);
            }
            None => {
                if !kwd_attrs.is_empty() {
                    return Err(perr("positional patterns follow keyword patterns", p.range));
                }
                patterns.push(p);
            }
        }
    }
    Ok(Pattern {
        range: Range::new(l, r),
        node: PatternKind::MatchClass(Box::new(MatchClass {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        })),
    })
}
