//! The cycle collector: CPython's generational algorithm over the tracked containers.
//!
//! Containers (lists, dicts, sets, tuples, instances, functions, cells, classes, generators,
//! ...) are tracked in three generations (`heap::Generations`). A collection of generation
//! `g` takes the objects of generations `0..=g`, counts for each how many references come
//! from outside the set (its strong count minus the references from inside, found by
//! visiting every object's referents), keeps what is referenced from outside and everything
//! reachable from it, and frees the rest: `__del__` first (PEP 442: once per object, and an
//! object it resurrected survives with all it reaches), then the cycles are broken by
//! clearing the garbage containers, and reference counting frees them. Survivors move to the
//! next generation. The eval loop collects when allocations of tracked objects pass the
//! threshold (`Vm::run_pending_work` is its check); `gc.collect()` on demand.

use crate::heap::{Generations, GENERATIONS};
use crate::object::{IterState, ObjRef, Object, Payload};
use crate::value::Value;
use crate::Vm;
use std::mem::ManuallyDrop;
use std::rc::Rc;

impl Object {
    /// Whether the collector tracks objects of this kind (they may be part of a cycle).
    pub fn is_gc_container(&self) -> bool {
        if self.ext().is_some() {
            return true;
        }
        !matches!(
            self.payload,
            Payload::Str(_)
                | Payload::BigInt(_)
                | Payload::Complex(..)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Float(_)
                | Payload::Native(_)
                | Payload::Code(_)
                | Payload::File(_)
                | Payload::MemoryView(_)
                | Payload::NotImplemented
                | Payload::Ellipsis
        )
    }
}

