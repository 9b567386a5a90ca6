//! The token list of a source that failed to parse, re-lexed for the error analysis, with the
//! bracket structure and expression sub-parses the analysis needs.

use super::Input;
use crate::ast::{Expr, ExprKind, Pos};
use crate::builder::Ctx;
use crate::error::ParseError;
use crate::lexer::Tok;
use lalrpop_util::ParseError as LalrError;
use std::cell::{Cell, RefCell};

pub(super) type Spanned<'a> = (Pos, Tok<'a>, Pos);

/// Every token of the source up to the end or the first lexer error.
pub(super) struct Toks<'s, 'a> {
    pub input: &'s Input<'a>,
    pub v: Vec<Spanned<'a>>,
    /// The lexer error that ended the list, if any.
    pub err: Option<ParseError>,
    /// For each token, the index of the innermost open bracket around it (a closing bracket is
    /// inside its own pair); one more entry for the end of the input.
    enclosing: Vec<Option<usize>>,
    /// For each bracket, the index of its partner (`usize::MAX` when it has none).
    partner: Vec<usize>,
    /// The first error a grammar action raised during a sub-parse (a bad literal, argument
    /// order, ...): CPython's second pass raises it when it parses that part.
    pub raised: RefCell<Option<ParseError>>,
    /// The furthest token a sub-parse looked at (the end of the input when it got there).
    pub furthest: Cell<usize>,
    /// Where a nested parse starts an expression (what follows a name, for CPython's
    /// invalid_legacy_expression): an expression position whatever the token before it.
    pub nested_start: Cell<Option<usize>>,
}

pub(super) fn is_open(t: &Tok<'_>) -> bool {
    matches!(t, Tok::LPar | Tok::LParWith | Tok::LSqb | Tok::LBrace)
}

pub(super) fn is_close(t: &Tok<'_>) -> bool {
    matches!(t, Tok::RPar | Tok::RSqb | Tok::RBrace)
}

/// Tokens that end an operand: a binary operator may follow them.
pub(super) fn ends_operand(t: &Tok<'_>) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Number(_)
            | Tok::String(_)
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
            | Tok::RPar
            | Tok::RSqb
            | Tok::RBrace
    )
}

/// Tokens that may begin an expression.
pub(super) fn starts_expression(t: &Tok<'_>) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Number(_)
            | Tok::String(_)
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
            | Tok::LPar
            | Tok::LSqb
            | Tok::LBrace
            | Tok::Minus
            | Tok::Plus
            | Tok::Tilde
            | Tok::Not
            | Tok::Lambda
            | Tok::Await
            | Tok::Match
            | Tok::Case
    )
}

impl<'s, 'a> Toks<'s, 'a> {
    pub fn lex(input: &'s Input<'a>) -> Self {
        let mut v = Vec::new();
        let mut err = None;
        for t in input.lexer() {
            match t {
                Ok(t) => v.push(t),
                Err(e) => {
                    err = Some(e);
                    break;
                }
            }
        }
        let mut enclosing = Vec::with_capacity(v.len() + 1);
        let mut partner = vec![usize::MAX; v.len()];
        let mut stack: Vec<usize> = Vec::new();
        for (i, (_, t, _)) in v.iter().enumerate() {
            if is_close(t) {
                enclosing.push(stack.last().copied());
                if let Some(open) = stack.pop() {
                    partner[open] = i;
                    partner[i] = open;
                }
            } else {
                enclosing.push(stack.last().copied());
                if is_open(t) {
                    stack.push(i);
                }
            }
        }
        enclosing.push(stack.last().copied());
        Toks {
            input,
            v,
            err,
            enclosing,
            partner,
            raised: RefCell::new(None),
            furthest: Cell::new(0),
            nested_start: Cell::new(None),
        }
    }

    pub fn len(&self) -> usize {
        self.v.len()
    }

