//! Heap objects: one refcounted allocation per object, its kind and data in [`Payload`].
//!
//! The type of an object is found from its payload (builtin kinds) or stored in it (instances,
//! exceptions, and every other payload a Python class can make). Objects are `Rc`s: refcounts
//! are non-atomic and an object is destroyed the moment its last reference goes.

use crate::dict::Dict;
use crate::eval::stack::ValueStack;
use crate::frame::SavedFrame;
pub use crate::pystr::PyStr;
use crate::value::Value;
use num_bigint::BigInt;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub use crate::heap::{ObjRef, WeakObjRef};

/// A heap object.
#[derive(Debug)]
pub struct Object {
    pub payload: Payload,
    /// For an instance of a Python subclass of a builtin type (`class L(list)`): its class
    /// and `__dict__`; the payload is the builtin part.
    pub ext: std::cell::OnceCell<Box<InstanceExt>>,
}

/// The class and attributes of an instance of a Python subclass of a builtin type.
#[derive(Debug)]
pub struct InstanceExt {
    pub cls: ObjRef,
    pub dict: ObjRef,
}

impl Object {
    /// The class whose `__del__` this object's death must call, if it may have one.
    pub fn finalizer_class(&self) -> Option<&ObjRef> {
        let cls = match &self.payload {
            Payload::Instance(i) => &i.cls,
            Payload::Exception(x) => &x.cls,
            _ => &self.ext()?.cls,
        };
        match &cls.payload {
            Payload::Type(t) if t.may_finalize.get() => Some(cls),
            _ => None,
        }
    }

    pub fn new(payload: Payload) -> Object {
        Object {
            payload,
            ext: std::cell::OnceCell::new(),
        }
    }

    /// The subclass part of an instance of a Python subclass of a builtin type.
    #[inline]
    pub fn ext(&self) -> Option<&InstanceExt> {
        self.ext.get().map(|b| &**b)
    }
}