/// Visits every object `o` refers to; false, visiting nothing, when one of its parts is
/// being changed right now (the collector then treats it as referenced from outside).
pub fn traverse(o: &ObjRef, f: &mut dyn FnMut(&ObjRef)) -> bool {
    macro_rules! v {
        ($x:expr) => {{
            let x: &Value = $x;
            if let Value::Obj(r) = x {
                f(r);
            }
        }};
    }
    let all = |xs: &[Value], f: &mut dyn FnMut(&ObjRef)| {
        for x in xs {
            if let Value::Obj(r) = x {
                f(r);
            }
        }
    };
    if let Some(ext) = o.ext() {
        f(&ext.cls);
        f(&ext.dict);
    }
    macro_rules! cells {
        ($($c:expr),*) => {{
            let ok = true $(&& $c.try_borrow().is_ok())*;
            if !ok {
                return false;
            }
        }};
    }
    match &o.payload {
        Payload::Tuple(items) | Payload::Union(items) => all(items, f),
        Payload::List(l) => match l.try_borrow() {
            Ok(l) => all(&l, f),
            Err(_) => return false,
        },
        Payload::Dict(d) => return d.try_visit(&mut |x| v!(x)),
        Payload::Set(s) => match s.try_borrow() {
            Ok(s) => return s.try_visit(&mut |x| v!(x)),
            Err(_) => return false,
        },
        Payload::FrozenSet(s) => return s.try_visit(&mut |x| v!(x)),
        Payload::Range(b) | Payload::Slice(b) => {
            v!(&b.start);
            v!(&b.stop);
            v!(&b.step);
        }
        Payload::Function(func) => {
            cells!(
                func.name,
                func.qualname,
                func.defaults,
                func.kwdefaults,
                func.doc,
                func.module,
                func.annotations,
                func.dict
            );
            f(&func.globals);
            f(&func.builtins);
            for c in func.closure.iter().flatten() {
                f(c);
            }
            for c in [
                &func.name,
                &func.qualname,
                &func.defaults,
                &func.kwdefaults,
                &func.doc,
                &func.module,
                &func.annotations,
            ] {
                v!(&*c.borrow());
            }
            if let Some(d) = &*func.dict.borrow() {
                f(d);
            }
        }
        Payload::BoundMethod { func, this } => {
            v!(func);
            v!(this);
        }
        Payload::StaticMethod(c) | Payload::ClassMethod(c) | Payload::Cell(c) => {
            match c.try_borrow() {
                Ok(x) => v!(&*x),
                Err(_) => return false,
            }
        }
        Payload::Member(m) => f(&m.owner),
        Payload::Property(p) => {
            v!(&p.fget);
            v!(&p.fset);
            v!(&p.fdel);
            v!(&p.doc);
        }
        Payload::Super { cls, this } => {
            f(cls);
            v!(this);
        }
        Payload::Type(t) => {
            cells!(t.module, t.bases, t.mro, t.init_cache);
            v!(&*t.module.borrow());
            t.bases.borrow().iter().for_each(&mut *f);
            t.mro.borrow().iter().for_each(&mut *f);
            f(&t.dict);
            if let Some(m) = &t.metaclass {
                f(m);
            }
            if let Some(i) = &t.init_cache.borrow().1 {
                v!(i);
            }
        }
        Payload::Instance(i) => {
            f(&i.cls);
            f(&i.dict);
            for c in i.slots.iter() {
                let x = c.replace(Value::Null);
                v!(&x);
                c.set(x);
            }
            // An attribute dict the collector does not see by itself is part of the
            // instance: its contents are the instance's referents.
            if !ObjRef::is_gc_object(&i.dict) {
                if let Payload::Dict(d) = &i.dict.payload {
                    return d.try_visit(&mut |x| v!(x));
                }
            }
        }
        Payload::Exception(x) => {
            cells!(x.args, x.cause, x.context, x.traceback);
            for e in x.traceback.borrow().iter() {
                if let Some(locals) = &e.locals {
                    all(locals, f);
                }
            }
            f(&x.cls);
            v!(&*x.args.borrow());
            v!(&*x.cause.borrow());
            v!(&*x.context.borrow());
            f(&x.dict);
        }
        Payload::Module(m) => f(&m.dict),
        Payload::Generator(g) => {
            cells!(g.name, g.qualname, g.frame, g.exc_state);
            v!(&*g.name.borrow());
            v!(&*g.qualname.borrow());
            v!(&*g.exc_state.borrow());
            if let Some(sf) = &*g.frame.borrow() {
                all(&sf.values, f);
                f(&sf.frame.globals);
                f(&sf.frame.builtins);
                v!(&sf.frame.locals);
                if let Some(d) = &sf.frame.locals_dict {
                    f(d);
                }
            }
        }
        Payload::Iter(st) => match &**st {
            IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => v!(seq),
            IterState::Dict { dict, .. } => f(dict),
            IterState::Set { set, .. } => v!(set),
            IterState::Snapshot { items, .. } | IterState::Zip { its: items, .. } => all(items, f),
            IterState::Callable { func, sentinel, .. } => {
                v!(func);
                v!(sentinel);
            }
            IterState::Enumerate { it, count } => {
                v!(it);
                match count.try_borrow() {
                    Ok(c) => v!(&*c),
                    Err(_) => return false,
                }
            }
            IterState::Map { func, its } => {
                v!(func);
                all(its, f);
            }
            IterState::Filter { func, it } => {
                v!(func);
                v!(it);
            }
            IterState::Range { .. } => {}
            IterState::Await { target, arg, .. } => {
                f(target);
                match arg.try_borrow() {
                    Ok(a) => v!(&*a),
                    Err(_) => return false,
                }
            }
        },
        Payload::MappingProxy(x) => v!(x),
        Payload::DictView { dict, .. } => f(dict),
        Payload::FrameInfo(fi) => {
            v!(&fi.globals);
            v!(&fi.back);
            if let Some(locals) = &fi.locals {
                all(locals, f);
            }
        }
        Payload::Traceback(tb) => {
            v!(&tb.frame);
            v!(&tb.next);
        }
        Payload::WeakRef(w) => match w.callback.try_borrow() {
            Ok(c) => v!(&*c),
            Err(_) => return false,
        },
        _ => {}
    }
    true
}

