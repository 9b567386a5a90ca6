//! The attribute protocol: `getattr`/`setattr`/`delattr` with CPython's precedence (data
//! descriptors, the instance dict, class attributes, `__getattr__`), `super()` lookup and
//! method loading without bound-method allocation.

use crate::object::{ObjRef, Payload};
use crate::types::type_data;
use crate::value::Value;
use crate::{PyResult, Vm};

impl Vm {
    /// Looks up an attribute on an object: data descriptors on the type, the instance dict,
    /// then other type attributes (bound as methods), then `__getattr__`.
    pub fn getattr(&mut self, o: &Value, name: &Value) -> PyResult<Value> {
        match self.getattr_opt(o, name)? {
            Some(v) => Ok(v),
            None => Err(self.attribute_error(o, name)),
        }
    }

    /// As [`Vm::getattr`], `None` instead of AttributeError for a missing attribute.
    pub fn getattr_opt(&mut self, o: &Value, name: &Value) -> PyResult<Option<Value>> {
        if let Some(Payload::Instance(inst)) = o.payload() {
            if let Some(ga) = self.lookup_in_type(&inst.cls, &self.names.getattribute) {
                if matches!(ga.payload(), Some(Payload::Function(_))) {
                    let r = self.call(&ga, &[o.clone(), name.clone()], &[]).map(Some);
                    return self.getattr_fallback(o, name, r);
                }
            }
        }
        self.getattr_generic(o, name)
    }

    /// `object.__getattribute__` followed by `__getattr__`.
    pub fn getattr_generic(&mut self, o: &Value, name: &Value) -> PyResult<Option<Value>> {
        let r = self.object_getattribute(o, name);
        self.getattr_fallback(o, name, r)
    }

    /// What `__getattribute__` gave (`Ok(None)`: nothing found), or when it found nothing or
    /// raised AttributeError, the class's `__getattr__` (for instances).
    fn getattr_fallback(
        &mut self,
        o: &Value,
        name: &Value,
        found: PyResult<Option<Value>>,
    ) -> PyResult<Option<Value>> {
        let missing = match &found {
            Ok(found) => found.is_none(),
            Err(e) => self.exc_matches(e, &self.exc.attribute_error.clone()),
        };
        let of_python_class = matches!(o, Value::Obj(x) if x.ext().is_some())
            || matches!(
                o.payload(),
                Some(Payload::Instance(_) | Payload::Exception(_) | Payload::Type(_))
            );
        if missing && of_python_class {
            let ty = self.type_of(o);
            if let Some(ga) = self.lookup_in_type(&ty, &self.names.getattr) {
                return self.call(&ga, &[o.clone(), name.clone()], &[]).map(Some);
            }
        }
        found
    }

    /// A module's `__spec__` and `__loader__`, made when first asked for (the import system
    /// does not build them: most programs never look) by `importlib.machinery` from what
    /// the module has, and stored in its namespace.
    fn module_spec_attr(
        &mut self,
        m: &Value,
        dict: &ObjRef,
        name: &Value,
    ) -> PyResult<Option<Value>> {
        let Payload::Dict(d) = &dict.payload else {
            return Ok(None);
        };
        // Set first: the helper reads `__loader__` back (no second round through here).
        d.set_str(self.intern("__loader__"), Value::None);
        let mname = self.getattr(m, &self.intern("__name__"))?;
        self.set_spec_of_loaded(mname, m)?;
        Ok(d.get_str(name))
    }

    /// `importlib.machinery._spec_of_loaded(name, module)`: sets the module's `__spec__`
    /// (named `name`) and `__loader__` from what it has.
    pub(crate) fn set_spec_of_loaded(&mut self, name: Value, module: &Value) -> PyResult<()> {
        let fromlist = self.new_tuple(vec![self.new_str("_spec_of_loaded")]);
        let machinery = self.import_name(
            &self.new_str("importlib.machinery"),
            &fromlist,
            &Value::Int(0),
        )?;
        let make = self.getattr(&machinery, &self.intern("_spec_of_loaded"))?;
        self.call(&make, &[name, module.clone()], &[])?;
        Ok(())
    }

