//! `range` objects: length, indexing, membership, iteration.

use crate::object::{IterState, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::Cell;

pub fn init(_vm: &mut Vm) {}

fn parts(v: &Value) -> Option<(i64, i64, i64)> {
    match v.payload() {
        Some(Payload::Range {
            start: Value::Int(a),
            stop: Value::Int(b),
            step: Value::Int(c),
        }) => Some((*a, *b, *c)),
        _ => None,
    }
}

/// `len(range)`.
pub fn range_len(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let Some((a, b, s)) = parts(v) else {
        return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
    };
    let (a, b, s) = (a as i128, b as i128, s as i128);
    let n = if s > 0 && a < b {
        (b - a - 1) / s + 1
    } else if s < 0 && a > b {
        (a - b - 1) / (-s) + 1
    } else {
        0
    };
    i64::try_from(n).map_err(|_| vm.overflow_error("Python int too large to convert to C ssize_t"))
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
    let Some((a, b, s)) = parts(v) else {
        return Err(vm.overflow_error("Python int too large to convert to C long"));
    };
    Ok(Value::obj(Payload::Iter(IterState::Range {
        next: Cell::new(a),
        stop: b,
        step: s,
    })))
}

pub fn range_getitem(vm: &mut Vm, r: &Value, k: &Value) -> PyResult<Value> {
    let (a, _, s) = parts(r).unwrap_or((0, 0, 1));
    let n = range_len(vm, r)?;
    if matches!(k.payload(), Some(Payload::Slice { .. })) {
        let (x, y, z) = super::slice_indices(vm, k, n as usize)?;
        let start = a + x * s;
        let stop = a + y * s;
        return Ok(Value::obj(Payload::Range {
            start: Value::Int(start),
            stop: Value::Int(stop),
            step: Value::Int(s * z),
        }));
    }
    let i = match vm.index(k) {
        Ok(Value::Int(i)) => i,
        _ => {
            return Err(vm.type_error(format!(
                "range indices must be integers or slices, not {}",
                vm.type_name(k)
            )))
        }
    };
    match super::norm_index(i, n as usize) {
        Some(j) => Ok(Value::Int(a + j as i64 * s)),
        None => Err(vm.index_error("range object index out of range")),
    }
}

pub fn range_contains(vm: &mut Vm, r: &Value, x: &Value) -> PyResult<bool> {
    let Some((a, b, s)) = parts(r) else {
        return Ok(false);
    };
    let xi = match x {
        Value::Int(i) => *i,
        Value::Bool(t) => *t as i64,
        _ => {
            let it = vm.iter(r)?;
            while let Some(v) = vm.next(&it)? {
                if vm.eq(&v, x)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
    };
    let inside = if s > 0 {
        a <= xi && xi < b
    } else {
        b < xi && xi <= a
    };
    Ok(inside && (xi - a) % s == 0)
}
