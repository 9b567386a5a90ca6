//! The `gc` module: the cycle collector (`crate::gc`) as Python programs steer it.

use crate::gc::with_generations;
use crate::native::Args;
use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};

const DEBUG_FLAGS: [(&str, i64); 5] = [
    ("DEBUG_STATS", 1),
    ("DEBUG_COLLECTABLE", 2),
    ("DEBUG_UNCOLLECTABLE", 4),
    ("DEBUG_SAVEALL", crate::gc::DEBUG_SAVEALL),
    ("DEBUG_LEAK", 38),
];

pub fn init(vm: &mut Vm, ns: &ObjRef) -> PyResult<()> {
    if let Payload::Dict(d) = &ns.payload {
        for (name, v) in DEBUG_FLAGS {
            d.set_str(vm.intern(name), Value::Int(v));
        }
        d.set_str(vm.intern("garbage"), vm.new_list(vec![]));
        d.set_str(vm.intern("callbacks"), vm.new_list(vec![]));
    }
    vm.add_functions(
        ns,
        &[
            ("collect", collect),
            ("enable", enable),
            ("disable", disable),
            ("isenabled", isenabled),
            ("get_count", get_count),
            ("get_threshold", get_threshold),
            ("set_threshold", set_threshold),
            ("get_stats", get_stats),
            ("is_tracked", is_tracked),
            ("is_finalized", is_finalized),
            ("get_objects", get_objects),
            ("get_referents", get_referents),
            ("get_referrers", get_referrers),
            ("get_debug", get_debug),
            ("set_debug", set_debug),
            ("freeze", freeze),
            ("unfreeze", unfreeze),
            ("get_freeze_count", get_freeze_count),
        ],
    );
    Ok(())
}

/// `gc.collect(generation=2)`.
fn collect(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [g] = Args::new("collect", a, kw).parse(vm, &["generation"], 0)?;
    let gen = if g.is_null() { 2 } else { vm.index_i64(&g)? };
    if !(0..=2).contains(&gen) {
        return Err(vm.value_error("invalid generation"));
    }
    let n = vm.gc_collect(gen as usize);
    // What the collection freed may have queued `__del__` calls and generator closes.
    vm.run_pending_work();
    Ok(Value::Int(n as i64))
}

fn noargs(vm: &Vm, name: &str, a: &[Value], kw: &[Value]) -> PyResult<()> {
    Args::new(name, a, kw)
        .positional_only::<0>(vm, 0)
        .map(|_| ())
}

fn enable(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    noargs(vm, "gc.enable", a, kw)?;
    with_generations(|g| g.enabled = true);
    Ok(Value::None)
}

fn disable(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    noargs(vm, "gc.disable", a, kw)?;
    with_generations(|g| g.enabled = false);
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    noargs(vm, "gc.isenabled", a, kw)?;
    Ok(Value::Bool(with_generations(|g| g.enabled)))
}

fn ints(vm: &Vm, xs: [usize; 3]) -> Value {
    vm.new_tuple(xs.iter().map(|&x| Value::Int(x as i64)).collect())
}

fn get_count(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    noargs(vm, "gc.get_count", a, kw)?;
    Ok(ints(vm, with_generations(|g| g.count)))
}

fn get_threshold(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    noargs(vm, "gc.get_threshold", a, kw)?;
    Ok(ints(vm, with_generations(|g| g.threshold)))
}

/// `gc.set_threshold(threshold0[, threshold1[, threshold2]])`.
fn set_threshold(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("set_threshold() takes no keyword arguments"));
    }
    if a.is_empty() || a.len() > 3 {
        let bound = if a.is_empty() {
            "least 1 argument"
        } else {
            "most 3 arguments"
        };
        return Err(vm.type_error(format!(
            "set_threshold() takes at {bound} ({} given)",
            a.len()
        )));
    }
    let mut t = with_generations(|g| g.threshold);
    for (i, v) in a.iter().enumerate() {
        t[i] = usize::try_from(vm.index_i64(v)?).unwrap_or(0);
    }
    with_generations(|g| g.threshold = t);
    Ok(Value::None)
}

