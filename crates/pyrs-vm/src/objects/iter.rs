//! Iterator objects: `next()` for each iterator state, and their `__iter__`/`__next__`/`__length_hint__` methods.

use crate::native::Args;
use crate::object::{IterState, NativeFn, ObjRef, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};

/// A dict iterator's `index` holds the entry position in its low 32 bits and the number of
/// items produced so far above them (CPython's "dictionary keys changed" check needs both).
const POS_MASK: usize = 0xFFFF_FFFF;
const COUNT_SHIFT: u32 = 32;

pub fn init(vm: &mut Vm) {
    let basic: [(&'static str, NativeFn); 2] =
        [("__iter__", dunder_iter), ("__next__", dunder_next)];
    let t = &vm.types;
    let with_hint = [
        t.list_iterator.clone(),
        t.tuple_iterator.clone(),
        t.seq_iterator.clone(),
        t.str_iterator.clone(),
        t.bytes_iterator.clone(),
        t.range_iterator.clone(),
        t.dict_keyiterator.clone(),
        t.dict_valueiterator.clone(),
        t.dict_itemiterator.clone(),
        t.set_iterator.clone(),
        t.reversed.clone(),
        t.list_reverseiterator.clone(),
    ];
    let without_hint = [
        t.callable_iterator.clone(),
        t.enumerate.clone(),
        t.zip.clone(),
        t.map.clone(),
        t.filter.clone(),
    ];
    for ty in with_hint.iter() {
        vm.add_methods(ty, &basic);
        vm.add_methods(ty, &[("__length_hint__", dunder_length_hint)]);
    }
    for ty in without_hint.iter() {
        vm.add_methods(ty, &basic);
    }
}

fn this_iter<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<(&'a ObjRef, &'a IterState)> {
    match args.first() {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::Iter(st) => Ok((o, st)),
            _ => Err(vm.type_error(format!(
                "descriptor '{name}' requires an iterator object but received a '{}'",
                vm.type_name(&args[0])
            ))),
        },
        other => Err(vm.type_error(format!(
            "descriptor '{name}' requires an iterator object but received a '{}'",
            vm.type_name(other.unwrap_or(&Value::Null))
        ))),
    }
}

fn no_args(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<()> {
    let n = args.len().saturating_sub(1) + kw.len();
    if n != 0 {
        return Err(vm.type_error(format!("expected 0 arguments, got {n}")));
    }
    Ok(())
}

fn dunder_iter(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, args, kw)?;
    this_iter(vm, args, "__iter__")?;
    Ok(args[0].clone())
}

fn dunder_next(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, args, kw)?;
    let (o, st) = this_iter(vm, args, "__next__")?;
    match iter_next(vm, o, st)? {
        Some(v) => Ok(v),
        None => Err(vm.new_exception(&vm.exc.stop_iteration.clone(), vec![])),
    }
}

fn dunder_length_hint(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [] =
        Args::new("__length_hint__", args.get(1..).unwrap_or(&[]), kw).positional_only(vm, 0)?;
    let (_, st) = this_iter(vm, args, "__length_hint__")?;
    Ok(Value::Int(length_hint(vm, st)? as i64))
}

