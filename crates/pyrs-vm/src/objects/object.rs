//! The methods of `object` and `type` that every class inherits.

use crate::native::Args;
use crate::object::{NativeFn, ObjRef, Payload};
use crate::types::type_data;
use crate::value::Value;
use crate::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let o = vm.types.object.clone();
    // Plain `object()` instances have no `__dict__` and take no attributes.
    *crate::types::type_data(&o).slots.borrow_mut() = Some(Vec::new().into());
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", object_init),
        ("__setattr__", setattr),
        ("__delattr__", delattr),
        ("__getattribute__", getattribute),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", not_implemented),
        ("__le__", not_implemented),
        ("__gt__", not_implemented),
        ("__ge__", not_implemented),
        ("__hash__", hash),
        ("__repr__", repr),
        ("__str__", str),
        ("__format__", format),
        ("__dir__", dir),
    ];
    vm.add_methods(&o, methods);
    vm.add_staticmethods(&o, &[("__new__", object_new)]);
    vm.add_classmethods(
        &o,
        &[
            ("__init_subclass__", init_subclass),
            ("__subclasshook__", subclasshook),
        ],
    );
    let t = vm.types.type_.clone();
    vm.add_methods(
        &t,
        &[
            ("mro", mro),
            ("__setattr__", type_setattr),
            ("__delattr__", type_delattr),
        ],
    );
    for t in [
        vm.types.type_.clone(),
        vm.types.function.clone(),
        vm.types.builtin_function.clone(),
        vm.types.method.clone(),
        vm.types.staticmethod.clone(),
    ] {
        vm.add_methods(&t, &[("__call__", dunder_call)]);
    }
    let m = vm.types.method.clone();
    vm.add_staticmethods(&m, &[("__new__", method_new)]);
}

/// `types.MethodType(function, instance)`: `function` bound to `instance`.
fn method_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [func, this] =
        crate::native::Args::new("method", a.get(1..).unwrap_or(&[]), kw).positional_only(vm, 2)?;
    if !vm.is_callable(&func) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if this.is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(Value::obj(Payload::BoundMethod { func, this }))
}

/// The getter of a class's `__dict__` descriptor: the instance's namespace.
pub fn instance_dict_get(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = args.first().cloned().unwrap_or(Value::None);
    match vm.instance_dict(&o) {
        Some(d) => Ok(Value::Obj(d)),
        None => Err(vm.attribute_error(&o, &vm.intern("__dict__"))),
    }
}

/// The setter of a class's `__dict__` descriptor: the instance's namespace takes the new
/// dict's items.
pub fn instance_dict_set(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [o, v] = match args {
        [o, v, ..] => [o.clone(), v.clone()],
        _ => return Err(vm.type_error("__dict__ setter needs 2 arguments")),
    };
    let Some(Payload::Dict(new)) = v.payload() else {
        return Err(vm.type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            vm.type_name(&v)
        )));
    };
    if let Some(d) = vm.instance_dict(&o) {
        if let Payload::Dict(dd) = &d.payload {
            if !crate::object::ObjRef::ptr_eq(&d, v.as_obj().unwrap_or(&d)) {
                let items = new.items();
                dd.clear();
                for (k, x) in items {
                    vm.dict_set(dd, k, x)?;
                }
            }
        }
    }
    Ok(Value::None)
}

/// The getter of a class's `__weakref__` descriptor (no weak references yet).
pub fn weakref_get(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::None)
}

/// `f.__call__(*args, **kw)` of the builtin callable kinds.
fn dunder_call(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(f) = args.first() else {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    };
    if let Some(Payload::StaticMethod(inner)) = f.payload() {
        let inner = inner.borrow().clone();
        return vm.call(&inner, &args[1..], kw);
    }
    vm.call(f, &args[1..], kw)
}

fn object_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(first) = args.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    let cls = match first {
        Value::Obj(c) if matches!(c.payload, Payload::Type(_)) => c,
        _ => {
            return Err(vm.type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                vm.type_name(first)
            )))
        }
    };
    if !matches!(cls.payload, Payload::Type(_)) {
        return Err(vm.type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            vm.type_name(&args[0])
        )));
    }
    if args.len() > 1 {
        let own_new = vm
            .lookup_in_type_str(cls, "__new__")
            .is_some_and(|f| !is_native_of_object(&f, "__new__"));
        let own_init = vm
            .lookup_in_type_str(cls, "__init__")
            .is_some_and(|f| !is_native_of_object(&f, "__init__"));
        if own_new || !own_init {
            return Err(vm.type_error(if own_new {
                "object.__new__() takes exactly one argument (the type to instantiate)".to_string()
            } else {
                format!("{}() takes no arguments", type_data(cls).name.borrow())
            }));
        }
    }
    if let Some(base) = unsafe_new_base(vm, cls) {
        return Err(vm.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            type_data(cls).name.borrow(),
            type_data(&base).name.borrow()
        )));
    }
    if type_data(cls).base_kind == crate::object::BaseKind::Exception {
        return Ok(Value::Obj(vm.new_exception(cls, vec![])));
    }
    Ok(Value::obj(Payload::Instance(crate::object::Instance::new(
        cls.clone(),
        crate::object::ObjRef::new(crate::object::Object::new(Payload::Dict(
            crate::dict::Dict::new(),
        ))),
    ))))
}

