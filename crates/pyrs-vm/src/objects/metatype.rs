//! `type` as a class to derive from: metaclasses (`type.__new__`, `__init__`, `__call__`,
//! `__prepare__`, `__instancecheck__`, `__subclasscheck__`) and abstract classes.

use crate::native::Args;
use crate::object::{ObjRef, Payload};
use crate::types::type_data;
use crate::value::Value;
use crate::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.type_.clone();
    vm.add_staticmethods(&t, &[("__new__", type_new)]);
    vm.add_methods(
        &t,
        &[
            ("__init__", type_init),
            ("__call__", type_call),
            ("__repr__", type_repr),
            ("__instancecheck__", type_instancecheck),
            ("__subclasscheck__", type_subclasscheck),
        ],
    );
    vm.add_classmethods(&t, &[("__prepare__", type_prepare)]);
    let t = &vm.types;
    for ty in [&t.list, &t.dict, &t.tuple, &t.set, &t.frozenset].map(|t| t.clone()) {
        vm.add_classmethods(&ty, &[("__class_getitem__", class_getitem)]);
    }
    // The wrappers' `__init__` accepts what their `__new__` took (a subclass's
    // `super().__init__(func)`); the unhashable builtins say so in their namespace.
    let t = &vm.types;
    for ty in [
        t.classmethod.clone(),
        t.staticmethod.clone(),
        t.property.clone(),
    ] {
        vm.add_methods(&ty, &[("__init__", wrapper_init)]);
    }
    let t = &vm.types;
    let unhashable = [
        &t.list,
        &t.dict,
        &t.set,
        &t.bytearray,
        &t.dict_keys,
        &t.dict_items,
        &t.mappingproxy,
    ];
    for ty in unhashable.map(|t| t.clone()) {
        if let Payload::Dict(d) = &type_data(&ty).dict.payload {
            d.set_str(vm.intern("__hash__"), Value::None);
        }
    }
}

/// `classmethod.__init__`, `staticmethod.__init__`, `property.__init__`: `__new__` has
/// stored the function(s) already.
fn wrapper_init(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::None)
}

/// `list[int]` (and dict, tuple, set, frozenset): a `types.GenericAlias` (written in
/// Python, `lib/types.py`).
fn class_getitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [cls, item] = Args::new("__class_getitem__", args, kw).positional_only(vm, 2)?;
    let fromlist = vm.new_tuple(vec![vm.new_str("GenericAlias")]);
    let types = vm.import_name(&vm.new_str("types"), &fromlist, &Value::Int(0))?;
    let alias = vm.getattr(&types, &vm.intern("GenericAlias"))?;
    vm.call(&alias, &[cls, item], &[])
}

/// `type.__repr__`: `<class 'module.Name'>` (what a metaclass's `super().__repr__()` gets).
fn type_repr(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [cls] = Args::new("__repr__", args, kw).positional_only(vm, 1)?;
    match &cls {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => {
            let s = crate::objects::repr_obj(vm, &cls, o)?;
            Ok(vm.new_str(s))
        }
        _ => Err(vm.type_error(format!(
            "descriptor '__repr__' requires a 'type' object but received a '{}'",
            vm.type_name(&cls)
        ))),
    }
}

/// Whether `f` is `type`'s own native method `name` (a metaclass that did not override it).
pub fn is_type_native(f: &Value, name: &str) -> bool {
    matches!(f.payload(), Some(Payload::Native(n)) if n.name == name && n.owner == Some("type"))
}

/// The type object `v` is, or a TypeError naming `what`.
fn as_type<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => Ok(o),
        _ => Err(vm.type_error(format!("{what} must be a type, not {}", vm.type_name(v)))),
    }
}

/// `type.__new__(mcs, name, bases, namespace, **kwds)`.
fn type_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(first) = args.first() else {
        return Err(vm.type_error("type.__new__(): not enough arguments"));
    };
    let mcs = match first {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => o.clone(),
        _ => {
            return Err(vm.type_error(format!(
                "type.__new__(X): X is not a type object ({})",
                vm.type_name(first)
            )))
        }
    };
    if !vm.is_subtype(&mcs, &vm.types.type_) {
        return Err(vm.type_error(format!(
            "type.__new__({}): {} is not a subtype of type",
            type_data(&mcs).name.borrow(),
            type_data(&mcs).name.borrow()
        )));
    }
    type_new_with(vm, &mcs, &args[1..], kw)
}

