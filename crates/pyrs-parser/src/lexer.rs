//! The token stream the grammar reads: logical lines, INDENT/DEDENT, bracket matching, keywords
//! and soft keywords (<https://docs.python.org/3.11/reference/lexical_analysis.html#line-structure>).

use crate::ast::{Ident, Pos};
use crate::error::{At, ErrorClass, ParseError};
use crate::number_scan::{scan, Scanned};
use crate::source::BadUtf8;
use crate::token::{RawTok, StrEnd};
use logos::Logos;
use unicode_normalization::UnicodeNormalization;

/// CPython's limit on bracket nesting (`too many nested parentheses`).
const MAX_BRACKET_DEPTH: usize = 200;
/// CPython's limit on indentation levels (`too many levels of indentation`).
const MAX_INDENT_DEPTH: usize = 100;
/// How many prefix operators (`-`, `+`, `~`, `not`) in a row CPython's parser survives: each
/// nests its recursive descent one level deeper, and past its stack limit it gives up with
/// MemoryError (measured with python3: 5969 parse, 5970 do not).
const MAX_PREFIX_RUN: u32 = 5970;

/// A token handed to the grammar.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok<'a> {
    Name(Ident),
    Number(&'a str),
    String(&'a str),
    Newline,
    Indent,
    Dedent,
    /// A character that can start no token (`$`, `?`, a backtick): always a syntax error.
    Invalid,
    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    /// The soft keyword `match` at the head of a match statement.
    Match,
    /// The soft keyword `case` at the head of a case block.
    Case,
    /// The `(` right after `with` that opens a parenthesised list of with-items.
    LParWith,
    // Operators and delimiters.
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Comma,
    Colon,
    Semi,
    Dot,
    Ellipsis,
    At,
    Equal,
    Arrow,
    ColonEqual,
    Plus,
    Minus,
    Star,
    Slash,
    DoubleSlash,
    Percent,
    DoubleStar,
    LeftShift,
    RightShift,
    Amper,
    Vbar,
    Circumflex,
    Tilde,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    EqEqual,
    NotEqual,
    PlusEqual,
    MinusEqual,
    StarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AtEqual,
    AmperEqual,
    VbarEqual,
    CircumflexEqual,
    RightShiftEqual,
    LeftShiftEqual,
    DoubleStarEqual,
}

pub type Spanned<'a> = Result<(Pos, Tok<'a>, Pos), ParseError>;

fn keyword(s: &str) -> Option<Tok<'static>> {
    Some(match s {
        "False" => Tok::False,
        "None" => Tok::None,
        "True" => Tok::True,
        "and" => Tok::And,
        "as" => Tok::As,
        "assert" => Tok::Assert,
        "async" => Tok::Async,
        "await" => Tok::Await,
        "break" => Tok::Break,
        "class" => Tok::Class,
        "continue" => Tok::Continue,
        "def" => Tok::Def,
        "del" => Tok::Del,
        "elif" => Tok::Elif,
        "else" => Tok::Else,
        "except" => Tok::Except,
        "finally" => Tok::Finally,
        "for" => Tok::For,
        "from" => Tok::From,
        "global" => Tok::Global,
        "if" => Tok::If,
        "import" => Tok::Import,
        "in" => Tok::In,
        "is" => Tok::Is,
        "lambda" => Tok::Lambda,
        "nonlocal" => Tok::Nonlocal,
        "not" => Tok::Not,
        "or" => Tok::Or,
        "pass" => Tok::Pass,
        "raise" => Tok::Raise,
        "return" => Tok::Return,
        "try" => Tok::Try,
        "while" => Tok::While,
        "with" => Tok::With,
        "yield" => Tok::Yield,
        _ => return None,
    })
}

