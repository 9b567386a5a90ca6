//! Exception objects: construction, `str`/`repr`, and their attributes.

use crate::object::{ExceptionData, ObjRef, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use std::rc::Rc;

pub fn init(vm: &mut Vm) {
    init_groups(vm);
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
}

fn exc_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("BaseException.__new__(): not enough arguments"));
    };
    let mut cls = cls.clone();
    let mut items = args[1..].to_vec();
    if crate::object::ObjRef::ptr_eq(&cls, &vm.exc.os_error) {
        if let (true, Some(Value::Int(errno))) = ((2..=5).contains(&items.len()), items.first()) {
            if let Some(sub) = os_error_subclass(vm, *errno) {
                cls = sub;
            }
        }
    }
    if vm.is_subtype(&cls, &vm.exc.os_error.clone()) && (3..=5).contains(&items.len()) {
        let filename = items[2].clone();
        let filename2 = items.get(4).cloned().unwrap_or(Value::None);
        let e = vm.new_exception(&cls, items[..2].to_vec());
        vm.set_exc_attr(&e, "errno", items[0].clone());
        vm.set_exc_attr(&e, "strerror", items[1].clone());
        vm.set_exc_attr(&e, "filename", filename);
        vm.set_exc_attr(&e, "filename2", filename2);
        return Ok(Value::Obj(e));
    }
    let e = vm.new_exception(&cls, std::mem::take(&mut items));
    Ok(Value::Obj(e))
}

/// The OSError subclass CPython picks for an errno (`OSError(2, ...)` is a
/// FileNotFoundError).
fn os_error_subclass(vm: &Vm, errno: i64) -> Option<crate::object::ObjRef> {
    let x = &vm.exc;
    Some(
        match errno {
            1 | 13 => &x.permission_error,
            2 => &x.file_not_found_error,
            3 => &x.process_lookup_error,
            4 => &x.interrupted_error,
            10 => &x.child_process_error,
            11 | 114 | 115 => &x.blocking_io_error,
            17 => &x.file_exists_error,
            20 => &x.not_a_directory_error,
            21 => &x.is_a_directory_error,
            32 | 108 => &x.broken_pipe_error,
            103 => &x.connection_aborted_error,
            104 => &x.connection_reset_error,
            110 => &x.timeout_error,
            111 => &x.connection_refused_error,
            _ => return None,
        }
        .clone(),
    )
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
        keyword_attrs(vm, e, &cls, &args[n..], kw)?;
        if vm.is_subtype(&cls, &vm.exc.unicode_error.clone()) {
            unicode_error_init(vm, e, &cls, &args[1..n])?;
        }
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
            let (errno, strerror, filename, filename2) = if (2..=5).contains(&items.len()) {
                (
                    items[0].clone(),
                    items[1].clone(),
                    items.get(2).cloned().unwrap_or(Value::None),
                    items.get(4).cloned().unwrap_or(Value::None),
                )
            } else {
                (Value::None, Value::None, Value::None, Value::None)
            };
            // With a filename, `args` keeps only (errno, strerror), as CPython's.
            if (3..=5).contains(&items.len()) {
                *x.args.borrow_mut() = vm.new_tuple(items[..2].to_vec());
            }
            vm.set_exc_attr(e, "errno", errno);
            vm.set_exc_attr(e, "strerror", strerror);
            vm.set_exc_attr(e, "filename", filename);
            vm.set_exc_attr(e, "filename2", filename2);
        }
    }
    Ok(Value::None)
}

/// The keyword arguments some exceptions take (`AttributeError(name=, obj=)`,
/// `NameError(name=)`, `ImportError(name=, path=)`); others take none.
fn keyword_attrs(
    vm: &mut Vm,
    e: &ObjRef,
    cls: &ObjRef,
    values: &[Value],
    kw: &[Value],
) -> PyResult<()> {
    let x = &vm.exc;
    let (allowed, display): (&[&str], ObjRef) = if vm.is_subtype(cls, &x.attribute_error.clone()) {
        (&["name", "obj"], x.attribute_error.clone())
    } else if vm.is_subtype(cls, &x.name_error.clone()) {
        (&["name"], x.name_error.clone())
    } else if vm.is_subtype(cls, &x.import_error.clone()) {
        (&["name", "path"], x.import_error.clone())
    } else {
        (&[], cls.clone())
    };
    if kw.is_empty() {
        return Ok(());
    }
    let tname = crate::types::type_data(&display).name.borrow().to_string();
    if allowed.is_empty() {
        return Err(vm.type_error(format!("{tname}() takes no keyword arguments")));
    }
    for (k, v) in kw.iter().zip(values) {
        let name = k.as_str().unwrap_or("");
        if !allowed.contains(&name) {
            return Err(vm.type_error(format!(
                "'{name}' is an invalid keyword argument for {tname}()"
            )));
        }
        vm.set_exc_attr(e, name, v.clone());
    }
    Ok(())
}

