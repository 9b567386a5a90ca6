//! `dict` methods and the keys/values/items views (set operations, comparisons, reversal).

use crate::native::Args;
use crate::object::{IterState, NativeFn, ObjRef, Payload};
use crate::set::SetData;
use crate::value::Value;
use crate::{PyResult, Vm};
use pyrs_compiler::bytecode::CmpOp;
use std::cell::Cell;

pub fn init(vm: &mut Vm) {
    let t = vm.types.dict.clone();
    vm.add_methods(
        &t,
        &[
            ("get", get),
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("pop", pop),
            ("setdefault", setdefault),
            ("update", update),
            ("copy", copy),
            ("clear", clear),
            ("popitem", popitem),
            ("__reversed__", dunder_reversed),
            ("__len__", dunder_len),
            ("__getitem__", dunder_getitem),
            ("__setitem__", dunder_setitem),
            ("__delitem__", dunder_delitem),
            ("__contains__", dunder_contains),
            ("__iter__", dunder_iter),
            ("__or__", dunder_or),
            ("__ror__", dunder_ror),
            ("__ior__", dunder_ior),
        ],
    );
    vm.add_methods(&t, COMPARISONS);
    vm.add_classmethods(&t, &[("fromkeys", fromkeys)]);
    let common: [(&'static str, NativeFn); 4] = [
        ("__reversed__", view_reversed),
        ("__len__", view_len),
        ("__iter__", view_iter),
        ("__contains__", view_contains),
    ];
    let setlike: [(&'static str, NativeFn); 15] = [
        ("isdisjoint", view_isdisjoint),
        ("__and__", view_and),
        ("__rand__", view_and),
        ("__or__", view_or),
        ("__ror__", view_ror),
        ("__sub__", view_sub),
        ("__rsub__", view_rsub),
        ("__xor__", view_xor),
        ("__rxor__", view_rxor),
        ("__eq__", view_eq),
        ("__ne__", view_ne),
        ("__lt__", view_lt),
        ("__le__", view_le),
        ("__gt__", view_gt),
        ("__ge__", view_ge),
    ];
    for t in [vm.types.dict_keys.clone(), vm.types.dict_items.clone()] {
        vm.add_methods(&t, &common);
        vm.add_methods(&t, &setlike);
    }
    let t = vm.types.dict_values.clone();
    vm.add_methods(&t, &common);
}

fn rest(args: &[Value]) -> &[Value] {
    args.get(1..).unwrap_or(&[])
}

/// `self` of a dict method, with CPython's descriptor error.
fn this<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a crate::dict::Dict> {
    let v = args.first().unwrap_or(&Value::Null);
    match v.payload() {
        Some(Payload::Dict(d)) => Ok(d),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for 'dict' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))),
    }
}

fn get(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [k, default] = Args::new("get", rest(args), kw).positional_only(vm, 1)?;
    let d = this(vm, args, "get")?;
    Ok(vm.dict_get(d, &k)?.unwrap_or(if default.is_null() {
        Value::None
    } else {
        default
    }))
}

fn view(vm: &mut Vm, args: &[Value], kw: &[Value], what: u8) -> PyResult<Value> {
    let name = ["dict.keys", "dict.values", "dict.items"][what as usize];
    let [] = Args::new(name, rest(args), kw).positional_only(vm, 0)?;
    this(vm, args, &name[5..])?;
    let Value::Obj(d) = &args[0] else {
        return Ok(Value::None);
    };
    Ok(Value::obj(Payload::DictView {
        dict: d.clone(),
        what,
    }))
}

fn keys(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view(vm, args, kw, 0)
}

fn values(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view(vm, args, kw, 1)
}

fn items(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view(vm, args, kw, 2)
}

fn pop(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [k, default] = Args::new("pop", rest(args), kw).positional_only(vm, 1)?;
    let d = this(vm, args, "pop")?;
    match vm.dict_del(d, &k)? {
        Some(v) => Ok(v),
        None if !default.is_null() => Ok(default),
        None => Err(vm.key_error(k)),
    }
}

