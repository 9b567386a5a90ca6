//! Type objects: the builtin types, `type_of`, the MRO, and attribute lookup on types.

use crate::dict::Dict;
use crate::object::{AwaitOp, BaseKind, IterState, ObjRef, Object, Payload, TypeData};
use crate::value::Value;
use crate::Vm;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

macro_rules! builtin_types {
    ($object:ident, $type_:ident; $( $field:ident : $name:literal < $base:ident , $kind:ident ; )*) => {
        /// Every builtin type object.
        #[derive(Debug)]
        pub struct Types {
            pub object: ObjRef,
            pub type_: ObjRef,
            $( pub $field: ObjRef, )*
        }

        impl Types {
            pub fn new() -> Types {
                let $object = new_type("object", vec![], BaseKind::Instance, false);
                let $type_ = new_type("type", vec![$object.clone()], BaseKind::Builtin, false);
                $( let $field = new_type($name, vec![$base.clone()], BaseKind::$kind, false); )*
                Types { $object, $type_, $( $field, )* }
            }
        }
    };
}

builtin_types! {
    object, type_;
    none_type: "NoneType" < object, Builtin;
    not_implemented_type: "NotImplementedType" < object, Builtin;
    ellipsis_type: "ellipsis" < object, Builtin;
    int: "int" < object, Builtin;
    bool_: "bool" < int, Builtin;
    float: "float" < object, Builtin;
    complex: "complex" < object, Builtin;
    str_: "str" < object, Builtin;
    bytes: "bytes" < object, Builtin;
    bytearray: "bytearray" < object, Builtin;
    tuple: "tuple" < object, Builtin;
    list: "list" < object, Builtin;
    dict: "dict" < object, Builtin;
    set: "set" < object, Builtin;
    frozenset: "frozenset" < object, Builtin;
    range: "range" < object, Builtin;
    slice: "slice" < object, Builtin;
    function: "function" < object, Builtin;
    builtin_function: "builtin_function_or_method" < object, Builtin;
    method_descriptor: "method_descriptor" < object, Builtin;
    wrapper_descriptor: "wrapper_descriptor" < object, Builtin;
    method_wrapper: "method-wrapper" < object, Builtin;
    method: "method" < object, Builtin;
    staticmethod: "staticmethod" < object, Builtin;
    classmethod: "classmethod" < object, Builtin;
    property: "property" < object, Builtin;
    member_descriptor: "member_descriptor" < object, Builtin;
    super_: "super" < object, Builtin;
    code: "code" < object, Builtin;
    cell: "cell" < object, Builtin;
    module: "module" < object, Builtin;
    generator: "generator" < object, Builtin;
    coroutine: "coroutine" < object, Builtin;
    async_generator: "async_generator" < object, Builtin;
    coroutine_wrapper: "coroutine_wrapper" < object, Builtin;
    async_generator_asend: "async_generator_asend" < object, Builtin;
    async_generator_athrow: "async_generator_athrow" < object, Builtin;
    anext_awaitable: "anext_awaitable" < object, Builtin;
    list_iterator: "list_iterator" < object, Builtin;
    tuple_iterator: "tuple_iterator" < object, Builtin;
    str_iterator: "str_ascii_iterator" < object, Builtin;
    bytes_iterator: "bytes_iterator" < object, Builtin;
    range_iterator: "range_iterator" < object, Builtin;
    dict_keyiterator: "dict_keyiterator" < object, Builtin;
    dict_valueiterator: "dict_valueiterator" < object, Builtin;
    dict_itemiterator: "dict_itemiterator" < object, Builtin;
    set_iterator: "set_iterator" < object, Builtin;
    callable_iterator: "callable_iterator" < object, Builtin;
    seq_iterator: "iterator" < object, Builtin;
    reversed: "reversed" < object, Builtin;
    list_reverseiterator: "list_reverseiterator" < object, Builtin;
    enumerate: "enumerate" < object, Builtin;
    zip: "zip" < object, Builtin;
    map: "map" < object, Builtin;
    filter: "filter" < object, Builtin;
    dict_keys: "dict_keys" < object, Builtin;
    dict_values: "dict_values" < object, Builtin;
    dict_items: "dict_items" < object, Builtin;
    mappingproxy: "mappingproxy" < object, Builtin;
    union_type: "UnionType" < object, Builtin;
    text_io: "TextIOWrapper" < object, Builtin;
    frame: "frame" < object, Builtin;
    memoryview: "memoryview" < object, Builtin;
    traceback: "traceback" < object, Builtin;
    weakref: "ReferenceType" < object, Builtin;
    base_exception: "BaseException" < object, Exception;
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

/// The number of entries of the type attribute cache.
pub const TYPE_CACHE_SIZE: usize = 4096;

/// One cached `lookup_in_type` result. The entry holds the type and the name alive, so
/// their addresses cannot be reused while it exists.
#[derive(Clone, Debug)]
pub struct TypeCacheEntry {
    pub ty: ObjRef,
    pub name: ObjRef,
    /// The type's version when the lookup was made.
    pub version: u64,
    pub value: Option<Value>,
}

thread_local! {
    /// The last version handed to a type (see [`fresh_version`]).
    static LAST_VERSION: Cell<u64> = const { Cell::new(0) };
    /// Every type made (weakly): a builtin type's change reaches the builtin types under it.
    static ALL_TYPES: RefCell<Vec<crate::object::WeakObjRef>> = const { RefCell::new(Vec::new()) };
}

/// A version no type has had: a type gets one when it is made and whenever its namespace,
/// or a base's, changes. Caches key on (type, version), so a new type at a freed type's
/// address never matches the old one's entries.
pub fn fresh_version() -> u64 {
    LAST_VERSION.with(|v| {
        v.set(v.get() + 1);
        v.get()
    })
}

/// Whether a builtin type's method fills a type slot (CPython shows those as
/// `wrapper_descriptor` / `method-wrapper`, other methods as `method_descriptor`).
fn is_slot_wrapper(n: &crate::object::NativeFunction) -> bool {
    let name = n.name;
    if !(name.starts_with("__") && name.ends_with("__")) {
        return false;
    }
    // list and dict define these as ordinary methods too.
    if matches!(n.owner, Some("list" | "dict")) && name == "__getitem__" {
        return false;
    }
    matches!(
        &name[2..name.len() - 2],
        "add"
            | "radd"
            | "sub"
            | "rsub"
            | "mul"
            | "rmul"
            | "truediv"
            | "rtruediv"
            | "floordiv"
            | "rfloordiv"
            | "mod"
            | "rmod"
            | "divmod"
            | "rdivmod"
            | "pow"
            | "rpow"
            | "lshift"
            | "rlshift"
            | "rshift"
            | "rrshift"
            | "and"
            | "rand"
            | "or"
            | "ror"
            | "xor"
            | "rxor"
            | "matmul"
            | "rmatmul"
            | "iadd"
            | "isub"
            | "imul"
            | "itruediv"
            | "ifloordiv"
            | "imod"
            | "ipow"
            | "ilshift"
            | "irshift"
            | "iand"
            | "ior"
            | "ixor"
            | "imatmul"
            | "neg"
            | "pos"
            | "abs"
            | "invert"
            | "bool"
            | "int"
            | "float"
            | "index"
            | "repr"
            | "str"
            | "hash"
            | "call"
            | "eq"
            | "ne"
            | "lt"
            | "le"
            | "gt"
            | "ge"
            | "iter"
            | "next"
            | "len"
            | "getitem"
            | "setitem"
            | "delitem"
            | "contains"
            | "getattribute"
            | "getattr"
            | "setattr"
            | "delattr"
            | "init"
            | "get"
            | "set"
            | "delete"
            | "del"
            | "await"
            | "aiter"
            | "anext"
    )
}

/// A new type object with its MRO computed from single-inheritance bases.
pub fn new_type(name: &str, bases: Vec<ObjRef>, base_kind: BaseKind, heap: bool) -> ObjRef {
    new_type_with_meta(name, bases, base_kind, heap, None)
}

/// [`new_type`] whose type is `metaclass` (None: `type`).
pub fn new_type_with_meta(
    name: &str,
    bases: Vec<ObjRef>,
    base_kind: BaseKind,
    heap: bool,
    metaclass: Option<ObjRef>,
) -> ObjRef {
    let mut mro_tail: Vec<ObjRef> = Vec::new();
    if let Some(b) = bases.first() {
        if let Payload::Type(t) = &b.payload {
            mro_tail = t.mro.borrow().clone();
        }
    }
    let ty = crate::object::ObjRef::new(Object::new(Payload::Type(Box::new(TypeData {
        name: RefCell::new(name.into()),
        qualname: RefCell::new(name.into()),
        module: RefCell::new(Value::Null),
        bases: RefCell::new(bases),
        mro: RefCell::new(Vec::new()),
        dict: crate::object::ObjRef::new(Object::new(Payload::Dict(Dict::new()))),
        base_kind,
        metaclass,
        heap,
        c_named: Cell::new(false),
        version: Cell::new(fresh_version()),
        slots: RefCell::new(None),
        init_cache: RefCell::new((0, None)),
        may_finalize: Cell::new(false),
        nslots: Cell::new(0),
    }))));
    if let Payload::Type(t) = &ty.payload {
        let mut mro = vec![ty.clone()];
        mro.extend(mro_tail);
        *t.mro.borrow_mut() = mro;
    }
    ALL_TYPES.with(|all| {
        let mut all = all.borrow_mut();
        if all.len() >= 1024 && all.len().is_power_of_two() {
            all.retain(|w| w.strong_count() > 0);
        }
        all.push(crate::object::ObjRef::downgrade(&ty));
    });
    ty
}

/// A hash of two words for the caches keyed on a pair (a type or version and an interned
/// name's address). Multiplicative: allocations are 64-byte aligned, so the low address
/// bits are always zero; callers take the high bits.
#[inline]
pub(crate) fn cache_hash(a: u64, b: u64) -> u64 {
    a.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ b.wrapping_mul(0xC2B2_AE3D_27D4_EB4F)
}

/// The type data of a type object. Callers only pass type objects.
pub fn type_data(ty: &ObjRef) -> &TypeData {
    match &ty.payload {
        Payload::Type(t) => t,
        _ => unreachable_type(),
    }
}

#[cold]
fn unreachable_type() -> &'static TypeData {
    // Only reached through a VM bug; keep it a Rust-level invariant without panicking paths in
    // release builds by leaking one placeholder type.
    let ty = new_type("<invalid>", vec![], BaseKind::Builtin, false);
    let leaked: &'static ObjRef = Box::leak(Box::new(ty));
    match &leaked.payload {
        Payload::Type(t) => t,
        _ => unreachable_type(),
    }
}