/// `UnicodeDecodeError(encoding, object, start, end, reason)` (and the encode and
/// translate forms): the attributes `str()` is made from.
fn unicode_error_init(vm: &mut Vm, e: &ObjRef, cls: &ObjRef, args: &[Value]) -> PyResult<()> {
    let translate = vm.is_subtype(cls, &vm.exc.unicode_translate_error.clone());
    let encode = vm.is_subtype(cls, &vm.exc.unicode_encode_error.clone());
    let decode = vm.is_subtype(cls, &vm.exc.unicode_decode_error.clone());
    if !(translate || encode || decode) {
        return Ok(());
    }
    let want = if translate { 4 } else { 5 };
    if args.len() != want {
        return Err(vm.type_error(format!(
            "function takes exactly {want} arguments ({} given)",
            args.len()
        )));
    }
    let rest = if translate {
        vm.set_exc_attr(e, "encoding", Value::None);
        args
    } else {
        vm.set_exc_attr(e, "encoding", args[0].clone());
        &args[1..]
    };
    for (name, v) in ["object", "start", "end", "reason"].iter().zip(rest) {
        vm.set_exc_attr(e, name, v.clone());
    }
    Ok(())
}

/// `str()` of a Unicode error made from its attributes, as CPython words it.
fn unicode_error_str(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<String>> {
    let get = |vm: &Vm, n: &str| vm.exc_attr(o, n);
    let (Some(obj), Some(Value::Int(start)), Some(Value::Int(end)), Some(reason)) = (
        get(vm, "object"),
        get(vm, "start"),
        get(vm, "end"),
        get(vm, "reason"),
    ) else {
        return Ok(None);
    };
    let encoding = get(vm, "encoding");
    let reason = vm.str_string(&reason)?;
    let encoding = match encoding {
        Some(enc) if !enc.is_none() => Some(vm.str_string(&enc)?),
        _ => None,
    };
    let (start, end) = (start.max(0) as usize, end.max(0) as usize);
    let one = end == start + 1;
    if let Some(b) = crate::objects::bytes::bytes_like(&obj) {
        let enc = encoding.unwrap_or_default();
        return Ok(Some(match b.as_slice().get(start) {
            Some(byte) if one => {
                format!("'{enc}' codec can't decode byte {byte:#04x} in position {start}: {reason}")
            }
            _ => format!(
                "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                end.saturating_sub(1)
            ),
        }));
    }
    let Some(text) = obj.as_str() else {
        return Ok(None);
    };
    let what = match &encoding {
        Some(enc) => format!("'{enc}' codec can't encode"),
        None => "can't translate".to_string(),
    };
    Ok(Some(match text.chars().nth(start) {
        Some(c) if one => {
            let n = c as u32;
            let esc = if n < 0x100 {
                format!("\\x{n:02x}")
            } else if n < 0x10000 {
                format!("\\u{n:04x}")
            } else {
                format!("\\U{n:08x}")
            };
            format!("{what} character '{esc}' in position {start}: {reason}")
        }
        _ => format!(
            "{what} characters in position {start}-{}: {reason}",
            end.saturating_sub(1)
        ),
    }))
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
        Some(n) if !matches!(n.payload(), Some(Payload::List(_))) => {
            return Err(vm.type_error("Cannot add note: __notes__ is not a list"));
        }
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
    if vm.exc_matches(o, &vm.exc.syntax_error.clone()) {
        let v = Value::Obj(o.clone());
        let msg = vm.getattr(&v, &vm.intern("msg"))?;
        let msg = if msg.is_none() {
            String::new()
        } else {
            vm.str_string(&msg)?
        };
        let filename = vm.getattr(&v, &vm.intern("filename"))?;
        let lineno = vm.getattr(&v, &vm.intern("lineno"))?;
        let base = filename
            .as_str()
            .map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
        return Ok(match (base, lineno) {
            (Some(f), Value::Int(l)) => format!("{msg} ({f}, line {l})"),
            (Some(f), _) => format!("{msg} ({f})"),
            (None, Value::Int(l)) => format!("{msg} (line {l})"),
            _ => msg,
        });
    }
    if vm.exc_matches(o, &vm.exc.unicode_error.clone()) && items.len() >= 4 {
        if let Some(s) = unicode_error_str(vm, o)? {
            return Ok(s);
        }
    }
    if vm.exc_matches(o, &vm.exc.import_error.clone()) {
        if let Some(m) = vm.exc_attr(o, "msg").filter(|m| !m.is_none()) {
            return vm.str_string(&m);
        }
    }
    if vm.exc_matches(o, &vm.exc.os_error.clone()) {
        // From the attributes, as CPython's OSError.__str__.
        let get = |vm: &Vm, n: &str| vm.exc_attr(o, n).filter(|v| !v.is_none());
        let (errno, strerror) = (get(vm, "errno"), get(vm, "strerror"));
        let (f1, f2) = (get(vm, "filename"), get(vm, "filename2"));
        let num = |vm: &mut Vm, v: &Option<Value>| -> PyResult<String> {
            match v {
                Some(v) => vm.str_string(v),
                None => Ok("None".to_string()),
            }
        };
        if let Some(f) = f1 {
            let (a, b) = (num(vm, &errno)?, num(vm, &strerror)?);
            let f = vm.repr_str(&f)?;
            return Ok(match f2 {
                Some(g) => format!("[Errno {a}] {b}: {f} -> {}", vm.repr_str(&g)?),
                None => format!("[Errno {a}] {b}: {f}"),
            });
        }
        if errno.is_some() && strerror.is_some() {
            let (a, b) = (num(vm, &errno)?, num(vm, &strerror)?);
            return Ok(format!("[Errno {a}] {b}"));
        }
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
        "__notes__" => None,
        _ => default_attr(vm, o, x, n),
    })
}

