//! Generator methods (`send`, `throw`, `close`), frame and traceback objects, cells.

use crate::call::GenResult;
use crate::native::Args;
use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};

/// `types.CellType([contents])`: a cell, empty without an argument.
fn cell_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("cell() takes no keyword arguments"));
    }
    let contents = match args.get(1..).unwrap_or_default() {
        [] => Value::Null,
        [v] => v.clone(),
        more => {
            return Err(vm.type_error(format!(
                "cell expected at most 1 argument, got {}",
                more.len()
            )))
        }
    };
    Ok(Value::obj(Payload::Cell(std::cell::RefCell::new(contents))))
}

/// `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`.
fn function_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let names = ["code", "globals", "name", "argdefs", "closure"];
    let [code, globals, name, argdefs, closure] =
        Args::new("function", args.get(1..).unwrap_or_default(), kw).parse(vm, &names, 2)?;
    let Some(Payload::Code(c)) = code.payload() else {
        return Err(vm.type_error(format!(
            "function() argument 'code' must be code, not {}",
            vm.type_name(&code)
        )));
    };
    let nfree = c.code.freevars.len();
    let globals = match &globals {
        Value::Obj(g) if matches!(g.payload, Payload::Dict(_)) => g.clone(),
        _ => {
            // CPython's argument-clinic message names None as "None".
            let what = if globals.is_none() {
                "None".into()
            } else {
                vm.type_name(&globals)
            };
            return Err(vm.type_error(format!(
                "function() argument 'globals' must be dict, not {what}"
            )));
        }
    };
    if !(name.is_null() || name.is_none() || name.as_str().is_some()) {
        return Err(vm.type_error("arg 3 (name) must be None or string"));
    }
    if !(argdefs.is_null()
        || argdefs.is_none()
        || matches!(argdefs.payload(), Some(Payload::Tuple(_))))
    {
        return Err(vm.type_error("arg 4 (defaults) must be None or tuple"));
    }
    let cells: &[Value] = match closure.payload() {
        Some(Payload::Tuple(t)) => t,
        _ if closure.is_null() || closure.is_none() => {
            if nfree > 0 {
                return Err(vm.type_error("arg 5 (closure) must be tuple"));
            }
            &[]
        }
        _ => return Err(vm.type_error("arg 5 (closure) must be None or tuple")),
    };
    if cells.len() != nfree {
        return Err(vm.value_error(format!(
            "{} requires closure of length {nfree}, not {}",
            c.code.name,
            cells.len()
        )));
    }
    if let Some(bad) = cells
        .iter()
        .find(|x| !matches!(x.payload(), Some(Payload::Cell(_))))
    {
        return Err(vm.type_error(format!(
            "arg 5 (closure) expected cell, found {}",
            vm.type_name(bad)
        )));
    }
    let builtins = vm.builtins.clone();
    let none_if_null = |v: Value| if v.is_null() { Value::None } else { v };
    let f = vm.make_function(
        &code,
        globals,
        builtins,
        none_if_null(argdefs),
        Value::None,
        Value::None,
        none_if_null(closure),
    );
    if let (Some(Payload::Function(func)), Some(_)) = (f.payload(), name.as_str()) {
        *func.name.borrow_mut() = name.clone();
    }
    Ok(f)
}

pub fn init(vm: &mut Vm) {
    let f = vm.types.function.clone();
    vm.add_methods(&f, &[("__get__", function_get)]);
    let n = vm.types.none_type.clone();
    vm.add_methods(&n, &[("__bool__", none_bool), ("__repr__", none_repr)]);
    vm.add_staticmethods(&n, &[("__new__", none_new)]);
    let t = vm.types.not_implemented_type.clone();
    vm.add_staticmethods(&t, &[("__new__", not_implemented_new)]);
    let t = vm.types.ellipsis_type.clone();
    vm.add_staticmethods(&t, &[("__new__", ellipsis_new)]);
    let t = vm.types.cell.clone();
    vm.add_staticmethods(&t, &[("__new__", cell_new)]);
    vm.add_staticmethods(&f, &[("__new__", function_new)]);
    let t = vm.types.generator.clone();
    vm.add_methods(
        &t,
        &[
            ("send", send),
            ("throw", throw),
            ("close", close),
            ("__next__", next),
            ("__iter__", iter),
        ],
    );
}

