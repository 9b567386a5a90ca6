//! `bytes` and `bytearray`: constructors, items, membership and the methods' registration.

mod methods;
mod mutate;

use super::str::{kwargs, opt_text_arg, rest};
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;

pub fn init(vm: &mut Vm) {
    for (t, new) in [
        (vm.types.bytes.clone(), bytes_new as crate::object::NativeFn),
        (vm.types.bytearray.clone(), bytearray_new),
    ] {
        vm.add_staticmethods(&t, &[("__new__", new), ("maketrans", methods::maketrans)]);
        vm.add_classmethods(&t, &[("fromhex", methods::fromhex)]);
        vm.add_methods(&t, methods::METHODS);
        vm.add_methods(&t, methods::DUNDERS);
    }
    let t = vm.types.bytes.clone();
    vm.add_methods(&t, &[("__hash__", methods::dunder_hash)]);
    let t = vm.types.bytearray.clone();
    vm.add_methods(&t, mutate::METHODS);
    vm.set_type_attr(&t, "__hash__", Value::None);
}

/// The contents of a bytes or bytearray value.
pub(crate) fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        Some(Payload::ByteArray(b)) => Some(b.borrow().clone()),
        Some(Payload::MemoryView(m)) => m.to_vec(),
        _ => None,
    }
}

fn data(v: &Value) -> Vec<u8> {
    bytes_like(v).unwrap_or_default()
}

/// `f` of the bytes of a bytes or bytearray object, borrowed (other buffers are copied).
fn with_data<R>(v: &Value, f: impl FnOnce(&[u8]) -> R) -> R {
    match v.payload() {
        Some(Payload::Bytes(b)) => f(b),
        Some(Payload::ByteArray(b)) => f(&b.borrow()),
        _ => f(&data(v)),
    }
}

fn is_bytearray(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::ByteArray(_)))
}

/// A new object of the same kind as `like` (bytes or bytearray).
pub(crate) fn same_kind(like: &Value, v: Vec<u8>) -> Value {
    if is_bytearray(like) {
        Value::obj(Payload::ByteArray(RefCell::new(v)))
    } else {
        Value::obj(Payload::Bytes(v.into_boxed_slice()))
    }
}

pub(crate) fn new_bytes(v: Vec<u8>) -> Value {
    Value::obj(Payload::Bytes(v.into_boxed_slice()))
}

fn type_word(v: &Value) -> &'static str {
    if is_bytearray(v) {
        "bytearray"
    } else {
        "bytes"
    }
}

