//! Parameter lists as CPython's second pass parses them.
//!
//! The LR grammar reads a parameter list as a flat list of items and the builder checks their
//! order once the function or lambda is complete. CPython's grammar encodes the order, and its
//! second pass runs `invalid_parameters` (and the `invalid_star_etc`, `invalid_kwds`,
//! `invalid_default` rules inside) on every parameter list it meets, in source order — before
//! whatever made the first pass fail later in the same statement, even in the function's body.
//! This file is a small PEG matcher over the tokens of a list, written after the shape of those
//! rules, so that the error is the one CPython's parser raises, or "invalid syntax" at the last
//! token its first pass read when its ordered grammar rejects a list the LR grammar took.

use super::rules::{error_at, generic, Found};
use super::tokens::Toks;
use crate::error::ParseError;
use crate::lexer::Tok;

/// What parsing a list gave: an error raised by an invalid rule, or the index where the list
/// ended (the `)` or `:` expected there).
type M = Result<Option<usize>, ParseError>;

struct Params<'t, 's, 'a> {
    toks: &'t Toks<'s, 'a>,
    lambda: bool,
    /// The last token CPython's first pass reads (the second pass's `invalid_*` rules read
    /// further, but CPython reports "invalid syntax" where the first pass stopped).
    furthest: usize,
    /// In an `invalid_*` rule.
    invalid: bool,
}

/// The first parameter list before token `i`, in the top-level statement holding `i`, that
/// CPython's parser rejects: the error its second pass raises, or "invalid syntax" at the last
/// token read when that is before the token where the LR parser stopped (`lr_stop`).
pub(super) fn params_before(toks: &Toks<'_, '_>, i: usize, lr_stop: usize) -> Option<Found> {
    let saved = (toks.furthest.get(), toks.raised.borrow_mut().take());
    let found = scan(toks, i, lr_stop);
    toks.furthest.set(saved.0);
    *toks.raised.borrow_mut() = saved.1;
    found
}

fn scan(toks: &Toks<'_, '_>, i: usize, lr_stop: usize) -> Option<Found> {
    let end = i.min(toks.len());
    for j in statement_start(toks, end)..end {
        let (lambda, first) = match toks.tok(j) {
            Some(Tok::Def) if toks.is(j + 2, &Tok::LPar) => (false, j + 3),
            Some(Tok::Lambda) => (true, j + 1),
            _ => continue,
        };
        let mut p = Params {
            toks,
            lambda,
            furthest: first,
            invalid: false,
        };
        match p.params(first) {
            Err(e) => return Some((e, p.furthest)),
            Ok(stop) => {
                let stop = stop.unwrap_or(first);
                // The list fails before the LR parser did: CPython's first pass stops there.
                if !p.is(stop, &p.close()) && p.furthest < lr_stop {
                    return Some((generic(toks, p.furthest), p.furthest));
                }
            }
        }
    }
    None
}

/// The first token of the top-level statement holding token `i`.
fn statement_start(toks: &Toks<'_, '_>, i: usize) -> usize {
    // Token `i` itself may start a line of the statement (a body at the wrong indentation).
    let mut j = i.saturating_sub(1);
    while j > 0 {
        let starts = matches!(toks.tok(j - 1), Some(Tok::Newline | Tok::Dedent))
            && !matches!(toks.tok(j), Some(Tok::Indent | Tok::Dedent))
            && toks.start(j).col == 0
            && toks.enclosing(j).is_none();
        if starts {
            break;
        }
        j -= 1;
    }
    j
}

