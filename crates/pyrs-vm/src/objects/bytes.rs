//! `bytes` and `bytearray`: items, membership.

use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.bytes.clone();
    vm.add_staticmethods(&t, &[("__new__", bytes_new)]);
}
fn rest(a: &[Value]) -> &[Value] {
    &a[1.min(a.len())..]
}

fn data(v: &Value) -> Vec<u8> {
    match v.payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::ByteArray(b)) => b.borrow().clone(),
        _ => Vec::new(),
    }
}

pub fn bytes_getitem(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<Value> {
    let d = data(c);
    if matches!(k.payload(), Some(Payload::Slice { .. })) {
        let (a, b, s) = super::slice_indices(vm, k, d.len())?;
        let v: Vec<u8> = super::slice_positions(a, b, s)
            .into_iter()
            .map(|i| d[i])
            .collect();
        return Ok(match c.payload() {
            Some(Payload::ByteArray(_)) => {
                Value::obj(Payload::ByteArray(std::cell::RefCell::new(v)))
            }
            _ => Value::obj(Payload::Bytes(v.into_boxed_slice())),
        });
    }
    let i = vm.index_i64(k)?;
    match super::norm_index(i, d.len()) {
        Some(j) => Ok(Value::Int(d[j] as i64)),
        None => Err(vm.index_error(match c.payload() {
            Some(Payload::ByteArray(_)) => "bytearray index out of range",
            _ => "index out of range",
        })),
    }
}

pub fn bytearray_setitem(vm: &mut Vm, c: &Value, k: &Value, v: &Value) -> PyResult<()> {
    let Some(Payload::ByteArray(b)) = c.payload() else {
        return Ok(());
    };
    let i = vm.index_i64(k)?;
    let x = vm.index_i64(v)?;
    if !(0..256).contains(&x) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    let len = b.borrow().len();
    match super::norm_index(i, len) {
        Some(j) => {
            b.borrow_mut()[j] = x as u8;
            Ok(())
        }
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

pub fn bytes_contains(vm: &mut Vm, c: &Value, x: &Value) -> PyResult<bool> {
    let d = data(c);
    match x {
        Value::Int(i) => {
            if !(0..256).contains(i) {
                return Err(vm.value_error("byte must be in range(0, 256)"));
            }
            Ok(d.contains(&(*i as u8)))
        }
        _ => {
            let sub = data(x);
            if sub.is_empty() {
                return Ok(true);
            }
            Ok(d.windows(sub.len()).any(|w| w == sub.as_slice()))
        }
    }
}

fn bytes_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x, _enc, _err] = crate::builtins::args("bytes", rest(a), kw).parse(
        vm,
        &["source", "encoding", "errors"],
        0,
    )?;
    let data: Vec<u8> = match &x {
        Value::Null => Vec::new(),
        Value::Int(n) => vec![0; (*n).max(0) as usize],
        _ => {
            if let Some(s) = x.as_str() {
                s.as_bytes().to_vec()
            } else {
                let items = vm.collect(&x)?;
                let mut out = Vec::new();
                for it in items {
                    let i = vm.index_i64(&it)?;
                    if !(0..256).contains(&i) {
                        return Err(vm.value_error("bytes must be in range(0, 256)"));
                    }
                    out.push(i as u8);
                }
                out
            }
        }
    };
    Ok(Value::obj(Payload::Bytes(data.into_boxed_slice())))
}
