//! Adjacent string literals to one `Constant` or `JoinedStr`, parsing f-string replacement
//! fields into expressions positioned in the file (CPython 3.11's rules for concatenation).
//!
//! CPython handles the tokens of a group one at a time: it decodes a token (invalid UTF-8,
//! escapes), checks that bytes and text are not mixed, then, for an f-string, splits its body
//! and compiles each replacement field as it reaches it. Errors come out in that order.

use crate::ast::*;
use crate::error::{At, ParseError};
use crate::fstring::{parse_fstring_body, parse_fstring_body_with, FField, FPart};
use crate::source::BadUtf8;
use crate::string::{decode_bytes, decode_str, split_string_token, ErrorLoc, LitError, StrPrefix};

/// Where byte `offset` of a token that starts at `start` lies in the file.
fn pos_in_token(token: &str, start: Pos, offset: usize) -> Pos {
    let before = &token.as_bytes()[..offset.min(token.len())];
    match before.iter().rposition(|&b| b == b'\n') {
        None => Pos {
            line: start.line,
            col: start.col + offset as u32,
        },
        Some(nl) => Pos {
            line: start.line + before.iter().filter(|&&b| b == b'\n').count() as u32,
            col: (offset - nl - 1) as u32,
        },
    }
}

/// A literal's error where CPython reports it (see [`ErrorLoc`]): at the token after the
/// group of strings ending at `after`, at the literal's token, or on its lines without a
/// column.
#[cold]
pub fn lit_error(e: LitError, token: Range, after: Pos) -> ParseError {
    match e.loc {
        ErrorLoc::AfterStrings => ParseError::syntax(e.msg, after, after).with_at(At::NextToken),
        ErrorLoc::Token => ParseError::syntax(e.msg, token.start, token.end),
        ErrorLoc::TokenLines => {
            let start = Pos {
                line: token.start.line,
                col: 0,
            };
            let end = Pos {
                line: token.end.line,
                col: 0,
            };
            ParseError::syntax(e.msg, start, end).with_at(At::Fixed)
        }
    }
}

/// Collects the pieces of a JoinedStr, merging adjacent literal text.
///
/// CPython 3.11 positions literal text that precedes a replacement field on the whole string
/// concatenation (`range`), and text left at the end on `end_range`: the whole concatenation
/// for an f-string, but only the current token inside a format spec.
struct Joined {
    values: Vec<Expr>,
    pending: PyStr,
    has_pending: bool,
    range: Range,
    end_range: Range,
    /// The `kind` of the literal pieces: `'u'` when the group starts with a `u` string.
    kind: Option<Ident>,
}

impl Joined {
    fn literal(&mut self, s: &PyStr) {
        if !s.is_empty() {
            self.pending.push_pystr(s);
            self.has_pending = true;
        }
    }

    fn new(range: Range, end_range: Range) -> Self {
        Joined {
            values: Vec::new(),
            pending: PyStr::new(),
            has_pending: false,
            range,
            end_range,
            kind: None,
        }
    }

    fn flush_at(&mut self, range: Range) {
        if std::mem::take(&mut self.has_pending) {
            let value = Constant::Str(std::mem::take(&mut self.pending));
            let kind = self.kind.clone();
            self.values
                .push(Expr::new(range, ExprKind::Constant { value, kind }));
        }
    }

    /// Ends the pending literal before a replacement field.
    fn flush(&mut self) {
        self.flush_at(self.range);
    }

    fn finish(mut self) -> Vec<Expr> {
        self.flush_at(self.end_range);
        self.values
    }
}

/// An error while splitting an f-string body: of the body itself, or of a field's expression.
enum FieldError {
    Lit(LitError),
    Parse(ParseError),
}

impl From<LitError> for FieldError {
    fn from(e: LitError) -> Self {
        FieldError::Lit(e)
    }
}