impl Vm {
    /// `type(v)`.
    pub fn type_of(&self, v: &Value) -> ObjRef {
        self.type_ref(v).clone()
    }

    pub fn type_of_obj(&self, o: &ObjRef) -> ObjRef {
        self.type_obj_ref(o).clone()
    }

    /// v's type, borrowed (no reference count traffic).
    #[inline]
    pub fn type_ref<'a>(&'a self, v: &'a Value) -> &'a ObjRef {
        let t = &self.types;
        match v {
            Value::Null | Value::None => &t.none_type,
            Value::Bool(_) => &t.bool_,
            Value::Int(_) => &t.int,
            Value::Float(_) => &t.float,
            Value::Obj(o) => self.type_obj_ref(o),
        }
    }

    /// o's type, borrowed.
    pub fn type_obj_ref<'a>(&'a self, o: &'a ObjRef) -> &'a ObjRef {
        if let Some(e) = o.ext() {
            return &e.cls;
        }
        let t = &self.types;
        match &o.payload {
            Payload::Str(_) => &t.str_,
            Payload::BigInt(_) => &t.int,
            Payload::Complex(..) => &t.complex,
            Payload::Bytes(_) => &t.bytes,
            Payload::ByteArray(_) => &t.bytearray,
            Payload::Tuple(_) => &t.tuple,
            Payload::List(_) => &t.list,
            Payload::Dict(_) => &t.dict,
            Payload::Set(_) => &t.set,
            Payload::FrozenSet(_) => &t.frozenset,
            Payload::Range(_) => &t.range,
            Payload::Slice(_) => &t.slice,
            Payload::Function(_) => &t.function,
            Payload::Native(n) => match n.kind {
                crate::object::NativeKind::Function | crate::object::NativeKind::StaticMethod => {
                    &t.builtin_function
                }
                crate::object::NativeKind::Method if is_slot_wrapper(n) => &t.wrapper_descriptor,
                _ => &t.method_descriptor,
            },
            Payload::BoundMethod { func, .. } => match func {
                Value::Obj(f) => match &f.payload {
                    Payload::Native(n)
                        if n.kind == crate::object::NativeKind::Method && is_slot_wrapper(n) =>
                    {
                        &t.method_wrapper
                    }
                    Payload::Native(_) => &t.builtin_function,
                    _ => &t.method,
                },
                _ => &t.method,
            },
            Payload::StaticMethod(_) => &t.staticmethod,
            Payload::ClassMethod(_) => &t.classmethod,
            Payload::Property(_) => &t.property,
            Payload::Member(_) => &t.member_descriptor,
            Payload::Super { .. } => &t.super_,
            Payload::Code(_) => &t.code,
            Payload::Cell(_) => &t.cell,
            Payload::Type(td) => td.metaclass.as_ref().unwrap_or(&t.type_),
            Payload::Instance(i) => &i.cls,
            Payload::Exception(e) => &e.cls,
            Payload::Module(_) => &t.module,
            Payload::Generator(g) => {
                let flags = g.code.code.flags;
                if flags & pyrs_compiler::code::flags::COROUTINE != 0 {
                    &t.coroutine
                } else if flags & pyrs_compiler::code::flags::ASYNC_GENERATOR != 0 {
                    &t.async_generator
                } else {
                    &t.generator
                }
            }
            Payload::Iter(state) => match &**state {
                IterState::Seq { seq, .. } => match seq.payload() {
                    Some(Payload::List(_)) => &t.list_iterator,
                    Some(Payload::Str(_)) => &t.str_iterator,
                    Some(Payload::Bytes(_)) | Some(Payload::ByteArray(_)) => &t.bytes_iterator,
                    Some(Payload::Tuple(_)) => &t.tuple_iterator,
                    // A `__getitem__` sequence's iterator.
                    _ => &t.seq_iterator,
                },
                IterState::Range { .. } => &t.range_iterator,
                IterState::Dict { what: 0, .. } => &t.dict_keyiterator,
                IterState::Dict { what: 1, .. } => &t.dict_valueiterator,
                IterState::Dict { .. } => &t.dict_itemiterator,
                IterState::Snapshot { .. } | IterState::Set { .. } => &t.set_iterator,
                IterState::Callable { .. } => &t.callable_iterator,
                IterState::Reversed { seq, .. }
                    if matches!(seq.payload(), Some(Payload::List(_))) =>
                {
                    &t.list_reverseiterator
                }
                IterState::Reversed { .. } => &t.reversed,
                IterState::Enumerate { .. } => &t.enumerate,
                IterState::Zip { .. } => &t.zip,
                IterState::Map { .. } => &t.map,
                IterState::Filter { .. } => &t.filter,
                IterState::Await { op, .. } => match op {
                    AwaitOp::Wrapper => &t.coroutine_wrapper,
                    AwaitOp::ASend => &t.async_generator_asend,
                    AwaitOp::AThrow | AwaitOp::AClose => &t.async_generator_athrow,
                    AwaitOp::ANextDefault => &t.anext_awaitable,
                },
            },
            Payload::MappingProxy(_) => &t.mappingproxy,
            Payload::Float(_) => &t.float,
            Payload::Union(_) => &t.union_type,
            Payload::DictView { what, .. } => match what {
                0 => &t.dict_keys,
                1 => &t.dict_values,
                _ => &t.dict_items,
            },
            Payload::File(_) => &t.text_io,
            Payload::FrameInfo(_) => &t.frame,
            Payload::MemoryView(_) => &t.memoryview,
            Payload::Traceback(_) => &t.traceback,
            Payload::WeakRef(_) => &t.weakref,
            Payload::NotImplemented => &t.not_implemented_type,
            Payload::Ellipsis => &t.ellipsis_type,
        }
    }

