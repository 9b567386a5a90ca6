//! The hash table behind `set`/`frozenset`, laid out exactly like CPython 3.11's so iteration order matches.
//!
//! # Layout (observable through iteration order, so it follows CPython)
//!
//! An open-addressing array of `2**k >= 8` slots, each empty, dummy (a removed key) or holding
//! `(hash, key)`. A key's probe sequence starts at `hash & mask`, looks at up to 9 following
//! slots linearly (only when they do not wrap around the end), then jumps with
//! `perturb >>= 5; i = (i * 5 + 1 + perturb) & mask` and repeats. Adding a key takes the last
//! dummy slot seen on its probe path before the first empty slot, or else that empty slot;
//! filling an empty slot counts towards `fill`, and when `fill * 5 >= mask * 3` the table is
//! rebuilt to the smallest power of two greater than `used * 4` (`used * 2` above 50000 keys).
//! Removal leaves a dummy. `pop` scans from a "finger" left by the previous `pop` (kept by
//! `clear`). Bulk operations (`merge_from`, `copy`, the set algebra) reproduce CPython's own
//! algorithms (presizing, the copy fast paths, which operand is iterated), because each of
//! those choices shows in the resulting order.
//!
//! # Equality and re-entrancy
//!
//! Hashes come from the caller; equality is a fallible callback (Python's `__eq__` can raise)
//! that is only called on a stored key whose hash equals the probe's hash, so the caller's
//! callback should test identity first (cheap) and then compare.
//!
//! The one-shot methods ([`SetTable::insert`], [`SetTable::find`], [`SetTable::remove`], the
//! set algebra) call the callback while the table is borrowed: right for keys whose comparison
//! cannot run Python code. Otherwise, with the table in a `RefCell`, use the two-phase protocol
//! so no borrow is held while Python runs:
//!
//! 1. `let mut p = table.probe_start(hash);`, then repeatedly `table.probe_next(&mut p, same)`
//!    where `same(&stored)` is a pure identity test.
//! 2. [`Step::Found(slot)`](Step::Found): the key is at `slot`. [`Step::Vacant(v)`](Step::Vacant):
//!    the key is absent; to add it call [`SetTable::insert_vacant`]`(v, key)` in the *same*
//!    borrow. [`Step::Candidate(slot)`](Step::Candidate): same hash, not identical: clone
//!    `key_at(slot)`, release the borrow, call `__eq__`, borrow again. For an *add*, a true
//!    result means the key is present (CPython does not re-check). Otherwise call
//!    [`SetTable::probe_still_valid`]`(&p, slot, same_as_clone)`: `false` means the comparison
//!    changed the table, so restart from `probe_start` (as CPython does); if valid and equal,
//!    the key is at `slot`; if valid and unequal, continue with `probe_next`.
//!
//! [`SetTable::version`] changes on every change of membership or layout. CPython's set
//! iterator raises "Set changed size during iteration" when `len()` differs from the length
//! it started with, and otherwise keeps walking slot positions ([`SetTable::next_entry`]).

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Debug)]
struct Slot<K> {
    /// 0 for an empty slot, -1 for a dummy, the key's hash otherwise.
    hash: i64,
    key: Option<K>,
}

impl<K> Slot<K> {
    const EMPTY: Slot<K> = Slot { hash: 0, key: None };

    #[inline]
    fn is_empty(&self) -> bool {
        self.key.is_none() && self.hash == 0
    }

    #[inline]
    fn is_dummy(&self) -> bool {
        self.key.is_none() && self.hash != 0
    }
}

/// A hash set table whose iteration order is CPython 3.11's.
#[derive(Clone, Debug)]
pub struct SetTable<K> {
    /// Empty until first written (standing for 8 empty slots), else a power of two >= 8 long.
    slots: Vec<Slot<K>>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where the next `pop` starts scanning.
    finger: usize,
    version: u64,
    layout: u64,
}

/// The state of one lookup in the two-phase protocol (see the module docs).
#[derive(Clone, Copy, Debug)]
pub struct Probe {
    hash: i64,
    /// Start of the current linear run.
    base: usize,
    /// Offset inside the run.
    offset: usize,
    /// Last offset of the run (9 or 0).
    run_end: usize,
    perturb: u64,
    freeslot: Option<usize>,
    layout: u64,
    started: bool,
}

