//! The `math` module (CPython 3.11's functions, constants and error messages).

mod special;

use crate::native::Args;
use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use pyrs_compiler::bytecode::BinOp;
use pyrs_primitives::int::{self as pint, Int};
pub use special::{frexp, ldexp_raw, MathErr};

pub fn init(vm: &mut Vm, ns: &ObjRef) -> PyResult<()> {
    if let Payload::Dict(d) = &ns.payload {
        let pi = std::f64::consts::PI;
        for (k, v) in [
            ("pi", pi),
            ("e", std::f64::consts::E),
            ("tau", std::f64::consts::TAU),
            ("inf", f64::INFINITY),
            ("nan", f64::NAN),
        ] {
            d.set_str(vm.intern(k), Value::Float(v));
        }
    }
    vm.add_functions(
        ns,
        &[
            ("acos", acos),
            ("acosh", acosh),
            ("asin", asin),
            ("asinh", asinh),
            ("atan", atan),
            ("atan2", atan2),
            ("atanh", atanh),
            ("cbrt", cbrt),
            ("ceil", ceil),
            ("comb", comb),
            ("copysign", copysign),
            ("cos", cos),
            ("cosh", cosh),
            ("degrees", degrees),
            ("dist", dist),
            ("erf", erf),
            ("erfc", erfc),
            ("exp", exp),
            ("exp2", exp2),
            ("expm1", expm1),
            ("fabs", fabs),
            ("factorial", factorial),
            ("floor", floor),
            ("fmod", fmod),
            ("frexp", frexp_fn),
            ("fsum", fsum),
            ("gamma", gamma),
            ("gcd", gcd),
            ("hypot", hypot),
            ("isclose", isclose),
            ("isfinite", isfinite),
            ("isinf", isinf),
            ("isnan", isnan),
            ("isqrt", isqrt),
            ("lcm", lcm),
            ("ldexp", ldexp),
            ("lgamma", lgamma),
            ("log", log),
            ("log10", log10),
            ("log1p", log1p),
            ("log2", log2),
            ("modf", modf),
            ("nextafter", nextafter),
            ("perm", perm),
            ("pow", pow),
            ("prod", prod),
            ("radians", radians),
            ("remainder", remainder),
            ("sin", sin),
            ("sinh", sinh),
            ("sqrt", sqrt),
            ("tan", tan),
            ("tanh", tanh),
            ("trunc", trunc),
            ("ulp", ulp),
        ],
    );
    Ok(())
}

// ---- argument conversion ----

/// A `double` argument as CPython converts it: floats, ints, `__float__`, `__index__`.
pub fn arg_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Obj(o) => {
            if let Payload::BigInt(b) = &o.payload {
                return pint::to_f64(&Int::from_big(b.clone())).map_err(|e| vm.primitive_error(e));
            }
            if let Some(r) = vm.call_special(v, "__float__", &[])? {
                return match r {
                    Value::Float(f) => Ok(f),
                    _ => Err(vm.type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        vm.type_name(v),
                        vm.type_name(&r)
                    ))),
                };
            }
            if let Some(r) = vm.call_special(v, "__index__", &[])? {
                return match as_int(&r) {
                    Some(i) => pint::to_f64(&i).map_err(|e| vm.primitive_error(e)),
                    None => Err(vm.type_error(format!(
                        "__index__ returned non-int (type {})",
                        vm.type_name(&r)
                    ))),
                };
            }
            Err(real_error(vm, v))
        }
        _ => Err(real_error(vm, v)),
    }
}

fn real_error(vm: &Vm, v: &Value) -> crate::PyErr {
    vm.type_error(format!("must be real number, not {}", vm.type_name(v)))
}

/// The value of an int object (bool included).
pub fn as_int(v: &Value) -> Option<Int> {
    match v {
        Value::Int(i) => Some(Int::Small(*i)),
        Value::Bool(b) => Some(Int::Small(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => Some(Int::from_big(b.clone())),
            _ => None,
        },
        _ => None,
    }
}

/// An integer argument: an int or an object with `__index__`.
pub fn arg_int(vm: &mut Vm, v: &Value) -> PyResult<Int> {
    if let Some(i) = as_int(v) {
        return Ok(i);
    }
    if !matches!(v, Value::Float(_)) {
        if let Some(r) = vm.call_special(v, "__index__", &[])? {
            return as_int(&r).ok_or_else(|| {
                vm.type_error(format!(
                    "__index__ returned non-int (type {})",
                    vm.type_name(&r)
                ))
            });
        }
    }
    Err(vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    )))
}

