//! pyrs-parser: Python 3.11 source text to a CPython-identical AST, behind one facade.
//!
//! The pipeline: [`token`] (logos) -> [`lexer`] (logical lines, INDENT/DEDENT, soft keywords)
//! -> the LALRPOP grammar (`grammar.lalrpop`, actions in [`builder`]) -> [`ast`].

pub mod ast;
mod builder;
mod chain;
pub mod dump;
pub mod error;
mod fstring;
mod fstring_ast;
pub mod invariants;
pub mod lexer;
mod number;
mod source;
mod source_codecs;
mod string;
mod syntax_error;
pub mod token;
mod unicode_names;
mod unicode_tables;

lalrpop_util::lalrpop_mod!(
    #[allow(
        clippy::all,
        clippy::pedantic,
        clippy::panic,
        clippy::unwrap_used,
        unused
    )]
    grammar
);

pub use error::{ErrorClass, SyntaxError};
pub use source::decode_source;

use ast::{Expr, Mod, Pos, Stmt};
use builder::Ctx;
use error::ParseError;

/// Parses a module (`exec` mode) from source text.
pub fn parse_module(source: &str, filename: &str) -> Result<Mod, SyntaxError> {
    let text = source::normalize_newlines(source);
    parse_with(&text, filename, |ctx, lexer| {
        grammar::FileInputParser::new()
            .parse(ctx, lexer)
            .map(|body| Mod::Module { body })
    })
}

/// Parses a single expression (`eval` mode).
pub fn parse_expression(source: &str, filename: &str) -> Result<Mod, SyntaxError> {
    let text = source::normalize_newlines(source);
    let trimmed = text.trim_start_matches([' ', '\t', '\x0c']);
    let skipped = text.len() - trimmed.len();
    let offset = Pos {
        line: 1,
        col: skipped as u32,
    };
    parse_with_lexer(
        &text,
        filename,
        lexer::Lexer::starting_at(&text[skipped..], offset),
        |ctx, lexer| {
            grammar::EvalInputParser::new()
                .parse(ctx, lexer)
                .map(|e| Mod::Expression { body: Box::new(e) })
        },
    )
}

/// Parses one interactive statement (`single` mode, as the REPL reads it).
pub fn parse_interactive(source: &str, filename: &str) -> Result<Mod, SyntaxError> {
    let text = source::normalize_newlines(source);
    if text.trim().is_empty() || text.trim_start().starts_with('#') && !text.trim().contains('\n') {
        return Ok(Mod::Interactive { body: vec![] });
    }
    parse_with(&text, filename, |ctx, lexer| {
        grammar::SingleInputParser::new()
            .parse(ctx, lexer)
            .map(|body| Mod::Interactive { body })
    })
}

/// Parses a file's raw bytes: BOM, PEP 263 coding declarations, NUL bytes and invalid UTF-8
/// handled as CPython handles them.
pub fn parse_file_bytes(bytes: &[u8], filename: &str) -> Result<Mod, SyntaxError> {
    let text = decode_source(bytes, filename)?;
    parse_module(&text, filename)
}

/// Parses the text of an f-string replacement field that starts at `start` in the file.
pub(crate) fn parse_field(source: &str, fragment: &str, start: Pos) -> Result<Expr, ParseError> {
    let ctx = Ctx { source };
    let lexer = lexer::Lexer::fragment(fragment, start);
    grammar::FieldInputParser::new()
        .parse(&ctx, lexer)
        .map_err(|e| syntax_error::convert(e, source))
}

fn parse_with<'a, T>(
    text: &'a str,
    filename: &str,
    run: impl FnOnce(&Ctx<'a>, lexer::Lexer<'a>) -> Result<T, builder::LErr<'a>>,
) -> Result<T, SyntaxError> {
    parse_with_lexer(text, filename, lexer::Lexer::new(text), run)
}

fn parse_with_lexer<'a, T>(
    text: &'a str,
    filename: &str,
    lexer: lexer::Lexer<'a>,
    run: impl FnOnce(&Ctx<'a>, lexer::Lexer<'a>) -> Result<T, builder::LErr<'a>>,
) -> Result<T, SyntaxError> {
    let ctx = Ctx { source: text };
    run(&ctx, lexer)
        .map_err(|e| SyntaxError::from_parse_error(syntax_error::convert(e, text), text, filename))
}

/// Statements of a module, for callers that only want the body.
pub fn module_body(m: Mod) -> Vec<Stmt> {
    match m {
        Mod::Module { body } | Mod::Interactive { body } => body,
        Mod::Expression { .. } => vec![],
    }
}
