//! The `atexit` module: handlers kept in the module namespace, run by [`run_exitfuncs`].

use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};

/// Name of the handler list in the module namespace: a list of `(func, args, kwnames)`
/// tuples where `args` holds the positional then keyword values.
const HANDLERS: &str = "_handlers";

pub fn init(vm: &mut Vm, ns: &ObjRef) -> PyResult<()> {
    if let Payload::Dict(d) = &ns.payload {
        d.set_str(vm.intern(HANDLERS), vm.new_list(vec![]));
    }
    vm.add_functions(
        ns,
        &[
            ("register", register),
            ("unregister", unregister),
            ("_run_exitfuncs", run_exitfuncs_fn),
            ("_clear", clear),
            ("_ncallbacks", ncallbacks),
        ],
    );
    Ok(())
}

/// The handler list of the imported `atexit` module, if it was imported.
fn handlers(vm: &Vm) -> Option<Value> {
    let Payload::Dict(m) = &vm.modules.payload else {
        return None;
    };
    let module = m.get_str(&vm.intern("atexit"))?;
    let Some(Payload::Module(md)) = module.payload() else {
        return None;
    };
    let Payload::Dict(d) = &md.dict.payload else {
        return None;
    };
    d.get_str(&vm.intern(HANDLERS))
}

fn register(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = a.len() - kw.len();
    if npos == 0 {
        return Err(vm.type_error(format!(
            "register() takes at least 1 argument ({} given)",
            npos
        )));
    }
    let f = a[0].clone();
    if !vm.is_callable(&f) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let entry = vm.new_tuple(vec![
        f.clone(),
        vm.new_tuple(a[1..].to_vec()),
        vm.new_tuple(kw.to_vec()),
    ]);
    if let Some(Payload::List(l)) = handlers(vm).as_ref().and_then(|h| h.payload()) {
        l.borrow_mut().push(entry);
    }
    Ok(f)
}

fn unregister(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("atexit.unregister() takes no keyword arguments"));
    }
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "atexit.unregister() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    let Some(h) = handlers(vm) else {
        return Ok(Value::None);
    };
    let Some(Payload::List(l)) = h.payload() else {
        return Ok(Value::None);
    };
    let entries = l.borrow().clone();
    let mut keep = Vec::with_capacity(entries.len());
    for e in entries {
        let f = match e.payload() {
            Some(Payload::Tuple(t)) if !t.is_empty() => t[0].clone(),
            _ => Value::None,
        };
        if !vm.eq(&f, &a[0])? {
            keep.push(e);
        }
    }
    *l.borrow_mut() = keep;
    Ok(Value::None)
}

/// Runs the registered handlers, last registered first, and forgets them. A handler's
/// exception is reported on stderr as CPython does and the next handler still runs.
/// The exit path calls this after the main module finished (and its uncaught exception,
/// if any, was printed), before flushing the standard streams.
pub fn run_exitfuncs(vm: &mut Vm) {
    let Some(h) = handlers(vm) else {
        return;
    };
    loop {
        let entry = match h.payload() {
            Some(Payload::List(l)) => l.borrow_mut().pop(),
            _ => None,
        };
        let Some(entry) = entry else { break };
        let Some(Payload::Tuple(t)) = entry.payload() else {
            continue;
        };
        if t.len() != 3 {
            continue;
        }
        let (f, args, kwn) = (t[0].clone(), t[1].clone(), t[2].clone());
        let args: Vec<Value> = match args.payload() {
            Some(Payload::Tuple(x)) => x.to_vec(),
            _ => vec![],
        };
        let kwn: Vec<Value> = match kwn.payload() {
            Some(Payload::Tuple(x)) => x.to_vec(),
            _ => vec![],
        };
        if let Err(e) = vm.call(&f, &args, &kwn) {
            if vm.exc_matches(&e, &vm.exc.system_exit.clone()) {
                continue;
            }
            let fr = vm.repr_str(&f).unwrap_or_default();
            let text = vm.format_exception(&e);
            let err = vm.sys_attr("stderr");
            let msg = format!("Exception ignored in atexit callback: {fr}\n{text}");
            if crate::file::write_to(vm, &err, &msg).is_err() {
                eprint!("{msg}");
            }
        }
    }
}

fn run_exitfuncs_fn(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    run_exitfuncs(vm);
    Ok(Value::None)
}

fn clear(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if let Some(Payload::List(l)) = handlers(vm).as_ref().and_then(|h| h.payload()) {
        l.borrow_mut().clear();
    }
    Ok(Value::None)
}

fn ncallbacks(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = match handlers(vm).as_ref().and_then(|h| h.payload()) {
        Some(Payload::List(l)) => l.borrow().len(),
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}
