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
                    return match self.call(&ga, &[o.clone(), name.clone()], &[]) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if self.exc_matches(&e, &self.exc.attribute_error.clone()) => {
                            let ty = self.type_of(o);
                            match self.lookup_in_type_str(&ty, "__getattr__") {
                                Some(g) => {
                                    Ok(Some(self.call(&g, &[o.clone(), name.clone()], &[])?))
                                }
                                None => Err(e),
                            }
                        }
                        Err(e) => Err(e),
                    };
                }
            }
        }
        self.getattr_generic(o, name)
    }

    /// `object.__getattribute__` followed by `__getattr__`.
    pub fn getattr_generic(&mut self, o: &Value, name: &Value) -> PyResult<Option<Value>> {
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
                    return Ok(None);
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
        if let Some(v) = crate::objects::special_attr(self, o, name)? {
            return Ok(Some(v));
        }
        if matches!(
            o.payload(),
            Some(Payload::Instance(_) | Payload::Exception(_))
        ) {
            if let Some(ga) = self.lookup_in_type(&ty, &self.names.getattr) {
                match self.call(&ga, &[o.clone(), name.clone()], &[]) {
                    Ok(v) => return Ok(Some(v)),
                    Err(e) if self.exc_matches(&e, &self.exc.attribute_error.clone()) => {
                        return Err(e)
                    }
                    Err(e) => return Err(e),
                }
            }
        }
        Ok(None)
    }

    /// `super(cls, this).name`: the MRO of `this` (or of `this` itself when it is a class)
    /// after `cls`, bound to `this`.
    pub(crate) fn super_getattr(
        &mut self,
        cls: &ObjRef,
        this: &Value,
        name: &Value,
    ) -> PyResult<Option<Value>> {
        let (start_ty, this_is_type) = match this {
            Value::Obj(o) if matches!(o.payload, Payload::Type(_)) && self.is_subtype(o, cls) => {
                (o.clone(), true)
            }
            _ => (self.type_of(this), false),
        };
        let mro = type_data(&start_ty).mro.borrow().clone();
        let Some(pos) = mro
            .iter()
            .position(|c| crate::object::ObjRef::ptr_eq(c, cls))
        else {
            return Ok(None);
        };
        for c in &mro[pos + 1..] {
            let found = match &type_data(c).dict.payload {
                Payload::Dict(d) => d.get_str(name),
                _ => None,
            };
            let Some(attr) = found else { continue };
            return Ok(Some(match attr.payload() {
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
                Some(Payload::Native(n)) if n.kind == crate::object::NativeKind::StaticMethod => {
                    attr
                }
                _ if this_is_type => attr,
                _ => self.bind(attr, this, &start_ty)?,
            }));
        }
        Ok(None)
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
            Some(Payload::Property(p)) => {
                let fget = &p.fget;
                if fget.is_none() {
                    return Err(self.new_error(
                        &self.exc.attribute_error.clone(),
                        "property has no getter".to_string(),
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
        if !matches!(
            o.payload(),
            Some(Payload::Type(_) | Payload::Module(_) | Payload::Super { .. })
        ) {
            let ty = self.type_of(o);
            if let Some(attr) = self.lookup_in_type(&ty, name) {
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

    /// `o.name = v`.
    pub fn setattr(&mut self, o: &Value, name: &Value, v: Value) -> PyResult<()> {
        let ty = self.type_of(o);
        if let Some(attr) = self.lookup_in_type(&ty, name) {
            match attr.payload() {
                Some(Payload::Property(p)) => {
                    let (fget, fset) = (&p.fget, &p.fset);
                    if fset.is_none() {
                        let n = name.as_str().unwrap_or("?");
                        if let Some(Payload::Native(_)) = fget.payload() {
                            // A builtin type's getset descriptor.
                            return Err(self.new_error(
                                &self.exc.attribute_error.clone(),
                                format!(
                                    "attribute '{n}' of '{}' objects is not writable",
                                    self.type_name(o)
                                ),
                            ));
                        }
                        return Err(self.new_error(
                            &self.exc.attribute_error.clone(),
                            format!(
                                "property '{n}' of '{}' object has no setter",
                                self.type_name(o)
                            ),
                        ));
                    }
                    let fset = fset.clone();
                    self.call(&fset, &[o.clone(), v], &[])?;
                    return Ok(());
                }
                Some(Payload::Instance(_)) => {
                    let aty = self.type_of(&attr);
                    if let Some(set) = self.lookup_in_type_str(&aty, "__set__") {
                        self.call(&set, &[attr.clone(), o.clone(), v], &[])?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if matches!(
            o.payload(),
            Some(Payload::Instance(_) | Payload::Exception(_))
        ) {
            if let Some(sa) = self.lookup_in_type(&ty, &self.names.setattr) {
                if !self.is_native_object_method(&sa) {
                    self.call(&sa, &[o.clone(), name.clone(), v], &[])?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(o, name, v)
    }

    /// `object.__setattr__`: stores into the instance dict.
    pub fn generic_setattr(&mut self, o: &Value, name: &Value, v: Value) -> PyResult<()> {
        match o.payload() {
            Some(Payload::Type(t)) if t.heap => {
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
                t.version.set(t.version.get() + 1);
                self.types_changed();
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
            Some(Payload::Exception(x)) if name.as_str() == Some("args") => {
                let t = self.collect(&v)?;
                *x.args.borrow_mut() = self.new_tuple(t);
                Ok(())
            }
            _ => match self.instance_dict(o) {
                Some(d) => {
                    if !self.slot_allowed(o, name) {
                        let n = name.as_str().unwrap_or("?");
                        return Err(self.new_error(
                            &self.exc.attribute_error.clone(),
                            format!("'{}' object has no attribute '{n}'", self.type_name(o)),
                        ));
                    }
                    if let Payload::Dict(d) = &d.payload {
                        d.set_str(name.clone(), v);
                    }
                    Ok(())
                }
                None => {
                    let n = name.as_str().unwrap_or("?");
                    let msg = match o.payload() {
                        Some(Payload::Type(t)) => format!(
                            "cannot set '{n}' attribute of immutable type '{}'",
                            t.name.borrow()
                        ),
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

    /// `del o.name`.
    pub fn delattr(&mut self, o: &Value, name: &Value) -> PyResult<()> {
        let ty = self.type_of(o);
        if let Some(attr) = self.lookup_in_type(&ty, name) {
            if let Some(Payload::Property(p)) = attr.payload() {
                let fdel = &p.fdel;
                if fdel.is_none() {
                    let n = name.as_str().unwrap_or("?");
                    return Err(self.new_error(
                        &self.exc.attribute_error.clone(),
                        format!(
                            "property '{n}' of '{}' object has no deleter",
                            self.type_name(o)
                        ),
                    ));
                }
                let fdel = fdel.clone();
                self.call(&fdel, std::slice::from_ref(o), &[])?;
                return Ok(());
            }
        }
        if matches!(o.payload(), Some(Payload::Instance(_))) {
            if let Some(da) = self.lookup_in_type_str(&ty, "__delattr__") {
                if !self.is_native_object_method(&da) {
                    self.call(&da, &[o.clone(), name.clone()], &[])?;
                    return Ok(());
                }
            }
        }
        let d = match o.payload() {
            Some(Payload::Type(t)) if t.heap => {
                t.version.set(t.version.get() + 1);
                self.types_changed();
                Some(t.dict.clone())
            }
            Some(Payload::Module(m)) => Some(m.dict.clone()),
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