thread_local! {
    /// How deep the current chain of object destructions is.
    static DROP_DEPTH: Cell<u32> = const { Cell::new(0) };
    /// Generators dropped while suspended inside a `try`/`with`: their frames wait here
    /// for the VM to close them (run their `finally` blocks), see `Vm::run_pending_work`.
    pub static DROPPED_GENERATORS: RefCell<Vec<(SavedFrame, Value)>> = const { RefCell::new(Vec::new()) };
    /// Objects whose `__del__` is due: their last reference went (they were kept alive by
    /// this queue, see `heap.rs`); the VM calls their `__del__` at its next check.
    pub static TO_FINALIZE: RefCell<Vec<ObjRef>> = const { RefCell::new(Vec::new()) };
    /// Whether a drop left work for the VM: [`DROPPED_GENERATORS`], [`TO_FINALIZE`], weak
    /// reference callbacks or a due collection (checked before every instruction).
    pub static VM_WORK_PENDING: Cell<bool> = const { Cell::new(false) };
    /// Values whose destruction was deferred to keep the Rust stack shallow (CPython's
    /// "trashcan"): only non-empty while an outermost destruction drains it.
    static DEFERRED_DROPS: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// How many nested destructions run directly before the rest are deferred.
const MAX_DROP_DEPTH: u32 = 200;

impl Drop for Object {
    /// Containers release their items through a work list once destruction is deep, so a
    /// 10-million-long chain of lists is freed without overflowing the Rust stack.
    fn drop(&mut self) {
        // A builtin subclass's instance releases its `__dict__` before its builtin part, as
        // CPython's subtype dealloc does.
        drop(self.ext.take());
        // Each arm releases in place: a value describing the children, built and then read
        // back, cost a store-forwarding stall on every container's death.
        match &mut self.payload {
            // Lists and tuples release their items last first, as CPython's do.
            Payload::List(l) => release_last_first(std::mem::take(l.get_mut())),
            Payload::Tuple(t) => release_last_first(std::mem::take(t).into_vec()),
            Payload::Dict(d) => {
                let entries = d.take_entries();
                if !entries.is_empty() {
                    with_drop_depth(entries, crate::dict::Entries::defer_into, drop);
                }
            }
            Payload::Cell(c) => {
                release_last_first(vec![std::mem::replace(c.get_mut(), Value::Null)])
            }
            Payload::BoundMethod { func, this } => release_last_first(vec![
                std::mem::replace(this, Value::Null),
                std::mem::replace(func, Value::Null),
            ]),
            // A function lets go of its parts in CPython's order (`func_clear`), its
            // closure cells last first as the closure tuple's would.
            Payload::Function(f) => {
                drop(std::mem::replace(f.module.get_mut(), Value::None));
                drop(std::mem::replace(f.defaults.get_mut(), Value::None));
                drop(std::mem::replace(f.kwdefaults.get_mut(), Value::None));
                drop(std::mem::replace(f.doc.get_mut(), Value::None));
                drop(f.dict.get_mut().take());
                if let Some(cells) = f.closure.take() {
                    release_last_first(cells.into_vec().into_iter().map(Value::Obj).collect());
                }
                drop(std::mem::replace(f.annotations.get_mut(), Value::None));
            }
            // `__slots__` values die in declaration order, a subclass's first (CPython's
            // `clear_slots` along the bases: the subclass's slots come last in ours).
            Payload::Instance(i) => {
                let slots = std::mem::take(&mut i.slots);
                if !slots.is_empty() {
                    // Released from the end (through the trashcan: a long chain must not
                    // recurse): so the first to die goes last in the list.
                    let order = slot_death_order(&i.cls, slots.len());
                    let mut cells: Vec<Value> = slots
                        .into_vec()
                        .into_iter()
                        .map(|c| c.into_inner())
                        .collect();
                    let values = order
                        .iter()
                        .rev()
                        .map(|&k| std::mem::replace(&mut cells[k], Value::Null))
                        .filter(|v| !v.is_null())
                        .collect();
                    release_last_first(values);
                }
            }
            // zip and map hold their iterators in a tuple, released last first.
            Payload::Iter(st) => {
                if let IterState::Zip { its, .. } | IterState::Map { its, .. } = &mut **st {
                    release_last_first(std::mem::take(its).into_vec());
                }
            }
            Payload::Generator(g) => {
                let Some(sf) = g.frame.get_mut().take() else {
                    return;
                };
                let ip = sf.frame.ip.saturating_sub(1);
                if g.started.get() && sf.frame.code.code.handler_for(ip).is_some() {
                    let name = g.qualname.get_mut().clone();
                    DROPPED_GENERATORS.with(|d| d.borrow_mut().push((sf, name)));
                    VM_WORK_PENDING.with(|f| f.set(true));
                    return;
                }
                let mut values = sf.values;
                values.reverse();
                release_last_first(values)
            }
            _ => {}
        }
    }
}

/// Releases a dying container's items from the last to the first, loading the next ones'
/// memory ahead (a long list of objects that die with it is otherwise a cache miss per
/// object).
#[inline(always)]
fn release_last_first(v: Vec<Value>) {
    // The common case: nothing dies with the container (shared strs, small ints, objects
    // held elsewhere). Its references then just go, in any order and with no depth
    // bookkeeping. A count above the number of items is what proves it: the items may all
    // be the same object.
    let n = v.len();
    if v.iter().all(|x| match x {
        Value::Obj(o) => crate::heap::ObjRef::strong_count(o) > n,
        _ => true,
    }) {
        drop(v);
        return;
    }
    with_drop_depth(
        v,
        |v, deferred| deferred.extend(v),
        |mut v| {
            while let Some(x) = v.pop_words() {
                if let Some(Value::Obj(next)) = v.len().checked_sub(8).map(|i| &v[i]) {
                    crate::heap::ObjRef::prefetch(next);
                }
                drop(x);
            }
        },
    );
}

/// Runs `release(children)` one destruction deeper, or past `MAX_DROP_DEPTH` hands them to
/// the deferred list (drained from its end by the outermost destruction) with `defer`.
#[inline(always)]
fn with_drop_depth<T>(children: T, defer: fn(T, &mut Vec<Value>), release: fn(T)) {
    let depth = DROP_DEPTH.with(|d| d.get());
    if depth >= MAX_DROP_DEPTH {
        DEFERRED_DROPS.with(|p| defer(children, &mut p.borrow_mut()));
        return;
    }
    DROP_DEPTH.with(|d| d.set(depth + 1));
    release(children);
    if depth == 0 {
        // The outermost destruction drains what deeper ones deferred.
        while let Some(v) = DEFERRED_DROPS.with(|p| p.borrow_mut().pop()) {
            drop(v);
        }
    }
    DROP_DEPTH.with(|d| d.set(depth));
}

/// A native function: `args` holds the positional arguments then the values of the keyword
/// arguments named (as str values) by `kwnames`; a method gets its `self` as `args[0]`.
pub type NativeFn = fn(&mut crate::Vm, &[Value], &[Value]) -> crate::PyResult<Value>;

/// How a native function binds when found on a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NativeKind {
    /// A plain function (a module's function, a builtin): never binds.
    Function,
    /// A method of a builtin type: binds to the instance.
    Method,
    /// A class method of a builtin type (`dict.fromkeys`): binds to the class.
    ClassMethod,
    /// A static method of a builtin type (`str.maketrans`).
    StaticMethod,
}

