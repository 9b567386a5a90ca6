//! `mappingproxy`: the read-only view of a mapping that `type.__dict__` returns.

use crate::native::Args;
use crate::object::{NativeFn, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use pyrs_compiler::bytecode::{BinOp, CmpOp};

pub fn init(vm: &mut Vm) {
    let t = vm.types.mappingproxy.clone();
    let methods: [(&'static str, NativeFn); 13] = [
        ("__getitem__", getitem),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__len__", len),
        ("__reversed__", reversed),
        ("__eq__", eq),
        ("__or__", or),
        ("__ror__", ror),
        ("get", get),
        ("keys", keys),
        ("values", values),
        ("items", items),
        ("copy", copy),
    ];
    vm.add_methods(&t, &methods);
    vm.add_staticmethods(&t, &[("__new__", new)]);
    vm.add_methods(&t, &[("__str__", str_)]);
}

/// `str(proxy)` is `str` of its mapping (the repr names the proxy).
fn str_(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, args, "__str__")?;
    vm.str(&m)
}

/// `types.MappingProxyType(mapping)`: a read-only view of any mapping (an object with
/// `__getitem__` that is not a list or tuple), as CPython checks.
fn new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [m] =
        Args::new("mappingproxy", args.get(1..).unwrap_or(&[]), kw).parse(vm, &["mapping"], 0)?;
    if m.is_null() {
        return Err(vm.type_error("mappingproxy() missing required argument 'mapping' (pos 1)"));
    }
    let ty = vm.type_of(&m);
    let sequence = matches!(m.payload(), Some(Payload::List(_) | Payload::Tuple(_)));
    if sequence || vm.lookup_in_type_str(&ty, "__getitem__").is_none() {
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            vm.type_name(&m)
        )));
    }
    Ok(Value::obj(Payload::MappingProxy(m)))
}

/// A proxy's mapping.
pub fn target(v: &Value) -> Option<Value> {
    match v.payload() {
        Some(Payload::MappingProxy(m)) => Some(m.clone()),
        _ => None,
    }
}

/// `repr(proxy)`.
pub fn repr(vm: &mut Vm, m: &Value) -> PyResult<String> {
    Ok(format!("mappingproxy({})", vm.repr_str(m)?))
}

fn this(vm: &Vm, args: &[Value], name: &str) -> PyResult<Value> {
    args.first().and_then(target).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' for 'mappingproxy' objects doesn't apply to a '{}' object",
            vm.type_name(args.first().unwrap_or(&Value::None))
        ))
    })
}

fn getitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, args, "__getitem__")?;
    let [k] = Args::new("__getitem__", &args[1..], kw).positional_only(vm, 1)?;
    vm.getitem(&m, &k)
}

fn contains(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, args, "__contains__")?;
    let [k] = Args::new("__contains__", &args[1..], kw).positional_only(vm, 1)?;
    Ok(Value::Bool(vm.contains(&m, &k)?))
}

fn iter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, args, "__iter__")?;
    vm.iter(&m)
}

fn len(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, args, "__len__")?;
    Ok(Value::Int(vm.len(&m)? as i64))
}

fn reversed(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, args, "__reversed__")?;
    vm.call_method(&m, "__reversed__", &[])
}

fn eq(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, args, "__eq__")?;
    let [o] = Args::new("__eq__", &args[1..], kw).positional_only(vm, 1)?;
    vm.compare(&m, &o, CmpOp::Eq)
}

fn or(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, args, "__or__")?;
    let [o] = Args::new("__or__", &args[1..], kw).positional_only(vm, 1)?;
    let o = target(&o).unwrap_or(o);
    vm.binary_op(&m, &o, BinOp::Or)
}

fn ror(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, args, "__ror__")?;
    let [o] = Args::new("__ror__", &args[1..], kw).positional_only(vm, 1)?;
    vm.binary_op(&o, &m, BinOp::Or)
}

fn get(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, args, "get")?;
    let [k, d] = Args::new("get", &args[1..], kw).positional_only(vm, 1)?;
    let d = if d.is_null() { Value::None } else { d };
    vm.call_method(&m, "get", &[k, d])
}

fn keys(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, args, "keys")?;
    vm.call_method(&m, "keys", &[])
}

fn values(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, args, "values")?;
    vm.call_method(&m, "values", &[])
}

fn items(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, args, "items")?;
    vm.call_method(&m, "items", &[])
}

fn copy(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, args, "copy")?;
    vm.call_method(&m, "copy", &[])
}
