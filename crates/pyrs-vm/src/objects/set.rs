//! `set` and `frozenset` methods and the set algebra, following CPython's algorithms (which operand is walked, presizing) so results iterate in CPython's order.

use crate::native::Args;
use crate::object::{IterState, Payload};
use crate::set::SetData;
use crate::value::Value;
use crate::{PyResult, Vm};
use pyrs_compiler::bytecode::{BinOp, CmpOp};
use std::cell::{Cell, Ref, RefCell};
use std::ops::Deref;

pub fn init(vm: &mut Vm) {
    let common: [(&'static str, crate::object::NativeFn); 13] = [
        ("copy", copy),
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
        ("__len__", dunder_len),
        ("__contains__", dunder_contains),
        ("__iter__", dunder_iter),
        ("__repr__", dunder_repr),
        ("__hash__", dunder_hash),
    ];
    let t = vm.types.set.clone();
    vm.add_methods(&t, &common[..12]);
    vm.add_methods(
        &t,
        &[
            ("add", add),
            ("discard", discard),
            ("remove", remove),
            ("pop", pop),
            ("clear", clear),
            ("update", update),
            ("intersection_update", intersection_update),
            ("difference_update", difference_update),
            ("symmetric_difference_update", symmetric_difference_update),
        ],
    );
    let t = vm.types.frozenset.clone();
    vm.add_methods(&t, &common);
}

/// A borrowed set storage (of a set or a frozenset).
pub enum SetRef<'a> {
    Set(Ref<'a, SetData>),
    Frozen(&'a SetData),
}

impl Deref for SetRef<'_> {
    type Target = SetData;
    fn deref(&self) -> &SetData {
        match self {
            SetRef::Set(r) => r,
            SetRef::Frozen(f) => f,
        }
    }
}

/// The storage of a set or frozenset value.
pub fn data(v: &Value) -> Option<SetRef<'_>> {
    match v.payload()? {
        Payload::Set(s) => Some(SetRef::Set(s.borrow())),
        Payload::FrozenSet(s) => Some(SetRef::Frozen(s)),
        _ => None,
    }
}

/// A new value of `like`'s kind (set or frozenset).
fn new_like(like: &Value, d: SetData) -> Value {
    match like.payload() {
        Some(Payload::FrozenSet(_)) => Value::obj(Payload::frozenset(d)),
        _ => Value::obj(Payload::Set(Box::new(RefCell::new(d)))),
    }
}

pub fn new_set(d: SetData) -> Value {
    Value::obj(Payload::Set(Box::new(RefCell::new(d))))
}

/// `self` of a method of `set` (`frozen`: or of `frozenset`), with CPython's descriptor error.
fn this<'a>(vm: &Vm, args: &'a [Value], name: &str, frozen: bool) -> PyResult<SetRef<'a>> {
    let v = args.first().unwrap_or(&Value::Null);
    match v.payload() {
        Some(Payload::Set(s)) => Ok(SetRef::Set(s.borrow())),
        Some(Payload::FrozenSet(s)) if frozen => Ok(SetRef::Frozen(s)),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
            if frozen { "frozenset" } else { "set" },
            vm.type_name(v)
        ))),
    }
}

fn qual(args: &[Value], name: &str) -> String {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::FrozenSet(_)) => format!("frozenset.{name}"),
        _ => format!("set.{name}"),
    }
}

fn one_arg(vm: &Vm, args: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    let q = qual(args, name);
    let [x] = Args::new(&q, args.get(1..).unwrap_or(&[]), kw).positional_only(vm, 1)?;
    Ok(x)
}

fn no_args(vm: &Vm, args: &[Value], kw: &[Value], name: &str) -> PyResult<()> {
    let q = qual(args, name);
    let [] = Args::new(&q, args.get(1..).unwrap_or(&[]), kw).positional_only(vm, 0)?;
    Ok(())
}

fn var_args<'a>(vm: &Vm, args: &'a [Value], kw: &[Value], name: &str) -> PyResult<&'a [Value]> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", qual(args, name))));
    }
    Ok(args.get(1..).unwrap_or(&[]))
}

// ---- the algorithms -------------------------------------------------------------------

/// `set(so)` / `so.copy()`.
fn copy_of(so: &SetData) -> SetData {
    SetData::from_table(so.table().copy())
}

