//! Adjacent string literals to one `Constant` or `JoinedStr`, parsing f-string replacement
//! fields into expressions positioned in the file (CPython 3.11's rules for concatenation).

use crate::ast::*;
use crate::error::ParseError;
use crate::fstring::{parse_fstring_body, FPart};
use crate::string::{decode_bytes, decode_str, split_string_token, LitError};

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

#[cold]
fn lit_error(e: LitError, token: &str, start: Pos, body_offset: usize, end: Pos) -> ParseError {
    let _ = (token, body_offset);
    ParseError::syntax(e.msg, start, end)
}

/// Collects the pieces of a JoinedStr, merging adjacent literal text.
struct Joined {
    values: Vec<Expr>,
    pending: PyStr,
    has_pending: bool,
    range: Range,
}

impl Joined {
    fn literal(&mut self, s: &PyStr) {
        if !s.is_empty() {
            self.pending.push_pystr(s);
            self.has_pending = true;
        }
    }

    fn flush(&mut self) {
        if std::mem::take(&mut self.has_pending) {
            let value = Constant::Str(std::mem::take(&mut self.pending));
            self.values.push(Expr::new(
                self.range,
                ExprKind::Constant { value, kind: None },
            ));
        }
    }

    fn finish(mut self) -> Vec<Expr> {
        self.flush();
        self.values
    }
}

/// Builds the expression for a run of adjacent string tokens spanning `range`.
pub fn concat_strings(
    tokens: Vec<(Pos, &str, Pos)>,
    range: Range,
    source: &str,
) -> Result<Expr, ParseError> {
    let mut any_bytes = false;
    let mut any_str = false;
    let mut any_f = false;
    let mut first_u = false;
    for (i, (_, tok, _)) in tokens.iter().enumerate() {
        let (prefix, ..) = split_string_token(tok);
        if prefix.bytes {
            any_bytes = true;
        } else {
            any_str = true;
        }
        any_f |= prefix.fstring;
        if i == 0 {
            first_u = prefix.unicode;
        }
    }
    if any_bytes && any_str {
        return Err(ParseError::syntax(
            "cannot mix bytes and nonbytes literals",
            range.start,
            range.end,
        ));
    }
    if any_bytes {
        let mut out = Vec::new();
        for (l, tok, r) in &tokens {
            let (prefix, body, off, _) = split_string_token(tok);
            let b = decode_bytes(body, prefix.raw).map_err(|e| lit_error(e, tok, *l, off, *r))?;
            out.extend_from_slice(&b);
        }
        return Ok(Expr::new(
            range,
            ExprKind::Constant {
                value: Constant::Bytes(out),
                kind: None,
            },
        ));
    }
    if !any_f {
        let mut out = PyStr::new();
        for (l, tok, r) in &tokens {
            let (prefix, body, off, _) = split_string_token(tok);
            let s = decode_str(body, prefix.raw).map_err(|e| lit_error(e, tok, *l, off, *r))?;
            out.push_pystr(&s);
        }
        return Ok(Expr::new(
            range,
            ExprKind::Constant {
                value: Constant::Str(out),
                kind: first_u.then(|| "u".into()),
            },
        ));
    }
    let mut joined = Joined {
        values: Vec::new(),
        pending: PyStr::new(),
        has_pending: false,
        range,
    };
    for (l, tok, r) in &tokens {
        let (prefix, body, off, _) = split_string_token(tok);
        if !prefix.fstring {
            let s = decode_str(body, prefix.raw).map_err(|e| lit_error(e, tok, *l, off, *r))?;
            joined.literal(&s);
            continue;
        }
        let parts =
            parse_fstring_body(body, prefix.raw).map_err(|e| fstring_error(e, tok, *l, off, *r))?;
        let field = FieldSource {
            source,
            token: tok,
            start: *l,
            token_range: Range::new(*l, *r),
            body_offset: off,
            body,
        };
        for part in parts {
            match part {
                FPart::Literal(s) => joined.literal(&s),
                FPart::Field(f) => {
                    if let Some(debug) = &f.debug_text {
                        joined.literal(&PyStr::from(debug.as_str()));
                    }
                    joined.flush();
                    let value = field.formatted_value(&f, range)?;
                    joined.values.push(value);
                }
            }
        }
    }
    Ok(Expr::new(
        range,
        ExprKind::JoinedStr {
            values: joined.finish(),
        },
    ))
}

#[cold]
fn fstring_error(e: LitError, tok: &str, start: Pos, off: usize, end: Pos) -> ParseError {
    lit_error(e, tok, start, off, end)
}

/// One f-string token and where it sits, for parsing its fields.
struct FieldSource<'s> {
    source: &'s str,
    token: &'s str,
    start: Pos,
    /// The range of this one token: format specs are positioned on it (CPython 3.11).
    token_range: Range,
    body_offset: usize,
    body: &'s str,
}

impl FieldSource<'_> {
    fn formatted_value(
        &self,
        f: &crate::fstring::FField,
        range: Range,
    ) -> Result<Expr, ParseError> {
        let text = &self.body[f.expr_start..f.expr_end];
        let at = pos_in_token(self.token, self.start, self.body_offset + f.expr_start);
        let mut value = crate::parse_field(self.source, text, at).map_err(|mut e| {
            if !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            e
        })?;
        // CPython parses the field as `(text)`, the parentheses standing where the braces and
        // the terminator are: a bare tuple or generator takes their positions.
        let bare = match &value.node {
            ExprKind::Tuple { elts, .. } => elts
                .first()
                .is_some_and(|e| e.range.start == value.range.start),
            ExprKind::GeneratorExp { elt, .. } => elt.range.start == value.range.start,
            _ => false,
        };
        if bare {
            let open = self.body_offset + f.expr_start - 1;
            let close = self.body_offset + f.expr_end + 1;
            value.range = Range::new(
                pos_in_token(self.token, self.start, open),
                pos_in_token(self.token, self.start, close),
            );
        }
        let format_spec = match &f.format_spec {
            None => None,
            Some(parts) => {
                let mut spec = Joined {
                    values: Vec::new(),
                    pending: PyStr::new(),
                    has_pending: false,
                    range: self.token_range,
                };
                for part in parts {
                    match part {
                        FPart::Literal(s) => spec.literal(s),
                        FPart::Field(inner) => {
                            if let Some(debug) = &inner.debug_text {
                                spec.literal(&PyStr::from(debug.as_str()));
                            }
                            spec.flush();
                            let v = self.formatted_value(inner, range)?;
                            spec.values.push(v);
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