fn punct(raw: RawTok) -> Tok<'static> {
    use RawTok as R;
    match raw {
        R::LPar => Tok::LPar,
        R::RPar => Tok::RPar,
        R::LSqb => Tok::LSqb,
        R::RSqb => Tok::RSqb,
        R::LBrace => Tok::LBrace,
        R::RBrace => Tok::RBrace,
        R::Comma => Tok::Comma,
        R::Colon => Tok::Colon,
        R::Semi => Tok::Semi,
        R::Dot => Tok::Dot,
        R::Ellipsis => Tok::Ellipsis,
        R::At => Tok::At,
        R::Equal => Tok::Equal,
        R::Arrow => Tok::Arrow,
        R::ColonEqual => Tok::ColonEqual,
        R::Plus => Tok::Plus,
        R::Minus => Tok::Minus,
        R::Star => Tok::Star,
        R::Slash => Tok::Slash,
        R::DoubleSlash => Tok::DoubleSlash,
        R::Percent => Tok::Percent,
        R::DoubleStar => Tok::DoubleStar,
        R::LeftShift => Tok::LeftShift,
        R::RightShift => Tok::RightShift,
        R::Amper => Tok::Amper,
        R::Vbar => Tok::Vbar,
        R::Circumflex => Tok::Circumflex,
        R::Tilde => Tok::Tilde,
        R::Less => Tok::Less,
        R::Greater => Tok::Greater,
        R::LessEqual => Tok::LessEqual,
        R::GreaterEqual => Tok::GreaterEqual,
        R::EqEqual => Tok::EqEqual,
        R::NotEqual => Tok::NotEqual,
        R::PlusEqual => Tok::PlusEqual,
        R::MinusEqual => Tok::MinusEqual,
        R::StarEqual => Tok::StarEqual,
        R::SlashEqual => Tok::SlashEqual,
        R::DoubleSlashEqual => Tok::DoubleSlashEqual,
        R::PercentEqual => Tok::PercentEqual,
        R::AtEqual => Tok::AtEqual,
        R::AmperEqual => Tok::AmperEqual,
        R::VbarEqual => Tok::VbarEqual,
        R::CircumflexEqual => Tok::CircumflexEqual,
        R::RightShiftEqual => Tok::RightShiftEqual,
        R::LeftShiftEqual => Tok::LeftShiftEqual,
        R::DoubleStarEqual => Tok::DoubleStarEqual,
        // `<>` and `!` are only meaningful elsewhere (Barry's PEP 401, f-strings).
        _ => Tok::Invalid,
    }
}

/// Tokens after which a leading `match` cannot be a soft keyword (it is then a plain name).
fn can_start_subject(raw: RawTok, text: &str) -> bool {
    use RawTok as R;
    match raw {
        R::Name => !matches!(
            text,
            "and" | "as" | "else" | "for" | "if" | "in" | "is" | "or" | "from"
        ),
        R::Number | R::String(_) | R::LPar | R::LSqb | R::LBrace => true,
        R::Minus | R::Plus | R::Tilde | R::Star | R::Ellipsis => true,
        _ => false,
    }
}

/// An open bracket: its character and position.
#[derive(Clone, Copy)]
struct Open {
    ch: u8,
    pos: Pos,
}

/// The indentation-aware lexer.
pub struct Lexer<'a> {
    src: &'a str,
    raw: logos::Lexer<'a, RawTok>,
    line: u32,
    /// Byte offset (relative to `src`) where the current line starts; may be negative when
    /// lexing a fragment that starts mid-line (f-string expressions).
    line_start: isize,
    /// Indentation stack: (column with tab size 8, column with tab size 1).
    indents: Vec<(u32, u32)>,
    pending_dedents: u32,
    dedent_pos: Pos,
    at_line_start: bool,
    line_has_tokens: bool,
    brackets: Vec<Open>,
    /// Indentation depths whose lines are case blocks of a match statement.
    match_levels: Vec<usize>,
    match_pending: bool,
    after_with: bool,
    finished: bool,
    /// Prefix operators seen in a row (see [`MAX_PREFIX_RUN`]).
    prefix_run: u32,
    /// Lexing an expression fragment: no NEWLINE/INDENT logic at all.
    fragment: bool,
    last_end: Pos,
    /// Invalid UTF-8 the source decoder replaced (names containing it are errors).
    bad_utf8: &'a [BadUtf8],
}

