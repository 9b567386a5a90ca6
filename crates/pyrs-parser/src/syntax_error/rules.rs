//! CPython's `invalid_*` rules, recognised from the token where the LR parser stopped.
//!
//! Each rule looks at the tokens around the failure and, when the shape matches what CPython's
//! second pass would find, returns its message and position, plus the index of the last token
//! CPython reads doing so (for the unclosed-bracket check in [`super::later_tokenizer_error`]).
//! Expression boundaries come from the grammar itself ([`Toks::parse`], [`Toks::expr_at`]).

use super::tokens::{ends_operand, is_close, is_open, starts_expression, Toks};
use crate::ast::{Constant, Expr, ExprKind, Pos, Range};
use crate::builder::{expr_name, is_bitwise_or};
use crate::error::{At, ErrorClass, ParseError};
use crate::lexer::Tok;

/// An error and the index of the last token read to find it.
type Found = (ParseError, usize);

/// A rule: the tokens, the index of the token the parser stopped at, the tokens it expected.
type Rule = fn(&Toks<'_, '_>, usize, &[String]) -> Option<Found>;

fn expects(expected: &[String], what: &str) -> bool {
    expected.iter().any(|e| e == what)
}

/// Where CPython reports an error raised at token `i` ("the last token read"): a token's own
/// position, but the tokenizer's cursor for tokens without one (DEDENT, the end of input).
fn at_token(toks: &Toks<'_, '_>, i: usize) -> (Pos, At) {
    let eof = || {
        if toks.input.script {
            // Reading a file, CPython's tokenizer has emptied its buffer at the end: column 0.
            let line = toks.eof_pos().line;
            (Pos { line, col: 0 }, At::ParserCursor)
        } else {
            (toks.eof_pos(), At::Token)
        }
    };
    match toks.tok(i) {
        None => eof(),
        Some(Tok::Dedent) if at_eof_dedents(toks, i) => eof(),
        Some(Tok::Dedent) => (toks.start(i), At::ParserCursor),
        Some(Tok::Indent) => (toks.end(i), At::ParserCursor),
        Some(_) => (toks.start(i), At::Token),
    }
}

/// An error raised at the last token read, token `i`.
fn raised_at(toks: &Toks<'_, '_>, class: ErrorClass, msg: &str, i: usize) -> ParseError {
    let (at, how) = at_token(toks, i);
    let end = if how == At::Token && i < toks.len() {
        Some(toks.end(i))
    } else {
        None
    };
    ParseError::new(class, msg, at, end).with_at(how)
}

/// CPython's error when nothing more specific applies: "invalid syntax" at token `i` (at the
/// start of the last line past the end of the input), "unexpected unindent" at a DEDENT.
pub(super) fn generic(toks: &Toks<'_, '_>, i: usize) -> ParseError {
    match toks.tok(i) {
        None => {
            let at = Pos {
                line: toks.eof_pos().line,
                col: 0,
            };
            ParseError::syntax("invalid syntax", at, at).with_at(At::ParserCursor)
        }
        Some(Tok::Dedent) => {
            raised_at(toks, ErrorClass::IndentationError, "unexpected unindent", i)
        }
        Some(_) => ParseError::syntax("invalid syntax", toks.start(i), toks.end(i)),
    }
}

fn error_at(toks: &Toks<'_, '_>, msg: impl Into<String>, from: usize, to: usize) -> ParseError {
    ParseError::syntax(msg, toks.start(from), toks.end(to))
}

/// The parser found token `i` (or the end of the input) where it expected `expected`.
pub(super) fn unexpected(toks: &Toks<'_, '_>, i: usize, expected: &[String]) -> Found {
    if let Some(found) = pending_literal(toks, i) {
        return found;
    }
    if toks.is(i, &Tok::Indent) {
        let at = toks.end(i);
        let e = ParseError::new(ErrorClass::IndentationError, "unexpected indent", at, None)
            .with_at(At::ParserCursor);
        return (e, i);
    }
    if expects(expected, "INDENT") {
        return (indented_block(toks, i), i);
    }
    let rules: [Rule; 5] = [
        statement_rules,
        dict_key_without_colon,
        expression_rules,
        comprehension_rules,
        display_rules,
    ];
    for rule in rules {
        let found = rule(toks, i, expected);
        let read = toks.furthest.get();
        if let Some(e) = toks.raised.borrow_mut().take() {
            return (super::resolve_next_token(e, toks), read.max(i));
        }
        if let Some((e, at)) = found {
            return (e, at.max(read));
        }
    }
    (generic(toks, i), i)
}

