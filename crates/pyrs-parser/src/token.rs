//! Raw tokens recognised by `logos` (<https://docs.python.org/3.11/reference/lexical_analysis.html>).
//!
//! This level knows nothing of indentation, brackets or soft keywords: [`crate::lexer`] wraps it
//! and produces the token stream the grammar consumes.

use logos::Logos;

/// What a string-literal callback found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrEnd {
    /// The closing quote was found.
    Closed,
    /// A single-quoted string hit the end of its line.
    UnterminatedLine,
    /// A triple-quoted string hit the end of the file.
    UnterminatedTriple,
}

#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
#[logos(skip r"[ \t\x0C]+")]
#[logos(skip(r"#[^\n]*", allow_greedy = true))]
pub enum RawTok {
    /// An identifier or keyword; non-ASCII letters are checked by the wrapper.
    #[regex(r"[A-Za-z_\u{80}-\u{10FFFF}][A-Za-z0-9_\u{80}-\u{10FFFF}]*")]
    Name,
    /// Any number literal; validated and converted later.
    #[regex(r"[0-9](_?[0-9])*([jJ])?")]
    #[regex(r"0[xX](_?[0-9a-fA-F])+")]
    #[regex(r"0[oO](_?[0-7])+")]
    #[regex(r"0[bB](_?[01])+")]
    #[regex(r"([0-9](_?[0-9])*)?\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?[jJ]?")]
    #[regex(r"[0-9](_?[0-9])*\.([eE][+-]?[0-9](_?[0-9])*)?[jJ]?")]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*[jJ]?")]
    Number,
    /// The opening of a string literal with its prefix; the callback scans to its end.
    #[regex(r#"([rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?['"]"#, lex_string)]
    String(StrEnd),
    #[token("\n")]
    Newline,
    #[token("\\\n")]
    Continuation,
    /// A backslash not followed by a newline.
    #[token("\\")]
    StrayBackslash,

    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token("@")]
    At,
    #[token("=")]
    Equal,
    #[token("->")]
    Arrow,
    #[token(":=")]
    ColonEqual,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("**")]
    DoubleStar,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("&")]
    Amper,
    #[token("|")]
    Vbar,
    #[token("^")]
    Circumflex,
    #[token("~")]
    Tilde,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<>")]
    LessGreater,
    #[token("!")]
    Exclamation,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("@=")]
    AtEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VbarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
}

/// Scans a string literal from just after its opening quote to its closing quote.
fn lex_string(lex: &mut logos::Lexer<RawTok>) -> StrEnd {
    let opening = lex.slice();
    let quote = opening.as_bytes()[opening.len() - 1];
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    if triple {
        let mut i = 2;
        while i < rest.len() {
            match rest[i] {
                b'\\' => i += 2,
                c if c == quote
                    && rest.get(i + 1) == Some(&quote)
                    && rest.get(i + 2) == Some(&quote) =>
                {
                    lex.bump(i + 3);
                    return StrEnd::Closed;
                }
                _ => i += 1,
            }
        }
        lex.bump(rest.len());
        StrEnd::UnterminatedTriple
    } else {
        let mut i = 0;
        while i < rest.len() {
            match rest[i] {
                b'\\' => i += 2,
                b'\n' => {
                    lex.bump(i);
                    return StrEnd::UnterminatedLine;
                }
                c if c == quote => {
                    lex.bump(i + 1);
                    return StrEnd::Closed;
                }
                _ => i += 1,
            }
        }
        lex.bump(rest.len());
        StrEnd::UnterminatedLine
    }
}
