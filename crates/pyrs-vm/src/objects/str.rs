//! `str`: construction, indexing, the methods' registration and their argument helpers.

mod codec;
mod dunder;
mod format;
mod methods;

pub use codec::{decode_value, encode_str};
pub use format::percent_format;
pub(crate) use format::percent_one;

use crate::object::{Payload, PyStr};
use crate::value::Value;
use crate::{PyResult, Vm};
use pyrs_primitives::wtf8;

pub fn init(vm: &mut Vm) {
    let t = vm.types.str_.clone();
    vm.add_staticmethods(
        &t,
        &[("__new__", str_new), ("maketrans", methods::maketrans)],
    );
    vm.add_methods(&t, methods::METHODS);
    vm.add_methods(&t, dunder::METHODS);
    vm.add_methods(
        &t,
        &[
            ("format", format::format),
            ("format_map", format::format_map),
            ("encode", codec::encode),
        ],
    );
}

/// The `str` a method is called on (`args[0]`), with CPython's errors for a missing or
/// foreign `self` (`str.upper(1)`).
pub(crate) fn this<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a str> {
    this_pystr(vm, args, name).map(PyStr::as_str)
}

/// [`this`] as the `str` payload (for the operations that must see lone surrogates).
pub(crate) fn this_pystr<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a PyStr> {
    match args.first() {
        None => Err(vm.type_error(format!("unbound method str.{name}() needs an argument"))),
        Some(v) => v.as_pystr().ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
                vm.type_name(v)
            ))
        }),
    }
}

/// The arguments after `self`.
pub(crate) fn rest(a: &[Value]) -> &[Value] {
    &a[1.min(a.len())..]
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn no_keywords(vm: &Vm, kw: &[Value], ty: &str, name: &str) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{ty}.{name}() takes no keyword arguments")))
    }
}

/// A method without arguments (`str.upper() takes no arguments (1 given)`).
pub(crate) fn noargs(vm: &Vm, a: &[Value], kw: &[Value], ty: &str, name: &str) -> PyResult<()> {
    no_keywords(vm, kw, ty, name)?;
    if a.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!(
            "{ty}.{name}() takes no arguments ({} given)",
            a.len()
        )))
    }
}

/// A method of exactly one positional argument.
pub(crate) fn onearg(vm: &Vm, a: &[Value], kw: &[Value], ty: &str, name: &str) -> PyResult<Value> {
    no_keywords(vm, kw, ty, name)?;
    if a.len() == 1 {
        Ok(a[0].clone())
    } else {
        Err(vm.type_error(format!(
            "{ty}.{name}() takes exactly one argument ({} given)",
            a.len()
        )))
    }
}

/// Positional-only arguments with Argument Clinic's messages (`center expected at least 1
/// argument, got 0`); missing optional ones are `Value::Null`.
pub(crate) fn clinic<const N: usize>(
    vm: &Vm,
    a: &[Value],
    kw: &[Value],
    ty: &str,
    name: &str,
    min: usize,
) -> PyResult<[Value; N]> {
    no_keywords(vm, kw, ty, name)?;
    let n = a.len();
    if n < min || n > N {
        let msg = if min == N {
            format!("{name} expected {N} argument{}, got {n}", plural(N))
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        } else {
            format!("{name} expected at most {N} argument{}, got {n}", plural(N))
        };
        return Err(vm.type_error(msg));
    }
    Ok(std::array::from_fn(|i| {
        a.get(i).cloned().unwrap_or(Value::Null)
    }))
}

/// Positional-only arguments with the older messages (`count() takes at least 1 argument
/// (0 given)`).
pub(crate) fn varargs<const N: usize>(
    vm: &Vm,
    a: &[Value],
    kw: &[Value],
    ty: &str,
    name: &str,
    min: usize,
) -> PyResult<[Value; N]> {
    no_keywords(vm, kw, ty, name)?;
    let n = a.len();
    if n < min {
        return Err(vm.type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )));
    }
    if n > N {
        return Err(vm.type_error(format!(
            "{name}() takes at most {N} argument{} ({n} given)",
            plural(N)
        )));
    }
    Ok(std::array::from_fn(|i| {
        a.get(i).cloned().unwrap_or(Value::Null)
    }))
}