/// Builds the expression for a run of adjacent string tokens spanning `range`. `bad_utf8` are
/// the places where the source decoder replaced invalid UTF-8 (empty for text sources).
pub fn concat_strings(
    tokens: Vec<(Pos, &str, Pos)>,
    range: Range,
    bad_utf8: &[BadUtf8],
) -> Result<Expr, ParseError> {
    // The common case first: one plain string or bytes literal.
    if let ([(l, tok, r)], []) = (tokens.as_slice(), bad_utf8) {
        let (prefix, body, ..) = split_string_token(tok);
        if !prefix.fstring {
            let token = Range::new(*l, *r);
            let value = if prefix.bytes {
                Constant::Bytes(
                    decode_bytes(body, prefix.raw).map_err(|e| lit_error(e, token, range.end))?,
                )
            } else {
                Constant::Str(
                    decode_str(body, prefix.raw).map_err(|e| lit_error(e, token, range.end))?,
                )
            };
            let kind = tok.starts_with('u').then(|| "u".into());
            return Ok(Expr::new(range, ExprKind::Constant { value, kind }));
        }
    }
    concat_group(&tokens, range, bad_utf8)
}

/// [`concat_strings`] for any group.
fn concat_group(
    tokens: &[(Pos, &str, Pos)],
    range: Range,
    bad_utf8: &[BadUtf8],
) -> Result<Expr, ParseError> {
    let after = range.end;
    let mut first_bytes = false;
    let mut any_f = false;
    for (i, (_, tok, _)) in tokens.iter().enumerate() {
        let (prefix, ..) = split_string_token(tok);
        first_bytes |= i == 0 && prefix.bytes;
        any_f |= prefix.fstring;
    }
    // CPython marks the pieces `kind='u'` only for a lower-case `u` prefix.
    let kind: Option<Ident> = tokens
        .first()
        .is_some_and(|(_, tok, _)| tok.starts_with('u'))
        .then(|| "u".into());
    let mut bytes = Vec::new();
    let mut text = PyStr::new();
    let mut joined = Joined::new(range, range);
    joined.kind = kind.clone();
    for (i, (l, tok, r)) in tokens.iter().enumerate() {
        let token = Range::new(*l, *r);
        let (prefix, body, off, _) = split_string_token(tok);
        if prefix.bytes {
            let b = decode_bytes(body, prefix.raw).map_err(|e| lit_error(e, token, after))?;
            bytes.extend_from_slice(&b);
        } else {
            if !bad_utf8.is_empty() {
                if let Some(msg) = invalid_utf8(tok, token, prefix, body, off, bad_utf8) {
                    return Err(ParseError::syntax(msg, after, after).with_at(At::NextToken));
                }
            }
            if !prefix.fstring {
                let s = decode_str(body, prefix.raw).map_err(|e| lit_error(e, token, after))?;
                if any_f {
                    joined.literal(&s);
                } else {
                    text.push_pystr(&s);
                }
            }
        }
        if i > 0 && prefix.bytes != first_bytes {
            return Err(
                ParseError::syntax("cannot mix bytes and nonbytes literals", after, after)
                    .with_at(At::NextToken),
            );
        }
        if prefix.fstring {
            let field = FieldSource {
                token: tok,
                start: *l,
                token_range: token,
                body_offset: off,
                body,
            };
            // Split the body first and parse the fields after (no error: the same order as
            // CPython's); on an error in the body, a field before it may fail first.
            let parts = match parse_fstring_body(body, prefix.raw) {
                Ok(parts) => parts,
                Err(e) => return Err(field.first_error(prefix.raw, e, after)),
            };
            for part in parts {
                match part {
                    FPart::Literal(s) => joined.literal(&s),
                    FPart::Field(f) => {
                        if let Some(debug) = &f.debug_text {
                            joined.literal(&PyStr::from(debug.as_str()));
                        }
                        joined.flush();
                        joined.values.push(field.formatted_value(&f, range)?);
                    }
                }
            }
        }
    }
    let node = if first_bytes {
        ExprKind::Constant {
            value: Constant::Bytes(bytes),
            kind: None,
        }
    } else if any_f {
        ExprKind::JoinedStr {
            values: joined.finish(),
        }
    } else {
        ExprKind::Constant {
            value: Constant::Str(text),
            kind,
        }
    };
    Ok(Expr::new(range, node))
}