pub fn int_value(vm: &Vm, i: Int) -> Value {
    match i {
        Int::Small(v) => Value::Int(v),
        Int::Big(b) => vm.new_bigint(b),
    }
}

fn big_value(vm: &Vm, b: BigInt) -> Value {
    int_value(vm, Int::from_big(b))
}

fn math_err(vm: &Vm, e: MathErr) -> crate::PyErr {
    match e {
        MathErr::Domain => vm.value_error("math domain error"),
        MathErr::Range => vm.overflow_error("math range error"),
    }
}

/// Exactly `n` positional arguments, CPython's message for `METH_O`/fastcall functions.
fn exact<'a>(vm: &Vm, name: &str, a: &'a [Value], kw: &[Value], n: usize) -> PyResult<&'a [Value]> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    if a.len() != n {
        return Err(vm.type_error(if n == 1 {
            format!(
                "math.{name}() takes exactly one argument ({} given)",
                a.len()
            )
        } else {
            format!("{name} expected {n} arguments, got {}", a.len())
        }));
    }
    Ok(a)
}

/// CPython's checks around a one-argument libm function.
fn check1(x: f64, r: f64, can_overflow: bool) -> Result<f64, MathErr> {
    if r.is_nan() && !x.is_nan() {
        return Err(MathErr::Domain);
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            MathErr::Range
        } else {
            MathErr::Domain
        });
    }
    Ok(r)
}

fn unary(
    vm: &mut Vm,
    name: &str,
    a: &[Value],
    kw: &[Value],
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let a = exact(vm, name, a, kw, 1)?;
    let x = arg_f64(vm, &a[0])?;
    check1(x, f(x), can_overflow)
        .map(Value::Float)
        .map_err(|e| math_err(vm, e))
}

macro_rules! unary_fns {
    ($($name:ident => $f:expr, $ovf:expr;)*) => {
        $(fn $name(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
            unary(vm, stringify!($name), a, kw, $f, $ovf)
        })*
    };
}

unary_fns! {
    acos => f64::acos, false;
    asin => f64::asin, false;
    atan => f64::atan, false;
    acosh => special::acosh, false;
    asinh => special::asinh, false;
    atanh => |x: f64| if x.abs() >= 1.0 { f64::NAN } else { special::atanh(x) }, false;
    cos => f64::cos, false;
    sin => f64::sin, false;
    tan => f64::tan, false;
    cosh => f64::cosh, true;
    sinh => f64::sinh, true;
    tanh => f64::tanh, false;
    cbrt => f64::cbrt, false;
    exp => f64::exp, true;
    exp2 => f64::exp2, true;
    expm1 => f64::exp_m1, true;
    fabs => f64::abs, false;
    sqrt => f64::sqrt, false;
    erf => special::erf, false;
    erfc => special::erfc, false;
    degrees => |x: f64| x * (180.0 / std::f64::consts::PI), true;
    radians => |x: f64| x * (std::f64::consts::PI / 180.0), true;
}

fn gamma(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "gamma", a, kw, 1)?;
    let x = arg_f64(vm, &a[0])?;
    special::gamma(x)
        .map(Value::Float)
        .map_err(|e| math_err(vm, e))
}

fn lgamma(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "lgamma", a, kw, 1)?;
    let x = arg_f64(vm, &a[0])?;
    special::lgamma(x)
        .map(Value::Float)
        .map_err(|e| math_err(vm, e))
}

fn pred(vm: &mut Vm, name: &str, a: &[Value], kw: &[Value], f: fn(f64) -> bool) -> PyResult<Value> {
    let a = exact(vm, name, a, kw, 1)?;
    let x = arg_f64(vm, &a[0])?;
    Ok(Value::Bool(f(x)))
}

fn isfinite(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred(vm, "isfinite", a, kw, f64::is_finite)
}

