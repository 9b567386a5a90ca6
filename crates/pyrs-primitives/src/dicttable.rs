//! The compact, insertion-ordered hash table behind every `dict`: a sparse index array over a dense entries vector.
//!
//! # Layout
//!
//! `indices` is an open-addressing array (a power of two, at least 8 slots) of positions into
//! `entries`, a vector of `(hash, key, value)` in insertion order. Deleting a key leaves a hole
//! in `entries` (and a dummy in `indices`), so iteration by entry index stays stable; holes are
//! squeezed out when the table is rebuilt. Re-inserting a deleted key appends it at the end;
//! `popitem` takes the last entry.
//!
//! # Equality and re-entrancy
//!
//! Keys are compared by a fallible callback (Python's `__eq__` can raise). The callback is only
//! called for a stored entry whose hash equals the probe hash, so identity checks and the
//! comparison belong in the callback (put the cheap identity test first).
//!
//! The one-shot methods ([`DictTable::find`], [`DictTable::insert`], [`DictTable::remove`],
//! ...) call the callback while the table is borrowed: fine when the comparison cannot run
//! Python code (str, int keys...). When it can, and the table sits in a `RefCell`, use the
//! two-phase protocol so no borrow is held while Python runs:
//!
//! 1. `let mut p = table.probe_start(hash);` then loop on `table.probe_next(&mut p, same)`,
//!    where `same(&stored_key)` is a pure identity test (no Python code).
//! 2. [`Step::Found(i)`](Step::Found): entry `i` holds the key. [`Step::Vacant`]: the key is
//!    absent; to add it, call [`DictTable::insert_vacant`] with that token *in the same borrow*.
//!    [`Step::Candidate(i)`](Step::Candidate): entry `i` has the same hash but is not identical:
//!    clone its key (`key_at(i)`), release the borrow, run `__eq__`, borrow again, and call
//!    [`DictTable::probe_still_valid`]`(&p, i, same_as_clone)`. If that is `false` the table
//!    changed under the comparison: start again with `probe_start` (CPython restarts the
//!    lookup in that case). Otherwise, if `__eq__` said true the key is at `i`, else continue
//!    with `probe_next`.
//!
//! [`DictTable::version`] changes whenever the set of keys changes (insert of a new key,
//! removal, clear, rebuild), not when a value is replaced; iterators hold an entry index and
//! compare `len()` (as CPython does) or the version.

/// Index slot never used.
const EMPTY: u32 = u32::MAX;
/// Index slot whose entry was deleted.
const DUMMY: u32 = u32::MAX - 1;
const MIN_SIZE: usize = 8;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Debug)]
struct Entry<K, V> {
    hash: i64,
    kv: Option<(K, V)>,
}

/// An insertion-ordered hash table of `K -> V`; hashes are supplied by the caller.
#[derive(Clone, Debug)]
pub struct DictTable<K, V> {
    /// Open-addressing index: `EMPTY`, `DUMMY` or a position in `entries`. Empty until the first insert.
    indices: Vec<u32>,
    entries: Vec<Entry<K, V>>,
    /// Live entries.
    used: usize,
    /// Entries that may still be appended before a rebuild (`usable(size) - entries.len()`).
    usable: usize,
    version: u64,
    /// Bumped whenever `indices`/`entries` positions are rebuilt or cleared.
    layout: u64,
}

/// The state of one lookup in the two-phase protocol (see the module docs).
#[derive(Clone, Copy, Debug)]
pub struct Probe {
    hash: i64,
    slot: usize,
    perturb: u64,
    first_dummy: Option<usize>,
    layout: u64,
    started: bool,
}

/// Where a key should go: returned by [`Step::Vacant`], consumed by [`DictTable::insert_vacant`].
#[derive(Clone, Copy, Debug)]
pub struct Vacant {
    hash: i64,
    slot: Option<usize>,
    layout: u64,
    version: u64,
}

