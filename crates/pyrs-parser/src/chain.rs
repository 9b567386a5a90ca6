//! Operator chains: `not`, `or`, `and`, comparisons and the binary operators from `|` to `*`
//! are parsed as one flat list of operands and operators (grammar rule `OrTest`) and built into
//! CPython's tree here, by precedence.
//!
//! An LR parser pays one reduction per grammar level an operand climbs through; with a level
//! per precedence, every name or number went through a dozen reductions. The flat rule makes it
//! one or two. The levels, lowest first (<https://docs.python.org/3.11/reference/expressions.html#operator-precedence>):
//! `or`, `and`, `not` (prefix), comparisons (chained into one `Compare`), `|`, `^`, `&`,
//! `<<` `>>`, `+` `-`, `*` `@` `/` `//` `%`. Unary `-` `+` `~`, `**`, `await` and primaries
//! stay in the grammar (`Factor`).

use crate::ast::*;
use crate::builder::{user, LErr};
use crate::error::ParseError as PErr;

/// An operator between two operands of a chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChainOp {
    Or,
    And,
    Cmp(CmpOp),
    Bin(Operator),
}

/// One operand: its `not` prefixes (their start positions), its token range, its expression.
pub struct Operand {
    pub nots: Vec<Pos>,
    pub l: Pos,
    pub e: Expr,
    pub r: Pos,
}

/// Binding power of a binary operator between `|` (lowest) and `*` (highest).
fn precedence(op: Operator) -> u8 {
    match op {
        Operator::BitOr => 1,
        Operator::BitXor => 2,
        Operator::BitAnd => 3,
        Operator::LShift | Operator::RShift => 4,
        Operator::Add | Operator::Sub => 5,
        _ => 6,
    }
}

/// An expression under construction with the token range it spans.
struct Spanned {
    e: Expr,
    l: Pos,
    r: Pos,
}

/// Builds the tree of `first (op operand)*`.
pub fn build<'a>(first: Operand, rest: Vec<(ChainOp, Operand)>) -> Result<Expr, LErr<'a>> {
    let mut items = Vec::with_capacity(rest.len() + 1);
    items.push((None, first));
    items.extend(rest.into_iter().map(|(op, o)| (Some(op), o)));
    let mut climb = Climb {
        items: items.into_iter().peekable(),
    };
    let Some((_, first)) = climb.items.next() else {
        return Err(user(PErr::syntax(
            "invalid syntax",
            Pos::default(),
            Pos::default(),
        )));
    };
    let result = climb.or(first)?;
    Ok(result.e)
}

type Items = std::iter::Peekable<std::vec::IntoIter<(Option<ChainOp>, Operand)>>;

struct Climb {
    items: Items,
}

impl Climb {
    fn next_op(&mut self) -> Option<ChainOp> {
        self.items.peek().and_then(|(op, _)| *op)
    }

    /// The next operand, which must follow `op` (already peeked).
    fn take_operand(&mut self) -> Option<Operand> {
        self.items.next().map(|(_, o)| o)
    }

    /// `or` level: a flat `BoolOp(Or, ...)` over `and` levels.
    fn or<'a>(&mut self, first: Operand) -> Result<Spanned, LErr<'a>> {
        let head = self.and(first)?;
        if self.next_op() != Some(ChainOp::Or) {
            return Ok(head);
        }
        let l = head.l;
        let mut r = head.r;
        let mut values = vec![head.e];
        while self.next_op() == Some(ChainOp::Or) {
            let Some(o) = self.take_operand() else { break };
            let v = self.and(o)?;
            r = v.r;
            values.push(v.e);
        }
        Ok(bool_op(BoolOp::Or, values, l, r))
    }

    /// `and` level: a flat `BoolOp(And, ...)` over `not` levels.
    fn and<'a>(&mut self, first: Operand) -> Result<Spanned, LErr<'a>> {
        let head = self.not(first)?;
        if self.next_op() != Some(ChainOp::And) {
            return Ok(head);
        }
        let l = head.l;
        let mut r = head.r;
        let mut values = vec![head.e];
        while self.next_op() == Some(ChainOp::And) {
            let Some(o) = self.take_operand() else { break };
            let v = self.not(o)?;
            r = v.r;
            values.push(v.e);
        }
        Ok(bool_op(BoolOp::And, values, l, r))
    }