fn isinf(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred(vm, "isinf", a, kw, f64::is_infinite)
}

fn isnan(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred(vm, "isnan", a, kw, f64::is_nan)
}

fn two_floats(vm: &mut Vm, name: &str, a: &[Value], kw: &[Value]) -> PyResult<(f64, f64)> {
    let a = exact(vm, name, a, kw, 2)?;
    let x = arg_f64(vm, &a[0])?;
    let y = arg_f64(vm, &a[1])?;
    Ok((x, y))
}

fn atan2(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (y, x) = two_floats(vm, "atan2", a, kw)?;
    Ok(Value::Float(y.atan2(x)))
}

fn copysign(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "copysign", a, kw)?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "fmod", a, kw)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(math_err(vm, MathErr::Domain));
    }
    Ok(Value::Float(r))
}

fn remainder(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "remainder", a, kw)?;
    special::remainder(x, y)
        .map(Value::Float)
        .map_err(|e| math_err(vm, e))
}

fn nextafter(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "nextafter", a, kw)?;
    Ok(Value::Float(special::nextafter(x, y)))
}

fn ulp(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "ulp", a, kw, 1)?;
    let x = arg_f64(vm, &a[0])?;
    Ok(Value::Float(special::ulp(x)))
}

fn pow(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "pow", a, kw)?;
    if !x.is_finite() || !y.is_finite() {
        // C99 Annex F special values; CPython adds none that differ.
        return Ok(Value::Float(x.powf(y)));
    }
    if x == 0.0 && y < 0.0 {
        return Err(math_err(vm, MathErr::Domain));
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(math_err(vm, MathErr::Domain));
    }
    if r.is_infinite() {
        return Err(math_err(vm, MathErr::Range));
    }
    Ok(Value::Float(r))
}

// ---- logarithms ----

/// log-like function of an int or float argument, with big ints handled exactly enough.
fn log_of(vm: &mut Vm, v: &Value, f: fn(f64) -> f64, ln2: f64) -> PyResult<f64> {
    if let Some(i) = as_int(v) {
        if pint::sign(&i) <= 0 {
            return Err(math_err(vm, MathErr::Domain));
        }
        return Ok(match pint::to_f64(&i) {
            Ok(x) => f(x),
            Err(_) => {
                let b = i.to_big();
                let bits = b.bits();
                let shift = bits.saturating_sub(64);
                let top = (&b >> shift).to_u64().unwrap_or(u64::MAX);
                let m = top as f64 / 2f64.powi(64);
                f(m) + ln2 * (bits as f64)
            }
        });
    }
    let x = arg_f64(vm, v)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(math_err(vm, MathErr::Domain));
    }
    Ok(f(x))
}

fn log(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("math.log() takes no keyword arguments"));
    }
    if a.is_empty() || a.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let ln2 = std::f64::consts::LN_2;
    let num = log_of(vm, &a[0], f64::ln, ln2)?;
    if a.len() == 1 {
        return Ok(Value::Float(num));
    }
    let den = log_of(vm, &a[1], f64::ln, ln2)?;
    if den == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    Ok(Value::Float(num / den))
}

fn log2(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "log2", a, kw, 1)?;
    log_of(vm, &a[0], f64::log2, 1.0).map(Value::Float)
}

fn log10(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "log10", a, kw, 1)?;
    log_of(vm, &a[0], f64::log10, std::f64::consts::LOG10_2).map(Value::Float)
}

fn log1p(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "log1p", a, kw, 1)?;
    let x = arg_f64(vm, &a[0])?;
    if x <= -1.0 {
        return Err(math_err(vm, MathErr::Domain));
    }
    Ok(Value::Float(x.ln_1p()))
}

// ---- rounding ----

