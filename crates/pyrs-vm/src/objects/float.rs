//! `float` methods and constructor (see `objects/mod.rs`); `complex` lives in `float/complex.rs`.

pub mod complex;

use crate::builtins::args;
use crate::object::Payload;
use crate::objects::number::{self, as_num, self_arg, Kind, Num};
use crate::value::Value;
use crate::{PyResult, Vm};
use pyrs_primitives::{float as pf, int as pi};

pub fn init(vm: &mut Vm) {
    let t = vm.types.float.clone();
    vm.add_staticmethods(&t, &[("__new__", float_new)]);
    vm.add_classmethods(&t, &[("fromhex", fromhex), ("__getformat__", getformat)]);
    let doc = vm.new_str("Convert a string or number to a floating point number, if possible.");
    vm.set_type_attr(&t, "__doc__", doc);
    vm.add_methods(
        &t,
        &[
            ("hex", hex),
            ("is_integer", is_integer),
            ("as_integer_ratio", as_integer_ratio),
            ("conjugate", conjugate),
            ("__round__", dunder_round),
            ("__trunc__", dunder_trunc),
            ("__floor__", dunder_floor),
            ("__ceil__", dunder_ceil),
            ("__int__", dunder_trunc),
            ("__float__", conjugate),
            ("__abs__", dunder_abs),
            ("__neg__", dunder_neg),
            ("__pos__", conjugate),
            ("__bool__", dunder_bool),
            ("__hash__", dunder_hash),
            ("__repr__", dunder_repr),
            ("__format__", dunder_format),
            ("__getnewargs__", getnewargs),
            ("__divmod__", divmod),
            ("__rdivmod__", rdivmod),
        ],
    );
    vm.add_methods(&t, DUNDERS);
    let attrs: [(&'static str, crate::object::NativeFn); 2] = [("real", conjugate), ("imag", imag)];
    for (name, f) in attrs {
        let fget = vm.native(name, f, crate::object::NativeKind::Function, None);
        let prop = Value::obj(Payload::Property(Box::new(crate::object::PropertyData {
            fget,
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
            name: std::cell::RefCell::new(Value::None),
        })));
        vm.set_type_attr(&t, name, prop);
    }
    complex::init(vm);
}

fn imag(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    me(vm, a, "imag")?;
    Ok(Value::Float(0.0))
}

crate::number_dunders! {
    DUNDERS, Kind::Float;
    binary:
        op_add "__add__" Add false, op_radd "__radd__" Add true,
        op_sub "__sub__" Subtract false, op_rsub "__rsub__" Subtract true,
        op_mul "__mul__" Multiply false, op_rmul "__rmul__" Multiply true,
        op_truediv "__truediv__" TrueDivide false, op_rtruediv "__rtruediv__" TrueDivide true,
        op_floordiv "__floordiv__" FloorDivide false, op_rfloordiv "__rfloordiv__" FloorDivide true,
        op_modulo "__mod__" Remainder false, op_rmodulo "__rmod__" Remainder true,
        op_pow "__pow__" Power false, op_rpow "__rpow__" Power true;
    compare:
        op_eq "__eq__" Eq, op_ne "__ne__" Ne, op_lt "__lt__" Lt, op_le "__le__" Le, op_gt "__gt__" Gt,
        op_ge "__ge__" Ge;
}

fn rest(a: &[Value]) -> &[Value] {
    &a[1.min(a.len())..]
}

/// The float `self` of a method.
fn me(vm: &Vm, a: &[Value], name: &str) -> PyResult<f64> {
    match self_arg(vm, a, Kind::Float, name)? {
        Value::Float(f) => Ok(f),
        _ => Ok(0.0),
    }
}

/// `float(x)` for a non-str value: the number itself, `__float__`, then `__index__`.
pub fn to_float(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    match as_num(x) {
        Some(Num::Float(f)) => return Ok(f),
        Some(Num::Int(i)) => return vm.prim(pi::to_f64(&i)),
        _ => {}
    }
    if let Some(r) = vm.call_special(x, "__float__", &[])? {
        return match r {
            Value::Float(f) => Ok(f),
            _ => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(x),
                vm.type_name(&r)
            ))),
        };
    }
    if let Some(r) = vm.call_special(x, "__index__", &[])? {
        return match number::as_int(&r) {
            Some(i) => vm.prim(pi::to_f64(&i)),
            None => Err(vm.type_error(format!(
                "__index__ returned non-int (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(x)
    )))
}

fn float_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::check_new_subtype(vm, a, &vm.types.float.clone())?;
    let [x] = args("float", rest(a), kw).positional_only(vm, 0)?;
    if x.is_null() {
        return Ok(Value::Float(0.0));
    }
    // A subclass of float or int that defines its own `__float__`.
    if let Some(m) = vm.subclass_override(&x, "__float__") {
        let r = vm.call(&m, std::slice::from_ref(&x), &[])?;
        return match r {
            Value::Float(_) => Ok(r),
            _ => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(&x),
                vm.type_name(&r)
            ))),
        };
    }
    if let Some(s) = x.as_str() {
        return Ok(Value::Float(distinct_nan(vm.prim(pf::parse(s))?)));
    }
    let bytes = match x.payload() {
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        Some(Payload::ByteArray(b)) => Some(b.borrow().clone()),
        _ => None,
    };
    if let Some(b) = bytes {
        let repr = pyrs_primitives::strmethods::bytes_repr(&b, "b");
        return match std::str::from_utf8(&b).ok().map(pf::parse) {
            Some(Ok(f)) => Ok(Value::Float(f)),
            _ => Err(vm.value_error(format!("could not convert string to float: {repr}"))),
        };
    }
    to_float(vm, &x).map(Value::Float)
}