/// CPython builds an atom of adjacent strings (or a number) before it looks at the next token:
/// an error in that literal comes first.
fn pending_literal(toks: &Toks<'_, '_>, i: usize) -> Option<Found> {
    let mut j = i;
    while j > 0 && matches!(toks.tok(j - 1), Some(Tok::String(_))) {
        j -= 1;
    }
    if j < i {
        let tokens: Vec<(Pos, &str, Pos)> = toks.v[j..i]
            .iter()
            .filter_map(|(l, t, r)| match t {
                Tok::String(s) => Some((*l, *s, *r)),
                _ => None,
            })
            .collect();
        let range = Range::new(toks.start(j), toks.end(i - 1));
        if let Err(e) = crate::fstring_ast::concat_strings(tokens, range, toks.input.bad_utf8) {
            return Some((super::resolve_next_token(e, toks), i));
        }
        return None;
    }
    if let (true, Some(Tok::Number(n))) = (i > 0, toks.tok(i.wrapping_sub(1))) {
        if let Err(e) = crate::number::parse_number(n) {
            let token = Range::new(toks.start(i - 1), toks.end(i - 1));
            let e = crate::fstring_ast::lit_error(e, token, token.end);
            return Some((super::resolve_next_token(e, toks), i));
        }
    }
    None
}

/// The first token of the statement on the logical line of token `i`, past decorators
/// (`@d NEWLINE`) and `async`.
fn statement_head(toks: &Toks<'_, '_>, i: usize) -> usize {
    let start = toks.line_start(i);
    if toks.is(start, &Tok::Async) {
        start + 1
    } else {
        start
    }
}

/// What CPython calls the statement whose block starts after token `colon`.
fn block_owner(toks: &Toks<'_, '_>, head: usize) -> Option<(String, u32)> {
    let line = toks.start(head).line;
    let what = match toks.tok(head)? {
        Tok::Def => "function definition".to_string(),
        Tok::Class => "class definition".to_string(),
        Tok::Except if toks.is(head + 1, &Tok::Star) => "'except*' statement".to_string(),
        t => {
            let word = match t {
                Tok::If => "if",
                Tok::Elif => "elif",
                Tok::Else => "else",
                Tok::While => "while",
                Tok::For => "for",
                Tok::With => "with",
                Tok::Try => "try",
                Tok::Except => "except",
                Tok::Finally => "finally",
                Tok::Match => "match",
                Tok::Case => "case",
                _ => return None,
            };
            format!("'{word}' statement")
        }
    };
    Some((what, line))
}

/// The parser wanted an INDENT after `...:` NEWLINE.
fn indented_block(toks: &Toks<'_, '_>, i: usize) -> ParseError {
    // Token i-1 is the NEWLINE after the header; find the header's first token.
    let header = i.saturating_sub(1);
    let mut head = statement_head(toks, header);
    // A header after `else:`/`try:` etc. on the same logical line cannot happen; but an
    // `else` after a one-line body starts its own line already.
    if toks.is(head, &Tok::At) {
        head = header;
    }
    let msg = match block_owner(toks, head) {
        Some((what, line)) => format!("expected an indented block after {what} on line {line}"),
        None => "expected an indented block".to_string(),
    };
    let (at, how) = at_token(toks, i);
    ParseError::new(ErrorClass::IndentationError, msg, at, None).with_at(how)
}

/// Whether token `i` starts the run of DEDENTs that ends the input.
fn at_eof_dedents(toks: &Toks<'_, '_>, i: usize) -> bool {
    (i..toks.len()).all(|j| toks.is(j, &Tok::Dedent))
}

// ---------------------------------------------------------------------------------------------
// Statements

fn statement_rules(toks: &Toks<'_, '_>, i: usize, expected: &[String]) -> Option<Found> {
    let head = statement_head(toks, i);
    let t = toks.tok(i);
    // `try`, `else` and `finally` must be followed by ':' (CPython forces the token).
    if i == head + 1
        && matches!(toks.tok(head), Some(Tok::Try | Tok::Else | Tok::Finally))
        && t != Some(&Tok::Colon)
    {
        return Some((error_at(toks, "expected ':'", i, i), i));
    }
    if expects(expected, "\"except\"") && expects(expected, "\"finally\"") {
        let msg = "expected 'except' or 'finally' block";
        return Some((raised_at(toks, ErrorClass::SyntaxError, msg, i), i));
    }
    match toks.tok(head)? {
        Tok::Def => def_header(toks, head, i),
        Tok::Except => except_header(toks, head, i),
        Tok::If
        | Tok::Elif
        | Tok::While
        | Tok::For
        | Tok::With
        | Tok::Class
        | Tok::Match
        | Tok::Case
            if t == Some(&Tok::Newline) && expects(expected, "\":\"") =>
        {
            Some((error_at(toks, "expected ':'", i, i), i))
        }
        Tok::Name(n) if &**n == "match" && i == head + 1 => match_without_colon(toks, i),
        _ => None,
    }
}