/// One step of a two-phase lookup.
#[derive(Clone, Copy, Debug)]
pub enum Step {
    /// The entry at this index holds an identical key.
    Found(usize),
    /// The entry at this index has an equal hash: the caller must compare the keys.
    Candidate(usize),
    /// The key is not in the table.
    Vacant(Vacant),
}

/// Entries the table may hold for an index array of `size` slots (two thirds).
#[inline]
fn usable_for(size: usize) -> usize {
    (size << 1) / 3
}

/// The smallest index size (a power of two, at least 8) that can hold `n` entries.
fn size_for(n: usize) -> usize {
    let mut size = MIN_SIZE;
    while usable_for(size) < n {
        size <<= 1;
    }
    size
}

impl<K, V> Default for DictTable<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K, V> DictTable<K, V> {
    /// An empty table; allocates nothing until the first insert.
    pub const fn new() -> Self {
        DictTable {
            indices: Vec::new(),
            entries: Vec::new(),
            used: 0,
            usable: 0,
            version: 0,
            layout: 0,
        }
    }

    /// An empty table that can take `n` keys without rebuilding.
    pub fn with_capacity(n: usize) -> Self {
        let mut t = Self::new();
        if n > 0 {
            let size = size_for(n);
            t.indices = vec![EMPTY; size];
            t.usable = usable_for(size);
            t.entries.reserve_exact(t.usable);
        }
        t
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Changes whenever the set of keys changes (see the module docs).
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }

    /// One past the last entry index (holes included): iterate `0..entries_len()` with [`Self::entry_at`].
    #[inline]
    pub fn entries_len(&self) -> usize {
        self.entries.len()
    }

    /// The live entry at index `i` (None for a hole or past the end).
    #[inline]
    pub fn entry_at(&self, i: usize) -> Option<(&K, &V)> {
        match self.entries.get(i) {
            Some(Entry {
                kv: Some((k, v)), ..
            }) => Some((k, v)),
            _ => None,
        }
    }

    /// The stored hash of the live entry at index `i`.
    #[inline]
    pub fn hash_at(&self, i: usize) -> Option<i64> {
        match self.entries.get(i) {
            Some(Entry { hash, kv: Some(_) }) => Some(*hash),
            _ => None,
        }
    }

    #[inline]
    pub fn key_at(&self, i: usize) -> Option<&K> {
        self.entry_at(i).map(|(k, _)| k)
    }

    #[inline]
    pub fn value_at(&self, i: usize) -> Option<&V> {
        self.entry_at(i).map(|(_, v)| v)
    }

    #[inline]
    pub fn value_at_mut(&mut self, i: usize) -> Option<&mut V> {
        match self.entries.get_mut(i) {
            Some(Entry {
                kv: Some((_, v)), ..
            }) => Some(v),
            _ => None,
        }
    }

    /// Replace the value of the live entry at `i`, returning the old one (None if `i` is not live).
    pub fn replace_value_at(&mut self, i: usize, value: V) -> Option<V> {
        self.value_at_mut(i).map(|v| std::mem::replace(v, value))
    }

    /// The first live entry at index `>= i`, with its index: the step of a VM iterator, which
    /// keeps `index + 1` for the next call.
    #[inline]
    pub fn next_entry(&self, mut i: usize) -> Option<(usize, &K, &V)> {
        while i < self.entries.len() {
            if let Some((k, v)) = &self.entries[i].kv {
                return Some((i, k, v));
            }
            i += 1;
        }
        None
    }

    /// The last live entry at index `< end`, with its index (for `reversed(dict)`).
    pub fn prev_entry(&self, end: usize) -> Option<(usize, &K, &V)> {
        let mut i = end.min(self.entries.len());
        while i > 0 {
            i -= 1;
            if let Some((k, v)) = &self.entries[i].kv {
                return Some((i, k, v));
            }
        }
        None
    }