    /// `object.__getattribute__`: data descriptors of the type, the instance dict, other
    /// class attributes; `Ok(None)` when there is no such attribute.
    pub fn object_getattribute(&mut self, o: &Value, name: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(obj) = o {
            match &obj.payload {
                Payload::Module(m) => {
                    if let Payload::Dict(d) = &m.dict.payload {
                        if let Some(v) = d.get_str(name) {
                            return Ok(Some(v));
                        }
                    }
                    if name.as_str() == Some("__dict__") {
                        return Ok(Some(Value::Obj(m.dict.clone())));
                    }
                    if matches!(name.as_str(), Some("__spec__" | "__loader__")) {
                        return self.module_spec_attr(o, &m.dict, name);
                    }
                    if name.is(&self.names.class) {
                        return Ok(Some(Value::Obj(self.type_of(o))));
                    }
                    // The module type's own attributes (`__repr__`, `__dir__`, a subclass's).
                    let ty = self.type_of(o);
                    if let Some(attr) = self.lookup_in_type(&ty, name) {
                        return Ok(Some(self.bind(attr, o, &ty)?));
                    }
                    // PEP 562: the module's own `__getattr__` for what it lacks.
                    let hook = match &m.dict.payload {
                        Payload::Dict(d) => d.get_str(&self.intern("__getattr__")),
                        _ => None,
                    };
                    return match hook {
                        Some(h) => self.call(&h, std::slice::from_ref(name), &[]).map(Some),
                        None => Ok(None),
                    };
                }
                Payload::Type(_) => return self.type_getattr(obj, name),
                Payload::Super { cls, this } => {
                    if let Some(v) = self.super_getattr(cls, this, name)? {
                        return Ok(Some(v));
                    }
                }
                _ => {}
            }
        }
        let ty = self.type_of(o);
        let found = self.lookup_in_type(&ty, name);
        if let Some(attr) = &found {
            if let Some(r) = self.data_descriptor_get(attr, o)? {
                return Ok(Some(r));
            }
        }
        if let Some(d) = self.instance_dict(o) {
            if let Payload::Dict(d) = &d.payload {
                if let Some(v) = d.get_str(name) {
                    return Ok(Some(v));
                }
            }
        }
        if let Some(attr) = found {
            return Ok(Some(self.bind(attr, o, &ty)?));
        }
        crate::objects::special_attr(self, o, name)
    }

    /// `super(cls, this).name`: the MRO of `this` (or of `this` itself when it is a class)
    /// after `cls`, bound to `this`.
    pub(crate) fn super_getattr(
        &mut self,
        cls: &ObjRef,
        this: &Value,
        name: &Value,
    ) -> PyResult<Option<Value>> {
        let (start_ty, this_is_type) = self.super_start(cls, this);
        let Some(attr) = self.super_lookup(cls, this, name) else {
            return Ok(None);
        };
        Ok(Some(match attr.payload() {
            Some(Payload::ClassMethod(f)) => Value::obj(Payload::BoundMethod {
                func: f.borrow().clone(),
                this: Value::Obj(start_ty.clone()),
            }),
            Some(Payload::Native(n)) if n.kind == crate::object::NativeKind::ClassMethod => {
                Value::obj(Payload::BoundMethod {
                    func: attr.clone(),
                    this: Value::Obj(start_ty.clone()),
                })
            }
            Some(Payload::StaticMethod(f)) => f.borrow().clone(),
            Some(Payload::Native(n)) if n.kind == crate::object::NativeKind::StaticMethod => attr,
            _ if this_is_type => attr,
            _ => self.bind(attr, this, &start_ty)?,
        }))
    }

    /// The class whose MRO `super(cls, this)` searches, and whether that is `this` itself.
    fn super_start(&self, cls: &ObjRef, this: &Value) -> (ObjRef, bool) {
        match this {
            Value::Obj(o) if matches!(o.payload, Payload::Type(_)) && self.is_subtype(o, cls) => {
                (o.clone(), true)
            }
            _ => (self.type_of(this), false),
        }
    }