/// How far ahead of the object being visited each stage of [`prefetch_stage`] runs: the
/// object itself first, then what it points to, level by level, so that each level is in
/// cache when the next one needs its address.
const LOOKAHEAD: [usize; 4] = [64, 48, 32, 16];

/// Stage `stage` of loading what visiting `o` will read: its header (0), then its attribute
/// dict or item buffer (1), the dict's table (2), the table's entries (3). Each stage reads
/// only what the previous one loaded.
fn prefetch_stage(o: &ObjRef, stage: usize) {
    if stage == 0 {
        return ObjRef::prefetch(o);
    }
    match (&o.payload, stage) {
        (Payload::Instance(i), 1) => ObjRef::prefetch(&i.dict),
        (Payload::Instance(i), _) => {
            if let Payload::Dict(d) = &i.dict.payload {
                d.prefetch(stage == 3);
            }
        }
        (Payload::Dict(d), 2 | 3) => d.prefetch(stage == 3),
        (Payload::List(l), 1) => {
            if let Ok(l) = l.try_borrow() {
                crate::heap::prefetch(l.as_ptr());
            }
        }
        _ => {}
    }
}

/// Runs the look-ahead stages of a walk: `ahead(d)` is the object it visits `d` steps on.
#[inline]
fn prefetch_ahead<'a>(ahead: impl Fn(usize) -> Option<&'a ObjRef>) {
    for (stage, d) in LOOKAHEAD.iter().enumerate() {
        if let Some(o) = ahead(*d) {
            prefetch_stage(o, stage);
        }
    }
}

/// Breaks the references a garbage object holds that can form cycles (CPython's
/// `tp_clear`); what it held is dropped after the borrow ends.
fn clear(o: &ObjRef) {
    let mut dropped: Vec<Value> = Vec::new();
    let take = |c: &std::cell::RefCell<Value>, out: &mut Vec<Value>| {
        if let Ok(mut c) = c.try_borrow_mut() {
            out.push(std::mem::replace(&mut *c, Value::None));
        }
    };
    if let Some(ext) = o.ext() {
        if let Payload::Dict(d) = &ext.dict.payload {
            d.clear();
        }
    }
    match &o.payload {
        Payload::Instance(i) => {
            dropped.extend(i.slots.iter().map(|c| c.replace(Value::Null)));
            if !ObjRef::is_gc_object(&i.dict) {
                if let Payload::Dict(d) = &i.dict.payload {
                    d.clear();
                }
            }
        }
        Payload::List(l) => {
            if let Ok(mut l) = l.try_borrow_mut() {
                dropped = std::mem::take(&mut *l);
            }
        }
        Payload::Dict(d) => d.clear(),
        Payload::Set(s) => {
            if let Ok(s) = s.try_borrow() {
                s.keys.clear();
            }
        }
        Payload::Cell(c) => take(c, &mut dropped),
        Payload::Function(func) => {
            take(&func.defaults, &mut dropped);
            take(&func.kwdefaults, &mut dropped);
            take(&func.annotations, &mut dropped);
            if let Ok(mut d) = func.dict.try_borrow_mut() {
                dropped.extend(d.take().map(Value::Obj));
            }
        }
        Payload::StaticMethod(c) | Payload::ClassMethod(c) => take(c, &mut dropped),
        Payload::Exception(x) => {
            take(&x.args, &mut dropped);
            take(&x.cause, &mut dropped);
            take(&x.context, &mut dropped);
            if let Ok(mut tb) = x.traceback.try_borrow_mut() {
                for e in tb.iter_mut() {
                    if let Some(locals) = e.locals.take() {
                        dropped.extend(Rc::unwrap_or_clone(locals));
                    }
                }
            }
            if let Payload::Dict(d) = &x.dict.payload {
                d.clear();
            }
        }
        Payload::Generator(g) => {
            if let Ok(mut f) = g.frame.try_borrow_mut() {
                if let Some(sf) = f.take() {
                    dropped.extend(sf.values);
                }
            }
            take(&g.exc_state, &mut dropped);
        }
        Payload::Iter(st) => {
            if let IterState::Enumerate { count, .. } = &**st {
                take(count, &mut dropped);
            }
        }
        _ => {}
    }
    drop(dropped);
}

