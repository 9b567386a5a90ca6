//! Constant folding as CPython's AST optimizer does it (`-1`, `2**10`, `'a' * 3`, tuples of
//! constants, `__debug__`), with CPython's size limits so `co_consts` match.

use super::Compiler;
use crate::code::Const;
use num_bigint::BigInt;
use pyrs_parser::ast::{self, Constant, ExprKind, Operator, PyStr};
use std::rc::Rc;

/// CPython's limits on folded results.
const MAX_INT_SIZE: u64 = 128;
const MAX_COLLECTION_SIZE: i64 = 256;
const MAX_STR_SIZE: i64 = 4096;
const MAX_TOTAL_ITEMS: i64 = 1024;
/// How deep folding looks into an expression (deeper ones are simply not folded).
const MAX_FOLD_DEPTH: u32 = 100;

/// A docstring as text (a lone surrogate becomes U+FFFD).
pub(crate) fn pystr_to_rc(s: &PyStr) -> Rc<str> {
    pyrs_primitives::wtf8::lossy(s.as_wtf8()).into()
}

/// The constant of an `ast.Constant`.
pub(crate) fn from_constant(c: &Constant) -> Const {
    match c {
        Constant::None => Const::None,
        Constant::Bool(b) => Const::Bool(*b),
        Constant::Ellipsis => Const::Ellipsis,
        Constant::Int(ast::Int::Small(i)) => Const::Int(*i),
        Constant::Int(ast::Int::Big(b)) => int_const((**b).clone()),
        Constant::Float(f) => Const::Float(*f),
        Constant::Complex { real, imag } => Const::Complex {
            real: *real,
            imag: *imag,
        },
        Constant::Str(s) => match s.as_str() {
            Some(t) => Const::Str(t.into()),
            None => Const::SurrogateStr(s.as_wtf8().into()),
        },
        Constant::Bytes(b) => Const::Bytes(b.as_slice().into()),
    }
}

/// An int constant, inline when it fits in an i64.
pub(crate) fn int_const(b: BigInt) -> Const {
    match i64::try_from(&b) {
        Ok(i) => Const::Int(i),
        Err(_) => Const::BigInt(Rc::new(b)),
    }
}

/// Whether two constants are the same value of the same type (how `co_consts` is
/// deduplicated: `1`, `1.0` and `True` stay distinct, as do `0.0` and `-0.0`).
pub(crate) fn const_identical(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::None, Const::None) | (Const::Ellipsis, Const::Ellipsis) => true,
        (Const::Bool(x), Const::Bool(y)) => x == y,
        (Const::Int(x), Const::Int(y)) => x == y,
        (Const::BigInt(x), Const::BigInt(y)) => x == y,
        (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
        (Const::Complex { real: a, imag: b }, Const::Complex { real: c, imag: d }) => {
            a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
        }
        (Const::Str(x), Const::Str(y)) => x == y,
        (Const::Bytes(x), Const::Bytes(y)) => x == y,
        (Const::Tuple(x), Const::Tuple(y)) | (Const::FrozenSet(x), Const::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| const_identical(p, q))
        }
        (Const::Code(x), Const::Code(y)) => Rc::ptr_eq(x, y),
        _ => false,
    }
}

/// A constant's truth value.
pub(crate) fn truthy(c: &Const) -> bool {
    match c {
        Const::None => false,
        Const::Bool(b) => *b,
        Const::Ellipsis | Const::Code(_) => true,
        Const::Int(i) => *i != 0,
        Const::BigInt(_) => true,
        Const::Float(f) => *f != 0.0,
        Const::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Const::Str(s) => !s.is_empty(),
        Const::SurrogateStr(_) => true,
        Const::Bytes(b) => !b.is_empty(),
        Const::Tuple(t) | Const::FrozenSet(t) => !t.is_empty(),
    }
}

