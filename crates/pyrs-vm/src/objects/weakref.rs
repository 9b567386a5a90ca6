//! `weakref.ref`: a reference that does not keep its object alive, with a callback called
//! when the object dies (by reference counting or by the cycle collector).

use crate::object::{ObjRef, Payload, WeakObjRef};
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::{Cell, RefCell};

#[derive(Debug)]
pub struct WeakRefData {
    pub target: WeakObjRef,
    pub callback: RefCell<Value>,
    /// The referent's hash, once asked (a dead reference keeps answering it).
    pub hash: Cell<Option<i64>>,
    /// The referent died (or is garbage the collector is freeing).
    pub cleared: Cell<bool>,
}

thread_local! {
    /// Callbacks due: `(weakref, callback)`, called by the VM at its next check.
    pub static CALLBACKS: RefCell<Vec<(ObjRef, Value)>> = const { RefCell::new(Vec::new()) };
}

/// Clears the weak references of an object that dies and queues their callbacks, the
/// newest reference first as CPython; `wants_callback` may refuse some (weak references
/// that are garbage themselves).
pub fn clear_dead(refs: Vec<ObjRef>, wants_callback: impl Fn(&ObjRef) -> bool) {
    let mut queued = false;
    for r in refs.into_iter().rev() {
        let Payload::WeakRef(w) = &r.payload else {
            continue;
        };
        w.cleared.set(true);
        let cb = w.callback.replace(Value::None);
        if !cb.is_none() && wants_callback(&r) {
            let _ = CALLBACKS.try_with(|c| c.borrow_mut().push((r.clone(), cb)));
            queued = true;
        }
    }
    if queued {
        crate::object::VM_WORK_PENDING.with(|f| f.set(true));
    }
}

/// The referent, if alive.
pub fn referent(w: &WeakRefData) -> Option<ObjRef> {
    if w.cleared.get() {
        return None;
    }
    w.target.upgrade()
}

/// Whether objects of this kind can be weakly referenced (CPython's `tp_weaklistoffset`):
/// instances of a class whose `__slots__` leave out `__weakref__` cannot be.
fn weakrefable(o: &ObjRef) -> bool {
    if let Payload::Instance(i) = &o.payload {
        return match &*crate::types::type_data(&i.cls).slots.borrow() {
            None => true,
            Some(names) => names.iter().any(|n| &**n == "__weakref__"),
        };
    }
    if o.ext().is_some() {
        // Subclasses of the variable-size builtins have no room for weak references.
        return !matches!(
            o.payload,
            Payload::BigInt(_) | Payload::Tuple(_) | Payload::Bytes(_)
        );
    }
    if let Payload::Native(n) = &o.payload {
        // Builtin functions can be; the methods and slot wrappers of builtin types cannot.
        return n.kind == crate::object::NativeKind::Function;
    }
    matches!(
        o.payload,
        Payload::Function(_)
            | Payload::Type(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Generator(_)
            | Payload::BoundMethod { .. }
            | Payload::Module(_)
            | Payload::Code(_)
            | Payload::File(_)
            | Payload::Exception(_)
            | Payload::Property(_)
            | Payload::WeakRef(_)
    )
}

/// `weakref.ref(obj, callback=None)`: the existing callback-less reference is reused.
pub fn new_ref(vm: &mut Vm, target: &Value, callback: Value) -> PyResult<Value> {
    new_ref_of(vm, None, target, callback)
}

/// A new weak reference, of `subclass` (a Python subclass of `ref`) when given.
fn new_ref_of(
    vm: &mut Vm,
    subclass: Option<&ObjRef>,
    target: &Value,
    callback: Value,
) -> PyResult<Value> {
    let Some(o) = target.as_obj().filter(|o| weakrefable(o)) else {
        return Err(vm.type_error(format!(
            "cannot create weak reference to '{}' object",
            vm.type_name(target)
        )));
    };
    if callback.is_none() && subclass.is_none() {
        // Only a plain `ref` is shared, never a subclass's instance (a proxy's inner one).
        let existing = ObjRef::weakrefs(o).into_iter().find(|r| {
            r.ext().is_none()
                && matches!(&r.payload, Payload::WeakRef(w) if w.callback.borrow().is_none() && !w.cleared.get())
        });
        if let Some(r) = existing {
            return Ok(Value::Obj(r));
        }
    }
    let obj = crate::object::Object::new(Payload::WeakRef(Box::new(WeakRefData {
        target: ObjRef::downgrade(o),
        callback: RefCell::new(callback),
        hash: Cell::new(None),
        cleared: Cell::new(false),
    })));
    if let Some(cls) = subclass {
        let dict = ObjRef::new_owned_part(crate::object::Object::new(Payload::Dict(
            crate::dict::Dict::new(),
        )));
        let _ = obj.ext.set(Box::new(crate::object::InstanceExt {
            cls: cls.clone(),
            dict,
        }));
    }
    let r = ObjRef::new(obj);
    ObjRef::add_weakref(o, &r);
    Ok(Value::Obj(r))
}

impl Vm {
    /// Calls the queued weak-reference callbacks; an exception is reported, not raised.
    pub(crate) fn run_weakref_callbacks(&mut self) {
        loop {
            let batch = CALLBACKS.with(|c| std::mem::take(&mut *c.borrow_mut()));
            if batch.is_empty() {
                return;
            }
            for (r, cb) in batch {
                if let Err(e) = self.call(&cb, &[Value::Obj(r)], &[]) {
                    let what = self.repr_str(&cb).unwrap_or_default();
                    self.print_unraisable(&e, &what);
                }
            }
        }
    }
}

/// Registers `weakref.ReferenceType`'s methods.
pub fn init(vm: &mut Vm) {
    let t = vm.types.weakref.clone();
    *crate::types::type_data(&t).module.borrow_mut() = vm.new_str("weakref");
    vm.add_staticmethods(&t, &[("__new__", ref_new)]);
    vm.add_methods(
        &t,
        &[
            ("__init__", ref_init),
            ("__call__", ref_call),
            ("__hash__", ref_hash),
            ("__eq__", ref_eq),
            ("__ne__", ref_ne),
            ("__repr__", ref_repr),
        ],
    );
}

fn this<'a>(vm: &Vm, a: &'a [Value], name: &str) -> PyResult<&'a WeakRefData> {
    match a.first().and_then(Value::payload) {
        Some(Payload::WeakRef(w)) => Ok(w),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'weakref.ReferenceType' object"
        ))),
    }
}