/// Attributes a builtin exception class always has, when `__init__` did not set them
/// (exceptions made by the VM itself skip `__init__`).
fn default_attr(vm: &mut Vm, o: &Value, x: &ExceptionData, n: &str) -> Option<Value> {
    let args: Vec<Value> = match x.args.borrow().payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let is = |vm: &Vm, cls: &crate::object::ObjRef| vm.is_instance(o, cls);
    let exc = &vm.exc;
    let first = || args.first().cloned().unwrap_or(Value::None);
    Some(match n {
        "value" if is(vm, &exc.stop_iteration) => first(),
        "code" if is(vm, &exc.system_exit) => match args.len() {
            0 => Value::None,
            1 => first(),
            _ => x.args.borrow().clone(),
        },
        "name"
            if is(vm, &exc.name_error)
                || is(vm, &exc.attribute_error)
                || is(vm, &exc.import_error) =>
        {
            Value::None
        }
        "obj" if is(vm, &exc.attribute_error) => Value::None,
        "path" if is(vm, &exc.import_error) => Value::None,
        "msg" if is(vm, &exc.import_error) => first(),
        "errno" | "strerror" | "filename" | "filename2" if is(vm, &exc.os_error) => Value::None,
        "characters_written" if is(vm, &exc.blocking_io_error) => Value::Int(0),
        "msg" if is(vm, &exc.syntax_error) => first(),
        "filename"
        | "lineno"
        | "offset"
        | "text"
        | "end_lineno"
        | "end_offset"
        | "print_file_and_line"
            if is(vm, &exc.syntax_error) =>
        {
            let detail: Vec<Value> = match args.get(1).and_then(|d| d.payload()) {
                Some(Payload::Tuple(t)) => t.to_vec(),
                _ => Vec::new(),
            };
            let i = match n {
                "filename" => 0,
                "lineno" => 1,
                "offset" => 2,
                "text" => 3,
                "end_lineno" => 4,
                "end_offset" => 5,
                _ => 99,
            };
            detail.get(i).cloned().unwrap_or(Value::None)
        }
        _ => return None,
    })
}

