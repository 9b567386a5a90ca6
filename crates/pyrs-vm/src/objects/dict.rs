//! `dict` methods.

use crate::native::Args;
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.dict.clone();
    vm.add_methods(
        &t,
        &[
            ("get", get),
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("pop", pop),
            ("setdefault", setdefault),
            ("update", update),
            ("copy", copy),
            ("clear", clear),
            ("popitem", popitem),
        ],
    );
}

fn dict_arg(vm: &Vm, args: &[Value]) -> PyResult<crate::object::ObjRef> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Dict(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'dict' object")),
    }
}

fn get(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [k, default] = Args::new("get", &args[1..], kw).positional_only(vm, 1)?;
    let d = dict_arg(vm, args)?;
    let Payload::Dict(dd) = &d.payload else {
        return Ok(Value::None);
    };
    Ok(vm.dict_get(dd, &k)?.unwrap_or(if default.is_null() {
        Value::None
    } else {
        default
    }))
}

fn view(vm: &mut Vm, args: &[Value], what: u8) -> PyResult<Value> {
    let d = dict_arg(vm, args)?;
    Ok(Value::obj(Payload::DictView { dict: d, what }))
}

fn keys(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    view(vm, args, 0)
}

fn values(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    view(vm, args, 1)
}

fn items(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    view(vm, args, 2)
}

fn pop(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [k, default] = Args::new("pop", &args[1..], kw).positional_only(vm, 1)?;
    let d = dict_arg(vm, args)?;
    let Payload::Dict(dd) = &d.payload else {
        return Ok(Value::None);
    };
    match vm.dict_del(dd, &k)? {
        Some(v) => Ok(v),
        None if !default.is_null() => Ok(default),
        None => Err(vm.key_error(k)),
    }
}

fn setdefault(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [k, default] = Args::new("setdefault", &args[1..], kw).positional_only(vm, 1)?;
    let d = dict_arg(vm, args)?;
    let Payload::Dict(dd) = &d.payload else {
        return Ok(Value::None);
    };
    if let Some(v) = vm.dict_get(dd, &k)? {
        return Ok(v);
    }
    let v = if default.is_null() {
        Value::None
    } else {
        default
    };
    vm.dict_set(dd, k, v.clone())?;
    Ok(v)
}

fn update(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new("update", &args[1..], kw);
    let pos = a.positional().to_vec();
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    let d = args[0].clone();
    if let Some(m) = pos.first() {
        if matches!(m.payload(), Some(Payload::Dict(_)))
            || vm.getattr_opt(m, &vm.intern("keys"))?.is_some()
        {
            vm.dict_update_op(&d, m, None)?;
        } else {
            let Some(Payload::Dict(dd)) = d.payload() else {
                return Ok(Value::None);
            };
            let items = vm.collect(m)?;
            for (i, it) in items.iter().enumerate() {
                let pair = vm.collect(it).map_err(|_| {
                    vm.type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    ))
                })?;
                if pair.len() != 2 {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    )));
                }
                vm.dict_set(dd, pair[0].clone(), pair[1].clone())?;
            }
        }
    }
    let kwvals = &args[1 + pos.len()..];
    if let Some(Payload::Dict(dd)) = d.payload() {
        for (k, v) in kw.iter().zip(kwvals) {
            vm.dict_set(dd, k.clone(), v.clone())?;
        }
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = dict_arg(vm, args)?;
    let out = crate::dict::Dict::new();
    if let Payload::Dict(dd) = &d.payload {
        for (h, k, v) in dd.raw_items() {
            out.insert_unique(h, k, v);
        }
    }
    Ok(Value::obj(Payload::Dict(out)))
}

fn clear(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = dict_arg(vm, args)?;
    if let Payload::Dict(dd) = &d.payload {
        dd.clear();
    }
    Ok(Value::None)
}

fn popitem(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = dict_arg(vm, args)?;
    let Payload::Dict(dd) = &d.payload else {
        return Ok(Value::None);
    };
    match dd.popitem() {
        Some((k, v)) => Ok(vm.new_tuple(vec![k, v])),
        None => Err(vm.new_error(&vm.exc.key_error.clone(), "popitem(): dictionary is empty")),
    }
}