/// Arguments that may be given by keyword (`split(sep=None, maxsplit=-1)`).
pub(crate) fn kwargs<const N: usize>(
    vm: &Vm,
    a: &[Value],
    kw: &[Value],
    name: &str,
    names: &[&str; N],
    min: usize,
) -> PyResult<[Value; N]> {
    let npos = a.len() - kw.len();
    if a.len() > N {
        return Err(vm.type_error(format!(
            "{name}() takes at most {N} argument{} ({} given)",
            plural(N),
            a.len()
        )));
    }
    let mut out: [Value; N] =
        std::array::from_fn(|i| if i < npos { a[i].clone() } else { Value::Null });
    for (k, v) in kw.iter().zip(&a[npos..]) {
        let k = k.as_str().unwrap_or("");
        match names.iter().position(|n| *n == k) {
            Some(i) if i < npos => {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = v.clone(),
            None => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
                )
            }
        }
    }
    for (i, v) in out.iter().enumerate().take(min) {
        if v.is_null() {
            return Err(vm.type_error(format!(
                "{name}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

/// A `start`/`end` argument of `find()` and friends: `None` when absent or `None`, clamped
/// when it does not fit an `i64`.
pub(crate) fn slice_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::Null | Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        _ => match vm.index(v) {
            Ok(Value::Int(i)) => Ok(Some(i)),
            Ok(Value::Obj(o)) => Ok(Some(match &o.payload {
                Payload::BigInt(b) if b.sign() == num_bigint::Sign::Minus => i64::MIN,
                _ => i64::MAX,
            })),
            _ => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        },
    }
}

/// An integer argument that must fit a C `Py_ssize_t`.
pub(crate) fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.index(v)? {
        Value::Int(i) => Ok(i),
        _ => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// An optional text argument (`encoding`, `errors`) of function `func`.
pub(crate) fn opt_text_arg(
    vm: &Vm,
    v: &Value,
    func: &str,
    param: &str,
) -> PyResult<Option<String>> {
    if v.is_null() {
        return Ok(None);
    }
    match v.as_str() {
        Some(s) => Ok(Some(s.to_string())),
        None => Err(vm.type_error(format!(
            "{func}() argument '{param}' must be str, not {}",
            vm.type_name(v)
        ))),
    }
}

/// `s[k]`.
pub fn str_getitem(vm: &mut Vm, p: &PyStr, k: &Value) -> PyResult<Value> {
    let s = p.as_str();
    if matches!(k.payload(), Some(Payload::Slice(_))) {
        if p.is_ascii() {
            let b = s.as_bytes();
            let (a, e, st) = super::slice_indices(vm, k, b.len())?;
            let out: String = super::slice_positions(a, e, st)
                .into_iter()
                .map(|i| b[i] as char)
                .collect();
            return Ok(vm.new_str(out));
        }
        let text = p.wtf8();
        let cps: Vec<u32> = wtf8::code_points(&text).collect();
        let (a, b, st) = super::slice_indices(vm, k, cps.len())?;
        let mut out = Vec::new();
        for i in super::slice_positions(a, b, st) {
            wtf8::push(&mut out, cps[i]);
        }
        return Ok(vm.new_str_wtf8(out));
    }
    let i = match vm.subscript_index(k, |vm| {
        format!("string indices must be integers, not '{}'", vm.type_name(k))
    })? {
        Value::Int(i) => i,
        _ => {
            return Err(vm.index_error(format!(
                "cannot fit '{}' into an index-sized integer",
                vm.type_name(k)
            )))
        }
    };
    match super::norm_index(i, p.char_len()) {
        Some(j) if p.is_ascii() => Ok(vm.char_str(s.as_bytes()[j] as char)),
        Some(j) => {
            let cp = wtf8::code_points(&p.wtf8()).nth(j).unwrap_or(0);
            if cp < 256 {
                return Ok(vm.char_str(char::from(cp as u8)));
            }
            let mut out = Vec::with_capacity(4);
            wtf8::push(&mut out, cp);
            Ok(vm.new_str_wtf8(out))
        }
        None => Err(vm.index_error("string index out of range")),
    }
}

/// `str(object='')` and `str(object=b'', encoding='utf-8', errors='strict')`.
fn str_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::check_new_subtype(vm, a, &vm.types.str_.clone())?;
    if let Some(cls) = a.first() {
        if !matches!(cls.payload(), Some(Payload::Type(_))) {
            return Err(vm.type_error(format!(
                "str.__new__(X): X is not a type object ({})",
                vm.type_name(cls)
            )));
        }
    }
    let [x, encoding, errors] =
        kwargs(vm, rest(a), kw, "str", &["object", "encoding", "errors"], 0)?;
    let enc = opt_text_arg(vm, &encoding, "str", "encoding")?;
    let err = opt_text_arg(vm, &errors, "str", "errors")?;
    if x.is_null() {
        return Ok(vm.intern(""));
    }
    if enc.is_none() && err.is_none() {
        return vm.str(&x);
    }
    if x.as_str().is_some() {
        return Err(vm.type_error("decoding str is not supported"));
    }
    if !matches!(x.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_))) {
        return Err(vm.type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            vm.type_name(&x)
        )));
    }
    decode_value(vm, &x, enc.as_deref(), err.as_deref())
}
