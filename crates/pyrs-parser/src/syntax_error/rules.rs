//! CPython's `invalid_*` rules, recognised from the token where the LR parser stopped.
//!
//! Each rule looks at the tokens around the failure and, when the shape matches what CPython's
//! second pass would find, returns its message and position, plus the index of the last token
//! CPython reads doing so (for the unclosed-bracket check in [`super::later_tokenizer_error`]).
//! Expression boundaries come from the grammar itself ([`Toks::parse`], [`Toks::expr_at`]).
//! This file has the entry point, indentation and statement headers; the expression rules are
//! in [`super::expressions`].

use super::displays::{comprehension_rules, dict_key_without_colon, display_rules};
use super::expressions::expression_rules;
use super::tokens::{is_open, starts_expression, Toks};
use crate::ast::{ExprKind, Pos, Range};
use crate::error::{At, ErrorClass, ParseError};
use crate::lexer::Tok;

/// An error and the index of the last token read to find it.
pub(super) type Found = (ParseError, usize);

/// A rule: the tokens, the index of the token the parser stopped at, the tokens it expected.
pub(super) type Rule = fn(&Toks<'_, '_>, usize, &[String]) -> Option<Found>;

fn expects(expected: &[String], what: &str) -> bool {
    expected.iter().any(|e| e == what)
}

/// After a `try` block with no handler yet: the parser wants `except` or `finally` (after a
/// handler, `else` is possible too and the block is complete).
fn try_without_handlers(expected: &[String]) -> bool {
    expects(expected, "\"except\"")
        && expects(expected, "\"finally\"")
        && !expects(expected, "\"else\"")
}