#[derive(Debug)]
pub struct NativeFunction {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: NativeKind,
    /// For methods: the type it belongs to (for its `__qualname__` and self checks).
    pub owner: Option<&'static str>,
    pub doc: Option<&'static str>,
}

/// A Python function (`def`, `lambda`, comprehension).
#[derive(Debug)]
pub struct Function {
    pub code: Rc<crate::frame::Code>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// A tuple or None.
    pub defaults: RefCell<Value>,
    /// A dict or None.
    pub kwdefaults: RefCell<Value>,
    pub closure: Option<Box<[ObjRef]>>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    pub annotations: RefCell<Value>,
    /// The function's `__dict__` (created on first use).
    pub dict: RefCell<Option<ObjRef>>,
}

/// A type object.
#[derive(Debug)]
pub struct TypeData {
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub module: RefCell<Value>,
    pub bases: RefCell<Vec<ObjRef>>,
    pub mro: RefCell<Vec<ObjRef>>,
    /// The class namespace (a dict object).
    pub dict: ObjRef,
    /// What instances of this type are made of.
    pub base_kind: BaseKind,
    /// The metaclass, when not `type`.
    pub metaclass: Option<ObjRef>,
    /// Whether Python code made this class (`class` statement or `type(...)`).
    pub heap: bool,
    /// A class of `lib/` standing in for a type CPython writes in C: messages name it
    /// with its module, as its `tp_name` does (`collections.deque`); see `_pyrs`.
    pub c_named: Cell<bool>,
    /// Bumped whenever this type's namespace (or a base's) changes: attribute caches key on it.
    pub version: Cell<u64>,
    /// For a class whose instances have no `__dict__` (`__slots__` all the way up): the
    /// attribute names its instances may hold.
    pub slots: RefCell<Option<Rc<[Rc<str>]>>>,
    /// `Vm::plain_init`'s answer and the type epoch it was computed in.
    pub init_cache: RefCell<(u64, Option<Value>)>,
    /// Whether this class or a base may define `__del__` (set when one does; an instance's
    /// death looks `__del__` up only then).
    pub may_finalize: Cell<bool>,
    /// The number of `__slots__` values its instances carry (its own and its bases').
    pub nslots: Cell<usize>,
}

/// The kind of payload instances of a type carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaseKind {
    /// A plain instance with a `__dict__`.
    Instance,
    Exception,
    /// A builtin type whose instances only builtin code makes.
    Builtin,
}

/// An instance of a Python class.
pub struct Instance {
    pub cls: ObjRef,
    pub dict: ObjRef,
    /// The values of the `__slots__` of its class and bases (NULL: unset), indexed by
    /// their member descriptors.
    pub slots: Box<[std::cell::Cell<Value>]>,
}

impl std::fmt::Debug for Instance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Instance")
            .field("cls", &self.cls)
            .field("slots", &self.slots.len())
            .finish()
    }
}

impl Instance {
    /// An instance of `cls` with attribute dict `dict` and all its slots unset.
    pub fn new(cls: ObjRef, dict: ObjRef) -> Instance {
        let n = crate::types::type_data(&cls).nslots.get();
        Instance {
            cls,
            dict,
            slots: (0..n).map(|_| std::cell::Cell::new(Value::Null)).collect(),
        }
    }

    /// The value in slot `i`, if set.
    pub fn slot(&self, i: usize) -> Option<Value> {
        let c = self.slots.get(i)?;
        let v = c.replace(Value::Null);
        let out = (!v.is_null()).then(|| v.clone());
        c.set(v);
        out
    }
}

