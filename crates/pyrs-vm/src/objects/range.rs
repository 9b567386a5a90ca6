//! `range` objects (length, indexing, slicing, membership, iteration; i64 fast paths, big ints otherwise) and `slice.indices`.

use crate::native::Args;
use crate::object::{IterState, NativeFn, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cell::Cell;

pub fn init(vm: &mut Vm) {
    let methods: [(&'static str, NativeFn); 7] = [
        ("index", index),
        ("count", count),
        ("__reversed__", dunder_reversed),
        ("__len__", dunder_len),
        ("__getitem__", dunder_getitem),
        ("__contains__", dunder_contains),
        ("__iter__", dunder_iter),
    ];
    let t = vm.types.range.clone();
    vm.add_methods(&t, &methods);
    let t = vm.types.slice.clone();
    vm.add_methods(&t, &[("indices", slice_indices_method)]);
}

fn parts(v: &Value) -> Option<(i64, i64, i64)> {
    match v.payload() {
        Some(Payload::Range(r)) => match &**r {
            crate::object::Bounds {
                start: Value::Int(a),
                stop: Value::Int(b),
                step: Value::Int(c),
            } => Some((*a, *b, *c)),
            _ => None,
        },
        _ => None,
    }
}

fn to_big(v: &Value) -> BigInt {
    super::number::to_bigint(v).unwrap_or_default()
}

/// (start, stop, step) as big ints.
fn big_parts(v: &Value) -> (BigInt, BigInt, BigInt) {
    match v.payload() {
        Some(Payload::Range(r)) => (to_big(&r.start), to_big(&r.stop), to_big(&r.step)),
        _ => (BigInt::zero(), BigInt::zero(), BigInt::one()),
    }
}

fn len_of(a: &BigInt, b: &BigInt, s: &BigInt) -> BigInt {
    if s.is_positive() && a < b {
        (b - a - 1u8) / s + 1u8
    } else if s.is_negative() && a > b {
        (a - b - 1u8) / (-s) + 1u8
    } else {
        BigInt::zero()
    }
}

fn len_i128(a: i64, b: i64, s: i64) -> i128 {
    let (a, b, s) = (a as i128, b as i128, s as i128);
    if s > 0 && a < b {
        (b - a - 1) / s + 1
    } else if s < 0 && a > b {
        (a - b - 1) / (-s) + 1
    } else {
        0
    }
}

/// The length as a big int.
fn range_len_big(v: &Value) -> BigInt {
    if let Some((a, b, s)) = parts(v) {
        return BigInt::from(len_i128(a, b, s));
    }
    let (a, b, s) = big_parts(v);
    len_of(&a, &b, &s)
}

/// `len(range)`.
pub fn range_len(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    range_len_big(v)
        .to_i64()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

/// (len, start, step) identity used by `==`.
pub fn range_key(vm: &mut Vm, v: &Value) -> PyResult<(i64, i64, i64)> {
    let n = range_len(vm, v)?;
    let (a, _, s) = parts(v).unwrap_or((0, 0, 1));
    Ok(match n {
        0 => (0, 0, 0),
        1 => (1, a, 0),
        _ => (n, a, s),
    })
}

pub fn range_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let _ = vm;
    if let Some((a, b, s)) = parts(v) {
        return Ok(Value::obj(Payload::iter(IterState::Range {
            next: Cell::new(a),
            stop: b,
            step: s,
        })));
    }
    let (a, b, s) = big_parts(v);
    if let (Some(a), Some(s)) = (a.to_i64(), s.to_i64()) {
        // A huge stop: clamp it (an i64 counter never gets there).
        let stop = b
            .to_i64()
            .unwrap_or(if b.is_positive() { i64::MAX } else { i64::MIN });
        return Ok(Value::obj(Payload::iter(IterState::Range {
            next: Cell::new(a),
            stop,
            step: s,
        })));
    }
    // Big values: index the range.
    Ok(Value::obj(Payload::iter(IterState::Seq {
        seq: v.clone(),
        index: Cell::new(0),
    })))
}

/// `reversed(range)`.
pub fn range_reversed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let (a, _, s) = big_parts(v);
    let n = range_len_big(v);
    let last = &a + (&n - 1u8) * &s;
    let stop = &a - &s;
    let neg = -&s;
    let r = if n.is_zero() {
        Value::obj(Payload::Range(Box::new(crate::object::Bounds {
            start: Value::Int(0),
            stop: Value::Int(0),
            step: Value::Int(1),
        })))
    } else {
        Value::obj(Payload::Range(Box::new(crate::object::Bounds {
            start: vm.new_bigint(last),
            stop: vm.new_bigint(stop),
            step: vm.new_bigint(neg),
        })))
    };
    range_iter(vm, &r)
}

/// CPython's slice indices for a big length: (start, stop, step).
pub fn slice_indices_big(
    vm: &mut Vm,
    sl: &Value,
    len: &BigInt,
) -> PyResult<(BigInt, BigInt, BigInt)> {
    let Some(Payload::Slice(b)) = sl.payload() else {
        return Err(vm.type_error("expected a slice"));
    };
    let crate::object::Bounds { start, stop, step } = &**b;
    let (start, stop, step) = (start.clone(), stop.clone(), step.clone());
    let conv = |vm: &mut Vm, v: &Value| -> PyResult<Option<BigInt>> {
        if v.is_none() {
            return Ok(None);
        }
        let ok = matches!(v, Value::Int(_) | Value::Bool(_))
            || matches!(v.payload(), Some(Payload::BigInt(_)))
            || vm.lookup_in_type_str(&vm.type_of(v), "__index__").is_some();
        if !ok {
            return Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            );
        }
        let i = vm.index(v)?;
        Ok(Some(to_big(&i)))
    };
    let step = conv(vm, &step)?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg {
        (BigInt::from(-1), len - 1u8)
    } else {
        (BigInt::zero(), len.clone())
    };
    let clamp = |v: BigInt| -> BigInt {
        if v.is_negative() {
            let w = v + len;
            if w < lower {
                lower.clone()
            } else {
                w
            }
        } else if v > upper {
            upper.clone()
        } else {
            v
        }
    };
    let start = match conv(vm, &start)? {
        Some(v) => clamp(v),
        None => {
            if neg {
                upper.clone()
            } else {
                lower.clone()
            }
        }
    };
    let stop = match conv(vm, &stop)? {
        Some(v) => clamp(v),
        None => {
            if neg {
                lower.clone()
            } else {
                upper.clone()
            }
        }
    };
    Ok((start, stop, step))
}