/// `BaseExceptionGroup` and `ExceptionGroup` (whose MRO joins BaseExceptionGroup and
/// Exception), with their constructor checks, `message` and `exceptions`.
fn init_groups(vm: &mut Vm) {
    use crate::object::BaseKind;
    use crate::types::{new_type, type_data};
    let base = new_type(
        "BaseExceptionGroup",
        vec![vm.exc.base_exception.clone()],
        BaseKind::Exception,
        false,
    );
    let group = new_type(
        "ExceptionGroup",
        vec![base.clone(), vm.exc.exception.clone()],
        BaseKind::Exception,
        false,
    );
    *type_data(&group).mro.borrow_mut() = vec![
        group.clone(),
        base.clone(),
        vm.exc.exception.clone(),
        vm.exc.base_exception.clone(),
        vm.types.object.clone(),
    ];
    vm.add_staticmethods(&base, &[("__new__", group_new)]);
    vm.add_methods(
        &base,
        &[
            ("__init__", group_init),
            ("__str__", group_str),
            ("derive", group_derive),
            ("split", group_split),
            ("subgroup", group_subgroup),
        ],
    );
    if let Payload::Dict(d) = &vm.builtins.payload {
        d.set_str(vm.intern("BaseExceptionGroup"), Value::Obj(base));
        d.set_str(vm.intern("ExceptionGroup"), Value::Obj(group));
    }
}

fn group_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    const NEW: &str = "BaseExceptionGroup.__new__()";
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error(format!("{NEW}: not enough arguments")));
    };
    let given = args.len() - 1 - kw.len();
    let [msg, excs] = match &args[1..args.len() - kw.len()] {
        [msg, excs] => [msg.clone(), excs.clone()],
        _ => return Err(vm.type_error(format!("{NEW} takes exactly 2 arguments ({given} given)"))),
    };
    if msg.as_str().is_none() {
        return Err(vm.type_error(format!(
            "{NEW} argument 1 must be str, not {}",
            vm.type_name(&msg)
        )));
    }
    let items = match excs.payload() {
        Some(Payload::List(_) | Payload::Tuple(_)) => vm.collect(&excs)?,
        _ => return Err(vm.type_error("second argument (exceptions) must be a sequence")),
    };
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exceptions = true;
    for (i, e) in items.iter().enumerate() {
        let Some(Payload::Exception(_)) = e.payload() else {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        };
        if !vm.is_instance(e, &vm.exc.exception.clone()) {
            all_exceptions = false;
        }
    }
    let group_cls = vm
        .builtin("ExceptionGroup")
        .and_then(|v| v.as_obj().cloned());
    let base_cls = vm
        .builtin("BaseExceptionGroup")
        .and_then(|v| v.as_obj().cloned());
    let mut cls = cls.clone();
    if let (Some(g), Some(b)) = (&group_cls, &base_cls) {
        if crate::object::ObjRef::ptr_eq(&cls, b) && all_exceptions {
            cls = g.clone();
        } else if vm.is_subtype(&cls, g) && !all_exceptions {
            return Err(vm.type_error(if crate::object::ObjRef::ptr_eq(&cls, g) {
                "Cannot nest BaseExceptions in an ExceptionGroup".to_string()
            } else {
                format!(
                    "Cannot nest BaseExceptions in '{}'",
                    crate::types::type_data(&cls).name.borrow()
                )
            }));
        }
    }
    if !kw.is_empty() {
        // As BaseException's `__new__` says it, for the class made.
        return Err(vm.type_error(format!(
            "{}() takes no keyword arguments",
            crate::types::type_data(&cls).name.borrow()
        )));
    }
    let tuple = vm.new_tuple(items);
    let e = vm.new_exception(&cls, vec![msg.clone(), excs.clone()]);
    vm.set_exc_attr(&e, "message", msg);
    vm.set_exc_attr(&e, "exceptions", tuple);
    Ok(Value::Obj(e))
}