fn get_stats(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    noargs(vm, "gc.get_stats", a, kw)?;
    let stats = vm.gc_stats;
    let mut out = Vec::new();
    for s in stats {
        let d = vm.new_dict();
        for (k, v) in [
            ("collections", s.collections),
            ("collected", s.collected),
            ("uncollectable", s.uncollectable),
        ] {
            vm.setitem(&d, vm.intern(k), Value::Int(v as i64))?;
        }
        out.push(d);
    }
    Ok(vm.new_list(out))
}

fn one(vm: &Vm, name: &str, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x] = Args::new(name, a, kw).positional_only(vm, 1)?;
    Ok(x)
}

fn is_tracked(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one(vm, "gc.is_tracked", a, kw)?;
    Ok(Value::Bool(
        matches!(&x, Value::Obj(o) if ObjRef::is_tracked(o)),
    ))
}

fn is_finalized(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one(vm, "gc.is_finalized", a, kw)?;
    Ok(Value::Bool(
        matches!(&x, Value::Obj(o) if ObjRef::is_finalized(o)),
    ))
}

/// `gc.get_objects(generation=None)`.
fn get_objects(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [g] = Args::new("get_objects", a, kw).parse(vm, &["generation"], 0)?;
    let gens = if g.is_null() || g.is_none() {
        vec![0, 1, 2]
    } else {
        let gen = vm.index_i64(&g)?;
        if gen >= 3 {
            return Err(vm.value_error(
                "generation parameter must be less than the number of available generations (3)",
            ));
        }
        if gen < 0 {
            return Err(vm.value_error("generation parameter cannot be negative"));
        }
        vec![gen as usize]
    };
    let mut out = Vec::new();
    for gen in gens {
        out.extend(ObjRef::tracked(gen).into_iter().map(Value::Obj));
    }
    Ok(vm.new_list(out))
}

/// `gc.get_referents(*objs)`: what the objects refer to (containers only).
fn get_referents(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("get_referents() takes no keyword arguments"));
    }
    let mut out = Vec::new();
    for x in a {
        if let Value::Obj(o) = x {
            if ObjRef::is_tracked(o) {
                crate::gc::traverse(o, &mut |r| out.push(Value::Obj(r.clone())));
            }
        }
    }
    Ok(vm.new_list(out))
}

/// `gc.get_referrers(*objs)`: the tracked objects that refer to any of them.
fn get_referrers(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("get_referrers() takes no keyword arguments"));
    }
    let targets: Vec<*const crate::object::Object> = a
        .iter()
        .filter_map(|x| x.as_obj().map(ObjRef::as_ptr))
        .collect();
    let mut out = Vec::new();
    for gen in 0..3 {
        for o in ObjRef::tracked(gen) {
            let mut hit = false;
            crate::gc::traverse(&o, &mut |r| hit |= targets.contains(&ObjRef::as_ptr(r)));
            if hit {
                out.push(Value::Obj(o));
            }
        }
    }
    Ok(vm.new_list(out))
}

fn get_debug(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    noargs(vm, "gc.get_debug", a, kw)?;
    Ok(Value::Int(vm.gc_debug))
}

fn set_debug(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one(vm, "gc.set_debug", a, kw)?;
    vm.gc_debug = vm.index_i64(&x)?;
    Ok(Value::None)
}

/// `gc.freeze()`: everything tracked now is left alone by later collections.
fn freeze(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    noargs(vm, "gc.freeze", a, kw)?;
    ObjRef::freeze(true);
    Ok(Value::None)
}

fn unfreeze(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    noargs(vm, "gc.unfreeze", a, kw)?;
    ObjRef::freeze(false);
    Ok(Value::None)
}

fn get_freeze_count(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    noargs(vm, "gc.get_freeze_count", a, kw)?;
    Ok(Value::Int(with_generations(|g| g.len(3)) as i64))
}
