//! What the eval loop's instructions delegate to: name lookup in namespaces, raising,
//! `with`, class creation and instantiation, imports, and running a main program.

use crate::dict::Dict;
use crate::eval::stack::ValueStack;
use crate::eval::Raised;
use crate::frame::Frame;
use crate::object::{BaseKind, Instance, ObjRef, Object, Payload};
use crate::types::type_data;
use crate::value::Value;
use crate::{PyErr, PyResult, Vm};
use std::rc::Rc;

impl Vm {
    pub(crate) fn unwind_from(&mut self, exc: PyErr) -> Option<PyErr> {
        self.unwind_public(Raised { exc, add_tb: true })
    }

    /// `LoadName`: locals, globals, builtins.
    pub fn load_name(&mut self, name: &Value) -> PyResult<Value> {
        let f = self
            .frames
            .last()
            .ok_or_else(|| self.runtime_error("no frame"))?;
        let locals = f.locals.clone();
        let globals = f.globals.clone();
        let builtins = f.builtins.clone();
        if let Some(v) = self.mapping_get(&locals, name)? {
            return Ok(v);
        }
        for ns in [&globals, &builtins] {
            if let Payload::Dict(d) = &ns.payload {
                if let Some(v) = d.get_str(name) {
                    return Ok(v);
                }
            }
        }
        Err(self.name_error(name))
    }

    /// `NameError: name 'x' is not defined` (with a "Did you mean" suggestion).
    #[cold]
    pub fn name_error(&self, name: &Value) -> PyErr {
        let n = name.as_str().unwrap_or("?");
        let e = self.new_error(&self.exc.name_error, format!("name '{n}' is not defined"));
        self.set_exc_attr(&e, "name", name.clone());
        if let Some(x) = self.exc_data(&e) {
            *x.suggestion.borrow_mut() = self.name_suggestion(n);
        }
        e
    }