fn rounding(vm: &mut Vm, name: &str, a: &[Value], kw: &[Value], up: bool) -> PyResult<Value> {
    let a = exact(vm, name, a, kw, 1)?;
    let v = &a[0];
    let dunder = if up { "__ceil__" } else { "__floor__" };
    if let Some(m) = vm.subclass_override(v, dunder) {
        return vm.call(&m, std::slice::from_ref(v), &[]);
    }
    if let Some(i) = as_int(v) {
        return Ok(int_value(vm, i));
    }
    let x = match v {
        Value::Float(f) => *f,
        _ => {
            if let Some(r) = vm.call_special(v, dunder, &[])? {
                return Ok(r);
            }
            arg_f64(vm, v)?
        }
    };
    let r = if up {
        pyrs_primitives::float::ceil(x)
    } else {
        pyrs_primitives::float::floor(x)
    };
    r.map(|i| int_value(vm, i))
        .map_err(|e| vm.primitive_error(e))
}

fn floor(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    rounding(vm, "floor", a, kw, false)
}

fn ceil(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    rounding(vm, "ceil", a, kw, true)
}

fn trunc(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "trunc", a, kw, 1)?;
    let v = &a[0];
    if let Some(m) = vm.subclass_override(v, "__trunc__") {
        return vm.call(&m, std::slice::from_ref(v), &[]);
    }
    if let Some(i) = as_int(v) {
        return Ok(int_value(vm, i));
    }
    if let Value::Float(x) = v {
        return pyrs_primitives::float::trunc(*x)
            .map(|i| int_value(vm, i))
            .map_err(|e| vm.primitive_error(e));
    }
    match vm.call_special(v, "__trunc__", &[])? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "type {} doesn't define __trunc__ method",
            vm.type_name(v)
        ))),
    }
}

fn modf(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "modf", a, kw, 1)?;
    let x = arg_f64(vm, &a[0])?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(vm.new_tuple(vec![Value::Float(f), Value::Float(i)]))
}

fn frexp_fn(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "frexp", a, kw, 1)?;
    let x = arg_f64(vm, &a[0])?;
    let (m, e) = frexp(x);
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "ldexp", a, kw, 2)?;
    let x = arg_f64(vm, &a[0])?;
    let Some(e) = as_int(&a[1]) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    let e = match e {
        Int::Small(v) => v,
        Int::Big(b) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    };
    let r = ldexp_raw(x, e);
    if r.is_infinite() && x.is_finite() {
        return Err(math_err(vm, MathErr::Range));
    }
    Ok(Value::Float(r))
}

// ---- sums, products, norms ----

fn fsum(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "fsum", a, kw, 1)?;
    let it = vm.iter(&a[0])?;
    let mut s = special::FSum::default();
    while let Some(v) = vm.next(&it)? {
        let x = arg_f64(vm, &v)?;
        if let Err(m) = s.add(x) {
            return Err(vm.overflow_error(m));
        }
    }
    match s.total() {
        Ok(r) => Ok(Value::Float(r)),
        Err(m) => Err(vm.value_error(m)),
    }
}

fn prod(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = a.len() - kw.len();
    if npos != 1 {
        return Err(vm.type_error(if npos == 0 {
            "prod() missing required argument 'iterable' (pos 1)".to_string()
        } else {
            format!("prod() takes exactly 1 positional argument ({npos} given)")
        }));
    }
    let mut start = Value::Int(1);
    for (k, v) in kw.iter().zip(&a[npos..]) {
        if k.as_str() == Some("start") {
            start = v.clone();
        } else {
            return Err(vm.type_error(format!(
                "prod() got an unexpected keyword argument '{}'",
                k.as_str().unwrap_or("")
            )));
        }
    }
    let it = vm.iter(&a[0])?;
    let mut acc = start;
    while let Some(v) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &v, BinOp::Multiply)?;
    }
    Ok(acc)
}

fn hypot(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("math.hypot() takes no keyword arguments"));
    }
    let mut xs = Vec::with_capacity(a.len());
    for v in a {
        xs.push(arg_f64(vm, v)?);
    }
    Ok(Value::Float(special::vector_norm(&xs)))
}

fn dist(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "dist", a, kw, 2)?;
    let (p, q) = (a[0].clone(), a[1].clone());
    let p = seq_items(vm, &p, "first")?;
    let q = seq_items(vm, &q, "second")?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut d = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(&q) {
        let x = arg_f64(vm, x)?;
        let y = arg_f64(vm, y)?;
        d.push(x - y);
    }
    Ok(Value::Float(special::vector_norm(&d)))
}