/// The sub-exceptions of a group (None for a leaf exception).
fn group_members(vm: &Vm, e: &Value) -> Option<Vec<Value>> {
    let Value::Obj(o) = e else { return None };
    if !vm.is_exception_group(o) {
        return None;
    }
    match vm.exc_attr(o, "exceptions")?.payload() {
        Some(Payload::Tuple(t)) => Some(t.to_vec()),
        _ => None,
    }
}

/// Whether `e` matches a `split`/`subgroup` condition: a type, a tuple of types, or a
/// predicate.
fn group_matches(vm: &mut Vm, e: &Value, cond: &Value) -> PyResult<bool> {
    match cond.payload() {
        Some(Payload::Type(_)) => {
            let Value::Obj(c) = cond else {
                return Ok(false);
            };
            Ok(vm.is_instance(e, c))
        }
        Some(Payload::Tuple(items)) => {
            for c in items.iter() {
                if let Value::Obj(co) = c {
                    if matches!(co.payload, Payload::Type(_)) && vm.is_instance(e, co) {
                        return Ok(true);
                    }
                }
            }
            Ok(false)
        }
        _ => {
            let r = vm.call(cond, std::slice::from_ref(e), &[])?;
            vm.truthy(&r)
        }
    }
}

/// Checks a `split`/`subgroup` condition before any use: an exception type, a tuple of
/// them, or a callable (CPython's `get_matcher_type`).
fn check_matcher(vm: &mut Vm, cond: &Value) -> PyResult<()> {
    let is_exc_type = |vm: &Vm, c: &Value| match c {
        Value::Obj(t) if matches!(t.payload, Payload::Type(_)) => {
            vm.is_subtype(t, &vm.exc.base_exception)
        }
        _ => false,
    };
    let ok = match cond.payload() {
        Some(Payload::Tuple(items)) => items.iter().all(|c| is_exc_type(vm, c)),
        Some(Payload::Type(_)) => is_exc_type(vm, cond),
        _ => vm.is_callable(cond),
    };
    if ok {
        Ok(())
    } else {
        Err(vm.type_error("expected a function, exception type or tuple of exception types"))
    }
}

/// The one argument of `split`/`subgroup` (CPython unpacks it from a tuple, hence its
/// message).
fn matcher_arg(vm: &mut Vm, name: &str, args: &[Value], kw: &[Value]) -> PyResult<(Value, Value)> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    match args {
        [this, cond] => {
            check_matcher(vm, cond)?;
            Ok((this.clone(), cond.clone()))
        }
        _ => Err(vm.type_error(format!(
            "{name} expected 1 argument, got {}",
            args.len().saturating_sub(1)
        ))),
    }
}