    /// The class attribute `name` that `super(cls, this)` finds: in the MRO of `this`'s
    /// class (or of `this`, a class) after `cls`, unbound.
    fn super_lookup(&self, cls: &ObjRef, this: &Value, name: &Value) -> Option<Value> {
        let (start_ty, _) = self.super_start(cls, this);
        let mro = type_data(&start_ty).mro.borrow();
        let pos = mro.iter().position(|c| ObjRef::ptr_eq(c, cls))?;
        mro[pos + 1..]
            .iter()
            .find_map(|c| match &type_data(c).dict.payload {
                Payload::Dict(d) => d.get_str(name),
                _ => None,
            })
    }

    /// The `__dict__` of an instance-like object.
    pub fn instance_dict(&self, o: &Value) -> Option<ObjRef> {
        if let Value::Obj(obj) = o {
            if let Some(e) = obj.ext() {
                return Some(e.dict.clone());
            }
        }
        match o.payload()? {
            Payload::Instance(i) => Some(i.dict.clone()),
            Payload::Exception(x) => Some(x.dict.clone()),
            Payload::Function(f) => f.dict.borrow().clone(),
            _ => None,
        }
    }

    /// Whether `o` may hold attribute `name`: always, unless its class has `__slots__`
    /// all the way up (then only the declared names).
    pub fn slot_allowed(&self, o: &Value, name: &Value) -> bool {
        let ty = self.type_of(o);
        let slots = type_data(&ty).slots.borrow();
        match &*slots {
            None => true,
            Some(names) => {
                let n = name.as_str().unwrap_or("");
                names.iter().any(|s| &**s == n)
            }
        }
    }

    /// Whether instances of `o`'s class have a `__dict__`.
    pub fn has_instance_dict(&self, o: &Value) -> bool {
        let ty = self.type_of(o);
        let r = type_data(&ty).slots.borrow().is_none();
        r
    }

    /// A property's getter result (data descriptors win over the instance dict).
    pub(crate) fn data_descriptor_get(
        &mut self,
        attr: &Value,
        o: &Value,
    ) -> PyResult<Option<Value>> {
        match attr.payload() {
            Some(Payload::Member(m)) => Ok(Some(crate::objects::member::get(self, m, o)?)),
            Some(Payload::Property(p)) => {
                let fget = &p.fget;
                if fget.is_none() {
                    return Err(crate::objects::descriptor::missing_accessor(
                        self, p, o, "getter",
                    ));
                }
                let fget = fget.clone();
                Ok(Some(self.call(&fget, std::slice::from_ref(o), &[])?))
            }
            Some(Payload::Instance(_)) => {
                let aty = self.type_of(attr);
                if self.lookup_in_type(&aty, &self.names.set).is_some()
                    || self.lookup_in_type(&aty, &self.names.delete).is_some()
                {
                    if let Some(get) = self.lookup_in_type(&aty, &self.names.get) {
                        let oty = Value::Obj(self.type_of(o));
                        return Ok(Some(self.call(
                            &get,
                            &[attr.clone(), o.clone(), oty],
                            &[],
                        )?));
                    }
                }
                Ok(None)
            }
            _ => Ok(None),
        }
    }

