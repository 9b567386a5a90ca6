//! The expression-level `invalid_*` rules (see [`super::rules`]): what CPython's second pass
//! finds inside expressions, comprehensions and displays.

use super::displays::dict_key_without_colon;
use super::rules::{error_at, statement_head, Found};
use super::tokens::{ends_operand, is_close, is_open, starts_expression, Toks};
use crate::ast::{Constant, Expr, ExprKind};
use crate::builder::{expr_name, is_bitwise_or};
use crate::error::ParseError;
use crate::lexer::Tok;

/// Whether token `i` begins a `*`/`**` unpacking or a decorator rather than a binary operator.
fn is_prefix_operator(toks: &Toks<'_, '_>, i: usize) -> bool {
    i == 0 || !toks.tok(i - 1).is_some_and(ends_operand)
}

/// The first token of the disjunction (an expression without `if`/`lambda`) that ends just
/// before token `e`, found by walking back over operands and operators.
fn disjunction_start(toks: &Toks<'_, '_>, e: usize) -> Option<usize> {
    let mut i = e;
    while i > 0 {
        let t = toks.tok(i - 1)?;
        if is_close(t) {
            i = toks.partner(i - 1)?;
            continue;
        }
        let part = match t {
            Tok::Star | Tok::DoubleStar | Tok::At => !is_prefix_operator(toks, i - 1),
            Tok::In => !comprehension_in(toks, i - 1),
            Tok::Name(_)
            | Tok::Number(_)
            | Tok::String(_)
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
            | Tok::Dot
            | Tok::Not
            | Tok::And
            | Tok::Or
            | Tok::Is
            | Tok::Await
            | Tok::Plus
            | Tok::Minus
            | Tok::Tilde
            | Tok::Slash
            | Tok::DoubleSlash
            | Tok::Percent
            | Tok::LeftShift
            | Tok::RightShift
            | Tok::Amper
            | Tok::Vbar
            | Tok::Circumflex
            | Tok::Less
            | Tok::Greater
            | Tok::LessEqual
            | Tok::GreaterEqual
            | Tok::EqEqual
            | Tok::NotEqual
            | Tok::Match
            | Tok::Case => true,
            _ => false,
        };
        if !part {
            break;
        }
        i -= 1;
    }
    (i < e).then_some(i)
}

/// Whether the `in` at `i` belongs to a `for ... in` (of a comprehension or statement).
fn comprehension_in(toks: &Toks<'_, '_>, i: usize) -> bool {
    let level = toks.enclosing(i);
    let mut j = i;
    while j > 0 {
        j -= 1;
        let t = toks.tok(j);
        if is_close(t.unwrap_or(&Tok::Newline)) {
            match toks.partner(j) {
                Some(p) => {
                    j = p;
                    continue;
                }
                None => return false,
            }
        }
        if toks.enclosing(j) != level && t.is_some_and(is_open) {
            return false;
        }
        // A `for` target may hold names, attributes, subscripts, stars and commas.
        match t {
            Some(Tok::For) => return true,
            Some(
                Tok::Newline
                | Tok::Indent
                | Tok::Dedent
                | Tok::Semi
                | Tok::In
                | Tok::Colon
                | Tok::Equal
                | Tok::If
                | Tok::Else
                | Tok::Lambda,
            ) => return false,
            _ => {}
        }
    }
    false
}

/// A disjunction that ends just before token `e`: its start and the expression.
fn disjunction_before(toks: &Toks<'_, '_>, e: usize) -> Option<(usize, Expr)> {
    let s = disjunction_start(toks, e)?;
    let expr = toks.parse(s, e).ok()?;
    let disjunction = !matches!(
        expr.node,
        ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::Starred { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Yield { .. }
            | ExprKind::YieldFrom { .. }
            | ExprKind::GeneratorExp { .. }
    ) && (!matches!(expr.node, ExprKind::Tuple { .. }) || toks.is(s, &Tok::LPar));
    disjunction.then_some((s, expr))
}

/// What the token before an expression starting at `s` makes of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    /// A call argument (`f(` or `,` inside a call).
    Argument,
    /// A place where CPython parses a named expression (conditions, displays, groups,
    /// subscripts, decorators).
    Named,
    /// Another expression position (`=`, `return`, `:` in a dict or slice, ...).
    Expression,
    /// Not where CPython parses an `expression` (after `for ... in`, `*`, `if` of a
    /// comprehension, ...).
    Other,
}

