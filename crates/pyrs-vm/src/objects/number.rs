//! Arithmetic and comparison of the builtin numbers (bool, int, big int, float, complex),
//! sequences' `+`/`*`, and set operators.

use super::float::complex as cx;
use crate::object::{Payload, PyStr};
use crate::value::Value;
use crate::{PyResult, Vm};
use num_bigint::BigInt;
use pyrs_compiler::bytecode::{BinOp, CmpOp, UnaryOp};
use pyrs_primitives::{float as pf, int as pi};
use std::cmp::Ordering;

/// A numeric operand, viewed for arithmetic.
pub enum Num {
    Int(pi::Int),
    Float(f64),
    Complex(f64, f64),
}

/// The number a builtin numeric value holds (bool counts as int).
pub fn as_num(v: &Value) -> Option<Num> {
    match v {
        Value::Bool(b) => Some(Num::Int(pi::Int::Small(*b as i64))),
        Value::Int(i) => Some(Num::Int(pi::Int::Small(*i))),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => Some(Num::Int(match i64::try_from(b) {
                // An int subclass instance may box a small value.
                Ok(s) => pi::Int::Small(s),
                Err(_) => pi::Int::Big(b.clone()),
            })),
            Payload::Float(f) => Some(Num::Float(*f)),
            Payload::Complex(re, im) => Some(Num::Complex(*re, *im)),
            _ => None,
        },
        _ => None,
    }
}

/// The int a bool/int value holds.
pub fn as_int(v: &Value) -> Option<pi::Int> {
    match as_num(v) {
        Some(Num::Int(i)) => Some(i),
        _ => None,
    }
}

impl Vm {
    pub fn int_value(&self, i: pi::Int) -> Value {
        match i {
            pi::Int::Small(s) => Value::Int(s),
            pi::Int::Big(b) => self.new_bigint(b),
        }
    }

    /// A primitive operation's result, its error raised as CPython's exception.
    pub fn prim<T>(&self, r: pyrs_primitives::Result<T>) -> PyResult<T> {
        r.map_err(|e| self.primitive_error(e))
    }
}

fn int_to_f64(vm: &Vm, i: &pi::Int) -> PyResult<f64> {
    vm.prim(pi::to_f64(i))
}

/// `a op b` for builtin operands; `None` when the builtin types do not handle the pair.
pub fn binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
            match op {
                BinOp::And => return Ok(Some(Value::Bool(p & q))),
                BinOp::Or => return Ok(Some(Value::Bool(p | q))),
                BinOp::Xor => return Ok(Some(Value::Bool(p ^ q))),
                _ => {}
            }
        }
        return numeric(vm, x, y, op);
    }
    sequence_binary(vm, a, b, op)
}

/// `a op b` for two numbers; `None` when the operator does not apply to their types.
pub fn numeric(vm: &mut Vm, x: Num, y: Num, op: BinOp) -> PyResult<Option<Value>> {
    match (x, y) {
        (Num::Int(a), Num::Int(b)) => int_op(vm, &a, &b, op),
        (x @ Num::Complex(..), y) | (x, y @ Num::Complex(..)) => {
            let (ar, ai) = to_complex(vm, x)?;
            let (br, bi) = to_complex(vm, y)?;
            complex_op(vm, ar, ai, br, bi, op)
        }
        (x, y) => {
            if !float_supports(op) {
                return Ok(None);
            }
            let a = to_f64(vm, x)?;
            let b = to_f64(vm, y)?;
            float_op(vm, a, b, op).map(Some)
        }
    }
}

fn float_supports(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::Add
            | BinOp::Subtract
            | BinOp::Multiply
            | BinOp::TrueDivide
            | BinOp::FloorDivide
            | BinOp::Remainder
            | BinOp::Power
    )
}

/// `divmod(a, b)` for builtin numbers; `None` when the pair does not support it.
pub fn divmod(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (as_num(a), as_num(b)) else {
        return Ok(None);
    };
    let (q, r) = match (x, y) {
        (Num::Complex(..), _) | (_, Num::Complex(..)) => return Ok(None),
        (Num::Int(p), Num::Int(q)) => {
            let (d, m) = vm.prim(pi::divmod(&p, &q))?;
            (vm.int_value(d), vm.int_value(m))
        }
        (x, y) => {
            let p = to_f64(vm, x)?;
            let q = to_f64(vm, y)?;
            let (d, m) = vm.prim(pf::divmod(p, q))?;
            (Value::Float(d), Value::Float(m))
        }
    };
    Ok(Some(vm.new_tuple(vec![q, r])))
}

