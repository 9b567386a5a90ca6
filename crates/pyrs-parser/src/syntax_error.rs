//! Turning parser failures into CPython's SyntaxError messages.

use crate::ast::Pos;
use crate::error::{ErrorClass, ParseError};
use crate::lexer::Tok;
use lalrpop_util::ParseError as LalrError;

/// Converts a LALRPOP error into our error with CPython's wording.
pub fn convert(e: LalrError<Pos, Tok<'_>, ParseError>, source: &str) -> ParseError {
    match e {
        LalrError::User { error } => error,
        LalrError::InvalidToken { location } => {
            ParseError::syntax("invalid syntax", location, location)
        }
        LalrError::UnrecognizedEof { location, expected } => {
            unexpected(location, location, None, &expected, source)
        }
        LalrError::UnrecognizedToken {
            token: (l, tok, r),
            expected,
        } => unexpected(l, r, Some(&tok), &expected, source),
        LalrError::ExtraToken { token: (l, _, r) } => ParseError::syntax("invalid syntax", l, r),
    }
}

fn expects(expected: &[String], what: &str) -> bool {
    expected.iter().any(|e| e == what)
}

#[cold]
fn unexpected(
    l: Pos,
    r: Pos,
    tok: Option<&Tok<'_>>,
    expected: &[String],
    source: &str,
) -> ParseError {
    if tok == Some(&Tok::Indent) {
        return ParseError::new(ErrorClass::IndentationError, "unexpected indent", l, None);
    }
    if expects(expected, "INDENT") && tok != Some(&Tok::Indent) {
        let (line, what) = block_header(source, l.line);
        let msg = match what {
            Some(what) => format!("expected an indented block after {what} on line {line}"),
            None => "expected an indented block".to_string(),
        };
        let end = Pos {
            line: l.line,
            col: r.col.max(l.col),
        };
        return ParseError::new(ErrorClass::IndentationError, msg, l, Some(end));
    }
    if expects(expected, "\":\"") && matches!(tok, Some(Tok::Newline)) {
        return ParseError::syntax("expected ':'", l, l);
    }
    if tok == Some(&Tok::Dedent) || tok.is_none() {
        return ParseError::syntax("invalid syntax", l, l);
    }
    ParseError::syntax("invalid syntax", l, r)
}

/// Finds the compound-statement header that precedes line `line` (1-based) and names it as
/// CPython does ("'if' statement", "function definition", ...).
fn block_header(source: &str, line: u32) -> (u32, Option<String>) {
    let lines: Vec<&str> = source.split('\n').collect();
    let mut n = (line as usize).saturating_sub(1).min(lines.len());
    while n > 0 {
        n -= 1;
        let text = lines[n].trim_start();
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        if !text.trim_end().ends_with(':') && !text.contains(':') {
            continue;
        }
        let word: String = text
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let word = if word == "async" {
            text[5..]
                .trim_start()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect()
        } else {
            word
        };
        let what = match word.as_str() {
            "def" => Some("function definition".to_string()),
            "class" => Some("class definition".to_string()),
            "if" | "elif" | "else" | "while" | "for" | "with" | "try" | "except" | "finally"
            | "match" | "case" => {
                let star = word == "except" && text[6..].trim_start().starts_with('*');
                Some(if star {
                    "'except*' statement".to_string()
                } else {
                    format!("'{word}' statement")
                })
            }
            _ => None,
        };
        return (n as u32 + 1, what);
    }
    (line, None)
}