/// The order CPython clears `n` slots of an instance of `cls` in: the class's own slots
/// in declaration order, then its base's, and so on (a base's slots come first in ours).
fn slot_death_order(cls: &ObjRef, n: usize) -> Vec<usize> {
    let mut bounds: Vec<usize> = crate::types::type_data(cls)
        .mro
        .borrow()
        .iter()
        .map(|c| crate::types::type_data(c).nslots.get().min(n))
        .chain([n, 0])
        .collect();
    bounds.sort_unstable_by(|a, b| b.cmp(a));
    bounds.dedup();
    bounds.windows(2).flat_map(|w| w[1]..w[0]).collect()
}

/// A `__slots__` entry's descriptor (`member_descriptor`): slot `index` of instances of
/// `owner` (and its subclasses).
#[derive(Debug)]
pub struct MemberData {
    pub name: Rc<str>,
    pub owner: ObjRef,
    pub index: usize,
}

/// One step of a traceback: a frame's code and the instruction running in it.
#[derive(Clone, Debug)]
pub struct TbEntry {
    pub code: Rc<crate::frame::Code>,
    pub ip: usize,
    /// The local variables of a frame the exception left: they live as long as the
    /// traceback, as in CPython, where the traceback holds the frame.
    pub locals: Option<Rc<Vec<Value>>>,
}

/// An exception instance (of a builtin exception class or a Python subclass).
#[derive(Debug)]
pub struct ExceptionData {
    pub cls: ObjRef,
    /// A tuple.
    pub args: RefCell<Value>,
    /// Innermost entry first (the order frames were unwound).
    pub traceback: RefCell<Vec<TbEntry>>,
    pub cause: RefCell<Value>,
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    /// The "Did you mean" text of a NameError, found when it was raised.
    pub suggestion: RefCell<Option<String>>,
    /// Other attributes (`value`, `errno`, `name`, `__notes__`, user attributes...).
    pub dict: ObjRef,
}

/// A generator or coroutine.
#[derive(Debug)]
pub struct Generator {
    pub code: Rc<crate::frame::Code>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// The suspended frame; `None` once finished.
    pub frame: RefCell<Option<SavedFrame>>,
    pub running: Cell<bool>,
    pub started: Cell<bool>,
    /// The buffer the frame's values are saved into at each yield, kept between
    /// resumptions so that yielding allocates nothing.
    pub spare: RefCell<Vec<Value>>,
    /// The exception the generator was handling when it last yielded (restored as
    /// `sys.exc_info()` when it resumes; the caller's is restored when it yields).
    pub exc_state: RefCell<Value>,
}

/// A module.
#[derive(Debug)]
pub struct Module {
    pub name: Rc<str>,
    /// The module namespace (a dict object).
    pub dict: ObjRef,
}

/// An iterator's state.
#[derive(Debug)]
pub enum IterState {
    /// Over a list, tuple, str (by code point byte offset), bytes..., by index.
    Seq {
        seq: Value,
        index: Cell<usize>,
    },
    Range {
        next: Cell<i64>,
        stop: i64,
        step: i64,
    },
    /// Over a dict's keys (0), values (1) or items (2); checks the size did not change.
    Dict {
        dict: ObjRef,
        index: Cell<usize>,
        len: usize,
        what: u8,
    },
    /// Over a live set or frozenset: slot position, the set's size when iteration started
    /// (CPython's "Set changed size during iteration"), and how many were produced.
    Set {
        set: Value,
        pos: Cell<usize>,
        len: usize,
        count: Cell<usize>,
    },
    /// Over a snapshot (sets, big ranges...).
    Snapshot {
        items: Box<[Value]>,
        index: Cell<usize>,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
        done: Cell<bool>,
    },
    Reversed {
        seq: Value,
        index: Cell<isize>,
    },
    Enumerate {
        it: Value,
        count: RefCell<Value>,
    },
    Zip {
        its: Box<[Value]>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Box<[Value]>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    /// An awaitable over a coroutine or async generator (`objects/coroutine.rs`): what
    /// `coro.__await__()`, `agen.__anext__()`/`asend(v)`, `athrow(e)` and `aclose()` return.
    Await {
        target: ObjRef,
        op: AwaitOp,
        /// The value to send first (asend) or the exception to throw (athrow).
        arg: RefCell<Value>,
        /// 0 not started, 1 started, 2 done.
        state: Cell<u8>,
    },
}

/// What an [`IterState::Await`] does to its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AwaitOp {
    Wrapper,
    ASend,
    AThrow,
    AClose,
    /// `anext(it, default)`: the target is the awaitable of `it.__anext__()`; its
    /// StopAsyncIteration becomes the result `default` (in `arg`).
    ANextDefault,
}