/// For `object.__new__(cls)`: the class CPython names when a builtin base's `__new__`
/// must make `cls`'s instances instead: the first class up the MRO whose `__new__` is not
/// a Python one, when that `__new__` is not object's.
fn unsafe_new_base(vm: &Vm, cls: &ObjRef) -> Option<ObjRef> {
    let python = |f: &Value| match f.payload() {
        Some(Payload::Function(_)) => true,
        Some(Payload::StaticMethod(f)) => {
            matches!(f.borrow().payload(), Some(Payload::Function(_)))
        }
        _ => false,
    };
    let mro = type_data(cls).mro.borrow().clone();
    for c in mro {
        let new = vm.lookup_in_type(&c, &vm.names.new)?;
        if !python(&new) {
            return (!is_native_of_object(&new, "__new__")).then_some(c);
        }
    }
    None
}

fn object_init(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() > 1 {
        let ty = vm.type_of(&args[0]);
        let own_init = vm
            .lookup_in_type_str(&ty, "__init__")
            .is_some_and(|f| !is_native_of_object(&f, "__init__"));
        let own_new = vm
            .lookup_in_type_str(&ty, "__new__")
            .is_some_and(|f| !is_native_of_object(&f, "__new__"));
        if own_init {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !own_new {
            return Err(vm.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                type_data(&ty).name.borrow()
            )));
        }
    }
    Ok(Value::None)
}

fn is_native_of_object(f: &Value, name: &str) -> bool {
    matches!(f.payload(), Some(Payload::Native(n)) if n.name == name && n.owner == Some("object"))
}

fn setattr(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [o, name, v] = Args::new("__setattr__", args, kw).positional_only(vm, 3)?;
    not_a_type(vm, &o, "__setattr__")?;
    let name = attr_name(vm, &name)?;
    vm.object_setattr(&o, &name, v)?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [o, name] = Args::new("__delattr__", args, kw).positional_only(vm, 2)?;
    not_a_type(vm, &o, "__delattr__")?;
    let name = attr_name(vm, &name)?;
    vm.object_delattr(&o, &name)?;
    Ok(Value::None)
}

fn getattribute(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [o, name] = Args::new("__getattribute__", args, kw).positional_only(vm, 2)?;
    let name = attr_name(vm, &name)?;
    match vm.object_getattribute(&o, &name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(&o, &name)),
    }
}

/// `type.__setattr__(cls, name, value)`: a class attribute store, also reached through
/// `super()` from a metaclass's own `__setattr__`.
fn type_setattr(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [o, name, v] = Args::new("__setattr__", args, kw).positional_only(vm, 3)?;
    super::builtin_self(vm, args, super::Descr::Slot, "__setattr__", "type", |p| {
        matches!(p, Payload::Type(_))
    })?;
    let name = attr_name(vm, &name)?;
    vm.object_setattr(&o, &name, v)?;
    Ok(Value::None)
}

/// `type.__delattr__(cls, name)`.
fn type_delattr(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [o, name] = Args::new("__delattr__", args, kw).positional_only(vm, 2)?;
    super::builtin_self(vm, args, super::Descr::Slot, "__delattr__", "type", |p| {
        matches!(p, Payload::Type(_))
    })?;
    let name = attr_name(vm, &name)?;
    vm.object_delattr(&o, &name)?;
    Ok(Value::None)
}

/// `object.__setattr__`/`__delattr__` refuse a type object, whose own (`type`'s) slot must
/// be used (CPython's "hackcheck").
fn not_a_type(vm: &Vm, o: &Value, what: &str) -> PyResult<()> {
    if let Some(Payload::Type(_)) = o.payload() {
        return Err(vm.type_error(format!(
            "can't apply this {what} to {} object",
            vm.type_name(o)
        )));
    }
    Ok(())
}

fn attr_name(vm: &Vm, n: &Value) -> PyResult<Value> {
    match n.as_str() {
        Some(s) => Ok(vm.intern(s)),
        None => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(n)
        ))),
    }
}

