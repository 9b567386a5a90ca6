//! `match` statements (<https://docs.python.org/3.11/reference/compound_stmts.html#the-match-statement>).

use super::{CResult, Compiler};
use pyrs_parser::ast::{Expr, MatchCase, Stmt};

impl<'a> Compiler<'a> {
    /// `match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT`
    pub(crate) fn compile_match(
        &mut self,
        s: &'a Stmt,
        _subject: &'a Expr,
        _cases: &'a [MatchCase],
    ) -> CResult {
        self.error("match statements are not supported yet", s.range)
    }
}