fn setdefault(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [k, default] = Args::new("setdefault", rest(args), kw).positional_only(vm, 1)?;
    let d = this(vm, args, "setdefault")?;
    if let Some(v) = vm.dict_get(d, &k)? {
        return Ok(v);
    }
    let v = if default.is_null() {
        Value::None
    } else {
        default
    };
    vm.dict_set(d, k, v.clone())?;
    Ok(v)
}

/// Adds `(key, value)` pairs from an iterable of pairs (CPython's messages).
fn update_from_pairs(vm: &mut Vm, d: &crate::dict::Dict, m: &Value) -> PyResult<()> {
    let it = vm.iter(m)?;
    let mut i = 0usize;
    while let Some(item) = vm.next(&it)? {
        let pair = match vm.iter(&item) {
            Ok(pi) => {
                let mut out = Vec::with_capacity(2);
                while let Some(x) = vm.next(&pi)? {
                    out.push(x);
                }
                out
            }
            Err(e) if vm.exc_matches(&e, &vm.exc.type_error.clone()) => {
                return Err(vm.type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )))
            }
            Err(e) => return Err(e),
        };
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut pair = pair.into_iter();
        if let (Some(k), Some(v)) = (pair.next(), pair.next()) {
            vm.dict_set(d, k, v)?;
        }
        i += 1;
    }
    Ok(())
}

fn update(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new("update", rest(args), kw);
    let pos = a.positional();
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    let d = this(vm, args, "update")?;
    if let Some(m) = pos.first() {
        if matches!(m.payload(), Some(Payload::Dict(_)))
            || vm.getattr_opt(m, &vm.intern("keys"))?.is_some()
        {
            vm.dict_update_op(&args[0], m, None)?;
        } else {
            update_from_pairs(vm, d, m)?;
        }
    }
    let kwvals = &rest(args)[pos.len()..];
    for (k, v) in kw.iter().zip(kwvals) {
        vm.dict_set(d, k.clone(), v.clone())?;
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [] = Args::new("dict.copy", rest(args), kw).positional_only(vm, 0)?;
    let d = this(vm, args, "copy")?;
    let out = crate::dict::Dict::new();
    for (h, k, v) in d.raw_items() {
        out.insert_unique(h, k, v);
    }
    Ok(Value::obj(Payload::Dict(out)))
}

fn clear(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [] = Args::new("dict.clear", rest(args), kw).positional_only(vm, 0)?;
    this(vm, args, "clear")?.clear();
    Ok(Value::None)
}

fn popitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [] = Args::new("dict.popitem", rest(args), kw).positional_only(vm, 0)?;
    let d = this(vm, args, "popitem")?;
    match d.popitem() {
        Some((k, v)) => Ok(vm.new_tuple(vec![k, v])),
        None => {
            let msg = vm.new_str("popitem(): dictionary is empty");
            Err(vm.key_error(msg))
        }
    }
}

/// `dict.fromkeys(iterable, value=None)` (a class method: `args[0]` is the class).
fn fromkeys(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [it, value] = Args::new("fromkeys", rest(args), kw).positional_only(vm, 1)?;
    let value = if value.is_null() { Value::None } else { value };
    let cls = args.first().cloned().unwrap_or(Value::Null);
    let is_dict = matches!(&cls, Value::Obj(c) if crate::object::ObjRef::ptr_eq(c, &vm.types.dict));
    let out = if is_dict {
        vm.new_dict()
    } else {
        vm.call(&cls, &[], &[])?
    };
    let iter = vm.iter(&it)?;
    while let Some(k) = vm.next(&iter)? {
        match out.payload() {
            Some(Payload::Dict(d)) if is_dict => vm.dict_set(d, k, value.clone())?,
            _ => vm.setitem(&out, k, value.clone())?,
        }
    }
    Ok(out)
}