fn seq_items(vm: &mut Vm, v: &Value, which: &str) -> PyResult<Vec<Value>> {
    match v.payload() {
        Some(Payload::Tuple(t)) => Ok(t.to_vec()),
        Some(Payload::List(l)) => Ok(l.borrow().clone()),
        _ => {
            let _ = which;
            vm.collect(v)
        }
    }
}

fn isclose(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = a.len() - kw.len();
    if npos > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({npos} given)"
        )));
    }
    let [x, y, rel, abs] =
        Args::new("isclose", a, kw).parse(vm, &["a", "b", "rel_tol", "abs_tol"], 2)?;
    let x = arg_f64(vm, &x)?;
    let y = arg_f64(vm, &y)?;
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
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(
        (diff <= (rel * y).abs()) || (diff <= (rel * x).abs()) || diff <= abs,
    ))
}

// ---- integer functions ----

fn gcd(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("math.gcd() takes no keyword arguments"));
    }
    let mut g = BigInt::zero();
    for v in a {
        let i = arg_int(vm, v)?.to_big();
        g = g.gcd(&i);
    }
    Ok(big_value(vm, g))
}

fn lcm(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("math.lcm() takes no keyword arguments"));
    }
    let mut l = BigInt::one();
    for v in a {
        let i = arg_int(vm, v)?.to_big();
        if l.is_zero() || i.is_zero() {
            l = BigInt::zero();
        } else {
            l = l.lcm(&i);
        }
    }
    Ok(big_value(vm, l.abs()))
}

/// The product lo * (lo+1) * ... * hi by binary splitting.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut r = BigInt::one();
        for k in lo..=hi {
            r *= k;
        }
        return r;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

fn factorial(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "factorial", a, kw, 1)?;
    let n = arg_int(vm, &a[0])?;
    let n = match n.to_i64() {
        Some(n) => n,
        None if pint::sign(&n) < 0 => -1,
        None => {
            return Err(
                vm.overflow_error("factorial() argument should not exceed 9223372036854775807")
            )
        }
    };
    if n < 0 {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    if n > 1_000_000 {
        return Err(vm.new_error(&vm.exc.memory_error.clone(), ""));
    }
    Ok(big_value(vm, range_product(2, n as u64)))
}

fn nonneg(vm: &mut Vm, v: &Value, which: &str) -> PyResult<BigInt> {
    let i = arg_int(vm, v)?;
    if pint::sign(&i) < 0 {
        return Err(vm.value_error(format!("{which} must be a non-negative integer")));
    }
    Ok(i.to_big())
}

fn perm_big(n: &BigInt, k: &BigInt) -> Option<BigInt> {
    let k = k.to_u64()?;
    if k > 1_000_000 {
        return None;
    }
    let mut r = BigInt::one();
    let mut f = n.clone();
    for _ in 0..k {
        r *= &f;
        f -= 1;
    }
    Some(r)
}

fn perm(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [n, k] = Args::new("perm", a, kw).positional_only(vm, 1)?;
    let n = nonneg(vm, &n, "n")?;
    if k.is_null() || k.is_none() {
        let n = n.to_u64().filter(|n| *n <= 1_000_000);
        return match n {
            Some(n) => Ok(big_value(vm, range_product(2, n))),
            None => {
                Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"))
            }
        };
    }
    let k = nonneg(vm, &k, "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    match perm_big(&n, &k) {
        Some(r) => Ok(big_value(vm, r)),
        None => Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX))),
    }
}

fn comb(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "comb", a, kw, 2)?;
    let (n, k) = (a[0].clone(), a[1].clone());
    let n = nonneg(vm, &n, "n")?;
    let k = nonneg(vm, &k, "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k2 = &n - &k;
    let k = if k2 < k { k2 } else { k };
    let Some(kk) = k.to_u64().filter(|k| *k <= 1_000_000) else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let mut r = BigInt::one();
    for i in 0..kk {
        r *= &n - i;
        r /= i + 1;
    }
    Ok(big_value(vm, r))
}

fn isqrt(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = exact(vm, "isqrt", a, kw, 1)?;
    let n = arg_int(vm, &a[0])?;
    if pint::sign(&n) < 0 {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(big_value(vm, n.to_big().sqrt()))
}