pub fn bytes_getitem(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<Value> {
    // The index first (its `__index__` may run Python code), then the bytes, borrowed.
    if matches!(k.payload(), Some(Payload::Slice(_))) {
        let (a, b, s) = super::slice_indices(vm, k, with_data(c, <[u8]>::len))?;
        let v: Vec<u8> = with_data(c, |d| {
            if s == 1 {
                let end = (b.max(a) as usize).min(d.len());
                d.get(a as usize..end).unwrap_or_default().to_vec()
            } else {
                super::slice_positions(a, b, s)
                    .into_iter()
                    .filter_map(|i| d.get(i).copied())
                    .collect()
            }
        });
        return Ok(same_kind(c, v));
    }
    let i = item_index(vm, c, k)?;
    let byte = with_data(c, |d| super::norm_index(i, d.len()).map(|j| d[j]));
    match byte {
        Some(b) => Ok(Value::Int(b as i64)),
        None => Err(vm.index_error(if is_bytearray(c) {
            "bytearray index out of range"
        } else {
            "index out of range"
        })),
    }
}

fn item_index(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<i64> {
    let what = if is_bytearray(c) { "bytearray" } else { "byte" };
    super::seq_index(vm, k, what)
}

/// A byte value given as an int (`byte must be in range(0, 256)`).
pub(crate) fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let x = match vm.index(v)? {
        Value::Int(i) => i,
        _ => -1,
    };
    u8::try_from(x).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

/// The bytes of an iterable of ints (`bytes(iterable)`, `bytearray.extend`).
fn bytes_from_iterable(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<Vec<u8>> {
    let items = vm.collect(v)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let i = match vm.index(&it)? {
            Value::Int(i) => i,
            _ => -1,
        };
        match u8::try_from(i) {
            Ok(b) => out.push(b),
            Err(_) => return Err(vm.value_error(msg)),
        }
    }
    Ok(out)
}

pub fn bytearray_setitem(vm: &mut Vm, c: &Value, k: &Value, v: &Value) -> PyResult<()> {
    let Some(Payload::ByteArray(b)) = c.payload() else {
        return Ok(());
    };
    if matches!(k.payload(), Some(Payload::Slice(_))) {
        let new = match bytes_like(v) {
            Some(x) => x,
            None => {
                if matches!(v, Value::Int(_) | Value::Bool(_)) || v.as_str().is_some() {
                    return Err(vm.type_error(
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                    ));
                }
                bytes_from_iterable(vm, v, "byte must be in range(0, 256)")?
            }
        };
        let len = b.borrow().len();
        let (start, stop, step) = super::slice_indices(vm, k, len)?;
        if step == 1 {
            let stop = stop.max(start);
            super::memoryview::check_resize(vm, b, len + new.len() - (stop - start) as usize)?;
            b.borrow_mut().splice(start as usize..stop as usize, new);
            return Ok(());
        }
        let pos = super::slice_positions(start, stop, step);
        if pos.len() != new.len() {
            return Err(vm.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new.len(),
                pos.len()
            )));
        }
        let mut bb = b.borrow_mut();
        for (p, x) in pos.into_iter().zip(new) {
            bb[p] = x;
        }
        return Ok(());
    }
    let i = item_index(vm, c, k)?;
    let x = byte_value(vm, v)?;
    let len = b.borrow().len();
    match super::norm_index(i, len) {
        Some(j) => {
            b.borrow_mut()[j] = x;
            Ok(())
        }
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

/// `del ba[k]`.
pub fn bytearray_delitem(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<()> {
    let Some(Payload::ByteArray(b)) = c.payload() else {
        return Ok(());
    };
    let len = b.borrow().len();
    if matches!(k.payload(), Some(Payload::Slice(_))) {
        let (a, e, s) = super::slice_indices(vm, k, len)?;
        let mut pos = super::slice_positions(a, e, s);
        pos.sort_unstable();
        super::memoryview::check_resize(vm, b, len - pos.len())?;
        let mut bb = b.borrow_mut();
        for p in pos.into_iter().rev() {
            bb.remove(p);
        }
        return Ok(());
    }
    let i = item_index(vm, c, k)?;
    match super::norm_index(i, len) {
        Some(j) => {
            super::memoryview::check_resize(vm, b, len - 1)?;
            b.borrow_mut().remove(j);
            Ok(())
        }
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

pub fn bytes_contains(vm: &mut Vm, c: &Value, x: &Value) -> PyResult<bool> {
    let d = data(c);
    if let Some(sub) = bytes_like(x) {
        if sub.is_empty() {
            return Ok(true);
        }
        return Ok(d.windows(sub.len()).any(|w| w == sub.as_slice()));
    }
    match vm.index(x) {
        Ok(_) => {
            let b = byte_value(vm, x)?;
            Ok(d.contains(&b))
        }
        Err(_) => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(x)
        ))),
    }
}

/// The contents `bytes(source, encoding, errors)` and `bytearray(...)` start with.
fn initial(vm: &mut Vm, a: &[Value], kw: &[Value], name: &str) -> PyResult<Vec<u8>> {
    let [x, encoding, errors] = kwargs(vm, a, kw, name, &["source", "encoding", "errors"], 0)?;
    let enc = opt_text_arg(vm, &encoding, name, "encoding")?;
    let err = opt_text_arg(vm, &errors, name, "errors")?;
    if let Some(s) = x.as_pystr() {
        if enc.is_none() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        return super::str::encode_str(vm, s, &x, enc.as_deref(), err.as_deref());
    }
    if enc.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if err.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if x.is_null() {
        return Ok(Vec::new());
    }
    if let Some(b) = bytes_like(&x) {
        return Ok(b);
    }
    if name == "bytes" && matches!(x.payload(), Some(Payload::Instance(_))) {
        if let Some(r) = vm.call_special(&x, "__bytes__", &[])? {
            return match r.payload() {
                Some(Payload::Bytes(b)) => Ok(b.to_vec()),
                _ => Err(vm.type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    vm.type_name(&r)
                ))),
            };
        }
    }
    let is_int = match &x {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(_) => true,
            Payload::Instance(_) => vm
                .lookup_in_type_str(&vm.type_of(&x), "__index__")
                .is_some(),
            _ => false,
        },
        _ => false,
    };
    if is_int {
        let n = match vm.index(&x)? {
            Value::Int(n) => n,
            _ => return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        };
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        if n > (1 << 34) {
            return Err(vm.new_error(&vm.exc.memory_error.clone(), ""));
        }
        return Ok(vec![0; n as usize]);
    }
    if vm.iter(&x).is_err() {
        return Err(vm.type_error(format!(
            "cannot convert '{}' object to {name}",
            vm.type_name(&x)
        )));
    }
    let msg = if name == "bytes" {
        "bytes must be in range(0, 256)"
    } else {
        "byte must be in range(0, 256)"
    };
    bytes_from_iterable(vm, &x, msg)
}

fn check_cls(vm: &Vm, a: &[Value], name: &str) -> PyResult<()> {
    match a.first() {
        Some(c) if !matches!(c.payload(), Some(Payload::Type(_))) => Err(vm.type_error(format!(
            "{name}.__new__(X): X is not a type object ({})",
            vm.type_name(c)
        ))),
        _ => Ok(()),
    }
}

fn bytes_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_cls(vm, a, "bytes")?;
    // `bytes(x)`: what `x.__bytes__()` returns, as it is (a bytes subclass's instance too),
    // as CPython does when the class is bytes itself.
    if let ([Value::Obj(cls), x @ Value::Obj(xo)], true) = (a, kw.is_empty()) {
        if crate::object::ObjRef::ptr_eq(cls, &vm.types.bytes)
            && matches!(xo.payload, Payload::Instance(_))
        {
            if let Some(r) = vm.call_special(x, "__bytes__", &[])? {
                return match r.payload() {
                    Some(Payload::Bytes(_)) => Ok(r),
                    _ => Err(vm.type_error(format!(
                        "__bytes__ returned non-bytes (type {})",
                        vm.type_name(&r)
                    ))),
                };
            }
        }
    }
    let v = initial(vm, rest(a), kw, "bytes")?;
    Ok(new_bytes(v))
}

fn bytearray_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_cls(vm, a, "bytearray")?;
    let v = initial(vm, rest(a), kw, "bytearray")?;
    Ok(Value::obj(Payload::ByteArray(RefCell::new(v))))
}
