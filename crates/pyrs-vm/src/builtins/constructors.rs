//! The builtin types' constructors (`int(...)`, `str(...)`, `list(...)`, ...).

use super::args;
use crate::object::{IterState, NativeFn, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::{Cell, RefCell};

pub fn init(vm: &mut Vm) {
    let news: &[(fn(&Vm) -> crate::object::ObjRef, NativeFn)] = &[
        (|vm| vm.types.bool_.clone(), bool_new),
        (|vm| vm.types.list.clone(), list_new),
        (|vm| vm.types.tuple.clone(), tuple_new),
        (|vm| vm.types.dict.clone(), dict_new),
        (|vm| vm.types.set.clone(), set_new),
        (|vm| vm.types.frozenset.clone(), frozenset_new),
        (|vm| vm.types.range.clone(), range_new),
        (|vm| vm.types.slice.clone(), slice_new),
        (|vm| vm.types.enumerate.clone(), enumerate_new),
        (|vm| vm.types.zip.clone(), zip_new),
        (|vm| vm.types.map.clone(), map_new),
        (|vm| vm.types.filter.clone(), filter_new),
        (|vm| vm.types.reversed.clone(), reversed_new),
        (|vm| vm.types.staticmethod.clone(), staticmethod_new),
        (|vm| vm.types.classmethod.clone(), classmethod_new),
        (|vm| vm.types.property.clone(), property_new),
        (|vm| vm.types.super_.clone(), super_new),
        (|vm| vm.types.module.clone(), module_new),
    ];
    for (ty, f) in news {
        let t = ty(vm);
        vm.add_staticmethods(&t, &[("__new__", *f)]);
    }
    let p = vm.types.property.clone();
    vm.add_methods(
        &p,
        &[
            ("setter", property_setter),
            ("getter", property_getter),
            ("deleter", property_deleter),
        ],
    );
}

fn rest(a: &[Value]) -> &[Value] {
    &a[1.min(a.len())..]
}

fn bool_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x] = args("bool", rest(a), kw).positional_only(vm, 0)?;
    if x.is_null() {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(vm.truthy(&x)?))
}

fn list_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x] = args("list", rest(a), kw).positional_only(vm, 0)?;
    let items = if x.is_null() {
        Vec::new()
    } else {
        vm.collect(&x)?
    };
    Ok(vm.new_list(items))
}

fn tuple_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x] = args("tuple", rest(a), kw).positional_only(vm, 0)?;
    if let Value::Obj(o) = &x {
        if matches!(o.payload, Payload::Tuple(_)) && o.ext().is_none() {
            return Ok(x);
        }
    }
    let items = if x.is_null() {
        Vec::new()
    } else {
        vm.collect(&x)?
    };
    Ok(vm.new_tuple(items))
}

fn dict_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = vm.new_dict();
    let upd = vm
        .lookup_in_type_str(&vm.types.dict.clone(), "update")
        .unwrap_or(Value::None);
    let mut full = vec![d.clone()];
    full.extend_from_slice(rest(a));
    vm.call(&upd, &full, kw)?;
    Ok(d)
}

fn set_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x] = args("set", rest(a), kw).positional_only(vm, 0)?;
    let data = if x.is_null() {
        Default::default()
    } else {
        vm.set_from_iter(&x)?
    };
    Ok(Value::obj(Payload::Set(Box::new(RefCell::new(data)))))
}

fn frozenset_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x] = args("frozenset", rest(a), kw).positional_only(vm, 0)?;
    let data = if x.is_null() {
        Default::default()
    } else {
        vm.set_from_iter(&x)?
    };
    Ok(Value::obj(Payload::frozenset(data)))
}

fn range_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let r = rest(a);
    let int = |vm: &mut Vm, v: &Value| match v {
        Value::Int(_) => Ok(v.clone()),
        _ => vm.index(v),
    };
    let (start, stop, step) = match r {
        [stop] => (Value::Int(0), int(vm, stop)?, Value::Int(1)),
        [start, stop] => (int(vm, start)?, int(vm, stop)?, Value::Int(1)),
        [start, stop, step] => (int(vm, start)?, int(vm, stop)?, int(vm, step)?),
        [] => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        _ => {
            return Err(vm.type_error(format!(
                "range expected at most 3 arguments, got {}",
                r.len()
            )))
        }
    };
    if matches!(step, Value::Int(0)) {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::obj(Payload::Range(Box::new(
        crate::object::Bounds { start, stop, step },
    ))))
}