/// `gc.DEBUG_SAVEALL`: unreachable objects go to `gc.garbage` instead of being freed.
pub const DEBUG_SAVEALL: i64 = 32;

/// The per-generation figures `gc.get_stats()` reports.
#[derive(Clone, Copy, Debug, Default)]
pub struct GenStats {
    pub collections: usize,
    pub collected: usize,
    pub uncollectable: usize,
}

impl Vm {
    /// Collects generation `gen` (and the younger ones); returns how many unreachable
    /// objects were found.
    pub fn gc_collect(&mut self, gen: usize) -> usize {
        let gen = gen.min(2);
        if self.gc_running {
            return 0;
        }
        // Set before the callbacks run: a collection they would start is refused.
        self.gc_running = true;
        let callbacks = self.gc_module_attr("callbacks");
        self.run_gc_callbacks(&callbacks, "start", gen, 0);
        let found = self.collect_generation(gen);
        self.run_gc_callbacks(&callbacks, "stop", gen, found);
        self.gc_running = false;
        found
    }

    /// An attribute of the `gc` module if the program imported it (its `callbacks` list,
    /// its `garbage` list).
    fn gc_module_attr(&mut self, name: &str) -> Value {
        let key = self.intern("gc");
        let module = match &self.modules.payload {
            Payload::Dict(m) => m.get_str(&key),
            _ => None,
        };
        match module.as_ref().and_then(Value::payload) {
            Some(Payload::Module(m)) => match &m.dict.payload {
                Payload::Dict(d) => d.get_str(&self.intern(name)).unwrap_or(Value::None),
                _ => Value::None,
            },
            _ => Value::None,
        }
    }

    /// Calls each of `gc.callbacks` with `phase` and the collection's figures, as CPython
    /// does around every collection; what a callback raises is reported, not propagated.
    fn run_gc_callbacks(&mut self, callbacks: &Value, phase: &str, gen: usize, found: usize) {
        let Some(Payload::List(l)) = callbacks.payload() else {
            return;
        };
        if l.borrow().is_empty() {
            return;
        }
        let info = self.new_dict();
        if let Some(Payload::Dict(d)) = info.payload() {
            d.set_str(self.intern("generation"), Value::Int(gen as i64));
            d.set_str(self.intern("collected"), Value::Int(found as i64));
            d.set_str(self.intern("uncollectable"), Value::Int(0));
        }
        // A snapshot: a callback may change the list.
        let each = l.borrow().clone();
        let phase = self.new_str(phase);
        for cb in each {
            if let Err(e) = self.call(&cb, &[phase.clone(), info.clone()], &[]) {
                let what = self.repr_str(&cb).unwrap_or_default();
                self.print_unraisable(&e, &what);
            }
        }
    }