/// Where an absent key would go: from [`Step::Vacant`], for [`SetTable::insert_vacant`].
#[derive(Clone, Copy, Debug)]
pub struct Vacant {
    hash: i64,
    slot: usize,
    layout: u64,
    version: u64,
}

/// One step of a two-phase lookup.
#[derive(Clone, Copy, Debug)]
pub enum Step {
    /// The slot holds an identical key.
    Found(usize),
    /// The slot's key has the same hash: the caller must compare.
    Candidate(usize),
    /// The key is absent.
    Vacant(Vacant),
}

/// CPython's probe sequence over a table of `mask + 1` slots.
#[derive(Clone, Copy)]
struct Seq {
    base: usize,
    offset: usize,
    run_end: usize,
    perturb: u64,
}

impl Seq {
    #[inline]
    fn new(hash: i64, mask: usize) -> Seq {
        let base = (hash as u64 as usize) & mask;
        Seq {
            base,
            offset: 0,
            run_end: run_end(base, mask),
            perturb: hash as u64,
        }
    }

    #[inline]
    fn pos(&self) -> usize {
        self.base + self.offset
    }

    #[inline]
    fn advance(&mut self, mask: usize) {
        if self.offset < self.run_end {
            self.offset += 1;
        } else {
            self.perturb >>= PERTURB_SHIFT;
            self.base = (self
                .base
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb as usize))
                & mask;
            self.offset = 0;
            self.run_end = run_end(self.base, mask);
        }
    }
}

#[inline]
fn run_end(base: usize, mask: usize) -> usize {
    if base + LINEAR_PROBES <= mask {
        LINEAR_PROBES
    } else {
        0
    }
}

/// Where `insert_clean` puts a key with this hash in a table without dummies or equal keys.
#[inline]
fn clean_slot<K>(slots: &[Slot<K>], hash: i64) -> usize {
    let mask = slots.len() - 1;
    let mut s = Seq::new(hash, mask);
    while slots[s.pos()].key.is_some() {
        s.advance(mask);
    }
    s.pos()
}

impl<K> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K> SetTable<K> {
    /// An empty set (8 slots, allocated on first insert).
    pub const fn new() -> Self {
        SetTable {
            slots: Vec::new(),
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
            layout: 0,
        }
    }

    /// An empty table sized as CPython's resize for `minused` keys (the smallest power of two
    /// greater than `minused`, at least 8). Only use it where CPython presizes the same way,
    /// or the iteration order will differ.
    pub fn with_capacity(minused: usize) -> Self {
        let mut t = Self::new();
        let size = table_size(minused);
        if size > MIN_SIZE {
            t.slots = empty_slots(size);
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

    /// Number of slots (`mask + 1`).
    #[inline]
    pub fn capacity(&self) -> usize {
        self.slots.len().max(MIN_SIZE)
    }

    #[inline]
    fn mask(&self) -> usize {
        self.capacity() - 1
    }

    /// Changes on every change of membership or layout.
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }

    #[inline]
    fn bump(&mut self) {
        self.version = self.version.wrapping_add(1);
    }

    fn ensure_allocated(&mut self) {
        if self.slots.is_empty() {
            self.slots = empty_slots(MIN_SIZE);
        }
    }

    /// The key in slot `slot`, if that slot is active.
    #[inline]
    pub fn key_at(&self, slot: usize) -> Option<&K> {
        self.slots.get(slot).and_then(|s| s.key.as_ref())
    }

    /// The first active slot at position `>= pos`: `(slot, hash, key)`. A VM iterator keeps
    /// `slot + 1` for the next call.
    #[inline]
    pub fn next_entry(&self, mut pos: usize) -> Option<(usize, i64, &K)> {
        while pos < self.slots.len() {
            let s = &self.slots[pos];
            if let Some(k) = &s.key {
                return Some((pos, s.hash, k));
            }
            pos += 1;
        }
        None
    }

    /// Keys in table (iteration) order.
    pub fn iter(&self) -> impl Iterator<Item = &K> + '_ {
        self.slots.iter().filter_map(|s| s.key.as_ref())
    }