/// A line starting with the name `match` that the lexer did not take for a match statement
/// (no `:` at its end): CPython parses a subject after it, then wants the `:`.
fn match_without_colon(toks: &Toks<'_, '_>, i: usize) -> Option<Found> {
    let can_start = toks.tok(i).is_some_and(|t| {
        starts_expression(t) && !matches!(t, Tok::Not | Tok::Lambda | Tok::Await)
            || matches!(t, Tok::Star)
    });
    if !can_start {
        return None;
    }
    let newline = toks.level_end_line(i);
    match toks.parse(i, newline) {
        Ok(_) => Some((error_at(toks, "expected ':'", newline, newline), newline)),
        Err(at) => Some((generic(toks, at), at)),
    }
}

/// `def NAME (params) [-> expr] :` — CPython forces the `(` and the `:`.
fn def_header(toks: &Toks<'_, '_>, def: usize, i: usize) -> Option<Found> {
    if i == def + 2 {
        if toks.is(i, &Tok::LPar) {
            return None;
        }
        return Some((error_at(toks, "expected '('", i, i), i));
    }
    let close = toks.partner(def + 2)?;
    if i <= close || toks.enclosing(i).is_some() {
        return None;
    }
    if i == close + 1 {
        return Some((error_at(toks, "expected ':'", i, i), i));
    }
    if !toks.is(close + 1, &Tok::Arrow) || (close + 2..i).any(|k| toks.is(k, &Tok::Colon)) {
        return None;
    }
    // The annotation must parse up to `i`; if it does not, CPython backs up to the `->`.
    if i == close + 2 || toks.parse(close + 2, i).is_err() {
        return Some((error_at(toks, "expected ':'", close + 1, close + 1), i));
    }
    Some((error_at(toks, "expected ':'", i, i), i))
}

/// `except` clauses: `except*:` and `except A, B:`.
fn except_header(toks: &Toks<'_, '_>, except: usize, i: usize) -> Option<Found> {
    let star = toks.is(except + 1, &Tok::Star);
    if star && i == except + 2 && matches!(toks.tok(i), Some(Tok::Colon | Tok::Newline)) {
        return Some((
            error_at(toks, "expected one or more exception types", i, i),
            i,
        ));
    }
    if toks.is(i, &Tok::Newline)
        && toks.enclosing(i).is_none()
        && (i == except + 1
            || toks.parse(except + 1 + usize::from(star), i).is_ok()
            || ends_with_as_name(toks, except + 1, i))
    {
        return Some((error_at(toks, "expected ':'", i, i), i));
    }
    let first = except + 1 + usize::from(star);
    if toks.is(i, &Tok::Comma) && toks.enclosing(i).is_none() && i > first {
        toks.parse(first, i).ok()?;
        // expressions ['as' NAME] ':'
        let mut j = i + 1;
        let end = toks.level_end_line(j);
        let colon = (j..end).find(|&k| toks.is(k, &Tok::Colon))?;
        let mut stop = colon;
        if colon >= 2
            && toks.is(colon - 2, &Tok::As)
            && matches!(toks.tok(colon - 1), Some(Tok::Name(_)))
        {
            stop = colon - 2;
        }
        while j < stop {
            let (_, next) = toks.expr_at(j, stop)?;
            j = next;
            if toks.is(j, &Tok::Comma) {
                j += 1;
            }
        }
        // RAISE_SYNTAX_ERROR_STARTING_FROM: up to the last token read, the `:`.
        let e = ParseError::syntax(
            "multiple exception types must be parenthesized",
            toks.start(first),
            toks.start(colon),
        );
        return Some((e, colon));
    }
    None
}

/// Whether tokens `from..to` are an expression followed by `as NAME`.
fn ends_with_as_name(toks: &Toks<'_, '_>, from: usize, to: usize) -> bool {
    to >= from + 3
        && toks.is(to - 2, &Tok::As)
        && matches!(toks.tok(to - 1), Some(Tok::Name(_)))
        && toks.parse(from, to - 2).is_ok()
}

