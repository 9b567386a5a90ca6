//! `list` and `tuple` methods.

use crate::native::Args;
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};

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
        ],
    );
    let t = vm.types.tuple.clone();
    vm.add_methods(&t, &[("index", index), ("count", count)]);
}

fn with_list<R>(args: &[Value], f: impl FnOnce(&mut Vec<Value>) -> R) -> Option<R> {
    match args.first()?.payload()? {
        Payload::List(l) => Some(f(&mut l.borrow_mut())),
        _ => None,
    }
}

fn append(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x] = Args::new("list.append", &args[1..], kw).positional_only(vm, 1)?;
    with_list(args, |l| l.push(x));
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [i] = Args::new("pop", &args[1..], kw).positional_only(vm, 0)?;
    let i = if i.is_null() { -1 } else { vm.index_i64(&i)? };
    let r = with_list(args, |l| {
        if l.is_empty() {
            return Err("pop from empty list");
        }
        match super::norm_index(i, l.len()) {
            Some(j) => Ok(l.remove(j)),
            None => Err("pop index out of range"),
        }
    });
    match r {
        Some(Ok(v)) => Ok(v),
        Some(Err(m)) => Err(vm.index_error(m)),
        None => Ok(Value::None),
    }
}

fn extend(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [it] = Args::new("list.extend", &args[1..], kw).positional_only(vm, 1)?;
    let items = vm.collect(&it)?;
    with_list(args, |l| l.extend(items));
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [i, x] = Args::new("insert", &args[1..], kw).positional_only(vm, 2)?;
    let i = vm.index_i64(&i)?;
    with_list(args, |l| {
        let n = l.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        l.insert(j as usize, x);
    });
    Ok(Value::None)
}

fn reverse(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    with_list(args, |l| l.reverse());
    Ok(Value::None)
}

fn clear(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let old = with_list(args, std::mem::take);
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = with_list(args, |l| l.clone()).unwrap_or_default();
    Ok(vm.new_list(v))
}

fn index(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x, _start, _stop] = Args::new("index", &args[1..], kw).positional_only(vm, 1)?;
    let items = vm.collect(&args[0])?;
    for (i, v) in items.iter().enumerate() {
        if vm.eq(v, &x)? {
            return Ok(Value::Int(i as i64));
        }
    }
    let what = if matches!(args[0].payload(), Some(Payload::Tuple(_))) {
        "tuple.index(x): x not in tuple".to_string()
    } else {
        format!("{} is not in list", vm.repr_str(&x)?)
    };
    Err(vm.value_error(what))
}

fn count(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x] = Args::new("count", &args[1..], kw).positional_only(vm, 1)?;
    let items = vm.collect(&args[0])?;
    let mut n = 0;
    for v in &items {
        if vm.eq(v, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn remove(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x] = Args::new("list.remove", &args[1..], kw).positional_only(vm, 1)?;
    let items = vm.collect(&args[0])?;
    for (i, v) in items.iter().enumerate() {
        if vm.eq(v, &x)? {
            let removed = with_list(args, |l| if i < l.len() { Some(l.remove(i)) } else { None });
            drop(removed);
            return Ok(Value::None);
        }
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

/// `list.sort(key=None, reverse=False)`: stable merge sort that tolerates errors.
fn sort(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [key, reverse] = Args::new("sort", &args[1..], kw).parse(vm, &["key", "reverse"], 0)?;
    if !Args::new("sort", &args[1..], kw).positional().is_empty() {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let reverse = if reverse.is_null() {
        false
    } else {
        vm.truthy(&reverse)?
    };
    let Some(Payload::List(l)) = args[0].payload() else {
        return Ok(Value::None);
    };
    let items = std::mem::take(&mut *l.borrow_mut());
    let keys = if key.is_null() || key.is_none() {
        items.clone()
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for v in &items {
            match vm.call(&key, &[v.clone()], &[]) {
                Ok(k) => ks.push(k),
                Err(e) => {
                    *l.borrow_mut() = items;
                    return Err(e);
                }
            }
        }
        ks
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let mut err = None;
    // Insertion-merge via a stable sort with a fallible comparator.
    let mut merge_sort = |idx: &mut Vec<usize>| {
        idx.sort_by(|&a, &b| {
            if err.is_some() {
                return std::cmp::Ordering::Equal;
            }
            let (x, y) = if reverse {
                (&keys[b], &keys[a])
            } else {
                (&keys[a], &keys[b])
            };
            match vm.lt(x, y) {
                Ok(true) => std::cmp::Ordering::Less,
                Ok(false) => match vm.lt(y, x) {
                    Ok(true) => std::cmp::Ordering::Greater,
                    Ok(false) => std::cmp::Ordering::Equal,
                    Err(e) => {
                        err = Some(e);
                        std::cmp::Ordering::Equal
                    }
                },
                Err(e) => {
                    err = Some(e);
                    std::cmp::Ordering::Equal
                }
            }
        });
    };
    merge_sort(&mut idx);
    let modified = !l.borrow().is_empty();
    let sorted: Vec<Value> = if err.is_some() {
        items
    } else {
        idx.into_iter().map(|i| items[i].clone()).collect()
    };
    *l.borrow_mut() = sorted;
    if let Some(e) = err {
        return Err(e);
    }
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}
