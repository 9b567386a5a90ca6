//! `int` methods and constructor (see `objects/mod.rs`).

use crate::builtins::args;
use crate::object::Payload;
use crate::objects::number::{self, as_int, as_num, self_arg, Kind, Num};
use crate::value::Value;
use crate::{PyResult, Vm};
use pyrs_primitives::{float as pf, int as pi};

pub fn init(vm: &mut Vm) {
    let t = vm.types.int.clone();
    vm.add_staticmethods(&t, &[("__new__", int_new)]);
    vm.add_classmethods(&t, &[("from_bytes", from_bytes)]);
    vm.add_methods(
        &t,
        &[
            ("bit_length", bit_length),
            ("bit_count", bit_count),
            ("to_bytes", to_bytes),
            ("as_integer_ratio", as_integer_ratio),
            ("conjugate", to_int),
            ("__index__", to_int),
            ("__int__", to_int),
            ("__trunc__", to_int),
            ("__floor__", to_int),
            ("__ceil__", to_int),
            ("__pos__", to_int),
            ("__round__", dunder_round),
            ("__float__", dunder_float),
            ("__abs__", dunder_abs),
            ("__neg__", dunder_neg),
            ("__invert__", dunder_invert),
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
    let attrs: [(&'static str, crate::object::NativeFn); 4] = [
        ("real", to_int),
        ("numerator", to_int),
        ("imag", zero),
        ("denominator", one),
    ];
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
    let doc = vm.new_str(DOC);
    vm.set_type_attr(&t, "__doc__", doc);
}

const DOC: &str = "int([x]) -> integer
int(x, base=10) -> integer

Convert a number or string to an integer, or return 0 if no arguments
are given.  If x is a number, return x.__int__().  For floating point
numbers, this truncates towards zero.

If x is not a number or if base is given, then x must be a string,
bytes, or bytearray instance representing an integer literal in the
given base.  The literal can be preceded by '+' or '-' and be surrounded
by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.
Base 0 means to interpret the base from the string as an integer literal.
>>> int('0b100', base=0)
4";

crate::number_dunders! {
    DUNDERS, Kind::Int;
    binary:
        op_add "__add__" Add false, op_radd "__radd__" Add true,
        op_sub "__sub__" Subtract false, op_rsub "__rsub__" Subtract true,
        op_mul "__mul__" Multiply false, op_rmul "__rmul__" Multiply true,
        op_truediv "__truediv__" TrueDivide false, op_rtruediv "__rtruediv__" TrueDivide true,
        op_floordiv "__floordiv__" FloorDivide false,
        op_rfloordiv "__rfloordiv__" FloorDivide true,
        op_mod "__mod__" Remainder false, op_rmod "__rmod__" Remainder true,
        op_pow "__pow__" Power false, op_rpow "__rpow__" Power true,
        op_lshift "__lshift__" LShift false, op_rlshift "__rlshift__" LShift true,
        op_rshift "__rshift__" RShift false, op_rrshift "__rrshift__" RShift true,
        op_and "__and__" And false, op_rand "__rand__" And true,
        op_or "__or__" Or false, op_ror "__ror__" Or true,
        op_xor "__xor__" Xor false, op_rxor "__rxor__" Xor true;
    compare:
        op_eq "__eq__" Eq, op_ne "__ne__" Ne, op_lt "__lt__" Lt, op_le "__le__" Le,
        op_gt "__gt__" Gt, op_ge "__ge__" Ge;
}

fn rest(a: &[Value]) -> &[Value] {
    &a[1.min(a.len())..]
}

/// The int `self` of a method (a bool counts as its int value).
fn me(vm: &Vm, a: &[Value], name: &str) -> PyResult<pi::Int> {
    let v = self_arg(vm, a, Kind::Int, name)?;
    Ok(as_int(&v).unwrap_or(pi::Int::Small(0)))
}

fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        Some(Payload::ByteArray(b)) => Some(b.borrow().clone()),
        _ => None,
    }
}

/// `int(s, base)` for str, bytes or bytearray text.
fn parse_text(vm: &mut Vm, x: &Value, base: &Value) -> PyResult<Option<Value>> {
    let (text, bytes) = match x.as_str() {
        Some(s) => (s.to_string(), None),
        None => match bytes_of(x) {
            Some(b) => (String::from_utf8_lossy(&b).into_owned(), Some(b)),
            None => return Ok(None),
        },
    };
    let b = if base.is_null() {
        10
    } else {
        match vm.index(base)? {
            Value::Int(b) if (0..=36).contains(&b) => b as u32,
            _ => 1,
        }
    };
    match pi::parse(&text, b, vm.int_max_str_digits) {
        Ok(i) => Ok(Some(vm.int_value(i))),
        Err(e) => match bytes {
            Some(raw) if e.msg.starts_with("invalid literal") => Err(vm.value_error(format!(
                "invalid literal for int() with base {b}: {}",
                pyrs_primitives::strmethods::bytes_repr(&raw, "b")
            ))),
            _ => Err(vm.primitive_error(e)),
        },
    }
}

/// The result of `__int__`/`__index__`, which must be an int.
fn int_result(vm: &Vm, r: Value, what: &str) -> PyResult<Value> {
    match as_int(&r) {
        Some(i) => Ok(vm.int_value(i)),
        None => Err(vm.type_error(format!(
            "{what} returned non-int (type {})",
            vm.type_name(&r)
        ))),
    }
}

fn int_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::check_new_subtype(vm, a, &vm.types.int.clone())?;
    let [x, base] = args("int", rest(a), kw).parse(vm, &["", "base"], 0)?;
    if x.is_null() {
        if !base.is_null() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    }
    if let Some(v) = parse_text(vm, &x, &base)? {
        return Ok(v);
    }
    if !base.is_null() {
        return Err(vm.type_error("int() can't convert non-string with explicit base"));
    }
    // A subclass of int or float that defines its own `__int__`.
    if let Some(m) = vm.subclass_override(&x, "__int__") {
        let r = vm.call(&m, std::slice::from_ref(&x), &[])?;
        return int_result(vm, r, "__int__");
    }
    match as_num(&x) {
        Some(Num::Int(i)) => return Ok(vm.int_value(i)),
        Some(Num::Float(f)) => {
            let i = vm.prim(pf::trunc(f))?;
            return Ok(vm.int_value(i));
        }
        _ => {}
    }
    if let Some(r) = vm.call_special(&x, "__int__", &[])? {
        return int_result(vm, r, "__int__");
    }
    if let Some(r) = vm.call_special(&x, "__index__", &[])? {
        return int_result(vm, r, "__index__");
    }
    if let Some(r) = vm.call_special(&x, "__trunc__", &[])? {
        if as_int(&r).is_some() {
            return int_result(vm, r, "__trunc__");
        }
        return match vm.call_special(&r, "__index__", &[])? {
            Some(i) => int_result(vm, i, "__index__"),
            None => Err(vm.type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(&x)
    )))
}

