//! What CPython's `site` adds to the builtins: `exit`/`quit`, `copyright`, `credits`,
//! `license` and `help`, as instances of `_sitebuiltins` classes.

use crate::dict::Dict;
use crate::object::{BaseKind, Instance, NativeFn, ObjRef, Object, Payload};
use crate::types::{new_type, type_data};
use crate::value::Value;
use crate::{PyResult, Vm};

const COPYRIGHT: &str = "Copyright (c) 2001-2023 Python Software Foundation.
All Rights Reserved.

Copyright (c) 2000 BeOpen.com.
All Rights Reserved.

Copyright (c) 1995-2001 Corporation for National Research Initiatives.
All Rights Reserved.

Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.
All Rights Reserved.";

const CREDITS: &str =
    "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
    for supporting Python development.  See www.python.org for more information.";

const LICENSE: &str = "Type license() to see the full license text";

const HELP: &str = "Type help() for interactive help, or help(object) for help about object.";

pub fn init(vm: &mut Vm) {
    let quitter = site_class(
        vm,
        "Quitter",
        &[("__repr__", quitter_repr), ("__call__", quitter_call)],
    );
    let printer = site_class(
        vm,
        "_Printer",
        &[("__repr__", printer_repr), ("__call__", printer_call)],
    );
    let helper = site_class(
        vm,
        "_Helper",
        &[("__repr__", helper_repr), ("__call__", helper_call)],
    );
    let b = vm.builtins.clone();
    let Payload::Dict(d) = &b.payload else { return };
    for name in ["quit", "exit"] {
        let text = vm.new_str(name);
        let o = instance(vm, &quitter, &[("name", text)]);
        d.set_str(vm.intern(name), o);
    }
    for (name, text) in [
        ("copyright", COPYRIGHT),
        ("credits", CREDITS),
        ("license", LICENSE),
    ] {
        let text = vm.new_str(text);
        let o = instance(vm, &printer, &[("text", text)]);
        d.set_str(vm.intern(name), o);
    }
    let o = instance(vm, &helper, &[]);
    d.set_str(vm.intern("help"), o);
}

fn site_class(vm: &mut Vm, name: &str, methods: &[(&'static str, NativeFn)]) -> ObjRef {
    let t = new_type(
        name,
        vec![vm.types.object.clone()],
        BaseKind::Instance,
        true,
    );
    *type_data(&t).module.borrow_mut() = vm.intern("_sitebuiltins");
    vm.add_methods(&t, methods);
    t
}

fn instance(vm: &Vm, cls: &ObjRef, attrs: &[(&str, Value)]) -> Value {
    let dict = Dict::new();
    for (k, v) in attrs {
        dict.set_str(vm.intern(k), v.clone());
    }
    Value::obj(Payload::Instance(Instance::new(
        cls.clone(),
        crate::object::ObjRef::new(Object::new(Payload::Dict(dict))),
    )))
}

/// An attribute stored in a site object's dict.
fn attr(vm: &Vm, args: &[Value], name: &str) -> Value {
    match args.first().and_then(|a| a.payload()) {
        Some(Payload::Instance(i)) => match &i.dict.payload {
            Payload::Dict(d) => d.get_str(&vm.intern(name)).unwrap_or(Value::None),
            _ => Value::None,
        },
        _ => Value::None,
    }
}

fn quitter_repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let name = attr(vm, args, "name");
    let name = name.as_str().unwrap_or("exit").to_string();
    Ok(vm.new_str(format!("Use {name}() or Ctrl-D (i.e. EOF) to exit")))
}

/// `exit(code=None)`: raises SystemExit.
fn quitter_call(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [code] = crate::native::Args::new("__call__", args.get(1..).unwrap_or(&[]), kw).parse(
        vm,
        &["code"],
        0,
    )?;
    let code = if code.is_null() { Value::None } else { code };
    let items = if code.is_none() {
        vec![]
    } else {
        vec![code.clone()]
    };
    let e = vm.new_exception(&vm.exc.system_exit.clone(), items);
    vm.set_exc_attr(&e, "code", code);
    Err(e)
}

fn printer_repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(attr(vm, args, "text"))
}

fn printer_call(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let text = attr(vm, args, "text");
    let line = format!("{}\n", text.as_str().unwrap_or(""));
    let out = vm.sys_attr("stdout");
    crate::file::write_to(vm, &out, &line)?;
    Ok(Value::None)
}

fn helper_repr(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_str(HELP))
}

/// `help(obj)`: the object's docstring (no interactive help).
fn helper_call(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let text = match args.get(1) {
        None => HELP.to_string(),
        Some(o) => {
            let doc = vm.intern("__doc__");
            match vm.getattr_opt(o, &doc)? {
                Some(d) if d.as_str().is_some() => d.as_str().unwrap_or("").to_string(),
                _ => vm.repr_str(o)?,
            }
        }
    };
    let out = vm.sys_attr("stdout");
    crate::file::write_to(vm, &out, &format!("{text}\n"))?;
    Ok(Value::None)
}