/// Whether the bracket at `open` is the parenthesis of a call or a class's bases.
pub(super) fn is_call_paren(toks: &Toks<'_, '_>, open: usize) -> bool {
    toks.is(open, &Tok::LPar)
        && open > 0
        && toks.tok(open - 1).is_some_and(ends_operand)
        && !(open >= 2 && toks.is(open - 2, &Tok::Def))
}

fn slot(toks: &Toks<'_, '_>, s: usize) -> Slot {
    if s == 0 || toks.nested_start.get() == Some(s) {
        return Slot::Expression;
    }
    let prev = s - 1;
    let Some(t) = toks.tok(prev) else {
        return Slot::Other;
    };
    let in_call = |open: Option<usize>| open.is_some_and(|o| is_call_paren(toks, o));
    let def_params = |open: Option<usize>| {
        open.is_some_and(|o| o >= 2 && toks.is(o, &Tok::LPar) && toks.is(o - 2, &Tok::Def))
    };
    let open = if is_open(t) {
        Some(prev)
    } else {
        toks.enclosing(prev)
    };
    // Names being imported (or declared global) are no expressions.
    let head = toks.line_start(s);
    let import_names = open.is_some_and(|o| o > 0 && toks.is(o - 1, &Tok::Import))
        || matches!(
            toks.tok(head),
            Some(Tok::Import | Tok::From | Tok::Global | Tok::Nonlocal)
        );
    // A parameter's name is no expression (its annotation and default are).
    let param_name = def_params(open) && matches!(t, Tok::LPar | Tok::Comma);
    if param_name || import_names {
        return Slot::Other;
    }
    match t {
        // `*x` right after a bracket (CPython's invalid_comprehension reads an expression there)
        // or as a call argument.
        Tok::Star if is_prefix_operator(toks, prev) && prev > 0 => {
            let before = prev - 1;
            match toks.tok(before) {
                Some(Tok::LPar | Tok::LSqb | Tok::LBrace) if !is_call_paren(toks, before) => {
                    Slot::Expression
                }
                Some(Tok::LPar) => Slot::Argument,
                Some(Tok::Comma) if in_call(toks.enclosing(before)) => Slot::Argument,
                _ => Slot::Other,
            }
        }
        Tok::LPar if is_call_paren(toks, prev) => Slot::Argument,
        Tok::Comma if in_call(toks.enclosing(prev)) => Slot::Argument,
        Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::Comma => {
            let open = if t == &Tok::Comma {
                toks.enclosing(prev)
            } else {
                Some(prev)
            };
            match open {
                Some(o) if toks.is(o, &Tok::LBrace) && brace_is_dict(toks, o) => Slot::Expression,
                _ => Slot::Named,
            }
        }
        Tok::If | Tok::Elif | Tok::While if toks.line_start(prev) == prev => Slot::Named,
        Tok::At if is_prefix_operator(toks, prev) => Slot::Named,
        Tok::Match => Slot::Named,
        Tok::Equal
        | Tok::Colon
        | Tok::Return
        | Tok::Yield
        | Tok::Else
        | Tok::Assert
        | Tok::Del
        | Tok::ColonEqual
        | Tok::Arrow
        | Tok::Semi
        | Tok::Newline
        | Tok::Indent
        | Tok::Dedent
        | Tok::Raise
        | Tok::From
        | Tok::PlusEqual
        | Tok::MinusEqual
        | Tok::StarEqual
        | Tok::SlashEqual
        | Tok::DoubleSlashEqual
        | Tok::PercentEqual
        | Tok::AtEqual
        | Tok::AmperEqual
        | Tok::VbarEqual
        | Tok::CircumflexEqual
        | Tok::RightShiftEqual
        | Tok::LeftShiftEqual
        | Tok::DoubleStarEqual => Slot::Expression,
        // CPython's invalid_for_target reads star expressions after `for`.
        Tok::For => Slot::Expression,
        Tok::In if !comprehension_in(toks, prev) => Slot::Other,
        Tok::In if toks.enclosing(prev).is_none() => Slot::Expression,
        _ => Slot::Other,
    }
}