/// `eg.derive(excs)` with the original's traceback, cause, context and notes.
fn group_derive_like(vm: &mut Vm, eg: &Value, excs: Vec<Value>) -> PyResult<Value> {
    let list = vm.new_list(excs);
    let derived = vm.call_method(eg, "derive", &[list])?;
    if !derived.as_obj().is_some_and(|d| vm.is_exception_group(d)) {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    if let (Value::Obj(src), Value::Obj(dst)) = (eg, &derived) {
        if let (Some(a), Some(b)) = (vm.exc_data(src), vm.exc_data(dst)) {
            *b.traceback.borrow_mut() = a.traceback.borrow().clone();
            *b.cause.borrow_mut() = a.cause.borrow().clone();
            *b.context.borrow_mut() = a.context.borrow().clone();
        }
        // A copy of the notes list, as CPython makes.
        if let Some(notes) = vm.exc_attr(src, "__notes__") {
            let copy = vm.collect(&notes)?;
            let copy = vm.new_list(copy);
            vm.set_exc_attr(dst, "__notes__", copy);
        }
    }
    Ok(derived)
}

/// Splits `eg` by `cond`: (matching part, rest), each None when empty.
fn group_partition(vm: &mut Vm, eg: &Value, cond: &Value) -> PyResult<(Value, Value)> {
    group_partition_by(vm, eg, &mut |vm, e| group_matches(vm, e, cond))
}

/// Splits `eg` by a test applied to the group itself and then, recursively, to its members:
/// (matching part, rest), each None when empty; parts keep the original's metadata.
fn group_partition_by(
    vm: &mut Vm,
    eg: &Value,
    test: &mut dyn FnMut(&mut Vm, &Value) -> PyResult<bool>,
) -> PyResult<(Value, Value)> {
    if test(vm, eg)? {
        return Ok((eg.clone(), Value::None));
    }
    let Some(members) = group_members(vm, eg) else {
        return Ok((Value::None, eg.clone()));
    };
    let (mut yes, mut no) = (Vec::new(), Vec::new());
    for m in &members {
        if group_members(vm, m).is_some() {
            let (a, b) = group_partition_by(vm, m, test)?;
            if !a.is_none() {
                yes.push(a);
            }
            if !b.is_none() {
                no.push(b);
            }
        } else if test(vm, m)? {
            yes.push(m.clone());
        } else {
            no.push(m.clone());
        }
    }
    let part = |vm: &mut Vm, v: Vec<Value>| -> PyResult<Value> {
        if v.is_empty() {
            Ok(Value::None)
        } else {
            group_derive_like(vm, eg, v)
        }
    };
    let a = part(vm, yes)?;
    let b = part(vm, no)?;
    Ok((a, b))
}

fn group_derive(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [this, excs] = crate::native::Args::new("derive", args, kw).positional_only(vm, 2)?;
    let Value::Obj(o) = &this else {
        return Err(vm.type_error("derive() needs an exception group"));
    };
    let msg = vm.exc_attr(o, "message").unwrap_or(Value::None);
    let base = vm.builtin("BaseExceptionGroup").unwrap_or(Value::None);
    vm.call(&base, &[msg, excs], &[])
}

fn group_split(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (this, cond) = matcher_arg(vm, "split", args, kw)?;
    let (a, b) = group_partition(vm, &this, &cond)?;
    Ok(vm.new_tuple(vec![a, b]))
}

fn group_subgroup(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (this, cond) = matcher_arg(vm, "subgroup", args, kw)?;
    let (a, _) = group_partition(vm, &this, &cond)?;
    Ok(a)
}

/// `BaseException.__init__`'s work: `args` becomes all the arguments of the call (a
/// subclass's `__new__` may take more than the message and the exceptions).
fn group_init(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if let [Value::Obj(e), rest @ ..] = args {
        if !kw.is_empty() {
            let ty = vm.type_of(&args[0]);
            return Err(vm.type_error(format!(
                "{}() takes no keyword arguments",
                crate::types::type_data(&ty).name.borrow()
            )));
        }
        if let Some(x) = vm.exc_data(e) {
            *x.args.borrow_mut() = vm.new_tuple(rest.to_vec());
        }
    }
    Ok(Value::None)
}

fn group_str(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(Value::Obj(e)) = args.first() else {
        return Ok(Value::None);
    };
    let msg = vm.exc_attr(e, "message").unwrap_or(Value::None);
    let n = vm
        .exc_attr(e, "exceptions")
        .and_then(|t| match t.payload() {
            Some(Payload::Tuple(t)) => Some(t.len()),
            _ => None,
        })
        .unwrap_or_default();
    let m = vm.str_string(&msg)?;
    let s = if n == 1 { "" } else { "s" };
    Ok(vm.new_str(format!("{m} ({n} sub-exception{s})")))
}

/// `except* T` (the `CheckEgMatch` instruction): (rest, match) of the exception being
/// matched. A group is split by T; a bare exception that matches is wrapped in a new
/// `ExceptionGroup("", [exc])` carrying its traceback; None stands for "nothing".
pub fn except_star_match(vm: &mut Vm, exc: &Value, ty: &Value) -> PyResult<(Value, Value)> {
    // The type must be an exception class (or a tuple of them), and not a group class.
    vm.exception_matches(exc, ty)?;
    let group_class = vm.builtin("BaseExceptionGroup");
    let is_group_class = |t: &Value| match (t, &group_class) {
        (Value::Obj(t), Some(Value::Obj(g))) if matches!(t.payload, Payload::Type(_)) => {
            vm.is_subtype(t, g)
        }
        _ => false,
    };
    let any_group = match ty.payload() {
        Some(Payload::Tuple(items)) => items.iter().any(is_group_class),
        _ => is_group_class(ty),
    };
    if any_group {
        return Err(vm.type_error(
            "catching ExceptionGroup with except* is not allowed. Use except instead.",
        ));
    }
    if exc.is_none() {
        return Ok((Value::None, Value::None));
    }
    if vm.exception_matches(exc, ty)? {
        if group_members(vm, exc).is_some() {
            return Ok((Value::None, exc.clone()));
        }
        let eg_class = vm.builtin("ExceptionGroup").unwrap_or(Value::None);
        let msg = vm.new_str(String::new());
        let excs = vm.new_list(vec![exc.clone()]);
        let wrapped = vm.call(&eg_class, &[msg, excs], &[])?;
        if let (Value::Obj(src), Value::Obj(dst)) = (exc, &wrapped) {
            if let (Some(a), Some(b)) = (vm.exc_data(src), vm.exc_data(dst)) {
                *b.traceback.borrow_mut() = a.traceback.borrow().clone();
            }
        }
        return Ok((Value::None, wrapped));
    }
    if group_members(vm, exc).is_some() {
        let (m, rest) = group_partition(vm, exc, ty)?;
        return Ok((rest, m));
    }
    Ok((exc.clone(), Value::None))
}

/// What leaves a `try ... except*` statement (the `PrepReraiseStar` instruction): `orig`
/// is the exception that entered it, `excs` what its clauses raised or re-raised followed
/// by the unhandled rest (None entries for nothing). Re-raised parts (same traceback,
/// cause, context and notes as `orig`, as its split parts have) are put back in orig's
/// structure; newly raised ones join them in a new `ExceptionGroup("", [...])`.
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, excs: &[Value]) -> PyResult<Value> {
    if excs.is_empty() {
        return Ok(Value::None);
    }
    if group_members(vm, orig).is_none() {
        // A bare exception: one clause at most ran, so one thing at most leaves.
        return Ok(excs
            .iter()
            .find(|e| !e.is_none())
            .cloned()
            .unwrap_or(Value::None));
    }
    let (mut raised, mut reraised) = (Vec::new(), Vec::new());
    for e in excs.iter().filter(|e| !e.is_none()) {
        if same_metadata(vm, e, orig) {
            reraised.push(e.clone());
        } else {
            raised.push(e.clone());
        }
    }
    // The leaves of the re-raised parts, projected onto the original group.
    let mut leaves = Vec::new();
    for e in &reraised {
        collect_leaves(vm, e, &mut leaves);
    }
    let reraised_eg = if leaves.is_empty() {
        Value::None
    } else {
        group_partition_by(vm, orig, &mut |_, e| Ok(leaves.iter().any(|l| l.is(e))))?.0
    };
    if raised.is_empty() {
        return Ok(reraised_eg);
    }
    if !reraised_eg.is_none() {
        raised.push(reraised_eg);
    }
    if raised.len() == 1 {
        return Ok(raised.remove(0));
    }
    let eg_class = vm.builtin("ExceptionGroup").unwrap_or(Value::None);
    let msg = vm.new_str(String::new());
    let list = vm.new_list(raised);
    vm.call(&eg_class, &[msg, list], &[])
}

