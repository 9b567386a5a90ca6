//! Syntax errors: what went wrong, where, and how CPython prints it.

use crate::ast::Pos;

/// The exception class CPython raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorClass {
    /// `SyntaxError`: e.g. `x = (1,` gives "'(' was never closed".
    SyntaxError,
    /// `IndentationError`: e.g. `if x:\npass` gives "expected an indented block after 'if'
    /// statement on line 1".
    IndentationError,
    /// `TabError`: indentation whose meaning depends on the tab size.
    TabError,
}

impl ErrorClass {
    pub fn name(self) -> &'static str {
        match self {
            ErrorClass::SyntaxError => "SyntaxError",
            ErrorClass::IndentationError => "IndentationError",
            ErrorClass::TabError => "TabError",
        }
    }
}

/// An error found while lexing or parsing, positioned in bytes (before conversion for display).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub class: ErrorClass,
    pub msg: String,
    /// Where CPython places the caret (line, byte column).
    pub start: Pos,
    /// Where the caret range ends; `None` when CPython leaves it unset.
    pub end: Option<Pos>,
}

impl ParseError {
    #[cold]
    pub fn new(class: ErrorClass, msg: impl Into<String>, start: Pos, end: Option<Pos>) -> Self {
        ParseError {
            class,
            msg: msg.into(),
            start,
            end,
        }
    }

    #[cold]
    pub fn syntax(msg: impl Into<String>, start: Pos, end: Pos) -> Self {
        Self::new(ErrorClass::SyntaxError, msg, start, Some(end))
    }
}

/// A syntax error as Python sees it: `SyntaxError(msg, (filename, lineno, offset, text,
/// end_lineno, end_offset))` with 1-based character offsets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub class: ErrorClass,
    pub msg: String,
    pub filename: String,
    pub lineno: u32,
    /// 1-based offset in characters, as `SyntaxError.offset`.
    pub offset: i64,
    pub end_lineno: u32,
    pub end_offset: i64,
    /// The source line the error is on, without its newline.
    pub text: Option<String>,
}

impl SyntaxError {
    /// Converts a byte-positioned error into CPython's character offsets using the source.
    pub fn from_parse_error(err: ParseError, source: &str, filename: &str) -> Self {
        let line_text = source
            .split('\n')
            .nth(err.start.line.saturating_sub(1) as usize);
        let char_col = |line: u32, col: u32| -> i64 {
            match source.split('\n').nth(line.saturating_sub(1) as usize) {
                Some(text) => {
                    let col = (col as usize).min(text.len());
                    let prefix = text.get(..col).unwrap_or(text);
                    prefix.chars().count() as i64 + 1
                }
                None => col as i64 + 1,
            }
        };
        let offset = char_col(err.start.line, err.start.col);
        let (end_lineno, end_offset) = match err.end {
            Some(end) => (end.line, char_col(end.line, end.col)),
            None => (err.start.line, 0),
        };
        SyntaxError {
            class: err.class,
            msg: err.msg,
            filename: filename.to_string(),
            lineno: err.start.line,
            offset,
            end_lineno,
            end_offset,
            text: line_text.map(|t| t.trim_end_matches('\r').to_string()),
        }
    }

    /// `SyntaxError: msg (lineno:offset)`, the line `pyrs-ast` prints for a rejected file.
    pub fn one_line(&self) -> String {
        format!(
            "{}: {} ({}:{})",
            self.class.name(),
            self.msg,
            self.lineno,
            self.offset
        )
    }

    /// The error rendered as CPython prints an uncaught SyntaxError: the file and line, the
    /// source line without its indentation, a caret line, then `Class: message`.
    pub fn render(&self) -> String {
        let mut out = format!("  File \"{}\", line {}\n", self.filename, self.lineno);
        if let Some(text) = &self.text {
            out.push_str(&caret_lines(self, text));
        }
        out.push_str(self.class.name());
        out.push_str(": ");
        out.push_str(&self.msg);
        out.push('\n');
        out
    }
}

/// The source line and the caret line under it, by CPython 3.11's rules: carets from `offset`
/// to `end_offset` (one caret for IndentationError and TabError, or when the range is empty),
/// the range cut at the end of the line, no caret line when the offset falls in the stripped
/// indentation.
fn caret_lines(e: &SyntaxError, text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    // CPython's text ends with its newline, and the range is measured against that.
    let line_size = chars.len() as i64 + 1;
    let mut end_offset = match e.class {
        ErrorClass::SyntaxError => e.end_offset,
        _ => -1,
    };
    if e.end_lineno > e.lineno {
        end_offset = line_size;
    }
    end_offset = end_offset.min(line_size + 1);
    let indent = chars
        .iter()
        .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
        .count() as i64;
    let shown: String = chars[indent as usize..].iter().collect();
    let mut out = format!("    {shown}\n");
    let len = chars.len() as i64 - indent;
    let offset = (e.offset - 1 - indent).min(len);
    if offset < 0 || e.offset < 1 {
        return out;
    }
    let end = end_offset - 1 - indent;
    let carets = if end_offset == -1 || end <= offset {
        1
    } else {
        end - offset
    };
    out.push_str("    ");
    out.push_str(&" ".repeat(offset as usize));
    out.push_str(&"^".repeat(carets as usize));
    out.push('\n');
    out
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.one_line())
    }
}

impl std::error::Error for SyntaxError {}