impl<'a> Lexer<'a> {
    /// A lexer for a whole module (source already free of `\r`).
    pub fn new(src: &'a str) -> Self {
        Self::with_start(src, Pos { line: 1, col: 0 }, false)
    }

    /// A lexer for a whole input whose first line starts at column `start.col` (eval mode
    /// skips leading blanks).
    pub fn starting_at(src: &'a str, start: Pos) -> Self {
        Self::with_start(src, start, false)
    }

    /// A lexer for an expression fragment of a larger source starting at `start` (an f-string
    /// replacement field): it behaves as if inside brackets.
    pub fn fragment(src: &'a str, start: Pos) -> Self {
        Self::with_start(src, start, true)
    }

    fn with_start(src: &'a str, start: Pos, fragment: bool) -> Self {
        Lexer {
            src,
            raw: RawTok::lexer(src),
            line: start.line,
            line_start: -(start.col as isize),
            indents: vec![(0, 0)],
            pending_dedents: 0,
            dedent_pos: Pos::default(),
            at_line_start: !fragment,
            line_has_tokens: false,
            brackets: Vec::new(),
            match_levels: Vec::new(),
            match_pending: false,
            after_with: false,
            finished: false,
            prefix_run: 0,
            fragment,
            last_end: start,
            bad_utf8: &[],
        }
    }

    /// Tells the lexer where the source decoder replaced invalid UTF-8 (see
    /// `decode_for_compile` in `source.rs`).
    #[must_use]
    pub fn with_bad_utf8(mut self, bad: &'a [BadUtf8]) -> Self {
        self.bad_utf8 = bad;
        self
    }

    #[inline]
    fn pos(&self, offset: usize) -> Pos {
        Pos {
            line: self.line,
            col: (offset as isize - self.line_start) as u32,
        }
    }

    fn new_line_at(&mut self, offset: usize) {
        self.line += 1;
        self.line_start = offset as isize;
    }