fn to_f64(vm: &Vm, n: Num) -> PyResult<f64> {
    match n {
        Num::Int(i) => int_to_f64(vm, &i),
        Num::Float(f) => Ok(f),
        Num::Complex(re, _) => Ok(re),
    }
}

fn to_complex(vm: &Vm, n: Num) -> PyResult<(f64, f64)> {
    match n {
        Num::Complex(re, im) => Ok((re, im)),
        other => Ok((to_f64(vm, other)?, 0.0)),
    }
}

fn int_op(vm: &mut Vm, a: &pi::Int, b: &pi::Int, op: BinOp) -> PyResult<Option<Value>> {
    let r = match op {
        BinOp::Add => pi::add(a, b),
        BinOp::Subtract => pi::sub(a, b),
        BinOp::Multiply => pi::mul(a, b),
        BinOp::FloorDivide => vm.prim(pi::floordiv(a, b))?,
        BinOp::Remainder => {
            if pi::is_zero(b) {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            vm.prim(pi::modulo(a, b))?
        }
        BinOp::TrueDivide => return Ok(Some(Value::Float(vm.prim(pi::true_div(a, b))?))),
        BinOp::Power => {
            return Ok(Some(match vm.prim(pi::pow(a, b))? {
                pi::IntOrFloat::Int(i) => vm.int_value(i),
                pi::IntOrFloat::Float(f) => Value::Float(f),
            }))
        }
        BinOp::LShift => vm.prim(pi::lshift(a, b))?,
        BinOp::RShift => vm.prim(pi::rshift(a, b))?,
        BinOp::And => pi::and(a, b),
        BinOp::Or => pi::or(a, b),
        BinOp::Xor => pi::xor(a, b),
        _ => return Ok(None),
    };
    Ok(Some(vm.int_value(r)))
}

fn float_op(vm: &mut Vm, a: f64, b: f64, op: BinOp) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Subtract => a - b,
        BinOp::Multiply => a * b,
        BinOp::TrueDivide => vm.prim(pf::true_div(a, b))?,
        BinOp::FloorDivide => vm.prim(pf::floordiv(a, b))?,
        BinOp::Remainder => vm.prim(pf::modulo(a, b))?,
        _ => match vm.prim(pf::pow(a, b))? {
            pf::FloatPow::Float(f) => f,
            pf::FloatPow::NeedsComplex => {
                let (r, i) = cx::pow(vm, (a, 0.0), (b, 0.0))?;
                return Ok(Value::obj(Payload::Complex(r, i)));
            }
        },
    };
    Ok(Value::Float(r))
}

