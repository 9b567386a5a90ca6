//! Splitting f-string bodies into literal parts and replacement fields, as CPython 3.11 does.

use crate::ast::PyStr;
use crate::string::{decode_str_into, ErrorLoc, LitError};

/// CPython's limit on bracket nesting inside one replacement field.
const MAX_NESTED_BRACKETS: usize = 200;

/// A piece of an f-string body.
#[derive(Clone, Debug, PartialEq)]
pub enum FPart<E = ()> {
    /// Literal text, escapes decoded, never empty; adjacent pieces are already merged.
    Literal(PyStr),
    /// A replacement field `{expr!c:spec}`.
    Field(FField<E>),
}

/// A replacement field.
#[derive(Clone, Debug, PartialEq)]
pub struct FField<E = ()> {
    /// Byte offset of the expression text within the body (just after the `{`).
    pub expr_start: usize,
    /// End of the expression text (exclusive), at the `=`, `!`, `:` or `}` that ends it. CPython
    /// parses `"(" + body[expr_start..expr_end] + ")"` as an expression.
    pub expr_end: usize,
    /// What the callback of [`parse_fstring_body_with`] made of the expression.
    pub expr: E,
    /// For `{x = }`: the source text from the expression start up to and including the `=` and
    /// the whitespace after it (`"x = "`), not escape-decoded. CPython 3.11 turns it into literal
    /// text placed just before the field (merged with the literal text before it, also across
    /// implicitly concatenated strings); it is *not* included in the preceding [`FPart::Literal`].
    pub debug_text: Option<String>,
    /// -1 for none, else the code of `s`, `r` or `a`. With `=` and neither a conversion nor a
    /// format spec, this is already `'r'`.
    pub conversion: i32,
    /// The parts of the format spec after `:` (empty for `{x:}`); fields inside it are allowed,
    /// but no field inside those.
    pub format_spec: Option<Vec<FPart<E>>>,
}

/// Splits an f-string body (the text between the quotes) into literal parts and fields, checking
/// it as CPython 3.11 does. Literal parts have their escapes decoded unless `raw`.
///
/// Every error carries [`ErrorLoc::AfterStrings`]. This does not parse the expressions, so when
/// an f-string has both a bad expression and a later error of its own (`f'{a b!z}'`), CPython
/// reports the expression's error first; use [`parse_fstring_body_with`] to get that order.
pub fn parse_fstring_body(body: &str, raw: bool) -> Result<Vec<FPart>, LitError> {
    parse_fstring_body_with(body, raw, |_, _| Ok::<(), LitError>(()))
}

/// [`parse_fstring_body`], calling `on_expr(expr_start, expr_end)` for each field's expression
/// at the moment CPython compiles it: after the field's expression text has been delimited and
/// found non-empty, before its `=`, conversion and format spec are looked at, and before
/// anything later in the body. The callback's value is stored in [`FField::expr`]; its error
/// aborts the parse.
pub fn parse_fstring_body_with<E, X, F>(
    body: &str,
    raw: bool,
    on_expr: F,
) -> Result<Vec<FPart<E>>, X>
where
    F: FnMut(usize, usize) -> Result<E, X>,
    X: From<LitError>,
{
    let b = body.as_bytes();
    if !b.iter().any(|&c| matches!(c, b'{' | b'}' | b'\\')) {
        return Ok(if body.is_empty() {
            Vec::new()
        } else {
            vec![FPart::Literal(PyStr::from(body))]
        });
    }
    let mut parser = Parser {
        body,
        b,
        raw,
        on_expr,
    };
    let mut pos = 0;
    parser.parse_parts(&mut pos, 0)
}

/// Where a literal scan stopped.
enum Stop {
    /// `{{` or `}}` at the top level: the literal goes on after the second brace.
    Doubled,
    /// At a `{` that opens a field.
    Open,
    /// At a `}` closing the format spec being parsed.
    Close,
    /// At the end of the body.
    End,
}

struct Parser<'a, F> {
    body: &'a str,
    b: &'a [u8],
    raw: bool,
    on_expr: F,
}

fn err(msg: impl Into<String>, offset: usize) -> LitError {
    LitError::new(msg, offset, ErrorLoc::AfterStrings)
}

fn expecting_brace(offset: usize) -> LitError {
    err("f-string: expecting '}'", offset)
}

