//! `_pyrs`: hooks the Python modules of `lib/` use to behave like CPython's C modules.

use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};

pub fn init(vm: &mut Vm, ns: &ObjRef) -> PyResult<()> {
    vm.add_functions(ns, &[("c_named", c_named)]);
    Ok(())
}

/// `c_named(cls)`: messages name `cls` with its module (`'collections.deque' object has
/// no attribute ...`), as CPython's do for a type written in C. Returns `cls`, so it
/// can decorate a class.
fn c_named(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [cls] = crate::native::Args::new("c_named", a, kw).positional_only(vm, 1)?;
    match &cls {
        Value::Obj(c) if matches!(c.payload, Payload::Type(_)) => {
            crate::types::type_data(c).c_named.set(true);
            Ok(cls)
        }
        _ => Err(vm.type_error("c_named() argument must be a class")),
    }
}
