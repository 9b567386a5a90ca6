//! `complex`: its constructor, methods and arithmetic (product, quotient, power) with CPython's rules.

use crate::native::Args;
use crate::object::Payload;
use crate::objects::number::{as_num, self_arg, Kind, Num};
use crate::value::Value;
use crate::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.complex.clone();
    vm.add_staticmethods(&t, &[("__new__", complex_new)]);
    vm.add_methods(
        &t,
        &[
            ("conjugate", conjugate),
            ("__complex__", dunder_complex),
            ("__abs__", dunder_abs),
            ("__neg__", dunder_neg),
            ("__pos__", dunder_pos),
            ("__bool__", dunder_bool),
            ("__hash__", dunder_hash),
            ("__repr__", dunder_repr),
            ("__format__", dunder_format),
            ("__getnewargs__", getnewargs),
        ],
    );
    vm.add_methods(&t, DUNDERS);
}

crate::number_dunders! {
    DUNDERS, Kind::Complex;
    binary:
        op_add "__add__" Add false, op_radd "__radd__" Add true,
        op_sub "__sub__" Subtract false, op_rsub "__rsub__" Subtract true,
        op_mul "__mul__" Multiply false, op_rmul "__rmul__" Multiply true,
        op_truediv "__truediv__" TrueDivide false, op_rtruediv "__rtruediv__" TrueDivide true,
        op_pow "__pow__" Power false, op_rpow "__rpow__" Power true;
    compare:
        op_eq "__eq__" Eq, op_ne "__ne__" Ne;
}

type C = (f64, f64);

/// `a * b`.
pub fn mul(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `a / b` scaled by the larger part of `b` (Smith's method); None when `b` is zero.
pub fn div(a: C, b: C) -> Option<C> {
    let (br, bi) = (b.0.abs(), b.1.abs());
    if br >= bi {
        if br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if bi >= br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `a ** n` for n >= 0 by repeated squaring.
fn pow_unsigned(a: C, n: u64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = a;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = mul(r, p);
        }
        mask <<= 1;
        p = mul(p, p);
    }
    r
}

/// `a ** b`; small integral exponents multiply, others go through polar form.
pub fn pow(vm: &Vm, a: C, b: C) -> PyResult<C> {
    let zero_power = || vm.zero_division("0.0 to a negative or complex power");
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n >= 0 {
            pow_unsigned(a, n as u64)
        } else {
            div((1.0, 0.0), pow_unsigned(a, n.unsigned_abs())).ok_or_else(zero_power)?
        }
    } else if b == (0.0, 0.0) {
        (1.0, 0.0)
    } else if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(zero_power());
        }
        (0.0, 0.0)
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(vm.overflow_error("complex exponentiation"));
    }
    Ok(r)
}

fn parts(v: &Value) -> C {
    match v.payload() {
        Some(Payload::Complex(r, i)) => (*r, *i),
        _ => (0.0, 0.0),
    }
}

fn new_complex(c: C) -> Value {
    Value::obj(Payload::Complex(c.0, c.1))
}

fn conjugate(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = parts(&self_arg(vm, a, Kind::Complex, "conjugate")?);
    Ok(new_complex((c.0, -c.1)))
}

fn dunder_complex(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    self_arg(vm, a, Kind::Complex, "__complex__")
}

fn dunder_abs(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = parts(&self_arg(vm, a, Kind::Complex, "__abs__")?);
    let r = c.0.hypot(c.1);
    if r.is_infinite() && c.0.is_finite() && c.1.is_finite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(Value::Float(r))
}

fn dunder_neg(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = parts(&self_arg(vm, a, Kind::Complex, "__neg__")?);
    Ok(new_complex((-c.0, -c.1)))
}

fn dunder_pos(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = parts(&self_arg(vm, a, Kind::Complex, "__pos__")?);
    Ok(new_complex(c))
}