    /// Reads a locals mapping (a dict, or any mapping via `__getitem__`).
    pub fn mapping_get(&mut self, m: &Value, key: &Value) -> PyResult<Option<Value>> {
        // An exact dict directly; a dict subclass (a metaclass's `__prepare__`) through its
        // item methods, as CPython's `*_NAME` instructions do.
        match m.payload() {
            Some(Payload::Dict(d)) if !is_subclass_instance(m) => Ok(d.get_str(key)),
            None => Ok(None),
            _ => match self.getitem(m, key) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.exc_matches(&e, &self.exc.key_error.clone()) => Ok(None),
                Err(e) => Err(e),
            },
        }
    }

    pub fn mapping_set(&mut self, m: &Value, key: Value, v: Value) -> PyResult<()> {
        match m.payload() {
            Some(Payload::Dict(d)) if !is_subclass_instance(m) => {
                d.set_str(key, v);
                Ok(())
            }
            _ => self.setitem(m, key, v),
        }
    }

    pub fn mapping_del(&mut self, m: &Value, key: &Value) -> PyResult<bool> {
        match m.payload() {
            Some(Payload::Dict(d)) if !is_subclass_instance(m) => Ok(d.del_str(key).is_some()),
            _ => match self.delitem(m, key) {
                Ok(()) => Ok(true),
                Err(e) if self.exc_matches(&e, &self.exc.key_error.clone()) => Ok(false),
                Err(e) => Err(e),
            },
        }
    }

    /// `DictUpdate` / `DictMerge` (`func` given: keyword-argument checks for `f(**m)`).
    pub fn dict_update_op(&mut self, d: &Value, m: &Value, func: Option<&Value>) -> PyResult<()> {
        let Some(Payload::Dict(target)) = d.payload() else {
            return Ok(());
        };
        let items = match m.payload() {
            Some(Payload::Dict(src)) => src.items(),
            _ => {
                let keys_attr = self.intern("keys");
                if self.getattr_opt(m, &keys_attr)?.is_none() {
                    let msg = match func {
                        Some(f) => format!(
                            "{} argument after ** must be a mapping, not {}",
                            self.function_str(f),
                            self.type_name(m)
                        ),
                        None => format!("'{}' object is not a mapping", self.type_name(m)),
                    };
                    return Err(self.type_error(msg));
                }
                let keys = self.call_method(m, "keys", &[])?;
                let keys = self.collect(&keys)?;
                let mut out = Vec::new();
                for k in keys {
                    let v = self.getitem(m, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in items {
            if let Some(f) = func {
                if k.as_str().is_none() {
                    return Err(self.type_error("keywords must be strings"));
                }
                if self.dict_get(target, &k)?.is_some() {
                    let name = self.function_str(f);
                    return Err(self.type_error(format!(
                        "{} got multiple values for keyword argument '{}'",
                        name,
                        k.as_str().unwrap_or("")
                    )));
                }
            }
            self.dict_set(target, k, v)?;
        }
        Ok(())
    }

    /// `f()` as CPython's call errors name a callable (`C.m()`, `len()`).
    pub fn func_display_name(&self, f: &Value) -> String {
        match f.payload() {
            Some(Payload::Function(func)) => {
                format!("{}()", func.qualname.borrow().as_str().unwrap_or("?"))
            }
            Some(Payload::Native(n)) => format!("{}()", n.name),
            Some(Payload::BoundMethod { func, .. }) => self.func_display_name(func),
            Some(Payload::Type(t)) => format!("{}()", t.name.borrow()),
            _ => format!("{} object", self.type_name(f)),
        }
    }

    /// A callable as CPython's `_PyObject_FunctionStr` names it (`__main__.f()`, `len()`).
    pub fn function_str(&mut self, f: &Value) -> String {
        let qualname = self.intern("__qualname__");
        let qual = match self.getattr_opt(f, &qualname) {
            Ok(Some(q)) => q,
            _ => {
                return match self.str(f) {
                    Ok(s) => s.as_str().unwrap_or("?").to_string(),
                    Err(_) => format!("{} object", self.type_name(f)),
                }
            }
        };
        let qual = match self.str(&qual) {
            Ok(s) => s.as_str().unwrap_or("?").to_string(),
            Err(_) => "?".to_string(),
        };
        let module = self.intern("__module__");
        match self.getattr_opt(f, &module) {
            Ok(Some(m)) if !matches!(m, Value::None) && m.as_str() != Some("builtins") => {
                match self.str(&m) {
                    Ok(s) => format!("{}.{}()", s.as_str().unwrap_or("?"), qual),
                    Err(_) => format!("{qual}()"),
                }
            }
            _ => format!("{qual}()"),
        }
    }

    /// The TypeError of `*x` over a non-iterable x: `Value after * must be an iterable` in a
    /// display, `f() argument after * must be an iterable` for a call's lone `*x`. Other
    /// errors (raised while iterating) pass through.
    pub fn star_arg_error(&mut self, e: PyErr, it: &Value, callable: Option<&Value>) -> PyErr {
        if !self.exc_matches(&e, &self.exc.type_error.clone()) || self.can_iterate(it) {
            return e;
        }
        let what = match callable {
            Some(f) => format!("{} argument", self.function_str(f)),
            None => "Value".to_string(),
        };
        self.type_error(format!(
            "{what} after * must be an iterable, not {}",
            self.type_name(it)
        ))
    }

    /// Whether `iter(v)` has something to work with (CPython's `tp_iter` or sequence test).
    fn can_iterate(&self, v: &Value) -> bool {
        if let Some(p) = v.payload() {
            if matches!(
                p,
                Payload::List(_)
                    | Payload::Tuple(_)
                    | Payload::Str(_)
                    | Payload::Bytes(_)
                    | Payload::ByteArray(_)
                    | Payload::Dict(_)
                    | Payload::Set(_)
                    | Payload::FrozenSet(_)
                    | Payload::Range(_)
                    | Payload::DictView { .. }
                    | Payload::Iter(_)
                    | Payload::Generator(_)
                    | Payload::File(_)
                    | Payload::MemoryView(_)
            ) {
                return true;
            }
        }
        let ty = self.type_of(v);
        self.lookup_in_type_str(&ty, "__iter__")
            .is_some_and(|m| !m.is_none())
            || self.lookup_in_type_str(&ty, "__getitem__").is_some()
    }

    /// `except T:` matching.
    pub fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        let check = |vm: &Vm, t: &Value| -> Option<bool> {
            match t.payload() {
                Some(Payload::Type(td)) if td.base_kind == BaseKind::Exception => {
                    let Value::Obj(cls) = t else { return None };
                    Some(vm.is_instance(exc, cls))
                }
                _ => None,
            }
        };
        if let Some(Payload::Tuple(items)) = ty.payload() {
            for t in items.iter() {
                match check(self, t) {
                    Some(true) => return Ok(true),
                    Some(false) => {}
                    None => return Err(self.bad_except()),
                }
            }
            return Ok(false);
        }
        check(self, ty).ok_or_else(|| self.bad_except())
    }

    #[cold]
    fn bad_except(&self) -> PyErr {
        self.type_error("catching classes that do not inherit from BaseException is not allowed")
    }

    /// What `raise e` raises: an instance, or a class called with no arguments.
    pub fn make_raisable(&mut self, e: &Value) -> PyResult<ObjRef> {
        match e.payload() {
            Some(Payload::Exception(_)) => Ok(e
                .as_obj()
                .cloned()
                .unwrap_or_else(|| self.runtime_error("?"))),
            Some(Payload::Type(t)) if t.base_kind == BaseKind::Exception => {
                let inst = self.call(e, &[], &[])?;
                match inst {
                    Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => Ok(o),
                    other => {
                        let r = self.repr_str(e)?;
                        Err(self.type_error(format!(
                            "calling {r} should have returned an instance of BaseException, not {}",
                            self.type_name(&other)
                        )))
                    }
                }
            }
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    /// `raise exc from cause`.
    pub fn set_cause(&mut self, exc: &ObjRef, cause: Value) -> PyResult<()> {
        let cause = match cause.payload() {
            None if cause.is_none() => Value::None,
            Some(Payload::Exception(_)) => cause,
            Some(Payload::Type(t)) if t.base_kind == BaseKind::Exception => {
                Value::Obj(self.make_raisable(&cause)?)
            }
            _ => return Err(self.type_error("exception causes must derive from BaseException")),
        };
        if let Some(x) = self.exc_data(exc) {
            *x.cause.borrow_mut() = cause;
            x.suppress_context.set(true);
        }
        Ok(())
    }

    /// `BeforeWith`: (bound `__exit__`, result of `__enter__()`).
    pub fn before_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let ty = self.type_of(mgr);
        let enter = self.lookup_in_type_str(&ty, "__enter__");
        let exit = self.lookup_in_type_str(&ty, "__exit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let missing = if self.lookup_in_type_str(&ty, "__enter__").is_none() {
                ""
            } else {
                " (missed __exit__ method)"
            };
            return Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol{missing}",
                self.type_name(mgr)
            )));
        };
        let bound_exit = Value::obj(Payload::BoundMethod {
            func: exit,
            this: mgr.clone(),
        });
        let res = self.call(&enter, std::slice::from_ref(mgr), &[])?;
        Ok((bound_exit, res))
    }

    pub fn get_awaitable(&mut self, o: &Value) -> PyResult<Value> {
        if let Some(Payload::Generator(_)) = o.payload() {
            return Ok(o.clone());
        }
        match self.call_special(o, "__await__", &[])? {
            Some(it) => Ok(it),
            None => Err(self.type_error(format!(
                "object {} can't be used in 'await' expression",
                self.type_name(o)
            ))),
        }
    }

    /// `type(...)` and class instantiation.
    pub fn call_type(
        &mut self,
        cls: &ObjRef,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        // A metaclass's own `__call__` (not `type.__call__`) decides what calling the
        // class does.
        if let Some(meta) = type_data(cls).metaclass.clone() {
            if let Some(call) = self.lookup_in_type_str(&meta, "__call__") {
                if !crate::objects::metatype::is_type_native(&call, "__call__") {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(Value::Obj(cls.clone()));
                    full.extend_from_slice(args);
                    return self.call(&call, &full, kwnames);
                }
            }
        }
        self.construct(cls, args, kwnames)
    }

    /// `type.__call__(cls, ...)`: `cls.__new__`, then `__init__` on what it returned if
    /// that is an instance of `cls`.
    pub(crate) fn construct(
        &mut self,
        cls: &ObjRef,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        if crate::object::ObjRef::ptr_eq(cls, &self.types.type_) {
            if args.len() == 1 && kwnames.is_empty() {
                return Ok(Value::Obj(self.type_of(&args[0])));
            }
            if args.len() - kwnames.len() == 3 {
                return crate::objects::metatype::type_new_with(self, cls, args, kwnames);
            }
            return Err(self.type_error("type() takes 1 or 3 arguments"));
        }
        if type_data(cls).heap && self.is_subtype(cls, &self.types.type_) {
            return crate::objects::metatype::construct_class(self, cls, args, kwnames);
        }
        if crate::object::ObjRef::ptr_eq(cls, &self.types.none_type)
            && args.is_empty()
            && kwnames.is_empty()
        {
            return Ok(Value::None);
        }
        let td = type_data(cls);
        if !td.heap && td.base_kind == BaseKind::Builtin && args.len() <= 4 {
            // A builtin type (`range(n)`, `set()`): its native constructor does all the work.
            let new = self.lookup_in_type(cls, &self.names.new);
            if let Some(Payload::Native(n)) = new.as_ref().and_then(|n| n.payload()) {
                let mut full: [Value; 5] = std::array::from_fn(|_| Value::Null);
                full[0] = Value::Obj(cls.clone());
                full[1..=args.len()].clone_from_slice(args);
                return (n.func)(self, &full[..=args.len()], kwnames);
            }
        }
        let clsv = Value::Obj(cls.clone());
        // __new__
        let new = self.lookup_in_type_str(cls, "__new__");
        let base = self.builtin_base(cls);
        let inst = match new {
            Some(n) if matches!(n.payload(), Some(Payload::Native(_))) && base.is_some() => {
                // A Python subclass of a builtin without its own __new__.
                let b = base.clone().unwrap_or_else(|| cls.clone());
                match self.empty_subclass_instance(cls, &b) {
                    Some(empty) => empty,
                    None => {
                        // `ref.__new__` builds its subclasses' instances itself (a weak
                        // reference is registered with its referent: it cannot be copied).
                        let first = if ObjRef::ptr_eq(&b, &self.types.weakref) {
                            cls.clone()
                        } else {
                            b
                        };
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(Value::Obj(first));
                        full.extend_from_slice(args);
                        let v = self.call(&n, &full, kwnames)?;
                        self.as_subclass_instance(cls, v)
                    }
                }
            }
            Some(n) if !self.is_object_new(&n) => {
                let f = match n.payload() {
                    Some(Payload::StaticMethod(f)) => f.borrow().clone(),
                    _ => n,
                };
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(clsv.clone());
                full.extend_from_slice(args);
                self.call(&f, &full, kwnames)?
            }
            _ => {
                if td.base_kind == BaseKind::Builtin {
                    return Err(
                        self.type_error(format!("cannot create '{}' instances", td.name.borrow()))
                    );
                }
                self.check_not_abstract(cls)?;
                let init = self.lookup_in_type_str(cls, "__init__");
                let init_is_object = init.as_ref().is_none_or(|i| self.is_object_init(i));
                if init_is_object && !args.is_empty() {
                    return Err(
                        self.type_error(format!("{}() takes no arguments", td.name.borrow()))
                    );
                }
                self.new_plain_instance(cls)
            }
        };
        // A builtin type's own constructor did all the work.
        if !td.heap && td.base_kind == BaseKind::Builtin {
            return Ok(inst);
        }
        // An immutable builtin subclass was built by __new__: only a Python __init__ runs.
        if base.as_ref().is_some_and(|b| !self.is_mutable_base(b)) {
            let ity = self.type_of(&inst);
            if let Some(init) = self.lookup_in_type_str(&ity, "__init__") {
                if matches!(init.payload(), Some(Payload::Function(_)))
                    && self.is_instance(&inst, cls)
                {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(inst.clone());
                    full.extend_from_slice(args);
                    self.call(&init, &full, kwnames)?;
                }
            }
            return Ok(inst);
        }
        // __init__ only when __new__ returned an instance of cls: its own class's (a
        // subclass's, when __new__ made one).
        if !self.is_instance(&inst, cls) {
            return Ok(inst);
        }
        let ity = self.type_of(&inst);
        if let Some(init) = self.lookup_in_type_str(&ity, "__init__") {
            if !self.is_object_init(&init) {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(inst.clone());
                full.extend_from_slice(args);
                let r = self.call(&init, &full, kwnames)?;
                if !r.is_none() {
                    return Err(self.init_returned(&r));
                }
            }
        }
        Ok(inst)
    }

    /// For a plain class — metaclass `type`, instances with a `__dict__` and no builtin
    /// base, `object.__new__` — its `__init__` when that is a Python function: then
    /// `cls(...)` is "make an empty instance, run `__init__` on it", which the eval loop
    /// does without leaving its loop. Cached per class until a namespace changes.
    pub(crate) fn plain_init(&self, cls: &ObjRef) -> Option<Value> {
        let td = type_data(cls);
        let version = td.version.get();
        if let Ok(c) = td.init_cache.try_borrow() {
            if c.0 == version {
                return c.1.clone();
            }
        }
        let plain = td.heap
            && td.base_kind == BaseKind::Instance
            && td.metaclass.is_none()
            && !crate::objects::metatype::is_abstract(self, cls)
            && self.builtin_base(cls).is_none()
            && self
                .lookup_in_type_str(cls, "__new__")
                .is_some_and(|n| self.is_object_new(&n));
        let init = self
            .lookup_in_type_str(cls, "__init__")
            .filter(|i| plain && matches!(i.payload(), Some(Payload::Function(_))));
        if let Ok(mut c) = td.init_cache.try_borrow_mut() {
            *c = (version, init.clone());
        }
        init
    }

    #[cold]
    pub(crate) fn init_returned(&self, r: &Value) -> PyErr {
        self.type_error(format!(
            "__init__() should return None, not '{}'",
            self.type_name(r)
        ))
    }

    /// A new empty instance of a plain class (see [`Vm::plain_init`]).
    pub(crate) fn new_plain_instance(&self, cls: &ObjRef) -> Value {
        // CPython 3.11 keeps an instance's attributes in the instance itself: the dict is
        // part of the instance for the collector (not tracked or counted by itself).
        let dict = crate::object::ObjRef::new_owned_part(Object::new(Payload::Dict(Dict::new())));
        Value::obj(Payload::Instance(Instance::new(cls.clone(), dict)))
    }

    fn is_object_new(&self, v: &Value) -> bool {
        matches!(v.payload(), Some(Payload::Native(n)) if n.name == "__new__" && n.owner == Some("object"))
    }

    fn is_object_init(&self, v: &Value) -> bool {
        matches!(v.payload(), Some(Payload::Native(n)) if n.name == "__init__" && n.owner == Some("object"))
    }

    /// Creates a class: `type(name, bases, ns)` and `__build_class__`.
    pub fn new_class(
        &mut self,
        name: &Value,
        bases: &Value,
        ns: &Value,
        kw: &[(Value, Value)],
        meta: Option<ObjRef>,
    ) -> PyResult<Value> {
        let name_s = name.as_str().unwrap_or("?").to_string();
        if !matches!(bases.payload(), Some(Payload::Tuple(_))) {
            return Err(self.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                self.type_name(bases)
            )));
        }
        if let Some(Payload::Dict(d)) = ns.payload() {
            if d.get_str(&self.intern("__module__")).is_none() {
                let module = self.frames.last().and_then(|f| match &f.globals.payload {
                    Payload::Dict(g) => g.get_str(&self.intern("__name__")),
                    _ => None,
                });
                if let Some(m) = module {
                    d.set_str(self.intern("__module__"), m);
                }
            }
        }
        let mut base_list: Vec<ObjRef> = Vec::new();
        let base_values = self.collect(bases)?;
        if base_values
            .iter()
            .any(|b| !matches!(b.payload(), Some(Payload::Type(_))))
        {
            // CPython's metaclass is the most derived type of the bases: a non-type base
            // makes its own type the "metaclass", called as `type(base)(name, bases, ns)`.
            let first = self.type_of(&base_values[0]);
            let winner = self.most_derived_metaclass(&first, &base_values)?;
            if !self.is_subtype(&winner, &self.types.type_.clone()) {
                return self.call(
                    &Value::Obj(winner),
                    &[name.clone(), bases.clone(), ns.clone()],
                    &[],
                );
            }
        }
        for b in &base_values {
            match b {
                Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => base_list.push(o.clone()),
                _ => return Err(self.type_error("bases must be types")),
            }
        }
        if base_list.is_empty() {
            base_list.push(self.types.object.clone());
        }
        let kind = if base_list
            .iter()
            .any(|b| type_data(b).base_kind == BaseKind::Exception)
        {
            BaseKind::Exception
        } else {
            BaseKind::Instance
        };
        for b in &base_list {
            let bd = type_data(b);
            let t = &self.types;
            let final_types = [
                &t.bool_,
                &t.none_type,
                &t.not_implemented_type,
                &t.ellipsis_type,
                &t.range,
                &t.slice,
                &t.function,
                &t.builtin_function,
                &t.method,
                &t.generator,
                &t.code,
                &t.cell,
                &t.memoryview,
                &t.union_type,
                &t.mappingproxy,
            ];
            if final_types
                .iter()
                .any(|f| crate::object::ObjRef::ptr_eq(f, b))
            {
                return Err(self.type_error(format!(
                    "type '{}' is not an acceptable base type",
                    bd.name.borrow()
                )));
            }
            if bd.base_kind == BaseKind::Builtin
                && !crate::object::ObjRef::ptr_eq(b, &self.types.object)
                && !crate::object::ObjRef::ptr_eq(b, &self.types.type_)
                && !bd.heap
                && !crate::subclass::subclassable(self, b)
            {
                return Err(self.type_error(format!(
                    "subclassing '{}' is not supported yet",
                    bd.name.borrow()
                )));
            }
        }
        // The class's type: the metaclass asked for (`type.__new__(M, ...)`), or a more
        // derived one among the bases' types, which takes over if it has its own `__new__`.
        let given = meta.unwrap_or_else(|| self.types.type_.clone());
        let winner = self.most_derived_metaclass(&given, &base_values)?;
        if !ObjRef::ptr_eq(&winner, &given) && !self.has_type_new(&winner) {
            let mut args = vec![name.clone(), bases.clone(), ns.clone()];
            let names: Vec<Value> = kw.iter().map(|(k, _)| k.clone()).collect();
            args.extend(kw.iter().map(|(_, v)| v.clone()));
            return self.call(&Value::Obj(winner), &args, &names);
        }
        let metaclass = (!ObjRef::ptr_eq(&winner, &self.types.type_)).then_some(winner);
        let cls =
            crate::types::new_type_with_meta(&name_s, base_list.clone(), kind, true, metaclass);
        self.subclasses.retain(|w| w.strong_count() > 0);
        self.subclasses.push(crate::object::ObjRef::downgrade(&cls));
        let mro = self.compute_mro(&cls, &base_list)?;
        let td = type_data(&cls);
        *td.mro.borrow_mut() = mro;
        if let (Some(Payload::Dict(src)), Payload::Dict(dst)) = (ns.payload(), &td.dict.payload) {
            for (k, v) in src.items() {
                if k.as_str() == Some("__qualname__") {
                    if let Some(q) = v.as_str() {
                        *td.qualname.borrow_mut() = q.into();
                    }
                    continue;
                }
                if k.as_str() == Some("__classcell__") {
                    crate::eval::cell_set(&v, Value::Obj(cls.clone()));
                    continue;
                }
                let v = match (k.as_str(), v.payload()) {
                    (Some("__new__"), Some(Payload::Function(_))) => {
                        Value::obj(Payload::StaticMethod(std::cell::RefCell::new(v)))
                    }
                    (
                        Some("__init_subclass__" | "__class_getitem__"),
                        Some(Payload::Function(_)),
                    ) => Value::obj(Payload::ClassMethod(std::cell::RefCell::new(v))),
                    _ => v,
                };
                dst.set_str(k, v);
            }
            if let Some(m) = dst.get_str(&self.intern("__module__")) {
                *td.module.borrow_mut() = m;
            }
            let inherited = td
                .mro
                .borrow()
                .iter()
                .any(|c| type_data(c).may_finalize.get());
            td.may_finalize
                .set(inherited || dst.get_str(&self.intern("__del__")).is_some());
            self.init_slots(&cls)?;
            self.add_dict_descriptors(&cls);
            if dst.get_str(&self.intern("__doc__")).is_none() {
                dst.set_str(self.intern("__doc__"), Value::None);
            }
            // A class defining __eq__ without __hash__ is unhashable.
            if dst.get_str(&self.intern("__eq__")).is_some()
                && dst.get_str(&self.intern("__hash__")).is_none()
            {
                dst.set_str(self.intern("__hash__"), Value::None);
            }
        }
        // What was looked up on the half-made class is stale now.
        td.version.set(crate::types::fresh_version());

        let clsv = Value::Obj(cls.clone());
        // __set_name__ and __init_subclass__.
        if let Payload::Dict(d) = &td.dict.payload {
            for (k, v) in d.items() {
                if matches!(
                    v.payload(),
                    Some(Payload::Instance(_) | Payload::Property(_))
                ) {
                    if let Err(e) =
                        self.call_special(&v, "__set_name__", &[clsv.clone(), k.clone()])
                    {
                        // 3.11 wraps the error: RuntimeError from the original.
                        let msg = format!(
                            "Error calling __set_name__ on '{}' instance {} in '{name_s}'",
                            self.type_name(&v),
                            self.repr_str(&k)?
                        );
                        let wrapped = self.new_error(&self.exc.runtime_error.clone(), msg);
                        self.set_cause(&wrapped, Value::Obj(e))?;
                        return Err(wrapped);
                    }
                }
            }
        }
        // __init_subclass__ of the nearest base that has one, with the class keywords.
        let mro = td.mro.borrow().clone();
        let kwargs: Vec<(Value, Value)> = kw
            .iter()
            .filter(|(k, _)| k.as_str() != Some("metaclass"))
            .cloned()
            .collect();
        for c in mro.iter().skip(1) {
            let found = match &type_data(c).dict.payload {
                Payload::Dict(d) => d.get_str(&self.intern("__init_subclass__")),
                _ => None,
            };
            let Some(isc) = found else { continue };
            let (names, mut args): (Vec<Value>, Vec<Value>) = kwargs.iter().cloned().unzip();
            args.insert(0, clsv.clone());
            match isc.payload() {
                Some(Payload::ClassMethod(f)) => {
                    let f = f.borrow().clone();
                    self.call(&f, &args, &names)?;
                }
                Some(Payload::Function(_)) => {
                    self.call(&isc, &args, &names)?;
                }
                _ => {
                    if !names.is_empty() {
                        return Err(self.type_error(format!(
                            "{name_s}.__init_subclass__() takes no keyword arguments"
                        )));
                    }
                }
            }
            break;
        }
        Ok(clsv)
    }

    /// `sys.displayhook`.
    pub fn display_hook(&mut self, v: &Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let r = self.repr_str(v)?;
        crate::file::write_stdout(self, &format!("{r}\n"))?;
        let key = self.intern("_");
        if let Payload::Dict(d) = &self.builtins.payload {
            d.set_str(key, v.clone());
        }
        Ok(())
    }

    /// Runs a module's code object in a fresh `__main__` namespace; returns the namespace.
    pub fn run_code(
        &mut self,
        code: Rc<pyrs_compiler::code::CodeObject>,
        globals: &ObjRef,
    ) -> PyResult<Value> {
        let code = self.load_code(code);
        let base = self.stack.len();
        self.stack.fill_null_to(base + code.nslots);
        self.frames.push(Frame {
            code,
            ip: 0,
            base,
            globals: globals.clone(),
            builtins: self.builtins.clone(),
            locals: Value::Obj(globals.clone()),
            entry: true,
            call_slots: 0,
            on_return: crate::frame::OnReturn::Value,
            generator: None,
            locals_dict: None,
        });
        match self.run()? {
            crate::eval::Exit::Return(v) | crate::eval::Exit::Yield(v) => Ok(v),
        }
    }

    /// Runs code with explicit globals and locals (exec/eval and class bodies).
    pub fn run_code_with_locals(
        &mut self,
        code: Rc<crate::frame::Code>,
        globals: &ObjRef,
        locals: Value,
        closure: Option<&[ObjRef]>,
    ) -> PyResult<Value> {
        let base = self.stack.len();
        self.stack.fill_null_to(base + code.nslots);
        if let Some(cl) = closure {
            let off = base + code.code.varnames.len();
            let ncells = code.code.cellvars.len();
            for i in 0..ncells {
                self.stack[off + i] =
                    Value::obj(Payload::Cell(std::cell::RefCell::new(Value::Null)));
            }
            for (i, c) in cl.iter().enumerate() {
                self.stack[off + ncells + i] = Value::Obj(c.clone());
            }
        } else {
            let off = base + code.code.varnames.len();
            for i in 0..code.code.cellvars.len() {
                self.stack[off + i] =
                    Value::obj(Payload::Cell(std::cell::RefCell::new(Value::Null)));
            }
        }
        let builtins = self.builtins_for(globals);
        self.frames.push(Frame {
            code,
            ip: 0,
            base,
            globals: globals.clone(),
            builtins,
            locals,
            entry: true,
            call_slots: 0,
            on_return: crate::frame::OnReturn::Value,
            generator: None,
            locals_dict: None,
        });
        self.native_depth += 1;
        let r = self.run();
        self.native_depth -= 1;
        match r? {
            crate::eval::Exit::Return(v) | crate::eval::Exit::Yield(v) => Ok(v),
        }
    }

    /// The builtins namespace for code run with these globals: their `__builtins__` (a
    /// dict or a module) when present.
    pub fn builtins_for(&self, globals: &ObjRef) -> ObjRef {
        if let Payload::Dict(d) = &globals.payload {
            if let Some(Value::Obj(o)) = d.get_str(&self.intern("__builtins__")) {
                match &o.payload {
                    Payload::Dict(_) => return o.clone(),
                    Payload::Module(m) => return m.dict.clone(),
                    _ => {}
                }
            }
        }
        self.builtins.clone()
    }

    /// `__slots__`: a member descriptor per name in the class namespace (instances of a
    /// plain class keep the values in `Instance::slots`, after their bases'); when the class
    /// and every Python base declare slots (none of them `__dict__`), its instances only
    /// take the declared names. CPython's checks and messages.
    fn init_slots(&mut self, cls: &ObjRef) -> PyResult<()> {
        let td = type_data(cls);
        let bases = td.bases.borrow().clone();
        let slotted: Vec<&ObjRef> = bases
            .iter()
            .filter(|b| type_data(b).nslots.get() > 0)
            .collect();
        if slotted.len() > 1 {
            return Err(self.type_error("multiple bases have instance lay-out conflict"));
        }
        let base_n = slotted.first().map_or(0, |b| type_data(b).nslots.get());
        td.nslots.set(base_n);
        let own = match &td.dict.payload {
            Payload::Dict(d) => d.get_str(&self.intern("__slots__")),
            _ => None,
        };
        let Some(own) = own else { return Ok(()) };
        if td.base_kind == BaseKind::Exception {
            return Ok(());
        }
        let names = if own.as_str().is_some() {
            vec![own]
        } else {
            self.collect(&own)?
        };
        let builtin = self.builtin_base(cls);
        let mro = td.mro.borrow().clone();
        let base_has_dict = mro[1..]
            .iter()
            .any(|c| type_data(c).heap && type_data(c).slots.borrow().is_none());
        let cls_name = td.name.borrow().clone();
        let mut own_names: Vec<Rc<str>> = Vec::new();
        let (mut has_dict, mut has_weakref) = (false, false);
        for n in &names {
            let Some(s) = n.as_str() else {
                return Err(self.type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    self.type_name(n)
                )));
            };
            if !pyrs_primitives::strmethods::str_isidentifier(s) {
                return Err(self.type_error("__slots__ must be identifiers"));
            }
            match s {
                "__dict__" => {
                    if has_dict || base_has_dict {
                        return Err(self.type_error("__dict__ slot disallowed: we already got one"));
                    }
                    has_dict = true;
                }
                "__weakref__" => {
                    if has_weakref || base_has_dict {
                        return Err(self.type_error(
                            "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                        ));
                    }
                    has_weakref = true;
                }
                _ => own_names.push(mangle(&cls_name, s).into()),
            }
        }
        if let Some(b) = &builtin {
            let variable = [&self.types.int, &self.types.bytes, &self.types.tuple]
                .iter()
                .any(|t| ObjRef::ptr_eq(t, b));
            if variable && !own_names.is_empty() {
                return Err(self.type_error(format!(
                    "nonempty __slots__ not supported for subtype of '{}'",
                    type_data(b).name.borrow()
                )));
            }
        }
        let Payload::Dict(d) = &td.dict.payload else {
            return Ok(());
        };
        for n in &own_names {
            if d.get_str(&self.intern(n)).is_some() {
                return Err(
                    self.value_error(format!("'{n}' in __slots__ conflicts with class variable"))
                );
            }
        }
        if builtin.is_none() && td.base_kind == BaseKind::Instance {
            for (k, n) in own_names.iter().enumerate() {
                let member = Value::obj(Payload::Member(Box::new(crate::object::MemberData {
                    name: n.clone(),
                    owner: cls.clone(),
                    index: base_n + k,
                })));
                d.set_str(self.intern(n), member);
            }
            td.nslots.set(base_n + own_names.len());
        }
        if has_dict {
            return Ok(());
        }
        let mut allowed = own_names;
        if has_weakref {
            // What `weakref.ref` checks to accept instances.
            allowed.push("__weakref__".into());
        }
        for c in mro.iter().skip(1) {
            let cd = type_data(c);
            if !cd.heap {
                continue;
            }
            match &*cd.slots.borrow() {
                Some(s) => allowed.extend(s.iter().cloned()),
                None => return Ok(()),
            }
        }
        *td.slots.borrow_mut() = Some(allowed.into());
        Ok(())
    }

    /// `__dict__` and `__weakref__` descriptors in the namespace of the first class of its
    /// line whose instances have a dict.
    fn add_dict_descriptors(&mut self, cls: &ObjRef) {
        let td = type_data(cls);
        if td.slots.borrow().is_some() {
            return;
        }
        // Exceptions have BaseException's `__dict__`: only `__weakref__` is added.
        let exception = td.base_kind == BaseKind::Exception;
        let key = self.intern(if exception { "__weakref__" } else { "__dict__" });
        let inherited = td.mro.borrow().iter().skip(1).any(|c| {
            let cd = type_data(c);
            cd.heap
                && cd.slots.borrow().is_none()
                && matches!(&cd.dict.payload, Payload::Dict(d) if d.get_str(&key).is_some())
        });
        let Payload::Dict(d) = &td.dict.payload else {
            return;
        };
        if inherited || d.get_str(&key).is_some() {
            return;
        }
        if !exception {
            self.add_dict_descriptor(d);
        }
        let weak = self.native(
            "__weakref__",
            crate::objects::object::weakref_get,
            crate::object::NativeKind::Function,
            None,
        );
        d.set_str(
            self.intern("__weakref__"),
            Value::obj(Payload::Property(Box::new(crate::object::PropertyData {
                fget: weak,
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
                name: std::cell::RefCell::new(Value::None),
            }))),
        );
    }

    fn add_dict_descriptor(&mut self, d: &Dict) {
        let key = self.intern("__dict__");
        let getter = self.native(
            "__dict__",
            crate::objects::object::instance_dict_get,
            crate::object::NativeKind::Function,
            None,
        );
        let setter = self.native(
            "__dict__",
            crate::objects::object::instance_dict_set,
            crate::object::NativeKind::Function,
            None,
        );
        d.set_str(
            key,
            Value::obj(Payload::Property(Box::new(crate::object::PropertyData {
                fget: getter,
                fset: setter,
                fdel: Value::None,
                doc: Value::None,
                name: std::cell::RefCell::new(Value::None),
            }))),
        );
    }

    /// A new module object with `__name__` set.
    pub fn new_module(&self, name: &str) -> Value {
        let d = crate::object::ObjRef::new(Object::new(Payload::Dict(Dict::new())));
        if let Payload::Dict(dd) = &d.payload {
            dd.set_str(self.intern("__name__"), self.new_str(name));
            dd.set_str(self.intern("__doc__"), Value::None);
            dd.set_str(
                self.intern("__builtins__"),
                Value::Obj(self.builtins.clone()),
            );
        }
        Value::obj(Payload::Module(crate::object::Module {
            name: name.into(),
            dict: d,
        }))
    }
}

/// A private name (`__x`, not `__x__`) as the class body mangles it: `_Class__x`.
pub(crate) fn mangle(class: &str, name: &str) -> String {
    let stripped = class.trim_start_matches('_');
    if name.starts_with("__") && !name.ends_with("__") && !stripped.is_empty() {
        format!("_{stripped}{name}")
    } else {
        name.to_string()
    }
}

/// Whether `v` is an instance of a Python subclass of a builtin type.
fn is_subclass_instance(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.ext().is_some())
}