impl<'a, E, X, F> Parser<'a, F>
where
    F: FnMut(usize, usize) -> Result<E, X>,
    X: From<LitError>,
{
    /// Parses literal parts and fields from `*pos` up to the end of the body (level 0) or up to
    /// the `}` that ends a format spec (level 1 and 2, left unconsumed).
    fn parse_parts(&mut self, pos: &mut usize, level: u32) -> Result<Vec<FPart<E>>, X> {
        let mut parts = Vec::new();
        let mut text = PyStr::new();
        loop {
            let start = *pos;
            let (chunk_end, resume, stop) = self.scan_literal(start, level)?;
            if chunk_end > start {
                let chunk = self.body.get(start..chunk_end).unwrap_or("");
                if self.raw {
                    text.push_str(chunk);
                } else {
                    decode_str_into(&mut text, chunk, start)?;
                }
            }
            *pos = resume;
            match stop {
                Stop::Doubled => continue,
                Stop::Open => {
                    if !text.is_empty() {
                        parts.push(FPart::Literal(std::mem::take(&mut text)));
                    }
                    let field = self.parse_field(pos, level)?;
                    parts.push(FPart::Field(field));
                }
                Stop::Close | Stop::End => break,
            }
        }
        if !text.is_empty() {
            parts.push(FPart::Literal(text));
        }
        if level > 0 && self.b.get(*pos) != Some(&b'}') {
            return Err(expecting_brace(*pos).into());
        }
        Ok(parts)
    }

    /// Finds the end of the literal text starting at `start`: returns the end of the text to
    /// decode, where to go on, and why it stopped.
    fn scan_literal(&self, start: usize, level: u32) -> Result<(usize, usize, Stop), LitError> {
        let b = self.b;
        let len = b.len();
        let mut s = start;
        while s < len {
            let mut ch = b[s];
            s += 1;
            if !self.raw && ch == b'\\' && s < len {
                ch = b[s];
                s += 1;
                if ch == b'N' {
                    // `\N{...}` is an escape, not a field: skip to its `}`. The character after
                    // `\N` is skipped whatever it is; a malformed escape fails when decoded.
                    if s < len {
                        s += 1;
                        if b[s - 1] == b'{' {
                            while s < len {
                                s += 1;
                                if b[s - 1] == b'}' {
                                    break;
                                }
                            }
                        }
                    }
                    continue;
                }
                // Any other escaped character is looked at as if unescaped: `\{` opens a field
                // (the backslash stays literal text) and `\}` must be doubled.
            }
            if ch == b'{' || ch == b'}' {
                if level == 0 {
                    if b.get(s) == Some(&ch) {
                        // The first brace ends this piece of text; the second is skipped.
                        return Ok((s, s + 1, Stop::Doubled));
                    }
                    if ch == b'}' {
                        return Err(err("f-string: single '}' is not allowed", s - 1));
                    }
                }
                let stop = if ch == b'{' { Stop::Open } else { Stop::Close };
                return Ok((s - 1, s - 1, stop));
            }
        }
        Ok((len, len, Stop::End))
    }

    /// Parses the field whose `{` is at `*pos`; leaves `*pos` after its `}`.
    fn parse_field(&mut self, pos: &mut usize, level: u32) -> Result<FField<E>, X> {
        let b = self.b;
        let len = b.len();
        if level >= 2 {
            return Err(err("f-string: expressions nested too deeply", *pos).into());
        }
        let expr_start = *pos + 1;
        let mut s = expr_start;
        let mut quote = 0u8;
        let mut triple = false;
        let mut brackets = [0u8; MAX_NESTED_BRACKETS];
        let mut depth = 0;
        while s < len {
            let ch = b[s];
            if ch == b'\\' {
                return Err(err("f-string expression part cannot include a backslash", s).into());
            }
            if quote != 0 {
                if ch == quote {
                    if !triple {
                        quote = 0;
                    } else if s + 2 < len && b[s + 1] == ch && b[s + 2] == ch {
                        s += 2;
                        quote = 0;
                    }
                }
                s += 1;
                continue;
            }
            match ch {
                b'\'' | b'"' => {
                    triple = s + 2 < len && b[s + 1] == ch && b[s + 2] == ch;
                    if triple {
                        s += 2;
                    }
                    quote = ch;
                }
                b'(' | b'[' | b'{' => {
                    if depth >= MAX_NESTED_BRACKETS {
                        return Err(err("f-string: too many nested parenthesis", s).into());
                    }
                    brackets[depth] = ch;
                    depth += 1;
                }
                b'#' => {
                    return Err(err("f-string expression part cannot include '#'", s).into());
                }
                b'!' | b':' | b'}' | b'=' | b'<' | b'>' if depth == 0 => {
                    // `!=`, `==`, `<=` and `>=` are operators; a lone `<` or `>` too.
                    if ch != b':' && ch != b'}' && b.get(s + 1) == Some(&b'=') {
                        s += 2;
                        continue;
                    }
                    if ch != b'<' && ch != b'>' {
                        break;
                    }
                }
                b')' | b']' | b'}' => {
                    if depth == 0 {
                        return Err(err(format!("f-string: unmatched '{}'", ch as char), s).into());
                    }
                    depth -= 1;
                    let open = brackets[depth];
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if ch != expected {
                        return Err(err(
                            format!(
                                "f-string: closing parenthesis '{}' does not match opening \
                                 parenthesis '{}'",
                                ch as char, open as char
                            ),
                            s,
                        )
                        .into());
                    }
                }
                _ => {}
            }
            s += 1;
        }
        if quote != 0 {
            return Err(err("f-string: unterminated string", s).into());
        }
        if depth > 0 {
            let open = brackets[depth - 1] as char;
            return Err(err(format!("f-string: unmatched '{open}'"), s).into());
        }
        if s >= len {
            return Err(expecting_brace(s).into());
        }
        let expr_end = s;
        if b[expr_start..expr_end]
            .iter()
            .all(|&c| matches!(c, b' ' | b'\t' | b'\n' | b'\x0c'))
        {
            let msg = match b[expr_end] {
                c @ (b'!' | b':' | b'=') => {
                    format!("f-string: expression required before '{}'", c as char)
                }
                _ => "f-string: empty expression not allowed".to_string(),
            };
            return Err(err(msg, expr_end).into());
        }
        let expr = (self.on_expr)(expr_start, expr_end)?;

        let mut debug_text = None;
        if b[s] == b'=' {
            s += 1;
            while s < len && matches!(b[s], b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c') {
                s += 1;
            }
            if s >= len {
                return Err(expecting_brace(s).into());
            }
            debug_text = Some(self.body.get(expr_start..s).unwrap_or("").to_string());
        }

        let mut conversion = -1;
        if b[s] == b'!' {
            s += 1;
            let Some(&c) = b.get(s) else {
                return Err(expecting_brace(s).into());
            };
            if !matches!(c, b's' | b'r' | b'a') {
                return Err(err(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    s,
                )
                .into());
            }
            conversion = i32::from(c);
            s += 1;
        }

        let mut format_spec = None;
        if b.get(s) == Some(&b':') {
            s += 1;
            if s >= len {
                return Err(expecting_brace(s).into());
            }
            format_spec = Some(self.parse_parts(&mut s, level + 1)?);
        }

        if b.get(s) != Some(&b'}') {
            return Err(expecting_brace(s).into());
        }
        *pos = s + 1;
        if debug_text.is_some() && conversion == -1 && format_spec.is_none() {
            conversion = i32::from(b'r');
        }
        Ok(FField {
            expr_start,
            expr_end,
            expr,
            debug_text,
            conversion,
            format_spec,
        })
    }
}

