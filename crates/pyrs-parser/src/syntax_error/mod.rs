//! Turning parser failures into CPython's SyntaxError messages and positions.
//!
//! CPython's PEG parser parses twice: when the first pass fails, a second pass enables the
//! grammar's `invalid_*` rules, which recognise common mistakes and raise specific messages
//! ("Perhaps you forgot a comma?", "expected ':'", ...); if none applies it reports "invalid
//! syntax" at the last token the first pass read. Whatever the parser reported, the rest of
//! the file is then tokenized, and a tokenizer error found there (a bad number, an unmatched
//! bracket, an unterminated string, ...) replaces it.
//!
//! The LR parser stops at the first token it cannot shift, with the set of tokens it
//! expected. This module reproduces the second pass from there: it re-lexes the source
//! ([`tokens::Toks`], this is the cold path) and recognises CPython's invalid rules from the
//! tokens around the failure, using the grammar itself to find expression boundaries
//! ([`rules`], [`expressions`], [`displays`]); then it applies the rest-of-file tokenizer check. Errors raised by grammar
//! actions (targets, argument order, literals) arrive here too, for their position to be
//! resolved ([`At::NextToken`]) and for the same tokenizer check.

mod assignments;
mod displays;
mod expressions;
mod params;
mod rules;
mod tokens;

use crate::ast::Pos;
use crate::error::{At, ParseError};
use crate::lexer::{Lexer, Tok};
use crate::source::BadUtf8;
use lalrpop_util::ParseError as LalrError;
use tokens::Toks;

/// What was parsed: the text the lexer read and how it was set up.
pub(crate) struct Input<'a> {
    pub text: &'a str,
    /// Where the text starts (eval mode skips leading blanks).
    pub start: Pos,
    /// An f-string replacement field: lexed as if inside brackets.
    pub fragment: bool,
    pub bad_utf8: &'a [BadUtf8],
    /// Read from a file being run (`python3 FILE`), not given to `compile()`: CPython's
    /// tokenizer positions differ at the end of the input.
    pub script: bool,
}

impl<'a> Input<'a> {
    pub fn lexer(&self) -> Lexer<'a> {
        let lexer = if self.fragment {
            Lexer::fragment(self.text, self.start)
        } else if self.start == (Pos { line: 1, col: 0 }) {
            Lexer::new(self.text)
        } else {
            Lexer::starting_at(self.text, self.start)
        };
        lexer.with_bad_utf8(self.bad_utf8)
    }
}

/// Converts a LALRPOP error into CPython's error.
#[cold]
pub(crate) fn convert<'a>(e: LalrError<Pos, Tok<'a>, ParseError>, input: &Input<'a>) -> ParseError {
    let toks = Toks::lex(input);
    let (err, read) = match e {
        LalrError::User { error } => {
            if toks.err.as_ref() == Some(&error) {
                // A lexer error: CPython's tokenizer raised it while the parser read tokens,
                // unless its parser stopped before, at a parameter list or an assignment
                // target its grammar rejects (the LR grammar checks those later).
                let end = toks.len();
                let early = params::params_before(&toks, end, end)
                    .or_else(|| assignments::before_raised(&toks, end));
                if let Some((err, read)) = early {
                    return later_tokenizer_error(err, read, &toks);
                }
                return error;
            }
            let read = toks.index_at(error.end.unwrap_or(error.start));
            // A parameter list or an assignment target before the error that CPython's
            // parser rejects comes first.
            let mut at = toks.index_at(error.start).min(read);
            if error.at == At::NextToken {
                // A literal's error, placed at the token after it.
                at = at.saturating_sub(1);
            }
            let early = params::params_before(&toks, at, toks.len())
                .or_else(|| assignments::before_raised(&toks, at));
            if let Some(found) = early {
                return later_tokenizer_error(found.0, found.1, &toks);
            }
            (resolve_next_token(error, &toks), read)
        }
        LalrError::InvalidToken { location } => {
            let i = toks.index_at(location);
            (rules::generic(&toks, i), i)
        }
        LalrError::UnrecognizedEof { expected, .. } => {
            rules::unexpected(&toks, toks.len(), &expected)
        }
        LalrError::UnrecognizedToken {
            token: (l, t, _),
            expected,
        } => rules::unexpected(&toks, toks.index_of(l, &t), &expected),
        LalrError::ExtraToken { token: (l, _, _) } => {
            let i = toks.index_at(l);
            (rules::generic(&toks, i), i)
        }
    };
    later_tokenizer_error(err, read, &toks)
}

