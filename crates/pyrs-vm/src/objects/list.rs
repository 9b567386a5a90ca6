//! `list` and `tuple` methods (sort is a stable merge sort using only `<`, like CPython's).

use crate::native::Args;
use crate::object::{IterState, NativeFn, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use pyrs_compiler::bytecode::BinOp;
use std::cell::{Cell, RefCell};

pub fn init(vm: &mut Vm) {
    let t = vm.types.list.clone();
    vm.add_methods(
        &t,
        &[
            ("append", append),
            ("pop", pop),
            ("extend", extend),
            ("insert", insert),
            ("sort", sort),
            ("reverse", reverse),
            ("index", index),
            ("count", count),
            ("clear", clear),
            ("copy", copy),
            ("remove", remove),
            ("__reversed__", dunder_reversed),
            ("__setitem__", dunder_setitem),
            ("__delitem__", dunder_delitem),
            ("__iadd__", dunder_iadd),
            ("__imul__", dunder_imul),
        ],
    );
    vm.add_methods(&t, &seq_dunders());
    vm.add_methods(&t, &concat_dunders(true));
    vm.add_methods(&t, list_cmp::COMPARISONS);
    let t = vm.types.tuple.clone();
    vm.add_methods(
        &t,
        &[
            ("index", index),
            ("count", count),
            ("__getnewargs__", tuple_getnewargs),
        ],
    );
    vm.add_methods(&t, &seq_dunders());
    vm.add_methods(&t, &concat_dunders(false));
    vm.add_methods(&t, tuple_cmp::COMPARISONS);
}

/// `tuple.__getnewargs__()`: `(tuple(self),)`, the argument a copy's `__new__` gets.
fn tuple_getnewargs(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let this = super::builtin_self(
        vm,
        args,
        super::Descr::Method,
        "__getnewargs__",
        "tuple",
        |p| matches!(p, Payload::Tuple(_)),
    )?;
    if args.len() > 1 || !kw.is_empty() {
        return Err(vm.type_error(format!(
            "tuple.__getnewargs__() takes no arguments ({} given)",
            args.len() - 1 + kw.len()
        )));
    }
    let Some(Payload::Tuple(items)) = this.payload() else {
        return Ok(Value::None);
    };
    let copy = vm.new_tuple(items.to_vec());
    Ok(vm.new_tuple(vec![copy]))
}

/// `list.__lt__` ... and `tuple.__lt__` ...: the builtin comparisons.
mod list_cmp {
    use crate::object::Payload;
    super::super::container_comparisons!(
        "list",
        Payload::List(_),
        [
            (lt, Lt, "__lt__"),
            (le, Le, "__le__"),
            (eq, Eq, "__eq__"),
            (ne, Ne, "__ne__"),
            (gt, Gt, "__gt__"),
            (ge, Ge, "__ge__")
        ]
    );
}

mod tuple_cmp {
    use crate::object::Payload;
    super::super::container_comparisons!(
        "tuple",
        Payload::Tuple(_),
        [
            (lt, Lt, "__lt__"),
            (le, Le, "__le__"),
            (eq, Eq, "__eq__"),
            (ne, Ne, "__ne__"),
            (gt, Gt, "__gt__"),
            (ge, Ge, "__ge__")
        ]
    );
}

fn seq_dunders() -> [(&'static str, NativeFn); 4] {
    [
        ("__len__", dunder_len),
        ("__getitem__", dunder_getitem),
        ("__contains__", dunder_contains),
        ("__iter__", dunder_iter),
    ]
}

/// `__add__`, `__mul__`, `__rmul__` of list (`list` true) or tuple.
fn concat_dunders(list: bool) -> [(&'static str, NativeFn); 3] {
    if list {
        [
            ("__add__", list_add),
            ("__mul__", list_mul),
            ("__rmul__", list_mul),
        ]
    } else {
        [
            ("__add__", tuple_add),
            ("__mul__", tuple_mul),
            ("__rmul__", tuple_mul),
        ]
    }
}

fn list_add(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    dunder_add(vm, args, kw, "list")
}

fn tuple_add(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    dunder_add(vm, args, kw, "tuple")
}

fn list_mul(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    dunder_mul(vm, args, kw, "list")
}

fn tuple_mul(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    dunder_mul(vm, args, kw, "tuple")
}

/// `self` of a slot wrapper of `kind` (list or tuple), with CPython's descriptor errors.
fn kind_self(vm: &Vm, args: &[Value], name: &str, kind: &str) -> PyResult<()> {
    let is_kind: fn(&Payload) -> bool = if kind == "list" {
        |p| matches!(p, Payload::List(_))
    } else {
        |p| matches!(p, Payload::Tuple(_))
    };
    super::builtin_self(vm, args, super::Descr::Slot, name, kind, is_kind).map(|_| ())
}

/// `list.__add__` / `tuple.__add__`: concatenation with the same kind only. (An instance
/// of a Python class gets NotImplemented rather than CPython's TypeError: `lst + x` calls
/// this before `x.__radd__`, where CPython's concatenation comes last.)
fn dunder_add(vm: &mut Vm, args: &[Value], kw: &[Value], kind: &str) -> PyResult<Value> {
    kind_self(vm, args, "__add__", kind)?;
    let [other] = wrapper_args(vm, args, kw, "__add__")?;
    match crate::objects::number::binary(vm, &args[0], &other, BinOp::Add)? {
        Some(v) => Ok(v),
        None if matches!(other.payload(), Some(Payload::Instance(_))) => {
            Ok(vm.not_implemented.clone())
        }
        None => Err(vm.type_error(format!(
            "can only concatenate {kind} (not \"{}\") to {kind}",
            vm.type_name(&other)
        ))),
    }
}

/// `__mul__` and `__rmul__` of list and tuple: repetition by an index. (NotImplemented
/// for an instance of a Python class without `__index__`, as `__add__` does.)
fn dunder_mul(vm: &mut Vm, args: &[Value], kw: &[Value], kind: &str) -> PyResult<Value> {
    kind_self(vm, args, "__mul__", kind)?;
    let [n] = wrapper_args(vm, args, kw, "__mul__")?;
    if matches!(n.payload(), Some(Payload::Instance(_)))
        && vm
            .lookup_in_type_str(&vm.type_of(&n), "__index__")
            .is_none()
    {
        return Ok(vm.not_implemented.clone());
    }
    let n = crate::objects::number::index_ssize(vm, &n)?;
    crate::objects::number::repeat(vm, &args[0], n)
}

/// `self` of a list method, with CPython's descriptor error.
fn this_list<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a RefCell<Vec<Value>>> {
    let v = args.first().unwrap_or(&Value::Null);
    match v.payload() {
        Some(Payload::List(l)) => Ok(l),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for 'list' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))),
    }
}

