//! Iterator objects: `next()` for each iterator state.

use crate::object::{IterState, ObjRef, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};

pub fn init(_vm: &mut Vm) {}

/// One step of a builtin iterator.
pub fn iter_next(vm: &mut Vm, o: &ObjRef, state: &IterState) -> PyResult<Option<Value>> {
    let _ = o;
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
                        Some(c) => {
                            index.set(i + c.len_utf8());
                            return Ok(Some(vm.new_str(c.to_string())));
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
                index.set(usize::MAX / 2);
                return Err(vm.runtime_error("dictionary changed size during iteration"));
            }
            let mut i = index.get();
            while i < d.entries_len() {
                if let Some((k, v)) = d.entry_at(i) {
                    index.set(i + 1);
                    return Ok(Some(match what {
                        0 => k,
                        1 => v,
                        _ => vm.new_tuple(vec![k, v]),
                    }));
                }
                i += 1;
            }
            index.set(i);
            Ok(None)
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
                let r = vm.call(func, &[v.clone()], &[])?;
                vm.truthy(&r)?
            };
            if keep {
                return Ok(Some(v));
            }
        },
    }
}
