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
    /// `MemoryError`: input nested beyond what CPython's parser handles (e.g. 100,000 unary
    /// minuses in a row); no message, no position.
    MemoryError,
}

impl ErrorClass {
    pub fn name(self) -> &'static str {
        match self {
            ErrorClass::SyntaxError => "SyntaxError",
            ErrorClass::IndentationError => "IndentationError",
            ErrorClass::TabError => "TabError",
            ErrorClass::MemoryError => "MemoryError",
        }
    }
}

/// How CPython turns an error's byte position into `SyntaxError.offset`.
///
/// CPython has two error paths with different conventions. Its tokenizer counts the characters
/// before its cursor; its parser reports a token's column plus one, counted in characters when
/// the source's encoding is known (text, a file, a coding declaration or a BOM) but in bytes
/// when `compile()` was given bytes without any of those. A few parser errors are placed at
/// the tokenizer's cursor instead of a token (tokens without a position of their own: INDENT,
/// DEDENT, the end of the file).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// A parser error at a token starting at `start`: its column plus one.
    Token,
    /// A tokenizer error: the number of characters before `start.col`.
    Cursor,
    /// A parser error at the tokenizer's cursor `start.col`: the characters (or bytes) before it.
    ParserCursor,
    /// A tokenizer error given as a byte column: `start.col` plus one, in bytes.
    TokenBytes,
    /// Offsets already computed: `start.col` is `offset` and `end.col` is `end_offset` as
    /// CPython reports them (-1 when there is no end). (Kept in the positions so that errors
    /// stay small: every token the lexer returns is a `Result` with this error type.)
    Fixed,
    /// A string literal error that CPython reports at the token after the string (or group of
    /// adjacent strings) ending at `start`; resolved to [`At::Token`] once that token is known.
    NextToken,
    /// No position at all: `lineno` and `offset` are `None`.
    Nowhere,
}

/// An error found while lexing or parsing, positioned in bytes (before conversion for display).
///
/// The details live behind a box: the lexer returns every token as a `Result` with this error
/// type, which must stay as small as a token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError(Box<ErrorDetail>);

/// What a [`ParseError`] holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorDetail {
    pub class: ErrorClass,
    pub msg: String,
    /// Where CPython places the caret (line, byte column); see [`At`] for how it is counted.
    pub start: Pos,
    /// Where the caret range ends; `None` when CPython leaves it unset.
    pub end: Option<Pos>,
    pub at: At,
    /// The source line CPython shows when it is not the file's line (an f-string field's
    /// expression is shown as the `(expr)` text CPython compiled).
    pub text: Option<String>,
}

impl std::ops::Deref for ParseError {
    type Target = ErrorDetail;

    fn deref(&self) -> &ErrorDetail {
        &self.0
    }
}

impl std::ops::DerefMut for ParseError {
    fn deref_mut(&mut self) -> &mut ErrorDetail {
        &mut self.0
    }
}

impl ParseError {
    #[cold]
    pub fn new(class: ErrorClass, msg: impl Into<String>, start: Pos, end: Option<Pos>) -> Self {
        ParseError(Box::new(ErrorDetail {
            class,
            msg: msg.into(),
            start,
            end,
            at: At::Token,
            text: None,
        }))
    }

    #[cold]
    pub fn syntax(msg: impl Into<String>, start: Pos, end: Pos) -> Self {
        Self::new(ErrorClass::SyntaxError, msg, start, Some(end))
    }

    /// A tokenizer error with its cursor at `cursor` (CPython counts the characters before it).
    #[cold]
    pub fn tokenizer(msg: impl Into<String>, cursor: Pos) -> Self {
        Self::new(ErrorClass::SyntaxError, msg, cursor, None).with_at(At::Cursor)
    }

    /// The same error counted another way.
    #[must_use]
    pub fn with_at(mut self, at: At) -> Self {
        self.at = at;
        self
    }

    /// The details, owned.
    pub fn into_detail(self) -> ErrorDetail {
        *self.0
    }
}

/// A syntax error as Python sees it: `SyntaxError(msg, (filename, lineno, offset, text,
/// end_lineno, end_offset))` with 1-based offsets; every position can be `None`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub class: ErrorClass,
    pub msg: String,
    pub filename: String,
    pub lineno: Option<u32>,
    /// 1-based offset, as `SyntaxError.offset` (in characters, or in bytes for `compile()` of
    /// bytes without a declared encoding; see [`At`]).
    pub offset: Option<i32>,
    pub end_lineno: Option<u32>,
    pub end_offset: Option<i32>,
    /// The source line the error is on, without its newline.
    pub text: Option<String>,
}

/// Counts the characters in the first `n` bytes of `line` and its newline (a partial character
/// counts one, as CPython's "replace" decoding does).
fn chars_before(line: &str, n: usize) -> i64 {
    if n > line.len() {
        return line.chars().count() as i64 + 1;
    }
    let mut end = n;
    while !line.is_char_boundary(end) {
        end += 1;
    }
    line[..end].chars().count() as i64
}

