//! The `invalid_*` rules of comprehensions and displays (see [`super::rules`]): starred or
//! bare tuple comprehension targets, `**` in a dict comprehension, dict items without `:` or
//! with a starred value, `(**x)`.

use super::expressions::{brace_is_dict, is_call_paren};
use super::rules::{error_at, Found};
use super::tokens::{is_close, is_open, Toks};
use crate::ast::Pos;
use crate::error::{ErrorClass, ParseError};
use crate::lexer::Tok;

/// Whether `for targets in iterable` starts at token `i` (`async` allowed before it).
fn for_clause_at(toks: &Toks<'_, '_>, i: usize) -> bool {
    let f = if toks.is(i, &Tok::Async) { i + 1 } else { i };
    if !toks.is(f, &Tok::For) {
        return false;
    }
    // The targets run to the `in` at this level.
    let mut j = f + 1;
    while j < toks.len() && !toks.is(j, &Tok::In) {
        let t = &toks.v[j].1;
        if is_open(t) {
            match toks.partner(j) {
                Some(p) => j = p,
                None => return false,
            }
        } else if is_close(t) || matches!(t, Tok::Newline | Tok::Colon | Tok::Equal) {
            return false;
        }
        j += 1;
    }
    j > f + 1 && toks.parse(f + 1, j).is_ok() && toks.expr_at(j + 1, toks.len()).is_some()
}

pub(super) fn comprehension_rules(
    toks: &Toks<'_, '_>,
    i: usize,
    _expected: &[String],
) -> Option<Found> {
    if !matches!(toks.tok(i), Some(Tok::For | Tok::Async)) || !for_clause_at(toks, i) {
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
pub(super) fn dict_key_without_colon(
    toks: &Toks<'_, '_>,
    i: usize,
    _expected: &[String],
) -> Option<Found> {
    let open = toks.enclosing(i)?;
    if toks.is(open, &Tok::LBrace) && brace_is_dict(toks, open) {
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
            if let Some((key, _)) = toks
                .expr_at(s, i + 1)
                .filter(|(_, after)| !toks.is(*after, &Tok::Colon))
            {
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

pub(super) fn display_rules(toks: &Toks<'_, '_>, i: usize, _expected: &[String]) -> Option<Found> {
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
