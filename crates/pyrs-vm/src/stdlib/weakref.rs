//! The `weakref` module: `ref` and the reference counts (the weak dictionaries and
//! `finalize` are still to come, see docs/gc.md).

use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};

pub fn init(vm: &mut Vm, ns: &ObjRef) -> PyResult<()> {
    if let Payload::Dict(d) = &ns.payload {
        let t = Value::Obj(vm.types.weakref.clone());
        d.set_str(vm.intern("ref"), t.clone());
        d.set_str(vm.intern("ReferenceType"), t);
    }
    vm.add_functions(
        ns,
        &[
            ("getweakrefcount", getweakrefcount),
            ("getweakrefs", getweakrefs),
        ],
    );
    Ok(())
}

fn live_refs(x: &Value) -> Vec<ObjRef> {
    match x {
        Value::Obj(o) => ObjRef::weakrefs(o)
            .into_iter()
            .filter(|r| matches!(&r.payload, Payload::WeakRef(w) if !w.cleared.get()))
            .collect(),
        _ => Vec::new(),
    }
}

fn getweakrefcount(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x] = crate::native::Args::new("_weakref.getweakrefcount", a, kw).positional_only(vm, 1)?;
    Ok(Value::Int(live_refs(&x).len() as i64))
}

/// The references, newest first (CPython's list order).
fn getweakrefs(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x] = crate::native::Args::new("_weakref.getweakrefs", a, kw).positional_only(vm, 1)?;
    let refs: Vec<Value> = live_refs(&x).into_iter().rev().map(Value::Obj).collect();
    Ok(vm.new_list(refs))
}