#[cfg(test)]
#[allow(clippy::panic)]
mod tests {
    use super::*;

    /// A compact rendering of the parts: literals as `'text'`, fields as
    /// `{expr[=debug]!c:[spec parts]}`.
    fn show(body: &str, parts: &[FPart]) -> String {
        let mut out = String::new();
        for p in parts {
            match p {
                FPart::Literal(s) => {
                    let text: String = s
                        .code_points()
                        .map(|c| char::from_u32(c).unwrap_or('?'))
                        .collect();
                    out.push_str(&format!("{text:?}"));
                }
                FPart::Field(f) => {
                    out.push('{');
                    out.push_str(&body[f.expr_start..f.expr_end]);
                    if let Some(d) = &f.debug_text {
                        out.push_str(&format!("={d:?}"));
                    }
                    if f.conversion != -1 {
                        out.push('!');
                        out.push(char::from_u32(f.conversion as u32).unwrap_or('?'));
                    }
                    if let Some(spec) = &f.format_spec {
                        out.push_str(&format!(":[{}]", show(body, spec)));
                    }
                    out.push('}');
                }
            }
        }
        out
    }

    fn ok(body: &str) -> String {
        match parse_fstring_body(body, false) {
            Ok(parts) => show(body, &parts),
            Err(e) => panic!("{body:?}: {}", e.msg),
        }
    }