fn to_int(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let i = me(vm, a, "__int__")?;
    Ok(vm.int_value(i))
}

fn zero(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    me(vm, a, "imag")?;
    Ok(Value::Int(0))
}

fn one(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    me(vm, a, "denominator")?;
    Ok(Value::Int(1))
}

fn bit_length(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let i = me(vm, a, "bit_length")?;
    Ok(Value::Int(pi::bit_length(&i) as i64))
}

fn bit_count(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let i = me(vm, a, "bit_count")?;
    Ok(Value::Int(pi::bit_count(&i) as i64))
}

fn as_integer_ratio(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let i = me(vm, a, "as_integer_ratio")?;
    let n = vm.int_value(i);
    Ok(vm.new_tuple(vec![n, Value::Int(1)]))
}

/// `byteorder` of to_bytes/from_bytes: true for big-endian.
fn byteorder(vm: &Vm, v: &Value, fname: &str) -> PyResult<bool> {
    if v.is_null() {
        return Ok(true);
    }
    match v.as_str() {
        Some("big") => Ok(true),
        Some("little") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => Err(vm.type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            vm.type_name(v)
        ))),
    }
}

fn to_bytes(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let i = me(vm, a, "to_bytes")?;
    let [length, order, signed] =
        args("to_bytes", rest(a), kw).parse(vm, &["length", "byteorder", "signed"], 0)?;
    let npos = rest(a).len().saturating_sub(kw.len());
    if npos > 2 {
        return Err(vm.type_error(format!(
            "to_bytes() takes at most 2 positional arguments ({npos} given)"
        )));
    }
    let len = if length.is_null() {
        1
    } else {
        vm.index_i64(&length)?
    };
    if len < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let big = byteorder(vm, &order, "to_bytes")?;
    let signed = !signed.is_null() && vm.truthy(&signed)?;
    let out = vm.prim(pi::to_bytes(&i, len as usize, big, signed))?;
    Ok(Value::obj(Payload::Bytes(out.into_boxed_slice())))
}