    /// The collection itself (see the module comment); returns how many unreachable
    /// objects it found.
    fn collect_generation(&mut self, gen: usize) -> usize {
        GENERATIONS.with(|g| {
            let mut g = g.borrow_mut();
            g.due = false;
            if gen + 1 < 3 {
                g.count[gen + 1] += 1;
            }
            for c in g.count.iter_mut().take(gen + 1) {
                *c = 0;
            }
        });
        // The work set and the counts reuse the last collection's buffers (fresh ones cost
        // page faults on every full collection).
        let mut work = std::mem::take(&mut self.gc_work);
        let mut refs = std::mem::take(&mut self.gc_refs);
        ObjRef::take_generations(gen, &mut work);
        let all = vec![true; work.len()];
        let mut garbage = unreachable_among(&work, &all, &mut refs, 0);
        // Clearing weak references and running finalizers may drop references: from here
        // on every object of the set is held (none may die while the set names it).
        let needs_pin = work.iter().zip(&garbage).any(|(o, &g)| {
            g && (ObjRef::has_weakrefs(o) || (!ObjRef::is_finalized(o) && finalizable(o)))
        });
        let pinned: Vec<ObjRef> = if needs_pin {
            work.iter().map(|o| ObjRef::clone(o)).collect()
        } else {
            Vec::new()
        };
        // Weak references to the garbage die first; callbacks run for those that are not
        // garbage themselves (CPython's handle_weakrefs).
        for (i, o) in work.iter().enumerate() {
            if garbage[i] {
                let refs = ObjRef::take_weakrefs(o);
                crate::objects::weakref::clear_dead(refs, |r| {
                    ObjRef::collect_index(r).is_none_or(|j| !garbage[j])
                });
            }
        }
        // PEP 442: `__del__` of unreachable objects, once each.
        let mut finalized_any = false;
        for (i, o) in work.iter().enumerate() {
            if garbage[i] && !ObjRef::is_finalized(o) && finalizable(o) {
                ObjRef::set_finalized(o);
                if o.finalizer_class().is_some() {
                    self.call_del(ObjRef::clone(o));
                } else if let Err(e) = self.gen_close(o) {
                    let what = self
                        .repr_str(&Value::Obj(ObjRef::clone(o)))
                        .unwrap_or_default();
                    self.print_unraisable(&e, &what);
                }
                finalized_any = true;
            }
        }
        if finalized_any {
            // What a finalizer made reachable again survives, with all it reaches.
            let again = unreachable_among(&work, &garbage, &mut refs, 1);
            garbage = again;
        }
        let older = (gen + 1).min(2);
        let mut found = 0;
        // A surviving tuple that holds no container can never be part of a cycle: it is
        // no longer tracked (CPython's `_PyTuple_MaybeUntrack`).
        let mut keep = vec![false; work.len()];
        for (i, o) in work.iter().enumerate() {
            if let Some(next) = work.get(i + LOOKAHEAD[0]) {
                ObjRef::prefetch(next);
            }
            if garbage[i] {
                found += 1;
                ObjRef::end_collect(o);
            } else if atomic_tuple(o) {
                ObjRef::end_collect(o);
            } else {
                keep[i] = true;
            }
        }
        ObjRef::retrack_all(
            work.iter()
                .zip(&keep)
                .filter(|(_, &k)| k)
                .map(|(o, _)| &**o),
            older,
        );
        let survivors = keep.iter().filter(|&&k| k).count();
        GENERATIONS.with(|g| {
            let mut g = g.borrow_mut();
            match gen {
                2 => {
                    g.long_lived_pending = 0;
                    g.long_lived_total = survivors;
                }
                1 => g.long_lived_pending += survivors,
                _ => {}
            }
        });
        // The garbage is held while it is cleared (clearing one frees others), then freed.
        let doomed: Vec<ObjRef> = work
            .iter()
            .zip(&garbage)
            .filter(|(_, &g)| g)
            .map(|(o, _)| ObjRef::clone(o))
            .collect();
        work.clear();
        if self.gc_debug & DEBUG_SAVEALL != 0 {
            // Kept for inspection in `gc.garbage` instead of freed (and still tracked).
            ObjRef::retrack_all(doomed.iter(), older);
            if let Some(Payload::List(l)) = self.gc_module_attr("garbage").payload() {
                l.borrow_mut()
                    .extend(doomed.iter().cloned().map(Value::Obj));
            }
        } else {
            doomed.iter().for_each(clear);
        }
        drop(doomed);
        drop(pinned);
        self.gc_work = work;
        self.gc_refs = refs;
        if let Some(s) = self.gc_stats.get_mut(gen) {
            s.collections += 1;
            s.collected += found;
        }
        found
    }

