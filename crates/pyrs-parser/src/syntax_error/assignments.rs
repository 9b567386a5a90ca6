//! Assignment statements whose targets CPython rejects before the LR parser's failure.
//!
//! The LR grammar reads `t1 = t2 = value` as expressions and checks the targets when the
//! statement is complete; when the parse fails later in the statement (`f() = x y`, `f() =`),
//! CPython's second pass still meets the targets first: its `assignment` rule fails on the
//! first target that is not one, and `invalid_assignment` reports it — after trying the
//! statement's start as a named expression (`invalid_named_expression`), which may instead
//! give "Maybe you meant '==' ...". Augmented assignments to something that is not a single
//! target stop CPython's first pass at the operator.

use super::expressions::named_assignment;
use super::rules::{generic, header_colon, is_compound, simple_statement_start, statement_head};
use super::rules::{Found, Rule};
use super::tokens::{is_close, is_open, Toks};
use crate::ast::{ExprContext, ExprKind};
use crate::builder::{expr_name, invalid_target};
use crate::error::ParseError;
use crate::lexer::Tok;

/// Where the error analysed is, relative to the expression CPython parses right after the
/// first operator (to try the statement's start as a named expression, or the value of an
/// augmented assignment): an error there comes first.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// The LR parser failed outside brackets of that expression: the targets come first.
    First,
    /// It failed inside them: a rule there comes first, the targets after.
    Late,
    /// A grammar action or the tokenizer raised an error: it comes first when it is in that
    /// expression (CPython parses it there).
    Raised,
}

/// Runs before the rules looking at the failure.
pub(super) const FIRST: Rule = |toks, i, _| assignment(toks, i, Mode::First);
/// Runs after them.
pub(super) const LATE: Rule = |toks, i, _| assignment(toks, i, Mode::Late);

/// For an error raised at token `i` (by a grammar action or the tokenizer).
pub(super) fn before_raised(toks: &Toks<'_, '_>, i: usize) -> Option<Found> {
    assignment(toks, i, Mode::Raised)
}

fn is_augassign(t: &Tok<'_>) -> bool {
    matches!(
        t,
        Tok::PlusEqual
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
            | Tok::DoubleStarEqual
    )
}

/// The first token of the simple statement holding token `i`.
fn simple_start(toks: &Toks<'_, '_>, i: usize) -> Option<usize> {
    let head = statement_head(toks, i);
    if toks.tok(head).is_some_and(is_compound) {
        let colon = header_colon(toks, head).filter(|&c| c < i)?;
        return Some(simple_statement_start(toks, colon + 1, i));
    }
    Some(simple_statement_start(toks, head, i))
}

fn assignment(toks: &Toks<'_, '_>, i: usize, mode: Mode) -> Option<Found> {
    // The sub-parses below read ahead; what CPython read is computed here.
    let furthest = toks.furthest.get();
    let found = targets(toks, i, mode);
    toks.furthest.set(furthest);
    found
}

