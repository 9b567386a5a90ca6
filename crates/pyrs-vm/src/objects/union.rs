//! `types.UnionType`: what `int | str` makes, for `isinstance`/`issubclass` and display.

use crate::native::Args;
use crate::object::{NativeFn, Payload};
use crate::types::type_data;
use crate::value::Value;
use crate::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.union_type.clone();
    let module = vm.intern("types");
    *type_data(&t).module.borrow_mut() = module;
    let methods: [(&'static str, NativeFn); 4] = [
        ("__or__", or),
        ("__ror__", ror),
        ("__eq__", eq),
        ("__hash__", hash),
    ];
    vm.add_methods(&t, &methods);
    let ty = vm.types.type_.clone();
    vm.add_methods(&ty, &[("__or__", or), ("__ror__", ror)]);
}

/// The members of a union.
pub fn args_of(v: &Value) -> Option<&[Value]> {
    match v.payload() {
        Some(Payload::Union(a)) => Some(a),
        _ => None,
    }
}

/// The members `x` contributes to a union (None for an operand `|` does not take).
fn members(vm: &Vm, x: &Value) -> Option<Vec<Value>> {
    match x {
        Value::None => Some(vec![Value::Obj(vm.types.none_type.clone())]),
        _ => match x.payload() {
            Some(Payload::Type(_)) => Some(vec![x.clone()]),
            Some(Payload::Union(a)) => Some(a.to_vec()),
            _ => None,
        },
    }
}

/// `a | b` of types: a union, or NotImplemented.
pub fn make(vm: &mut Vm, a: &Value, b: &Value) -> Value {
    let (Some(x), Some(y)) = (members(vm, a), members(vm, b)) else {
        return vm.not_implemented.clone();
    };
    let mut out: Vec<Value> = Vec::new();
    for m in x.into_iter().chain(y) {
        if !out.iter().any(|o| o.is(&m)) {
            out.push(m);
        }
    }
    if out.len() == 1 {
        return out.pop().unwrap_or(Value::None);
    }
    Value::obj(Payload::Union(out.into_boxed_slice()))
}

/// `repr(int | None)`: `int | None`.
pub fn repr(vm: &mut Vm, args: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(args.len());
    for a in args {
        let Value::Obj(o) = a else {
            parts.push(vm.repr_str(a)?);
            continue;
        };
        if crate::object::ObjRef::ptr_eq(o, &vm.types.none_type) {
            parts.push("None".to_string());
            continue;
        }
        match &o.payload {
            Payload::Type(t) => {
                let module = t.module.borrow().clone();
                let qual = t.qualname.borrow().clone();
                parts.push(match module.as_str() {
                    Some(m) if m != "builtins" => format!("{m}.{qual}"),
                    _ => qual.to_string(),
                });
            }
            _ => parts.push(vm.repr_str(a)?),
        }
    }
    Ok(parts.join(" | "))
}

fn two(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str) -> PyResult<(Value, Value)> {
    let [a, b] = Args::new(name, args, kw).positional_only(vm, 2)?;
    Ok((a, b))
}

fn or(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (a, b) = two(vm, args, kw, "__or__")?;
    Ok(make(vm, &a, &b))
}

fn ror(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (a, b) = two(vm, args, kw, "__ror__")?;
    Ok(make(vm, &b, &a))
}

fn eq(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (a, b) = two(vm, args, kw, "__eq__")?;
    let (Some(x), Some(y)) = (args_of(&a), args_of(&b)) else {
        return Ok(vm.not_implemented.clone());
    };
    let same = x.len() == y.len() && x.iter().all(|m| y.iter().any(|n| n.is(m)));
    Ok(Value::Bool(same))
}

fn hash(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let members = args
        .first()
        .and_then(args_of)
        .map(|a| a.to_vec())
        .unwrap_or_default();
    Ok(Value::Int(hash_of(vm, &members)?))
}

/// A union's hash: order-independent, as the frozenset of the arguments CPython hashes.
pub fn hash_of(vm: &mut Vm, members: &[Value]) -> PyResult<i64> {
    let mut h: i64 = 0x345678;
    for m in members {
        h ^= vm.hash(m)?.wrapping_mul(0x5bd1e995);
    }
    Ok(if h == -1 { -2 } else { h })
}