/// CPython's `set_intersection(so, other)`.
pub fn intersection_of(vm: &mut Vm, a: &Value, so: &SetData, other: &Value) -> PyResult<SetData> {
    if a.is(other) {
        return Ok(copy_of(so));
    }
    let result = SetData::default();
    if let Some(od) = data(other) {
        // Walk the smaller one (`other` on a tie), probing the larger.
        let (big, small): (&SetData, &SetData) = if od.len() > so.len() {
            (&od, so)
        } else {
            (so, &od)
        };
        for (h, k) in small.items_with_hash() {
            if vm.set_contains_hashed(big, &k, h)? {
                vm.set_add_hashed(&result, k, h)?;
            }
        }
        return Ok(result);
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if vm.set_contains_hashed(so, &k, h)? {
            vm.set_add_hashed(&result, k, h)?;
        }
    }
    Ok(result)
}

/// CPython's `set_difference_update_internal(so, other)`.
pub fn difference_update_of(vm: &mut Vm, a: &Value, so: &SetData, other: &Value) -> PyResult<()> {
    if a.is(other) {
        so.table_mut().clear();
        return Ok(());
    }
    if let Some(od) = data(other) {
        let walk = if (od.len() >> 3) > so.len() {
            intersection_of(vm, other, &od, a)?.items_with_hash()
        } else {
            od.items_with_hash()
        };
        drop(od);
        for (h, k) in walk {
            vm.set_discard_hashed(so, &k, h)?;
        }
    } else {
        let it = vm.iter(other)?;
        while let Some(k) = vm.next(&it)? {
            vm.set_discard(so, &k)?;
        }
    }
    so.table_mut().compact_if_many_dummies();
    Ok(())
}

/// CPython's `set_difference(so, other)`.
pub fn difference_of(vm: &mut Vm, a: &Value, so: &SetData, other: &Value) -> PyResult<SetData> {
    let other_size = match other.payload() {
        Some(Payload::Set(_) | Payload::FrozenSet(_)) => data(other).map(|d| d.len()),
        Some(Payload::Dict(d)) => Some(d.len()),
        _ => None,
    };
    match other_size {
        Some(n) if (so.len() >> 2) <= n => {}
        _ => {
            let result = copy_of(so);
            difference_update_of(vm, &Value::Null, &result, other)?;
            return Ok(result);
        }
    }
    let result = SetData::default();
    if let Some(Payload::Dict(d)) = other.payload() {
        for (h, k) in so.items_with_hash() {
            if vm.dict_get(d, &k)?.is_none() {
                vm.set_add_hashed(&result, k, h)?;
            }
        }
        return Ok(result);
    }
    if a.is(other) {
        return Ok(result);
    }
    if let Some(od) = data(other) {
        for (h, k) in so.items_with_hash() {
            if !vm.set_contains_hashed(&od, &k, h)? {
                vm.set_add_hashed(&result, k, h)?;
            }
        }
    }
    Ok(result)
}

/// CPython's `set_symmetric_difference_update(so, other)`.
pub fn symmetric_difference_update_of(
    vm: &mut Vm,
    a: &Value,
    so: &SetData,
    other: &Value,
) -> PyResult<()> {
    if a.is(other) {
        so.table_mut().clear();
        return Ok(());
    }
    let pairs: Vec<(i64, Value)> = if let Some(Payload::Dict(d)) = other.payload() {
        d.raw_items().into_iter().map(|(h, k, _)| (h, k)).collect()
    } else if let Some(od) = data(other) {
        od.items_with_hash()
    } else {
        vm.set_from_iter(other)?.items_with_hash()
    };
    for (h, k) in pairs {
        if !vm.set_discard_hashed(so, &k, h)? {
            vm.set_add_hashed(so, k, h)?;
        }
    }
    Ok(())
}