fn complex_op(
    vm: &mut Vm,
    ar: f64,
    ai: f64,
    br: f64,
    bi: f64,
    op: BinOp,
) -> PyResult<Option<Value>> {
    let (r, i) = match op {
        BinOp::Add => (ar + br, ai + bi),
        BinOp::Subtract => (ar - br, ai - bi),
        BinOp::Multiply => cx::mul((ar, ai), (br, bi)),
        BinOp::TrueDivide => match cx::div((ar, ai), (br, bi)) {
            Some(q) => q,
            None => return Err(vm.zero_division("complex division by zero")),
        },
        BinOp::Power => cx::pow(vm, (ar, ai), (br, bi))?,
        _ => return Ok(None),
    };
    Ok(Some(Value::obj(Payload::Complex(r, i))))
}
/// `+` and `*` of sequences, `%` of str, set operators, dict `|`.
fn sequence_binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let (Value::Obj(ao), _) = (a, b) else {
        if let (BinOp::Multiply, Value::Obj(_)) = (op, b) {
            if matches!(a, Value::Int(_) | Value::Bool(_)) && is_sequence(b) {
                return sequence_binary(vm, b, a, op);
            }
        }
        return Ok(None);
    };
    match (&ao.payload, op) {
        (Payload::Str(x), BinOp::Add) => {
            if let Some(y) = b.as_pystr() {
                return Ok(Some(Value::obj(Payload::Str(PyStr::concat(
                    [x, y].into_iter(),
                )))));
            }
            if !matches!(b.payload(), Some(Payload::Instance(_))) {
                return Err(vm.type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    vm.type_name(b)
                )));
            }
        }
        (Payload::Str(_), BinOp::Remainder) => {
            return crate::objects::str::percent_format(vm, a, b).map(Some)
        }
        (Payload::List(x), BinOp::Add) => {
            if let Some(Payload::List(y)) = b.payload() {
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                return Ok(Some(vm.new_list(v)));
            }
            if !matches!(b.payload(), Some(Payload::Instance(_))) {
                return Err(vm.type_error(format!(
                    "can only concatenate list (not \"{}\") to list",
                    vm.type_name(b)
                )));
            }
        }
        (Payload::Tuple(x), BinOp::Add) => {
            if let Some(Payload::Tuple(y)) = b.payload() {
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                return Ok(Some(vm.new_tuple(v)));
            }
            if !matches!(b.payload(), Some(Payload::Instance(_))) {
                return Err(vm.type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    vm.type_name(b)
                )));
            }
        }
        (Payload::Bytes(x), BinOp::Add) => {
            let y: Option<Vec<u8>> = match b.payload() {
                Some(Payload::Bytes(y)) => Some(y.to_vec()),
                Some(Payload::ByteArray(y)) => Some(y.borrow().clone()),
                _ => None,
            };
            if let Some(y) = y {
                let mut v = x.to_vec();
                v.extend(y);
                return Ok(Some(Value::obj(Payload::Bytes(v.into_boxed_slice()))));
            }
            return Err(vm.type_error(format!("can't concat {} to bytes", vm.type_name(b))));
        }
        (_, BinOp::Multiply) if is_sequence(a) => {
            let n = match unbox(b) {
                Value::Int(n) => n,
                Value::Bool(x) => x as i64,
                Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => {
                    return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
                }
                _ => {
                    if matches!(b.payload(), Some(Payload::Instance(_))) {
                        return Ok(None);
                    }
                    return Err(vm.type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        vm.type_name(b)
                    )));
                }
            };
            return repeat(vm, a, n).map(Some);
        }
        (
            Payload::Set(_) | Payload::FrozenSet(_),
            BinOp::Or | BinOp::And | BinOp::Subtract | BinOp::Xor,
        ) => {
            if matches!(b.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_))) {
                return crate::objects::set::set_binop(vm, a, b, op).map(Some);
            }
        }
        (Payload::Dict(x), BinOp::Or) => {
            if let Some(Payload::Dict(_)) = b.payload() {
                let out = vm.new_dict();
                if let Some(Payload::Dict(d)) = out.payload() {
                    for (h, k, v) in x.raw_items() {
                        d.insert_unique(h, k, v);
                    }
                }
                vm.dict_update_op(&out, b, None)?;
                return Ok(Some(out));
            }
        }
        _ => {}
    }
    Ok(None)
}

/// `seq * n` / `n * seq` after both operands' `__mul__`/`__rmul__` declined: the count
/// through `__index__` (CPython's `sq_repeat`), or its "can't multiply" TypeError.
pub fn repeat_fallback(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (seq, n) = if is_sequence(a) {
        (a, b)
    } else if is_sequence(b) {
        (b, a)
    } else {
        return Ok(None);
    };
    let ty = vm.type_of(n);
    if vm.lookup_in_type_str(&ty, "__index__").is_none() {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(n)
        )));
    }
    let count = index_ssize(vm, n)?;
    repeat(vm, seq, count).map(Some)
}

/// An `__index__` value as a Py_ssize_t: OverflowError when it does not fit.
pub fn index_ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.index(v)? {
        Value::Int(i) => Ok(i),
        _ => Err(vm.overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            vm.type_name(v)
        ))),
    }
}

fn is_sequence(v: &Value) -> bool {
    matches!(
        v.payload(),
        Some(
            Payload::Str(_)
                | Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
        )
    )
}

