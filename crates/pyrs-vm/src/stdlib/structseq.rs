//! Named tuples of native modules (`sys.version_info`, `sys.flags`, `os.stat_result`...):
//! instances carry their fields as attributes and behave as tuples for indexing, iteration,
//! comparison and hashing.

use crate::dict::Dict;
use crate::object::{Instance, ObjRef, Object, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use pyrs_compiler::bytecode::CmpOp;

/// Key of the tuple of items in an instance's dict (not an identifier: invisible to Python).
const ITEMS: &str = " items";
/// Key of the tuple of field names in the type's dict.
const FIELDS: &str = " fields";

/// A new struct-sequence type `module.name` with the given fields.
pub fn new_type(vm: &mut Vm, module: &str, name: &str, fields: &[&str]) -> ObjRef {
    let ty = crate::types::new_type(
        name,
        vec![vm.types.object.clone()],
        crate::object::BaseKind::Builtin,
        false,
    );
    *crate::types::type_data(&ty).module.borrow_mut() = vm.new_str(module);
    let names: Vec<Value> = fields.iter().map(|f| vm.new_str(*f)).collect();
    let names = vm.new_tuple(names);
    vm.set_type_attr(&ty, FIELDS, names);
    vm.set_type_attr(&ty, "n_fields", Value::Int(fields.len() as i64));
    vm.set_type_attr(&ty, "n_sequence_fields", Value::Int(fields.len() as i64));
    vm.set_type_attr(&ty, "n_unnamed_fields", Value::Int(0));
    vm.add_methods(
        &ty,
        &[
            ("__repr__", repr),
            ("__len__", len),
            ("__getitem__", getitem),
            ("__iter__", iter),
            ("__contains__", contains),
            ("__hash__", hash),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
            ("__add__", add),
            ("count", count),
            ("index", index),
        ],
    );
    ty
}

/// An instance of a struct-sequence type.
pub fn new(vm: &Vm, ty: &ObjRef, values: Vec<Value>) -> Value {
    let d = Dict::new();
    if let Some(Payload::Tuple(names)) = type_fields(vm, ty).as_ref().and_then(|t| t.payload()) {
        for (n, v) in names.iter().zip(&values) {
            d.set_str(n.clone(), v.clone());
        }
    }
    d.set_str(vm.intern(ITEMS), vm.new_tuple(values));
    Value::obj(Payload::Instance(Instance::new(
        ty.clone(),
        crate::object::ObjRef::new(Object::new(Payload::Dict(d))),
    )))
}

fn type_fields(vm: &Vm, ty: &ObjRef) -> Option<Value> {
    match &crate::types::type_data(ty).dict.payload {
        Payload::Dict(d) => d.get_str(&vm.intern(FIELDS)),
        _ => None,
    }
}

/// The tuple of a struct-sequence instance.
fn items(vm: &Vm, v: &Value) -> Option<Value> {
    match v.payload() {
        Some(Payload::Instance(i)) => match &i.dict.payload {
            Payload::Dict(d) => d.get_str(&vm.intern(ITEMS)),
            _ => None,
        },
        Some(Payload::Tuple(_)) => Some(v.clone()),
        _ => None,
    }
}

fn this(vm: &Vm, a: &[Value]) -> PyResult<Value> {
    a.first()
        .and_then(|v| items(vm, v))
        .ok_or_else(|| vm.type_error("descriptor requires a struct sequence"))
}

fn repr(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, a)?;
    let ty = vm.type_of(&a[0]);
    let td = crate::types::type_data(&ty);
    let mut s = String::new();
    if let Some(m) = td.module.borrow().as_str() {
        s.push_str(m);
        s.push('.');
    }
    s.push_str(&td.name.borrow());
    s.push('(');
    let names = type_fields(vm, &ty);
    if let (Some(Payload::Tuple(names)), Some(Payload::Tuple(vals))) =
        (names.as_ref().and_then(|n| n.payload()), t.payload())
    {
        for (i, (n, v)) in names.iter().zip(vals.iter()).enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(n.as_str().unwrap_or("?"));
            s.push('=');
            let r = vm.repr(v)?;
            s.push_str(r.as_str().unwrap_or(""));
        }
    }
    s.push(')');
    Ok(vm.new_str(s))
}

fn len(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, a)?;
    Ok(Value::Int(vm.len(&t)? as i64))
}

fn getitem(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, a)?;
    let k = a.get(1).cloned().unwrap_or(Value::None);
    vm.getitem(&t, &k)
}

fn iter(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, a)?;
    vm.iter(&t)
}

fn contains(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, a)?;
    let k = a.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Bool(vm.contains(&t, &k)?))
}

fn hash(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, a)?;
    Ok(Value::Int(vm.hash(&t)?))
}

fn cmp(vm: &mut Vm, a: &[Value], op: CmpOp) -> PyResult<Value> {
    let t = this(vm, a)?;
    match a.get(1).and_then(|v| items(vm, v)) {
        Some(o) => vm.compare(&t, &o, op),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn eq(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    cmp(vm, a, CmpOp::Eq)
}
fn ne(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    cmp(vm, a, CmpOp::Ne)
}
fn lt(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    cmp(vm, a, CmpOp::Lt)
}
fn le(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    cmp(vm, a, CmpOp::Le)
}
fn gt(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    cmp(vm, a, CmpOp::Gt)
}
fn ge(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    cmp(vm, a, CmpOp::Ge)
}

fn add(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, a)?;
    match a.get(1).and_then(|v| items(vm, v)) {
        Some(o) => vm.binary_op(&t, &o, pyrs_compiler::bytecode::BinOp::Add),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn count(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, a)?;
    vm.call_method(&t, "count", &a[1..])
}

fn index(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, a)?;
    vm.call_method(&t, "index", &a[1..])
}

/// A `types.SimpleNamespace`-like object holding the given attributes.
pub fn namespace(vm: &mut Vm, attrs: Vec<(&str, Value)>) -> Value {
    let ty = crate::types::new_type(
        "SimpleNamespace",
        vec![vm.types.object.clone()],
        crate::object::BaseKind::Builtin,
        false,
    );
    *crate::types::type_data(&ty).module.borrow_mut() = vm.new_str("types");
    vm.add_methods(&ty, &[("__repr__", namespace_repr)]);
    let d = Dict::new();
    for (k, v) in attrs {
        d.set_str(vm.intern(k), v);
    }
    Value::obj(Payload::Instance(Instance::new(
        ty,
        crate::object::ObjRef::new(Object::new(Payload::Dict(d))),
    )))
}

fn namespace_repr(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let items = match a.first().and_then(|v| v.payload()) {
        Some(Payload::Instance(i)) => match &i.dict.payload {
            Payload::Dict(d) => d.items(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let mut s = String::from("namespace(");
    for (i, (k, v)) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(k.as_str().unwrap_or("?"));
        s.push('=');
        s.push_str(&vm.repr_str(v)?);
    }
    s.push(')');
    Ok(vm.new_str(s))
}