    fn ok_raw(body: &str) -> String {
        match parse_fstring_body(body, true) {
            Ok(parts) => show(body, &parts),
            Err(e) => panic!("{body:?}: {}", e.msg),
        }
    }

    fn fail(body: &str) -> String {
        match parse_fstring_body(body, false) {
            Ok(parts) => panic!("{body:?} parsed as {}", show(body, &parts)),
            Err(e) => {
                assert_eq!(e.loc, ErrorLoc::AfterStrings);
                e.msg
            }
        }
    }

    #[test]
    fn literals_and_braces() {
        assert_eq!(ok(""), "");
        assert_eq!(ok("plain"), "\"plain\"");
        // f'a{{b' == 'a{b'; f'{{}}' == '{}'; f'}}' == '}'
        assert_eq!(ok("a{{b"), "\"a{b\"");
        assert_eq!(ok("{{}}"), "\"{}\"");
        assert_eq!(ok("}}"), "\"}\"");
        // f'{{{x}}}' -> ['{', x, '}']
        assert_eq!(ok("{{{x}}}"), "\"{\"{x}\"}\"");
        assert_eq!(ok("a\\tb{x}c\\n"), "\"a\\tb\"{x}\"c\\n\"");
        // f'\N{LATIN SMALL LETTER A}{x}' -> ['a', x]
        assert_eq!(ok("\\N{LATIN SMALL LETTER A}{x}"), "\"a\"{x}");
        // f'\{x}' -> ['\\', x]; f'\{{' -> '\\{'; f'\}}' -> '\\}'
        assert_eq!(ok("\\{x}"), "\"\\\\\"{x}");
        assert_eq!(ok("\\{{"), "\"\\\\{\"");
        assert_eq!(ok("\\}}"), "\"\\\\}\"");
        // f'\\{x}' -> ['\\', x]; f'\\\{x}' -> ['\\\\', x]
        assert_eq!(ok("\\\\{x}"), "\"\\\\\"{x}");
        assert_eq!(ok("\\\\\\{x}"), "\"\\\\\\\\\"{x}");
        // A literal that decodes to nothing is dropped: f'\<newline>{x}' -> [x]
        assert_eq!(ok("\\\n{x}"), "{x}");
    }

    #[test]
    fn raw() {
        // rf'\N{x}' -> ['\\N', x]; rf'\{x}' -> ['\\', x]; rf'\{{x}}' -> '\\{x}'
        assert_eq!(ok_raw("\\N{x}"), "\"\\\\N\"{x}");
        assert_eq!(ok_raw("\\{x}"), "\"\\\\\"{x}");
        assert_eq!(ok_raw("\\{{x}}"), "\"\\\\{x}\"");
        // rf'{x:\n}' keeps the backslash in the spec
        assert_eq!(ok_raw("{x:\\n}"), "{x:[\"\\\\n\"]}");
    }

    #[test]
    fn expressions() {
        assert_eq!(ok("a{x==y}b"), "\"a\"{x==y}\"b\"");
        assert_eq!(ok("{x!=y}"), "{x!=y}");
        assert_eq!(
            ok("{x<=y}{x>=y}{x<y}{x>y}{x<<y}{x->y}"),
            "{x<=y}{x>=y}{x<y}{x>y}{x<<y}{x->y}"
        );
        assert_eq!(ok("{3!=4!r}"), "{3!=4!r}");
        // f'{x:=y}' is x with spec '=y'; f'{(x:=y)}' is a walrus
        assert_eq!(ok("{x:=y}"), "{x:[\"=y\"]}");
        assert_eq!(ok("{(x:=y)}"), "{(x:=y)}");
        assert_eq!(ok("{(lambda x:1)}"), "{(lambda x:1)}");
        // f'{lambda x:1}' splits at ':' (then the expression fails to parse)
        assert_eq!(ok("{lambda x:1}"), "{lambda x:[\"1\"]}");
        assert_eq!(ok("{d[\"a\"]}"), "{d[\"a\"]}");
        assert_eq!(ok("{\"a}\"}"), "{\"a}\"}");
        assert_eq!(ok("{\"#\"}"), "{\"#\"}");
        assert_eq!(ok("{\"=\"}"), "{\"=\"}");
        assert_eq!(ok("{\"\"\"a\"\"\"}"), "{\"\"\"a\"\"\"}");
        assert_eq!(ok("{'''a}'''}"), "{'''a}'''}");
        assert_eq!(ok("{ x }"), "{ x }");
    }