pub(crate) fn repeat(vm: &mut Vm, a: &Value, n: i64) -> PyResult<Value> {
    let n = n.max(0) as usize;
    let len = vm.len(a)?;
    if len.saturating_mul(n) > (1 << 34) {
        return Err(vm.new_error(&vm.exc.memory_error.clone(), ""));
    }
    Ok(match a.payload() {
        Some(Payload::Str(s)) => Value::obj(Payload::Str(s.repeat(n))),
        Some(Payload::List(l)) => {
            let items = l.borrow();
            let mut v = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                v.extend(items.iter().cloned());
            }
            vm.new_list(v)
        }
        Some(Payload::Tuple(t)) => {
            let mut v = Vec::with_capacity(t.len() * n);
            for _ in 0..n {
                v.extend(t.iter().cloned());
            }
            vm.new_tuple(v)
        }
        Some(Payload::Bytes(b)) => Value::obj(Payload::Bytes(b.repeat(n).into_boxed_slice())),
        Some(Payload::ByteArray(b)) => Value::obj(Payload::ByteArray(std::cell::RefCell::new(
            b.borrow().repeat(n),
        ))),
        _ => Value::None,
    })
}

/// `-a`, `+a`, `~a` of builtin numbers.
pub fn unary(vm: &mut Vm, a: &Value, op: UnaryOp) -> PyResult<Option<Value>> {
    let Some(n) = as_num(a) else { return Ok(None) };
    Ok(Some(match (n, op) {
        (Num::Int(i), UnaryOp::Negative) => vm.int_value(pi::neg(&i)),
        (Num::Int(i), UnaryOp::Positive) => vm.int_value(i),
        (Num::Int(i), UnaryOp::Invert) => vm.int_value(pi::invert(&i)),
        (Num::Float(f), UnaryOp::Negative) => Value::Float(-f),
        (Num::Float(f), UnaryOp::Positive) => Value::Float(f),
        (Num::Complex(r, i), UnaryOp::Negative) => Value::obj(Payload::Complex(-r, -i)),
        (Num::Complex(r, i), UnaryOp::Positive) => Value::obj(Payload::Complex(r, i)),
        _ => return Ok(None),
    }))
}

fn ord_result(o: Option<Ordering>, op: CmpOp) -> bool {
    match o {
        None => op == CmpOp::Ne,
        Some(o) => match op {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        },
    }
}

/// `x == y` when one of them is complex: its imaginary part is zero and the real parts are
/// equal (exactly, for an int).
fn complex_eq(x: &Num, y: &Num) -> bool {
    let ((Num::Complex(r, i), other) | (other, Num::Complex(r, i))) = (x, y) else {
        return false;
    };
    match other {
        Num::Complex(r2, i2) => r == r2 && i == i2,
        Num::Float(f) => *i == 0.0 && r == f,
        Num::Int(n) => *i == 0.0 && pi::eq_f64(n, *r),
    }
}

/// Comparison of builtin values; `None` when the builtin types do not handle the pair.
/// CPython's list and tuple comparison: different lengths make `==` false at once; else
/// the first pair of items that are not equal (identical items are) decides, compared
/// with `op`, and without one the lengths do. Items are read one at a time by index (a
/// list may change while its items' `__eq__` runs), never copied out as a whole.
fn sequence_compare(
    vm: &mut Vm,
    op: CmpOp,
    x: impl Fn(usize) -> Option<Value>,
    y: impl Fn(usize) -> Option<Value>,
    lens: impl Fn() -> (usize, usize),
) -> PyResult<Option<bool>> {
    let (lx, ly) = lens();
    if lx != ly && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Some(op == CmpOp::Ne));
    }
    let mut i = 0;
    while let (Some(p), Some(q)) = (x(i), y(i)) {
        if !vm.eq(&p, &q)? {
            return match op {
                CmpOp::Eq => Ok(Some(false)),
                CmpOp::Ne => Ok(Some(true)),
                _ => {
                    let r = vm.compare(&p, &q, op)?;
                    Ok(Some(vm.truthy(&r)?))
                }
            };
        }
        i += 1;
    }
    let (lx, ly) = lens();
    Ok(Some(ord_result(Some(lx.cmp(&ly)), op)))
}