/// Arguments of a slot wrapper: exactly `N`, CPython's message.
fn wrapper_args<const N: usize>(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<[Value; N]> {
    let pos = rest(args);
    if !kw.is_empty() || pos.len() != N {
        let lead = if N == 2 { " " } else { "" };
        return Err(vm.type_error(format!(
            "{lead}expected {N} argument{}, got {}",
            if N == 1 { "" } else { "s" },
            pos.len() + kw.len()
        )));
    }
    Ok(std::array::from_fn(|i| pos[i].clone()))
}

/// A reverse iterator over a dict's keys (0), values (1) or items (2): a snapshot.
fn reversed_of(vm: &Vm, d: &crate::dict::Dict, what: u8) -> Value {
    let mut items: Vec<Value> = match what {
        0 => d.keys(),
        1 => d.items().into_iter().map(|(_, v)| v).collect(),
        _ => d
            .items()
            .into_iter()
            .map(|(k, v)| vm.new_tuple(vec![k, v]))
            .collect(),
    };
    items.reverse();
    Value::obj(Payload::iter(IterState::Snapshot {
        items: items.into_boxed_slice(),
        index: Cell::new(0),
    }))
}

fn dunder_reversed(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [] = Args::new("dict.__reversed__", rest(args), kw).positional_only(vm, 0)?;
    let d = this(vm, args, "__reversed__")?;
    Ok(reversed_of(vm, d, 0))
}

fn dunder_len(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [] = wrapper_args(vm, args, kw)?;
    Ok(Value::Int(this(vm, args, "__len__")?.len() as i64))
}

fn dunder_getitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [k] = Args::new("dict.__getitem__", rest(args), kw).positional_only(vm, 1)?;
    this(vm, args, "__getitem__")?;
    vm.getitem_base(&args[0], &k)
}

fn dunder_setitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [k, v] = wrapper_args(vm, args, kw)?;
    let d = this(vm, args, "__setitem__")?;
    vm.dict_set(d, k, v)?;
    Ok(Value::None)
}

fn dunder_delitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [k] = wrapper_args(vm, args, kw)?;
    let d = this(vm, args, "__delitem__")?;
    match vm.dict_del(d, &k)? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(k)),
    }
}

fn dunder_contains(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [k] = Args::new("dict.__contains__", rest(args), kw).positional_only(vm, 1)?;
    let d = this(vm, args, "__contains__")?;
    Ok(Value::Bool(vm.dict_get(d, &k)?.is_some()))
}

fn dunder_iter(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [] = wrapper_args(vm, args, kw)?;
    this(vm, args, "__iter__")?;
    vm.iter_base(&args[0])
}

// ---- views -----------------------------------------------------------------------------

/// A view's dict and kind (0 keys, 1 values, 2 items).
fn view_parts(v: &Value) -> Option<(&ObjRef, u8)> {
    match v.payload()? {
        Payload::DictView { dict, what } => Some((dict, *what)),
        _ => None,
    }
}

/// A keys or items view (CPython's "set-like" views).
fn is_setlike_view(v: &Value) -> bool {
    matches!(view_parts(v), Some((_, 0 | 2)))
}

fn view_this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<(&'a crate::dict::Dict, u8)> {
    let v = args.first().unwrap_or(&Value::Null);
    if let Some((d, what)) = view_parts(v) {
        if let Payload::Dict(dd) = &d.payload {
            return Ok((dd, what));
        }
    }
    Err(vm.type_error(format!(
        "descriptor requires a dict view object but received a '{}'",
        vm.type_name(v)
    )))
}

fn view_len_of(v: &Value) -> usize {
    match view_parts(v) {
        Some((d, _)) => match &d.payload {
            Payload::Dict(dd) => dd.len(),
            _ => 0,
        },
        None => 0,
    }
}