/// Whether the `{` at `open` starts a dict display (its first item has a top-level `:` or is
/// `**x`).
pub(super) fn brace_is_dict(toks: &Toks<'_, '_>, open: usize) -> bool {
    if toks.is(open + 1, &Tok::DoubleStar) {
        return true;
    }
    let mut j = open + 1;
    while j < toks.len() {
        let t = &toks.v[j].1;
        if is_open(t) {
            match toks.partner(j) {
                Some(p) => j = p + 1,
                None => return false,
            }
            continue;
        }
        match t {
            Tok::Colon => return true,
            Tok::Comma | Tok::RBrace | Tok::For | Tok::Equal | Tok::ColonEqual => return false,
            Tok::Lambda => return false,
            _ => j += 1,
        }
    }
    false
}

pub(super) fn expression_rules(
    toks: &Toks<'_, '_>,
    i: usize,
    _expected: &[String],
) -> Option<Found> {
    let t = toks.tok(i);
    if let Some(found) = legacy_statement(toks, i) {
        return Some(found);
    }
    if let Some(found) = for_target(toks, i) {
        return Some(found);
    }
    let prev = i.checked_sub(1).and_then(|p| toks.tok(p));
    // `def f(a=)`: "expected default value expression" at the `=`.
    if prev == Some(&Tok::Equal)
        && matches!(t, Some(Tok::RPar | Tok::Comma))
        && in_parameters(toks, i - 1)
    {
        let e = error_at(toks, "expected default value expression", i - 1, i - 1);
        return Some((e, i));
    }
    // `case x as 1:`: "invalid pattern target".
    if prev == Some(&Tok::As)
        && !matches!(t, Some(Tok::Name(_)))
        && toks.is(statement_head(toks, i), &Tok::Case)
    {
        if let Some((target, end)) = toks.expr_at(i, toks.len()) {
            let e = ParseError::syntax(
                "invalid pattern target",
                target.range.start,
                target.range.end,
            );
            return Some((e, end));
        }
    }
    match t {
        Some(Tok::Equal) => {
            if let Some(found) = assign_in_expression(toks, i) {
                return Some(found);
            }
        }
        Some(Tok::ColonEqual) => {
            if let Some(found) = walrus_target(toks, i) {
                return Some(found);
            }
        }
        Some(Tok::LPar) if i > 0 => {
            if let Some(found) = parenthesized_params(toks, i) {
                return Some(found);
            }
        }
        _ => {}
    }
    if let Some(found) = if_without_else(toks, i) {
        return Some(found);
    }
    forgot_comma(toks, i)
        .or_else(|| juxtaposed_assignment(toks, i))
        .or_else(|| nested_legacy(toks, i))
        .or_else(|| argument_order(toks, i))
}

/// CPython's `invalid_legacy_expression` (`NAME !'(' star_expressions`) parses what follows a
/// name with the invalid rules on, whatever the name: a mistake inside (`x {a = 1}`) is
/// reported from there. Runs of juxtaposed names are followed to their end.
fn nested_legacy(toks: &Toks<'_, '_>, i: usize) -> Option<Found> {
    let mut i = i;
    loop {
        let name = i.checked_sub(1)?;
        if !matches!(toks.tok(name), Some(Tok::Name(_)))
            || toks.is(i, &Tok::LPar)
            || !toks.tok(i).is_some_and(starts_expression)
            || slot(toks, name) == Slot::Other
        {
            return None;
        }
        let j = match toks.parse(i, toks.len()) {
            Ok(_) => return None,
            Err(j) if j > i && j < toks.len() => j,
            Err(_) => return None,
        };
        // At the level of `i` the star expressions just end (no error for other names than
        // print and exec); inside brackets opened after `i`, the rules apply.
        if toks.enclosing(j).is_some_and(|o| o >= i) {
            toks.nested_start.set(Some(i));
            let found =
                dict_key_without_colon(toks, j, &[]).or_else(|| inner_expression_rules(toks, j));
            toks.nested_start.set(None);
            if found.is_some() {
                return found;
            }
        } else if let Some(found) = nested_item(toks, i, j) {
            return Some(found);
        }
        i = j;
    }
}

