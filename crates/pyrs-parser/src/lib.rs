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
mod number_scan;
mod source;
mod source_codecs;
mod string;
mod syntax_error;
pub mod token;
mod unicode_names;

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
use error::{Counting, ParseError};
use syntax_error::Input;

/// Parses a module (`exec` mode) from source text (`compile(text, filename, "exec")`).
pub fn parse_module(source: &str, filename: &str) -> Result<Mod, SyntaxError> {
    let text = source::normalize_newlines(source);
    module(&text, filename, &[], &Counting::default(), false)
}

fn module(
    text: &str,
    filename: &str,
    bad_utf8: &[source::BadUtf8],
    counting: &Counting,
    script: bool,
) -> Result<Mod, SyntaxError> {
    let input = Input {
        text,
        start: Pos { line: 1, col: 0 },
        fragment: false,
        bad_utf8,
        script,
    };
    run(&input, text, filename, counting, |ctx, lexer| {
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
    let input = Input {
        text: &text[skipped..],
        start: Pos {
            line: 1,
            col: skipped as u32,
        },
        fragment: false,
        bad_utf8: &[],
        script: false,
    };
    run(
        &input,
        &text,
        filename,
        &Counting::default(),
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
    let input = Input {
        text: &text,
        start: Pos { line: 1, col: 0 },
        fragment: false,
        bad_utf8: &[],
        script: false,
    };
    run(
        &input,
        &text,
        filename,
        &Counting::default(),
        |ctx, lexer| {
            grammar::SingleInputParser::new()
                .parse(ctx, lexer)
                .map(|body| Mod::Interactive { body })
        },
    )
}

/// Parses a file's raw bytes as `compile(bytes, filename, "exec")` and `ast.parse` do: BOM and
/// PEP 263 coding declarations honoured, NUL bytes rejected without a position, invalid UTF-8
/// an error only where CPython decodes it (string literals, names; not comments), and error
/// offsets counted in bytes when no encoding is declared.
pub fn parse_file_bytes(bytes: &[u8], filename: &str) -> Result<Mod, SyntaxError> {
    let decoded = source::decode_for_compile(bytes, filename)?;
    decoded_module(&decoded, filename, false)
}

/// Parses a script's raw bytes as `python3 FILE` does before running it: a file without a
/// coding declaration must be UTF-8 throughout ("Non-UTF-8 code starting with ..."), any
/// trouble with a declared encoding is an "encoding problem", NUL bytes are "source code cannot
/// contain null bytes" (on their line), and positions at the end of the input are column 0.
/// Offsets are counted as for [`parse_file_bytes`].
pub fn parse_script_bytes(bytes: &[u8], filename: &str) -> Result<Mod, SyntaxError> {
    let decoded = source::decode_for_script(bytes, filename)?;
    decoded_module(&decoded, filename, true)
}

fn decoded_module(
    decoded: &source::Decoded<'_>,
    filename: &str,
    script: bool,
) -> Result<Mod, SyntaxError> {
    let text = source::normalize_newlines(&decoded.text);
    let counting = Counting {
        bytes: decoded.byte_offsets,
        replaced: decoded.bad.iter().map(|b| (b.pos, b.raw.len())).collect(),
    };
    module(&text, filename, &decoded.bad, &counting, script)
}

/// Parses the text of an f-string replacement field starting at `at` in the file, when it
/// means the same without the parentheses CPython puts around it: not for a lone starred
/// expression (an error in parentheses) nor for what only parses in them.
pub(crate) fn parse_bare_field(text: &str, at: Pos) -> Option<Expr> {
    let ctx = Ctx { bad_utf8: &[] };
    let e = grammar::FieldInputParser::new()
        .parse(&ctx, lexer::Lexer::fragment(text, at))
        .ok()?;
    (!matches!(e.node, ast::ExprKind::Starred { .. })).then_some(e)
}

/// Parses an f-string replacement field: `fragment` is its expression in parentheses, `(x)`,
/// the `(` standing at `at`, where the field's `{` is in the file. An error is CPython's for
/// that text compiled on its own, placed as CPython places it (see
/// [`syntax_error::field_error`]).
pub(crate) fn parse_field(fragment: &str, at: Pos) -> Result<Expr, ParseError> {
    let ctx = Ctx { bad_utf8: &[] };
    match grammar::FieldInputParser::new().parse(&ctx, lexer::Lexer::fragment(fragment, at)) {
        Ok(e) => Ok(e),
        Err(_) => Err(syntax_error::field_error(fragment, at.line)),
    }
}

/// Runs a parser on `input`; errors are converted against `text`, the whole source.
fn run<'a, T>(
    input: &Input<'a>,
    text: &str,
    filename: &str,
    counting: &Counting,
    parse: impl FnOnce(&Ctx<'a>, lexer::Lexer<'a>) -> Result<T, builder::LErr<'a>>,
) -> Result<T, SyntaxError> {
    let ctx = Ctx {
        bad_utf8: input.bad_utf8,
    };
    parse(&ctx, input.lexer()).map_err(|e| {
        SyntaxError::convert(syntax_error::convert(e, input), text, filename, counting)
    })
}

/// Statements of a module, for callers that only want the body.
pub fn module_body(m: Mod) -> Vec<Stmt> {
    match m {
        Mod::Module { body } | Mod::Interactive { body } => body,
        Mod::Expression { .. } => vec![],
    }
}