    #[test]
    fn conversions_and_debug() {
        assert_eq!(ok("{x!r}{x!s}{x!a}"), "{x!r}{x!s}{x!a}");
        // f'{x=}' -> ['x=', x!r]; f'{x = }' -> ['x = ', x!r]
        assert_eq!(ok("{x=}"), "{x=\"x=\"!r}");
        assert_eq!(ok("{x = }"), "{x =\"x = \"!r}");
        assert_eq!(ok("{x=   }"), "{x=\"x=   \"!r}");
        assert_eq!(ok("{ x=!r:^20}"), "{ x=\" x=\"!r:[\"^20\"]}");
        // f'{x=:>10}' keeps conversion -1; f'{x=!s}' is !s; f'{x=:}' has an empty spec
        assert_eq!(ok("{x=:>10}"), "{x=\"x=\":[\">10\"]}");
        assert_eq!(ok("{x=!s}"), "{x=\"x=\"!s}");
        assert_eq!(ok("{x=!s:>10}"), "{x=\"x=\"!s:[\">10\"]}");
        assert_eq!(ok("{x=:}"), "{x=\"x=\":[]}");
        assert_eq!(ok("{x = !r}"), "{x =\"x = \"!r}");
        assert_eq!(ok("{x=}{y=}"), "{x=\"x=\"!r}{y=\"y=\"!r}");
    }

    #[test]
    fn format_specs() {
        assert_eq!(ok("{x:}"), "{x:[]}");
        assert_eq!(ok("{x!r:}"), "{x!r:[]}");
        assert_eq!(ok("{x!r: }"), "{x!r:[\" \"]}");
        // f'{x:\n}' decodes the spec; f'{x:a\x41}' -> 'aA'
        assert_eq!(ok("{x:\\n}"), "{x:[\"\\n\"]}");
        assert_eq!(ok("{x:a\\x41}"), "{x:[\"aA\"]}");
        assert_eq!(ok("{x!r:{y!r}}"), "{x!r:[{y!r}]}");
        assert_eq!(ok("{x:{y}{z}}"), "{x:[{y}{z}]}");
        assert_eq!(ok("{x:a{y}b{z!r:}c}"), "{x:[\"a\"{y}\"b\"{z!r:[]}\"c\"]}");
        assert_eq!(ok("{x:{y:z}}"), "{x:[{y:[\"z\"]}]}");
        assert_eq!(ok("{x:{y:}}"), "{x:[{y:[]}]}");
        assert_eq!(ok("{x:{y=}}"), "{x:[{y=\"y=\"!r}]}");
        // In a spec `{{` is not an escape: f'{x:{{}}}' has the field {{}} (an empty dict)
        assert_eq!(ok("{x:{{}}}"), "{x:[{{}}]}");
        assert_eq!(ok("{x!s:{y}=}"), "{x!s:[{y}\"=\"]}");
        assert_eq!(ok("{x:\\{y}}"), "{x:[\"\\\\\"{y}]}");
    }