/// A nested parse from `i` that failed at `j` at its own level: the expression at `i` is
/// tried with the rules that look at a whole expression (`x if y z`).
fn nested_item(toks: &Toks<'_, '_>, i: usize, j: usize) -> Option<Found> {
    toks.nested_start.set(Some(i));
    let found = if_without_else(toks, j);
    toks.nested_start.set(None);
    found
}

/// The expression rules that apply inside a nested parse.
fn inner_expression_rules(toks: &Toks<'_, '_>, i: usize) -> Option<Found> {
    match toks.tok(i) {
        Some(Tok::Equal) => assign_in_expression(toks, i),
        Some(Tok::ColonEqual) => walrus_target(toks, i),
        _ => None,
    }
    .or_else(|| if_without_else(toks, i))
    .or_else(|| forgot_comma(toks, i))
}

/// `f(a=1, b ->`: the arguments read so far break CPython's order rules ("positional
/// argument follows keyword argument", reported at the last token read).
fn argument_order(toks: &Toks<'_, '_>, i: usize) -> Option<Found> {
    let open = toks.enclosing(i)?;
    if !is_call_paren(toks, open) {
        return None;
    }
    // `... , positional !'='`: a keyword-looking argument is no positional one.
    if toks.is(i, &Tok::Equal) {
        return None;
    }
    let mut e = toks.call_prefix_error(open, i)?;
    if e.msg.starts_with("positional argument follows") {
        e.start = toks.start(i);
        e.end = Some(toks.end(i));
    }
    Some((e, i))
}

/// Whether token `i` is in the parameters of a `def` (its parentheses) or a `lambda` (before
/// its `:`).
fn in_parameters(toks: &Toks<'_, '_>, i: usize) -> bool {
    if let Some(open) = toks.enclosing(i) {
        if open >= 2 && toks.is(open, &Tok::LPar) && toks.is(open - 2, &Tok::Def) {
            return true;
        }
    }
    let mut j = i;
    while j > 0 {
        j -= 1;
        match toks.tok(j) {
            Some(Tok::Lambda) => return true,
            Some(
                Tok::Name(_) | Tok::Comma | Tok::Equal | Tok::Star | Tok::DoubleStar | Tok::Slash,
            ) => {}
            _ => return false,
        }
    }
    false
}

/// `for f() ...` without its `in` yet: CPython's invalid_for_target reads star expressions
/// after `for` and reports one that cannot be assigned ("cannot assign to function call").
fn for_target(toks: &Toks<'_, '_>, i: usize) -> Option<Found> {
    let level = toks.enclosing(i);
    let line = toks.line_start(i);
    let mut j = i;
    let f = loop {
        if j <= line {
            return None;
        }
        j -= 1;
        let t = toks.tok(j)?;
        if is_close(t) {
            j = toks.partner(j)?;
            continue;
        }
        if toks.enclosing(j) != level || matches!(t, Tok::In | Tok::Newline | Tok::Semi) {
            return None;
        }
        if t == &Tok::For {
            break j;
        }
    };
    let (targets, _) = toks.star_expressions_at(f + 1)?;
    let mut bad = crate::builder::invalid_target(&targets, crate::ast::ExprContext::Store)?;
    // `a in b` read as a comparison: the target is its left side.
    while let ExprKind::Compare { left, ops, .. } = &bad.node {
        if ops.first() != Some(&crate::ast::CmpOp::In) {
            break;
        }
        bad = crate::builder::invalid_target(left, crate::ast::ExprContext::Store)?;
    }
    let msg = format!("cannot assign to {}", expr_name(bad));
    Some((ParseError::syntax(msg, bad.range.start, bad.range.end), i))
}