pub fn compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        let o = match (x, y) {
            (Num::Int(p), Num::Int(q)) => Some(p.cmp(&q)),
            (Num::Float(p), Num::Float(q)) => p.partial_cmp(&q),
            (Num::Int(p), Num::Float(q)) => pi::cmp_f64(&p, q),
            (Num::Float(p), Num::Int(q)) => pi::cmp_f64(&q, p).map(|o| o.reverse()),
            (x, y) => {
                if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    return Ok(None);
                }
                return Ok(Some(complex_eq(&x, &y) == (op == CmpOp::Eq)));
            }
        };
        return Ok(Some(ord_result(o, op)));
    }
    let (Value::Obj(ao), Value::Obj(bo)) = (a, b) else {
        return Ok(None);
    };
    match (&ao.payload, &bo.payload) {
        (Payload::Str(x), Payload::Str(y)) => Ok(Some(ord_result(Some(x.cmp(y)), op))),
        (Payload::Bytes(x), Payload::Bytes(y)) => Ok(Some(ord_result(Some(x.cmp(y)), op))),
        (Payload::Tuple(x), Payload::Tuple(y)) => sequence_compare(
            vm,
            op,
            |i| x.get(i).cloned(),
            |i| y.get(i).cloned(),
            || (x.len(), y.len()),
        ),
        (Payload::List(x), Payload::List(y)) => sequence_compare(
            vm,
            op,
            |i| x.borrow().get(i).cloned(),
            |i| y.borrow().get(i).cloned(),
            || (x.borrow().len(), y.borrow().len()),
        ),
        (Payload::Dict(x), Payload::Dict(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let mut eq = x.len() == y.len();
            if eq {
                for (k, v) in x.items() {
                    match vm.dict_get(y, &k)? {
                        Some(w) if vm.eq(&v, &w)? => {}
                        _ => {
                            eq = false;
                            break;
                        }
                    }
                }
            }
            Ok(Some(eq == (op == CmpOp::Eq)))
        }
        (x, y) if set_like(x) && set_like(y) => {
            let xa = vm.collect(a)?;
            let xb = vm.collect(b)?;
            let (la, lb) = (xa.len(), xb.len());
            // As CPython: sizes first, then membership one way.
            let (size_ok, sub, items) = match op {
                CmpOp::Eq | CmpOp::Ne => (la == lb, b, &xa),
                CmpOp::Lt => (la < lb, b, &xa),
                CmpOp::Le => (la <= lb, b, &xa),
                CmpOp::Gt => (la > lb, a, &xb),
                CmpOp::Ge => (la >= lb, a, &xb),
            };
            let mut ok = size_ok;
            if ok {
                for v in items {
                    if !vm.contains_base(sub, v)? {
                        ok = false;
                        break;
                    }
                }
            }
            Ok(Some(if op == CmpOp::Ne { !ok } else { ok }))
        }
        (Payload::Range(_), Payload::Range(_)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let xa = crate::objects::range::range_key(vm, a)?;
            let xb = crate::objects::range::range_key(vm, b)?;
            Ok(Some((xa == xb) == (op == CmpOp::Eq)))
        }
        _ => Ok(None),
    }
}

/// Sets, frozensets and the keys and items views compare as sets.
fn set_like(p: &Payload) -> bool {
    matches!(
        p,
        Payload::Set(_) | Payload::FrozenSet(_) | Payload::DictView { what: 0 | 2, .. }
    )
}

/// An int value as a BigInt (bool and int), for the formatting helpers.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The builtin number type whose methods are called (`int.__add__`, `float.__lt__`...).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Int,
    Float,
    Complex,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Int => "int",
            Kind::Float => "float",
            Kind::Complex => "complex",
        }
    }

    /// Whether `v` is an instance of this type.
    fn is_self(self, v: &Value) -> bool {
        matches!(
            (self, as_num(v)),
            (Kind::Int, Some(Num::Int(_)))
                | (Kind::Float, Some(Num::Float(_)))
                | (Kind::Complex, Some(Num::Complex(..)))
        )
    }

    /// Whether this type's operators handle `v` as the other operand.
    fn accepts(self, v: &Value) -> bool {
        match (self, as_num(v)) {
            (_, None) => false,
            (Kind::Int, Some(n)) => matches!(n, Num::Int(_)),
            (Kind::Float, Some(n)) => !matches!(n, Num::Complex(..)),
            (Kind::Complex, Some(_)) => true,
        }
    }
}

/// The `self` argument of a method of a builtin number type, checked.
pub fn self_arg(vm: &Vm, a: &[Value], k: Kind, name: &str) -> PyResult<Value> {
    match a.first() {
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of '{}' object needs an argument",
            k.name()
        ))),
        Some(v) if k.is_self(v) => Ok(unbox(v)),
        Some(v) if name.starts_with("__") => Err(vm.type_error(format!(
            "descriptor '{name}' requires a '{}' object but received a '{}'",
            k.name(),
            vm.type_name(v)
        ))),
        Some(v) => Err(vm.type_error(format!(
            "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
            k.name(),
            vm.type_name(v)
        ))),
    }
}

