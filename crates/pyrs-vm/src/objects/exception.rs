//! Exception objects: construction, `str`/`repr`, and their attributes.

use crate::object::{ExceptionData, ObjRef, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.base_exception.clone();
    vm.add_staticmethods(&t, &[("__new__", exc_new)]);
    vm.add_methods(
        &t,
        &[
            ("__init__", exc_init),
            ("with_traceback", with_traceback),
            ("add_note", add_note),
        ],
    );
    let o = vm.types.object.clone();
    vm.add_staticmethods(&o, &[("__new__", object_new)]);
    vm.add_methods(&o, &[("__init__", object_init)]);
    // Mark object's __new__/__init__ so the call protocol can recognise them.
    for name in ["__new__", "__init__"] {
        if let Some(v) = vm.lookup_in_type_str(&o, name) {
            let _ = v;
        }
    }
}

fn object_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    Ok(Value::obj(Payload::Instance(crate::object::Instance {
        cls: cls.clone(),
        dict: std::rc::Rc::new(crate::object::Object::new(Payload::Dict(
            crate::dict::Dict::new(),
        ))),
    })))
}

fn object_init(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::None)
}

fn exc_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("BaseException.__new__(): not enough arguments"));
    };
    let e = vm.new_exception(cls, args[1..].to_vec());
    Ok(Value::Obj(e))
}

fn exc_init(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(Value::Obj(e)) = args.first() else {
        return Ok(Value::None);
    };
    if let Some(x) = vm.exc_data(e) {
        let n = args.len() - kw.len();
        *x.args.borrow_mut() = vm.new_tuple(args[1..n].to_vec());
        let first = args.get(1).cloned().filter(|_| n > 1);
        let cls = x.cls.clone();
        if vm.is_subtype(&cls, &vm.exc.stop_iteration.clone()) {
            vm.set_exc_attr(e, "value", first.unwrap_or(Value::None));
        } else if vm.is_subtype(&cls, &vm.exc.system_exit.clone()) {
            let code = if n == 2 {
                args[1].clone()
            } else if n > 2 {
                x.args.borrow().clone()
            } else {
                Value::None
            };
            vm.set_exc_attr(e, "code", code);
        } else if vm.is_subtype(&cls, &vm.exc.name_error.clone())
            || vm.is_subtype(&cls, &vm.exc.attribute_error.clone())
        {
            if vm.exc_attr(e, "name").is_none() {
                vm.set_exc_attr(e, "name", Value::None);
            }
        } else if vm.is_subtype(&cls, &vm.exc.os_error.clone()) {
            let items = args[1..n].to_vec();
            let (errno, strerror, filename) = if items.len() >= 2 {
                (
                    items[0].clone(),
                    items[1].clone(),
                    items.get(2).cloned().unwrap_or(Value::None),
                )
            } else {
                (Value::None, Value::None, Value::None)
            };
            vm.set_exc_attr(e, "errno", errno);
            vm.set_exc_attr(e, "strerror", strerror);
            vm.set_exc_attr(e, "filename", filename);
        }
    }
    Ok(Value::None)
}

fn with_traceback(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(e) = args.first() else {
        return Ok(Value::None);
    };
    if let (Some(Payload::Exception(x)), Some(tb)) = (e.payload(), args.get(1)) {
        if tb.is_none() {
            x.traceback.borrow_mut().clear();
        }
    }
    let _ = vm;
    Ok(e.clone())
}

fn add_note(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (Some(Value::Obj(e)), Some(note)) = (args.first(), args.get(1)) else {
        return Ok(Value::None);
    };
    if note.as_str().is_none() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(note))));
    }
    let notes = match vm.exc_attr(e, "__notes__") {
        Some(n) => n,
        None => {
            let l = vm.new_list(vec![]);
            vm.set_exc_attr(e, "__notes__", l.clone());
            l
        }
    };
    if let Some(Payload::List(l)) = notes.payload() {
        l.borrow_mut().push(note.clone());
    }
    Ok(Value::None)
}

/// `str(exc)`.
pub fn exception_str(vm: &mut Vm, o: &ObjRef, x: &ExceptionData) -> PyResult<String> {
    let args = x.args.borrow().clone();
    let items: Vec<Value> = match args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    if vm.exc_matches(o, &vm.exc.key_error.clone()) && items.len() == 1 {
        return vm.repr_str(&items[0]);
    }
    if vm.exc_matches(o, &vm.exc.os_error.clone()) && items.len() >= 2 {
        let a = vm.str_string(&items[0])?;
        let b = vm.str_string(&items[1])?;
        if let Some(f) = items.get(2) {
            return Ok(format!("[Errno {a}] {b}: {}", vm.repr_str(f)?));
        }
        return Ok(format!("[Errno {a}] {b}"));
    }
    match items.len() {
        0 => Ok(String::new()),
        1 => vm.str_string(&items[0]),
        _ => vm.repr_str(&args),
    }
}

/// `repr(exc)`.
pub fn exception_repr(vm: &mut Vm, o: &ObjRef, x: &ExceptionData) -> PyResult<String> {
    let name = crate::ops::type_name_of(&vm.type_of_obj(o));
    let args = x.args.borrow().clone();
    let items: Vec<Value> = match args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    if items.len() == 1 {
        return Ok(format!("{name}({})", vm.repr_str(&items[0])?));
    }
    Ok(format!("{name}{}", vm.repr_str(&args)?))
}

/// The attributes of exception objects.
pub fn exception_attr(
    vm: &mut Vm,
    o: &Value,
    x: &ExceptionData,
    n: &str,
) -> PyResult<Option<Value>> {
    Ok(match n {
        "args" => Some(x.args.borrow().clone()),
        "__cause__" => Some(x.cause.borrow().clone()),
        "__context__" => Some(x.context.borrow().clone()),
        "__suppress_context__" => Some(Value::Bool(x.suppress_context.get())),
        "__traceback__" => Some(vm.traceback_value(o)),
        "__dict__" => Some(Value::Obj(x.dict.clone())),
        _ => None,
    })
}
