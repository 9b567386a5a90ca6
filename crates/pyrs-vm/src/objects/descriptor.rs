//! The descriptor methods of `property`, `classmethod` and `staticmethod` (`__get__`, `__set__`, `__delete__`, `__set_name__`).

use crate::native::Args;
use crate::object::{Payload, PropertyData};
use crate::value::Value;
use crate::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.property.clone();
    vm.add_methods(
        &t,
        &[
            ("__get__", property_get),
            ("__set__", property_set),
            ("__delete__", property_delete),
            ("__set_name__", property_set_name),
        ],
    );
    let t = vm.types.classmethod.clone();
    vm.add_methods(&t, &[("__get__", classmethod_get)]);
    let t = vm.types.staticmethod.clone();
    vm.add_methods(&t, &[("__get__", staticmethod_get)]);
}

/// `self` of a descriptor method, with CPython's message for another object.
fn this<'a>(vm: &Vm, a: &'a [Value], kind: &str, name: &str) -> PyResult<&'a Value> {
    let v = a.first().unwrap_or(&Value::Null);
    let ok = matches!(
        (kind, v.payload()),
        ("property", Some(Payload::Property(_)))
            | ("classmethod", Some(Payload::ClassMethod(_)))
            | ("staticmethod", Some(Payload::StaticMethod(_)))
    );
    if ok {
        Ok(v)
    } else {
        Err(vm.type_error(format!(
            "descriptor '{name}' for '{kind}' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        )))
    }
}

fn property_data(v: &Value) -> &PropertyData {
    match v.payload() {
        Some(Payload::Property(p)) => p,
        _ => unreachable!("checked by `this`"),
    }
}

/// `(obj, type=None)` of a `__get__`; CPython's message when `obj` and `type` are both None.
fn get_args(vm: &Vm, a: &[Value], kw: &[Value]) -> PyResult<(Value, Value)> {
    let [obj, ty] = Args::new("__get__", a.get(1..).unwrap_or(&[]), kw).positional_only(vm, 1)?;
    let ty = if ty.is_null() { Value::None } else { ty };
    if obj.is_none() && ty.is_none() {
        return Err(vm.type_error("__get__(None, None) is invalid"));
    }
    Ok((obj, ty))
}

/// CPython's "property 'x' of 'C' object has no getter" (`what`: getter, setter, deleter);
/// the name part only once `__set_name__` has named the property.
pub(crate) fn missing_accessor(vm: &Vm, p: &PropertyData, o: &Value, what: &str) -> crate::PyErr {
    let ty = vm.type_of(o);
    let qualname = crate::types::type_data(&ty).qualname.borrow().clone();
    let msg = match p.name.borrow().as_str() {
        Some(n) => format!("property '{n}' of '{qualname}' object has no {what}"),
        None => format!("property of '{qualname}' object has no {what}"),
    };
    vm.new_error(&vm.exc.attribute_error.clone(), msg)
}

fn property_get(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = this(vm, a, "property", "__get__")?.clone();
    let (obj, _) = get_args(vm, a, kw)?;
    if obj.is_none() {
        return Ok(p);
    }
    let data = property_data(&p);
    if data.fget.is_none() {
        return Err(missing_accessor(vm, data, &obj, "getter"));
    }
    let fget = data.fget.clone();
    vm.call(&fget, &[obj], &[])
}

fn property_set(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = this(vm, a, "property", "__set__")?.clone();
    let [obj, value] = Args::new("__set__", &a[1..], kw).positional_only(vm, 2)?;
    let data = property_data(&p);
    if data.fset.is_none() {
        return Err(missing_accessor(vm, data, &obj, "setter"));
    }
    let fset = data.fset.clone();
    vm.call(&fset, &[obj, value], &[])?;
    Ok(Value::None)
}

fn property_delete(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = this(vm, a, "property", "__delete__")?.clone();
    let [obj] = Args::new("__delete__", &a[1..], kw).positional_only(vm, 1)?;
    let data = property_data(&p);
    if data.fdel.is_none() {
        return Err(missing_accessor(vm, data, &obj, "deleter"));
    }
    let fdel = data.fdel.clone();
    vm.call(&fdel, &[obj], &[])?;
    Ok(Value::None)
}

fn property_set_name(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = this(vm, a, "property", "__set_name__")?;
    let [_owner, name] = Args::new("__set_name__", &a[1..], kw).positional_only(vm, 2)?;
    *property_data(p).name.borrow_mut() = name;
    Ok(Value::None)
}

fn classmethod_get(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cm = this(vm, a, "classmethod", "__get__")?;
    let (obj, ty) = get_args(vm, a, kw)?;
    let owner = if ty.is_none() {
        Value::Obj(vm.type_of(&obj))
    } else {
        ty
    };
    let Some(Payload::ClassMethod(f)) = cm.payload() else {
        unreachable!("checked by `this`")
    };
    let f = f.borrow().clone();
    Ok(Value::obj(Payload::BoundMethod {
        func: f,
        this: owner,
    }))
}

fn staticmethod_get(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let sm = this(vm, a, "staticmethod", "__get__")?;
    get_args(vm, a, kw)?;
    let Some(Payload::StaticMethod(f)) = sm.payload() else {
        unreachable!("checked by `this`")
    };
    let f = f.borrow().clone();
    Ok(f)
}