    /// `(key, value)` pairs in insertion order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> + '_ {
        self.entries
            .iter()
            .filter_map(|e| e.kv.as_ref().map(|(k, v)| (k, v)))
    }

    /// `(hash, key, value)` in insertion order.
    pub fn iter_with_hash(&self) -> impl DoubleEndedIterator<Item = (i64, &K, &V)> + '_ {
        self.entries
            .iter()
            .filter_map(|e| e.kv.as_ref().map(|(k, v)| (e.hash, k, v)))
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> + '_ {
        self.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + '_ {
        self.iter().map(|(_, v)| v)
    }

    pub fn values_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut V> + '_ {
        self.entries
            .iter_mut()
            .filter_map(|e| e.kv.as_mut().map(|(_, v)| v))
    }

    /// Remove every entry and free the storage.
    pub fn clear(&mut self) {
        self.indices = Vec::new();
        self.entries = Vec::new();
        self.used = 0;
        self.usable = 0;
        self.version = self.version.wrapping_add(1);
        self.layout = self.layout.wrapping_add(1);
    }

    /// Remove and return the last entry (`dict.popitem()`).
    pub fn popitem(&mut self) -> Option<(K, V)> {
        self.popitem_with_hash().map(|(_, k, v)| (k, v))
    }

    /// Remove and return the last entry with its hash.
    pub fn popitem_with_hash(&mut self) -> Option<(i64, K, V)> {
        while let Some(e) = self.entries.pop() {
            let pos = self.entries.len();
            // Trailing holes were already dummied in the index; the slot stays usable again.
            self.usable += 1;
            if let Some((k, v)) = e.kv {
                let slot = self.slot_of_entry(e.hash, pos);
                if let Some(s) = slot {
                    self.indices[s] = DUMMY;
                }
                self.used -= 1;
                self.version = self.version.wrapping_add(1);
                return Some((e.hash, k, v));
            }
        }
        None
    }

    /// Remove and return the live entry at index `i`.
    pub fn remove_at(&mut self, i: usize) -> Option<(K, V)> {
        let hash = self.hash_at(i)?;
        let slot = self.slot_of_entry(hash, i)?;
        self.indices[slot] = DUMMY;
        let kv = self.entries[i].kv.take();
        self.used -= 1;
        self.version = self.version.wrapping_add(1);
        kv
    }

    /// The index slot that points at entry `pos` (whose hash is `hash`).
    fn slot_of_entry(&self, hash: i64, pos: usize) -> Option<usize> {
        let mask = self.indices.len().checked_sub(1)?;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        for _ in 0..=self.indices.len() + 64 {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix as usize == pos {
                return Some(i);
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        None
    }

    /// Start a two-phase lookup of a key with this hash.
    #[inline]
    pub fn probe_start(&self, hash: i64) -> Probe {
        Probe {
            hash,
            slot: 0,
            perturb: hash as u64,
            first_dummy: None,
            layout: self.layout,
            started: false,
        }
    }

    /// Advance a lookup to the next decision (see the module docs). `same` is a pure identity
    /// test of a stored key against the probe key.
    #[inline]
    pub fn probe_next(&self, p: &mut Probe, mut same: impl FnMut(&K) -> bool) -> Step {
        let size = self.indices.len();
        if size == 0 || p.layout != self.layout {
            // Nothing stored yet (or a stale probe): the key is absent.
            return Step::Vacant(self.vacant(p.hash, None));
        }
        let mask = size - 1;
        if p.started {
            p.perturb >>= PERTURB_SHIFT;
            p.slot = (p
                .slot
                .wrapping_mul(5)
                .wrapping_add(p.perturb as usize)
                .wrapping_add(1))
                & mask;
        } else {
            p.started = true;
            p.slot = (p.hash as u64 as usize) & mask;
        }
        loop {
            let ix = self.indices[p.slot];
            if ix == EMPTY {
                return Step::Vacant(self.vacant(p.hash, Some(p.first_dummy.unwrap_or(p.slot))));
            }
            if ix == DUMMY {
                if p.first_dummy.is_none() {
                    p.first_dummy = Some(p.slot);
                }
            } else {
                let e = &self.entries[ix as usize];
                if e.hash == p.hash {
                    if let Some((k, _)) = &e.kv {
                        if same(k) {
                            return Step::Found(ix as usize);
                        }
                        return Step::Candidate(ix as usize);
                    }
                }
            }
            p.perturb >>= PERTURB_SHIFT;
            p.slot = (p
                .slot
                .wrapping_mul(5)
                .wrapping_add(p.perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// After comparing a [`Step::Candidate`] outside the borrow: `true` if the table still has
    /// the same layout and entry `i` still holds the key that was compared (`same`).
    pub fn probe_still_valid(&self, p: &Probe, i: usize, mut same: impl FnMut(&K) -> bool) -> bool {
        p.layout == self.layout
            && match &self.entries.get(i) {
                Some(Entry {
                    kv: Some((k, _)), ..
                }) => same(k),
                _ => false,
            }
    }

    #[inline]
    fn vacant(&self, hash: i64, slot: Option<usize>) -> Vacant {
        Vacant {
            hash,
            slot,
            layout: self.layout,
            version: self.version,
        }
    }

    /// Add a key that a lookup found absent ([`Step::Vacant`]); returns its entry index. The
    /// token must come from the current state of this table; a stale one still inserts
    /// correctly (without re-checking for an equal key).
    pub fn insert_vacant(&mut self, vacant: Vacant, key: K, value: V) -> usize {
        let hash = vacant.hash;
        let fresh = vacant.layout == self.layout && vacant.version == self.version;
        match vacant.slot {
            Some(slot) if fresh && self.usable > 0 => self.append(slot, hash, key, value),
            _ => self.insert_unique(key, hash, value),
        }
    }

    #[inline]
    fn append(&mut self, slot: usize, hash: i64, key: K, value: V) -> usize {
        let pos = self.entries.len();
        self.indices[slot] = pos as u32;
        self.entries.push(Entry {
            hash,
            kv: Some((key, value)),
        });
        self.used += 1;
        self.usable -= 1;
        self.version = self.version.wrapping_add(1);
        pos
    }

    /// The first empty or dummy index slot on `hash`'s probe path (table must be non-empty).
    fn find_free_slot(&self, hash: i64) -> usize {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY || ix == DUMMY {
                return i;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// Rebuild for growth: size from `used * 3`, holes squeezed out.
    fn grow(&mut self) {
        // CPython's growth rate: the smallest power of two >= used * 3 (at least 8).
        let size = (self.used * 3).next_power_of_two().max(MIN_SIZE);
        self.rebuild(size);
    }

    /// Rebuild the index with `size` slots (a power of two holding every live entry), squeezing holes.
    fn rebuild(&mut self, size: usize) {
        let usable = usable_for(size);
        if self.entries.len() != self.used {
            self.entries.retain(|e| e.kv.is_some());
        }
        if self.entries.capacity() < usable {
            self.entries.reserve_exact(usable - self.entries.len());
        }
        self.indices.clear();
        self.indices.resize(size, EMPTY);
        let mask = size - 1;
        for (pos, e) in self.entries.iter().enumerate() {
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(perturb as usize)
                    .wrapping_add(1))
                    & mask;
            }
            self.indices[i] = pos as u32;
        }
        self.usable = usable - self.entries.len();
        self.layout = self.layout.wrapping_add(1);
        self.version = self.version.wrapping_add(1);
    }

    /// Make room for `extra` more keys without intermediate rebuilds (e.g. `dict.update`).
    pub fn reserve(&mut self, extra: usize) {
        if extra > self.usable {
            let need = self.used + extra;
            if self.indices.is_empty() {
                let size = size_for(need);
                self.indices = vec![EMPTY; size];
                self.usable = usable_for(size);
                self.entries.reserve_exact(self.usable);
                self.layout = self.layout.wrapping_add(1);
            } else {
                self.rebuild(size_for(need));
            }
        }
    }

    /// Index of the entry whose key equals the probe (`eq(stored)`), if any. `eq` runs only
    /// on entries with the same hash and must not mutate this table.
    #[inline]
    pub fn find<E>(
        &self,
        hash: i64,
        mut eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        if self.indices.is_empty() {
            return Ok(None);
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return Ok(None);
            }
            if ix != DUMMY {
                let e = &self.entries[ix as usize];
                if e.hash == hash {
                    if let Some((k, _)) = &e.kv {
                        if eq(k)? {
                            return Ok(Some(ix as usize));
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// The value of the key equal to the probe, if any.
    #[inline]
    pub fn get<E>(
        &self,
        hash: i64,
        eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<&V>, E> {
        Ok(self.find(hash, eq)?.and_then(|i| self.value_at(i)))
    }

    /// Mutable access to the value of the key equal to the probe, if any.
    pub fn get_mut<E>(
        &mut self,
        hash: i64,
        eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<&mut V>, E> {
        match self.find(hash, eq)? {
            Some(i) => Ok(self.value_at_mut(i)),
            None => Ok(None),
        }
    }

    /// `d[key] = value`: returns the old value if an equal key was present (the stored key is
    /// kept, as in CPython). `eq(stored, new)` runs only on entries with the same hash.
    pub fn insert<E>(
        &mut self,
        key: K,
        hash: i64,
        value: V,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<V>, E> {
        let mut p = self.probe_start(hash);
        loop {
            match self.probe_next(&mut p, |_| false) {
                Step::Found(i) | Step::Candidate(i) => {
                    let equal = match self.key_at(i) {
                        Some(k) => eq(k, &key)?,
                        None => false,
                    };
                    if equal {
                        return Ok(self.replace_value_at(i, value));
                    }
                }
                Step::Vacant(v) => {
                    self.insert_vacant(v, key, value);
                    return Ok(None);
                }
            }
        }
    }

    /// Add a key known to be absent (e.g. when copying a dict): no comparisons.
    pub fn insert_unique(&mut self, key: K, hash: i64, value: V) -> usize {
        if self.usable == 0 {
            self.grow();
        }
        let slot = self.find_free_slot(hash);
        self.append(slot, hash, key, value)
    }

    /// `del d[key]` / `d.pop(key)`: remove and return the entry equal to the probe.
    pub fn remove<E>(
        &mut self,
        hash: i64,
        eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<(K, V)>, E> {
        match self.find(hash, eq)? {
            Some(i) => Ok(self.remove_at(i)),
            None => Ok(None),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::panic)]
mod tests {
    use super::*;
    use std::convert::Infallible;

    fn eq2(a: &i64, b: &i64) -> Result<bool, Infallible> {
        Ok(a == b)
    }

    fn ins(t: &mut DictTable<i64, i64>, k: i64, v: i64) -> Option<i64> {
        t.insert(k, k, v, eq2).unwrap()
    }

    fn get(t: &DictTable<i64, i64>, k: i64) -> Option<i64> {
        t.get(k, |s| Ok::<_, Infallible>(*s == k)).unwrap().copied()
    }

    fn del(t: &mut DictTable<i64, i64>, k: i64) -> Option<(i64, i64)> {
        t.remove(k, |s| Ok::<_, Infallible>(*s == k)).unwrap()
    }

    fn keys(t: &DictTable<i64, i64>) -> Vec<i64> {
        t.keys().copied().collect()
    }

    #[test]
    fn insertion_order_and_reinsert() {
        let mut t = DictTable::new();
        for k in [10, 3, 7, 100, 1000] {
            assert_eq!(ins(&mut t, k, k * 2), None);
        }
        assert_eq!(keys(&t), vec![10, 3, 7, 100, 1000]);
        assert_eq!(ins(&mut t, 3, 33), Some(6));
        assert_eq!(keys(&t), vec![10, 3, 7, 100, 1000]);
        assert_eq!(del(&mut t, 3), Some((3, 33)));
        assert_eq!(del(&mut t, 3), None);
        assert_eq!(ins(&mut t, 3, 1), None);
        // python3: d = {10:..,3:..,7:..,100:..,1000:..}; del d[3]; d[3] = 1 -> order
        assert_eq!(keys(&t), vec![10, 7, 100, 1000, 3]);
        assert_eq!(t.popitem(), Some((3, 1)));
        assert_eq!(t.popitem(), Some((1000, 2000)));
        assert_eq!(t.len(), 3);
        assert_eq!(get(&t, 7), Some(14));
        assert_eq!(get(&t, 1000), None);
    }

    #[test]
    fn many_keys_with_collisions() {
        let mut t = DictTable::new();
        // Keys that collide heavily in the low bits.
        for i in 0..5000i64 {
            ins(&mut t, i << 20, i);
        }
        for i in (0..5000i64).step_by(2) {
            assert_eq!(del(&mut t, i << 20), Some((i << 20, i)));
        }
        assert_eq!(t.len(), 2500);
        for i in 0..5000i64 {
            let want = if i % 2 == 1 { Some(i) } else { None };
            assert_eq!(get(&t, i << 20), want);
        }
        let ks = keys(&t);
        assert_eq!(ks.len(), 2500);
        assert!(ks.windows(2).all(|w| w[0] < w[1]));
        // Churn: add and delete the same key many times (holes must be reclaimed).
        for _ in 0..10000 {
            ins(&mut t, -5, 0);
            del(&mut t, -5);
        }
        assert_eq!(t.len(), 2500);
        assert!(t.entries_len() < 8000);
    }

    #[test]
    fn popitem_and_holes() {
        let mut t = DictTable::new();
        for k in 0..6 {
            ins(&mut t, k, k);
        }
        del(&mut t, 5);
        del(&mut t, 4);
        assert_eq!(t.popitem(), Some((3, 3)));
        ins(&mut t, 9, 9);
        assert_eq!(keys(&t), vec![0, 1, 2, 9]);
        while t.popitem().is_some() {}
        assert!(t.is_empty());
        assert_eq!(t.popitem(), None);
        ins(&mut t, 1, 1);
        assert_eq!(keys(&t), vec![1]);
    }

    #[test]
    fn entry_index_iteration() {
        let mut t = DictTable::new();
        for k in 0..10 {
            ins(&mut t, k, k * k);
        }
        del(&mut t, 0);
        del(&mut t, 5);
        let mut i = 0;
        let mut seen = vec![];
        while let Some((pos, k, v)) = t.next_entry(i) {
            assert_eq!(*v, k * k);
            seen.push(*k);
            i = pos + 1;
        }
        assert_eq!(seen, vec![1, 2, 3, 4, 6, 7, 8, 9]);
        assert_eq!(t.entry_at(0), None);
        assert_eq!(t.entry_at(1), Some((&1, &1)));
        let rev: Vec<i64> = t.keys().rev().copied().collect();
        assert_eq!(rev, vec![9, 8, 7, 6, 4, 3, 2, 1]);
        assert_eq!(t.prev_entry(usize::MAX).map(|e| *e.1), Some(9));
    }

    #[test]
    fn version_counts_key_changes() {
        let mut t = DictTable::new();
        let v0 = t.version();
        ins(&mut t, 1, 1);
        let v1 = t.version();
        assert_ne!(v0, v1);
        ins(&mut t, 1, 2);
        assert_eq!(t.version(), v1);
        del(&mut t, 1);
        assert_ne!(t.version(), v1);
        t.clear();
        assert!(t.is_empty());
        assert_eq!(get(&t, 1), None);
    }

    #[test]
    fn failing_eq_propagates() {
        let mut t: DictTable<i64, i64> = DictTable::new();
        ins(&mut t, 1, 1);
        let r = t.insert(1, 1, 5, |_, _| Err("boom"));
        assert_eq!(r, Err("boom"));
        assert_eq!(t.get(1, |_| Err::<bool, _>("x")), Err("x"));
        // Different hash: eq never called.
        assert_eq!(t.get(2, |_| Err::<bool, _>("x")), Ok(None));
    }

    #[test]
    fn eq_only_on_equal_hash_and_keeps_old_key() {
        // Keys are (id, value); the hash is the value, equality compares values only.
        let mut t: DictTable<(u32, i64), &str> = DictTable::new();
        let calls = std::cell::Cell::new(0);
        let mut eq = |a: &(u32, i64), b: &(u32, i64)| {
            calls.set(calls.get() + 1);
            Ok::<_, Infallible>(a.1 == b.1)
        };
        t.insert((1, 5), 5, "a", &mut eq).unwrap();
        t.insert((2, 6), 6, "b", &mut eq).unwrap();
        assert_eq!(calls.get(), 0);
        assert_eq!(t.insert((3, 5), 5, "c", &mut eq).unwrap(), Some("a"));
        assert_eq!(calls.get(), 1);
        assert_eq!(t.iter().next(), Some((&(1, 5), &"c")));
    }

    #[test]
    fn two_phase_protocol() {
        let mut t: DictTable<i64, i64> = DictTable::with_capacity(3);
        // Absent key: vacant, then insert in the same borrow.
        let mut p = t.probe_start(8);
        match t.probe_next(&mut p, |k| *k == 8) {
            Step::Vacant(v) => {
                t.insert_vacant(v, 8, 80);
            }
            s => panic!("{s:?}"),
        }
        // Identical key: found.
        let mut p = t.probe_start(8);
        assert!(matches!(t.probe_next(&mut p, |k| *k == 8), Step::Found(0)));
        // Same hash, not identical: candidate; the "comparison" mutates the table (rebuild).
        let mut p = t.probe_start(8);
        let i = match t.probe_next(&mut p, |_| false) {
            Step::Candidate(i) => i,
            s => panic!("{s:?}"),
        };
        let stored = *t.key_at(i).unwrap();
        for k in 100..120 {
            ins(&mut t, k, k);
        }
        assert!(!t.probe_still_valid(&p, i, |k| *k == stored));
        // Restart: candidate is still valid when nothing changed.
        let mut p = t.probe_start(8);
        let i = match t.probe_next(&mut p, |_| false) {
            Step::Candidate(i) => i,
            s => panic!("{s:?}"),
        };
        assert!(t.probe_still_valid(&p, i, |k| *k == stored));
        // Not equal after all: continue -> vacant.
        assert!(matches!(t.probe_next(&mut p, |_| false), Step::Vacant(_)));
        // A stale vacant token still inserts correctly.
        let mut p = t.probe_start(7);
        let v = match t.probe_next(&mut p, |k| *k == 7) {
            Step::Vacant(v) => v,
            s => panic!("{s:?}"),
        };
        for k in 200..300 {
            ins(&mut t, k, k);
        }
        t.insert_vacant(v, 7, 70);
        assert_eq!(get(&t, 7), Some(70));
        assert_eq!(get(&t, 250), Some(250));
        assert_eq!(get(&t, 8), Some(80));
    }

    #[test]
    fn empty_table_allocates_nothing() {
        let t: DictTable<i64, i64> = DictTable::new();
        assert_eq!(t.indices.capacity(), 0);
        assert_eq!(t.entries.capacity(), 0);
        assert_eq!(get(&t, 3), None);
        let mut t = t;
        t.reserve(100);
        for k in 0..100 {
            ins(&mut t, k, k);
        }
        assert_eq!(t.len(), 100);
        assert_eq!(keys(&t), (0..100).collect::<Vec<_>>());
    }
}