pub fn range_getitem(vm: &mut Vm, r: &Value, k: &Value) -> PyResult<Value> {
    if matches!(k.payload(), Some(Payload::Slice(_))) {
        let (a, _, s) = big_parts(r);
        let n = range_len_big(r);
        let (x, y, z) = slice_indices_big(vm, k, &n)?;
        let start = &a + x * &s;
        let stop = &a + y * &s;
        let step = s * z;
        return Ok(Value::obj(Payload::Range(Box::new(
            crate::object::Bounds {
                start: vm.new_bigint(start),
                stop: vm.new_bigint(stop),
                step: vm.new_bigint(step),
            },
        ))));
    }
    let i = match k {
        Value::Int(_) | Value::Bool(_) => k.clone(),
        _ if matches!(k.payload(), Some(Payload::BigInt(_)))
            || vm.lookup_in_type_str(&vm.type_of(k), "__index__").is_some() =>
        {
            vm.index(k)?
        }
        _ => {
            return Err(vm.type_error(format!(
                "range indices must be integers or slices, not {}",
                vm.type_name(k)
            )))
        }
    };
    if let (Some((a, b, s)), Value::Int(i)) = (parts(r), &i) {
        let n = len_i128(a, b, s);
        let j = if *i < 0 { *i as i128 + n } else { *i as i128 };
        if j < 0 || j >= n {
            return Err(vm.index_error("range object index out of range"));
        }
        let v = a as i128 + j * s as i128;
        return Ok(match i64::try_from(v) {
            Ok(v) => Value::Int(v),
            Err(_) => vm.new_bigint(BigInt::from(v)),
        });
    }
    let (a, _, s) = big_parts(r);
    let n = range_len_big(r);
    let i = to_big(&i);
    let j = if i.is_negative() { i + &n } else { i };
    if j.is_negative() || j >= n {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(vm.new_bigint(a + j * s))
}

/// An exact int (or bool) as a big int.
fn exact_int(v: &Value) -> Option<BigInt> {
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

/// The position of the int `x` in the range, if it is there.
fn int_position(r: &Value, x: &BigInt) -> Option<BigInt> {
    let (a, b, s) = big_parts(r);
    let inside = if s.is_positive() {
        &a <= x && x < &b
    } else {
        &b < x && x <= &a
    };
    if !inside {
        return None;
    }
    let (q, rem) = (x - &a).div_rem(&s);
    rem.is_zero().then_some(q)
}

pub fn range_contains(vm: &mut Vm, r: &Value, x: &Value) -> PyResult<bool> {
    if let (Some((a, b, s)), Value::Int(xi)) = (parts(r), x) {
        let xi = *xi;
        let inside = if s > 0 {
            a <= xi && xi < b
        } else {
            b < xi && xi <= a
        };
        return Ok(inside && (xi as i128 - a as i128) % s as i128 == 0);
    }
    if let Some(xi) = exact_int(x) {
        return Ok(int_position(r, &xi).is_some());
    }
    let it = range_iter(vm, r)?;
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn this_range(vm: &Vm, args: &[Value], name: &str) -> PyResult<Value> {
    super::builtin_self(vm, args, super::Descr::Method, name, "range", |p| {
        matches!(p, Payload::Range(_))
    })
    .cloned()
}

fn rest(args: &[Value]) -> &[Value] {
    args.get(1..).unwrap_or(&[])
}

fn index(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x] = Args::new("range.index", rest(args), kw).positional_only(vm, 1)?;
    let r = this_range(vm, args, "index")?;
    if let Some(xi) = exact_int(&x) {
        return match int_position(&r, &xi) {
            Some(q) => Ok(vm.new_bigint(q)),
            None => {
                let s = vm.repr_str(&x)?;
                Err(vm.value_error(format!("{s} is not in range")))
            }
        };
    }
    let it = range_iter(vm, &r)?;
    let mut i: i64 = 0;
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, &x)? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

fn count(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x] = Args::new("range.count", rest(args), kw).positional_only(vm, 1)?;
    let r = this_range(vm, args, "count")?;
    if let Some(xi) = exact_int(&x) {
        return Ok(Value::Int(int_position(&r, &xi).is_some() as i64));
    }
    let it = range_iter(vm, &r)?;
    let mut n: i64 = 0;
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn no_args(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<()> {
    if !kw.is_empty() || args.len() > 1 {
        return Err(vm.type_error(format!(
            "expected 0 arguments, got {}",
            args.len().saturating_sub(1) + kw.len()
        )));
    }
    Ok(())
}

fn dunder_reversed(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [] = Args::new("range.__reversed__", rest(args), kw).positional_only(vm, 0)?;
    let r = this_range(vm, args, "__reversed__")?;
    range_reversed(vm, &r)
}

fn dunder_len(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, args, kw)?;
    let r = this_range(vm, args, "__len__")?;
    Ok(Value::Int(range_len(vm, &r)?))
}

fn dunder_getitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [k] = Args::new("range.__getitem__", rest(args), kw).positional_only(vm, 1)?;
    let r = this_range(vm, args, "__getitem__")?;
    range_getitem(vm, &r, &k)
}

fn dunder_contains(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = this_range(vm, args, "__contains__")?;
    if !kw.is_empty() || args.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1) + kw.len()
        )));
    }
    Ok(Value::Bool(range_contains(vm, &r, &args[1])?))
}

fn dunder_iter(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, args, kw)?;
    let r = this_range(vm, args, "__iter__")?;
    range_iter(vm, &r)
}

/// `slice.indices(length)`.
fn slice_indices_method(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [n] = Args::new("slice.indices", rest(args), kw).positional_only(vm, 1)?;
    let s = args.first().cloned().unwrap_or(Value::Null);
    if !matches!(s.payload(), Some(Payload::Slice(_))) {
        return Err(vm.type_error(format!(
            "descriptor 'indices' for 'slice' objects doesn't apply to a '{}' object",
            vm.type_name(&s)
        )));
    }
    let n = vm.index(&n)?;
    let n = to_big(&n);
    if n.is_negative() {
        return Err(vm.value_error("length should not be negative"));
    }
    let (a, b, c) = slice_indices_big(vm, &s, &n)?;
    let items = vec![vm.new_bigint(a), vm.new_bigint(b), vm.new_bigint(c)];
    Ok(vm.new_tuple(items))
}