    #[test]
    fn errors() {
        let expecting = "f-string: expecting '}'";
        for body in [
            "{",
            "{x",
            "{x!rr}",
            "{x!r",
            "{x!",
            "{x:",
            "{x=y}",
            "{x=",
            "{x= ",
            "{x=!",
            "{x!r:",
            "{x!r=}",
            "{x!r }",
            "{x:a{{b}",
            "{x!r:{y}",
            "{x:{y}",
            "{x:{y}{{}}",
            "{\"\"\"a\"\"\"",
        ] {
            assert_eq!(fail(body), expecting, "{body}");
        }
        let single = "f-string: single '}' is not allowed";
        for body in [
            "}", "a}b", "{x:}}", "{x:{y}}}", "{x!r}}", "{x:}a}", "{x}}", "}}}", "\\}", "\\x1}",
            "\\N}}",
        ] {
            assert_eq!(fail(body), single, "{body}");
        }
        assert_eq!(fail("{}"), "f-string: empty expression not allowed");
        assert_eq!(fail("{ }"), "f-string: empty expression not allowed");
        assert_eq!(fail("{x:{}}"), "f-string: empty expression not allowed");
        assert_eq!(fail("{!r}"), "f-string: expression required before '!'");
        assert_eq!(fail("{:x}"), "f-string: expression required before ':'");
        assert_eq!(fail("{=}"), "f-string: expression required before '='");
        assert_eq!(fail("{ =}"), "f-string: expression required before '='");
        let conv = "f-string: invalid conversion character: expected 's', 'r', or 'a'";
        for body in ["{x!}", "{x!z}", "{x! r}", "{x!R}", "{x:{y!}}", "{x!é}"] {
            assert_eq!(fail(body), conv, "{body}");
        }
        assert_eq!(
            fail("{x\\n}"),
            "f-string expression part cannot include a backslash"
        );
        assert_eq!(
            fail("{\"a\\'}"),
            "f-string expression part cannot include a backslash"
        );
        assert_eq!(
            fail("{\\N{DIGIT ONE}}"),
            "f-string expression part cannot include a backslash"
        );
        assert_eq!(fail("{x#}"), "f-string expression part cannot include '#'");
        assert_eq!(fail("{#}"), "f-string expression part cannot include '#'");
        assert_eq!(fail("{x)}"), "f-string: unmatched ')'");
        assert_eq!(fail("{x]}"), "f-string: unmatched ']'");
        assert_eq!(fail("{x]"), "f-string: unmatched ']'");
        assert_eq!(fail("{(x"), "f-string: unmatched '('");
        assert_eq!(
            fail("{(x}"),
            "f-string: closing parenthesis '}' does not match opening parenthesis '('"
        );
        assert_eq!(
            fail("{x(]}"),
            "f-string: closing parenthesis ']' does not match opening parenthesis '('"
        );
        assert_eq!(
            fail("{a{]}"),
            "f-string: closing parenthesis ']' does not match opening parenthesis '{'"
        );
        assert_eq!(
            fail("{x:{y:{z}}}"),
            "f-string: expressions nested too deeply"
        );
        assert_eq!(
            fail("{x:{y:{{}}}}"),
            "f-string: expressions nested too deeply"
        );
        assert_eq!(fail("{\"a}"), "f-string: unterminated string");
        assert_eq!(fail("{\"\"\"a\"\"}"), "f-string: unterminated string");
        // 200 nested brackets pass here (the expression parser then rejects them); 201 do not.
        let deep = format!("{{{}x{}}}", "(".repeat(200), ")".repeat(200));
        assert_eq!(ok(&deep), deep);
        let deeper = format!("{{{}x{}}}", "(".repeat(201), ")".repeat(201));
        assert_eq!(fail(&deeper), "f-string: too many nested parenthesis");
    }

    #[test]
    fn literal_decoding_errors_count_from_the_piece() {
        let trunc = "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: \
                     truncated \\xXX escape";
        // f'{x}\x1', f'a{{\x1', f'a}}\x1', f'\x1{', f'{x:\x1}' all report position 0-2.
        for body in ["{x}\\x1", "a{{\\x1", "a}}\\x1", "\\x1{", "{x:\\x1}"] {
            assert_eq!(fail(body), trunc, "{body}");
        }
        // f'\Nx{y}' and f'\N}': the character after \N is skipped, then decoding fails.
        let malformed = "(unicode error) 'unicodeescape' codec can't decode bytes in position \
                         0-1: malformed \\N character escape";
        assert_eq!(fail("\\Nx{y}"), malformed);
        assert_eq!(fail("\\N}"), malformed);
    }

    #[test]
    fn callback_order_and_offsets() {
        let body = "a{x!r:{y}}b{ z = }";
        let mut seen = Vec::new();
        let parts = parse_fstring_body_with(body, false, |s, e| {
            seen.push(&body[s..e]);
            Ok::<usize, LitError>(s)
        });
        assert_eq!(seen, vec!["x", "y", " z "]);
        let Ok(parts) = parts else {
            panic!("parse failed")
        };
        let FPart::Field(f) = &parts[1] else {
            panic!("not a field")
        };
        assert_eq!((f.expr_start, f.expr_end, f.expr), (2, 3, 2));
        // The expression's own error comes before the bad conversion after it.
        let r = parse_fstring_body_with("{a b!z}", false, |_, _| {
            Err::<(), LitError>(LitError::new(
                "f-string: invalid syntax",
                0,
                ErrorLoc::Token,
            ))
        });
        assert_eq!(
            r.err().map(|e| e.msg).as_deref(),
            Some("f-string: invalid syntax")
        );
        // The empty-expression check comes before the callback.
        let r = parse_fstring_body_with("{ }", false, |_, _| {
            Err::<(), LitError>(LitError::new("called", 0, ErrorLoc::Token))
        });
        assert_eq!(
            r.err().map(|e| e.msg).as_deref(),
            Some("f-string: empty expression not allowed")
        );
    }
}