impl Params<'_, '_, '_> {
    fn close(&self) -> Tok<'static> {
        if self.lambda {
            Tok::Colon
        } else {
            Tok::RPar
        }
    }

    fn touch(&mut self, k: usize) {
        if self.invalid {
            return;
        }
        self.furthest = self.furthest.max(k.min(self.toks.len()));
    }

    fn is(&mut self, k: usize, t: &Tok<'_>) -> bool {
        self.touch(k);
        self.toks.is(k, t)
    }

    fn raise(&self, msg: &str, from: usize, to: usize) -> ParseError {
        error_at(self.toks, msg, from, to)
    }

    /// `expression` (`star_expression` when `star`): the index after it. The parameters of
    /// a lambda in it are parsed first.
    fn expression(&mut self, k: usize, star: bool) -> M {
        self.touch(k);
        let level_end = self.toks.level_end(k, self.toks.len());
        for l in k..level_end {
            if self.toks.is(l, &Tok::Lambda) {
                let mut inner = Params {
                    toks: self.toks,
                    lambda: true,
                    furthest: l + 1,
                    invalid: self.invalid,
                };
                inner.params(l + 1)?;
            }
        }
        // How far the parser read, even when the expression fails.
        let before = self.toks.furthest.replace(0);
        let parsed = self.toks.expr_at(k, self.toks.len());
        let read = self
            .toks
            .furthest
            .replace(before.max(self.toks.furthest.get()));
        self.touch(read);
        let Some((e, end)) = parsed else {
            return Ok(None);
        };
        self.touch(end);
        use crate::ast::ExprKind;
        Ok(match e.node {
            ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => None,
            ExprKind::Starred { .. } if !star => None,
            _ => Some(end),
        })
    }

    /// `param: NAME annotation?` (a lambda's: `NAME`).
    fn param(&mut self, k: usize) -> M {
        self.touch(k);
        if !matches!(
            self.toks.tok(k),
            Some(Tok::Name(_) | Tok::Match | Tok::Case)
        ) {
            return Ok(None);
        }
        if !self.lambda && self.is(k + 1, &Tok::Colon) {
            if let Some(end) = self.expression(k + 2, false)? {
                return Ok(Some(end));
            }
        }
        Ok(Some(k + 1))
    }

    /// `',' | &')'` (a lambda's `&':'`) after an item.
    fn term(&mut self, k: usize) -> Option<usize> {
        if self.is(k, &Tok::Comma) {
            Some(k + 1)
        } else if self.is(k, &self.close()) {
            Some(k)
        } else {
            None
        }
    }

    /// `default: '=' expression | invalid_default`.
    fn default(&mut self, k: usize) -> M {
        if !self.is(k, &Tok::Equal) {
            return Ok(None);
        }
        if let Some(end) = self.expression(k + 1, false)? {
            return Ok(Some(end));
        }
        if self.is(k + 1, &Tok::RPar) || self.is(k + 1, &Tok::Comma) {
            return Err(self.raise("expected default value expression", k, k));
        }
        Ok(None)
    }

    fn no_default(&mut self, k: usize) -> M {
        Ok(match self.param(k)? {
            Some(p) => self.term(p),
            None => None,
        })
    }

    fn with_default(&mut self, k: usize) -> M {
        let Some(p) = self.param(k)? else {
            return Ok(None);
        };
        let Some(d) = self.default(p)? else {
            return Ok(None);
        };
        Ok(self.term(d))
    }

    fn maybe_default(&mut self, k: usize) -> M {
        let Some(p) = self.param(k)? else {
            return Ok(None);
        };
        let d = self.default(p)?.unwrap_or(p);
        Ok(self.term(d))
    }

    /// `NAME ':' star_expression` then the terminator (a `*args` annotation).
    fn no_default_star_annotation(&mut self, k: usize) -> M {
        if self.lambda
            || !matches!(
                self.toks.tok(k),
                Some(Tok::Name(_) | Tok::Match | Tok::Case)
            )
        {
            return Ok(None);
        }
        if !self.is(k + 1, &Tok::Colon) {
            return Ok(None);
        }
        Ok(match self.expression(k + 2, true)? {
            Some(end) => self.term(end),
            None => None,
        })
    }

    fn many_no_default(&mut self, mut k: usize) -> Result<usize, ParseError> {
        while let Some(n) = self.no_default(k)? {
            k = n;
        }
        Ok(k)
    }

    fn many_with_default(&mut self, mut k: usize) -> Result<usize, ParseError> {
        while let Some(n) = self.with_default(k)? {
            k = n;
        }
        Ok(k)
    }

    fn many_maybe_default(&mut self, mut k: usize) -> Result<usize, ParseError> {
        while let Some(n) = self.maybe_default(k)? {
            k = n;
        }
        Ok(k)
    }

    /// `'/' (',' | &')')`.
    fn slash(&mut self, k: usize) -> Option<usize> {
        if !self.is(k, &Tok::Slash) {
            return None;
        }
        self.term(k + 1)
    }

    fn slash_no_default(&mut self, k: usize) -> M {
        let n = self.many_no_default(k)?;
        if n == k {
            return Ok(None);
        }
        Ok(self.slash(n))
    }

    fn slash_with_default(&mut self, k: usize) -> M {
        let n = self.many_no_default(k)?;
        let w = self.many_with_default(n)?;
        if w == n {
            return Ok(None);
        }
        Ok(self.slash(w))
    }

    fn any_slash(&mut self, k: usize) -> M {
        match self.slash_no_default(k)? {
            Some(s) => Ok(Some(s)),
            None => self.slash_with_default(k),
        }
    }

    /// `params: invalid_parameters | parameters`.
    fn params(&mut self, k: usize) -> M {
        self.invalid(|p| p.invalid_parameters(k))?;
        if let Some(s) = self.slash_no_default(k)? {
            let s = self.many_no_default(s)?;
            let s = self.many_with_default(s)?;
            return Ok(Some(self.star_etc(s)?.unwrap_or(s)));
        }
        if let Some(s) = self.slash_with_default(k)? {
            let s = self.many_with_default(s)?;
            return Ok(Some(self.star_etc(s)?.unwrap_or(s)));
        }
        let s = self.many_no_default(k)?;
        if s > k {
            let s = self.many_with_default(s)?;
            return Ok(Some(self.star_etc(s)?.unwrap_or(s)));
        }
        let s = self.many_with_default(k)?;
        if s > k {
            return Ok(Some(self.star_etc(s)?.unwrap_or(s)));
        }
        self.star_etc(k)
    }

    fn invalid_parameters(&mut self, k: usize) -> Result<(), ParseError> {
        // param_no_default* (slash_with_default | param_with_default+) a=param_no_default
        let n = self.many_no_default(k)?;
        let helper = match self.slash_with_default(n)? {
            Some(s) => Some(s),
            None => Some(self.many_with_default(n)?).filter(|&w| w > n),
        };
        if let Some(h) = helper {
            if let Some(p) = self.param(h)? {
                if self.term(p).is_some() {
                    let msg = "non-default argument follows default argument";
                    return Err(self.raise(msg, h, p - 1));
                }
            }
        }
        // param_no_default* '(' param_no_default+ ','? ')'
        if self.is(n, &Tok::LPar) {
            let mut j = n + 1;
            while let Some(p) = self.param(j)? {
                j = p;
                if !self.is(j, &Tok::Comma) {
                    break;
                }
                j += 1;
            }
            if j > n + 1 && self.is(j, &Tok::RPar) {
                let msg = if self.lambda {
                    "Lambda expression parameters cannot be parenthesized"
                } else {
                    "Function parameters cannot be parenthesized"
                };
                return Err(self.raise(msg, n, j));
            }
        }
        // '/' ','
        if self.is(k, &Tok::Slash) && self.is(k + 1, &Tok::Comma) {
            return Err(self.raise("at least one argument must precede /", k, k));
        }
        // (slash_no_default | slash_with_default) param_maybe_default* '/'
        let slash = self.any_slash(k)?;
        if let Some(s) = slash {
            let m = self.many_maybe_default(s)?;
            if self.is(m, &Tok::Slash) {
                return Err(self.raise("/ may appear only once", m, m));
            }
        }
        // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' |
        // param_no_default) param_maybe_default* '/'
        let m = self.many_maybe_default(slash.unwrap_or(k))?;
        if self.is(m, &Tok::Star) {
            let after = if self.is(m + 1, &Tok::Comma) {
                Some(m + 2)
            } else {
                self.no_default(m + 1)?
            };
            if let Some(a) = after {
                let r = self.many_maybe_default(a)?;
                if self.is(r, &Tok::Slash) {
                    return Err(self.raise("/ must be ahead of *", r, r));
                }
            }
        }
        // param_maybe_default+ '/' '*'
        let m = self.many_maybe_default(k)?;
        if m > k && self.is(m, &Tok::Slash) && self.is(m + 1, &Tok::Star) {
            return Err(self.raise("expected comma between / and *", m + 1, m + 1));
        }
        Ok(())
    }

    /// `star_etc: invalid_star_etc | '*' ... | kwds`.
    fn star_etc(&mut self, k: usize) -> M {
        self.invalid(|p| p.invalid_star_etc(k))?;
        if self.is(k, &Tok::Star) {
            let first = match self.no_default(k + 1)? {
                Some(q) => Some(q),
                None => self.no_default_star_annotation(k + 1)?,
            };
            if let Some(q) = first {
                let r = self.many_maybe_default(q)?;
                return Ok(Some(self.kwds(r)?.unwrap_or(r)));
            }
            if self.is(k + 1, &Tok::Comma) {
                let r = self.many_maybe_default(k + 2)?;
                if r > k + 2 {
                    return Ok(Some(self.kwds(r)?.unwrap_or(r)));
                }
            }
        }
        self.kwds(k)
    }

    fn invalid_star_etc(&mut self, k: usize) -> Result<(), ParseError> {
        if !self.is(k, &Tok::Star) {
            return Ok(());
        }
        let close = self.close();
        let last = if self.is(k + 1, &close) {
            Some(k + 1)
        } else if self.is(k + 1, &Tok::Comma)
            && (self.is(k + 2, &close) || self.is(k + 2, &Tok::DoubleStar))
        {
            Some(k + 2)
        } else {
            None
        };
        if let Some(last) = last {
            // The lambda rule has no location: the last token read.
            let at = if self.lambda { last } else { k };
            return Err(self.raise("named arguments must follow bare *", at, at));
        }
        if let Some(p) = self.param(k + 1)? {
            if self.is(p, &Tok::Equal) {
                let msg = "var-positional argument cannot have default value";
                return Err(self.raise(msg, p, p));
            }
        }
        let after = match self.no_default(k + 1)? {
            Some(q) => Some(q),
            None => self.is(k + 1, &Tok::Comma).then_some(k + 2),
        };
        if let Some(q) = after {
            let r = self.many_maybe_default(q)?;
            if self.is(r, &Tok::Star)
                && (self.no_default(r + 1)?.is_some() || self.is(r + 1, &Tok::Comma))
            {
                return Err(self.raise("* argument may appear only once", r, r));
            }
        }
        Ok(())
    }

    /// `kwds: invalid_kwds | '**' param_no_default`.
    fn kwds(&mut self, k: usize) -> M {
        self.invalid(|p| p.invalid_kwds(k))?;
        if !self.is(k, &Tok::DoubleStar) {
            return Ok(None);
        }
        self.no_default(k + 1)
    }

    fn invalid_kwds(&mut self, k: usize) -> Result<(), ParseError> {
        if !self.is(k, &Tok::DoubleStar) {
            return Ok(());
        }
        if let Some(p) = self.param(k + 1)? {
            if self.is(p, &Tok::Equal) {
                let msg = "var-keyword argument cannot have default value";
                return Err(self.raise(msg, p, p));
            }
            if self.is(p, &Tok::Comma) {
                let msg = "arguments cannot follow var-keyword argument";
                if let Some(a) = self.param(p + 1)? {
                    return Err(self.raise(msg, p + 1, a - 1));
                }
                if matches!(
                    self.toks.tok(p + 1),
                    Some(Tok::Star | Tok::DoubleStar | Tok::Slash)
                ) {
                    return Err(self.raise(msg, p + 1, p + 1));
                }
            }
        }
        Ok(())
    }

    /// Runs an `invalid_*` rule: what it reads does not move [`Self::furthest`].
    fn invalid(
        &mut self,
        rule: impl FnOnce(&mut Self) -> Result<(), ParseError>,
    ) -> Result<(), ParseError> {
        let was = std::mem::replace(&mut self.invalid, true);
        let r = rule(self);
        self.invalid = was;
        r
    }
}
