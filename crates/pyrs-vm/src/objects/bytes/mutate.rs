//! `bytearray`'s mutating methods and `%`-formatting of bytes.

use super::{byte_value, bytes_like};
use crate::object::{NativeFn, Payload};
use crate::objects::memoryview::check_resize;
use crate::objects::str::{clinic, noargs, onearg, rest};
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;

pub const METHODS: &[(&str, NativeFn)] = &[
    ("append", append),
    ("extend", extend),
    ("pop", pop),
    ("insert", insert),
    ("remove", remove),
    ("clear", clear),
    ("copy", copy),
    ("reverse", reverse),
    ("__setitem__", dunder_setitem),
    ("__delitem__", dunder_delitem),
    ("__iadd__", dunder_iadd),
    ("__imul__", dunder_imul),
    ("__alloc__", dunder_alloc),
];

/// The bytearray a method is called on.
fn this<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a RefCell<Vec<u8>>> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::ByteArray(b)) => Ok(b),
        _ => match args.first() {
            None => Err(vm.type_error(format!(
                "unbound method bytearray.{name}() needs an argument"
            ))),
            Some(v) => Err(vm.type_error(format!(
                "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{}' object",
                vm.type_name(v)
            ))),
        },
    }
}

fn append(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = this(vm, args, "append")?;
    let x = onearg(vm, rest(args), kw, "bytearray", "append")?;
    let x = byte_value(vm, &x)?;
    check_resize(vm, b, b.borrow().len() + 1)?;
    b.borrow_mut().push(x);
    Ok(Value::None)
}

/// The bytes `extend` and `+=` add.
fn extension(vm: &mut Vm, x: &Value) -> PyResult<Vec<u8>> {
    if let Some(v) = bytes_like(x) {
        return Ok(v);
    }
    if vm.iter(x).is_err() {
        return Err(vm.type_error(format!("can't extend bytearray with {}", vm.type_name(x))));
    }
    let items = vm.collect(x)?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        out.push(byte_value(vm, it)?);
    }
    Ok(out)
}

fn extend(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = this(vm, args, "extend")?;
    let x = onearg(vm, rest(args), kw, "bytearray", "extend")?;
    let more = extension(vm, &x)?;
    check_resize(vm, b, b.borrow().len() + more.len())?;
    b.borrow_mut().extend(more);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = this(vm, args, "pop")?;
    let [i] = clinic(vm, rest(args), kw, "bytearray", "pop", 0)?;
    let i = if i.is_null() {
        -1
    } else {
        crate::objects::str::ssize_arg(vm, &i)?
    };
    let len = b.borrow().len();
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    match crate::objects::norm_index(i, len) {
        Some(j) => {
            check_resize(vm, b, len - 1)?;
            Ok(Value::Int(b.borrow_mut().remove(j) as i64))
        }
        None => Err(vm.index_error("pop index out of range")),
    }
}

fn insert(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = this(vm, args, "insert")?;
    let [i, x] = clinic(vm, rest(args), kw, "bytearray", "insert", 2)?;
    let i = crate::objects::str::ssize_arg(vm, &i)?;
    let x = byte_value(vm, &x)?;
    let len = b.borrow().len() as i64;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
    check_resize(vm, b, len as usize + 1)?;
    b.borrow_mut().insert(j as usize, x);
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = this(vm, args, "remove")?;
    let x = onearg(vm, rest(args), kw, "bytearray", "remove")?;
    let x = byte_value(vm, &x)?;
    let pos = b.borrow().iter().position(|&c| c == x);
    match pos {
        Some(p) => {
            check_resize(vm, b, b.borrow().len() - 1)?;
            b.borrow_mut().remove(p);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn clear(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = this(vm, args, "clear")?;
    noargs(vm, rest(args), kw, "bytearray", "clear")?;
    check_resize(vm, b, 0)?;
    b.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = this(vm, args, "copy")?;
    noargs(vm, rest(args), kw, "bytearray", "copy")?;
    let v = b.borrow().clone();
    Ok(Value::obj(Payload::ByteArray(RefCell::new(v))))
}

fn reverse(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = this(vm, args, "reverse")?;
    noargs(vm, rest(args), kw, "bytearray", "reverse")?;
    b.borrow_mut().reverse();
    Ok(Value::None)
}

fn dunder_setitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, args, "__setitem__")?;
    let [k, v] = clinic(vm, rest(args), kw, "bytearray", "__setitem__", 2)?;
    super::bytearray_setitem(vm, &args[0], &k, &v)?;
    Ok(Value::None)
}

fn dunder_delitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, args, "__delitem__")?;
    let k = onearg(vm, rest(args), kw, "bytearray", "__delitem__")?;
    super::bytearray_delitem(vm, &args[0], &k)?;
    Ok(Value::None)
}

fn dunder_iadd(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = this(vm, args, "__iadd__")?;
    let x = onearg(vm, rest(args), kw, "bytearray", "__iadd__")?;
    let Some(more) = bytes_like(&x) else {
        return Err(vm.type_error(format!("can't concat {} to bytearray", vm.type_name(&x))));
    };
    check_resize(vm, b, b.borrow().len() + more.len())?;
    b.borrow_mut().extend(more);
    Ok(args[0].clone())
}