fn eq(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [a, b] = Args::new("__eq__", args, kw).positional_only(vm, 2)?;
    Ok(if a.is(&b) {
        Value::Bool(true)
    } else {
        vm.not_implemented.clone()
    })
}

fn ne(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [a, b] = Args::new("__ne__", args, kw).positional_only(vm, 2)?;
    let r = vm
        .call_special(&a, "__eq__", &[b])?
        .unwrap_or_else(|| vm.not_implemented.clone());
    if r.is(&vm.not_implemented) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.truthy(&r)?))
}

fn not_implemented(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

fn hash(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [a] = Args::new("__hash__", args, kw).positional_only(vm, 1)?;
    Ok(Value::Int(a.id() >> 4))
}

fn repr(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [a] = Args::new("__repr__", args, kw).positional_only(vm, 1)?;
    Ok(vm.new_str(super::default_repr(vm, &a)))
}

fn str(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [a] = Args::new("__str__", args, kw).positional_only(vm, 1)?;
    vm.repr(&a)
}

fn format(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [a, spec] = Args::new("__format__", args, kw).positional_only(vm, 2)?;
    if spec.as_str().is_some_and(|s| !s.is_empty()) {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&a)
        )));
    }
    vm.str(&a)
}

fn dir(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [a] = Args::new("__dir__", args, kw).positional_only(vm, 1)?;
    let names = vm.object_dir(&a)?;
    Ok(vm.new_list(names))
}

/// `object.__init_subclass__(cls)`: does nothing, and takes no arguments (a keyword a
/// class statement passed that no `__init_subclass__` consumed ends here).
fn init_subclass(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => {
            crate::types::type_data(c).name.borrow().to_string()
        }
        _ => "object".to_string(),
    };
    if !kw.is_empty() {
        return Err(vm.type_error(format!(
            "{cls}.__init_subclass__() takes no keyword arguments"
        )));
    }
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "{cls}.__init_subclass__() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(Value::None)
}

fn subclasshook(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

fn mro(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(Payload::Type(t)) = args.first().and_then(|a| a.payload()) else {
        return Err(vm.type_error("descriptor 'mro' requires a 'type' object"));
    };
    let items = t
        .mro
        .borrow()
        .iter()
        .map(|c| Value::Obj(c.clone()))
        .collect();
    Ok(vm.new_list(items))
}

impl Vm {
    /// The names `dir(o)` lists (unsorted, deduplicated).
    /// `object.__dir__(o)`: for an instance of a Python class, the keys of its `__dict__`
    /// and the names of its `__class__`, both read as attributes (a class may answer them
    /// itself: a proxy names its referent's); other objects as [`Vm::dir_names`].
    pub fn object_dir(&mut self, o: &Value) -> PyResult<Vec<Value>> {
        if !matches!(o.payload(), Some(Payload::Instance(_))) {
            return Ok(self.dir_names(o));
        }
        let mut names: Vec<Value> = Vec::new();
        if let Some(d) = self.getattr_opt(o, &self.intern("__dict__"))? {
            if let Some(Payload::Dict(d)) = d.payload() {
                names.extend(d.keys());
            }
        }
        if let Some(cls) = self.getattr_opt(o, &self.intern("__class__"))? {
            if matches!(cls.payload(), Some(Payload::Type(_))) {
                names.extend(self.dir_names(&cls));
            }
        }
        let mut seen = std::collections::HashSet::new();
        names.retain(|n| n.as_str().is_some_and(|s| seen.insert(s.to_string())));
        Ok(names)
    }

    pub fn dir_names(&mut self, o: &Value) -> Vec<Value> {
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        // `object.__class__` is a descriptor in CPython: every object lists it.
        seen.insert("__class__".to_string());
        out.push(self.intern("__class__"));
        let mut add = |d: &crate::object::ObjRef| {
            if let Payload::Dict(d) = &d.payload {
                for k in d.keys() {
                    if let Some(s) = k.as_str() {
                        if seen.insert(s.to_string()) {
                            out.push(k.clone());
                        }
                    }
                }
            }
        };
        match o.payload() {
            Some(Payload::Module(m)) => add(&m.dict),
            Some(Payload::Type(t)) => {
                for c in t.mro.borrow().iter() {
                    add(&type_data(c).dict);
                }
            }
            _ => {
                if let Some(d) = self.instance_dict(o) {
                    add(&d);
                }
                let ty = self.type_of(o);
                for c in type_data(&ty).mro.borrow().iter() {
                    add(&type_data(c).dict);
                }
            }
        }
        out
    }
}