/// `so <= other` for a set `other`.
fn is_subset(vm: &mut Vm, so: &SetData, other: &SetData) -> PyResult<bool> {
    if so.len() > other.len() {
        return Ok(false);
    }
    for (h, k) in so.items_with_hash() {
        if !vm.set_contains_hashed(other, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a <op> b` for two sets (or frozensets): the binary operators.
pub fn set_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let Some(so) = data(a) else {
        return Ok(vm.not_implemented.clone());
    };
    let out = match op {
        BinOp::Or => {
            let r = copy_of(&so);
            if !a.is(b) {
                vm.set_update(&r, b)?;
            }
            r
        }
        BinOp::And => intersection_of(vm, a, &so, b)?,
        BinOp::Subtract => difference_of(vm, a, &so, b)?,
        _ => {
            let r = vm.set_from_iter(b)?;
            symmetric_difference_update_of(vm, &Value::Null, &r, a)?;
            r
        }
    };
    Ok(new_like(a, out))
}

/// `a <op>= b` for a set `a` and a set or frozenset `b`: updates `a` in place.
pub fn set_inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<()> {
    let Some(so) = data(a) else { return Ok(()) };
    match op {
        BinOp::Or => vm.set_update(&so, b),
        BinOp::And => {
            let t = intersection_of(vm, a, &so, b)?;
            so.replace(t.table().clone());
            Ok(())
        }
        BinOp::Subtract => difference_update_of(vm, a, &so, b),
        _ => symmetric_difference_update_of(vm, a, &so, b),
    }
}

/// Rich comparison of two sets (or frozensets).
pub fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    let (Some(x), Some(y)) = (data(a), data(b)) else {
        return Ok(false);
    };
    let (lx, ly) = (x.len(), y.len());
    Ok(match op {
        CmpOp::Eq => lx == ly && is_subset(vm, &x, &y)?,
        CmpOp::Ne => !(lx == ly && is_subset(vm, &x, &y)?),
        CmpOp::Le => is_subset(vm, &x, &y)?,
        CmpOp::Lt => lx < ly && is_subset(vm, &x, &y)?,
        CmpOp::Ge => is_subset(vm, &y, &x)?,
        CmpOp::Gt => lx > ly && is_subset(vm, &y, &x)?,
    })
}

/// `iter(set)`.
pub fn set_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(live_iter(v))
}

/// A live iterator over a set or frozenset.
pub fn live_iter(v: &Value) -> Value {
    let len = data(v).map(|d| d.len()).unwrap_or(0);
    Value::obj(Payload::iter(IterState::Set {
        set: v.clone(),
        pos: Cell::new(0),
        len,
        count: Cell::new(0),
    }))
}

// ---- methods ----------------------------------------------------------------------------

fn add(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, args, kw, "add")?;
    let so = this(vm, args, "add", false)?;
    vm.set_add(&so, x)?;
    Ok(Value::None)
}

fn discard(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, args, kw, "discard")?;
    let so = this(vm, args, "discard", false)?;
    vm.set_discard(&so, &x)?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, args, kw, "remove")?;
    let so = this(vm, args, "remove", false)?;
    if !vm.set_discard(&so, &x)? {
        return Err(vm.key_error(x));
    }
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, args, kw, "pop")?;
    let so = this(vm, args, "pop", false)?;
    let r = so.table_mut().pop();
    match r {
        Some(v) => Ok(v),
        None => {
            let msg = vm.new_str("pop from an empty set");
            Err(vm.key_error(msg))
        }
    }
}

fn clear(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, args, kw, "clear")?;
    let so = this(vm, args, "clear", false)?;
    // Keeps the `pop` finger, as CPython does.
    so.table_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, args, kw, "copy")?;
    let so = this(vm, args, "copy", true)?;
    if matches!(so, SetRef::Frozen(_)) {
        return Ok(args[0].clone());
    }
    Ok(new_set(copy_of(&so)))
}

fn update(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let others = var_args(vm, args, kw, "update")?;
    let so = this(vm, args, "update", false)?;
    for o in others {
        vm.set_update(&so, o)?;
    }
    Ok(Value::None)
}

fn union(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let others = var_args(vm, args, kw, "union")?;
    let so = this(vm, args, "union", true)?;
    let r = copy_of(&so);
    for o in others {
        if !o.is(&args[0]) {
            vm.set_update(&r, o)?;
        }
    }
    Ok(new_like(&args[0], r))
}

/// CPython's `set_intersection_multi`.
fn intersection_multi(vm: &mut Vm, args: &[Value], others: &[Value]) -> PyResult<SetData> {
    let so = this(vm, args, "intersection", true)?;
    let mut result = copy_of(&so);
    let mut first = true;
    for o in others {
        let r = if first {
            intersection_of(vm, &args[0], &so, o)?
        } else {
            intersection_of(vm, &Value::Null, &result, o)?
        };
        first = false;
        result = r;
    }
    Ok(result)
}

fn intersection(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let others = var_args(vm, args, kw, "intersection")?;
    let r = intersection_multi(vm, args, others)?;
    Ok(new_like(&args[0], r))
}

fn intersection_update(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let others = var_args(vm, args, kw, "intersection_update")?;
    let so = this(vm, args, "intersection_update", false)?;
    let r = intersection_multi(vm, args, others)?;
    so.replace(r.snapshot());
    Ok(Value::None)
}

fn difference(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let others = var_args(vm, args, kw, "difference")?;
    let so = this(vm, args, "difference", true)?;
    let Some((first, rest)) = others.split_first() else {
        return Ok(new_like(&args[0], copy_of(&so)));
    };
    let r = difference_of(vm, &args[0], &so, first)?;
    for o in rest {
        difference_update_of(vm, &Value::Null, &r, o)?;
    }
    Ok(new_like(&args[0], r))
}

fn difference_update(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let others = var_args(vm, args, kw, "difference_update")?;
    let so = this(vm, args, "difference_update", false)?;
    for o in others {
        difference_update_of(vm, &args[0], &so, o)?;
    }
    Ok(Value::None)
}

fn symmetric_difference(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, args, kw, "symmetric_difference")?;
    let so = this(vm, args, "symmetric_difference", true)?;
    let r = vm.set_from_iter(&x)?;
    let selfv = args[0].clone();
    drop(so);
    symmetric_difference_update_of(vm, &Value::Null, &r, &selfv)?;
    Ok(new_like(&args[0], r))
}

fn symmetric_difference_update(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, args, kw, "symmetric_difference_update")?;
    let so = this(vm, args, "symmetric_difference_update", false)?;
    symmetric_difference_update_of(vm, &args[0], &so, &x)?;
    Ok(Value::None)
}

fn issubset(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, args, kw, "issubset")?;
    let so = this(vm, args, "issubset", true)?;
    let r = match data(&x) {
        Some(od) => is_subset(vm, &so, &od)?,
        None => {
            let t = vm.set_from_iter(&x)?;
            is_subset(vm, &so, &t)?
        }
    };
    Ok(Value::Bool(r))
}

fn issuperset(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, args, kw, "issuperset")?;
    let so = this(vm, args, "issuperset", true)?;
    let r = match data(&x) {
        Some(od) => is_subset(vm, &od, &so)?,
        None => {
            let t = vm.set_from_iter(&x)?;
            is_subset(vm, &t, &so)?
        }
    };
    Ok(Value::Bool(r))
}

fn isdisjoint(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, args, kw, "isdisjoint")?;
    let so = this(vm, args, "isdisjoint", true)?;
    if x.is(&args[0]) {
        return Ok(Value::Bool(so.is_empty()));
    }
    if let Some(od) = data(&x) {
        let (big, small): (&SetData, &SetData) = if od.len() > so.len() {
            (&od, &so)
        } else {
            (&so, &od)
        };
        for (h, k) in small.items_with_hash() {
            if vm.set_contains_hashed(big, &k, h)? {
                return Ok(Value::Bool(false));
            }
        }
        return Ok(Value::Bool(true));
    }
    let it = vm.iter(&x)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if vm.set_contains_hashed(&so, &k, h)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn dunder_len(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, args, kw, "__len__")?;
    let so = this(vm, args, "__len__", true)?;
    Ok(Value::Int(so.len() as i64))
}

fn dunder_contains(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, args, kw, "__contains__")?;
    let so = this(vm, args, "__contains__", true)?;
    Ok(Value::Bool(vm.set_contains(&so, &x)?))
}

fn dunder_iter(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, args, kw, "__iter__")?;
    drop(this(vm, args, "__iter__", true)?);
    vm.iter_base(&args[0])
}

fn dunder_repr(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, args, kw, "__repr__")?;
    drop(this(vm, args, "__repr__", true)?);
    let s = vm.repr_str(&args[0])?;
    Ok(vm.new_str(s))
}

fn dunder_hash(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, args, kw, "__hash__")?;
    drop(this(vm, args, "__hash__", true)?);
    Ok(Value::Int(vm.hash(&args[0])?))
}