fn dunder_imul(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = this(vm, args, "__imul__")?;
    let x = onearg(vm, rest(args), kw, "bytearray", "__imul__")?;
    let Some(n) = super::methods::repeat_count(vm, &x)? else {
        return Ok(vm.not_implemented.clone());
    };
    let v = b.borrow().repeat(n);
    check_resize(vm, b, v.len())?;
    *b.borrow_mut() = v;
    Ok(args[0].clone())
}

fn dunder_alloc(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = this(vm, args, "__alloc__")?;
    noargs(vm, rest(args), kw, "bytearray", "__alloc__")?;
    let n = b.borrow().len();
    Ok(Value::Int(n as i64 + 1))
}

/// `fmt % args` for bytes: the text is handled as Latin-1, one char per byte.
pub fn bytes_percent(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    use pyrs_primitives::format::{self as f, PercentCount};
    let s: String = fmt.iter().map(|&c| char::from(c)).collect();
    let is_tuple = matches!(args.payload(), Some(Payload::Tuple(_)));
    let items: Vec<Value> = match args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![args.clone()],
    };
    let is_mapping = !is_tuple
        && (matches!(args.payload(), Some(Payload::Dict(_)))
            || (matches!(args.payload(), Some(Payload::Instance(_)))
                && vm
                    .lookup_in_type_str(&vm.type_of(args), "__getitem__")
                    .is_some()));
    let mut next = 0usize;
    let mut out = String::new();
    let mut pos = 0usize;
    while pos < s.len() {
        let Some(off) = s[pos..].find('%') else {
            out.push_str(&s[pos..]);
            break;
        };
        out.push_str(&s[pos..pos + off]);
        let (spec, end) =
            f::parse_percent_spec(&s, pos + off + 1).map_err(|e| vm.primitive_error(e))?;
        pos = end;
        if spec.literal_percent {
            out.push('%');
            continue;
        }
        if spec.key.is_some() {
            if !is_mapping {
                return Err(vm.type_error("format requires a mapping"));
            }
            next = next.max(1);
        }
        let mut take = |vm: &mut Vm| -> PyResult<Value> {
            let v = items.get(next).cloned();
            next += 1;
            v.ok_or_else(|| vm.type_error("not enough arguments for format string"))
        };
        let mut ps = spec.spec.clone();
        if let PercentCount::FromArgs = spec.width {
            let w = take(vm)?;
            let Value::Int(w) = w else {
                return Err(vm.type_error("* wants int"));
            };
            ps.left |= w < 0;
            ps.width = Some(w.unsigned_abs() as usize);
        }
        if let PercentCount::FromArgs = spec.precision {
            let p = take(vm)?;
            let Value::Int(p) = p else {
                return Err(vm.type_error("* wants int"));
            };
            ps.precision = Some(p.max(0) as usize);
        }
        let v = match &spec.key {
            Some(k) => {
                let kv = super::new_bytes(k.chars().map(|c| c as u32 as u8).collect());
                vm.getitem(args, &kv)?
            }
            None => take(vm)?,
        };
        let latin = |b: &[u8]| -> String { b.iter().map(|&c| char::from(c)).collect() };
        let piece = match ps.conv {
            's' | 'b' => {
                let b = match bytes_like(&v) {
                    Some(b) => b,
                    None => match vm.call_special(&v, "__bytes__", &[])? {
                        Some(r) if matches!(v.payload(), Some(Payload::Instance(_))) => {
                            bytes_like(&r).unwrap_or_default()
                        }
                        _ => {
                            return Err(vm.type_error(format!(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                            vm.type_name(&v)
                        )))
                        }
                    },
                };
                f::percent_pad_str(&latin(&b), &ps).map_err(|e| vm.primitive_error(e))?
            }
            'c' => {
                let c = match bytes_like(&v) {
                    Some(b) if b.len() == 1 => b[0],
                    Some(_) => {
                        return Err(
                            vm.type_error("%c requires an integer in range(256) or a single byte")
                        )
                    }
                    None => match &v {
                        Value::Int(i) => u8::try_from(*i)
                            .map_err(|_| vm.overflow_error("%c arg not in range(256)"))?,
                        _ => {
                            return Err(vm.type_error(
                                "%c requires an integer in range(256) or a single byte",
                            ))
                        }
                    },
                };
                f::percent_pad_str(&latin(&[c]), &ps).map_err(|e| vm.primitive_error(e))?
            }
            _ => {
                if !spec.is_supported() {
                    return Err(vm.primitive_error(spec.unsupported_error()));
                }
                let mut ps2 = ps.clone();
                if ps2.conv == 'r' {
                    ps2.conv = 'a';
                }
                crate::objects::str::percent_one(vm, &v, &ps2)?
            }
        };
        out.push_str(&piece);
    }
    if next < items.len() && !is_mapping {
        return Err(vm.type_error("not all arguments converted during bytes formatting"));
    }
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}