/// How offsets are counted for one source (see [`At`]).
#[derive(Clone, Debug, Default)]
pub(crate) struct Counting {
    /// Parser offsets in bytes (`compile()` of bytes that declare no encoding).
    pub bytes: bool,
    /// Each U+FFFD that stands for invalid UTF-8 in the source, with the number of bytes it
    /// replaces: CPython's columns count those bytes.
    pub replaced: Vec<(Pos, usize)>,
}

impl Counting {
    /// The column CPython's tokenizer sees for byte column `col` of our text.
    fn raw_col(&self, pos: Pos) -> usize {
        let mut col = pos.col as usize;
        for (at, len) in &self.replaced {
            if at.line == pos.line && at.col < pos.col {
                col = col + len - '\u{FFFD}'.len_utf8();
            }
        }
        col
    }
}

impl SyntaxError {
    /// Converts a byte-positioned error into CPython's offsets using the source, counting
    /// parser offsets in characters.
    pub fn from_parse_error(err: ParseError, source: &str, filename: &str) -> Self {
        Self::convert(err, source, filename, &Counting::default())
    }

    pub(crate) fn convert(err: ParseError, source: &str, filename: &str, how: &Counting) -> Self {
        let line_of = |line: u32| source.split('\n').nth(line.saturating_sub(1) as usize);
        let offset_of = |pos: Pos, at: At| -> i64 {
            let line = line_of(pos.line).unwrap_or("");
            let raw = how.raw_col(pos);
            match at {
                At::Token | At::NextToken if how.bytes => raw as i64 + 1,
                At::Token | At::NextToken => chars_before(line, raw + 1),
                At::Cursor => chars_before(line, pos.col as usize),
                At::ParserCursor if how.bytes => raw as i64,
                At::ParserCursor => chars_before(line, raw),
                At::TokenBytes => raw as i64 + 1,
                At::Fixed => i64::from(pos.col),
                At::Nowhere => 0,
            }
        };
        let err = err.into_detail();
        let text = match &err.text {
            Some(text) => Some(text.clone()),
            None => line_of(err.start.line).map(|t| t.trim_end_matches('\r').to_string()),
        };
        if err.at == At::Nowhere {
            return SyntaxError {
                class: err.class,
                msg: err.msg,
                filename: filename.to_string(),
                lineno: None,
                offset: None,
                end_lineno: None,
                end_offset: None,
                text: None,
            };
        }
        let offset = offset_of(err.start, err.at);
        let (end_lineno, end_offset) = match (err.end, err.at) {
            (Some(end), at) => (end.line, offset_of(end, at)),
            (None, _) => (err.start.line, -1),
        };
        SyntaxError {
            class: err.class,
            msg: err.msg,
            filename: filename.to_string(),
            lineno: Some(err.start.line),
            offset: Some(offset as i32),
            end_lineno: Some(end_lineno),
            end_offset: Some(end_offset as i32),
            text,
        }
    }

    /// `SyntaxError: msg (lineno:offset)`, the line `pyrs-ast` prints for a rejected file
    /// (`None` for a missing position, as Python prints it).
    pub fn one_line(&self) -> String {
        fn show<T: std::fmt::Display>(v: Option<T>) -> String {
            v.map_or_else(|| "None".to_string(), |v| v.to_string())
        }
        format!(
            "{}: {} ({}:{})",
            self.class.name(),
            self.msg,
            show(self.lineno),
            show(self.offset)
        )
    }

    /// The error rendered as CPython prints an uncaught SyntaxError: the file and line, the
    /// source line without its indentation, a caret line, then `Class: message`.
    pub fn render(&self) -> String {
        let mut out = String::new();
        if let Some(lineno) = self.lineno {
            out.push_str(&format!("  File \"{}\", line {lineno}\n", self.filename));
            if let Some(text) = &self.text {
                out.push_str(&caret_lines(self, text));
            }
        }
        out.push_str(self.class.name());
        if !self.msg.is_empty() {
            out.push_str(": ");
            out.push_str(&self.msg);
        }
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
    // CPython's text ends with its newline, and the range is clipped to its size in UTF-8
    // bytes (`PyUnicode_AsUTF8AndSize`).
    let line_size = text.len() as i64 + 1;
    let lineno = e.lineno.unwrap_or(0);
    let mut end_offset = match e.class {
        ErrorClass::SyntaxError => e.end_offset.map_or(-1, i64::from),
        _ => -1,
    };
    if e.end_lineno.unwrap_or(lineno) > lineno {
        end_offset = line_size;
    }
    end_offset = end_offset.min(line_size + 1);
    let indent = chars
        .iter()
        .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
        .count() as i64;
    let shown: String = chars[indent as usize..].iter().collect();
    let mut out = format!("    {shown}\n");
    let Some(e_offset) = e.offset.map(i64::from) else {
        return out;
    };
    let len = chars.len() as i64 - indent;
    let offset = (e_offset - 1 - indent).min(len);
    if offset < 0 || e_offset < 1 {
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
