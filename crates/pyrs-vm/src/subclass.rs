//! Python subclasses of builtin types (`class Stack(list)`, `class Name(str)`): how their
//! instances are made and how their overrides take precedence over the builtin behaviour.
//!
//! Such an instance is an object of the builtin payload (a list, a str...) carrying an
//! [`crate::object::InstanceExt`] with its class and `__dict__`. Builtin code keeps working
//! on the payload; operators and protocols look for a Python override first.

use crate::dict::Dict;
use crate::object::{InstanceExt, NativeFn, ObjRef, Object, Payload, PyStr};
use crate::types::type_data;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;

/// The builtin types a Python class may derive from.
pub fn subclassable(vm: &Vm, base: &ObjRef) -> bool {
    let t = &vm.types;
    [
        &t.list,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.tuple,
        &t.str_,
        &t.bytes,
        &t.bytearray,
        &t.int,
        &t.float,
        &t.weakref,
        &t.classmethod,
        &t.staticmethod,
        &t.property,
        &t.module,
    ]
    .iter()
    .any(|b| crate::object::ObjRef::ptr_eq(b, base))
}

pub fn init(vm: &mut Vm) {
    let inits: [(fn(&Vm) -> ObjRef, NativeFn); 4] = [
        (|vm| vm.types.list.clone(), list_init),
        (|vm| vm.types.dict.clone(), dict_init),
        (|vm| vm.types.set.clone(), set_init),
        (|vm| vm.types.bytearray.clone(), bytearray_init),
    ];
    for (ty, f) in inits {
        let t = ty(vm);
        vm.add_methods(&t, &[("__init__", f)]);
    }
    // `list.__repr__(self)` from a subclass's own __repr__: the builtin repr of the payload.
    let t = &vm.types;
    let reprs = [
        t.list.clone(),
        t.dict.clone(),
        t.set.clone(),
        t.frozenset.clone(),
        t.tuple.clone(),
        t.bytes.clone(),
        t.bytearray.clone(),
    ];
    for ty in reprs {
        if !matches!(vm.lookup_in_type_str(&ty, "__repr__").and_then(|m| match m.payload() { Some(Payload::Native(n)) => Some(n.owner), _ => None }), Some(Some(o)) if o != "object")
        {
            vm.add_methods(&ty, &[("__repr__", builtin_repr)]);
        }
    }
}

/// The builtin repr of a value's payload, ignoring a subclass's `__repr__`.
fn builtin_repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(Value::Obj(o)) = args.first() else {
        return Err(vm.type_error("__repr__ needs an argument"));
    };
    let s = crate::objects::repr_obj(vm, &args[0], o)?;
    Ok(vm.new_str(s))
}

/// `list.__init__(self, iterable=())`: refills the list.
fn list_init(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [it] = crate::native::Args::new("list", &args[1..], kw).positional_only(vm, 0)?;
    let items = if it.is_null() {
        Vec::new()
    } else {
        vm.collect(&it)?
    };
    if let Some(Payload::List(l)) = args.first().and_then(|a| a.payload()) {
        let old = std::mem::replace(&mut *l.borrow_mut(), items);
        drop(old);
    }
    Ok(Value::None)
}

/// `dict.__init__(self, *args, **kwargs)`: `dict.update`.
fn dict_init(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let upd = vm
        .lookup_in_type_str(&vm.types.dict.clone(), "update")
        .unwrap_or(Value::None);
    vm.call(&upd, args, kw)?;
    Ok(Value::None)
}

/// `set.__init__(self, iterable=())`.
fn set_init(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [it] = crate::native::Args::new("set", &args[1..], kw).positional_only(vm, 0)?;
    if let Some(Payload::Set(s)) = args.first().and_then(|a| a.payload()) {
        let fresh = if it.is_null() {
            Default::default()
        } else {
            vm.set_from_iter(&it)?
        };
        let old = std::mem::replace(&mut *s.borrow_mut(), fresh);
        drop(old);
    }
    Ok(Value::None)
}

/// `bytearray.__init__(self, source=b'')`.
fn bytearray_init(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let ba = vm.types.bytearray.clone();
    let fresh = vm.call(&Value::Obj(ba), &args[1..], kw)?;
    if let (Some(Payload::ByteArray(dst)), Some(Payload::ByteArray(src))) =
        (args.first().and_then(|a| a.payload()), fresh.payload())
    {
        let data = src.borrow().clone();
        *dst.borrow_mut() = data;
    }
    Ok(Value::None)
}

impl Vm {
    /// The builtin type a Python class derives from, if any.
    pub fn builtin_base(&self, cls: &ObjRef) -> Option<ObjRef> {
        let td = type_data(cls);
        if !td.heap {
            return None;
        }
        let mro = td.mro.borrow();
        mro.iter()
            .find(|c| !type_data(c).heap && subclassable(self, c))
            .cloned()
    }

    /// A Python-level (`def`) override of `name` on the class of a builtin-subclass
    /// instance, or on the Python metaclass of a class.
    #[inline]
    pub fn subclass_override(&self, v: &Value, name: &'static str) -> Option<Value> {
        let Value::Obj(o) = v else { return None };
        let cls = match (o.ext(), &o.payload) {
            (Some(e), _) => &e.cls,
            (None, Payload::Type(t)) => t.metaclass.as_ref()?,
            _ => return None,
        };
        let m = self.lookup_in_type_str(cls, name)?;
        matches!(m.payload(), Some(Payload::Function(_))).then_some(m)
    }