/// `print x` / `exec code`: "Missing parentheses in call to 'print'. Did you mean print(...)?".
fn legacy_statement(toks: &Toks<'_, '_>, i: usize) -> Option<Found> {
    let name = i.checked_sub(1)?;
    let Some(Tok::Name(n)) = toks.tok(name) else {
        return None;
    };
    if !matches!(&**n, "print" | "exec") || toks.is(i, &Tok::LPar) {
        return None;
    }
    if !matches!(
        slot(toks, name),
        Slot::Expression | Slot::Named | Slot::Argument
    ) {
        return None;
    }
    if !toks
        .tok(i)
        .is_some_and(|t| starts_expression(t) || t == &Tok::Star)
    {
        return None;
    }
    let (b, end) = toks.expr_at(i, toks.len())?;
    // The range runs to the end of all the star expressions (`print a, b`).
    let b_end = toks
        .star_expressions_at(i)
        .map_or(b.range.end, |(all, _)| all.range.end);
    let msg = format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?");
    Some((ParseError::syntax(msg, toks.start(name), b_end), end))
}

/// `a b` inside brackets: "invalid syntax. Perhaps you forgot a comma?".
fn forgot_comma(toks: &Toks<'_, '_>, i: usize) -> Option<Found> {
    comma_between(toks, i).or_else(|| {
        // `a not b`: the parser took `not` for the start of `not in`; `a [b]` / `a (b)` after a
        // failed subscript or call: the bracket starts `b`.
        let before = i.checked_sub(1)?;
        let shifted = match toks.tok(before)? {
            Tok::Not => !toks.is(before.checked_sub(1)?, &Tok::Is),
            Tok::LSqb | Tok::LPar => toks.tok(before.checked_sub(1)?).is_some_and(ends_operand),
            _ => false,
        };
        if shifted {
            comma_between(toks, before)
        } else {
            None
        }
    })
}

/// "Perhaps you forgot a comma?" between a disjunction ending before `i` and an expression
/// starting at `i`.
fn comma_between(toks: &Toks<'_, '_>, i: usize) -> Option<Found> {
    if !toks.tok(i).is_some_and(starts_expression) {
        return None;
    }
    let (s, a) = disjunction_before(toks, i)?;
    if !matches!(
        slot(toks, s),
        Slot::Expression | Slot::Named | Slot::Argument
    ) {
        return None;
    }
    // !(NAME STRING | SOFT_KEYWORD)
    // (CPython compares only the name's length of each soft keyword, so any prefix of `_`,
    // `case` or `match` counts as one.)
    let first = toks.tok(s)?;
    let soft_keyword = |n: &str| ["_", "case", "match"].iter().any(|k| k.starts_with(n));
    if matches!(first, Tok::Match | Tok::Case)
        || matches!(first, Tok::Name(n) if soft_keyword(n))
        || matches!(first, Tok::Name(_)) && matches!(toks.tok(s + 1), Some(Tok::String(_)))
    {
        return None;
    }
    // CPython parses `b` before it checks the brackets (reading that far matters for an
    // unclosed bracket): `a b` at the top level is plain "invalid syntax".
    let b = toks.expr_at(i, toks.len());
    toks.enclosing(i)?;
    if matches!(&a.node, ExprKind::Name { id, .. } if &**id == "print" || &**id == "exec") {
        return None;
    }
    let (b, end) = b?;
    let e = ParseError::syntax(
        "invalid syntax. Perhaps you forgot a comma?",
        a.range.start,
        b.range.end,
    );
    Some((e, end))
}

/// `a if b c`: "expected 'else' after 'if' expression".
fn if_without_else(toks: &Toks<'_, '_>, i: usize) -> Option<Found> {
    // The `if` of a conditional expression before `i` on this logical line, at this bracket
    // level or an outer one: CPython's `disjunction 'if' disjunction !('else'|':')`.
    let line = toks.line_start(i);
    let mut j = i;
    while j > line {
        j -= 1;
        if !toks.is(j, &Tok::If) || j == line || !toks.tok(j - 1).is_some_and(ends_operand) {
            continue;
        }
        if comprehension_if(toks, j) {
            continue;
        }
        let Some((b, after)) = toks.expr_at(j + 1, toks.len()) else {
            continue;
        };
        if after > i || matches!(toks.tok(after), Some(Tok::Else | Tok::Colon)) {
            continue;
        }
        let Some((s, a)) = disjunction_before(toks, j) else {
            continue;
        };
        if slot(toks, s) == Slot::Other {
            continue;
        }
        let e = ParseError::syntax(
            "expected 'else' after 'if' expression",
            a.range.start,
            b.range.end,
        );
        return Some((e, after));
    }
    None
}