/// A new class of metaclass `mcs` from `(name, bases, namespace)` then keyword values
/// named by `kwnames` (passed on to `__init_subclass__`).
pub fn type_new_with(
    vm: &mut Vm,
    mcs: &ObjRef,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    if npos != 3 {
        return Err(vm.type_error(format!(
            "type.__new__() takes exactly 3 arguments ({npos} given)"
        )));
    }
    let (name, bases, ns) = (&args[0], &args[1], &args[2]);
    if name.as_str().is_none() {
        return Err(vm.type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            vm.type_name(name)
        )));
    }
    if !matches!(ns.payload(), Some(Payload::Dict(_))) {
        return Err(vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            vm.type_name(ns)
        )));
    }
    let kws: Vec<(Value, Value)> = kwnames
        .iter()
        .cloned()
        .zip(args[npos..].iter().cloned())
        .collect();
    vm.new_class(name, bases, ns, &kws, Some(mcs.clone()))
}

/// `M(name, bases, namespace, **kwds)` for a metaclass `M` (a Python subclass of
/// `type`): its `__new__`, then its `__init__` on a class of type `M`.
pub fn construct_class(
    vm: &mut Vm,
    mcs: &ObjRef,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let with_first = |first: Value| {
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(first);
        full.extend_from_slice(args);
        full
    };
    let new = vm.lookup_in_type_str(mcs, "__new__");
    let cls = match new.as_ref().map(|n| (n, n.payload())) {
        Some((_, Some(Payload::StaticMethod(f)))) => {
            let f = f.borrow().clone();
            vm.call(&f, &with_first(Value::Obj(mcs.clone())), kwnames)?
        }
        Some((f, Some(Payload::Function(_)))) => {
            let f = f.clone();
            vm.call(&f, &with_first(Value::Obj(mcs.clone())), kwnames)?
        }
        _ => type_new_with(vm, mcs, args, kwnames)?,
    };
    let is_instance = match &cls {
        Value::Obj(c) if matches!(c.payload, Payload::Type(_)) => {
            let t = vm.type_of(&cls);
            vm.is_subtype(&t, mcs)
        }
        _ => false,
    };
    if is_instance {
        if let Some(init) = vm.lookup_in_type_str(mcs, "__init__") {
            if !is_type_native(&init, "__init__") {
                let r = vm.call(&init, &with_first(cls.clone()), kwnames)?;
                if !r.is_none() {
                    return Err(vm.init_returned(&r));
                }
            }
        }
    }
    Ok(cls)
}

/// `type.__init__(cls, ...)`: nothing to do once `__new__` made the class.
fn type_init(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let n = args.len().saturating_sub(1 + kw.len());
    if n != 1 && n != 3 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

/// `type.__call__(cls, ...)`: what calling a class does by default (what a metaclass's
/// `__call__` reaches through `super().__call__(...)`).
fn type_call(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(first) = args.first() else {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    };
    let cls = as_type(
        vm,
        first,
        "descriptor '__call__' requires a 'type' object but received",
    )
    .map_err(|_| {
        vm.type_error(format!(
            "descriptor '__call__' requires a 'type' object but received a '{}'",
            vm.type_name(first)
        ))
    })?
    .clone();
    vm.construct(&cls, &args[1..], kw)
}

/// `type.__prepare__(name, bases, **kwds)`: an empty dict for the class body.
fn type_prepare(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_dict())
}

/// `type.__instancecheck__(cls, obj)`: `isinstance` without the metaclass hook.
fn type_instancecheck(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [cls, x] = Args::new("__instancecheck__", args, kw).positional_only(vm, 2)?;
    let cls = as_type(vm, &cls, "isinstance() arg 2")?.clone();
    Ok(Value::Bool(vm.is_instance_plain(&x, &cls)?))
}