fn from_bytes(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [data, order, signed] =
        args("from_bytes", rest(a), kw).parse(vm, &["bytes", "byteorder", "signed"], 1)?;
    let npos = rest(a).len().saturating_sub(kw.len());
    if npos > 2 {
        return Err(vm.type_error(format!(
            "from_bytes() takes at most 2 positional arguments ({npos} given)"
        )));
    }
    let raw = match bytes_of(&data) {
        Some(b) => b,
        None => {
            if data.as_str().is_some() {
                return Err(vm.type_error("cannot convert 'str' object to bytes"));
            }
            let bytes_type = Value::Obj(vm.types.bytes.clone());
            let b = vm.call(&bytes_type, std::slice::from_ref(&data), &[])?;
            bytes_of(&b).unwrap_or_default()
        }
    };
    let big = byteorder(vm, &order, "from_bytes")?;
    let signed = !signed.is_null() && vm.truthy(&signed)?;
    let i = pi::from_bytes(&raw, big, signed);
    let v = vm.int_value(i);
    match a.first() {
        Some(cls @ Value::Obj(c)) if !crate::object::ObjRef::ptr_eq(c, &vm.types.int) => {
            vm.call(cls, &[v], &[])
        }
        _ => Ok(v),
    }
}

fn dunder_round(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let i = me(vm, a, "__round__")?;
    let [nd] = args("__round__", rest(a), kw).positional_only(vm, 0)?;
    if nd.is_null() || nd.is_none() {
        return Ok(vm.int_value(i));
    }
    let n = vm.index(&nd)?;
    let n = match as_int(&n) {
        Some(pi::Int::Small(n)) if n >= 0 => return Ok(vm.int_value(i)),
        Some(pi::Int::Small(n)) => n.unsigned_abs(),
        Some(b) if pi::sign(&b) > 0 => return Ok(vm.int_value(i)),
        _ => u64::MAX,
    };
    // 10**n exceeds 2*|i| once n passes its bit length: everything rounds to zero.
    if n > pi::bit_length(&i) + 1 {
        return Ok(Value::Int(0));
    }
    let p = match vm.prim(pi::pow(&pi::Int::Small(10), &pi::Int::Small(n as i64)))? {
        pi::IntOrFloat::Int(p) => p,
        pi::IntOrFloat::Float(_) => return Ok(Value::Int(0)),
    };
    let (q, r) = vm.prim(pi::divmod(&i, &p))?;
    let twice = pi::add(&r, &r);
    let q = match twice.cmp(&p) {
        std::cmp::Ordering::Greater => pi::add(&q, &pi::Int::Small(1)),
        std::cmp::Ordering::Equal if pi::and(&q, &pi::Int::Small(1)) == pi::Int::Small(1) => {
            pi::add(&q, &pi::Int::Small(1))
        }
        _ => q,
    };
    Ok(vm.int_value(pi::mul(&q, &p)))
}

fn dunder_float(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let i = me(vm, a, "__float__")?;
    Ok(Value::Float(vm.prim(pi::to_f64(&i))?))
}

fn dunder_abs(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let i = me(vm, a, "__abs__")?;
    Ok(vm.int_value(pi::abs(&i)))
}

fn dunder_neg(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let i = me(vm, a, "__neg__")?;
    Ok(vm.int_value(pi::neg(&i)))
}

fn dunder_invert(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let i = me(vm, a, "__invert__")?;
    Ok(vm.int_value(pi::invert(&i)))
}

fn dunder_bool(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let i = me(vm, a, "__bool__")?;
    Ok(Value::Bool(!pi::is_zero(&i)))
}

fn dunder_hash(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = self_arg(vm, a, Kind::Int, "__hash__")?;
    Ok(Value::Int(vm.hash(&v)?))
}

fn dunder_repr(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = self_arg(vm, a, Kind::Int, "__repr__")?;
    let s = vm.repr_str(&v)?;
    Ok(vm.new_str(s))
}

fn dunder_format(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = self_arg(vm, a, Kind::Int, "__format__")?;
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
    let i = me(vm, a, "__getnewargs__")?;
    let v = vm.int_value(i);
    Ok(vm.new_tuple(vec![v]))
}

fn divmod(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    number::divmod_dunder(vm, a, kw, "__divmod__", false, Kind::Int)
}

fn rdivmod(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    number::divmod_dunder(vm, a, kw, "__rdivmod__", true, Kind::Int)
}