    pub fn tok(&self, i: usize) -> Option<&Tok<'a>> {
        self.v.get(i).map(|t| &t.1)
    }

    /// Whether token `i` is `t` (never at the end of the input).
    pub fn is(&self, i: usize, t: &Tok<'_>) -> bool {
        self.tok(i) == Some(t)
    }

    /// Where CPython's token `i` starts: a NEWLINE after a comment starts at the comment.
    pub fn start(&self, i: usize) -> Pos {
        match self.v.get(i) {
            None => self.eof_pos(),
            Some((at, Tok::Newline, _)) => {
                let prev = i.checked_sub(1).map_or(self.input.start, |p| self.v[p].2);
                super::comment_between(self.input, prev, *at).unwrap_or(*at)
            }
            Some(t) => t.0,
        }
    }

    /// Where CPython's token `i` ends (a NEWLINE after a comment ends where the comment ends).
    pub fn end(&self, i: usize) -> Pos {
        match self.v.get(i) {
            None => self.eof_pos(),
            Some((at, Tok::Newline, _)) if self.start(i) != *at => *at,
            Some(t) => t.2,
        }
    }

    /// Where CPython places errors at the end of the input: the end of the last line (a newline
    /// that ends the source starts no new line).
    pub fn eof_pos(&self) -> Pos {
        let text = self.input.text;
        let text = text.strip_suffix('\n').unwrap_or(text);
        let line = text.bytes().filter(|&b| b == b'\n').count() as u32 + 1;
        let last = text.rfind('\n').map_or(text, |i| &text[i + 1..]);
        let col = if line == 1 {
            last.len() as u32 + self.input.start.col
        } else {
            last.len() as u32
        };
        Pos {
            line: line + self.input.start.line - 1,
            col,
        }
    }

    /// The index of token `t` starting at `p` (zero-width DEDENTs share a start with the
    /// token after them).
    pub fn index_of(&self, p: Pos, t: &Tok<'_>) -> usize {
        let first = self.index_at(p);
        (first..self.len())
            .take_while(|&i| self.v[i].0 == p)
            .find(|&i| &self.v[i].1 == t)
            .unwrap_or(first)
    }

    /// The index of the first token starting at or after `p`.
    pub fn index_at(&self, p: Pos) -> usize {
        self.v.partition_point(|t| t.0 < p)
    }

    /// The innermost open bracket around token `i` (`i` may be the end of the input).
    pub fn enclosing(&self, i: usize) -> Option<usize> {
        self.enclosing.get(i).copied().flatten()
    }

    /// The partner of bracket `i`.
    pub fn partner(&self, i: usize) -> Option<usize> {
        self.partner.get(i).copied().filter(|&p| p != usize::MAX)
    }

    /// The first token of the logical line that token `i` is on.
    pub fn line_start(&self, i: usize) -> usize {
        let mut j = i.min(self.len());
        while j > 0 {
            if matches!(
                self.tok(j - 1),
                Some(Tok::Newline | Tok::Indent | Tok::Dedent)
            ) {
                break;
            }
            j -= 1;
        }
        j
    }

    /// Parses tokens `from..to` as a replacement-field expression (star expressions, a yield, a
    /// bare generator); on failure, the index of the token the parser stopped at.
    pub fn parse(&self, from: usize, to: usize) -> Result<Expr, usize> {
        if from >= to || to > self.len() {
            return Err(from);
        }
        let ctx = Ctx {
            bad_utf8: self.input.bad_utf8,
        };
        let tokens = self.v[from..to].iter().cloned().map(Ok::<_, ParseError>);
        let result = crate::grammar::FieldInputParser::new().parse(&ctx, tokens);
        let stop = match &result {
            Err(LalrError::UnrecognizedToken { token, .. }) => self.index_of(token.0, &token.1),
            _ => to,
        };
        self.furthest.set(self.furthest.get().max(stop));
        match result {
            Ok(e) => Ok(e),
            Err(LalrError::UnrecognizedToken { token, .. }) => {
                Err(self.index_of(token.0, &token.1).clamp(from, to))
            }
            Err(LalrError::User { error }) => {
                let mut raised = self.raised.borrow_mut();
                if raised.is_none() {
                    *raised = Some(error);
                }
                Err(to)
            }
            Err(_) => Err(to),
        }
    }

    /// Parses the arguments of the call whose `(` is at `open`, up to token `to`, as if the
    /// call were closed there; returns the error a grammar action raised, if any.
    pub fn call_prefix_error(&self, open: usize, to: usize) -> Option<ParseError> {
        if to <= open + 1 || to > self.len() {
            return None;
        }
        let ctx = Ctx {
            bad_utf8: self.input.bad_utf8,
        };
        let at = self.start(open);
        let end = self.start(to);
        let callee = std::iter::once((at, Tok::Name("f".into()), at));
        let close = std::iter::once((end, Tok::RPar, end));
        let tokens = callee
            .chain(self.v[open..to].iter().cloned())
            .chain(close)
            .map(Ok::<_, ParseError>);
        match crate::grammar::FieldInputParser::new().parse(&ctx, tokens) {
            Err(LalrError::User { error }) => Some(error),
            _ => None,
        }
    }

    /// The longest expression starting at token `from` and ending before `limit` (or before
    /// the first comma at its level): the expression and the index after it.
    pub fn expr_at(&self, from: usize, limit: usize) -> Option<(Expr, usize)> {
        let mut end = self.level_end(from, limit);
        for _ in 0..12 {
            match self.parse(from, end) {
                Ok(e) => {
                    let bare_tuple = matches!(&e.node, ExprKind::Tuple { .. })
                        && e.range.start == self.start(from)
                        && !self.is(from, &Tok::LPar);
                    return (!bare_tuple).then_some((e, end));
                }
                Err(at) if at > from && at < end => end = self.before_brackets(from, at),
                Err(_) => {
                    end = self.backup_point(from, end);
                    if end <= from {
                        return None;
                    }
                }
            }
        }
        None
    }

    /// The last operator or keyword before `end` at the level of `from` (brackets skipped):
    /// an expression cut short there (`a if b`, `a +`) is complete before it.
    fn backup_point(&self, from: usize, end: usize) -> usize {
        let mut j = end;
        while j > from {
            j -= 1;
            let t = &self.v[j].1;
            if is_close(t) {
                match self.partner(j) {
                    Some(p) if p >= from => {
                        j = p;
                        continue;
                    }
                    _ => return j,
                }
            }
            if is_open(t) {
                return j;
            }
            if !ends_operand(t) {
                return j;
            }
        }
        from
    }

    /// Where the longest valid prefix from `from` can end when a parse failed at `at`: before
    /// the outermost bracket opened after `from` that is still open at `at` (a failed call or
    /// subscript drops its whole trailer, as CPython's backtracking does), else at `at`.
    fn before_brackets(&self, from: usize, at: usize) -> usize {
        let mut end = at;
        let mut open = self.enclosing(at);
        while let Some(o) = open.filter(|&o| o >= from) {
            end = o;
            open = self.enclosing(o);
        }
        end
    }

    /// The longest comma-separated expressions starting at token `from`, within its bracket
    /// group and logical line.
    pub fn star_expressions_at(&self, from: usize) -> Option<(Expr, usize)> {
        let mut end = from;
        while end < self.len() {
            end = self.level_end(end, self.len());
            if !self.is(end, &Tok::Comma) {
                break;
            }
            end += 1;
        }
        for _ in 0..4 {
            match self.parse(from, end) {
                Ok(e) => return Some((e, end)),
                Err(at) if at > from && at < end => end = at,
                Err(_) if end > from + 1 => end -= 1,
                Err(_) => return None,
            }
        }
        None
    }

    /// The index of the first token from `from` that closes the bracket group `from` is in, ends
    /// the logical line, or is a comma at that level; at most `limit`.
    pub fn level_end(&self, from: usize, limit: usize) -> usize {
        let mut i = from;
        while i < limit.min(self.len()) {
            let t = &self.v[i].1;
            if is_open(t) {
                match self.partner(i) {
                    Some(p) => i = p + 1,
                    None => return self.len().min(limit),
                }
                continue;
            }
            if is_close(t) || matches!(t, Tok::Comma | Tok::Newline | Tok::Semi) {
                return i;
            }
            i += 1;
        }
        i.min(limit)
    }

    /// The index after the last token of the logical line containing `from` (its NEWLINE).
    pub fn level_end_line(&self, from: usize) -> usize {
        let mut j = from;
        while j < self.len() && !matches!(self.tok(j), Some(Tok::Newline)) {
            j += 1;
        }
        j
    }
}
