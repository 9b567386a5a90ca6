//! Dicts: an insertion-ordered hash table (sparse index + dense entries) whose key comparisons
//! may run Python code. Namespaces and instance attributes are dicts too.

use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::{Cell, RefCell};

thread_local! {
    /// The source of dict versions: every change to any dict's set of keys takes a new
    /// number, so a (version, entry index) pair identifies one binding in one dict.
    static NEXT_VERSION: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

fn next_version() -> u64 {
    NEXT_VERSION.with(|c| {
        let v = c.get();
        c.set(v + 1);
        v
    })
}

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

#[derive(Debug, Clone)]
struct Entry {
    hash: i64,
    /// `Value::Null` for a deleted entry.
    key: Value,
    value: Value,
}

/// The sparse index: each slot holds an entry number, `EMPTY` or `DUMMY`. An 8-slot index
/// (a dict of up to 5 keys: most instance attributes, keyword arguments, small literals)
/// is kept inline as bytes, as CPython keeps small indices in its keys object: no
/// allocation of its own and no extra cache line to load.
#[derive(Debug)]
enum Indices {
    Small([u8; 8]),
    Large(Box<[u32]>),
}

impl Default for Indices {
    fn default() -> Indices {
        Indices::Small([u8::MAX; 8])
    }
}

impl Indices {
    fn with_size(size: usize) -> Indices {
        if size == 8 {
            Indices::default()
        } else {
            Indices::Large(vec![EMPTY; size].into_boxed_slice())
        }
    }

    #[inline]
    fn len(&self) -> usize {
        match self {
            Indices::Small(b) => b.len(),
            Indices::Large(v) => v.len(),
        }
    }

    /// Slot `i` (`i` is below `len()`, masked by the caller).
    #[inline]
    fn get(&self, i: usize) -> u32 {
        match self {
            // 0xFF and 0xFE widen to EMPTY and DUMMY.
            Indices::Small(b) => {
                let x = b[i & 7] as u32;
                if x >= 0xFE {
                    x | 0xFFFF_FF00
                } else {
                    x
                }
            }
            Indices::Large(v) => v[i],
        }
    }

    #[inline]
    fn set(&mut self, i: usize, ix: u32) {
        match self {
            Indices::Small(b) => b[i & 7] = ix as u8,
            Indices::Large(v) => v[i] = ix,
        }
    }
}

#[derive(Debug, Default)]
struct Table {
    indices: Indices,
    entries: Vec<Entry>,
    used: u32,
    /// Index slots that are not EMPTY (entries and DUMMYs): a lookup's probe ends only at
    /// an EMPTY slot, so the table grows before these fill it (deleting and inserting
    /// other keys turns EMPTY slots into DUMMYs while the entries stay few).
    filled: u32,
    /// Bumped on every insertion of a new key and every deletion (not on value updates).
    version: u64,
}

/// The entries of a dying dict; dropping them releases each key, then its value, in
/// insertion order.
pub struct Entries(Vec<Entry>);

impl Entries {
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|e| e.key.is_null())
    }

    /// Hands the keys and values to a list drained from its end, so that they are
    /// released in the order dropping would release them.
    pub fn defer_into(self, deferred: &mut Vec<Value>) {
        for e in self.0.into_iter().rev() {
            deferred.push(e.value);
            deferred.push(e.key);
        }
    }
}

/// A dict's storage. Mutations go through `&self` (the dict object is shared).
#[derive(Debug, Default)]
pub struct Dict {
    /// Boxed so a dict object stays small (every object pays for the largest payload).
    table: Box<RefCell<Table>>,
}

/// How the probe for a key ended.
enum Probe {
    Found(usize),
    /// Not found: the index slot where it would go.
    Vacant(usize),
    /// A stored key with the same hash needs a Python `==`: (entry index, the key).
    Compare(usize, Value),
}

use crate::set::native_eq;

/// The next slot of CPython's open-addressing probe sequence.
#[inline]
fn next_slot(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= 5;
    (i.wrapping_mul(5)
        .wrapping_add(*perturb as usize)
        .wrapping_add(1))
        & mask
}

impl Table {
    fn mask(&self) -> usize {
        self.indices.len() - 1
    }

    /// The entry of a str key: a probe comparing identity first, then text (str equality
    /// runs no Python code).
    #[inline]
    fn find_str(&self, k: &ObjRef, ks: &crate::object::PyStr) -> Option<usize> {
        self.find_str_certain(k, ks).ok()
    }

