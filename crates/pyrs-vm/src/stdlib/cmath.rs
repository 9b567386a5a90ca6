//! The `cmath` module: complex versions of the `math` functions.

use super::math::{arg_f64, as_int};
use crate::native::Args;
use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use std::f64::consts::PI;

type C = (f64, f64);

pub fn init(vm: &mut Vm, ns: &ObjRef) -> PyResult<()> {
    if let Payload::Dict(d) = &ns.payload {
        for (k, v) in [
            ("pi", Value::Float(PI)),
            ("e", Value::Float(std::f64::consts::E)),
            ("tau", Value::Float(std::f64::consts::TAU)),
            ("inf", Value::Float(f64::INFINITY)),
            ("nan", Value::Float(f64::NAN)),
            ("infj", Value::obj(Payload::Complex(0.0, f64::INFINITY))),
            ("nanj", Value::obj(Payload::Complex(0.0, f64::NAN))),
        ] {
            d.set_str(vm.intern(k), v);
        }
    }
    vm.add_functions(
        ns,
        &[
            ("sqrt", sqrt),
            ("exp", exp),
            ("log", log),
            ("log10", log10),
            ("phase", phase),
            ("polar", polar),
            ("rect", rect),
            ("isclose", isclose),
            ("isnan", isnan),
            ("isinf", isinf),
            ("isfinite", isfinite),
            ("cos", cos),
            ("sin", sin),
            ("tan", tan),
            ("cosh", cosh),
            ("sinh", sinh),
            ("tanh", tanh),
            ("acos", acos),
            ("asin", asin),
            ("atan", atan),
            ("acosh", acosh),
            ("asinh", asinh),
            ("atanh", atanh),
        ],
    );
    Ok(())
}

/// A complex argument: complex, `__complex__`, or anything `math` takes as a float.
fn arg_c(vm: &mut Vm, v: &Value) -> PyResult<C> {
    if let Some(Payload::Complex(r, i)) = v.payload() {
        return Ok((*r, *i));
    }
    if as_int(v).is_none() && !matches!(v, Value::Float(_)) {
        if let Some(r) = vm.call_special(v, "__complex__", &[])? {
            return match r.payload() {
                Some(Payload::Complex(a, b)) => Ok((*a, *b)),
                _ => Err(vm.type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    vm.type_name(&r)
                ))),
            };
        }
    }
    Ok((arg_f64(vm, v)?, 0.0))
}

fn cval(z: C) -> Value {
    Value::obj(Payload::Complex(z.0, z.1))
}

fn one(vm: &mut Vm, name: &str, a: &[Value], kw: &[Value]) -> PyResult<C> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("cmath.{name}() takes no keyword arguments")));
    }
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "cmath.{name}() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    arg_c(vm, &a[0])
}

/// Applies `f`, raising CPython's errors for results that overflowed or are undefined.
fn apply(vm: &mut Vm, name: &str, a: &[Value], kw: &[Value], f: fn(C) -> C) -> PyResult<Value> {
    let z = one(vm, name, a, kw)?;
    let r = f(z);
    let finite_in = z.0.is_finite() && z.1.is_finite();
    if finite_in {
        if r.0.is_nan() || r.1.is_nan() {
            return Err(vm.value_error("math domain error"));
        }
        if r.0.is_infinite() || r.1.is_infinite() {
            return Err(vm.overflow_error("math range error"));
        }
    }
    Ok(cval(r))
}

