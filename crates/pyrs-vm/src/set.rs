//! Sets and frozensets: storage (`pyrs_primitives::settable`, CPython's order) and the VM operations on it.

use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use pyrs_primitives::settable::{SetTable, Step};
use std::cell::{Ref, RefCell, RefMut};

/// The table of a set: mutated through `&self` (a set object is shared, and Python `__eq__`
/// may run in the middle of an operation, so no borrow is held across it).
///
/// The flag marks a compiler constant still in source order: CPython builds a constant
/// frozenset from its items, then builds it again from that set's iteration order (when it
/// merges constants), so its layout is the second one. The first read makes it so.
#[derive(Debug, Default)]
pub struct SetKeys(RefCell<SetTable<Value>>, std::cell::Cell<bool>);

impl SetKeys {
    /// Empty the set.
    pub fn clear(&self) {
        self.0.borrow_mut().clear();
    }

    /// Add a key known to be absent (constants); the third argument is ignored.
    pub fn insert_unique(&self, hash: i64, key: Value, _unused: Value) {
        let mut t = self.0.borrow_mut();
        let dup = t.contains(hash, |k| Ok::<bool, ()>(native_eq(k, &key) == Some(true)));
        if !matches!(dup, Ok(true)) {
            t.insert_unique(key, hash);
            self.1.set(true);
        }
    }

    /// Rebuilds a constant's table from its own iteration order (see [`SetKeys`]).
    fn settle(&self) {
        if !self.1.replace(false) {
            return;
        }
        let Ok(mut t) = self.0.try_borrow_mut() else {
            return;
        };
        let items: Vec<(i64, Value)> = t.iter_with_hash().map(|(h, k)| (h, k.clone())).collect();
        let mut fresh = SetTable::default();
        for (h, k) in items {
            fresh.insert_unique(k, h);
        }
        *t = fresh;
    }
}

/// A set's storage.
#[derive(Debug, Default)]
pub struct SetData {
    pub keys: SetKeys,
}

impl SetData {
    pub fn from_table(t: SetTable<Value>) -> SetData {
        SetData {
            keys: SetKeys(RefCell::new(t), std::cell::Cell::new(false)),
        }
    }

    pub fn table(&self) -> Ref<'_, SetTable<Value>> {
        self.keys.settle();
        self.keys.0.borrow()
    }

    pub fn table_mut(&self) -> RefMut<'_, SetTable<Value>> {
        self.keys.settle();
        self.keys.0.borrow_mut()
    }

    pub fn len(&self) -> usize {
        self.table().len()
    }

    pub fn is_empty(&self) -> bool {
        self.table().is_empty()
    }

    /// Visits every key (for the cycle collector); false, visiting nothing, when the
    /// table is being changed.
    pub fn try_visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        let Ok(t) = self.keys.0.try_borrow() else {
            return false;
        };
        t.iter().for_each(f);
        true
    }

    /// The keys in iteration order.
    pub fn items(&self) -> Vec<Value> {
        self.table().iter().cloned().collect()
    }

    /// `(hash, key)` in iteration order.
    pub fn items_with_hash(&self) -> Vec<(i64, Value)> {
        self.table()
            .iter_with_hash()
            .map(|(h, k)| (h, k.clone()))
            .collect()
    }

    /// A snapshot of the table (keys shared).
    pub fn snapshot(&self) -> SetTable<Value> {
        self.table().clone()
    }

    /// Replace the contents with another table's.
    pub fn replace(&self, t: SetTable<Value>) {
        let old = std::mem::replace(&mut *self.table_mut(), t);
        drop(old);
    }
}

/// `==` between two keys when it needs no Python code (None otherwise).
pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    fn kind(v: &Value) -> u8 {
        match v {
            Value::None | Value::Null => 1,
            Value::Bool(_) | Value::Int(_) | Value::Float(_) => 2,
            // An instance of a subclass may hold any value (a small int in a BigInt) and
            // override `__eq__`: Python compares it.
            Value::Obj(o) if o.ext().is_some() => 0,
            Value::Obj(o) => match &o.payload {
                Payload::BigInt(_) => 2,
                Payload::Str(_) => 3,
                Payload::Bytes(_) => 4,
                _ => 0,
            },
        }
    }
    let (ka, kb) = (kind(a), kind(b));
    if ka == 0 || kb == 0 {
        return None;
    }
    if ka != kb {
        return Some(false);
    }
    match (a, b) {
        (Value::None | Value::Null, Value::None | Value::Null) => Some(true),
        (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
            (Payload::Str(s), Payload::Str(t)) => Some(s == t),
            (Payload::Bytes(s), Payload::Bytes(t)) => Some(s == t),
            (Payload::BigInt(s), Payload::BigInt(t)) => Some(s == t),
            _ => None,
        },
        _ => {
            let num = |v: &Value| match v {
                Value::Bool(b) => Some(*b as i64 as f64),
                Value::Int(i) if i.unsigned_abs() < (1u64 << 53) => Some(*i as f64),
                Value::Float(f) => Some(*f),
                _ => None,
            };
            match (a, b) {
                (Value::Int(x), Value::Int(y)) => Some(x == y),
                (Value::Obj(_), _) | (_, Value::Obj(_)) => {
                    // A big int against a small int is never equal; against a float: Python.
                    if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
                        None
                    } else {
                        Some(false)
                    }
                }
                _ => match (num(a), num(b)) {
                    (Some(x), Some(y)) => Some(x == y),
                    _ => None,
                },
            }
        }
    }
}

/// Where a lookup ended.
enum Found {
    Slot(usize),
    Absent,
}