/// `type.__subclasscheck__(cls, sub)`: `issubclass` without the metaclass hook.
fn type_subclasscheck(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [cls, sub] = Args::new("__subclasscheck__", args, kw).positional_only(vm, 2)?;
    let cls = as_type(vm, &cls, "issubclass() arg 2")?.clone();
    match &sub {
        Value::Obj(s) if matches!(s.payload, Payload::Type(_)) => {
            Ok(Value::Bool(vm.is_subtype(s, &cls)))
        }
        _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
    }
}

/// Whether instantiating `cls` is refused: its own `__abstractmethods__` is not empty
/// (CPython's flag, set when that attribute is assigned on the class).
pub fn is_abstract(vm: &Vm, cls: &ObjRef) -> bool {
    let Payload::Dict(d) = &type_data(cls).dict.payload else {
        return false;
    };
    match d.get_str(&vm.intern("__abstractmethods__")) {
        Some(v) => match v.payload() {
            Some(Payload::FrozenSet(s)) => !s.is_empty(),
            Some(Payload::Set(s)) => !s.borrow().is_empty(),
            Some(Payload::Tuple(t)) => !t.is_empty(),
            Some(Payload::List(l)) => !l.borrow().is_empty(),
            _ => !matches!(v, Value::None | Value::Bool(false)),
        },
        None => false,
    }
}

impl Vm {
    /// CPython's "Can't instantiate abstract class" check of `object.__new__`.
    pub(crate) fn check_not_abstract(&mut self, cls: &ObjRef) -> PyResult<()> {
        if !is_abstract(self, cls) {
            return Ok(());
        }
        let td = type_data(cls);
        let methods = match &td.dict.payload {
            Payload::Dict(d) => d.get_str(&self.intern("__abstractmethods__")),
            _ => None,
        }
        .unwrap_or(Value::None);
        let mut names: Vec<String> = Vec::new();
        for m in self.collect(&methods)? {
            names.push(self.str_string(&m)?);
        }
        names.sort();
        Err(self.type_error(format!(
            "Can't instantiate abstract class {} with abstract method{} {}",
            td.name.borrow(),
            if names.len() == 1 { "" } else { "s" },
            names.join(", ")
        )))
    }

    /// The most derived of `given` and the types of `bases` (CPython's
    /// `_PyType_CalculateMetaclass`), or the "metaclass conflict" TypeError.
    pub(crate) fn most_derived_metaclass(
        &self,
        given: &ObjRef,
        bases: &[Value],
    ) -> PyResult<ObjRef> {
        let mut winner = given.clone();
        for b in bases {
            let t = self.type_of(b);
            if self.is_subtype(&winner, &t) {
                continue;
            }
            if self.is_subtype(&t, &winner) {
                winner = t;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// Whether metaclass `m` makes classes with `type.__new__` (has no `__new__` of its own).
    pub(crate) fn has_type_new(&self, m: &ObjRef) -> bool {
        self.lookup_in_type_str(m, "__new__")
            .is_some_and(|n| is_type_native(&n, "__new__"))
    }

    /// `isinstance(x, cls)` for a type `cls` without `__instancecheck__`: by type, or by
    /// the class an instance's `__class__` claims (a proxy's).
    pub(crate) fn is_instance_plain(&mut self, x: &Value, cls: &ObjRef) -> PyResult<bool> {
        if self.is_instance(x, cls) {
            return Ok(true);
        }
        if !matches!(x.payload(), Some(Payload::Instance(_))) {
            return Ok(false);
        }
        // Only a class attribute `__class__` or a Python `__getattribute__` can make the
        // instance claim another class.
        let ty = self.type_of(x);
        if self.lookup_in_type(&ty, &self.names.class).is_none()
            && !matches!(
                self.lookup_in_type(&ty, &self.names.getattribute)
                    .as_ref()
                    .and_then(|m| m.payload()),
                Some(Payload::Function(_))
            )
        {
            return Ok(false);
        }
        let claimed = self.getattr_opt(x, &self.intern("__class__"))?;
        Ok(match claimed {
            Some(Value::Obj(k)) if matches!(k.payload, Payload::Type(_)) => {
                !ObjRef::ptr_eq(&k, &self.type_of(x)) && self.is_subtype(&k, cls)
            }
            _ => false,
        })
    }
}
