//! `memoryview`'s methods, dunders and attributes.

use super::{getitem, live, new_view, released, setitem, this, MemoryView};
use crate::object::{IterState, NativeFn, NativeKind, ObjRef, Payload};
use crate::objects::str::{noargs, rest};
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::Cell;

const METHODS: &[(&str, NativeFn)] = &[
    ("tobytes", tobytes),
    ("tolist", tolist),
    ("hex", hex),
    ("release", release),
    ("toreadonly", toreadonly),
    ("cast", cast),
    ("__len__", dunder_len),
    ("__getitem__", dunder_getitem),
    ("__setitem__", dunder_setitem),
    ("__delitem__", dunder_delitem),
    ("__iter__", dunder_iter),
    ("__eq__", dunder_eq),
    ("__ne__", dunder_ne),
    ("__hash__", dunder_hash),
    ("__repr__", dunder_repr),
    ("__enter__", dunder_enter),
    ("__exit__", dunder_exit),
];

const ATTRS: &[(&str, NativeFn)] = &[
    ("obj", attr_obj),
    ("nbytes", attr_nbytes),
    ("readonly", attr_readonly),
    ("itemsize", attr_itemsize),
    ("format", attr_format),
    ("ndim", attr_ndim),
    ("shape", attr_shape),
    ("strides", attr_strides),
    ("suboffsets", attr_suboffsets),
    ("contiguous", attr_contiguous),
    ("c_contiguous", attr_contiguous),
    ("f_contiguous", attr_contiguous),
];

pub(super) fn init(vm: &mut Vm, t: &ObjRef) {
    vm.add_methods(t, METHODS);
    for (name, f) in ATTRS {
        let fget = vm.native(name, *f, NativeKind::Function, None);
        let prop = Value::obj(Payload::Property(Box::new(crate::object::PropertyData {
            fget,
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
            name: std::cell::RefCell::new(Value::None),
        })));
        vm.set_type_attr(t, name, prop);
    }
}

/// The view of a method taking no arguments, checked not released.
fn plain<'a>(vm: &Vm, a: &'a [Value], kw: &[Value], name: &str) -> PyResult<&'a MemoryView> {
    let m = this(vm, a, name)?;
    noargs(vm, rest(a), kw, "memoryview", name)?;
    live(vm, m)?;
    Ok(m)
}

fn bytes_of(vm: &Vm, m: &MemoryView) -> PyResult<Vec<u8>> {
    m.to_vec().ok_or_else(|| released(vm))
}

fn tobytes(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, a, "tobytes")?;
    let [order] = crate::native::Args::new("tobytes", rest(a), kw).parse(vm, &["order"], 0)?;
    let d = bytes_of(vm, m)?;
    match &order {
        Value::Null | Value::None => {}
        v => match v.as_str() {
            Some("C" | "F" | "A") => {}
            Some(_) => return Err(vm.value_error("order must be 'C', 'F' or 'A'")),
            None => {
                return Err(vm.type_error(format!(
                    "tobytes() argument 'order' must be str or None, not {}",
                    vm.type_name(v)
                )))
            }
        },
    }
    Ok(crate::objects::bytes::new_bytes(d))
}

fn tolist(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = plain(vm, a, kw, "tolist")?;
    let d = bytes_of(vm, m)?;
    Ok(vm.new_list(d.into_iter().map(|b| Value::Int(b as i64)).collect()))
}

/// `hex([sep[, bytes_per_sep]])`: bytes.hex of the viewed bytes.
fn hex(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, a, "hex")?;
    let d = bytes_of(vm, m)?;
    let b = crate::objects::bytes::new_bytes(d);
    let f = vm.getattr(&b, &vm.intern("hex"))?;
    vm.call(&f, rest(a), kw)
}

fn release(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, a, "release")?;
    noargs(vm, rest(a), kw, "memoryview", "release")?;
    let old = m.buf.borrow_mut().take();
    drop(old);
    Ok(Value::None)
}

fn toreadonly(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = plain(vm, a, kw, "toreadonly")?;
    let buf = live(vm, m)?;
    let mut v = m.subview(buf, 0, 1, m.len);
    v.readonly = true;
    Ok(Value::obj(Payload::memoryview(v)))
}

/// `cast(format[, shape])`: only the unsigned byte format of a one-dimensional view.
fn cast(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, a, "cast")?;
    let [format, shape] =
        crate::native::Args::new("cast", rest(a), kw).parse(vm, &["format", "shape"], 1)?;
    live(vm, m)?;
    let Some(f) = format.as_str() else {
        return Err(vm.type_error(format!(
            "cast() argument 'format' must be str, not {}",
            vm.type_name(&format)
        )));
    };
    if !matches!(f, "B" | "@B") {
        return Err(vm.new_error(
            &vm.exc.not_implemented_error.clone(),
            format!("memoryview: cast to format '{f}' is not supported"),
        ));
    }
    if !shape.is_null() && !shape.is_none() {
        let dims = vm.collect(&shape)?;
        if dims.len() != 1 || !vm.eq(&dims[0], &Value::Int(m.len as i64))? {
            return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
        }
    }
    new_view(vm, &a[0])
}