fn c_sqrt(z: C) -> C {
    let (a, b) = z;
    if a == 0.0 && b == 0.0 {
        return (0.0, b);
    }
    if b.is_infinite() {
        return (f64::INFINITY, b);
    }
    if a.is_nan() || b.is_nan() {
        return (f64::NAN, f64::NAN);
    }
    if a.is_infinite() {
        return if a > 0.0 {
            (a, 0.0f64.copysign(b))
        } else {
            (0.0, f64::INFINITY.copysign(b))
        };
    }
    let (ax, ay) = (a.abs(), b.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        let ax = ax * 2f64.powi(54);
        let ay = ay * 2f64.powi(54);
        ((ax + ax.hypot(ay)) / 2.0).sqrt() / 2f64.powi(27)
    } else {
        2.0 * ((ax / 8.0) + (ax / 8.0).hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if a >= 0.0 {
        (s, d.copysign(b))
    } else {
        (d, s.copysign(b))
    }
}

fn c_exp(z: C) -> C {
    let (x, y) = z;
    if y == 0.0 {
        return (x.exp(), y);
    }
    let e = x.exp();
    (e * y.cos(), e * y.sin())
}

fn c_log(z: C) -> C {
    let (x, y) = z;
    (x.hypot(y).ln(), y.atan2(x))
}

fn c_mul(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

fn c_div(a: C, b: C) -> C {
    let d = b.0 * b.0 + b.1 * b.1;
    ((a.0 * b.0 + a.1 * b.1) / d, (a.1 * b.0 - a.0 * b.1) / d)
}

fn c_cosh(z: C) -> C {
    (z.0.cosh() * z.1.cos(), z.0.sinh() * z.1.sin())
}

fn c_sinh(z: C) -> C {
    (z.0.sinh() * z.1.cos(), z.0.cosh() * z.1.sin())
}

fn c_tanh(z: C) -> C {
    let (x, y) = z;
    if x.abs() > 354.0 {
        return (
            1.0f64.copysign(x),
            4.0 * (y).sin() * (y).cos() * (-2.0 * x.abs()).exp(),
        );
    }
    let tx = x.tanh();
    let ty = y.tan();
    let cx = 1.0 / x.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
}

fn c_cos(z: C) -> C {
    c_cosh((-z.1, z.0))
}

fn c_sin(z: C) -> C {
    let r = c_sinh((-z.1, z.0));
    (r.1, -r.0)
}

fn c_tan(z: C) -> C {
    let r = c_tanh((-z.1, z.0));
    (r.1, -r.0)
}

fn c_asinh(z: C) -> C {
    // log(z + sqrt(z*z + 1))
    let zz = c_mul(z, z);
    let s = c_sqrt((zz.0 + 1.0, zz.1));
    c_log((z.0 + s.0, z.1 + s.1))
}

fn c_asin(z: C) -> C {
    let r = c_asinh((-z.1, z.0));
    (r.1, -r.0)
}

fn c_acos(z: C) -> C {
    let a = c_asin(z);
    (PI / 2.0 - a.0, -a.1)
}

fn c_acosh(z: C) -> C {
    // 2 * log(sqrt((z+1)/2) + sqrt((z-1)/2))
    let s1 = c_sqrt(((z.0 + 1.0) / 2.0, z.1 / 2.0));
    let s2 = c_sqrt(((z.0 - 1.0) / 2.0, z.1 / 2.0));
    let l = c_log((s1.0 + s2.0, s1.1 + s2.1));
    (2.0 * l.0, 2.0 * l.1)
}

fn c_atanh(z: C) -> C {
    // (log(1+z) - log(1-z)) / 2
    let a = c_log((1.0 + z.0, z.1));
    let b = c_log((1.0 - z.0, -z.1));
    ((a.0 - b.0) / 2.0, (a.1 - b.1) / 2.0)
}

fn c_atan(z: C) -> C {
    let r = c_atanh((-z.1, z.0));
    (r.1, -r.0)
}

macro_rules! cfns {
    ($($name:ident => $f:expr;)*) => {
        $(fn $name(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
            apply(vm, stringify!($name), a, kw, $f)
        })*
    };
}

cfns! {
    sqrt => c_sqrt;
    exp => c_exp;
    cos => c_cos;
    sin => c_sin;
    tan => c_tan;
    cosh => c_cosh;
    sinh => c_sinh;
    tanh => c_tanh;
    acos => c_acos;
    asin => c_asin;
    atan => c_atan;
    acosh => c_acosh;
    asinh => c_asinh;
    atanh => c_atanh;
}

fn log(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x, base] = Args::new("log", a, kw).positional_only(vm, 1)?;
    let z = arg_c(vm, &x)?;
    if z == (0.0, 0.0) {
        return Err(vm.value_error("math domain error"));
    }
    let mut r = c_log(z);
    if !base.is_null() {
        let b = arg_c(vm, &base)?;
        if b == (0.0, 0.0) {
            return Err(vm.value_error("math domain error"));
        }
        let lb = c_log(b);
        if lb == (0.0, 0.0) {
            return Err(vm.zero_division("complex division by zero"));
        }
        r = c_div(r, lb);
    }
    Ok(cval(r))
}

fn log10(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one(vm, "log10", a, kw)?;
    if z == (0.0, 0.0) {
        return Err(vm.value_error("math domain error"));
    }
    let r = c_log(z);
    let l = std::f64::consts::LN_10;
    Ok(cval((r.0 / l, r.1 / l)))
}

fn phase(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one(vm, "phase", a, kw)?;
    Ok(Value::Float(z.1.atan2(z.0)))
}

fn polar(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one(vm, "polar", a, kw)?;
    let r = z.0.hypot(z.1);
    if r.is_infinite() && z.0.is_finite() && z.1.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(vm.new_tuple(vec![Value::Float(r), Value::Float(z.1.atan2(z.0))]))
}

fn rect(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("cmath.rect() takes no keyword arguments"));
    }
    if a.len() != 2 {
        return Err(vm.type_error(format!("rect expected 2 arguments, got {}", a.len())));
    }
    let r = arg_f64(vm, &a[0])?;
    let phi = arg_f64(vm, &a[1])?;
    if r.is_finite() && phi.is_infinite() {
        return Err(vm.value_error("math domain error"));
    }
    if phi == 0.0 {
        return Ok(cval((r, phi * r)));
    }
    Ok(cval((r * phi.cos(), r * phi.sin())))
}

fn pred(
    vm: &mut Vm,
    name: &str,
    a: &[Value],
    kw: &[Value],
    f: fn(f64) -> bool,
    any: bool,
) -> PyResult<Value> {
    let z = one(vm, name, a, kw)?;
    Ok(Value::Bool(if any {
        f(z.0) || f(z.1)
    } else {
        f(z.0) && f(z.1)
    }))
}

fn isnan(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred(vm, "isnan", a, kw, f64::is_nan, true)
}

fn isinf(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred(vm, "isinf", a, kw, f64::is_infinite, true)
}

fn isfinite(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred(vm, "isfinite", a, kw, f64::is_finite, false)
}

fn isclose(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x, y, rel, abs] =
        Args::new("isclose", a, kw).parse(vm, &["a", "b", "rel_tol", "abs_tol"], 2)?;
    let x = arg_c(vm, &x)?;
    let y = arg_c(vm, &y)?;
    let rel = if rel.is_null() {
        1e-9
    } else {
        arg_f64(vm, &rel)?
    };
    let abs = if abs.is_null() {
        0.0
    } else {
        arg_f64(vm, &abs)?
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.0.is_infinite() || x.1.is_infinite() || y.0.is_infinite() || y.1.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (x.0 - y.0).hypot(x.1 - y.1);
    let ax = x.0.hypot(x.1);
    let ay = y.0.hypot(y.1);
    Ok(Value::Bool(
        diff <= rel * ay || diff <= rel * ax || diff <= abs,
    ))
}