fn as_int(c: &Const) -> Option<BigInt> {
    match c {
        Const::Bool(b) => Some(BigInt::from(i64::from(*b))),
        Const::Int(i) => Some(BigInt::from(*i)),
        Const::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

fn as_float(c: &Const) -> Option<f64> {
    match c {
        Const::Float(f) => Some(*f),
        _ => {
            let i = as_int(c)?;
            let f = num_traits_to_f64(&i)?;
            Some(f)
        }
    }
}

fn num_traits_to_f64(i: &BigInt) -> Option<f64> {
    if let Ok(s) = i64::try_from(i) {
        return Some(s as f64);
    }
    // Only folded when exact enough: larger ints are left alone.
    None
}

fn as_complex(c: &Const) -> Option<(f64, f64)> {
    match c {
        Const::Complex { real, imag } => Some((*real, *imag)),
        _ => as_float(c).map(|f| (f, 0.0)),
    }
}

fn seq_len(c: &Const) -> Option<i64> {
    match c {
        Const::Str(s) => Some(s.chars().count() as i64),
        Const::Bytes(b) => Some(b.len() as i64),
        Const::Tuple(t) => Some(t.len() as i64),
        _ => None,
    }
}

fn total_items(c: &Const) -> i64 {
    match c {
        Const::Tuple(t) | Const::FrozenSet(t) => {
            t.len() as i64 + t.iter().map(total_items).sum::<i64>()
        }
        _ => 0,
    }
}

fn bits(i: &BigInt) -> u64 {
    i.bits()
}

fn floor_div_mod(a: &BigInt, b: &BigInt) -> Option<(BigInt, BigInt)> {
    if b == &BigInt::from(0) {
        return None;
    }
    let q = a / b;
    let r = a - &q * b;
    if r != BigInt::from(0) && ((r < BigInt::from(0)) != (b < &BigInt::from(0))) {
        Some((q - 1, r + b))
    } else {
        Some((q, r))
    }
}

fn repeat(seq: &Const, n: i64) -> Option<Const> {
    let n = n.max(0) as usize;
    Some(match seq {
        Const::Str(s) => Const::Str(s.repeat(n).into()),
        Const::Bytes(b) => Const::Bytes(b.repeat(n).into()),
        Const::Tuple(t) => {
            let mut v = Vec::with_capacity(t.len() * n);
            for _ in 0..n {
                v.extend(t.iter().cloned());
            }
            Const::Tuple(v.into())
        }
        _ => return None,
    })
}

fn is_int_like(c: &Const) -> bool {
    matches!(c, Const::Int(_) | Const::BigInt(_) | Const::Bool(_))
}

/// `a * b` for a sequence and an int, within CPython's limits.
fn mul_seq(seq: &Const, n: &Const) -> Option<Const> {
    let n = i64::try_from(as_int(n)?).ok()?;
    let size = seq_len(seq)?;
    if size > 0 {
        let limit = if matches!(seq, Const::Tuple(_)) {
            MAX_COLLECTION_SIZE
        } else {
            MAX_STR_SIZE
        };
        if n < 0 || n > limit / size {
            return None;
        }
        if n > 0 && matches!(seq, Const::Tuple(_)) && total_items(seq) > MAX_TOTAL_ITEMS / n {
            return None;
        }
    }
    repeat(seq, n)
}

/// Folds `a op b` on constants, or None when CPython would not.
fn binop(op: Operator, a: &Const, b: &Const) -> Option<Const> {
    use Operator::*;
    if is_int_like(a) && is_int_like(b) {
        let (x, y) = (as_int(a)?, as_int(b)?);
        let zero = BigInt::from(0);
        let both_bool = matches!((a, b), (Const::Bool(_), Const::Bool(_)));
        return Some(match op {
            Add => int_const(x + y),
            Sub => int_const(x - y),
            Mult => {
                if x != zero && y != zero && bits(&x) + bits(&y) > MAX_INT_SIZE {
                    return None;
                }
                int_const(x * y)
            }
            FloorDiv => int_const(floor_div_mod(&x, &y)?.0),
            Mod => int_const(floor_div_mod(&x, &y)?.1),
            Div => {
                if y == zero {
                    return None;
                }
                Const::Float(as_float(a)? / as_float(b)?)
            }
            Pow => {
                if y < zero {
                    if x == zero {
                        return None;
                    }
                    let (xf, yf) = (as_float(a)?, as_float(b)?);
                    return Some(Const::Float(xf.powf(yf)));
                }
                let e = u32::try_from(&y).ok()?;
                if x != zero && e > 0 && bits(&x) > MAX_INT_SIZE / u64::from(e) {
                    return None;
                }
                int_const(x.pow(e))
            }
            LShift => {
                if y < zero {
                    return None;
                }
                if x == zero {
                    return Some(int_const(x));
                }
                let s = u64::try_from(&y).ok()?;
                if s > MAX_INT_SIZE || bits(&x) > MAX_INT_SIZE - s {
                    return None;
                }
                int_const(x << s as usize)
            }
            RShift => {
                if y < zero {
                    return None;
                }
                let s = usize::try_from(&y).unwrap_or(usize::MAX).min(1 << 20);
                int_const(x >> s)
            }
            BitAnd if both_bool => Const::Bool(truthy(a) & truthy(b)),
            BitOr if both_bool => Const::Bool(truthy(a) | truthy(b)),
            BitXor if both_bool => Const::Bool(truthy(a) ^ truthy(b)),
            BitAnd => int_const(x & y),
            BitOr => int_const(x | y),
            BitXor => int_const(x ^ y),
            MatMult => return None,
        });
    }
    let numeric =
        |c: &Const| is_int_like(c) || matches!(c, Const::Float(_) | Const::Complex { .. });
    if numeric(a) && numeric(b) {
        if matches!(a, Const::Complex { .. }) || matches!(b, Const::Complex { .. }) {
            let ((ar, ai), (br, bi)) = (as_complex(a)?, as_complex(b)?);
            return Some(match op {
                Add => Const::Complex {
                    real: ar + br,
                    imag: ai + bi,
                },
                Sub => Const::Complex {
                    real: ar - br,
                    imag: ai - bi,
                },
                Mult => Const::Complex {
                    real: ar * br - ai * bi,
                    imag: ar * bi + ai * br,
                },
                _ => return None,
            });
        }
        let (x, y) = (as_float(a)?, as_float(b)?);
        let r = match op {
            Add => x + y,
            Sub => x - y,
            Mult => x * y,
            Div if y != 0.0 => x / y,
            FloorDiv if y != 0.0 => python_float_divmod(x, y).0,
            Mod if y != 0.0 => python_float_divmod(x, y).1,
            Pow => {
                if x < 0.0 && y.fract() != 0.0 || x == 0.0 && y < 0.0 {
                    return None;
                }
                x.powf(y)
            }
            _ => return None,
        };
        if !r.is_finite() && x.is_finite() && y.is_finite() {
            return None; // OverflowError at run time
        }
        return Some(Const::Float(r));
    }
    match (op, a, b) {
        (Add, Const::Str(x), Const::Str(y)) => Some(Const::Str(format!("{x}{y}").into())),
        (Add, Const::Bytes(x), Const::Bytes(y)) => {
            Some(Const::Bytes([&x[..], &y[..]].concat().into()))
        }
        (Add, Const::Tuple(x), Const::Tuple(y)) => {
            Some(Const::Tuple(x.iter().chain(y.iter()).cloned().collect()))
        }
        (Mult, s, n) if is_int_like(n) => mul_seq(s, n),
        (Mult, n, s) if is_int_like(n) => mul_seq(s, n),
        _ => None,
    }
}

/// Python's float `divmod` (floor division, remainder with the divisor's sign).
fn python_float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

fn unaryop(op: ast::UnaryOp, a: &Const) -> Option<Const> {
    use ast::UnaryOp::*;
    Some(match (op, a) {
        (Not, c) => Const::Bool(!truthy(c)),
        (USub, Const::Float(f)) => Const::Float(-f),
        (USub, Const::Complex { real, imag }) => Const::Complex {
            real: -real,
            imag: -imag,
        },
        (USub, c) if is_int_like(c) => int_const(-as_int(c)?),
        (UAdd, Const::Float(_) | Const::Complex { .. }) => a.clone(),
        (UAdd, c) if is_int_like(c) => int_const(as_int(c)?),
        (Invert, c) if is_int_like(c) => int_const(-as_int(c)? - 1),
        _ => return None,
    })
}

fn subscr(v: &Const, i: &Const) -> Option<Const> {
    let idx = i64::try_from(as_int(i)?).ok()?;
    let norm = |len: usize| -> Option<usize> {
        let len = len as i64;
        let k = if idx < 0 { idx + len } else { idx };
        (0..len).contains(&k).then_some(k as usize)
    };
    match v {
        Const::Str(s) => {
            let n = s.chars().count();
            let k = norm(n)?;
            s.chars().nth(k).map(|c| Const::Str(c.to_string().into()))
        }
        Const::Bytes(b) => norm(b.len()).map(|k| Const::Int(i64::from(b[k]))),
        Const::Tuple(t) => norm(t.len()).map(|k| t[k].clone()),
        _ => None,
    }
}

impl Compiler<'_> {
    /// The constant an expression folds to, if CPython's optimizer folds it.
    pub(crate) fn fold(&self, e: &ast::Expr) -> Option<Const> {
        self.fold_depth(e, 0)
    }

    fn fold_depth(&self, e: &ast::Expr, depth: u32) -> Option<Const> {
        if depth > MAX_FOLD_DEPTH {
            return None;
        }
        match &e.node {
            ExprKind::Constant { value, .. } => Some(from_constant(value)),
            ExprKind::Name {
                id,
                ctx: ast::ExprContext::Load,
            } if &**id == "__debug__" => Some(Const::Bool(self.debug_value())),
            ExprKind::UnaryOp { op, operand } => {
                unaryop(*op, &self.fold_depth(operand, depth + 1)?)
            }
            ExprKind::BinOp { left, op, right } => {
                let l = self.fold_depth(left, depth + 1)?;
                let r = self.fold_depth(right, depth + 1)?;
                binop(*op, &l, &r)
            }
            ExprKind::Tuple {
                elts,
                ctx: ast::ExprContext::Load,
            } => self.fold_elts(elts, depth).map(|v| Const::Tuple(v.into())),
            ExprKind::Subscript {
                value,
                slice,
                ctx: ast::ExprContext::Load,
            } => {
                let v = self.fold_depth(value, depth + 1)?;
                let i = self.fold_depth(slice, depth + 1)?;
                subscr(&v, &i)
            }
            _ => None,
        }
    }

    /// All elements folded, or None.
    pub(crate) fn fold_elts(&self, elts: &[ast::Expr], depth: u32) -> Option<Vec<Const>> {
        elts.iter()
            .map(|x| self.fold_depth(x, depth + 1))
            .collect::<Option<Vec<_>>>()
    }
}
