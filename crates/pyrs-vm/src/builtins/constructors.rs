//! The builtin types' constructors (`int(...)`, `str(...)`, `list(...)`, ...).

use super::args;
use crate::object::{IterState, NativeFn, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::{Cell, RefCell};

pub fn init(vm: &mut Vm) {
    let news: &[(fn(&Vm) -> crate::object::ObjRef, NativeFn)] = &[
        (|vm| vm.types.int.clone(), int_new),
        (|vm| vm.types.bool_.clone(), bool_new),
        (|vm| vm.types.float.clone(), float_new),
        (|vm| vm.types.str_.clone(), str_new),
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
        (|vm| vm.types.bytes.clone(), bytes_new),
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

fn int_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x, base] = args("int", rest(a), kw).parse(vm, &["x", "base"], 0)?;
    if x.is_null() {
        return Ok(Value::Int(0));
    }
    if let Some(s) = x.as_str() {
        let b = if base.is_null() {
            10
        } else {
            vm.index_i64(&base)?
        };
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let t = s.trim().replace('_', "");
        let (neg, digits) = match t.strip_prefix('-') {
            Some(d) => (true, d.to_string()),
            None => (false, t.trim_start_matches('+').to_string()),
        };
        let (radix, digits) = match (b, digits.get(..2).map(|p| p.to_ascii_lowercase())) {
            (16 | 0, Some(p)) if p == "0x" => (16, digits[2..].to_string()),
            (8 | 0, Some(p)) if p == "0o" => (8, digits[2..].to_string()),
            (2 | 0, Some(p)) if p == "0b" => (2, digits[2..].to_string()),
            (0, _) => (10, digits),
            (b, _) => (b as u32, digits),
        };
        let parsed = if digits.is_empty()
            || s.contains("__")
            || s.trim().ends_with('_')
            || s.trim().starts_with('_')
        {
            None
        } else {
            num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix)
        };
        return match parsed {
            Some(v) => Ok(vm.new_bigint(if neg { -v } else { v })),
            None => Err(vm.value_error(format!(
                "invalid literal for int() with base {}: {}",
                b,
                pyrs_primitives::strmethods::str_repr(s)
            ))),
        };
    }
    match &x {
        Value::Int(_) => Ok(x),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            let i = crate::objects::intops::from_f64(*f).map_err(|e| vm.primitive_error(e))?;
            Ok(vm.int_value(i))
        }
        _ => match x.payload() {
            Some(Payload::BigInt(_)) => Ok(x),
            _ => {
                for m in ["__int__", "__index__", "__trunc__"] {
                    if let Some(r) = vm.call_special(&x, m, &[])? {
                        return Ok(r);
                    }
                }
                Err(vm.type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    vm.type_name(&x)
                )))
            }
        },
    }
}

fn bool_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x] = args("bool", rest(a), kw).positional_only(vm, 0)?;
    if x.is_null() {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(vm.truthy(&x)?))
}

fn float_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x] = args("float", rest(a), kw).positional_only(vm, 0)?;
    match &x {
        Value::Null => Ok(Value::Float(0.0)),
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::Bool(b) => Ok(Value::Float(*b as i64 as f64)),
        Value::Float(_) => Ok(x),
        _ => {
            if let Some(s) = x.as_str() {
                let t = s.trim().to_ascii_lowercase().replace('_', "");
                let v = match t.as_str() {
                    "inf" | "+inf" | "infinity" | "+infinity" => Some(f64::INFINITY),
                    "-inf" | "-infinity" => Some(f64::NEG_INFINITY),
                    "nan" | "+nan" | "-nan" => Some(f64::NAN),
                    _ => t
                        .parse::<f64>()
                        .ok()
                        .filter(|_| !t.contains("inf") && !t.contains("nan")),
                };
                return v.map(Value::Float).ok_or_else(|| {
                    vm.value_error(format!(
                        "could not convert string to float: {}",
                        pyrs_primitives::strmethods::str_repr(s)
                    ))
                });
            }
            if let Some(Payload::BigInt(b)) = x.payload() {
                let i = crate::objects::intops::Int::Big(b.clone());
                return crate::objects::intops::to_f64(&i)
                    .map(Value::Float)
                    .map_err(|e| vm.primitive_error(e));
            }
            for m in ["__float__", "__index__"] {
                if let Some(r) = vm.call_special(&x, m, &[])? {
                    return match r {
                        Value::Int(i) => Ok(Value::Float(i as f64)),
                        other => Ok(other),
                    };
                }
            }
            Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                vm.type_name(&x)
            )))
        }
    }
}