    /// The collection the allocation counters call for: the oldest generation whose
    /// threshold is passed, as CPython chooses (a full collection only when the objects
    /// that survived since the last one are a quarter of the long-lived ones).
    pub(crate) fn gc_collect_due(&mut self) {
        let gen = GENERATIONS.with(|g| {
            let g = g.borrow();
            (0..3).rev().find(|&i| {
                g.count[i] > g.threshold[i]
                    && (i < 2 || g.long_lived_pending >= g.long_lived_total / 4)
            })
        });
        // The stress build collects the young generation whenever nothing older is due.
        let gen = gen.or(cfg!(feature = "gc-stress").then_some(0));
        if let Some(gen) = gen {
            self.gc_collect(gen);
        } else {
            GENERATIONS.with(|g| g.borrow_mut().due = false);
        }
    }
}

/// Whether `o` has a finalizer PEP 442 runs before its cycle is broken: a `__del__`, or a
/// generator suspended inside a `try` or `with` (closing it runs the `finally`).
fn finalizable(o: &ObjRef) -> bool {
    if o.finalizer_class().is_some() {
        return true;
    }
    let Payload::Generator(g) = &o.payload else {
        return false;
    };
    let Ok(frame) = g.frame.try_borrow() else {
        return false;
    };
    frame.as_ref().is_some_and(|sf| {
        g.started.get()
            && sf
                .frame
                .code
                .code
                .handler_for(sf.frame.ip.saturating_sub(1))
                .is_some()
    })
}

/// Whether `o` is a tuple whose items the collector need not see (no tracked object).
fn atomic_tuple(o: &ObjRef) -> bool {
    match &o.payload {
        Payload::Tuple(items) if o.ext().is_none() => items.iter().all(|x| match x {
            Value::Obj(r) => !ObjRef::is_gc_object(r),
            _ => true,
        }),
        _ => false,
    }
}

/// Among the objects of `work` marked in `within`, which are unreachable from outside the
/// marked set (the others of `work` count as outside); `pinned` is how many references to
/// each the collector itself holds.
fn unreachable_among(
    work: &[ManuallyDrop<ObjRef>],
    within: &[bool],
    refs: &mut Vec<isize>,
    pinned: isize,
) -> Vec<bool> {
    // The objects of `work` know their place in it (`ObjRef::collect_index`).
    let index = |r: &ObjRef| ObjRef::collect_index(r).filter(|&j| within[j]);
    refs.clear();
    refs.extend(work.iter().enumerate().map(|(i, o)| {
        if let Some(next) = work.get(i + LOOKAHEAD[0]) {
            ObjRef::prefetch(next);
        }
        ObjRef::strong_count(o) as isize - pinned
    }));
    let mut opaque = vec![false; work.len()];
    for (i, o) in work.iter().enumerate() {
        prefetch_ahead(|d| work.get(i + d).map(|o| &**o));
        if !within[i] {
            continue;
        }
        let ok = traverse(o, &mut |r| {
            if let Some(j) = index(r) {
                refs[j] -= 1;
            }
        });
        opaque[i] = !ok;
    }
    let mut reached = vec![false; work.len()];
    let mut stack: Vec<usize> = (0..work.len())
        .filter(|&i| within[i] && (refs[i] > 0 || opaque[i]))
        .collect();
    for &i in &stack {
        reached[i] = true;
    }
    while let Some(i) = stack.pop() {
        // The walk pops from the end: the look-ahead reads the stack backwards.
        let n = stack.len();
        prefetch_ahead(|d| {
            n.checked_sub(d)
                .and_then(|k| stack.get(k))
                .map(|&j| &*work[j])
        });
        traverse(&work[i], &mut |r| {
            if let Some(j) = index(r) {
                if !reached[j] {
                    reached[j] = true;
                    stack.push(j);
                }
            }
        });
    }
    (0..work.len()).map(|i| within[i] && !reached[i]).collect()
}

/// `gc.get_count()`, `get_threshold()`... read the generations.
pub fn with_generations<R>(f: impl FnOnce(&mut Generations) -> R) -> R {
    GENERATIONS.with(|g| f(&mut g.borrow_mut()))
}