/// `__new__` of a singleton's type: the singleton, or CPython's error for arguments.
fn singleton_new(vm: &Vm, args: &[Value], name: &str, v: Value) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error(format!("{name} takes no arguments")));
    }
    Ok(v)
}

fn none_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    singleton_new(vm, args, "NoneType", Value::None)
}

fn not_implemented_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = vm.not_implemented.clone();
    singleton_new(vm, args, "NotImplementedType", v)
}

fn ellipsis_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = vm.ellipsis.clone();
    singleton_new(vm, args, "EllipsisType", v)
}

pub(crate) fn this(vm: &Vm, args: &[Value]) -> PyResult<ObjRef> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Generator(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

pub(crate) fn finish(vm: &mut Vm, r: PyResult<GenResult>) -> PyResult<Value> {
    match r? {
        GenResult::Yield(v) => Ok(v),
        GenResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

pub(crate) fn send(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let g = this(vm, args)?;
    let [v] = Args::new("send", &args[1..], kw).positional_only(vm, 1)?;
    let r = vm.gen_resume(&g, v, None);
    finish(vm, r)
}

fn next(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = this(vm, args)?;
    let r = vm.gen_resume(&g, Value::None, None);
    finish(vm, r)
}

fn iter(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

/// `throw(exc)` or the legacy `throw(type[, value[, tb]])`.
pub(crate) fn throw(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let g = this(vm, args)?;
    let exc = thrown(vm, "throw", &args[1..], kw)?;
    let r = vm.gen_throw(&g, exc);
    finish(vm, r)
}

/// The exception a `throw(exc)` / `throw(type[, value[, tb]])` call (named `name`) asks
/// for, made from its arguments.
pub(crate) fn thrown(vm: &mut Vm, name: &str, args: &[Value], kw: &[Value]) -> PyResult<ObjRef> {
    let [typ, val, _tb] = Args::new(name, args, kw).positional_only(vm, 1)?;
    Ok(match typ.payload() {
        Some(Payload::Exception(_)) => {
            if !val.is_null() && !val.is_none() {
                return Err(vm.type_error("instance exception may not have a separate value"));
            }
            typ.as_obj().cloned().ok_or_else(|| vm.type_error("?"))?
        }
        Some(Payload::Type(_)) => {
            let e = if val.is_null() || val.is_none() {
                vm.call(&typ, &[], &[])?
            } else if matches!(val.payload(), Some(Payload::Exception(_))) {
                val
            } else {
                vm.call(&typ, &[val], &[])?
            };
            match e {
                Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => o,
                _ => return Err(vm.type_error(
                    "exceptions must be classes or instances deriving from BaseException, not type",
                )),
            }
        }
        _ => {
            return Err(vm.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                vm.type_name(&typ)
            )))
        }
    })
}

pub(crate) fn close(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = this(vm, args)?;
    vm.gen_close(&g)
}

/// The `gi_*` attributes.
pub fn generator_attr(vm: &mut Vm, g: &ObjRef, name: &str) -> Option<Value> {
    let Payload::Generator(gen) = &g.payload else {
        return None;
    };
    Some(match name {
        "gi_running" => Value::Bool(gen.running.get()),
        "gi_code" => Value::obj(Payload::Code(gen.code.clone())),
        "gi_frame" => {
            if gen.running.get() {
                let f = vm.frames.iter().rev().find(|f| {
                    f.generator
                        .as_ref()
                        .is_some_and(|x| crate::object::ObjRef::ptr_eq(x, g))
                })?;
                frame_value(vm, f.code.clone(), f.ip, Value::Obj(f.globals.clone()))
            } else {
                let saved = gen.frame.borrow();
                match saved.as_ref() {
                    Some(sf) => {
                        let (code, ip, globals) = (
                            sf.frame.code.clone(),
                            sf.frame.ip,
                            Value::Obj(sf.frame.globals.clone()),
                        );
                        drop(saved);
                        frame_value(vm, code, ip, globals)
                    }
                    None => Value::None,
                }
            }
        }
        "gi_yieldfrom" => {
            let saved = gen.frame.borrow();
            let delegate = saved.as_ref().and_then(|sf| {
                let last = sf.frame.code.code.instrs.get(sf.frame.ip.checked_sub(1)?)?;
                match last {
                    pyrs_compiler::bytecode::Instr::YieldValue(1) => sf.values.last().cloned(),
                    _ => None,
                }
            });
            delegate.unwrap_or(Value::None)
        }
        _ => return None,
    })
}

/// A frame object for a frame stopped at instruction `ip` (the next to run).
pub fn frame_value(
    _vm: &Vm,
    code: std::rc::Rc<crate::frame::Code>,
    ip: usize,
    globals: Value,
) -> Value {
    let at = ip.saturating_sub(1);
    let lineno = code
        .code
        .locations
        .get(at)
        .map(|l| l.line)
        .unwrap_or(code.code.firstlineno);
    Value::obj(Payload::FrameInfo(Box::new(crate::object::FrameInfoData {
        code,
        lineno,
        globals,
        back: Value::None,
        live: 0,
        locals: None,
    })))
}

/// Attributes of frame and traceback objects.
pub fn frame_attr(vm: &mut Vm, o: &Value, name: &str) -> Option<Value> {
    match o.payload()? {
        Payload::FrameInfo(fi) => Some(match name {
            "f_lineno" => {
                // A frame still running reports its current line.
                let running = fi
                    .live
                    .checked_sub(1)
                    .and_then(|i| vm.frames.get(i))
                    .filter(|f| std::rc::Rc::ptr_eq(&f.code, &fi.code));
                let line = match running {
                    Some(f) => f
                        .code
                        .code
                        .locations
                        .get(f.ip.saturating_sub(1))
                        .map(|l| l.line)
                        .unwrap_or(fi.lineno),
                    None => fi.lineno,
                };
                Value::Int(line as i64)
            }
            "f_code" => crate::objects::code_object(&fi.code),
            "f_globals" => fi.globals.clone(),
            "f_back" => fi.back.clone(),
            "f_locals" => vm.new_dict(),
            _ => return None,
        }),
        Payload::Traceback(tb) => Some(match name {
            "tb_frame" => tb.frame.clone(),
            "tb_lineno" => Value::Int(tb.lineno as i64),
            "tb_lasti" => Value::Int(tb.lasti as i64 * 2),
            "tb_next" => tb.next.clone(),
            _ => return None,
        }),
        _ => None,
    }
}

/// `function.__get__(obj, type=None)`: a bound method, or the function itself for None.
fn function_get(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [f, obj, _ty] = Args::new("__get__", args, kw).positional_only(vm, 2)?;
    if obj.is_none() {
        return Ok(f);
    }
    Ok(Value::obj(Payload::BoundMethod { func: f, this: obj }))
}

fn none_bool(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn none_repr(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.intern("None"))
}

/// `sys._getframe(depth=0)`: a snapshot of a running frame.
pub fn getframe(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [depth] = Args::new("_getframe", args, kw).positional_only(vm, 0)?;
    let depth = if depth.is_null() {
        0
    } else {
        vm.index_i64(&depth)?
    };
    let n = vm.frames.len() as i64;
    if depth < 0 || depth >= n {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    // Snapshots from the outermost frame in, each linked to its caller (`f_back`).
    let mut back = Value::None;
    for (i, f) in vm.frames[..=(n - 1 - depth) as usize].iter().enumerate() {
        let at = f.ip.saturating_sub(1);
        let lineno = f
            .code
            .code
            .locations
            .get(at)
            .map(|l| l.line)
            .unwrap_or(f.code.code.firstlineno);
        back = Value::obj(Payload::FrameInfo(Box::new(crate::object::FrameInfoData {
            code: f.code.clone(),
            lineno,
            globals: Value::Obj(f.globals.clone()),
            back,
            live: i + 1,
            locals: None,
        })));
    }
    Ok(back)
}