    /// Turns `value` (made by a builtin `__new__`) into an instance of `cls`: mutable
    /// payloads get the subclass part attached, immutable ones are copied first (the
    /// builtin may have returned a shared object).
    pub fn as_subclass_instance(&self, cls: &ObjRef, value: Value) -> Value {
        let payload = match (&value, value.payload()) {
            // Ints and floats of a subclass are boxed (a BigInt payload may then hold a
            // small value: `objects::number::as_num` accepts it).
            (Value::Int(i), _) => Payload::BigInt(num_bigint::BigInt::from(*i)),
            (Value::Bool(b), _) => Payload::BigInt(num_bigint::BigInt::from(*b as i64)),
            (Value::Float(f), _) => Payload::Float(*f),
            (_, Some(Payload::BigInt(b))) => Payload::BigInt(b.clone()),
            (_, Some(Payload::Float(f))) => Payload::Float(*f),
            (_, p) => match p {
                Some(Payload::Str(s)) => Payload::Str(PyStr::new(s.as_str())),
                Some(Payload::Bytes(b)) => Payload::Bytes(b.clone()),
                Some(Payload::Tuple(t)) => Payload::Tuple(t.clone()),
                Some(Payload::FrozenSet(s)) => Payload::frozenset(self.set_copy(s)),
                Some(Payload::List(l)) => Payload::List(RefCell::new(l.borrow().clone())),
                Some(Payload::Dict(d)) => {
                    let out = Dict::new();
                    for (h, k, v) in d.raw_items() {
                        out.insert_unique(h, k, v);
                    }
                    Payload::Dict(out)
                }
                Some(Payload::Set(s)) => {
                    Payload::Set(Box::new(RefCell::new(self.set_copy(&s.borrow()))))
                }
                Some(Payload::ByteArray(b)) => Payload::ByteArray(RefCell::new(b.borrow().clone())),
                Some(Payload::StaticMethod(f)) => {
                    Payload::StaticMethod(RefCell::new(f.borrow().clone()))
                }
                Some(Payload::ClassMethod(f)) => {
                    Payload::ClassMethod(RefCell::new(f.borrow().clone()))
                }
                Some(Payload::Property(p)) => Payload::Property(p.clone()),
                Some(Payload::Module(m)) => Payload::Module(crate::object::Module {
                    name: m.name.clone(),
                    dict: m.dict.clone(),
                }),
                _ => return value,
            },
        };
        // A module's attributes are its namespace, whatever its class.
        let dict = match &payload {
            Payload::Module(m) => m.dict.clone(),
            _ => crate::object::ObjRef::new(Object::new(Payload::Dict(Dict::new()))),
        };
        // A property subclass keeps a doc taken from its getter in the instance dict, where
        // it shadows the subclass's own `__doc__`; an explicit doc is not stored there
        // (CPython 3.11's `property.__init__`).
        if let (Payload::Property(p), Payload::Dict(d)) = (&payload, &dict.payload) {
            let getter_doc = match p.fget.payload() {
                Some(Payload::Function(f)) => Some(f.doc.borrow().clone()),
                _ if p.fget.is_none() => None,
                _ => Some(Value::None),
            };
            if getter_doc.is_some_and(|g| g.is(&p.doc)) {
                d.set_str(self.intern("__doc__"), p.doc.clone());
            }
        }
        let obj = Object::new(payload);
        let _ = obj.ext.set(Box::new(InstanceExt {
            cls: cls.clone(),
            dict,
        }));
        Value::Obj(crate::object::ObjRef::new(obj))
    }

    /// Whether `base` is a mutable builtin (list, dict, set, bytearray): its subclasses'
    /// instances start empty and their `__init__` fills them.
    pub fn is_mutable_base(&self, base: &ObjRef) -> bool {
        let t = &self.types;
        [&t.list, &t.dict, &t.set, &t.bytearray]
            .iter()
            .any(|b| crate::object::ObjRef::ptr_eq(base, b))
    }

    /// An empty instance of a Python subclass of a mutable builtin (its `__init__` fills
    /// it), or None for an immutable base.
    pub fn empty_subclass_instance(&self, cls: &ObjRef, base: &ObjRef) -> Option<Value> {
        let t = &self.types;
        let payload = if crate::object::ObjRef::ptr_eq(base, &t.list) {
            Payload::List(RefCell::new(Vec::new()))
        } else if crate::object::ObjRef::ptr_eq(base, &t.dict) {
            Payload::Dict(Dict::new())
        } else if crate::object::ObjRef::ptr_eq(base, &t.set) {
            Payload::Set(Box::new(RefCell::new(Default::default())))
        } else if crate::object::ObjRef::ptr_eq(base, &t.bytearray) {
            Payload::ByteArray(RefCell::new(Vec::new()))
        } else {
            return None;
        };
        let obj = Object::new(payload);
        let _ = obj.ext.set(Box::new(InstanceExt {
            cls: cls.clone(),
            dict: crate::object::ObjRef::new(Object::new(Payload::Dict(Dict::new()))),
        }));
        Some(Value::Obj(crate::object::ObjRef::new(obj)))
    }
}
