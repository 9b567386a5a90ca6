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

    /// The error rendered as CPython prints an uncaught SyntaxError.
    pub fn render(&self) -> String {
        let mut out = format!("  File \"{}\", line {}\n", self.filename, self.lineno);
        if let Some(text) = &self.text {
            let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
            let indent = (text.chars().count() - stripped.chars().count()) as i64;
            let stripped = stripped.trim_end();
            out.push_str("    ");
            out.push_str(stripped);
            out.push('\n');
            if self.offset >= 1 {
                let start = (self.offset - 1 - indent).max(0);
                let len = stripped.chars().count() as i64;
                let start = start.min(len);
                let end = if self.end_lineno == self.lineno && self.end_offset > self.offset {
                    (self.end_offset - 1 - indent).min(len.max(start + 1))
                } else {
                    start + 1
                };
                out.push_str("    ");
                out.push_str(&" ".repeat(start as usize));
                out.push_str(&"^".repeat((end - start).max(1) as usize));
                out.push('\n');
            }
        }
        out.push_str(self.class.name());
        out.push_str(": ");
        out.push_str(&self.msg);
        out.push('\n');
        out
    }
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.one_line())
    }
}

impl std::error::Error for SyntaxError {}