/// `x in view`.
fn view_has(vm: &mut Vm, d: &crate::dict::Dict, what: u8, x: &Value) -> PyResult<bool> {
    match what {
        0 => Ok(vm.dict_get(d, x)?.is_some()),
        1 => {
            for (_, v) in d.items() {
                if vm.eq(&v, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            let Some(Payload::Tuple(t)) = x.payload() else {
                return Ok(false);
            };
            if t.len() != 2 {
                return Ok(false);
            }
            match vm.dict_get(d, &t[0])? {
                Some(v) => vm.eq(&v, &t[1]),
                None => Ok(false),
            }
        }
    }
}

fn view_reversed(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [] = wrapper_args(vm, args, kw)?;
    let (d, what) = view_this(vm, args)?;
    Ok(reversed_of(vm, d, what))
}

fn view_len(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [] = wrapper_args(vm, args, kw)?;
    let (d, _) = view_this(vm, args)?;
    Ok(Value::Int(d.len() as i64))
}

fn view_iter(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [] = wrapper_args(vm, args, kw)?;
    view_this(vm, args)?;
    vm.iter_base(&args[0])
}

fn view_contains(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x] = wrapper_args(vm, args, kw)?;
    let (d, what) = view_this(vm, args)?;
    Ok(Value::Bool(view_has(vm, d, what, &x)?))
}

/// A new set from a view (a keys view: from its dict, as CPython does) or any iterable.
fn to_set(vm: &mut Vm, v: &Value) -> PyResult<SetData> {
    if let Some((d, 0)) = view_parts(v) {
        return vm.set_from_iter(&Value::Obj(d.clone()));
    }
    vm.set_from_iter(v)
}

fn set_value(d: SetData) -> Value {
    super::set::new_set(d)
}

/// CPython's `_PyDictView_Intersect`.
fn view_and(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [other] = wrapper_args(vm, args, kw)?;
    let mut this_v = args[0].clone();
    view_this(vm, args)?;
    let len_self = view_len_of(&this_v);
    let mut other = other;
    if let Some(Payload::Set(s)) = other.payload() {
        let n = s.borrow().len();
        if len_self <= n {
            let so = s.borrow();
            let r = super::set::intersection_of(vm, &other, &so, &this_v)?;
            return Ok(set_value(r));
        }
    }
    if is_setlike_view(&other) && view_len_of(&other) > len_self {
        std::mem::swap(&mut this_v, &mut other);
    }
    let result = SetData::default();
    let Some((d, what)) = view_parts(&this_v) else {
        return Ok(set_value(result));
    };
    let d = d.clone();
    let Payload::Dict(dd) = &d.payload else {
        return Ok(set_value(result));
    };
    let it = vm.iter(&other)?;
    while let Some(k) = vm.next(&it)? {
        if view_has(vm, dd, what, &k)? {
            vm.set_add(&result, k)?;
        }
    }
    Ok(set_value(result))
}

fn view_or(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [other] = wrapper_args(vm, args, kw)?;
    view_this(vm, args)?;
    let r = to_set(vm, &args[0])?;
    vm.set_update(&r, &other)?;
    Ok(set_value(r))
}

fn view_ror(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [other] = wrapper_args(vm, args, kw)?;
    view_this(vm, args)?;
    let r = to_set(vm, &other)?;
    vm.set_update(&r, &args[0])?;
    Ok(set_value(r))
}

fn sub_of(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let r = to_set(vm, a)?;
    super::set::difference_update_of(vm, &Value::Null, &r, b)?;
    Ok(set_value(r))
}

fn view_sub(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [other] = wrapper_args(vm, args, kw)?;
    view_this(vm, args)?;
    sub_of(vm, &args[0], &other)
}

fn view_rsub(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [other] = wrapper_args(vm, args, kw)?;
    view_this(vm, args)?;
    sub_of(vm, &other, &args[0])
}

fn xor_of(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let r = to_set(vm, a)?;
    super::set::symmetric_difference_update_of(vm, &Value::Null, &r, b)?;
    Ok(set_value(r))
}

fn view_xor(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [other] = wrapper_args(vm, args, kw)?;
    view_this(vm, args)?;
    xor_of(vm, &args[0], &other)
}

fn view_rxor(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [other] = wrapper_args(vm, args, kw)?;
    view_this(vm, args)?;
    xor_of(vm, &other, &args[0])
}

fn view_isdisjoint(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [other] = Args::new("isdisjoint", rest(args), kw).positional_only(vm, 1)?;
    let (d, what) = view_this(vm, args)?;
    if other.is(&args[0]) {
        return Ok(Value::Bool(d.is_empty()));
    }
    let other_len = match other.payload() {
        Some(Payload::Set(s)) => Some(s.borrow().len()),
        Some(Payload::FrozenSet(s)) => Some(s.len()),
        _ if is_setlike_view(&other) => Some(view_len_of(&other)),
        _ => None,
    };
    if matches!(other_len, Some(n) if n > d.len()) {
        let it = vm.iter(&args[0])?;
        while let Some(k) = vm.next(&it)? {
            if vm.contains(&other, &k)? {
                return Ok(Value::Bool(false));
            }
        }
        return Ok(Value::Bool(true));
    }
    let it = vm.iter(&other)?;
    while let Some(k) = vm.next(&it)? {
        if view_has(vm, d, what, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Every element of `a` is in `b`.
fn all_contained_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = vm.iter(a)?;
    while let Some(k) = vm.next(&it)? {
        if !vm.contains(b, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// CPython's `dictview_richcompare` for `a <op> b` where either side is a keys or items view:
/// None (NotImplemented) unless the other side is a set, frozenset or keys/items view.
pub fn view_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    let setlike = |v: &Value| {
        is_setlike_view(v) || matches!(v.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_)))
    };
    if !(is_setlike_view(a) || is_setlike_view(b)) || !setlike(a) || !setlike(b) {
        return Ok(None);
    }
    let la = vm.len(a)?;
    let lb = vm.len(b)?;
    Ok(Some(match op {
        CmpOp::Eq | CmpOp::Ne => {
            let eq = la == lb && all_contained_in(vm, a, b)?;
            eq == (op == CmpOp::Eq)
        }
        CmpOp::Lt => la < lb && all_contained_in(vm, a, b)?,
        CmpOp::Le => la <= lb && all_contained_in(vm, a, b)?,
        CmpOp::Gt => la > lb && all_contained_in(vm, b, a)?,
        CmpOp::Ge => la >= lb && all_contained_in(vm, b, a)?,
    }))
}

fn view_compare(vm: &mut Vm, args: &[Value], kw: &[Value], op: CmpOp) -> PyResult<Value> {
    let [other] = wrapper_args(vm, args, kw)?;
    view_this(vm, args)?;
    Ok(match view_richcompare(vm, &args[0], &other, op)? {
        Some(r) => Value::Bool(r),
        None => vm.not_implemented.clone(),
    })
}

fn view_eq(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_compare(vm, args, kw, CmpOp::Eq)
}

fn view_ne(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_compare(vm, args, kw, CmpOp::Ne)
}

fn view_lt(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_compare(vm, args, kw, CmpOp::Lt)
}

fn view_le(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_compare(vm, args, kw, CmpOp::Le)
}

fn view_gt(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_compare(vm, args, kw, CmpOp::Gt)
}

fn view_ge(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_compare(vm, args, kw, CmpOp::Ge)
}

super::container_comparisons!(
    "dict",
    Payload::Dict(_),
    [(dunder_eq, Eq, "__eq__"), (dunder_ne, Ne, "__ne__")]
);

/// `dict.__or__`/`__ror__`: a new dict of the left operand's items updated with the
/// right's; NotImplemented unless both are dicts.
fn dict_union(vm: &mut Vm, args: &[Value], kw: &[Value], reflected: bool) -> PyResult<Value> {
    let name = if reflected { "__ror__" } else { "__or__" };
    let [o] = Args::new(name, rest(args), kw).positional_only(vm, 1)?;
    this(vm, args, name)?;
    let (a, b) = if reflected {
        (&o, &args[0])
    } else {
        (&args[0], &o)
    };
    let r = crate::objects::number::binary(vm, a, b, pyrs_compiler::bytecode::BinOp::Or)?;
    Ok(r.unwrap_or_else(|| vm.not_implemented.clone()))
}

fn dunder_or(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    dict_union(vm, args, kw, false)
}

fn dunder_ror(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    dict_union(vm, args, kw, true)
}

/// `dict.__ior__`: `update` with one mapping or iterable of pairs, then `self`.
pub(crate) fn dunder_ior(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [_] = Args::new("__ior__", rest(args), kw).positional_only(vm, 1)?;
    update(vm, args, &[])?;
    Ok(args[0].clone())
}