/// Whether the `if` at `j` is the condition of a comprehension (a `for` before it at its level).
fn comprehension_if(toks: &Toks<'_, '_>, j: usize) -> bool {
    let level = toks.enclosing(j);
    if level.is_none() {
        // Comprehensions are in brackets; a `for` statement's header is not one.
        return false;
    }
    let mut k = j;
    while k > 0 {
        k -= 1;
        let t = toks.tok(k);
        if t.is_some_and(is_close) {
            match toks.partner(k) {
                Some(p) => {
                    k = p;
                    continue;
                }
                None => return false,
            }
        }
        if toks.enclosing(k) != level || matches!(t, Some(Tok::Newline | Tok::Comma)) {
            return false;
        }
        if matches!(t, Some(Tok::For)) {
            return true;
        }
    }
    false
}

fn is_keyword_constant(e: &Expr) -> bool {
    matches!(
        &e.node,
        ExprKind::Constant {
            value: Constant::None | Constant::Bool(_),
            ..
        }
    )
}

/// An `=` where an expression goes on: `if x = 1:`, `f(a.b=1)`, `[x = 1]`.
fn assign_in_expression(toks: &Toks<'_, '_>, eq: usize) -> Option<Found> {
    let (s, a) = disjunction_before(toks, eq)?;
    match slot(toks, s) {
        // `f(*a = 1)`: no keyword argument rule starts at `*`.
        Slot::Argument if toks.is(s - 1, &Tok::Star) => None,
        Slot::Argument => {
            if is_keyword_constant(&a) && s + 1 == eq {
                let msg = format!("cannot assign to {}", expr_name(&a));
                return Some((error_at(toks, msg, s, eq), eq));
            }
            let e = ParseError::syntax(
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                a.range.start,
                toks.end(eq),
            );
            Some((e, eq))
        }
        Slot::Named => named_assignment(toks, s, &a, eq),
        _ => None,
    }
}

/// CPython's invalid_named_expression for `a = b` with `a` (a disjunction) at `s` and the `=`
/// at `eq`: `NAME = x` is "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
/// another `bitwise_or` "cannot assign to ... here. Maybe you meant '==' instead of '='?" —
/// when the `bitwise_or` leading what follows the `=` is not followed by `=` or `:=`.
pub(super) fn named_assignment(
    toks: &Toks<'_, '_>,
    s: usize,
    a: &Expr,
    eq: usize,
) -> Option<Found> {
    let name = s + 1 == eq && matches!(toks.tok(s), Some(Tok::Name(_)));
    // A parenthesized expression is an atom, a `bitwise_or` whatever is inside.
    let group = toks.is(s, &Tok::LPar) && toks.partner(s) == Some(eq - 1);
    let bitwise_or = is_bitwise_or(a) || group;
    // The lookahead `!(list|tuple|genexp|True|None|False)` comes before anything is read.
    if !name && (!bitwise_or || starts_with_display(toks, s) || is_keyword_constant(a)) {
        return None;
    }
    let (b, end) = toks.expr_at(eq + 1, toks.len())?;
    let lead = leading_bitwise_or(&b)?;
    if std::ptr::eq(lead, &b) && matches!(toks.tok(end), Some(Tok::Equal | Tok::ColonEqual)) {
        return None;
    }
    if name {
        let e = ParseError::syntax(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            a.range.start,
            lead.range.end,
        );
        return Some((e, end));
    }
    let msg = format!(
        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
        expr_name(a)
    );
    Some((ParseError::syntax(msg, a.range.start, a.range.end), end))
}