/// The number of items a builtin iterator has left (CPython's `__length_hint__`).
pub fn length_hint(vm: &mut Vm, st: &IterState) -> PyResult<usize> {
    Ok(match st {
        IterState::Seq { seq, index } => {
            let i = index.get();
            match seq.payload() {
                Some(Payload::List(l)) => l.borrow().len().saturating_sub(i),
                Some(Payload::Tuple(t)) => t.len().saturating_sub(i),
                Some(Payload::Str(s)) => {
                    let st = s.as_str();
                    st.get(i.min(st.len())..).map_or(0, |r| r.chars().count())
                }
                Some(Payload::Bytes(b)) => b.len().saturating_sub(i),
                Some(Payload::ByteArray(b)) => b.borrow().len().saturating_sub(i),
                _ => match vm.len(seq) {
                    Ok(n) => n.saturating_sub(i),
                    Err(_) => 0,
                },
            }
        }
        IterState::Range { next, stop, step } => {
            let (a, b, s) = (next.get() as i128, *stop as i128, *step as i128);
            let n = if s > 0 && a < b {
                (b - a - 1) / s + 1
            } else if s < 0 && a > b {
                (a - b - 1) / (-s) + 1
            } else {
                0
            };
            usize::try_from(n).unwrap_or(usize::MAX)
        }
        IterState::Dict {
            dict, index, len, ..
        } => match &dict.payload {
            Payload::Dict(d) if d.len() == *len => len.saturating_sub(index.get() >> COUNT_SHIFT),
            _ => 0,
        },
        IterState::Snapshot { items, index } => items.len().saturating_sub(index.get()),
        IterState::Set {
            set,
            pos,
            len,
            count,
        } => match super::set::data(set) {
            Some(d) if d.len() == *len && pos.get() != usize::MAX => {
                len.saturating_sub(count.get())
            }
            _ => 0,
        },
        IterState::Reversed { seq, index } => {
            let i = index.get();
            if i < 0 {
                0
            } else {
                let n = vm.len(seq).unwrap_or(0) as isize;
                if i >= n {
                    0
                } else {
                    (i + 1) as usize
                }
            }
        }
        _ => 0,
    })
}