fn str_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x, encoding, _errors] =
        args("str", rest(a), kw).parse(vm, &["object", "encoding", "errors"], 0)?;
    if x.is_null() {
        return Ok(vm.intern(""));
    }
    if !encoding.is_null() {
        if let Some(Payload::Bytes(b)) = x.payload() {
            return Ok(vm.new_str(String::from_utf8_lossy(b).into_owned()));
        }
    }
    vm.str(&x)
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
    if let Some(Payload::Tuple(_)) = x.payload() {
        return Ok(x);
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
    Ok(Value::obj(Payload::Set(RefCell::new(data))))
}

fn frozenset_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x] = args("frozenset", rest(a), kw).positional_only(vm, 0)?;
    let data = if x.is_null() {
        Default::default()
    } else {
        vm.set_from_iter(&x)?
    };
    Ok(Value::obj(Payload::FrozenSet(data)))
}

fn range_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let r = rest(a);
    let ints: Vec<Value> = r.iter().map(|v| vm.index(v)).collect::<PyResult<_>>()?;
    let (start, stop, step) = match ints.len() {
        1 => (Value::Int(0), ints[0].clone(), Value::Int(1)),
        2 => (ints[0].clone(), ints[1].clone(), Value::Int(1)),
        3 => (ints[0].clone(), ints[1].clone(), ints[2].clone()),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if matches!(step, Value::Int(0)) {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::obj(Payload::Range { start, stop, step }))
}

fn slice_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x, y, z] = args("slice", rest(a), kw).positional_only(vm, 1)?;
    let n = |v: Value| if v.is_null() { Value::None } else { v };
    Ok(if y.is_null() {
        Value::obj(Payload::Slice {
            start: Value::None,
            stop: x,
            step: Value::None,
        })
    } else {
        Value::obj(Payload::Slice {
            start: x,
            stop: y,
            step: n(z),
        })
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
    for (i, x) in a[1..n].iter().enumerate() {
        match vm.iter(x) {
            Ok(it) => its.push(it),
            Err(_) => {
                return Err(vm.type_error(format!("zip argument #{} must support iteration", i + 1)))
            }
        }
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
    if let Some(r) = vm.call_special(&x, "__reversed__", &[])? {
        return Ok(r);
    }
    let seqlike = matches!(
        x.payload(),
        Some(
            Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Str(_)
                | Payload::Range { .. }
                | Payload::Bytes(_)
        )
    ) || vm
        .lookup_in_type_str(&vm.type_of(&x), "__getitem__")
        .is_some();
    if !seqlike {
        return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(&x))));
    }
    let n = vm.len(&x)? as isize;
    Ok(super::iter_value(IterState::Reversed {
        seq: x,
        index: Cell::new(n - 1),
    }))
}

fn staticmethod_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [f] = args("staticmethod", rest(a), kw).positional_only(vm, 1)?;
    Ok(Value::obj(Payload::StaticMethod(RefCell::new(f))))
}

fn classmethod_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [f] = args("classmethod", rest(a), kw).positional_only(vm, 1)?;
    Ok(Value::obj(Payload::ClassMethod(RefCell::new(f))))
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
    Ok(Value::obj(Payload::Property {
        fget: n(fget),
        fset: n(fset),
        fdel: n(fdel),
        doc,
    }))
}

fn property_with(vm: &mut Vm, a: &[Value], which: usize) -> PyResult<Value> {
    let (Some(p), Some(f)) = (a.first(), a.get(1)) else {
        return Err(vm.type_error("property method needs a function"));
    };
    let Some(Payload::Property {
        fget,
        fset,
        fdel,
        doc,
    }) = p.payload()
    else {
        return Err(vm.type_error("not a property"));
    };
    let mut parts = [fget.clone(), fset.clone(), fdel.clone()];
    parts[which] = f.clone();
    let [g, s, d] = parts;
    Ok(Value::obj(Payload::Property {
        fget: g,
        fset: s,
        fdel: d,
        doc: doc.clone(),
    }))
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
    Ok(Value::obj(Payload::Super { cls: c, this: obj }))
}

fn bytes_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x, _enc, _err] =
        args("bytes", rest(a), kw).parse(vm, &["source", "encoding", "errors"], 0)?;
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