// ---------------------------------------------------------------------------------------------
// Expressions

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
fn is_call_paren(toks: &Toks<'_, '_>, open: usize) -> bool {
    toks.is(open, &Tok::LPar)
        && open > 0
        && toks.tok(open - 1).is_some_and(ends_operand)
        && !(open >= 2 && toks.is(open - 2, &Tok::Def))
}

fn slot(toks: &Toks<'_, '_>, s: usize) -> Slot {
    if s == 0 {
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
    let import_names = open.is_some_and(|o| o > 0 && toks.is(o - 1, &Tok::Import));
    if def_params(open) || import_names {
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
        Tok::In if !comprehension_in(toks, prev) => Slot::Other,
        Tok::In if toks.enclosing(prev).is_none() => Slot::Expression,
        _ => Slot::Other,
    }
}

/// Whether the `{` at `open` starts a dict display (its first item has a top-level `:` or is
/// `**x`).
fn brace_is_dict(toks: &Toks<'_, '_>, open: usize) -> bool {
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
            Tok::Comma | Tok::RBrace | Tok::For => return false,
            Tok::Lambda => return false,
            _ => j += 1,
        }
    }
    false
}

fn expression_rules(toks: &Toks<'_, '_>, i: usize, _expected: &[String]) -> Option<Found> {
    let t = toks.tok(i);
    if let Some(found) = legacy_statement(toks, i) {
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
    if toks.enclosing(i).is_none() || !toks.tok(i).is_some_and(starts_expression) {
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
    if matches!(&a.node, ExprKind::Name { id, .. } if &**id == "print" || &**id == "exec") {
        return None;
    }
    let (b, end) = toks.expr_at(i, toks.len())?;
    let e = ParseError::syntax(
        "invalid syntax. Perhaps you forgot a comma?",
        a.range.start,
        b.range.end,
    );
    Some((e, end))
}

/// `a if b c`: "expected 'else' after 'if' expression".
fn if_without_else(toks: &Toks<'_, '_>, i: usize) -> Option<Found> {
    if matches!(toks.tok(i), Some(Tok::Else | Tok::Colon)) {
        return None;
    }
    // Find the `if` of this expression: walk back over the condition.
    let cond = disjunction_start(toks, i)?;
    if !toks.is(cond.checked_sub(1)?, &Tok::If) {
        return None;
    }
    let if_tok = cond - 1;
    let b = toks.parse(cond, i).ok()?;
    let (s, a) = disjunction_before(toks, if_tok)?;
    if slot(toks, s) == Slot::Other {
        return None;
    }
    let e = ParseError::syntax(
        "expected 'else' after 'if' expression",
        a.range.start,
        b.range.end,
    );
    Some((e, i))
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
        Slot::Named => {
            let (b, end) = toks.expr_at(eq + 1, toks.len())?;
            if !is_bitwise_or(&b) || matches!(toks.tok(end), Some(Tok::Equal | Tok::ColonEqual)) {
                return None;
            }
            if s + 1 == eq && matches!(toks.tok(s), Some(Tok::Name(_))) {
                let e = ParseError::syntax(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    a.range.start,
                    b.range.end,
                );
                return Some((e, end));
            }
            if !is_bitwise_or(&a) || starts_with_display(toks, s) || is_keyword_constant(&a) {
                return None;
            }
            let msg = format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                expr_name(&a)
            );
            Some((ParseError::syntax(msg, a.range.start, a.range.end), end))
        }
        _ => None,
    }
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
    toks.expr_at(op + 1, toks.len())?;
    let _ = s;
    let msg = format!("cannot use assignment expressions with {}", expr_name(&a));
    Some((ParseError::syntax(msg, a.range.start, a.range.end), op))
}