/// CPython's error for invalid UTF-8 in the text literal `tok`, if it holds any: the bytes it
/// decodes at once are the whole body for a raw string or one without backslashes, else each
/// run of non-ASCII bytes separately (positions in the message count from there).
#[cold]
fn invalid_utf8(
    tok: &str,
    token: Range,
    prefix: StrPrefix,
    body: &str,
    off: usize,
    bad: &[BadUtf8],
) -> Option<String> {
    let inside: Vec<&BadUtf8> = bad
        .iter()
        .filter(|b| b.pos >= token.start && b.pos < token.end)
        .collect();
    if inside.is_empty() {
        return None;
    }
    let mut raw = Vec::with_capacity(body.len());
    for (k, c) in body.char_indices() {
        if c == '\u{FFFD}' {
            let at = pos_in_token(tok, token.start, off + k);
            if let Some(b) = inside.iter().find(|b| b.pos == at) {
                raw.extend_from_slice(&b.raw);
                continue;
            }
        }
        raw.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
    }
    let whole = !prefix.fstring && (prefix.raw || !body.contains('\\'));
    let msg = if whole {
        crate::source::utf8_error(&raw)?
    } else {
        raw.split(|&b| b < 0x80)
            .find_map(crate::source::utf8_error)?
    };
    Some(format!("(unicode error) {msg}"))
}

/// One f-string token and where it sits, for parsing its fields.
struct FieldSource<'s> {
    token: &'s str,
    start: Pos,
    /// The range of this one token: format specs are positioned on it (CPython 3.11).
    token_range: Range,
    body_offset: usize,
    body: &'s str,
}

impl FieldSource<'_> {
    /// Parses the expression of a field, `body[start..end]`. CPython compiles `(text)`, the
    /// parentheses standing where the `{` and the terminator are: a bare tuple or generator
    /// takes their positions.
    fn parse_expr(&self, start: usize, end: usize) -> Result<Expr, ParseError> {
        let text = self.body.get(start..end).unwrap_or("");
        let at = |offset: usize| pos_in_token(self.token, self.start, self.body_offset + offset);
        // The text alone parses the same as in parentheses but for a few forms (a lone `*x`,
        // an assignment expression), which take the slower way below.
        if let Some(mut value) = crate::parse_bare_field(text, at(start)) {
            let bare = match &value.node {
                ExprKind::Tuple { elts, .. } => elts
                    .first()
                    .is_some_and(|e| e.range.start == value.range.start),
                ExprKind::GeneratorExp { elt, .. } => elt.range.start == value.range.start,
                _ => false,
            };
            if bare {
                value.range = Range::new(at(start - 1), at(end + 1));
            }
            return Ok(value);
        }
        crate::parse_field(&format!("({text})"), at(start - 1))
    }

    /// The first error of an f-string body that failed to split with `e`: CPython compiles
    /// each field's expression as it reaches it, so an expression before the bad spot fails
    /// first.
    #[cold]
    fn first_error(&self, raw: bool, e: LitError, after: Pos) -> ParseError {
        let found = parse_fstring_body_with(self.body, raw, |s, end| {
            self.parse_expr(s, end).map(drop).map_err(FieldError::Parse)
        });
        match found {
            Err(FieldError::Parse(p)) => p,
            Err(FieldError::Lit(l)) => lit_error(l, self.token_range, after),
            Ok(_) => lit_error(e, self.token_range, after),
        }
    }

    fn formatted_value(&self, f: &FField, range: Range) -> Result<Expr, ParseError> {
        let value = self.parse_expr(f.expr_start, f.expr_end)?;
        let format_spec = match &f.format_spec {
            None => None,
            Some(parts) => {
                let mut spec = Joined::new(range, self.token_range);
                for part in parts {
                    match part {
                        FPart::Literal(s) => spec.literal(s),
                        FPart::Field(inner) => {
                            if let Some(debug) = &inner.debug_text {
                                spec.literal(&PyStr::from(debug.as_str()));
                            }
                            spec.flush();
                            spec.values.push(self.formatted_value(inner, range)?);
                        }
                    }
                }
                Some(Box::new(Expr::new(
                    self.token_range,
                    ExprKind::JoinedStr {
                        values: spec.finish(),
                    },
                )))
            }
        };
        Ok(Expr::new(
            range,
            ExprKind::FormattedValue {
                value: Box::new(value),
                conversion: f.conversion,
                format_spec,
            },
        ))
    }
}