/// An int or float subclass instance as the plain value it boxes.
pub fn unbox(v: &Value) -> Value {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Value::Float(*f),
            Payload::BigInt(b) => match i64::try_from(b) {
                Ok(i) => Value::Int(i),
                Err(_) if o.ext().is_some() => Value::obj(Payload::BigInt(b.clone())),
                Err(_) => v.clone(),
            },
            _ => v.clone(),
        },
        _ => v.clone(),
    }
}

/// `int.__add__(a, b)`, `float.__rsub__(a, b)`...: the operator on builtin numbers, or
/// NotImplemented when the other operand is not one this type handles.
pub fn binary_dunder(
    vm: &mut Vm,
    a: &[Value],
    kw: &[Value],
    name: &'static str,
    op: BinOp,
    reflected: bool,
    k: Kind,
) -> PyResult<Value> {
    let me = self_arg(vm, a, k, name)?;
    let [other, modulus] =
        crate::native::Args::new(name, &a[1..], kw).positional_only::<2>(vm, 1)?;
    if !modulus.is_null() && op != BinOp::Power {
        return Err(vm.type_error("expected 1 argument, got 2"));
    }
    if !k.accepts(&other) {
        return Ok(vm.not_implemented.clone());
    }
    let (x, y) = if reflected { (other, me) } else { (me, other) };
    if !modulus.is_null() && !modulus.is_none() {
        return match k {
            Kind::Int => match (as_int(&x), as_int(&y), as_int(&modulus)) {
                (Some(p), Some(q), Some(m)) => {
                    let r = vm.prim(pi::pow3(&p, &q, &m))?;
                    Ok(vm.int_value(r))
                }
                _ => Ok(vm.not_implemented.clone()),
            },
            Kind::Float => {
                Err(vm
                    .type_error("pow() 3rd argument not allowed unless all arguments are integers"))
            }
            Kind::Complex => Err(vm.value_error("complex modulo")),
        };
    }
    match binary(vm, &x, &y, op)? {
        Some(v) => Ok(v),
        None => Ok(vm.not_implemented.clone()),
    }
}

/// `int.__divmod__` and the like.
pub fn divmod_dunder(
    vm: &mut Vm,
    a: &[Value],
    kw: &[Value],
    name: &'static str,
    reflected: bool,
    k: Kind,
) -> PyResult<Value> {
    let me = self_arg(vm, a, k, name)?;
    let [other] = crate::native::Args::new(name, &a[1..], kw).positional_only::<1>(vm, 1)?;
    if !k.accepts(&other) {
        return Ok(vm.not_implemented.clone());
    }
    let (x, y) = if reflected { (other, me) } else { (me, other) };
    Ok(divmod(vm, &x, &y)?.unwrap_or_else(|| vm.not_implemented.clone()))
}

/// `int.__lt__(a, b)` and the like.
pub fn compare_dunder(
    vm: &mut Vm,
    a: &[Value],
    kw: &[Value],
    name: &'static str,
    op: CmpOp,
    k: Kind,
) -> PyResult<Value> {
    let me = self_arg(vm, a, k, name)?;
    let [other] = crate::native::Args::new(name, &a[1..], kw).positional_only::<1>(vm, 1)?;
    if !k.accepts(&other) {
        return Ok(vm.not_implemented.clone());
    }
    Ok(match compare(vm, &me, &other, op)? {
        Some(b) => Value::Bool(b),
        None => vm.not_implemented.clone(),
    })
}

/// Defines the operator methods of a builtin number type and a table of them.
#[macro_export]
macro_rules! number_dunders {
    ($table:ident, $kind:expr; binary: $($f:ident $py:literal $op:ident $rev:literal),* ;
     compare: $($cf:ident $cpy:literal $cop:ident),* ;) => {
        $(fn $f(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
            $crate::objects::number::binary_dunder(
                vm, a, kw, $py, pyrs_compiler::bytecode::BinOp::$op, $rev, $kind)
        })*
        $(fn $cf(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
            $crate::objects::number::compare_dunder(
                vm, a, kw, $cpy, pyrs_compiler::bytecode::CmpOp::$cop, $kind)
        })*
        const $table: &[(&str, $crate::object::NativeFn)] = &[$(($py, $f),)* $(($cpy, $cf),)*];
    };
}