fn dunder_bool(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = parts(&self_arg(vm, a, Kind::Complex, "__bool__")?);
    Ok(Value::Bool(c.0 != 0.0 || c.1 != 0.0))
}

fn dunder_hash(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = self_arg(vm, a, Kind::Complex, "__hash__")?;
    Ok(Value::Int(vm.hash(&v)?))
}

fn dunder_repr(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = parts(&self_arg(vm, a, Kind::Complex, "__repr__")?);
    Ok(vm.new_str(pyrs_primitives::format::complex_repr(c.0, c.1)))
}

fn dunder_format(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = self_arg(vm, a, Kind::Complex, "__format__")?;
    let [spec] = Args::new("__format__", &a[1..], kw).positional_only::<1>(vm, 1)?;
    if spec.as_str().is_none() {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&spec)
        )));
    }
    vm.format(&v, &spec)
}

fn getnewargs(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = parts(&self_arg(vm, a, Kind::Complex, "__getnewargs__")?);
    Ok(vm.new_tuple(vec![Value::Float(c.0), Value::Float(c.1)]))
}

/// A constructor argument as a complex number: `__complex__`, then `__float__`/`__index__`.
fn to_complex_arg(vm: &mut Vm, v: &Value, first: bool) -> PyResult<(C, bool)> {
    match as_num(v) {
        Some(Num::Complex(r, i)) => return Ok(((r, i), true)),
        Some(Num::Float(f)) => return Ok(((f, 0.0), false)),
        Some(Num::Int(i)) => return Ok(((vm.prim(pyrs_primitives::int::to_f64(&i))?, 0.0), false)),
        None => {}
    }
    if let Some(r) = vm.call_special(v, "__complex__", &[])? {
        return match r.payload() {
            Some(Payload::Complex(re, im)) => Ok(((*re, *im), true)),
            _ => Err(vm.type_error(format!(
                "__complex__ returned non-complex (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    let has = |vm: &Vm, name: &'static str| {
        let t = vm.type_of(v);
        vm.lookup_in_type_str(&t, name).is_some()
    };
    if has(vm, "__float__") || has(vm, "__index__") {
        let f = super::to_float(vm, v)?;
        return Ok(((f, 0.0), false));
    }
    Err(vm.type_error(if first {
        format!(
            "complex() first argument must be a string or a number, not '{}'",
            vm.type_name(v)
        )
    } else {
        format!(
            "complex() second argument must be a number, not '{}'",
            vm.type_name(v)
        )
    }))
}

fn complex_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let rest = &a[1.min(a.len())..];
    let [re, im] = Args::new("complex", rest, kw).parse(vm, &["real", "imag"], 0)?;
    if re.is_null() && im.is_null() {
        return Ok(new_complex((0.0, 0.0)));
    }
    if let Some(s) = re.as_str() {
        if !im.is_null() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        let s = s.to_string();
        return parse(vm, &s).map(new_complex);
    }
    if im.as_str().is_some() {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    if im.is_null() && matches!(re.payload(), Some(Payload::Complex(..))) {
        return Ok(re);
    }
    let (cr, cr_complex) = if re.is_null() {
        ((0.0, 0.0), false)
    } else {
        to_complex_arg(vm, &re, true)?
    };
    if im.is_null() {
        return Ok(new_complex(cr));
    }
    let (ci, ci_complex) = to_complex_arg(vm, &im, false)?;
    let mut real = cr.0;
    let mut imag = ci.0;
    if ci_complex {
        real -= ci.1;
    }
    if cr_complex {
        imag += cr.1;
    }
    Ok(new_complex((real, imag)))
}

/// The end of a float at the start of `b` (sign, digits, point, exponent, inf, nan).
fn float_prefix(b: &[u8]) -> Option<usize> {
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    for word in [&b"infinity"[..], b"inf", b"nan"] {
        if b.len() >= i + word.len() && b[i..i + word.len()].eq_ignore_ascii_case(word) {
            return Some(i + word.len());
        }
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    let mut n = digits(&mut i);
    if b.get(i) == Some(&b'.') {
        i += 1;
        n += digits(&mut i);
    }
    if n == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if digits(&mut j) > 0 {
            i = j;
        }
    }
    Some(i)
}

fn float_text(b: &[u8]) -> f64 {
    let t = std::str::from_utf8(b).unwrap_or("");
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let v = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        f64::INFINITY
    } else if body.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else {
        body.parse::<f64>().unwrap_or(f64::NAN)
    };
    if neg {
        -v
    } else {
        v
    }
}

/// `complex(s)` for a str.
fn parse(vm: &Vm, s: &str) -> PyResult<C> {
    let malformed = || vm.value_error("complex() arg is a malformed string");
    // Unicode digits and spaces to ASCII, then underscores between digits removed.
    let mut ascii: Vec<u8> = Vec::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            ascii.push(c as u8);
        } else if c.is_whitespace() {
            ascii.push(b' ');
        } else if let Some(d) = c.to_digit(10).or_else(|| unicode_digit(c)) {
            ascii.push(b'0' + d as u8);
        } else {
            return Err(malformed());
        }
    }
    let mut b: Vec<u8> = Vec::with_capacity(ascii.len());
    for (i, &c) in ascii.iter().enumerate() {
        if c == b'_' {
            let ok = i > 0
                && ascii[i - 1].is_ascii_digit()
                && ascii.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !ok {
                return Err(vm.value_error(format!(
                    "could not convert string to complex: {}",
                    pyrs_primitives::strmethods::str_repr(s)
                )));
            }
        } else {
            b.push(c);
        }
    }
    let is_space = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c');
    let trim = |x: &[u8]| -> Vec<u8> {
        let start = x.iter().position(|c| !is_space(c)).unwrap_or(x.len());
        let end = x
            .iter()
            .rposition(|c| !is_space(c))
            .map_or(start, |e| e + 1);
        x[start..end].to_vec()
    };
    let mut t = trim(&b);
    if t.first() == Some(&b'(') {
        if t.last() != Some(&b')') || t.len() < 2 {
            return Err(malformed());
        }
        t = trim(&t[1..t.len() - 1]);
    }
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    let (mut re, mut im) = (0.0, 0.0);
    let end = match float_prefix(&t) {
        Some(e) => {
            let x = float_text(&t[..e]);
            if e == t.len() {
                re = x;
                e
            } else if is_j(t.get(e)) {
                im = x;
                e + 1
            } else if matches!(t.get(e), Some(b'+' | b'-')) {
                re = x;
                match float_prefix(&t[e..]) {
                    Some(e2) if is_j(t.get(e + e2)) => {
                        im = float_text(&t[e..e + e2]);
                        e + e2 + 1
                    }
                    Some(_) => return Err(malformed()),
                    None if is_j(t.get(e + 1)) => {
                        im = if t[e] == b'-' { -1.0 } else { 1.0 };
                        e + 2
                    }
                    None => return Err(malformed()),
                }
            } else {
                return Err(malformed());
            }
        }
        None => {
            let (sign, k) = match t.first() {
                Some(b'-') => (-1.0, 1),
                Some(b'+') => (1.0, 1),
                _ => (1.0, 0),
            };
            if !is_j(t.get(k)) {
                return Err(malformed());
            }
            im = sign;
            k + 1
        }
    };
    if end != t.len() {
        return Err(malformed());
    }
    Ok((re, im))
}

/// The value of a non-ASCII Unicode decimal digit (the common scripts' zero points).
fn unicode_digit(c: char) -> Option<u32> {
    const ZEROS: &[u32] = &[
        0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xE50,
        0xED0, 0xF20, 0x1040, 0x17E0, 0x1810, 0xFF10,
    ];
    let u = c as u32;
    ZEROS
        .iter()
        .find(|&&z| (z..z + 10).contains(&u))
        .map(|&z| u - z)
}