    /// Measures the indentation of the line starting at `offset`: (cols, alt cols, bytes), or
    /// `None` when the line is blank or holds only a comment.
    fn measure_indent(&self, offset: usize) -> Option<(u32, u32, usize)> {
        let bytes = self.src.as_bytes();
        let (mut col, mut alt, mut i) = (0u32, 0u32, offset);
        while i < bytes.len() {
            match bytes[i] {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            i += 1;
        }
        match bytes.get(i) {
            None | Some(b'#') | Some(b'\n') => None,
            // A backslash in the indentation is a continuation (or CPython's "unexpected
            // character after line continuation character"): left to the tokens.
            Some(b'\\') => None,
            _ => Some((col, alt, i - offset)),
        }
    }

    /// Handles indentation at the start of a logical line; may queue INDENT or DEDENTs.
    fn indentation(&mut self) -> Result<Option<(Pos, Tok<'a>, Pos)>, ParseError> {
        let offset = self.raw.span().end;
        let Some((col, alt, width)) = self.measure_indent(offset) else {
            return Ok(None);
        };
        self.at_line_start = false;
        let here = self.pos(offset + width);
        let line_begin = self.pos(offset);
        let Some(&(top, top_alt)) = self.indents.last() else {
            return Ok(None);
        };
        let tab_error = || {
            ParseError::new(
                ErrorClass::TabError,
                "inconsistent use of tabs and spaces in indentation",
                line_begin,
                Some(line_begin),
            )
        };
        if col == top {
            if alt != top_alt {
                return Err(tab_error());
            }
            if self.match_pending {
                self.match_pending = false;
            }
            Ok(None)
        } else if col > top {
            if alt <= top_alt {
                return Err(tab_error());
            }
            if self.indents.len() >= MAX_INDENT_DEPTH {
                return Err(ParseError::new(
                    ErrorClass::IndentationError,
                    "too many levels of indentation",
                    line_begin,
                    Some(here),
                ));
            }
            self.indents.push((col, alt));
            if std::mem::take(&mut self.match_pending) {
                self.match_levels.push(self.indents.len());
            }
            Ok(Some((line_begin, Tok::Indent, here)))
        } else {
            self.match_pending = false;
            let mut n = 0;
            while let Some(&(c, _)) = self.indents.last() {
                if c <= col {
                    break;
                }
                self.indents.pop();
                n += 1;
            }
            let Some(&(c, a)) = self.indents.last() else {
                return Ok(None);
            };
            if c != col {
                let text_end = self.src[offset..]
                    .find('\n')
                    .map_or(self.src.len(), |i| offset + i);
                return Err(ParseError::new(
                    ErrorClass::IndentationError,
                    "unindent does not match any outer indentation level",
                    self.pos(text_end),
                    None,
                ));
            }
            if a != alt {
                return Err(tab_error());
            }
            while self
                .match_levels
                .last()
                .is_some_and(|&lvl| lvl > self.indents.len())
            {
                self.match_levels.pop();
            }
            self.pending_dedents = n - 1;
            self.dedent_pos = here;
            Ok(Some((here, Tok::Dedent, here)))
        }
    }

    /// Looks ahead on the current logical line: is the `match` just read a soft keyword?
    fn match_is_keyword(&self) -> bool {
        let mut look = self.raw.clone();
        match look.next() {
            Some(Ok(t)) if can_start_subject(t, look.slice()) => {}
            _ => return false,
        }
        let mut depth = 0i32;
        let mut last = None;
        for t in look {
            match t {
                Ok(RawTok::Newline) if depth <= 0 => break,
                Ok(RawTok::Newline | RawTok::Continuation) => continue,
                Ok(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => depth += 1,
                Ok(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => depth -= 1,
                _ => {}
            }
            last = Some(t);
        }
        last == Some(Ok(RawTok::Colon))
    }

    /// Looks ahead after `with (`: is this a parenthesised list of with-items (an `as` at the
    /// top level of the parentheses)?
    fn paren_with_items(&self) -> bool {
        let mut look = self.raw.clone();
        let mut depth = 1;
        let mut saw_as = false;
        while let Some(t) = look.next() {
            match t {
                Ok(RawTok::LPar | RawTok::LSqb | RawTok::LBrace) => depth += 1,
                Ok(RawTok::RPar | RawTok::RSqb | RawTok::RBrace) => {
                    depth -= 1;
                    if depth == 0 {
                        // `as` cannot appear in a parenthesised expression: these are items,
                        // whatever follows (a missing `:` is then reported after the `)`).
                        return saw_as;
                    }
                }
                Ok(RawTok::Name) if depth == 1 && look.slice() == "as" => saw_as = true,
                Err(()) => return false,
                _ => {}
            }
        }
        false
    }

    fn name_token(&mut self, text: &'a str, start: Pos, end: Pos) -> Result<Tok<'a>, ParseError> {
        if text.is_ascii() {
            if let Some(kw) = keyword(text) {
                return Ok(self.keyword_token(kw));
            }
            if !self.line_has_tokens && !self.fragment {
                if text == "match" && self.match_is_keyword() {
                    self.match_pending = true;
                    return Ok(Tok::Match);
                }
                if text == "case" && self.match_levels.last() == Some(&self.indents.len()) {
                    return Ok(Tok::Case);
                }
            }
            return Ok(Tok::Name(text.into()));
        }
        if !self.bad_utf8.is_empty() {
            self.check_utf8_name(text, start, end)?;
        }
        check_identifier(text, start)?;
        let normal: String = text.nfkc().collect();
        Ok(Tok::Name(normal.into()))
    }

    fn keyword_token(&mut self, kw: Tok<'a>) -> Tok<'a> {
        if kw == Tok::With {
            self.after_with = true;
        }
        kw
    }

    /// Checks a number token. CPython's tokenizer reads a number further than the logos
    /// regexes when a letter, digit or `_` follows (`1__0`, `0x`, `1e+`, `3jx`): those cases are
    /// rescanned its way; the scan may also end the token later than logos did.
    fn number_token(&mut self, text: &'a str, start: Pos) -> Result<Tok<'a>, ParseError> {
        let span = self.raw.span();
        let next = self.src.as_bytes().get(span.end).copied().unwrap_or(0);
        let b = text.as_bytes();
        if !(next.is_ascii_alphanumeric() || next == b'_') {
            let leading_zeros = b.len() > 1
                && b[0] == b'0'
                && b.iter().all(|c| c.is_ascii_digit() || *c == b'_')
                && b.iter().any(|c| (b'1'..=b'9').contains(c));
            if leading_zeros {
                return Err(self.leading_zeros(start));
            }
            return Ok(Tok::Number(text));
        }
        self.rescan_number(text, start)
    }

    /// The slow path of [`Lexer::number_token`]: CPython's own walk over the number.
    #[cold]
    #[inline(never)]
    fn rescan_number(&mut self, text: &'a str, start: Pos) -> Result<Tok<'a>, ParseError> {
        let span = self.raw.span();
        match scan(self.src.as_bytes(), span.start) {
            Scanned::End(end) if end == span.end => Ok(Tok::Number(text)),
            Scanned::End(end) if end > span.end => {
                self.raw.bump(end - span.end);
                Ok(Tok::Number(&self.src[span.start..end]))
            }
            // CPython's number is shorter: only possible for malformed input the regexes
            // accepted; report it where CPython's scan ended.
            Scanned::End(end) => Err(ParseError::tokenizer(
                "invalid decimal literal",
                self.pos(end),
            )),
            Scanned::Error(msg, cursor) => Err(ParseError::tokenizer(msg, self.pos(cursor))),
            Scanned::LeadingZeros => Err(self.leading_zeros(start)),
        }
    }

    #[cold]
    #[inline(never)]
    fn leading_zeros(&self, start: Pos) -> ParseError {
        ParseError::syntax(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            start,
            start,
        )
        .with_at(At::TokenBytes)
    }

    /// A name holding invalid UTF-8: CPython fails to decode it ("(unicode error) 'utf-8' codec
    /// can't decode ..."), positioned at the end of the name.
    #[cold]
    #[inline(never)]
    fn check_utf8_name(&self, text: &str, start: Pos, end: Pos) -> Result<(), ParseError> {
        let inside = |p: Pos| p.line == start.line && p.col >= start.col && p.col < end.col;
        if !self.bad_utf8.iter().any(|b| inside(b.pos)) {
            return Ok(());
        }
        let mut raw = Vec::with_capacity(text.len());
        for (i, c) in text.char_indices() {
            let at = Pos {
                line: start.line,
                col: start.col + i as u32,
            };
            match self.bad_utf8.iter().find(|b| b.pos == at) {
                Some(bad) if c == '\u{FFFD}' => raw.extend_from_slice(&bad.raw),
                _ => raw.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
            }
        }
        let msg = crate::source::utf8_error(&raw).unwrap_or_default();
        Err(ParseError::new(
            ErrorClass::SyntaxError,
            format!("(unicode error) {msg}"),
            end,
            None,
        )
        .with_at(At::Cursor))
    }

    fn next_token(&mut self) -> Option<Spanned<'a>> {
        if self.pending_dedents > 0 {
            self.pending_dedents -= 1;
            return Some(Ok((self.dedent_pos, Tok::Dedent, self.dedent_pos)));
        }
        loop {
            if self.at_line_start && self.brackets.is_empty() {
                match self.indentation() {
                    Ok(Some(t)) => return Some(Ok(t)),
                    Ok(None) => {}
                    Err(e) => return Some(Err(e)),
                }
            }
            let Some(raw) = self.raw.next() else {
                return self.end_of_input();
            };
            let span = self.raw.span();
            let start = self.pos(span.start);
            let raw = match raw {
                Ok(r) => r,
                Err(()) => {
                    let end = self.pos(span.end);
                    self.line_has_tokens = true;
                    return Some(Ok((start, Tok::Invalid, end)));
                }
            };
            let tok = match raw {
                RawTok::Newline => {
                    let end = Pos {
                        line: start.line,
                        col: start.col + 1,
                    };
                    self.new_line_at(span.end);
                    if !self.brackets.is_empty() || self.fragment {
                        continue;
                    }
                    self.at_line_start = true;
                    if !std::mem::take(&mut self.line_has_tokens) {
                        continue;
                    }
                    self.last_end = end;
                    return Some(Ok((start, Tok::Newline, end)));
                }
                RawTok::Continuation => {
                    if self.raw.remainder().is_empty() && !self.fragment {
                        return Some(Err(self.eof_after_continuation(span.start)));
                    }
                    self.new_line_at(span.end);
                    continue;
                }
                RawTok::StrayBackslash if self.raw.remainder().is_empty() && !self.fragment => {
                    return Some(Err(self.eof_after_continuation(span.start)));
                }
                RawTok::StrayBackslash => {
                    let at = self.pos(span.end);
                    return Some(Err(ParseError::new(
                        ErrorClass::SyntaxError,
                        "unexpected character after line continuation character",
                        at,
                        None,
                    )));
                }
                RawTok::Name => {
                    let end = self.pos(span.end);
                    match self.name_token(self.raw.slice(), start, end) {
                        Ok(t) => t,
                        Err(e) => return Some(Err(e)),
                    }
                }
                RawTok::Number => match self.number_token(self.raw.slice(), start) {
                    Ok(t) => t,
                    Err(e) => return Some(Err(e)),
                },
                RawTok::String(end_kind) => {
                    let text = self.raw.slice();
                    if end_kind != StrEnd::Closed {
                        return Some(Err(self.unterminated(end_kind, start, text)));
                    }
                    // Track lines inside triple-quoted strings and continuation lines.
                    let mut nl = 0;
                    let mut last_nl = 0;
                    for (i, b) in text.bytes().enumerate() {
                        if b == b'\n' {
                            nl += 1;
                            last_nl = i;
                        }
                    }
                    if nl > 0 {
                        self.line += nl;
                        self.line_start = (span.start + last_nl + 1) as isize;
                    }
                    Tok::String(text)
                }
                RawTok::LPar | RawTok::LSqb | RawTok::LBrace => {
                    let end = self.pos(span.end);
                    let ch = self.src.as_bytes()[span.start];
                    if self.brackets.len() >= MAX_BRACKET_DEPTH {
                        return Some(Err(ParseError::tokenizer(
                            "too many nested parentheses",
                            end,
                        )));
                    }
                    self.brackets.push(Open { ch, pos: start });
                    if raw == RawTok::LPar && self.after_with && self.paren_with_items() {
                        self.after_with = false;
                        self.line_has_tokens = true;
                        self.last_end = end;
                        return Some(Ok((start, Tok::LParWith, end)));
                    }
                    punct(raw)
                }
                RawTok::RPar | RawTok::RSqb | RawTok::RBrace => {
                    let ch = self.src.as_bytes()[span.start];
                    let end = self.pos(span.end);
                    match self.brackets.pop() {
                        None => {
                            if self.fragment {
                                // Let the fragment's owner report it.
                                return Some(Ok((start, punct(raw), end)));
                            }
                            return Some(Err(ParseError::tokenizer(
                                format!("unmatched '{}'", ch as char),
                                end,
                            )));
                        }
                        Some(open) => {
                            let expected = match open.ch {
                                b'(' => b')',
                                b'[' => b']',
                                _ => b'}',
                            };
                            if expected != ch {
                                let msg = if open.pos.line != start.line {
                                    format!(
                                        "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                        ch as char, open.ch as char, open.pos.line
                                    )
                                } else {
                                    format!(
                                        "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                        ch as char, open.ch as char
                                    )
                                };
                                return Some(Err(ParseError::tokenizer(msg, end)));
                            }
                        }
                    }
                    punct(raw)
                }
                other => punct(other),
            };
            if tok != Tok::With && tok != Tok::Async {
                self.after_with = false;
            }
            if matches!(tok, Tok::Minus | Tok::Plus | Tok::Tilde | Tok::Not) {
                self.prefix_run += 1;
                if self.prefix_run >= MAX_PREFIX_RUN {
                    return Some(Err(ParseError::new(
                        ErrorClass::MemoryError,
                        "",
                        start,
                        None,
                    )
                    .with_at(crate::error::At::Nowhere)));
                }
            } else {
                self.prefix_run = 0;
            }
            let end = self.pos(span.end);
            self.line_has_tokens = true;
            self.last_end = end;
            return Some(Ok((start, tok, end)));
        }
    }

    /// A backslash continuation with nothing after it: CPython reports the end of the file at
    /// the end of the backslash's line, or the innermost bracket still open.
    #[cold]
    #[inline(never)]
    fn eof_after_continuation(&self, backslash: usize) -> ParseError {
        if let Some(open) = self.brackets.last() {
            return ParseError::new(
                ErrorClass::SyntaxError,
                format!("'{}' was never closed", open.ch as char),
                open.pos,
                None,
            );
        }
        let at = self.pos(backslash + 1);
        ParseError::syntax("unexpected EOF while parsing", at, at)
    }

    /// An unterminated string: reported at its first character, "detected" on the line where
    /// CPython's tokenizer gave up (the string's last line; a newline ending the file starts no
    /// new line).
    #[cold]
    fn unterminated(&self, kind: StrEnd, start: Pos, text: &str) -> ParseError {
        let mut newlines = text.bytes().filter(|&b| b == b'\n').count() as u32;
        if kind == StrEnd::UnterminatedTriple && text.ends_with('\n') {
            newlines -= 1;
        }
        let line = start.line + newlines;
        let msg = match kind {
            StrEnd::UnterminatedTriple => {
                format!("unterminated triple-quoted string literal (detected at line {line})")
            }
            _ => format!("unterminated string literal (detected at line {line})"),
        };
        let cursor = Pos {
            line: start.line,
            col: start.col + 1,
        };
        ParseError::tokenizer(msg, cursor)
    }

    fn end_of_input(&mut self) -> Option<Spanned<'a>> {
        if self.finished {
            return None;
        }
        let end = self.pos(self.src.len());
        if let Some(open) = self.brackets.last().copied() {
            if !self.fragment {
                self.finished = true;
                return Some(Err(ParseError::new(
                    ErrorClass::SyntaxError,
                    format!("'{}' was never closed", open.ch as char),
                    open.pos,
                    None,
                )));
            }
        }
        if self.fragment {
            self.finished = true;
            return None;
        }
        if std::mem::take(&mut self.line_has_tokens) {
            let nl_end = Pos {
                line: end.line,
                col: end.col + 1,
            };
            return Some(Ok((end, Tok::Newline, nl_end)));
        }
        if self.indents.len() > 1 {
            self.indents.pop();
            let at = Pos {
                line: end.line + u32::from(end.col > 0),
                col: 0,
            };
            return Some(Ok((at, Tok::Dedent, at)));
        }
        self.finished = true;
        None
    }
}

/// Checks a non-ASCII identifier as CPython's tokenizer does, before NFKC normalisation:
/// XID_Start (or `_`) then XID_Continue characters. The error is reported with the cursor
/// after the offending character.
fn check_identifier(text: &str, start: Pos) -> Result<(), ParseError> {
    for (i, c) in text.char_indices() {
        let ok = if i == 0 {
            c == '_' || unicode_ident::is_xid_start(c)
        } else {
            unicode_ident::is_xid_continue(c)
        };
        if !ok {
            let cursor = Pos {
                line: start.line,
                col: start.col + (i + c.len_utf8()) as u32,
            };
            let msg = if pyrs_primitives::strmethods::chars::is_printable(c) {
                format!("invalid character '{}' (U+{:04X})", c, c as u32)
            } else {
                format!("invalid non-printable character U+{:04X}", c as u32)
            };
            return Err(ParseError::tokenizer(msg, cursor));
        }
    }
    Ok(())
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Spanned<'a>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_token()
    }
}