fn targets(toks: &Toks<'_, '_>, i: usize, mode: Mode) -> Option<Found> {
    let s0 = simple_start(toks, i)?;
    let level = toks.enclosing(s0);
    // The statement-level `=` before the failure, or the augmented assignment operator.
    let mut eqs = Vec::new();
    let mut aug = None;
    let mut lambdas = 0;
    for k in s0..i {
        if toks.enclosing(k) != level {
            continue;
        }
        match toks.tok(k) {
            // A lambda's parameters run to its `:`.
            Some(Tok::Lambda) => lambdas += 1,
            Some(Tok::Colon) if lambdas > 0 => lambdas -= 1,
            Some(Tok::Equal) if lambdas > 0 => {}
            Some(Tok::Equal) => eqs.push(k),
            Some(t) if is_augassign(t) && eqs.is_empty() => {
                aug = Some(k);
                break;
            }
            _ => {}
        }
    }
    let last_op = aug.or(eqs.first().copied())?;
    // Is the error in what CPython parses after the operator? With more `=`, the expression
    // after the first is followed by `=` and the named expression rule does not apply.
    let nested = (aug.is_some() || eqs.len() == 1) && {
        let end = parsed_after(toks, last_op, aug.is_some());
        match mode {
            // A tokenizer error (at the end of the tokens) is read as the next token.
            Mode::Raised => last_op < i && (i < end || i == toks.len() && end == i),
            _ => {
                let mut open = toks.enclosing(i);
                let mut inside = false;
                while let Some(o) = open.filter(|&o| o > last_op) {
                    inside = o < end;
                    open = toks.enclosing(o);
                }
                inside
            }
        }
    };
    if nested != (mode == Mode::Late) {
        return None;
    }
    if let Some(op) = aug {
        return augmented(toks, s0, op);
    }
    let mut start = s0;
    for &eq in &eqs {
        let e = toks.parse(start, eq).ok()?;
        let bad = match &e.node {
            ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => Some(&e),
            _ => invalid_target(&e, ExprContext::Store),
        };
        if let Some(bad) = bad {
            // The statement's start as a named expression: its first `bitwise_or`, then `=`.
            let first = if start == s0 {
                Some(e.clone())
            } else {
                toks.parse(s0, eqs[0]).ok()
            };
            let group = toks.is(s0, &Tok::LPar) && toks.partner(s0) == Some(eqs[0] - 1);
            let first = first.filter(|a| group || !matches!(a.node, ExprKind::Tuple { .. }));
            if let Some(found) = first.and_then(|a| named_assignment(toks, s0, &a, eqs[0])) {
                return Some(found);
            }
            // What CPython read: up to this `=`, and the expression after the first one.
            let after_first = toks
                .expr_at(eqs[0] + 1, toks.len())
                .map_or(eqs[0] + 1, |(_, e)| e);
            let read = eq.max(after_first);
            let msg = if std::ptr::eq(bad, &e) && matches!(toks.tok(start), Some(Tok::Yield)) {
                "assignment to yield expression not possible".to_string()
            } else {
                format!("cannot assign to {}", expr_name(bad))
            };
            return Some((
                ParseError::syntax(msg, bad.range.start, bad.range.end),
                read,
            ));
        }
        start = eq + 1;
    }
    None
}

/// The end of what CPython parses after the operator at `op`: a `bitwise_or` after `=`, the
/// whole value after an augmented assignment operator.
fn parsed_after(toks: &Toks<'_, '_>, op: usize, whole: bool) -> usize {
    let mut j = op + 1;
    while j < toks.len() {
        let t = &toks.v[j].1;
        if is_open(t) {
            match toks.partner(j) {
                Some(p) => j = p + 1,
                None => return toks.len(),
            }
            continue;
        }
        let stop = if whole {
            matches!(t, Tok::Newline | Tok::Semi)
        } else {
            matches!(
                t,
                Tok::Comma
                    | Tok::Equal
                    | Tok::ColonEqual
                    | Tok::Colon
                    | Tok::Newline
                    | Tok::Semi
                    | Tok::If
                    | Tok::Else
                    | Tok::For
                    | Tok::Async
                    | Tok::And
                    | Tok::Or
                    | Tok::Not
                    | Tok::In
                    | Tok::Is
                    | Tok::Less
                    | Tok::Greater
                    | Tok::EqEqual
                    | Tok::NotEqual
                    | Tok::LessEqual
                    | Tok::GreaterEqual
                    | Tok::Lambda
            ) || is_augassign(t)
        };
        if stop || is_close(t) {
            return j;
        }
        j += 1;
    }
    toks.len()
}

/// `target op= value` with a target that is not a single one: "illegal expression for
/// augmented assignment" when a value follows, else CPython's first pass stopped at `op`.
fn augmented(toks: &Toks<'_, '_>, s0: usize, op: usize) -> Option<Found> {
    let e = toks.parse(s0, op).ok()?;
    if matches!(
        e.node,
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
    ) {
        return None;
    }
    if let Some((_, end)) = toks.star_expressions_at(op + 1) {
        let msg = format!(
            "'{}' is an illegal expression for augmented assignment",
            expr_name(&e)
        );
        return Some((ParseError::syntax(msg, e.range.start, e.range.end), end));
    }
    Some((generic(toks, op), op))
}