/// The type name of `self` for a method shared by list and tuple ("list" or "tuple").
fn seq_kind(vm: &Vm, args: &[Value], name: &str) -> PyResult<&'static str> {
    let v = args.first().unwrap_or(&Value::Null);
    match v.payload() {
        Some(Payload::List(_)) => Ok("list"),
        Some(Payload::Tuple(_)) => Ok("tuple"),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'list' or 'tuple' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

fn rest(args: &[Value]) -> &[Value] {
    args.get(1..).unwrap_or(&[])
}

/// Arguments of a slot wrapper (`__len__`, `__setitem__`...): exactly `N`, CPython's message.
fn wrapper_args<const N: usize>(
    vm: &Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
) -> PyResult<[Value; N]> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let pos = rest(args);
    if pos.len() != N {
        let lead = if N == 2 { " " } else { "" };
        return Err(vm.type_error(format!(
            "{lead}expected {N} argument{}, got {}",
            if N == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    Ok(std::array::from_fn(|i| pos[i].clone()))
}

/// The current length of a list or tuple.
fn seq_len(v: &Value) -> usize {
    match v.payload() {
        Some(Payload::List(l)) => l.borrow().len(),
        Some(Payload::Tuple(t)) => t.len(),
        _ => 0,
    }
}

fn seq_item(v: &Value, i: usize) -> Option<Value> {
    match v.payload() {
        Some(Payload::List(l)) => l.borrow().get(i).cloned(),
        Some(Payload::Tuple(t)) => t.get(i).cloned(),
        _ => None,
    }
}

/// `list.append`, which the eval loop calls without argument parsing when it recognises it.
pub(crate) const APPEND: crate::object::NativeFn = append;

fn append(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = Args::new("list.append", rest(args), kw).exactly_one(vm)?;
    this_list(vm, args, "append")?.borrow_mut().push(x.clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [i] = Args::new("pop", rest(args), kw).positional_only(vm, 0)?;
    let l = this_list(vm, args, "pop")?;
    let i = if i.is_null() { -1 } else { vm.index_i64(&i)? };
    let r = {
        let mut l = l.borrow_mut();
        if l.is_empty() {
            Err("pop from empty list")
        } else {
            match super::norm_index(i, l.len()) {
                Some(j) => Ok(l.remove(j)),
                None => Err("pop index out of range"),
            }
        }
    };
    r.map_err(|m| vm.index_error(m))
}

fn extend(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [it] = Args::new("list.extend", rest(args), kw).positional_only(vm, 1)?;
    let l = this_list(vm, args, "extend")?;
    let items = vm.collect(&it)?;
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

fn dunder_iadd(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [it] = wrapper_args(vm, args, kw, "__iadd__")?;
    let l = this_list(vm, args, "__iadd__")?;
    let items = vm.collect(&it)?;
    l.borrow_mut().extend(items);
    Ok(args[0].clone())
}

fn dunder_imul(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [n] = wrapper_args(vm, args, kw, "__imul__")?;
    let l = this_list(vm, args, "__imul__")?;
    let ty = vm.type_of(&n);
    if vm.lookup_in_type_str(&ty, "__index__").is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let n = crate::objects::number::index_ssize(vm, &n)?;
    let copy = vm.new_list(l.borrow().clone());
    let r = vm.binary_op(&copy, &Value::Int(n), BinOp::Multiply)?;
    if let Some(Payload::List(items)) = r.payload() {
        let items = items.borrow().clone();
        *l.borrow_mut() = items;
    }
    Ok(args[0].clone())
}

fn insert(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("insert() takes no keyword arguments"));
    }
    let pos = rest(args);
    if pos.len() != 2 {
        return Err(vm.type_error(format!("insert expected 2 arguments, got {}", pos.len())));
    }
    let l = this_list(vm, args, "insert")?;
    let i = vm.index_i64(&pos[0])?;
    let mut l = l.borrow_mut();
    let n = l.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(j as usize, pos[1].clone());
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [] = Args::new("list.reverse", rest(args), kw).positional_only(vm, 0)?;
    this_list(vm, args, "reverse")?.borrow_mut().reverse();
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [] = Args::new("list.clear", rest(args), kw).positional_only(vm, 0)?;
    let mut old = std::mem::take(&mut *this_list(vm, args, "clear")?.borrow_mut());
    // Last first, as CPython releases them.
    while let Some(v) = old.pop() {
        drop(v);
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [] = Args::new("list.copy", rest(args), kw).positional_only(vm, 0)?;
    let v = this_list(vm, args, "copy")?.borrow().clone();
    Ok(vm.new_list(v))
}

/// A start/stop argument of `index` (CPython's slice-index conversion, clamped to the length).
fn slice_bound(vm: &mut Vm, v: &Value, len: usize, default: i64) -> PyResult<i64> {
    if v.is_null() {
        return Ok(default);
    }
    let i = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => {
            let has_index = matches!(v.payload(), Some(Payload::BigInt(_)))
                || vm.lookup_in_type_str(&vm.type_of(v), "__index__").is_some();
            if !has_index {
                return Err(
                    vm.type_error("slice indices must be integers or have an __index__ method")
                );
            }
            match vm.index(v)? {
                Value::Int(i) => i,
                Value::Bool(b) => b as i64,
                big => {
                    // Out of the i64 range: clamp by sign.
                    if vm.lt(&big, &Value::Int(0))? {
                        i64::MIN
                    } else {
                        i64::MAX
                    }
                }
            }
        }
    };
    let n = len as i64;
    Ok(if i < 0 {
        (i.saturating_add(n)).max(0)
    } else {
        i
    })
}

fn index(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x, start, stop] = Args::new("index", rest(args), kw).positional_only(vm, 1)?;
    let kind = seq_kind(vm, args, "index")?;
    let seq = &args[0];
    let len = seq_len(seq);
    let start = slice_bound(vm, &start, len, 0)?;
    let stop = slice_bound(vm, &stop, len, i64::MAX)?;
    let mut i = start;
    while i < stop && (i as usize) < seq_len(seq) {
        if let Some(v) = seq_item(seq, i as usize) {
            if vm.eq(&v, &x)? {
                return Ok(Value::Int(i));
            }
        }
        i += 1;
    }
    let what = if kind == "tuple" {
        "tuple.index(x): x not in tuple".to_string()
    } else {
        format!("{} is not in list", vm.repr_str(&x)?)
    };
    Err(vm.value_error(what))
}

fn count(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let kind = seq_kind(vm, args, "count")?;
    let q = format!("{kind}.count");
    let [x] = Args::new(&q, rest(args), kw).positional_only(vm, 1)?;
    let seq = &args[0];
    let mut n = 0;
    let mut i = 0;
    while let Some(v) = seq_item(seq, i) {
        if vm.eq(&v, &x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn remove(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x] = Args::new("list.remove", rest(args), kw).positional_only(vm, 1)?;
    let l = this_list(vm, args, "remove")?;
    let mut i = 0;
    loop {
        let Some(v) = l.borrow().get(i).cloned() else {
            break;
        };
        if vm.eq(&v, &x)? {
            let removed = {
                let mut l = l.borrow_mut();
                (i < l.len()).then(|| l.remove(i))
            };
            drop(removed);
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn dunder_len(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [] = wrapper_args(vm, args, kw, "__len__")?;
    seq_kind(vm, args, "__len__")?;
    Ok(Value::Int(seq_len(&args[0]) as i64))
}

fn dunder_getitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let kind = seq_kind(vm, args, "__getitem__")?;
    let q = format!("{kind}.__getitem__");
    let [k] = Args::new(&q, rest(args), kw).positional_only(vm, 1)?;
    vm.getitem_base(&args[0], &k)
}

fn dunder_setitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [k, v] = wrapper_args(vm, args, kw, "__setitem__")?;
    this_list(vm, args, "__setitem__")?;
    vm.setitem_base(&args[0], k, v)?;
    Ok(Value::None)
}

fn dunder_delitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [k] = wrapper_args(vm, args, kw, "__delitem__")?;
    this_list(vm, args, "__delitem__")?;
    vm.delitem_base(&args[0], &k)?;
    Ok(Value::None)
}

fn dunder_contains(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x] = wrapper_args(vm, args, kw, "__contains__")?;
    seq_kind(vm, args, "__contains__")?;
    Ok(Value::Bool(vm.contains_base(&args[0], &x)?))
}

fn dunder_iter(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [] = wrapper_args(vm, args, kw, "__iter__")?;
    seq_kind(vm, args, "__iter__")?;
    vm.iter_base(&args[0])
}

fn dunder_reversed(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [] = Args::new("list.__reversed__", rest(args), kw).positional_only(vm, 0)?;
    let l = this_list(vm, args, "__reversed__")?;
    let n = l.borrow().len() as isize;
    Ok(Value::obj(Payload::iter(IterState::Reversed {
        seq: args[0].clone(),
        index: Cell::new(n - 1),
    })))
}

/// `list.sort(*, key=None, reverse=False)`.
fn sort(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new("sort", rest(args), kw);
    if !a.positional().is_empty() {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let kwvals = &rest(args)[a.positional().len()..];
    let mut key = Value::None;
    let mut reverse = false;
    for (k, v) in kw.iter().zip(kwvals) {
        match k.as_str() {
            Some("key") => key = v.clone(),
            Some("reverse") => {
                reverse = match v {
                    Value::Bool(b) => *b,
                    Value::Int(i) => *i != 0,
                    _ => {
                        let i = vm.index(v).map_err(|_| {
                            vm.type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                vm.type_name(v)
                            ))
                        })?;
                        vm.truthy(&i)?
                    }
                }
            }
            other => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for sort()",
                    other.unwrap_or("")
                )))
            }
        }
    }
    let l = this_list(vm, args, "sort")?;
    // CPython empties the list while sorting, to detect changes.
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let keys = if key.is_none() {
        None
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for v in &items {
            match vm.call(&key, std::slice::from_ref(v), &[]) {
                Ok(k) => ks.push(k),
                Err(e) => {
                    let added = std::mem::replace(&mut *l.borrow_mut(), items);
                    drop(added);
                    return Err(e);
                }
            }
        }
        Some(ks)
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    let res = {
        let keyv: &[Value] = keys.as_deref().unwrap_or(&items);
        merge_sort(&mut idx, &mut |a, b| vm.lt(&keyv[a], &keyv[b]))
    };
    if res.is_ok() {
        if reverse {
            idx.reverse();
        }
        let mut slots: Vec<Option<Value>> = items.into_iter().map(Some).collect();
        items = idx.iter().filter_map(|&i| slots[i].take()).collect();
    }
    let added = std::mem::replace(&mut *l.borrow_mut(), items);
    let modified = !added.is_empty();
    drop(added);
    res?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

/// A stable sort of `v` by `less` (binary insertion on short runs, then merging; a merge is
/// skipped when the halves are already in order). Stops at the first error.
pub fn merge_sort(
    v: &mut [usize],
    less: &mut dyn FnMut(usize, usize) -> PyResult<bool>,
) -> PyResult<()> {
    const RUN: usize = 16;
    let n = v.len();
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = v[i];
            // Binary search for the first position whose element is greater than x.
            let (mut lo, mut hi) = (start, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if less(x, v[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            v.copy_within(lo..i, lo + 1);
            v[lo] = x;
        }
        start = end;
    }
    let mut width = RUN;
    let mut buf: Vec<usize> = Vec::with_capacity(n);
    while width < n {
        let mut lo = 0;
        while lo + width < n {
            let mid = lo + width;
            let hi = (lo + 2 * width).min(n);
            if less(v[mid], v[mid - 1])? {
                buf.clear();
                let (mut i, mut j) = (lo, mid);
                while i < mid && j < hi {
                    if less(v[j], v[i])? {
                        buf.push(v[j]);
                        j += 1;
                    } else {
                        buf.push(v[i]);
                        i += 1;
                    }
                }
                buf.extend_from_slice(&v[i..mid]);
                buf.extend_from_slice(&v[j..hi]);
                v[lo..hi].copy_from_slice(&buf);
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}