/// The `bitwise_or` an expression starts with (its whole self for one), if it starts with one.
fn leading_bitwise_or(e: &Expr) -> Option<&Expr> {
    let mut lead = e;
    loop {
        let inner = match &lead.node {
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
    is_bitwise_or(lead).then_some(lead)
}

/// `a, b c = d`: CPython's statement rule reads `star_named_expression ','` then any number of
/// star named expressions, juxtaposed or not, each tried as a named expression.
fn juxtaposed_assignment(toks: &Toks<'_, '_>, i: usize) -> Option<Found> {
    if toks.enclosing(i).is_some() || !toks.tok(i).is_some_and(starts_expression) {
        return None;
    }
    let start = toks.line_start(i);
    let first_comma = toks.level_end(start, i);
    if !toks.is(first_comma, &Tok::Comma) || first_comma >= i {
        return None;
    }
    // `i` starts the next item: what comes before must be the items so far.
    toks.star_expressions_at(start)
        .filter(|(_, end)| *end == i)?;
    let (a, eq) = toks.expr_at(i, toks.len())?;
    if !toks.is(eq, &Tok::Equal) {
        return None;
    }
    named_assignment(toks, i, &a, eq)
}

/// Whether the tokens at `s` start with a list, tuple or generator display (CPython's
/// `!(list|tuple|genexp|...)` lookahead).
fn starts_with_display(toks: &Toks<'_, '_>, s: usize) -> bool {
    match toks.tok(s) {
        Some(Tok::LSqb) => true,
        Some(Tok::LPar) => toks.partner(s).is_some_and(|close| {
            toks.parse(s, close + 1).is_ok_and(|e| {
                matches!(
                    e.node,
                    ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. }
                )
            })
        }),
        _ => false,
    }
}

/// `(a.b := 1)`: "cannot use assignment expressions with attribute".
fn walrus_target(toks: &Toks<'_, '_>, op: usize) -> Option<Found> {
    let (s, a) = disjunction_before(toks, op)?;
    if matches!(a.node, ExprKind::Name { .. }) {
        return None;
    }
    // Only where CPython parses a named expression (or a statement's first expression).
    let statement_start = s == 0
        || matches!(
            toks.tok(s - 1),
            Some(Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi)
        );
    if slot(toks, s) != Slot::Named && !statement_start {
        return None;
    }
    toks.expr_at(op + 1, toks.len())?;
    let msg = format!("cannot use assignment expressions with {}", expr_name(&a));
    Some((ParseError::syntax(msg, a.range.start, a.range.end), op))
}

/// `lambda (a, b): ...` and `def f((a, b)):`.
fn parenthesized_params(toks: &Toks<'_, '_>, open: usize) -> Option<Found> {
    // The `(` comes right after the `lambda` or the def's `(`, or after a parameter without a
    // default and its comma.
    let def_paren = |j: usize| j >= 2 && toks.is(j, &Tok::LPar) && toks.is(j - 2, &Tok::Def);
    let owner = match toks.tok(open.checked_sub(1)?)? {
        Tok::Lambda => Tok::Lambda,
        Tok::LPar if def_paren(open - 1) => Tok::Def,
        Tok::Comma => {
            let mut j = open - 1;
            loop {
                j = j.checked_sub(1)?;
                let t = toks.tok(j)?;
                if is_close(t) {
                    j = toks.partner(j)?;
                    continue;
                }
                match t {
                    Tok::Lambda => break Tok::Lambda,
                    Tok::LPar if def_paren(j) => break Tok::Def,
                    Tok::Equal | Tok::Star | Tok::DoubleStar | Tok::Slash => return None,
                    t if is_open(t) => return None,
                    _ => {}
                }
            }
        }
        _ => return None,
    };
    let close = toks.partner(open)?;
    // ','.param+ ','? inside
    let mut k = open + 1;
    while k < close {
        if !matches!(toks.tok(k), Some(Tok::Name(_))) {
            return None;
        }
        k += 1;
        if owner == Tok::Def && toks.is(k, &Tok::Colon) {
            let (_, next) = toks.expr_at(k + 1, close)?;
            k = next;
        }
        if toks.is(k, &Tok::Comma) {
            k += 1;
        } else if k != close {
            return None;
        }
    }
    if k == open + 1 {
        return None;
    }
    let msg = if owner == Tok::Lambda {
        "Lambda expression parameters cannot be parenthesized"
    } else {
        "Function parameters cannot be parenthesized"
    };
    Some((error_at(toks, msg, open, close), close))
}