impl Vm {
    /// `hash(key)` for a set operation; `key_as_frozen`: an unhashable set is looked up as the
    /// equal frozenset (membership, discard, remove).
    fn set_key_hash(&mut self, key: &Value, key_as_frozen: bool) -> PyResult<(Value, i64)> {
        match self.hash(key) {
            Ok(h) => Ok((key.clone(), h)),
            Err(e) => {
                if key_as_frozen {
                    if let Some(Payload::Set(s)) = key.payload() {
                        let te = self.exc.type_error.clone();
                        if self.exc_matches(&e, &te) {
                            let t = s.borrow().snapshot();
                            let f = Value::obj(Payload::frozenset(SetData::from_table(t)));
                            let h = self.hash(&f)?;
                            return Ok((f, h));
                        }
                    }
                }
                Err(e)
            }
        }
    }

    /// Look a hashed key up (two-phase: Python `__eq__` runs with no borrow held).
    fn set_lookup(&mut self, s: &SetData, key: &Value, h: i64) -> PyResult<Found> {
        'restart: loop {
            let mut p = s.table().probe_start(h);
            loop {
                let step = s.table().probe_next(&mut p, |k| k.is(key));
                match step {
                    Step::Found(slot) => return Ok(Found::Slot(slot)),
                    Step::Vacant(_) => return Ok(Found::Absent),
                    Step::Candidate(slot) => {
                        let Some(stored) = s.table().key_at(slot).cloned() else {
                            continue 'restart;
                        };
                        let eq = match native_eq(&stored, key) {
                            Some(b) => b,
                            None => self.eq(&stored, key)?,
                        };
                        if !s.table().probe_still_valid(&p, slot, |k| k.is(&stored)) {
                            continue 'restart;
                        }
                        if eq {
                            return Ok(Found::Slot(slot));
                        }
                    }
                }
            }
        }
    }

    /// Add a key with its hash: true if added.
    pub fn set_add_hashed(&mut self, s: &SetData, key: Value, h: i64) -> PyResult<bool> {
        'restart: loop {
            let mut p = s.table().probe_start(h);
            loop {
                let step = s.table().probe_next(&mut p, |k| k.is(&key));
                match step {
                    Step::Found(_) => return Ok(false),
                    Step::Vacant(v) => {
                        s.table_mut().insert_vacant(v, key);
                        return Ok(true);
                    }
                    Step::Candidate(slot) => {
                        let Some(stored) = s.table().key_at(slot).cloned() else {
                            continue 'restart;
                        };
                        let eq = match native_eq(&stored, &key) {
                            Some(b) => b,
                            None => self.eq(&stored, &key)?,
                        };
                        if eq {
                            return Ok(false);
                        }
                        if !s.table().probe_still_valid(&p, slot, |k| k.is(&stored)) {
                            continue 'restart;
                        }
                    }
                }
            }
        }
    }

    pub fn set_add(&mut self, s: &SetData, v: Value) -> PyResult<()> {
        let h = self.hash(&v)?;
        self.set_add_hashed(s, v, h)?;
        Ok(())
    }

    /// `v in s` (an unhashable set `v` is looked up as a frozenset).
    pub fn set_contains(&mut self, s: &SetData, v: &Value) -> PyResult<bool> {
        let (k, h) = self.set_key_hash(v, true)?;
        self.set_contains_hashed(s, &k, h)
    }

    pub fn set_contains_hashed(&mut self, s: &SetData, k: &Value, h: i64) -> PyResult<bool> {
        Ok(matches!(self.set_lookup(s, k, h)?, Found::Slot(_)))
    }

    /// Remove `v` if present: true if it was.
    pub fn set_discard(&mut self, s: &SetData, v: &Value) -> PyResult<bool> {
        let (k, h) = self.set_key_hash(v, true)?;
        self.set_discard_hashed(s, &k, h)
    }

    pub fn set_discard_hashed(&mut self, s: &SetData, k: &Value, h: i64) -> PyResult<bool> {
        match self.set_lookup(s, k, h)? {
            Found::Slot(slot) => {
                let old = s.table_mut().remove_at(slot);
                Ok(old.is_some())
            }
            Found::Absent => Ok(false),
        }
    }

    /// Add all keys of another table (CPython's `set_merge`: presizing and the clean-copy
    /// paths, then one add per key in the other's order).
    pub fn set_merge(&mut self, s: &SetData, other: &SetTable<Value>) -> PyResult<()> {
        let r = s
            .table_mut()
            .merge_from(other, |a, b| native_eq(a, b).ok_or(()));
        if r.is_err() {
            for (h, k) in other.iter_with_hash() {
                self.set_add_hashed(s, k.clone(), h)?;
            }
        }
        Ok(())
    }

    /// `s.update(it)` for one iterable (CPython's `set_update_internal`).
    pub fn set_update(&mut self, s: &SetData, it: &Value) -> PyResult<()> {
        match it.payload() {
            Some(Payload::Set(o)) => {
                let t = o.borrow().snapshot();
                return self.set_merge(s, &t);
            }
            Some(Payload::FrozenSet(o)) => {
                let t = o.snapshot();
                return self.set_merge(s, &t);
            }
            Some(Payload::Dict(d)) => {
                let items = d.raw_items();
                s.table_mut().presize_for(items.len());
                for (h, k, _) in items {
                    self.set_add_hashed(s, k, h)?;
                }
                return Ok(());
            }
            _ => {}
        }
        let iter = self.iter(it)?;
        while let Some(v) = self.next(&iter)? {
            self.set_add(s, v)?;
        }
        Ok(())
    }

    /// A new set's storage filled from an iterable.
    pub fn set_from_iter(&mut self, it: &Value) -> PyResult<SetData> {
        let s = SetData::default();
        self.set_update(&s, it)?;
        Ok(s)
    }

    pub fn set_copy(&self, s: &SetData) -> SetData {
        SetData::from_table(s.table().copy())
    }
}