/// Whether two exceptions share traceback, cause, context and notes (by identity).
fn same_metadata(vm: &Vm, a: &Value, b: &Value) -> bool {
    let (Value::Obj(ao), Value::Obj(bo)) = (a, b) else {
        return false;
    };
    let (Some(x), Some(y)) = (vm.exc_data(ao), vm.exc_data(bo)) else {
        return false;
    };
    let same_tb = {
        let (t1, t2) = (x.traceback.borrow(), y.traceback.borrow());
        t1.len() == t2.len()
            && t1
                .iter()
                .zip(t2.iter())
                .all(|(p, q)| Rc::ptr_eq(&p.code, &q.code) && p.ip == q.ip)
    };
    let notes = |o: &ObjRef| vm.exc_attr(o, "__notes__").unwrap_or(Value::Null);
    same_tb
        && x.cause.borrow().is(&y.cause.borrow())
        && x.context.borrow().is(&y.context.borrow())
        && notes(ao).is(&notes(bo))
}

/// The leaf exceptions of `e` (e itself when it is not a group).
fn collect_leaves(vm: &Vm, e: &Value, out: &mut Vec<Value>) {
    match group_members(vm, e) {
        Some(members) => members.iter().for_each(|m| collect_leaves(vm, m, out)),
        None => out.push(e.clone()),
    }
}