    /// `not` level: the operand's prefixes apply to the whole comparison that follows.
    fn not<'a>(&mut self, mut first: Operand) -> Result<Spanned, LErr<'a>> {
        let nots = std::mem::take(&mut first.nots);
        let mut s = self.comparison(first)?;
        for at in nots.into_iter().rev() {
            s = Spanned {
                e: Expr::new(
                    Range::new(at, s.r),
                    ExprKind::UnaryOp {
                        op: UnaryOp::Not,
                        operand: Box::new(s.e),
                    },
                ),
                l: at,
                r: s.r,
            };
        }
        Ok(s)
    }

    /// Comparisons: `a < b == c` is one `Compare`.
    fn comparison<'a>(&mut self, first: Operand) -> Result<Spanned, LErr<'a>> {
        let head = self.binary(first)?;
        if !matches!(self.next_op(), Some(ChainOp::Cmp(_))) {
            return Ok(head);
        }
        let l = head.l;
        let mut r = head.r;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some(ChainOp::Cmp(op)) = self.next_op() {
            let Some(o) = self.take_operand() else { break };
            let v = self.binary(o)?;
            r = v.r;
            ops.push(op);
            comparators.push(v.e);
        }
        let e = Expr::new(
            Range::new(l, r),
            ExprKind::Compare {
                left: Box::new(head.e),
                ops,
                comparators,
            },
        );
        Ok(Spanned { e, l, r })
    }

    /// The binary operators, by precedence with an operator stack (all left-associative).
    fn binary<'a>(&mut self, first: Operand) -> Result<Spanned, LErr<'a>> {
        let mut operands = vec![plain(first)?];
        let mut ops: Vec<Operator> = Vec::new();
        while let Some(ChainOp::Bin(op)) = self.next_op() {
            let Some(o) = self.take_operand() else { break };
            while ops
                .last()
                .is_some_and(|&top| precedence(top) >= precedence(op))
            {
                reduce_top(&mut operands, &mut ops);
            }
            ops.push(op);
            operands.push(plain(o)?);
        }
        while !ops.is_empty() {
            reduce_top(&mut operands, &mut ops);
        }
        operands.pop().ok_or_else(|| {
            user(PErr::syntax(
                "invalid syntax",
                Pos::default(),
                Pos::default(),
            ))
        })
    }
}

/// An operand where no `not` may stand (after a comparison or binary operator).
fn plain<'a>(o: Operand) -> Result<Spanned, LErr<'a>> {
    if let Some(&at) = o.nots.first() {
        let end = Pos {
            line: at.line,
            col: at.col + 3,
        };
        return Err(user(PErr::syntax("invalid syntax", at, end)));
    }
    Ok(Spanned {
        e: o.e,
        l: o.l,
        r: o.r,
    })
}

fn reduce_top(operands: &mut Vec<Spanned>, ops: &mut Vec<Operator>) {
    if let (Some(op), Some(right), Some(left)) = (ops.pop(), operands.pop(), operands.pop()) {
        let range = Range::new(left.l, right.r);
        let e = Expr::new(
            range,
            ExprKind::BinOp {
                left: Box::new(left.e),
                op,
                right: Box::new(right.e),
            },
        );
        operands.push(Spanned {
            e,
            l: left.l,
            r: right.r,
        });
    }
}

fn bool_op(op: BoolOp, values: Vec<Expr>, l: Pos, r: Pos) -> Spanned {
    Spanned {
        e: Expr::new(Range::new(l, r), ExprKind::BoolOp { op, values }),
        l,
        r,
    }
}

/// `a | b ^ c ...` without comparisons or boolean operators (grammar rule `Expression`).
pub fn binary(first: Operand, rest: Vec<(Operator, Operand)>) -> Expr {
    let rest = rest
        .into_iter()
        .map(|(op, o)| (ChainOp::Bin(op), o))
        .collect();
    match build(first, rest) {
        Ok(e) => e,
        // Unreachable: a bitwise chain has no `not` operands and always an operand.
        Err(_) => Expr::new(
            Range::default(),
            ExprKind::Constant {
                value: Constant::None,
                kind: None,
            },
        ),
    }
}