/// One step of a builtin iterator.
pub fn iter_next(vm: &mut Vm, o: &ObjRef, state: &IterState) -> PyResult<Option<Value>> {
    match state {
        IterState::Seq { seq, index } => {
            let i = index.get();
            let v = match seq.payload() {
                Some(Payload::List(l)) => l.borrow().get(i).cloned(),
                Some(Payload::Tuple(t)) => t.get(i).cloned(),
                Some(Payload::Str(s)) => {
                    // index counts bytes for str iteration.
                    let st = s.as_str();
                    match st[i.min(st.len())..].chars().next() {
                        Some('\u{FFFD}') if s.has_surrogates() => {
                            index.set(i + 3);
                            return Ok(Some(Value::obj(Payload::Str(s.substr(i..i + 3)))));
                        }
                        Some(c) => {
                            index.set(i + c.len_utf8());
                            return Ok(Some(vm.char_str(c)));
                        }
                        None => None,
                    }
                }
                Some(Payload::Bytes(b)) => b.get(i).map(|x| Value::Int(*x as i64)),
                Some(Payload::ByteArray(b)) => b.borrow().get(i).map(|x| Value::Int(*x as i64)),
                _ => match vm.getitem(seq, &Value::Int(i as i64)) {
                    Ok(v) => Some(v),
                    Err(e)
                        if vm.exc_matches(&e, &vm.exc.index_error.clone())
                            || vm.exc_matches(&e, &vm.exc.stop_iteration.clone()) =>
                    {
                        None
                    }
                    Err(e) => return Err(e),
                },
            };
            if v.is_some() {
                index.set(i + 1);
            } else {
                index.set(usize::MAX / 2);
            }
            Ok(v)
        }
        IterState::Range { next, stop, step } => {
            let n = next.get();
            if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                next.set(n.wrapping_add(*step));
                Ok(Some(Value::Int(n)))
            } else {
                Ok(None)
            }
        }
        IterState::Dict {
            dict,
            index,
            len,
            what,
        } => {
            let Payload::Dict(d) = &dict.payload else {
                return Ok(None);
            };
            if d.len() != *len {
                index.set(POS_MASK);
                return Err(vm.runtime_error("dictionary changed size during iteration"));
            }
            let raw = index.get();
            let (mut i, count) = (raw & POS_MASK, raw >> COUNT_SHIFT);
            while i < d.entries_len() {
                if let Some((k, v)) = d.entry_at(i) {
                    if count >= *len {
                        // More entries than the dict had: keys were replaced meanwhile.
                        index.set(POS_MASK);
                        return Err(vm.runtime_error("dictionary keys changed during iteration"));
                    }
                    index.set((i + 1) | ((count + 1) << COUNT_SHIFT));
                    return Ok(Some(match what {
                        0 => k,
                        1 => v,
                        _ => vm.new_tuple(vec![k, v]),
                    }));
                }
                i += 1;
            }
            index.set(i.min(POS_MASK) | (count << COUNT_SHIFT));
            Ok(None)
        }
        IterState::Set {
            set,
            pos,
            len,
            count,
        } => {
            if pos.get() == usize::MAX {
                return Ok(None);
            }
            let r = set_iter_next(vm, set, pos, *len)?;
            if r.is_some() {
                count.set(count.get() + 1);
            }
            Ok(r)
        }
        IterState::Snapshot { items, index } => {
            let i = index.get();
            index.set(i + 1);
            Ok(items.get(i).cloned())
        }
        IterState::Callable {
            func,
            sentinel,
            done,
        } => {
            if done.get() {
                return Ok(None);
            }
            let v = vm.call(func, &[], &[])?;
            if vm.eq(&v, sentinel)? {
                done.set(true);
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterState::Reversed { seq, index } => {
            let i = index.get();
            if i < 0 {
                return Ok(None);
            }
            index.set(i - 1);
            let len = vm.len(seq)? as isize;
            if i >= len {
                index.set(-1);
                return Ok(None);
            }
            Ok(Some(vm.getitem(seq, &Value::Int(i as i64))?))
        }
        IterState::Enumerate { it, count } => match vm.next(it)? {
            Some(v) => {
                let c = count.borrow().clone();
                let next = vm.binary_op(&c, &Value::Int(1), pyrs_compiler::bytecode::BinOp::Add)?;
                *count.borrow_mut() = next;
                Ok(Some(vm.new_tuple(vec![c, v])))
            }
            None => Ok(None),
        },
        IterState::Zip { its, strict } => {
            if its.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(its.len());
            for (n, it) in its.iter().enumerate() {
                match vm.next(it)? {
                    Some(v) => out.push(v),
                    None => {
                        if *strict {
                            if n > 0 {
                                let which = if n == 1 {
                                    "argument 2 is shorter than argument 1".to_string()
                                } else {
                                    format!("argument {} is shorter than arguments 1-{}", n + 1, n)
                                };
                                return Err(vm.value_error(format!("zip() {which}")));
                            }
                            for (m, rest) in its.iter().enumerate().skip(1) {
                                if vm.next(rest)?.is_some() {
                                    let which = if m == 1 {
                                        "argument 2 is longer than argument 1".to_string()
                                    } else {
                                        format!(
                                            "argument {} is longer than arguments 1-{}",
                                            m + 1,
                                            m
                                        )
                                    };
                                    return Err(vm.value_error(format!("zip() {which}")));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(vm.new_tuple(out)))
        }
        IterState::Map { func, its } => {
            let mut args = Vec::with_capacity(its.len());
            for it in its.iter() {
                match vm.next(it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            Ok(Some(vm.call(func, &args, &[])?))
        }
        IterState::Filter { func, it } => loop {
            let Some(v) = vm.next(it)? else {
                return Ok(None);
            };
            let keep = if func.is_none() {
                vm.truthy(&v)?
            } else {
                let r = vm.call(func, std::slice::from_ref(&v), &[])?;
                vm.truthy(&r)?
            };
            if keep {
                return Ok(Some(v));
            }
        },
        IterState::Await { .. } => {
            match crate::objects::coroutine::await_step(vm, o, state, None, Value::None)? {
                crate::call::GenResult::Yield(v) => Ok(Some(v)),
                crate::call::GenResult::Return(v) => Err(vm.stop_iteration(v)),
            }
        }
    }
}

/// One step of a live set iterator (for an iterator state holding the set, a slot position
/// and the set's length when iteration started): CPython's "Set changed size during
/// iteration" check, then the next active slot.
pub fn set_iter_next(
    vm: &mut Vm,
    set: &Value,
    pos: &std::cell::Cell<usize>,
    len: usize,
) -> PyResult<Option<Value>> {
    let Some(d) = super::set::data(set) else {
        return Ok(None);
    };
    if d.len() != len {
        pos.set(usize::MAX);
        return Err(vm.runtime_error("Set changed size during iteration"));
    }
    let next = d
        .table()
        .next_entry(pos.get())
        .map(|(slot, _, k)| (slot, k.clone()));
    match next {
        Some((slot, k)) => {
            pos.set(slot + 1);
            Ok(Some(k))
        }
        None => {
            pos.set(usize::MAX);
            Ok(None)
        }
    }
}
