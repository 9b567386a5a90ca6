//! The special methods of `str` a program can call explicitly (`str.__len__(s)`, ...).

use super::{noargs, onearg, rest, this, this_pystr};
use crate::object::{NativeFn, Payload, PyStr};
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cmp::Ordering;

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__str__", dunder_str),
    ("__repr__", dunder_repr),
    ("__len__", dunder_len),
    ("__getitem__", dunder_getitem),
    ("__contains__", dunder_contains),
    ("__iter__", dunder_iter),
    ("__add__", dunder_add),
    ("__mul__", dunder_mul),
    ("__rmul__", dunder_mul),
    ("__mod__", dunder_mod),
    ("__rmod__", dunder_rmod),
    ("__eq__", dunder_eq),
    ("__ne__", dunder_ne),
    ("__lt__", dunder_lt),
    ("__le__", dunder_le),
    ("__gt__", dunder_gt),
    ("__ge__", dunder_ge),
    ("__hash__", dunder_hash),
    ("__format__", dunder_format),
    ("__getnewargs__", dunder_getnewargs),
];

fn dunder_str(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, args, "__str__")?;
    noargs(vm, rest(args), kw, "str", "__str__")?;
    // A str subclass instance gives a plain str.
    match &args[0] {
        Value::Obj(o) if o.ext().is_some() => {
            let s = args[0].as_str().unwrap_or("").to_string();
            Ok(vm.new_str(s))
        }
        v => Ok(v.clone()),
    }
}

fn dunder_repr(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this_pystr(vm, args, "__repr__")?;
    noargs(vm, rest(args), kw, "str", "__repr__")?;
    Ok(vm.new_str(s.repr()))
}

fn dunder_len(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, args, "__len__")?;
    noargs(vm, rest(args), kw, "str", "__len__")?;
    let n = vm.len(&args[0])?;
    Ok(Value::Int(n as i64))
}

fn dunder_getitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this_pystr(vm, args, "__getitem__")?;
    let k = onearg(vm, rest(args), kw, "str", "__getitem__")?;
    super::str_getitem(vm, s, &k)
}

fn dunder_contains(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, args, "__contains__")?;
    let x = onearg(vm, rest(args), kw, "str", "__contains__")?;
    Ok(Value::Bool(vm.contains(&args[0], &x)?))
}

fn dunder_iter(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, args, "__iter__")?;
    noargs(vm, rest(args), kw, "str", "__iter__")?;
    vm.iter(&args[0])
}

fn dunder_add(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this_pystr(vm, args, "__add__")?;
    let o = onearg(vm, rest(args), kw, "str", "__add__")?;
    match o.as_pystr() {
        Some(t) => Ok(Value::obj(Payload::Str(PyStr::concat([s, t].into_iter())))),
        None if matches!(o.payload(), Some(Payload::Instance(_))) => Ok(vm.not_implemented.clone()),
        None => Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name(&o)
        ))),
    }
}

fn dunder_mul(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this_pystr(vm, args, "__mul__")?;
    let o = onearg(vm, rest(args), kw, "str", "__mul__")?;
    let n = match vm.index(&o) {
        Ok(Value::Int(n)) => n,
        Ok(_) => return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        Err(_) if matches!(o.payload(), Some(Payload::Instance(_))) => {
            return Ok(vm.not_implemented.clone())
        }
        Err(e) => return Err(e),
    };
    let n = n.max(0) as usize;
    if s.as_str().len().saturating_mul(n) > (1 << 34) {
        return Err(vm.new_error(&vm.exc.memory_error.clone(), ""));
    }
    Ok(Value::obj(Payload::Str(s.repeat(n))))
}

fn dunder_mod(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, args, "__mod__")?;
    let o = onearg(vm, rest(args), kw, "str", "__mod__")?;
    super::percent_format(vm, &args[0], &o)
}

fn dunder_rmod(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, args, "__rmod__")?;
    let o = onearg(vm, rest(args), kw, "str", "__rmod__")?;
    if o.as_str().is_none() {
        return Ok(vm.not_implemented.clone());
    }
    super::percent_format(vm, &o, &args[0])
}

fn compare(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: fn(Ordering) -> bool,
) -> PyResult<Value> {
    let s = this_pystr(vm, args, name)?;
    let o = onearg(vm, rest(args), kw, "str", name)?;
    match o.as_pystr() {
        Some(t) => Ok(Value::Bool(f(s.cmp(t)))),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn dunder_eq(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    compare(vm, args, kw, "__eq__", Ordering::is_eq)
}

fn dunder_ne(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    compare(vm, args, kw, "__ne__", Ordering::is_ne)
}

fn dunder_lt(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    compare(vm, args, kw, "__lt__", Ordering::is_lt)
}

fn dunder_le(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    compare(vm, args, kw, "__le__", Ordering::is_le)
}

fn dunder_gt(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    compare(vm, args, kw, "__gt__", Ordering::is_gt)
}

fn dunder_ge(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    compare(vm, args, kw, "__ge__", Ordering::is_ge)
}

fn dunder_hash(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, args, "__hash__")?;
    noargs(vm, rest(args), kw, "str", "__hash__")?;
    Ok(Value::Int(vm.hash(&args[0])?))
}

fn dunder_format(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, args, "__format__")?;
    let spec = onearg(vm, rest(args), kw, "str", "__format__")?;
    if spec.as_str().is_none() {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&spec)
        )));
    }
    vm.format(&args[0], &spec)
}

fn dunder_getnewargs(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, args, "__getnewargs__")?;
    noargs(vm, rest(args), kw, "str", "__getnewargs__")?;
    Ok(vm.new_tuple(vec![args[0].clone()]))
}