/// The error of an f-string replacement field, `fragment` being its expression in parentheses
/// and `line` the line of its `{`. CPython compiles the fragment as a source of its own: the
/// error is positioned in it (the offset counted in bytes, the `(` in column 0), its line
/// moved to the field's line; parser messages get an "f-string: " prefix, tokenizer ones do
/// not.
#[cold]
pub(crate) fn field_error(fragment: &str, line: u32) -> ParseError {
    let input = Input {
        text: fragment,
        start: Pos { line: 1, col: 0 },
        fragment: true,
        bad_utf8: &[],
        script: false,
    };
    let ctx = crate::builder::Ctx { bad_utf8: &[] };
    let err = match crate::grammar::FieldInputParser::new().parse(&ctx, input.lexer()) {
        Err(e) => convert(e, &input),
        Ok(_) => ParseError::syntax("invalid syntax", input.start, input.start),
    };
    let tokenizer = matches!(err.at, At::Cursor | At::TokenBytes);
    let counting = crate::error::Counting {
        bytes: true,
        replaced: Vec::new(),
    };
    let e = crate::error::SyntaxError::convert(err, fragment, "", &counting);
    let msg = if tokenizer || e.msg.starts_with("f-string") {
        e.msg
    } else {
        format!("f-string: {}", e.msg)
    };
    let place = |lineno: Option<u32>, offset: Option<i32>| Pos {
        line: line + lineno.unwrap_or(1).saturating_sub(1),
        col: offset.unwrap_or(0).max(0) as u32,
    };
    let start = place(e.lineno, e.offset);
    let end = e
        .end_offset
        .filter(|&o| o >= 0)
        .map(|o| place(e.end_lineno, Some(o)));
    let mut err = ParseError::new(e.class, msg, start, end).with_at(At::Fixed);
    err.text = e.text;
    err
}

/// Places an [`At::NextToken`] error at the token after its position (a NEWLINE token starts
/// at the comment before it, see [`Toks::start`]).
fn resolve_next_token(mut err: ParseError, toks: &Toks<'_, '_>) -> ParseError {
    if err.at != At::NextToken {
        return err;
    }
    let i = toks.index_at(err.start);
    let at = toks.start(i);
    let mut end = toks.end(i);
    if i >= toks.len() {
        end = at;
    }
    err.start = at;
    err.end = Some(end);
    err.at = At::Token;
    err
}

/// The start of a `#` comment between `from` and `to` on the same line.
pub(super) fn comment_between(input: &Input<'_>, from: Pos, to: Pos) -> Option<Pos> {
    if from.line != to.line {
        return None;
    }
    let line_index = (from.line - input.start.line) as usize;
    let line = input.text.split('\n').nth(line_index)?;
    let base = if line_index == 0 { input.start.col } else { 0 };
    let a = (from.col.checked_sub(base)?) as usize;
    let b = (to.col.checked_sub(base)?) as usize;
    let hash = line.get(a..b)?.find('#')?;
    Some(Pos {
        line: from.line,
        col: from.col + hash as u32,
    })
}

/// CPython tokenizes the rest of the file after a parser error. A tokenizer error the parser
/// itself read into (`read` at the end of the tokens) is raised as such; past the parser, a
/// tokenizer error that raises wins, and one that does not (a bad continuation, the end of the
/// input) reports the innermost bracket still open then ("'(' was never closed") when it opened
/// on a line before the last token the parser read.
fn later_tokenizer_error(err: ParseError, read: usize, toks: &Toks<'_, '_>) -> ParseError {
    let Some(lex_err) = &toks.err else {
        return err;
    };
    // CPython reports an unexpected INDENT or DEDENT without looking further.
    if err.msg == "unexpected indent" || err.msg == "unexpected unindent" {
        return err;
    }
    if read >= toks.len() {
        return lex_err.clone();
    }
    if matches!(lex_err.at, At::Cursor | At::TokenBytes) {
        return lex_err.clone();
    }
    let Some(open) = toks.enclosing(toks.len()) else {
        return err;
    };
    let (at, bracket, _) = &toks.v[open];
    if at.line < toks.start(read).line {
        let ch = match bracket {
            Tok::LSqb => '[',
            Tok::LBrace => '{',
            _ => '(',
        };
        return ParseError::new(
            crate::error::ErrorClass::SyntaxError,
            format!("'{ch}' was never closed"),
            *at,
            None,
        );
    }
    err
}