fn slice_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x, y, z] = args("slice", rest(a), kw).positional_only(vm, 1)?;
    let n = |v: Value| if v.is_null() { Value::None } else { v };
    Ok(if y.is_null() {
        Value::obj(Payload::Slice(Box::new(crate::object::Bounds {
            start: Value::None,
            stop: x,
            step: Value::None,
        })))
    } else {
        Value::obj(Payload::Slice(Box::new(crate::object::Bounds {
            start: x,
            stop: y,
            step: n(z),
        })))
    })
}

fn enumerate_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [it, start] = args("enumerate", rest(a), kw).parse(vm, &["iterable", "start"], 1)?;
    let it = vm.iter(&it)?;
    let start = if start.is_null() {
        Value::Int(0)
    } else {
        vm.index(&start)?
    };
    Ok(super::iter_value(IterState::Enumerate {
        it,
        count: RefCell::new(start),
    }))
}

fn zip_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let n = a.len() - kw.len();
    let mut strict = false;
    for (k, v) in kw.iter().zip(&a[n..]) {
        if k.as_str() == Some("strict") {
            strict = vm.truthy(v)?;
        } else {
            return Err(vm.type_error(format!(
                "zip() got an unexpected keyword argument '{}'",
                k.as_str().unwrap_or("")
            )));
        }
    }
    let mut its = Vec::new();
    for x in a[1..n].iter() {
        its.push(vm.iter(x)?);
    }
    Ok(super::iter_value(IterState::Zip {
        its: its.into_boxed_slice(),
        strict,
    }))
}

fn map_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("map() takes no keyword arguments"));
    }
    if a.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for x in &a[2..] {
        its.push(vm.iter(x)?);
    }
    Ok(super::iter_value(IterState::Map {
        func: a[1].clone(),
        its: its.into_boxed_slice(),
    }))
}

fn filter_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [f, it] = args("filter", rest(a), kw).positional_only(vm, 2)?;
    let it = vm.iter(&it)?;
    Ok(super::iter_value(IterState::Filter { func: f, it }))
}

fn reversed_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x] = args("reversed", rest(a), kw).positional_only(vm, 1)?;
    let not_reversible = |vm: &Vm, x: &Value| {
        vm.type_error(format!("'{}' object is not reversible", vm.type_name(x)))
    };
    // `__reversed__ = None` declares a type not reversible (as `collections.abc.Mapping`).
    if let Some(Value::None) = vm.lookup_in_type_str(&vm.type_of(&x), "__reversed__") {
        return Err(not_reversible(vm, &x));
    }
    if let Some(r) = vm.call_special(&x, "__reversed__", &[])? {
        return Ok(r);
    }
    let seqlike = matches!(
        x.payload(),
        Some(
            Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Str(_)
                | Payload::Range(_)
                | Payload::Bytes(_)
        )
    ) || vm
        .lookup_in_type_str(&vm.type_of(&x), "__getitem__")
        .is_some();
    if !seqlike {
        return Err(not_reversible(vm, &x));
    }
    let n = vm.len(&x)? as isize;
    Ok(super::iter_value(IterState::Reversed {
        seq: x,
        index: Cell::new(n - 1),
    }))
}

fn staticmethod_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let f = wrapped_callable(vm, "staticmethod", a, kw)?;
    Ok(Value::obj(Payload::StaticMethod(RefCell::new(f))))
}

fn classmethod_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let f = wrapped_callable(vm, "classmethod", a, kw)?;
    Ok(Value::obj(Payload::ClassMethod(RefCell::new(f))))
}

/// The one argument of `staticmethod(f)` / `classmethod(f)`, with CPython's messages.
fn wrapped_callable(vm: &Vm, name: &str, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    match rest(a) {
        [f] => Ok(f.clone()),
        pos => Err(vm.type_error(format!("{name} expected 1 argument, got {}", pos.len()))),
    }
}

fn property_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [fget, fset, fdel, doc] =
        args("property", rest(a), kw).parse(vm, &["fget", "fset", "fdel", "doc"], 0)?;
    let n = |v: Value| if v.is_null() { Value::None } else { v };
    let doc = if doc.is_null() || doc.is_none() {
        match fget.payload() {
            Some(Payload::Function(f)) => f.doc.borrow().clone(),
            _ => Value::None,
        }
    } else {
        doc
    };
    Ok(Value::obj(Payload::Property(Box::new(
        crate::object::PropertyData {
            fget: n(fget),
            fset: n(fset),
            fdel: n(fdel),
            doc,
            name: RefCell::new(Value::None),
        },
    ))))
}