/// `lambda (a, b): ...` and `def f((a, b)):`.
fn parenthesized_params(toks: &Toks<'_, '_>, open: usize) -> Option<Found> {
    // Walk back over `name [= default],` parameters to the `lambda` or the def's `(`.
    let mut j = open;
    let owner = loop {
        let t = toks.tok(j.checked_sub(1)?)?;
        match t {
            Tok::Lambda => break Tok::Lambda,
            Tok::LPar if j >= 3 && toks.is(j - 3, &Tok::Def) => break Tok::Def,
            Tok::Comma | Tok::Name(_) => j -= 1,
            _ => return None,
        }
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

// ---------------------------------------------------------------------------------------------
// Comprehensions and displays

fn comprehension_rules(toks: &Toks<'_, '_>, i: usize, _expected: &[String]) -> Option<Found> {
    if !matches!(toks.tok(i), Some(Tok::For | Tok::Async)) {
        return None;
    }
    let open = toks.enclosing(i)?;
    let bracket = toks.tok(open)?;
    // The elements before `for` at the bracket's level.
    let mut starts = vec![open + 1];
    let mut j = open + 1;
    while j < i {
        let t = &toks.v[j].1;
        if is_open(t) {
            j = toks.partner(j)? + 1;
            continue;
        }
        if t == &Tok::Comma {
            starts.push(j + 1);
        }
        j += 1;
    }
    if is_call_paren(toks, open) {
        // f(x=1 for x in y)
        let last = *starts.last()?;
        if matches!(toks.tok(last), Some(Tok::Name(_))) && toks.is(last + 1, &Tok::Equal) {
            let e = error_at(
                toks,
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                last,
                last + 1,
            );
            return Some((e, i));
        }
        return None;
    }
    let first = open + 1;
    match toks.tok(first)? {
        Tok::Star if starts.len() == 1 => {
            let e = error_at(
                toks,
                "iterable unpacking cannot be used in comprehension",
                first,
                i - 1,
            );
            return Some((e, i));
        }
        Tok::DoubleStar if bracket == &Tok::LBrace && starts.len() == 1 => {
            let e = error_at(
                toks,
                "dict unpacking cannot be used in dict comprehension",
                first,
                first,
            );
            return Some((e, i));
        }
        _ => {}
    }
    if matches!(bracket, Tok::LSqb | Tok::LBrace) && starts.len() > 1 {
        let end = i - 1;
        let e = error_at(
            toks,
            "did you forget parentheses around the comprehension target?",
            first,
            end,
        );
        return Some((e, i));
    }
    None
}

/// `{k: v, key}` — an item after the first without its `:` (invalid_kvpair). CPython reports
/// this before a missing comma inside that item.
fn dict_key_without_colon(toks: &Toks<'_, '_>, i: usize, _expected: &[String]) -> Option<Found> {
    let open = toks.enclosing(i)?;
    if toks.is(open, &Tok::LBrace)
        && brace_is_dict(toks, open)
        && !matches!(toks.tok(i), Some(Tok::Colon))
    {
        let mut s = open + 1;
        let mut j = open + 1;
        while j < i {
            let t = &toks.v[j].1;
            if is_open(t) {
                j = toks.partner(j)? + 1;
                continue;
            }
            if t == &Tok::Comma {
                s = j + 1;
            }
            if t == &Tok::For {
                return None;
            }
            j += 1;
        }
        if s > open + 1 && s < i && !toks.is(s, &Tok::DoubleStar) {
            if let Ok(key) = toks.parse(s, i) {
                let end = key.range.end;
                let at = Pos {
                    line: end.line,
                    col: end.col.saturating_sub(1),
                };
                let e = ParseError::new(
                    ErrorClass::SyntaxError,
                    "':' expected after dictionary key",
                    at,
                    None,
                );
                return Some((e, i));
            }
        }
    }
    None
}

fn display_rules(toks: &Toks<'_, '_>, i: usize, _expected: &[String]) -> Option<Found> {
    let open = toks.enclosing(i)?;
    let colon = i.checked_sub(1)?;
    // {key:} and {key:, ...}
    if toks.is(open, &Tok::LBrace)
        && toks.is(colon, &Tok::Colon)
        && matches!(toks.tok(i), Some(Tok::RBrace | Tok::Comma))
    {
        let e = error_at(
            toks,
            "expression expected after dictionary key and ':'",
            colon,
            colon,
        );
        return Some((e, i));
    }
    // {key: *value}
    if toks.is(i, &Tok::Star)
        && toks.is(colon, &Tok::Colon)
        && toks.is(open, &Tok::LBrace)
        && brace_is_dict(toks, open)
    {
        let (_, after) = toks.expr_at(i + 1, toks.len())?;
        // RAISE_SYNTAX_ERROR_STARTING_FROM: up to the token after the value.
        let e = ParseError::syntax(
            "cannot use a starred expression in a dictionary value",
            toks.start(i),
            toks.start(after),
        );
        return Some((e, after));
    }
    // ( ** x )
    if toks.is(i, &Tok::DoubleStar)
        && open + 1 == i
        && toks.is(open, &Tok::LPar)
        && !is_call_paren(toks, open)
    {
        let e = error_at(toks, "cannot use double starred expression here", i, i);
        return Some((e, i));
    }
    None
}

/// The index after the last token of the logical line containing `from` (its NEWLINE).
impl Toks<'_, '_> {
    pub(super) fn level_end_line(&self, from: usize) -> usize {
        let mut j = from;
        while j < self.len() && !matches!(self.tok(j), Some(Tok::Newline)) {
            j += 1;
        }
        j
    }
}