/// `weakref.ref(object[, callback])`, or `ref.__new__(subclass, object[, callback])`.
fn ref_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = a.get(1..).unwrap_or(&[]);
    if !kw.is_empty() {
        return Err(vm.type_error("ref() takes no keyword arguments"));
    }
    let subclass = match a.first() {
        Some(Value::Obj(c)) if crate::types::type_data(c).heap => Some(c.clone()),
        _ => None,
    };
    match args {
        [target] => new_ref_of(vm, subclass.as_ref(), target, Value::None),
        [target, cb] => new_ref_of(vm, subclass.as_ref(), target, cb.clone()),
        _ => Err(vm.type_error(format!(
            "__new__ expected at most 2 arguments, got {}",
            args.len()
        ))),
    }
}

/// `__new__` did the work; a subclass's `__init__` may pass the same arguments up.
fn ref_init(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    this(vm, a, "__init__")?;
    Ok(Value::None)
}

fn ref_call(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let w = this(vm, a, "__call__")?;
    if a.len() > 1 || !kw.is_empty() {
        return Err(vm.type_error(format!(
            "weakref() takes exactly 0 arguments ({} given)",
            a.len() - 1 + kw.len()
        )));
    }
    Ok(referent(w).map_or(Value::None, Value::Obj))
}

/// The referent's hash, remembered so a dead reference still answers it.
fn ref_hash(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let w = this(vm, a, "__hash__")?;
    if let Some(h) = w.hash.get() {
        return Ok(Value::Int(h));
    }
    let Some(o) = referent(w) else {
        return Err(vm.type_error("weak object has gone away"));
    };
    let h = vm.hash(&Value::Obj(o))?;
    w.hash.set(Some(h));
    Ok(Value::Int(h))
}

/// Two live references are equal when their referents are; otherwise only to themselves.
pub fn ref_eq_bool(vm: &mut Vm, a: &[Value]) -> PyResult<Option<bool>> {
    let (Some(Payload::WeakRef(x)), Some(Payload::WeakRef(y))) = (
        a.first().and_then(Value::payload),
        a.get(1).and_then(Value::payload),
    ) else {
        return Ok(None);
    };
    match (referent(x), referent(y)) {
        (Some(p), Some(q)) => vm.eq(&Value::Obj(p), &Value::Obj(q)).map(Some),
        _ => Ok(Some(a[0].id() == a[1].id())),
    }
}

fn ref_eq(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(match ref_eq_bool(vm, a)? {
        Some(b) => Value::Bool(b),
        None => vm.not_implemented.clone(),
    })
}

fn ref_ne(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(match ref_eq_bool(vm, a)? {
        Some(b) => Value::Bool(!b),
        None => vm.not_implemented.clone(),
    })
}

fn ref_repr(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let w = this(vm, a, "__repr__")?;
    let me = a[0].id();
    let text = match referent(w) {
        Some(o) => {
            let v = Value::Obj(o);
            format!(
                "<weakref at {me:#x}; to '{}' at {:#x}>",
                vm.type_name(&v),
                v.id()
            )
        }
        None => format!("<weakref at {me:#x}; dead>"),
    };
    Ok(vm.new_str(text))
}