fn property_with(vm: &mut Vm, a: &[Value], which: usize) -> PyResult<Value> {
    let (Some(p), Some(f)) = (a.first(), a.get(1)) else {
        return Err(vm.type_error("property method needs a function"));
    };
    let Some(Payload::Property(data)) = p.payload() else {
        return Err(vm.type_error("not a property"));
    };
    let mut parts = [data.fget.clone(), data.fset.clone(), data.fdel.clone()];
    parts[which] = f.clone();
    let [g, s, d] = parts;
    if p.as_obj().is_some_and(|o| o.ext().is_some()) {
        // A subclass's copy is made by calling the subclass (CPython's `property_copy`);
        // a getter gives its own doc again.
        let cls = vm.type_of(p);
        let doc = if g.is_none() {
            data.doc.clone()
        } else {
            Value::None
        };
        let copy = vm.call(&Value::Obj(cls), &[g, s, d, doc], &[])?;
        if let Some(Payload::Property(new)) = copy.payload() {
            *new.name.borrow_mut() = data.name.borrow().clone();
        }
        return Ok(copy);
    }
    Ok(Value::obj(Payload::Property(Box::new(
        crate::object::PropertyData {
            fget: g,
            fset: s,
            fdel: d,
            doc: data.doc.clone(),
            name: data.name.clone(),
        },
    ))))
}

fn property_getter(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    property_with(vm, a, 0)
}

fn property_setter(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    property_with(vm, a, 1)
}

fn property_deleter(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    property_with(vm, a, 2)
}

fn super_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [cls, obj] = args("super", rest(a), kw).positional_only(vm, 0)?;
    let (cls, obj) = if cls.is_null() {
        // Zero-argument form: the caller's __class__ cell and first argument.
        let Some(f) = vm.frames.last() else {
            return Err(vm.runtime_error("super(): no current frame"));
        };
        let co = &f.code.code;
        if co.argcount == 0 {
            return Err(vm.runtime_error("super(): no arguments"));
        }
        let mut first = vm.stack[f.base].clone();
        if let Some(ci) = co
            .cellvars
            .iter()
            .position(|c| Some(&**c) == co.varnames.first().map(|s| &**s))
        {
            first = crate::eval::cell_get(&vm.stack[f.base + co.varnames.len() + ci]);
        }
        let Some(fi) = co.freevars.iter().position(|n| &**n == "__class__") else {
            return Err(vm.runtime_error("super(): __class__ cell not found"));
        };
        let cell = vm.stack[f.base + co.varnames.len() + co.cellvars.len() + fi].clone();
        let c = crate::eval::cell_get(&cell);
        if c.is_null() {
            return Err(vm.runtime_error("super(): empty __class__ cell"));
        }
        (c, first)
    } else {
        (cls, obj)
    };
    let Value::Obj(c) = cls else {
        return Err(vm.type_error("super() argument 1 must be a type"));
    };
    if !matches!(c.payload, Payload::Type(_)) {
        return Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(&Value::Obj(c.clone()))
        )));
    }
    let valid = match &obj {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => vm.is_subtype(o, &c),
        _ => false,
    } || vm.is_instance(&obj, &c);
    if !valid {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(Value::obj(Payload::Super { cls: c, this: obj }))
}

/// `types.ModuleType(name, doc=None)`: an empty module (its namespace holds `__name__`,
/// `__doc__`, `__package__`, `__loader__` and `__spec__`, as CPython's).
fn module_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [name, doc] = args("module", rest(a), kw).parse(vm, &["name", "doc"], 1)?;
    let Some(n) = name.as_str() else {
        return Err(vm.type_error(format!(
            "module() argument 'name' must be str, not {}",
            vm.type_name(&name)
        )));
    };
    let m = vm.new_module(n);
    if let Some(Payload::Module(md)) = m.payload() {
        if let Payload::Dict(d) = &md.dict.payload {
            d.del_str(&vm.intern("__builtins__"));
            let doc = if doc.is_null() { Value::None } else { doc };
            d.set_str(vm.intern("__doc__"), doc);
            for k in ["__package__", "__loader__", "__spec__"] {
                d.set_str(vm.intern(k), Value::None);
            }
        }
    }
    Ok(m)
}