    /// Binds a class attribute found for instance `o` (functions become bound methods).
    pub(crate) fn bind(&mut self, attr: Value, o: &Value, ty: &ObjRef) -> PyResult<Value> {
        Ok(match attr.payload() {
            Some(Payload::Function(_)) => Value::obj(Payload::BoundMethod {
                func: attr.clone(),
                this: o.clone(),
            }),
            Some(Payload::Native(n)) => match n.kind {
                crate::object::NativeKind::Method => Value::obj(Payload::BoundMethod {
                    func: attr.clone(),
                    this: o.clone(),
                }),
                crate::object::NativeKind::ClassMethod => Value::obj(Payload::BoundMethod {
                    func: attr.clone(),
                    this: Value::Obj(ty.clone()),
                }),
                _ => attr,
            },
            Some(Payload::StaticMethod(f)) => f.borrow().clone(),
            Some(Payload::ClassMethod(f)) => Value::obj(Payload::BoundMethod {
                func: f.borrow().clone(),
                this: Value::Obj(ty.clone()),
            }),
            // Data descriptors, when reached here (`super().x`), still get.
            Some(Payload::Property(_) | Payload::Member(_)) => {
                self.data_descriptor_get(&attr, o)?.unwrap_or(attr)
            }
            Some(Payload::Instance(_)) => {
                let aty = self.type_of(&attr);
                match self.lookup_in_type_str(&aty, "__get__") {
                    Some(get) => self.call(
                        &get,
                        &[attr.clone(), o.clone(), Value::Obj(ty.clone())],
                        &[],
                    )?,
                    None => attr,
                }
            }
            _ => attr,
        })
    }

    /// Attribute lookup on a class: the MRO (class methods bind to the class; functions stay
    /// plain), then the metaclass.
    pub(crate) fn type_getattr(&mut self, cls: &ObjRef, name: &Value) -> PyResult<Option<Value>> {
        // The metatype's data descriptors win over the class namespace.
        if matches!(
            name.as_str(),
            Some("__dict__" | "__name__" | "__qualname__" | "__mro__" | "__bases__")
        ) {
            let v = Value::Obj(cls.clone());
            if let Some(x) = crate::objects::special_attr(self, &v, name)? {
                return Ok(Some(x));
            }
        }
        // A Python metaclass's data descriptors (a property defined on it) come next.
        if let Some(meta) = &crate::types::type_data(cls).metaclass {
            if let Some(attr) = self.lookup_in_type(meta, name) {
                let clsv = Value::Obj(cls.clone());
                if let Some(v) = self.data_descriptor_get(&attr, &clsv)? {
                    return Ok(Some(v));
                }
            }
        }
        if let Some(v) = self.lookup_in_type(cls, name) {
            return Ok(Some(match v.payload() {
                Some(Payload::StaticMethod(f)) => f.borrow().clone(),
                Some(Payload::ClassMethod(f)) => Value::obj(Payload::BoundMethod {
                    func: f.borrow().clone(),
                    this: Value::Obj(cls.clone()),
                }),
                Some(Payload::Native(n)) if n.kind == crate::object::NativeKind::ClassMethod => {
                    Value::obj(Payload::BoundMethod {
                        func: v.clone(),
                        this: Value::Obj(cls.clone()),
                    })
                }
                Some(Payload::Instance(_)) => {
                    let aty = self.type_of(&v);
                    match self.lookup_in_type_str(&aty, "__get__") {
                        Some(get) => self.call(
                            &get,
                            &[v.clone(), Value::None, Value::Obj(cls.clone())],
                            &[],
                        )?,
                        None => v,
                    }
                }
                _ => v,
            }));
        }
        let v = Value::Obj(cls.clone());
        if let Some(x) = crate::objects::special_attr(self, &v, name)? {
            return Ok(Some(x));
        }
        let meta = self.type_of(&v);
        if let Some(attr) = self.lookup_in_type(&meta, name) {
            return Ok(Some(self.bind(attr, &v, &meta)?));
        }
        Ok(None)
    }