    /// The `__name__` of v's type.
    /// The name messages give a value's type: CPython's `tp_name`, which for a builtin
    /// type defined by a module other than builtins includes that module
    /// (`weakref.ReferenceType`, `_io.TextIOWrapper`, `time.struct_time`).
    pub fn type_name(&self, v: &Value) -> Rc<str> {
        let ty = self.type_of(v);
        let td = type_data(&ty);
        let name = td.name.borrow().clone();
        if td.heap && !td.c_named.get() {
            return name;
        }
        let module = td.module.borrow().clone();
        match module.as_str() {
            Some(m) if m != "builtins" => format!("{m}.{name}").into(),
            _ => name,
        }
    }

    /// Looks `name` up along the MRO of type `ty` (no descriptors applied), through the
    /// type attribute cache.
    pub fn lookup_in_type(&self, ty: &ObjRef, name: &Value) -> Option<Value> {
        let Value::Obj(n) = name else {
            return self.lookup_in_type_uncached(ty, name);
        };
        let slot = (cache_hash(
            crate::object::ObjRef::as_ptr(ty) as u64,
            crate::object::ObjRef::as_ptr(n) as u64,
        ) >> 40) as usize
            % TYPE_CACHE_SIZE;
        let version = type_data(ty).version.get();
        if let Some(e) = &self.type_cache.borrow()[slot] {
            if e.version == version
                && crate::object::ObjRef::ptr_eq(&e.ty, ty)
                && crate::object::ObjRef::ptr_eq(&e.name, n)
            {
                return e.value.clone();
            }
        }
        let value = self.lookup_in_type_uncached(ty, name);
        self.type_cache.borrow_mut()[slot] = Some(TypeCacheEntry {
            ty: ty.clone(),
            name: n.clone(),
            version,
            value: value.clone(),
        });
        value
    }