    /// [`Table::find_str`] that also says whether a miss is certain (`Err(true)`): no
    /// key with the same hash was passed whose `==` could still find it equal (a key
    /// that is not a str, or a str subclass's).
    fn find_str_certain(&self, k: &ObjRef, ks: &crate::object::PyStr) -> Result<usize, bool> {
        let hash = ks.hash();
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut certain = true;
        loop {
            let ix = self.indices.get(i);
            if ix == EMPTY {
                return Err(certain);
            }
            if ix != DUMMY {
                let Some(e) = self.entries.get(ix as usize) else {
                    return Err(false);
                };
                if e.hash == hash {
                    match &e.key {
                        Value::Obj(ek) if crate::object::ObjRef::ptr_eq(ek, k) => {
                            return Ok(ix as usize)
                        }
                        Value::Obj(ek) => match &ek.payload {
                            // A str subclass's key may override `__eq__`: Python decides.
                            Payload::Str(es) if es == ks && ek.ext().is_none() => {
                                return Ok(ix as usize)
                            }
                            Payload::Str(_) if ek.ext().is_none() => {}
                            _ => certain = false,
                        },
                        _ => certain = false,
                    }
                }
            }
            i = next_slot(i, &mut perturb, mask);
        }
    }

    /// Probes for a plain key (see [`plain_hash`]): `Some(Some(ix))` found, `Some(None)`
    /// absent, `None` when a stored key with the same hash needs Python's `==`.
    #[inline]
    fn find_plain(&self, key: &Value, hash: i64) -> Option<Option<usize>> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices.get(i);
            if ix == EMPTY {
                return Some(None);
            }
            if ix != DUMMY {
                let e = self.entries.get(ix as usize)?;
                if e.hash == hash && plain_eq(&e.key, key)? {
                    return Some(Some(ix as usize));
                }
            }
            i = next_slot(i, &mut perturb, mask);
        }
    }

    /// Probes for `key`; `start_after` skips candidates already compared unequal.
    fn probe(&self, key: &Value, hash: i64, skip: &[usize]) -> Probe {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut free: Option<usize> = None;
        loop {
            let ix = self.indices.get(i);
            if ix == EMPTY {
                return Probe::Vacant(free.unwrap_or(i));
            }
            if ix == DUMMY {
                free.get_or_insert(i);
            } else {
                let e = &self.entries[ix as usize];
                if e.hash == hash && !skip.contains(&(ix as usize)) {
                    if e.key.is(key) {
                        return Probe::Found(ix as usize);
                    }
                    match native_eq(&e.key, key) {
                        Some(true) => return Probe::Found(ix as usize),
                        Some(false) => {}
                        None => return Probe::Compare(ix as usize, e.key.clone()),
                    }
                }
            }
            i = next_slot(i, &mut perturb, mask);
        }
    }

    fn slot_of_entry(&self, hash: i64, ix: usize) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let v = self.indices.get(i);
            if v == EMPTY {
                return None;
            }
            if v as usize == ix {
                return Some(i);
            }
            i = next_slot(i, &mut perturb, mask);
        }
    }

    fn resize(&mut self, min_used: usize) {
        let mut size = 8;
        while size * 2 < min_used * 3 + 1 {
            size *= 2;
        }
        self.entries.retain(|e| !e.key.is_null());
        self.filled = self.entries.len() as u32;
        self.version = next_version();
        self.indices = Indices::with_size(size);
        let mask = size - 1;
        for (ix, e) in self.entries.iter().enumerate() {
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while self.indices.get(i) != EMPTY {
                i = next_slot(i, &mut perturb, mask);
            }
            self.indices.set(i, ix as u32);
        }
    }

    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if (self.filled as usize + 1) * 3 >= self.indices.len() * 2 {
            self.resize(self.used as usize + 1);
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices.get(i) < DUMMY {
            i = next_slot(i, &mut perturb, mask);
        }
        if self.indices.get(i) == EMPTY {
            self.filled += 1;
        }
        self.indices.set(i, self.entries.len() as u32);
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
        self.version = next_version();
    }

    fn remove_entry(&mut self, ix: usize) -> Option<(Value, Value)> {
        let hash = self.entries.get(ix)?.hash;
        if let Some(slot) = self.slot_of_entry(hash, ix) {
            self.indices.set(slot, DUMMY);
        }
        let e = &mut self.entries[ix];
        let key = std::mem::replace(&mut e.key, Value::Null);
        let value = std::mem::replace(&mut e.value, Value::Null);
        self.used -= 1;
        self.version = next_version();
        // Trailing holes can go at once (keeps popitem O(1) amortised).
        while self.entries.last().is_some_and(|e| e.key.is_null()) {
            self.entries.pop();
        }
        Some((key, value))
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn len(&self) -> usize {
        self.table.borrow().used as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A counter that changes whenever a key is added or removed.
    pub fn version(&self) -> u64 {
        self.table.borrow().version
    }

    /// The number of entry slots (for index-based iteration with [`Dict::entry_at`]).
    pub fn entries_len(&self) -> usize {
        self.table.borrow().entries.len()
    }

    /// The entry at index i, if it is not a hole.
    pub fn entry_at(&self, i: usize) -> Option<(Value, Value)> {
        let t = self.table.borrow();
        let e = t.entries.get(i)?;
        if e.key.is_null() {
            None
        } else {
            Some((e.key.clone(), e.value.clone()))
        }
    }

    /// The entry index of a str key, with the table's version (for caches).
    pub fn find_str(&self, key: &Value) -> (u64, Option<usize>) {
        let t = self.table.borrow();
        let ix = match str_hash(key) {
            Some(hash) => match t.probe(key, hash, &[]) {
                Probe::Found(ix) => Some(ix),
                _ => None,
            },
            None => None,
        };
        (t.version, ix)
    }

    /// The value at entry `ix` if the table still has `version`.
    #[inline]
    pub fn value_if_version(&self, version: u64, ix: usize) -> Option<Value> {
        let t = self.table.borrow();
        if t.version != version {
            return None;
        }
        t.entries.get(ix).map(|e| e.value.clone())
    }

    /// `d[key]` for a plain key (see [`plain_hash`]), `Some(None)` when absent; `None`
    /// when finding it could run Python code ([`Vm::dict_get`] then does).
    #[inline]
    pub fn get_plain(&self, key: &Value) -> Option<Option<Value>> {
        let hash = plain_hash(key)?;
        let t = self.table.borrow();
        Some(
            t.find_plain(key, hash)?
                .map(|ix| t.entries[ix].value.clone()),
        )
    }

    /// `d[key] = value` for a plain key; hands both back when storing could run Python
    /// code ([`Vm::dict_set`] then does).
    #[inline]
    pub fn set_plain(&self, key: Value, value: Value) -> Result<(), (Value, Value)> {
        let Some(hash) = plain_hash(&key) else {
            return Err((key, value));
        };
        let mut t = self.table.borrow_mut();
        match t.find_plain(&key, hash) {
            Some(Some(ix)) => {
                let old = std::mem::replace(&mut t.entries[ix].value, value);
                drop(t);
                drop(old);
            }
            Some(None) => t.insert_new(hash, key, value),
            None => return Err((key, value)),
        }
        Ok(())
    }

    /// Lookup of an exact str key: `Ok(value)`, or `Err(certain)` where `certain` says
    /// no Python `==` could find it (see [`Table::find_str_certain`]).
    fn lookup_str(&self, k: &ObjRef, ks: &crate::object::PyStr) -> Result<Value, bool> {
        let t = self.table.borrow();
        t.find_str_certain(k, ks)
            .map(|ix| t.entries[ix].value.clone())
    }

    /// Lookup of a str key (no Python code can run: str equality is native).
    pub fn get_str(&self, key: &Value) -> Option<Value> {
        let Value::Obj(k) = key else { return None };
        let Payload::Str(ks) = &k.payload else {
            return None;
        };
        let t = self.table.borrow();
        t.find_str(k, ks).map(|ix| t.entries[ix].value.clone())
    }

    /// The entry index of a str key, trying `hint` first: an inline cache's guess, right
    /// when the entry there holds this very key object (then no hashing or probing).
    #[inline(always)]
    fn index_hinted(
        t: &Table,
        k: &ObjRef,
        ks: &crate::object::PyStr,
        hint: &Cell<u32>,
    ) -> Option<usize> {
        let h = hint.get() as usize;
        if let Some(Entry {
            key: Value::Obj(ek),
            ..
        }) = t.entries.get(h)
        {
            if crate::object::ObjRef::ptr_eq(ek, k) {
                return Some(h);
            }
        }
        let ix = t.find_str(k, ks)?;
        hint.set(ix as u32);
        Some(ix)
    }

    /// [`Dict::get_str`] with an entry-index hint that a hit leaves pointing at the key.
    #[inline(always)]
    pub fn get_str_hinted(&self, key: &Value, hint: &Cell<u32>) -> Option<Value> {
        let Value::Obj(k) = key else { return None };
        let Payload::Str(ks) = &k.payload else {
            return None;
        };
        let t = self.table.borrow();
        Self::index_hinted(&t, k, ks, hint).map(|ix| t.entries[ix].value.clone())
    }

    /// [`Dict::set_str`] with an entry-index hint (see [`Dict::get_str_hinted`]).
    #[inline]
    pub fn set_str_hinted(&self, key: Value, value: Value, hint: &Cell<u32>) {
        let Value::Obj(k) = &key else { return };
        let Payload::Str(ks) = &k.payload else { return };
        let mut t = self.table.borrow_mut();
        match Self::index_hinted(&t, k, ks, hint) {
            Some(ix) => {
                let old = std::mem::replace(&mut t.entries[ix].value, value);
                drop(t);
                drop(old);
            }
            None => {
                hint.set(t.entries.len() as u32);
                t.insert_new(ks.hash(), key, value)
            }
        }
    }

    /// Stores under a str key.
    pub fn set_str(&self, key: Value, value: Value) {
        let Value::Obj(k) = &key else { return };
        let Payload::Str(ks) = &k.payload else { return };
        let hash = ks.hash();
        let mut t = self.table.borrow_mut();
        match t.find_str(k, ks) {
            Some(ix) => {
                let old = std::mem::replace(&mut t.entries[ix].value, value);
                drop(t);
                drop(old);
            }
            None => t.insert_new(hash, key, value),
        }
    }

    /// Removes a str key; returns its value.
    pub fn del_str(&self, key: &Value) -> Option<Value> {
        let hash = str_hash(key)?;
        let mut t = self.table.borrow_mut();
        match t.probe(key, hash, &[]) {
            Probe::Found(ix) => t.remove_entry(ix).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table
            .borrow()
            .entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// Prefetches the table (`entries: false`) or, once the table is in cache, its entries:
    /// the collector's look-ahead.
    #[inline]
    pub fn prefetch(&self, entries: bool) {
        if !entries {
            crate::heap::prefetch(&*self.table);
        } else if let Ok(t) = self.table.try_borrow() {
            crate::heap::prefetch(t.entries.as_ptr());
        }
    }

    /// Visits every key and value (for the cycle collector); false, visiting nothing, when
    /// the table is being changed.
    pub fn try_visit(&self, f: &mut dyn FnMut(&Value)) -> bool {
        let Ok(t) = self.table.try_borrow() else {
            return false;
        };
        for e in t.entries.iter().filter(|e| !e.key.is_null()) {
            f(&e.key);
            f(&e.value);
        }
        true
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table
            .borrow()
            .entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| e.key.clone())
            .collect()
    }

    pub fn clear(&self) {
        // Drop the old entries after the borrow ends: their destructors may run Python code.
        let old = std::mem::take(&mut *self.table.borrow_mut());
        self.table.borrow_mut().version = next_version();
        drop(old);
    }

    /// Moves every entry out (for destruction without deep recursion).
    pub fn take_entries(&mut self) -> Entries {
        Entries(std::mem::take(&mut self.table.get_mut().entries))
    }

    /// Removes and returns the last item.
    pub fn popitem(&self) -> Option<(Value, Value)> {
        let mut t = self.table.borrow_mut();
        let ix = t.entries.iter().rposition(|e| !e.key.is_null())?;
        t.remove_entry(ix)
    }

    /// Inserts a key known to be absent, with its hash (copying dicts).
    pub fn insert_unique(&self, hash: i64, key: Value, value: Value) {
        self.table.borrow_mut().insert_new(hash, key, value);
    }

    /// (hash, key, value) of every item.
    pub fn raw_items(&self) -> Vec<(i64, Value, Value)> {
        self.table
            .borrow()
            .entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| (e.hash, e.key.clone(), e.value.clone()))
            .collect()
    }
}

/// Whether hashing and comparing `v` run no Python code: None, bools, ints, floats, and
/// exact (not subclassed) strs, big ints and bytes.
fn plain_scalar(v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            o.ext().is_none()
                && matches!(
                    o.payload,
                    Payload::Str(_) | Payload::BigInt(_) | Payload::Bytes(_)
                )
        }
        _ => true,
    }
}