    /// `LoadMethod`: `(function, self)` without making a bound method when possible.
    pub fn load_method(&mut self, o: &Value, name: &Value) -> PyResult<(Value, Value)> {
        if let Some(Payload::Super { cls, this }) = o.payload() {
            // `super().method(...)` on an instance: the function and `this`, unbound.
            if let Some(attr) = self.super_lookup(cls, this, name) {
                if matches!(attr.payload(), Some(Payload::Function(_)))
                    && !self.super_start(cls, this).1
                {
                    return Ok((attr, this.clone()));
                }
            }
        }
        if !matches!(
            o.payload(),
            Some(Payload::Type(_) | Payload::Module(_) | Payload::Super { .. })
        ) {
            let ty = self.type_of(o);
            let custom_get = matches!(o.payload(), Some(Payload::Instance(_)))
                && matches!(
                    self.lookup_in_type(&ty, &self.names.getattribute)
                        .as_ref()
                        .and_then(|m| m.payload()),
                    Some(Payload::Function(_))
                );
            if let Some(attr) = self.lookup_in_type(&ty, name).filter(|_| !custom_get) {
                let plain = match attr.payload() {
                    Some(Payload::Function(_)) => true,
                    Some(Payload::Native(n)) => n.kind == crate::object::NativeKind::Method,
                    _ => false,
                };
                if plain {
                    let shadowed = match self.instance_dict(o) {
                        Some(d) => self.dict_of(&d).and_then(|d| d.get_str(name)).is_some(),
                        None => false,
                    };
                    if !shadowed {
                        return Ok((attr, o.clone()));
                    }
                }
            }
        }
        Ok((self.getattr(o, name)?, Value::Null))
    }

    /// `o.name = v`: a Python-level `__setattr__` of the type (a metaclass's, for a class),
    /// else [`Vm::object_setattr`].
    pub fn setattr(&mut self, o: &Value, name: &Value, v: Value) -> PyResult<()> {
        if let Some(hook) = self.attr_hook(o, &self.names.setattr.clone()) {
            self.call(&hook, &[o.clone(), name.clone(), v], &[])?;
            return Ok(());
        }
        self.object_setattr(o, name, v)
    }

    /// `del o.name`: a Python-level `__delattr__`, else [`Vm::object_delattr`].
    pub fn delattr(&mut self, o: &Value, name: &Value) -> PyResult<()> {
        if let Some(hook) = self.attr_hook(o, &self.intern("__delattr__")) {
            self.call(&hook, &[o.clone(), name.clone()], &[])?;
            return Ok(());
        }
        self.object_delattr(o, name)
    }

    /// The `__setattr__`/`__delattr__` a class or metaclass defines in Python, if any.
    fn attr_hook(&self, o: &Value, hook: &Value) -> Option<Value> {
        if !matches!(
            o.payload(),
            Some(Payload::Instance(_) | Payload::Exception(_) | Payload::Type(_))
        ) {
            return None;
        }
        let ty = self.type_of(o);
        self.lookup_in_type(&ty, hook)
            .filter(|h| !matches!(h.payload(), Some(Payload::Native(_))))
    }