/// Each `float("nan")` is a new object in CPython (`float("nan") is float("nan")` is
/// False, so containers do not find one by identity): floats are unboxed here, so a NaN
/// made from text gets its own payload bits, which `Value::is` compares.
fn distinct_nan(f: f64) -> f64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    if !f.is_nan() {
        return f;
    }
    let n = NEXT.fetch_add(1, Ordering::Relaxed) & 0x0007_ffff_ffff_ffff;
    f64::from_bits((f.to_bits() & 0xfff8_0000_0000_0000) | n.max(1))
}

fn fromhex(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [s] = args("fromhex", rest(a), kw).positional_only(vm, 1)?;
    let Some(s) = s.as_str() else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    Ok(Value::Float(vm.prim(pf::fromhex(s))?))
}

fn getformat(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [what] = args("__getformat__", rest(a), kw).positional_only(vm, 1)?;
    match what.as_str() {
        Some("double" | "float") => Ok(vm.new_str("IEEE, little-endian")),
        Some(_) => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        None => Err(vm.type_error(format!(
            "__getformat__() argument must be str, not {}",
            vm.type_name(&what)
        ))),
    }
}

fn hex(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = me(vm, a, "hex")?;
    Ok(vm.new_str(pf::hex(f)))
}

fn is_integer(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = me(vm, a, "is_integer")?;
    Ok(Value::Bool(pf::is_integer(f)))
}

fn as_integer_ratio(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = me(vm, a, "as_integer_ratio")?;
    let (n, d) = vm.prim(pf::as_integer_ratio(f))?;
    let (n, d) = (vm.int_value(n), vm.int_value(d));
    Ok(vm.new_tuple(vec![n, d]))
}

fn conjugate(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Float(me(vm, a, "conjugate")?))
}

fn to_int(vm: &mut Vm, r: pyrs_primitives::Result<pi::Int>) -> PyResult<Value> {
    let i = vm.prim(r)?;
    Ok(vm.int_value(i))
}

fn dunder_round(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let f = me(vm, a, "__round__")?;
    let [nd] = args("__round__", rest(a), kw).positional_only(vm, 0)?;
    if nd.is_null() || nd.is_none() {
        return to_int(vm, pf::round_to_int(f));
    }
    let n = match vm.index(&nd)? {
        Value::Int(n) => n,
        big => {
            if number::as_int(&big).is_some_and(|i| pi::sign(&i) < 0) {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    };
    Ok(Value::Float(vm.prim(pf::round_ndigits(f, n))?))
}

fn dunder_trunc(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = me(vm, a, "__trunc__")?;
    to_int(vm, pf::trunc(f))
}

fn dunder_floor(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = me(vm, a, "__floor__")?;
    to_int(vm, pf::floor(f))
}

fn dunder_ceil(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = me(vm, a, "__ceil__")?;
    to_int(vm, pf::ceil(f))
}

fn dunder_abs(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Float(me(vm, a, "__abs__")?.abs()))
}

fn dunder_neg(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Float(-me(vm, a, "__neg__")?))
}

fn dunder_bool(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Bool(me(vm, a, "__bool__")? != 0.0))
}

fn dunder_hash(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = self_arg(vm, a, Kind::Float, "__hash__")?;
    Ok(Value::Int(vm.hash(&v)?))
}

fn dunder_repr(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = me(vm, a, "__repr__")?;
    Ok(vm.new_str(pyrs_primitives::format::float_repr(f)))
}

fn dunder_format(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = self_arg(vm, a, Kind::Float, "__format__")?;
    let [spec] = args("__format__", rest(a), kw).positional_only(vm, 1)?;
    if spec.as_str().is_none() {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&spec)
        )));
    }
    vm.format(&v, &spec)
}

fn getnewargs(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = me(vm, a, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![Value::Float(f)]))
}

fn divmod(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    number::divmod_dunder(vm, a, kw, "__divmod__", false, Kind::Float)
}

fn rdivmod(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    number::divmod_dunder(vm, a, kw, "__rdivmod__", true, Kind::Float)
}