fn dunder_len(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = plain(vm, a, kw, "__len__")?;
    Ok(Value::Int(m.len as i64))
}

fn dunder_getitem(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, a, "__getitem__")?;
    let k = crate::objects::str::onearg(vm, rest(a), kw, "memoryview", "__getitem__")?;
    getitem(vm, &a[0], &k)
}

fn dunder_setitem(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, a, "__setitem__")?;
    let [k, x] = crate::objects::str::clinic(vm, rest(a), kw, "memoryview", "__setitem__", 2)?;
    setitem(vm, &a[0], &k, &x)?;
    Ok(Value::None)
}

fn dunder_delitem(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, a, "__delitem__")?;
    crate::objects::str::onearg(vm, rest(a), kw, "memoryview", "__delitem__")?;
    live(vm, m)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    Err(vm.type_error("cannot delete memory"))
}

fn dunder_iter(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    plain(vm, a, kw, "__iter__")?;
    Ok(Value::obj(Payload::iter(IterState::Seq {
        seq: a[0].clone(),
        index: Cell::new(0),
    })))
}

/// `==` with a bytes-like object: equal contents; a released view equals only itself.
fn equal(vm: &mut Vm, a: &[Value], kw: &[Value], name: &str) -> PyResult<Option<bool>> {
    let m = this(vm, a, name)?;
    let other = crate::objects::str::onearg(vm, rest(a), kw, "memoryview", name)?;
    if other.is(&a[0]) {
        return Ok(Some(true));
    }
    let theirs = match other.payload() {
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        Some(Payload::ByteArray(b)) => Some(b.borrow().clone()),
        Some(Payload::MemoryView(o)) => o.to_vec(),
        _ => return Ok(None),
    };
    Ok(Some(match (m.to_vec(), theirs) {
        (Some(x), Some(y)) => x == y,
        _ => false,
    }))
}

fn dunder_eq(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(match equal(vm, a, kw, "__eq__")? {
        Some(b) => Value::Bool(b),
        None => vm.not_implemented.clone(),
    })
}

fn dunder_ne(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(match equal(vm, a, kw, "__ne__")? {
        Some(b) => Value::Bool(!b),
        None => vm.not_implemented.clone(),
    })
}

fn dunder_hash(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = plain(vm, a, kw, "__hash__")?;
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    let b = crate::objects::bytes::new_bytes(bytes_of(vm, m)?);
    Ok(Value::Int(vm.hash(&b)?))
}

fn dunder_repr(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, a, "__repr__")?;
    noargs(vm, rest(a), kw, "memoryview", "__repr__")?;
    let word = if m.buffer().is_some() {
        "memory"
    } else {
        "released memory"
    };
    Ok(vm.new_str(format!("<{word} at {:#x}>", a[0].id())))
}

fn dunder_enter(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    plain(vm, a, kw, "__enter__")?;
    Ok(a[0].clone())
}

fn dunder_exit(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    release(vm, &a[..1.min(a.len())], &[])
}

/// A property getter's view, checked not released.
fn prop<'a>(vm: &Vm, a: &'a [Value], name: &str) -> PyResult<&'a MemoryView> {
    let m = this(vm, a, name)?;
    live(vm, m)?;
    Ok(m)
}

fn attr_obj(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, a, "obj")?;
    Ok(live(vm, m)?.obj.clone())
}

fn attr_nbytes(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Int(prop(vm, a, "nbytes")?.len as i64))
}

fn attr_readonly(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Bool(prop(vm, a, "readonly")?.readonly))
}

fn attr_itemsize(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    prop(vm, a, "itemsize")?;
    Ok(Value::Int(1))
}

fn attr_format(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    prop(vm, a, "format")?;
    Ok(vm.new_str("B"))
}

fn attr_ndim(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    prop(vm, a, "ndim")?;
    Ok(Value::Int(1))
}

fn attr_shape(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = prop(vm, a, "shape")?.len as i64;
    Ok(vm.new_tuple(vec![Value::Int(n)]))
}

fn attr_strides(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = prop(vm, a, "strides")?.step as i64;
    Ok(vm.new_tuple(vec![Value::Int(s)]))
}

fn attr_suboffsets(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    prop(vm, a, "suboffsets")?;
    Ok(vm.new_tuple(Vec::new()))
}

fn attr_contiguous(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = prop(vm, a, "contiguous")?;
    Ok(Value::Bool(m.len <= 1 || m.step == 1))
}