    /// `(hash, key)` in table order.
    pub fn iter_with_hash(&self) -> impl Iterator<Item = (i64, &K)> + '_ {
        self.slots
            .iter()
            .filter_map(|s| s.key.as_ref().map(|k| (s.hash, k)))
    }

    /// Empty the set (back to 8 slots). The `pop` finger is kept, as in CPython.
    pub fn clear(&mut self) {
        self.slots = Vec::new();
        self.fill = 0;
        self.used = 0;
        self.bump();
        self.layout = self.layout.wrapping_add(1);
    }

    /// `set.pop()`: the first active slot from the finger on (wrapping), or None if empty.
    pub fn pop(&mut self) -> Option<K> {
        self.pop_with_hash().map(|(_, k)| k)
    }

    /// `set.pop()` with the key's hash.
    pub fn pop_with_hash(&mut self) -> Option<(i64, K)> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while self.slots[i].key.is_none() {
            i = if i == mask { 0 } else { i + 1 };
        }
        self.finger = i + 1;
        self.take_slot(i)
    }

    /// Remove the key in active slot `slot` (leaving a dummy).
    pub fn remove_at(&mut self, slot: usize) -> Option<K> {
        self.take_slot(slot).map(|(_, k)| k)
    }

    fn take_slot(&mut self, slot: usize) -> Option<(i64, K)> {
        let s = self.slots.get_mut(slot)?;
        let key = s.key.take()?;
        let hash = std::mem::replace(&mut s.hash, -1);
        self.used -= 1;
        self.bump();
        Some((hash, key))
    }

    /// Rebuild with CPython's size for `minused`, re-adding active keys in table order.
    fn resize(&mut self, minused: usize) {
        let size = table_size(minused);
        let old = std::mem::replace(&mut self.slots, empty_slots(size));
        for s in old {
            if s.key.is_some() {
                let pos = clean_slot(&self.slots, s.hash);
                self.slots[pos] = s;
            }
        }
        self.fill = self.used;
        self.layout = self.layout.wrapping_add(1);
        self.bump();
    }

    /// CPython's rule after filling an empty slot.
    #[inline]
    fn grow_if_needed(&mut self) {
        if self.fill * 5 >= self.mask() * 3 {
            let u = self.used;
            self.resize(if u > 50_000 { u * 2 } else { u * 4 });
        }
    }

    /// After a run of removals (`difference_update`, `s -= t`, `set.difference`'s copy path):
    /// CPython rebuilds when more than a quarter of the slots are dummies.
    pub fn compact_if_many_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            let u = self.used;
            self.resize(if u > 50_000 { u * 2 } else { u * 4 });
        }
    }

    /// Presize before adding `n` keys known in advance (CPython does this when updating a
    /// set from an exact `dict`): rebuild for `(len + n) * 2` if `(fill + n) * 5 >= mask * 3`.
    pub fn presize_for(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// Start a two-phase lookup of a key with this hash.
    #[inline]
    pub fn probe_start(&self, hash: i64) -> Probe {
        Probe {
            hash,
            base: 0,
            offset: 0,
            run_end: 0,
            perturb: hash as u64,
            freeslot: None,
            layout: self.layout,
            started: false,
        }
    }

    /// Advance a lookup to the next decision (see the module docs); `same` is a pure identity
    /// test of a stored key against the probe key.
    pub fn probe_next(&self, p: &mut Probe, mut same: impl FnMut(&K) -> bool) -> Step {
        let mask = self.mask();
        if p.layout != self.layout {
            // A stale probe (the caller should have restarted): start over.
            *p = self.probe_start(p.hash);
        }
        let mut seq = if p.started {
            let mut s = Seq {
                base: p.base,
                offset: p.offset,
                run_end: p.run_end,
                perturb: p.perturb,
            };
            s.advance(mask);
            s
        } else {
            p.started = true;
            Seq::new(p.hash, mask)
        };
        let step = loop {
            let pos = seq.pos();
            let Some(s) = self.slots.get(pos) else {
                // Unallocated table: 8 empty slots.
                break Step::Vacant(self.vacant(p.hash, p.freeslot.unwrap_or(pos)));
            };
            match &s.key {
                Some(k) if s.hash == p.hash => {
                    break if same(k) {
                        Step::Found(pos)
                    } else {
                        Step::Candidate(pos)
                    };
                }
                Some(_) => {}
                None if s.hash == 0 => {
                    break Step::Vacant(self.vacant(p.hash, p.freeslot.unwrap_or(pos)));
                }
                None => p.freeslot = Some(pos),
            }
            seq.advance(mask);
        };
        p.base = seq.base;
        p.offset = seq.offset;
        p.run_end = seq.run_end;
        p.perturb = seq.perturb;
        step
    }

    /// After comparing a [`Step::Candidate`] outside the borrow: `true` if the table kept its
    /// layout and slot `slot` still holds the compared key (`same`).
    pub fn probe_still_valid(
        &self,
        p: &Probe,
        slot: usize,
        mut same: impl FnMut(&K) -> bool,
    ) -> bool {
        p.layout == self.layout && self.key_at(slot).is_some_and(&mut same)
    }

    #[inline]
    fn vacant(&self, hash: i64, slot: usize) -> Vacant {
        Vacant {
            hash,
            slot,
            layout: self.layout,
            version: self.version,
        }
    }

    /// Add a key a lookup found absent ([`Step::Vacant`]). A stale token (the table changed
    /// since) still adds the key correctly, without comparisons.
    pub fn insert_vacant(&mut self, v: Vacant, key: K) {
        if v.layout != self.layout || v.version != self.version {
            return self.insert_unique(key, v.hash);
        }
        self.ensure_allocated();
        self.place(v.slot, key, v.hash)
    }

    /// Put a key into a free (empty or dummy) slot, with CPython's accounting.
    fn place(&mut self, pos: usize, key: K, hash: i64) {
        let was_empty = self.slots[pos].is_empty();
        self.slots[pos] = Slot {
            hash,
            key: Some(key),
        };
        self.used += 1;
        self.bump();
        if was_empty {
            self.fill += 1;
            self.grow_if_needed();
        }
    }

    /// Add a key known not to be present (no comparisons), following CPython's add path.
    pub fn insert_unique(&mut self, key: K, hash: i64) {
        self.ensure_allocated();
        let mask = self.mask();
        let mut s = Seq::new(hash, mask);
        let mut freeslot = None;
        loop {
            let slot = &self.slots[s.pos()];
            if slot.is_empty() {
                break;
            }
            if slot.is_dummy() {
                freeslot = Some(s.pos());
            }
            s.advance(mask);
        }
        self.place(freeslot.unwrap_or(s.pos()), key, hash)
    }

    /// `set.add(key)`: true if added, false if an equal key was already there (the stored key
    /// stays). `eq(stored, new)` runs only on stored keys with the same hash.
    pub fn insert<E>(
        &mut self,
        key: K,
        hash: i64,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        self.ensure_allocated();
        let mask = self.mask();
        let mut s = Seq::new(hash, mask);
        let mut freeslot = None;
        loop {
            let slot = &self.slots[s.pos()];
            match &slot.key {
                Some(k) => {
                    if slot.hash == hash && eq(k, &key)? {
                        return Ok(false);
                    }
                }
                None if slot.hash == 0 => break,
                None => freeslot = Some(s.pos()),
            }
            s.advance(mask);
        }
        self.place(freeslot.unwrap_or(s.pos()), key, hash);
        Ok(true)
    }

    /// The slot of the stored key equal to the probe (`eq(stored)`), if any.
    #[inline]
    pub fn find<E>(
        &self,
        hash: i64,
        mut eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        if self.slots.is_empty() {
            return Ok(None);
        }
        let mask = self.mask();
        let mut s = Seq::new(hash, mask);
        loop {
            let slot = &self.slots[s.pos()];
            match &slot.key {
                Some(k) if slot.hash == hash && eq(k)? => return Ok(Some(s.pos())),
                Some(_) => {}
                None if slot.hash == 0 => return Ok(None),
                None => {}
            }
            s.advance(mask);
        }
    }

    /// `key in set`.
    #[inline]
    pub fn contains<E>(&self, hash: i64, eq: impl FnMut(&K) -> Result<bool, E>) -> Result<bool, E> {
        Ok(self.find(hash, eq)?.is_some())
    }

    /// `set.discard(key)`: the removed stored key, if an equal one was present.
    pub fn remove<E>(
        &mut self,
        hash: i64,
        eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<K>, E> {
        match self.find(hash, eq)? {
            Some(slot) => Ok(self.remove_at(slot)),
            None => Ok(None),
        }
    }
}

impl<K: Clone> SetTable<K> {
    /// `set.update(other_set)` / CPython's `set_merge`: presize, then copy slot-for-slot into
    /// an empty table of the same size without dummies, re-add cleanly into an empty table,
    /// or add one by one (comparing) otherwise.
    pub fn merge_from<E>(
        &mut self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 {
            if self.mask() == other.mask() && other.fill == other.used {
                self.slots = other.slots.clone();
            } else {
                self.ensure_allocated();
                for (hash, key) in other.iter_with_hash() {
                    let pos = clean_slot(&self.slots, hash);
                    self.slots[pos] = Slot {
                        hash,
                        key: Some(key.clone()),
                    };
                }
            }
            self.fill = other.used;
            self.used = other.used;
            self.bump();
            return Ok(());
        }
        for (hash, key) in other.iter_with_hash() {
            self.insert(key.clone(), hash, &mut eq)?;
        }
        Ok(())
    }

    /// `set(s)` / `s.copy()` for a set `s` (a fresh table, finger 0): never compares.
    pub fn copy(&self) -> SetTable<K> {
        let mut t = SetTable::new();
        // Merging into an empty table takes the comparison-free paths.
        let _ = t.merge_from(self, |_, _| Ok::<bool, std::convert::Infallible>(false));
        t
    }

    /// `self | other`: a copy of `self`, then `other` merged in.
    pub fn union<E>(
        &self,
        other: &SetTable<K>,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        let mut t = self.copy();
        t.merge_from(other, eq)?;
        Ok(t)
    }

    /// `self & other`: walks the smaller table (`other` on a tie) in order, keeping its keys
    /// found in the larger. `eq(stored, probe)`.
    pub fn intersection<E>(
        &self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        let (big, small) = if other.used > self.used {
            (other, self)
        } else {
            (self, other)
        };
        let mut t = SetTable::new();
        for (hash, key) in small.iter_with_hash() {
            if big.contains(hash, |s| eq(s, key))? {
                t.insert(key.clone(), hash, &mut eq)?;
            }
        }
        Ok(t)
    }

    /// `self &= other`: the intersection's table replaces this one (the `pop` finger stays).
    pub fn intersection_update<E>(
        &mut self,
        other: &SetTable<K>,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        let t = self.intersection(other, eq)?;
        self.slots = t.slots;
        self.fill = t.fill;
        self.used = t.used;
        self.layout = self.layout.wrapping_add(1);
        self.bump();
        Ok(())
    }

    /// `self -= other` (`other` a set): removes `other`'s keys (walking the intersection
    /// instead when `other` is over 8 times larger), then drops dummies if there are many.
    pub fn difference_update<E>(
        &mut self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        let inter;
        let walk = if (other.used >> 3) > self.used {
            inter = self.intersection(other, &mut eq)?;
            &inter
        } else {
            other
        };
        for (hash, key) in walk.iter_with_hash() {
            self.remove(hash, |s| eq(s, key))?;
        }
        self.compact_if_many_dummies();
        Ok(())
    }

    /// `self - other` (`other` a set): copy-and-remove when `self` is over 4 times larger,
    /// else the keys of `self` (in order) not in `other`.
    pub fn difference<E>(
        &self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        if (self.used >> 2) > other.used {
            let mut t = self.copy();
            t.difference_update(other, eq)?;
            return Ok(t);
        }
        let mut t = SetTable::new();
        for (hash, key) in self.iter_with_hash() {
            if !other.contains(hash, |s| eq(s, key))? {
                t.insert(key.clone(), hash, &mut eq)?;
            }
        }
        Ok(t)
    }

    /// `self ^= other` (`other` a distinct set): each key of `other` in order is removed if
    /// present, else added.
    pub fn symmetric_difference_update<E>(
        &mut self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        for (hash, key) in other.iter_with_hash() {
            if self.remove(hash, |s| eq(s, key))?.is_none() {
                self.insert(key.clone(), hash, &mut eq)?;
            }
        }
        Ok(())
    }

    /// `self ^ other`: a copy of `other`, then `self`'s keys toggled in.
    pub fn symmetric_difference<E>(
        &self,
        other: &SetTable<K>,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        let mut t = other.copy();
        t.symmetric_difference_update(self, eq)?;
        Ok(t)
    }
}

/// CPython's table size for `minused` keys: the smallest power of two > `minused`, at least 8.
fn table_size(minused: usize) -> usize {
    let mut size = MIN_SIZE;
    while size <= minused {
        size <<= 1;
    }
    size
}

fn empty_slots<K>(size: usize) -> Vec<Slot<K>> {
    let mut v = Vec::with_capacity(size);
    v.resize_with(size, || Slot::EMPTY);
    v
}

#[cfg(test)]
mod tests;