    /// A data descriptor of `o`'s type named `name`, asked to set (`v` Some) or delete the
    /// attribute. `Ok(false)`: there is none, the instance itself holds the attribute.
    fn descriptor_set(&mut self, o: &Value, name: &Value, v: Option<Value>) -> PyResult<bool> {
        let ty = self.type_of(o);
        let Some(attr) = self.lookup_in_type(&ty, name) else {
            return Ok(false);
        };
        let n = name.as_str().unwrap_or("?");
        match attr.payload() {
            Some(Payload::Member(m)) => {
                crate::objects::member::set(self, m, o, v)?;
                Ok(true)
            }
            Some(Payload::Property(p)) => {
                let f = if v.is_some() { &p.fset } else { &p.fdel };
                if f.is_none() {
                    let native = matches!(p.fget.payload(), Some(Payload::Native(_)));
                    let msg = match (native, v.is_some()) {
                        // A builtin type's getset descriptor.
                        (true, true) => format!(
                            "attribute '{n}' of '{}' objects is not writable",
                            self.type_name(o)
                        ),
                        (_, set) => {
                            let what = if set { "setter" } else { "deleter" };
                            return Err(crate::objects::descriptor::missing_accessor(
                                self, p, o, what,
                            ));
                        }
                    };
                    return Err(self.new_error(&self.exc.attribute_error.clone(), msg));
                }
                let f = f.clone();
                match v {
                    Some(v) => self.call(&f, &[o.clone(), v], &[])?,
                    None => self.call(&f, std::slice::from_ref(o), &[])?,
                };
                Ok(true)
            }
            Some(Payload::Instance(_)) => {
                let aty = self.type_of(&attr);
                let set = self.lookup_in_type(&aty, &self.names.set);
                let delete = self.lookup_in_type(&aty, &self.names.delete);
                if set.is_none() && delete.is_none() {
                    return Ok(false);
                }
                let (method, what) = match &v {
                    Some(_) => (set, "__set__"),
                    None => (delete, "__delete__"),
                };
                let Some(method) = method else {
                    return Err(self.new_error(&self.exc.attribute_error.clone(), what));
                };
                match v {
                    Some(v) => self.call(&method, &[attr.clone(), o.clone(), v], &[])?,
                    None => self.call(&method, &[attr.clone(), o.clone()], &[])?,
                };
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// `object.__setattr__`: a data descriptor of the type, else the object's own storage.
    pub fn object_setattr(&mut self, o: &Value, name: &Value, v: Value) -> PyResult<()> {
        if self.descriptor_set(o, name, Some(v.clone()))? {
            return Ok(());
        }
        self.generic_setattr(o, name, v)
    }

    /// `object.__setattr__`: stores into the instance dict.
    pub fn generic_setattr(&mut self, o: &Value, name: &Value, v: Value) -> PyResult<()> {
        match o.payload() {
            Some(Payload::Type(t)) if t.heap => {
                if name.as_str() == Some("__bases__") {
                    let Value::Obj(cls) = o else { return Ok(()) };
                    return self.set_bases(cls, &v);
                }
                // `__name__` and `__qualname__` are the type's own fields (data descriptors
                // of `type`), not entries of its namespace.
                match (name.as_str(), v.as_str()) {
                    (Some("__name__"), Some(s)) => *t.name.borrow_mut() = s.into(),
                    (Some("__qualname__"), Some(s)) => *t.qualname.borrow_mut() = s.into(),
                    (Some("__name__" | "__qualname__"), None) => {
                        return Err(self.type_error(format!(
                            "can only assign string to {}.{}, not '{}'",
                            t.name.borrow(),
                            name.as_str().unwrap_or("?"),
                            self.type_name(&v)
                        )));
                    }
                    _ => {
                        if name.as_str() == Some("__module__") {
                            // Kept in the namespace and in the field the repr reads.
                            *t.module.borrow_mut() = v.clone();
                        }
                        if let Payload::Dict(d) = &t.dict.payload {
                            d.set_str(name.clone(), v);
                        }
                    }
                }
                if let Value::Obj(cls) = o {
                    self.type_modified(cls);
                }
                if name.as_str() == Some("__del__") {
                    self.mark_may_finalize(o);
                }
                Ok(())
            }
            Some(Payload::Function(f)) => {
                let check = |vm: &Vm, ok: bool, what: &str| -> PyResult<()> {
                    if ok {
                        Ok(())
                    } else {
                        let n = name.as_str().unwrap_or("?");
                        Err(vm.type_error(format!("{n} must be set to a {what} object")))
                    }
                };
                let is_tuple = matches!(v.payload(), Some(Payload::Tuple(_)));
                let is_dict = matches!(v.payload(), Some(Payload::Dict(_)));
                match name.as_str() {
                    Some("__name__" | "__qualname__") => {
                        check(self, v.as_str().is_some(), "string")?
                    }
                    Some("__defaults__") => check(self, v.is_none() || is_tuple, "tuple")?,
                    Some("__kwdefaults__" | "__annotations__") => {
                        check(self, v.is_none() || is_dict, "dict")?
                    }
                    Some("__globals__" | "__closure__" | "__builtins__") => {
                        return Err(
                            self.new_error(&self.exc.attribute_error.clone(), "readonly attribute")
                        )
                    }
                    Some("__dict__") if !is_dict => {
                        return Err(self.type_error(format!(
                            "__dict__ must be set to a dictionary, not a '{}'",
                            self.type_name(&v)
                        )))
                    }
                    _ => {}
                }
                match name.as_str() {
                    Some("__dict__") => {
                        if let Value::Obj(d) = &v {
                            *f.dict.borrow_mut() = Some(d.clone());
                        }
                    }
                    Some("__name__") => *f.name.borrow_mut() = v,
                    Some("__qualname__") => *f.qualname.borrow_mut() = v,
                    Some("__doc__") => *f.doc.borrow_mut() = v,
                    Some("__defaults__") => *f.defaults.borrow_mut() = v,
                    Some("__kwdefaults__") => *f.kwdefaults.borrow_mut() = v,
                    Some("__module__") => *f.module.borrow_mut() = v,
                    Some("__annotations__") => *f.annotations.borrow_mut() = v,
                    _ => {
                        let d = f
                            .dict
                            .borrow_mut()
                            .get_or_insert_with(|| {
                                crate::object::ObjRef::new(crate::object::Object::new(
                                    Payload::Dict(crate::dict::Dict::new()),
                                ))
                            })
                            .clone();
                        if let Payload::Dict(d) = &d.payload {
                            d.set_str(name.clone(), v);
                        }
                    }
                }
                Ok(())
            }
            Some(Payload::Module(m)) => {
                if let Payload::Dict(d) = &m.dict.payload {
                    d.set_str(name.clone(), v);
                }
                Ok(())
            }
            Some(Payload::Cell(c)) if name.as_str() == Some("cell_contents") => {
                *c.borrow_mut() = v;
                Ok(())
            }
            Some(Payload::Exception(x)) if name.as_str() == Some("__traceback__") => {
                if v.is_none() {
                    x.traceback.borrow_mut().clear();
                }
                Ok(())
            }
            Some(Payload::Exception(x)) if name.as_str() == Some("__cause__") => {
                if !v.is_none() && !matches!(v.payload(), Some(Payload::Exception(_))) {
                    return Err(self
                        .type_error("exception cause must be None or derive from BaseException"));
                }
                *x.cause.borrow_mut() = v;
                x.suppress_context.set(true);
                Ok(())
            }
            Some(Payload::Exception(x)) if name.as_str() == Some("__context__") => {
                if !v.is_none() && !matches!(v.payload(), Some(Payload::Exception(_))) {
                    return Err(self.type_error(
                        "exception context must be None or derive from BaseException",
                    ));
                }
                *x.context.borrow_mut() = v;
                Ok(())
            }
            Some(Payload::Exception(x)) if name.as_str() == Some("__suppress_context__") => {
                x.suppress_context.set(matches!(v, Value::Bool(true)));
                Ok(())
            }
            // An exception group's `message` and `exceptions` are read-only members.
            Some(Payload::Exception(_))
                if matches!(name.as_str(), Some("message" | "exceptions"))
                    && o.as_obj().is_some_and(|e| self.is_exception_group(e)) =>
            {
                Err(self.new_error(&self.exc.attribute_error.clone(), "readonly attribute"))
            }
            Some(Payload::Exception(x)) if name.as_str() == Some("args") => {
                let t = self.collect(&v)?;
                *x.args.borrow_mut() = self.new_tuple(t);
                Ok(())
            }
            _ => match self.instance_dict(o) {
                Some(d) => {
                    if !self.slot_allowed(o, name) {
                        let n = name.as_str().unwrap_or("?");
                        let ty = self.type_of(o);
                        let what = if self.lookup_in_type(&ty, name).is_some() {
                            format!(
                                "'{}' object attribute '{n}' is read-only",
                                self.type_name(o)
                            )
                        } else {
                            format!("'{}' object has no attribute '{n}'", self.type_name(o))
                        };
                        return Err(self.new_error(&self.exc.attribute_error.clone(), what));
                    }
                    if let Payload::Dict(d) = &d.payload {
                        d.set_str(name.clone(), v);
                    }
                    Ok(())
                }
                None => {
                    let n = name.as_str().unwrap_or("?");
                    let msg = match o.payload() {
                        Some(Payload::Type(t)) => return Err(immutable_type_error(self, t, n)),
                        _ => {
                            let ty = self.type_of(o);
                            if self.lookup_in_type(&ty, name).is_some() {
                                format!(
                                    "'{}' object attribute '{n}' is read-only",
                                    self.type_name(o)
                                )
                            } else {
                                format!("'{}' object has no attribute '{n}'", self.type_name(o))
                            }
                        }
                    };
                    Err(self.new_error(&self.exc.attribute_error.clone(), msg))
                }
            },
        }
    }

    /// `C.__bases__ = (...)`: new bases (non-empty, classes whose instances are made the
    /// same way), then the MRO of the class and of its subclasses recomputed.
    fn set_bases(&mut self, cls: &ObjRef, v: &Value) -> PyResult<()> {
        let cname = type_data(cls).name.borrow().clone();
        let items = match v.payload() {
            Some(Payload::Tuple(t)) if !t.is_empty() => t.to_vec(),
            _ => {
                return Err(self.type_error(format!(
                    "can only assign non-empty tuple to {cname}.__bases__, not {}",
                    self.type_name(v)
                )))
            }
        };
        let mut bases = Vec::with_capacity(items.len());
        for b in &items {
            match b {
                Value::Obj(t) if matches!(t.payload, Payload::Type(_)) => {
                    if self.is_subtype(t, cls) {
                        return Err(self.type_error(
                            "a __bases__ item causes an inheritance cycle".to_string(),
                        ));
                    }
                    bases.push(t.clone());
                }
                _ => {
                    return Err(self.type_error(format!(
                        "{cname}.__bases__ must be tuple of classes, not '{}'",
                        self.type_name(b)
                    )))
                }
            }
        }
        let kind = type_data(cls).base_kind;
        if let Some(b) = bases.iter().find(|b| type_data(b).base_kind != kind) {
            return Err(self.type_error(format!(
                "__bases__ assignment: '{}' object layout differs from '{cname}'",
                type_data(b).name.borrow()
            )));
        }
        let old = std::mem::replace(&mut *type_data(cls).bases.borrow_mut(), bases.clone());
        match self.compute_mro(cls, &bases) {
            Ok(mro) => *type_data(cls).mro.borrow_mut() = mro,
            Err(e) => {
                *type_data(cls).bases.borrow_mut() = old;
                return Err(e);
            }
        }
        // Subclasses, parents before children (the registry is in creation order).
        let subs: Vec<ObjRef> = self.subclasses.iter().filter_map(|w| w.upgrade()).collect();
        for sub in subs {
            let td = type_data(&sub);
            if ObjRef::ptr_eq(&sub, cls) || !td.mro.borrow().iter().any(|c| ObjRef::ptr_eq(c, cls))
            {
                continue;
            }
            let sub_bases = td.bases.borrow().clone();
            if let Ok(mro) = self.compute_mro(&sub, &sub_bases) {
                *td.mro.borrow_mut() = mro;
            }
        }
        self.type_modified(cls);
        Ok(())
    }

    /// `object.__delattr__`: a data descriptor of the type, else the object's own storage.
    pub fn object_delattr(&mut self, o: &Value, name: &Value) -> PyResult<()> {
        if self.descriptor_set(o, name, None)? {
            return Ok(());
        }
        let d = match o.payload() {
            Some(Payload::Type(t)) if t.heap => {
                if let Value::Obj(cls) = o {
                    self.type_modified(cls);
                }
                Some(t.dict.clone())
            }
            Some(Payload::Module(m)) => Some(m.dict.clone()),
            Some(Payload::Type(t)) => {
                return Err(immutable_type_error(self, t, name.as_str().unwrap_or("?")))
            }
            _ => self.instance_dict(o),
        };
        if let Some(d) = d {
            if let Payload::Dict(d) = &d.payload {
                if d.del_str(name).is_some() {
                    return Ok(());
                }
            }
        }
        Err(self.attribute_error(o, name))
    }
}

/// The TypeError of setting or deleting an attribute of a builtin type.
fn immutable_type_error(vm: &Vm, t: &crate::object::TypeData, name: &str) -> crate::PyErr {
    vm.type_error(format!(
        "cannot set '{name}' attribute of immutable type '{}'",
        t.name.borrow()
    ))
}