/// What an object is.
#[derive(Debug)]
pub enum Payload {
    Str(PyStr),
    BigInt(BigInt),
    Complex(f64, f64),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    Tuple(Box<[Value]>),
    List(RefCell<Vec<Value>>),
    Dict(Dict),
    Set(Box<RefCell<crate::set::SetData>>),
    FrozenSet(Box<crate::set::SetData>),
    Range(Box<Bounds>),
    Slice(Box<Bounds>),
    Function(Box<Function>),
    Native(Box<NativeFunction>),
    /// A method bound to an instance (or to a class, for class methods).
    BoundMethod {
        func: Value,
        this: Value,
    },
    StaticMethod(RefCell<Value>),
    ClassMethod(RefCell<Value>),
    Property(Box<PropertyData>),
    Member(Box<MemberData>),
    Super {
        cls: ObjRef,
        this: Value,
    },
    Code(Rc<crate::frame::Code>),
    Cell(RefCell<Value>),
    Type(Box<TypeData>),
    Instance(Instance),
    Exception(Box<ExceptionData>),
    Module(Module),
    Generator(Box<Generator>),
    Iter(Box<IterState>),
    /// A read-only view of a mapping (`type.__dict__`).
    MappingProxy(Value),
    /// A boxed float: only instances of Python subclasses of `float` (plain floats are
    /// `Value::Float`).
    Float(f64),
    /// `int | str`: a `types.UnionType` of its (deduplicated) arguments.
    Union(Box<[Value]>),
    /// `dict.keys()` (0), `.values()` (1), `.items()` (2).
    DictView {
        dict: ObjRef,
        what: u8,
    },
    File(Box<RefCell<crate::file::FileData>>),
    MemoryView(Box<crate::objects::memoryview::MemoryView>),
    /// A frame object as Python code sees it: a snapshot of a frame's code and line.
    FrameInfo(Box<FrameInfoData>),
    /// A traceback entry (`tb_next` links to the next, inner, entry).
    Traceback(Box<TracebackData>),
    /// `weakref.ref(obj, callback)`.
    WeakRef(Box<crate::objects::weakref::WeakRefData>),
    NotImplemented,
    Ellipsis,
}

/// The three values of a `range` or `slice` object.
#[derive(Debug)]
pub struct Bounds {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A `property` object's functions and doc.
#[derive(Clone, Debug)]
pub struct PropertyData {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    /// The name `__set_name__` gave it (None before), for its error messages.
    pub name: RefCell<Value>,
}

/// A frame object as Python code sees it (see `Payload::FrameInfo`).
#[derive(Debug)]
pub struct FrameInfoData {
    pub code: Rc<crate::frame::Code>,
    pub lineno: u32,
    pub globals: Value,
    /// The calling frame's snapshot (`f_back`), or None.
    pub back: Value,
    /// For `sys._getframe()`: 1 + the frame's index in `Vm::frames`, to read its current
    /// line while it runs (0: none).
    pub live: usize,
    /// A finished frame's local variables, kept by the traceback that names it.
    pub locals: Option<Rc<Vec<Value>>>,
}

/// A traceback entry (see `Payload::Traceback`).
#[derive(Debug)]
pub struct TracebackData {
    /// Declared first so that it is released first, as CPython's `tb_dealloc` does: the
    /// innermost frame's locals die first.
    pub next: Value,
    pub frame: Value,
    pub lineno: u32,
    pub lasti: u32,
}

impl Payload {
    /// An iterator payload (boxed: iterator states are larger than most payloads).
    pub fn iter(state: IterState) -> Payload {
        Payload::Iter(Box::new(state))
    }

    pub fn frozenset(data: crate::set::SetData) -> Payload {
        Payload::FrozenSet(Box::new(data))
    }

    pub fn memoryview(m: crate::objects::memoryview::MemoryView) -> Payload {
        Payload::MemoryView(Box::new(m))
    }
}