    /// `ty`'s namespace (or MRO) changed: it and every type under it get a new version, which
    /// invalidates their cache entries (the type cache, the eval loop's inline caches).
    pub fn type_modified(&self, ty: &ObjRef) {
        let under = |t: &ObjRef| {
            type_data(t)
                .mro
                .borrow()
                .iter()
                .any(|m| ObjRef::ptr_eq(m, ty))
        };
        type_data(ty).version.set(fresh_version());
        if type_data(ty).heap {
            // Only classes made by Python code derive from one.
            for sub in self.subclasses.iter().filter_map(|w| w.upgrade()) {
                if under(&sub) {
                    type_data(&sub).version.set(fresh_version());
                }
            }
            return;
        }
        ALL_TYPES.with(|all| {
            for t in all.borrow().iter().filter_map(|w| w.upgrade()) {
                if under(&t) {
                    type_data(&t).version.set(fresh_version());
                }
            }
        });
    }

    fn lookup_in_type_uncached(&self, ty: &ObjRef, name: &Value) -> Option<Value> {
        let td = type_data(ty);
        let mro = td.mro.borrow();
        for cls in mro.iter() {
            if let Payload::Dict(d) = &type_data(cls).dict.payload {
                if let Some(v) = d.get_str(name) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// Looks a name given as Rust text up along the MRO of `ty`.
    pub fn lookup_in_type_str(&self, ty: &ObjRef, name: &'static str) -> Option<Value> {
        let key = self.name(name);
        self.lookup_in_type(ty, &key)
    }

    /// `issubclass(a, b)` for type objects (by MRO).
    pub fn is_subtype(&self, a: &ObjRef, b: &ObjRef) -> bool {
        if crate::object::ObjRef::ptr_eq(a, b) {
            return true;
        }
        match &a.payload {
            Payload::Type(t) => t
                .mro
                .borrow()
                .iter()
                .any(|c| crate::object::ObjRef::ptr_eq(c, b)),
            _ => false,
        }
    }

    /// `isinstance(v, ty)` for a type object ty (no `__instancecheck__`).
    pub fn is_instance(&self, v: &Value, ty: &ObjRef) -> bool {
        let t = self.type_of(v);
        self.is_subtype(&t, ty)
    }

    /// The C3 linearisation of a new class with these bases.
    pub fn compute_mro(&mut self, cls: &ObjRef, bases: &[ObjRef]) -> crate::PyResult<Vec<ObjRef>> {
        for (i, b) in bases.iter().enumerate() {
            if bases[..i]
                .iter()
                .any(|x| crate::object::ObjRef::ptr_eq(x, b))
            {
                return Err(self.new_error(
                    &self.exc.type_error.clone(),
                    format!("duplicate base class {}", type_data(b).name.borrow()),
                ));
            }
        }
        let mut seqs: Vec<Vec<ObjRef>> = bases
            .iter()
            .map(|b| type_data(b).mro.borrow().clone())
            .collect();
        seqs.push(bases.to_vec());
        let mut out = vec![cls.clone()];
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let mut found = None;
            for s in &seqs {
                let cand = &s[0];
                let in_tail = seqs.iter().any(|other| {
                    other[1..]
                        .iter()
                        .any(|c| crate::object::ObjRef::ptr_eq(c, cand))
                });
                if !in_tail {
                    found = Some(cand.clone());
                    break;
                }
            }
            let Some(next) = found else {
                // The heads still to merge, each once (CPython's message).
                let mut heads: Vec<ObjRef> = Vec::new();
                for s in &seqs {
                    if !heads
                        .iter()
                        .any(|h| crate::object::ObjRef::ptr_eq(h, &s[0]))
                    {
                        heads.push(s[0].clone());
                    }
                }
                let names: Vec<String> = heads
                    .iter()
                    .map(|b| type_data(b).name.borrow().to_string())
                    .collect();
                return Err(self.new_error(
                    &self.exc.type_error.clone(),
                    format!(
                        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                        names.join(", ")
                    ),
                ));
            };
            for s in seqs.iter_mut() {
                if crate::object::ObjRef::ptr_eq(&s[0], &next) {
                    s.remove(0);
                }
            }
            out.push(next);
        }
    }
}