/// Where CPython reports an error raised at token `i` ("the last token read"): a token's own
/// position, but the tokenizer's cursor for tokens without one (DEDENT, the end of input).
pub(super) fn at_token(toks: &Toks<'_, '_>, i: usize) -> (Pos, At) {
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

pub(super) fn error_at(
    toks: &Toks<'_, '_>,
    msg: impl Into<String>,
    from: usize,
    to: usize,
) -> ParseError {
    ParseError::syntax(msg, toks.start(from), toks.end(to))
}

/// The parser found token `i` (or the end of the input) where it expected `expected`.
pub(super) fn unexpected(toks: &Toks<'_, '_>, i: usize, expected: &[String]) -> Found {
    // The parameter lists CPython's second pass meets before the failure come first.
    if let Some(found) = super::params::params_before(toks, i, i) {
        return found;
    }
    if let Some(found) = pending_literal(toks, i) {
        return found;
    }
    // A `try` body with no handler after it comes before an unexpected INDENT.
    if try_without_handlers(expected) {
        let msg = "expected 'except' or 'finally' block";
        return (raised_at(toks, ErrorClass::SyntaxError, msg, i), i);
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
    let rules: [Rule; 7] = [
        super::assignments::FIRST,
        statement_rules,
        dict_key_without_colon,
        expression_rules,
        comprehension_rules,
        display_rules,
        super::assignments::LATE,
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
    let at = first_pass_stop(toks, i);
    (generic(toks, at), i.max(toks.furthest.get()))
}

/// Where CPython's first pass stopped when the LR parser went on to `i`: the LR grammar
/// accepts some orders CPython's does not and checks them later — a positional argument after
/// a keyword argument (CPython stops at its first token), a second `*` among parameters.
fn first_pass_stop(toks: &Toks<'_, '_>, i: usize) -> usize {
    let Some(open) = toks.enclosing(i) else {
        return i;
    };
    let mut outer = open;
    // The bracket of the call or parameter list holding `i` at its top level.
    let mut k = i;
    while let Some(o) = toks.enclosing(k) {
        outer = o;
        if toks.is(o, &Tok::LPar) && o > 0 {
            break;
        }
        k = o;
    }
    let open = outer;
    let params = open >= 2 && toks.is(open - 2, &Tok::Def);
    let call = !params && open > 0 && toks.tok(open - 1).is_some_and(super::tokens::ends_operand);
    if !params && !call {
        return i;
    }
    // The items of the list before `i`: (start index).
    let mut items = vec![open + 1];
    let mut j = open + 1;
    while j < i {
        let t = &toks.v[j].1;
        if is_open(t) {
            match toks.partner(j) {
                Some(p) if p < i => j = p,
                _ => break,
            }
        } else if t == &Tok::Comma {
            items.push(j + 1);
        }
        j += 1;
    }
    let keyword = |s: usize| {
        toks.is(s, &Tok::DoubleStar)
            || matches!(toks.tok(s), Some(Tok::Name(_))) && toks.is(s + 1, &Tok::Equal)
    };
    let mut seen_keyword = false;
    let mut seen_star = false;
    for &s in &items {
        if s >= i {
            break;
        }
        if call {
            if seen_keyword && !keyword(s) && !toks.is(s, &Tok::Star) {
                // Looking for `NAME =`, CPython read the token after a name.
                let name = matches!(toks.tok(s), Some(Tok::Name(_)));
                return if name { (s + 1).min(i) } else { s };
            }
            seen_keyword |= keyword(s);
        } else if toks.is(s, &Tok::Star) {
            if seen_star {
                return s;
            }
            seen_star = true;
        }
    }
    i
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
pub(super) fn statement_head(toks: &Toks<'_, '_>, i: usize) -> usize {
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

/// Whether `t` starts a compound statement (its header ends with a `:`).
pub(super) fn is_compound(t: &Tok<'_>) -> bool {
    matches!(
        t,
        Tok::If
            | Tok::Elif
            | Tok::Else
            | Tok::While
            | Tok::For
            | Tok::Try
            | Tok::Except
            | Tok::Finally
            | Tok::With
            | Tok::Def
            | Tok::Class
            | Tok::Match
            | Tok::Case
    )
}

/// The `:` ending the header that starts at `head` (a lambda's `:` skipped).
pub(super) fn header_colon(toks: &Toks<'_, '_>, head: usize) -> Option<usize> {
    let mut lambdas = 0;
    let mut j = head + 1;
    while j < toks.len() {
        let t = &toks.v[j].1;
        if is_open(t) {
            j = toks.partner(j)?;
        } else if t == &Tok::Lambda {
            lambdas += 1;
        } else if t == &Tok::Colon {
            if lambdas == 0 {
                return Some(j);
            }
            lambdas -= 1;
        } else if t == &Tok::Newline {
            return None;
        }
        j += 1;
    }
    None
}

/// The first token of the simple statement holding token `i`, from `start` (after a `;`).
pub(super) fn simple_statement_start(toks: &Toks<'_, '_>, start: usize, i: usize) -> usize {
    let mut s = start;
    let mut j = start;
    while j < i {
        let t = &toks.v[j].1;
        if is_open(t) {
            match toks.partner(j) {
                Some(p) => j = p,
                None => break,
            }
        } else if t == &Tok::Semi {
            s = j + 1;
        }
        j += 1;
    }
    s
}

fn statement_rules(toks: &Toks<'_, '_>, i: usize, expected: &[String]) -> Option<Found> {
    let head = statement_head(toks, i);
    let t = toks.tok(i);
    // Past a compound statement's header, in the simple statements after its `:`.
    if toks.tok(head).is_some_and(is_compound) {
        if let Some(colon) = header_colon(toks, head).filter(|&c| c < i) {
            let start = simple_statement_start(toks, colon + 1, i);
            return annotation(toks, start, i);
        }
    }
    // `try`, `else` and `finally` must be followed by ':' (CPython forces the token).
    if i == head + 1
        && matches!(toks.tok(head), Some(Tok::Try | Tok::Else | Tok::Finally))
        && t != Some(&Tok::Colon)
    {
        return Some((error_at(toks, "expected ':'", i, i), i));
    }
    if try_without_handlers(expected) {
        let msg = "expected 'except' or 'finally' block";
        return Some((raised_at(toks, ErrorClass::SyntaxError, msg, i), i));
    }
    if !toks.tok(head).is_some_and(is_compound) {
        let start = simple_statement_start(toks, head, i);
        if let Some(found) = annotation(toks, start, i) {
            return Some(found);
        }
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

/// `target: annotation` where the target cannot be annotated: CPython's first pass stops at
/// the `:` (generic error there) unless an annotation follows, for "illegal target for
/// annotation" / "only single target (not tuple) can be annotated".
fn annotation(toks: &Toks<'_, '_>, head: usize, i: usize) -> Option<Found> {
    let starts_statement = |t: &Tok<'_>| {
        matches!(
            t,
            Tok::If
                | Tok::Elif
                | Tok::Else
                | Tok::While
                | Tok::For
                | Tok::Try
                | Tok::Except
                | Tok::Finally
                | Tok::With
                | Tok::Def
                | Tok::Class
                | Tok::Match
                | Tok::Case
                | Tok::Lambda
                | Tok::At
                | Tok::Import
                | Tok::From
                | Tok::Global
                | Tok::Nonlocal
                | Tok::Del
                | Tok::Return
                | Tok::Raise
                | Tok::Assert
                | Tok::Pass
                | Tok::Break
                | Tok::Continue
                | Tok::Yield
        )
    };
    if toks.tok(head).is_some_and(starts_statement) {
        return None;
    }
    // The first `:` at the top level of the statement, before `i`.
    let mut colon = None;
    let mut j = head;
    while j < i {
        let t = &toks.v[j].1;
        if t.clone() == Tok::Lambda || matches!(t, Tok::Equal | Tok::Semi) {
            return None;
        }
        if is_open(t) {
            j = toks.partner(j)?;
        } else if t == &Tok::Colon {
            colon = Some(j);
            break;
        }
        j += 1;
    }
    let colon = colon?;
    let target = toks.parse(head, colon).ok()?;
    let parenthesized = toks.is(head, &Tok::LPar);
    let single = colon == head + 1
        || matches!(
            target.node,
            ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
        )
        || parenthesized && matches!(target.node, ExprKind::Name { .. });
    if single {
        return None;
    }
    if toks.expr_at(colon + 1, toks.len()).is_none() {
        return Some((generic(toks, colon), colon));
    }
    let (msg, at) = match &target.node {
        ExprKind::Tuple { elts, .. } if !parenthesized => (
            "only single target (not tuple) can be annotated".to_string(),
            elts.first().map_or(target.range, |e| e.range),
        ),
        ExprKind::Tuple { .. } | ExprKind::List { .. } => (
            format!(
                "only single target (not {}) can be annotated",
                crate::builder::expr_name(&target)
            ),
            target.range,
        ),
        _ => ("illegal target for annotation".to_string(), target.range),
    };
    Some((ParseError::syntax(msg, at.start, at.end), i))
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
    if i <= close {
        return None;
    }
    if i == close + 1 {
        return Some((error_at(toks, "expected ':'", i, i), i));
    }
    if !toks.is(close + 1, &Tok::Arrow) {
        return None;
    }
    // `-> annotation`: CPython takes the longest expression there, then forces the `:`; with
    // no expression it backs up to the `->`.
    match toks.expr_at(close + 2, toks.len()) {
        Some((_, after)) if toks.is(after, &Tok::Colon) => None,
        Some((_, after)) if after <= i => {
            Some((error_at(toks, "expected ':'", after, after), i.max(after)))
        }
        Some(_) => None,
        None => Some((error_at(toks, "expected ':'", close + 1, close + 1), i)),
    }
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
        if j >= stop {
            return None;
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