/// The hash of a plain key: a plain scalar (see [`plain_scalar`]) or an exact tuple of
/// them. `None` for any other key, whose hash or `==` may be Python code.
#[inline]
pub(crate) fn plain_hash(key: &Value) -> Option<i64> {
    let plain = match key {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(items) => o.ext().is_none() && items.iter().all(plain_scalar),
            _ => plain_scalar(key),
        },
        _ => true,
    };
    if plain {
        crate::ops::native_hash(key).ok()
    } else {
        None
    }
}

/// `stored == key` for a plain `key` when no Python code decides it (a stored key of a
/// Python class, or a tuple holding one, gives `None`).
#[inline]
fn plain_eq(stored: &Value, key: &Value) -> Option<bool> {
    if let Some(eq) = native_eq(stored, key) {
        return Some(eq);
    }
    let (Value::Obj(x), Value::Obj(y)) = (stored, key) else {
        return None;
    };
    match (&x.payload, &y.payload) {
        (Payload::Tuple(a), Payload::Tuple(b)) if x.ext().is_none() => {
            if a.len() != b.len() {
                return Some(false);
            }
            for (p, q) in a.iter().zip(b.iter()) {
                if !native_eq(p, q)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        _ => None,
    }
}

fn str_hash(key: &Value) -> Option<i64> {
    match key {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => Some(s.hash()),
            _ => None,
        },
        _ => None,
    }
}

impl Vm {
    /// Finds the entry index of `key` in `d`, running Python `__eq__` when needed (the table
    /// may change meanwhile: the probe then starts over, as CPython does).
    fn dict_find(&mut self, d: &Dict, key: &Value, hash: i64) -> PyResult<Result<usize, usize>> {
        let mut skip: Vec<usize> = Vec::new();
        loop {
            let (probe, version) = {
                let t = d.table.borrow();
                (t.probe(key, hash, &skip), t.version)
            };
            match probe {
                Probe::Found(ix) => return Ok(Ok(ix)),
                Probe::Vacant(slot) => return Ok(Err(slot)),
                Probe::Compare(ix, stored) => {
                    let eq = self.eq(&stored, key)?;
                    if d.table.borrow().version != version {
                        skip.clear();
                        continue;
                    }
                    if eq {
                        return Ok(Ok(ix));
                    }
                    skip.push(ix);
                }
            }
        }
    }

    pub fn dict_get(&mut self, d: &Dict, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(k) = key {
            if let (Payload::Str(ks), None) = (&k.payload, k.ext()) {
                match d.lookup_str(k, ks) {
                    Ok(v) => return Ok(Some(v)),
                    Err(true) => return Ok(None),
                    Err(false) => {}
                }
            }
        }
        let hash = self.hash(key)?;
        match self.dict_find(d, key, hash)? {
            Ok(ix) => Ok(d.table.borrow().entries.get(ix).map(|e| e.value.clone())),
            Err(_) => Ok(None),
        }
    }

    pub fn dict_set(&mut self, d: &Dict, key: Value, value: Value) -> PyResult<()> {
        let hash = self.hash(&key)?;
        self.dict_set_hashed(d, hash, key, value)
    }

    pub fn dict_set_hashed(
        &mut self,
        d: &Dict,
        hash: i64,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        match self.dict_find(d, &key, hash)? {
            Ok(ix) => {
                let old = {
                    let mut t = d.table.borrow_mut();
                    match t.entries.get_mut(ix) {
                        Some(e) => std::mem::replace(&mut e.value, value),
                        None => Value::None,
                    }
                };
                drop(old);
            }
            Err(_) => d.table.borrow_mut().insert_new(hash, key, value),
        }
        Ok(())
    }

    /// Removes key; `Ok(None)` if it was absent.
    pub fn dict_del(&mut self, d: &Dict, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        match self.dict_find(d, key, hash)? {
            Ok(ix) => {
                let removed = d.table.borrow_mut().remove_entry(ix);
                Ok(removed.map(|(_, v)| v))
            }
            Err(_) => Ok(None),
        }
    }

    /// The dict payload of a dict object.
    pub fn dict_of<'a>(&self, o: &'a ObjRef) -> Option<&'a Dict> {
        match &o.payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn small_index_keeps_the_table_in_one_cache_line() {
        assert_eq!(std::mem::size_of::<super::Indices>(), 16);
        assert!(std::mem::size_of::<std::cell::RefCell<super::Table>>() <= 64);
    }
}
