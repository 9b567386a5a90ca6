//! The eval loop's inline caches for instance attributes and its reused argument buffer.

use super::stack::{PushInline, ValueStack};
use crate::frame::AttrKind;
use crate::object::{NativeKind, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};

impl Vm {
    /// The attribute-load inline cache. For a load (`method` false): the instance's own
    /// attribute when its class is the cached one and the cache says the instance dict
    /// decides. For a method load: the class's plain function when the instance dict does
    /// not shadow it.
    // Inlined: a hit's value returned through memory stalls the push that follows.
    #[inline(always)]
    pub(crate) fn cached_instance_attr(
        &self,
        code: &crate::frame::Code,
        i: usize,
        o: &Value,
        name: &Value,
        method: bool,
    ) -> Option<Value> {
        if method && type_decides(o) {
            // A builtin object's method: the type's, if the cache knows it.
            let c = self.attr_entry(code, i, self.type_ref(o))?;
            return c.class_attr.clone().filter(plain_method);
        }
        let Value::Obj(obj) = o else { return None };
        let Payload::Instance(inst) = &obj.payload else {
            return None;
        };
        let c = self.attr_entry(code, i, &inst.cls)?;
        match c.kind {
            AttrKind::Dict => {}
            AttrKind::Slot(k) if !method => return inst.slot(k as usize),
            _ => return None,
        }
        let own = match &inst.dict.payload {
            Payload::Dict(d) => d.get_str_hinted(name, &c.index),
            _ => None,
        };
        if method {
            match (&own, &c.class_attr) {
                (None, Some(f)) if matches!(f.payload(), Some(Payload::Function(_))) => {
                    Some(f.clone())
                }
                _ => None,
            }
        } else {
            match own {
                Some(v) => Some(v),
                // Not in the instance: a plain class attribute, or a function to bind.
                None => match &c.class_attr {
                    Some(f @ Value::Obj(fo)) if matches!(fo.payload, Payload::Function(_)) => {
                        Some(Value::obj(Payload::BoundMethod {
                            func: f.clone(),
                            this: o.clone(),
                        }))
                    }
                    Some(v @ (Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None)) => {
                        Some(v.clone())
                    }
                    Some(v @ Value::Obj(vo))
                        if matches!(
                            vo.payload,
                            Payload::Str(_)
                                | Payload::Tuple(_)
                                | Payload::BigInt(_)
                                | Payload::Dict(_)
                                | Payload::List(_)
                        ) =>
                    {
                        Some(v.clone())
                    }
                    _ => None,
                },
            }
        }
    }

    /// `module.name` for a name the module's namespace holds (CPython specialises these
    /// loads too): read from its dict with the site's entry-index hint, skipping the
    /// attribute protocol. (`__dict__` and `__class__` come from the module type.)
    #[inline]
    pub(crate) fn cached_module_attr(
        &self,
        code: &crate::frame::Code,
        i: usize,
        o: &Value,
    ) -> Option<Value> {
        let Value::Obj(obj) = o else { return None };
        let Payload::Module(m) = &obj.payload else {
            return None;
        };
        let name = &code.names[i];
        if obj.ext().is_some() || name.is(&self.names.class) || name.as_str() == Some("__dict__") {
            return None;
        }
        let Payload::Dict(d) = &m.dict.payload else {
            return None;
        };
        let hint = &code.attr_cache.get(i)?[0];
        let hint = hint.try_borrow().ok()?;
        d.get_str_hinted(name, &hint.index)
    }

    /// A plain attribute store straight into the instance dict, when the class is the
    /// cached one, which has no data descriptor of that name and no `__setattr__`
    /// override. Gives the value back when the cache does not apply.
    #[inline]
    pub(crate) fn cached_instance_store(
        &self,
        code: &crate::frame::Code,
        i: usize,
        o: &Value,
        v: Value,
    ) -> Result<(), Value> {
        let Value::Obj(obj) = o else { return Err(v) };
        let Payload::Instance(inst) = &obj.payload else {
            return Err(v);
        };
        let Payload::Dict(d) = &inst.dict.payload else {
            return Err(v);
        };
        let Some(c) = self.attr_entry(code, i, &inst.cls) else {
            return Err(v);
        };
        match (c.plain_store, c.kind) {
            (true, AttrKind::Dict) => {
                d.set_str_hinted(code.names[i].clone(), v, &c.index);
                Ok(())
            }
            (true, AttrKind::Slot(k)) => match inst.slots.get(k as usize) {
                Some(cell) => {
                    let old = cell.replace(v);
                    drop(c);
                    drop(old);
                    Ok(())
                }
                None => Err(v),
            },
            _ => Err(v),
        }
    }

    /// Pushes the frame of a property getter (a plain one-parameter Python function, as
    /// [`Vm::cached_property_getter`] found) called on `o`, as `Call` would: its result
    /// replaces the getter on the stack when it returns. Gives `o` back when it cannot.
    #[inline(never)]
    pub(crate) fn push_getter_frame(&mut self, fget: Value, o: Value) -> Result<(), Value> {
        let Some(Payload::Function(f)) = fget.payload() else {
            return Err(o);
        };
        if self.recursion_exceeded() {
            return Err(o);
        }
        self.stack.push(fget.clone());
        let base = self.stack.len();
        self.stack.push(o);
        self.push_simple_frame(f, base, 1, crate::frame::OnReturn::Value);
        Ok(())
    }

    /// The getter of the property the cache found for this load, if it is a plain Python
    /// function the eval loop can run as a call.
    #[inline]
    pub(crate) fn cached_property_getter(
        &self,
        code: &crate::frame::Code,
        i: usize,
        o: &Value,
    ) -> Option<Value> {
        let Value::Obj(obj) = o else { return None };
        let Payload::Instance(inst) = &obj.payload else {
            return None;
        };
        let c = self.attr_entry(code, i, &inst.cls)?;
        match (c.kind, c.class_attr.as_ref().and_then(|p| p.payload())) {
            (AttrKind::Property, Some(Payload::Property(p))) => Some(p.fget.clone()),
            _ => None,
        }
    }

    /// The cache entry of name `i` for class `ty`, if valid for its current version: the
    /// site's own, else the shared one.
    #[inline(always)]
    fn attr_entry<'c>(
        &'c self,
        code: &'c crate::frame::Code,
        i: usize,
        ty: &crate::object::ObjRef,
    ) -> Option<std::cell::Ref<'c, crate::frame::AttrCache>> {
        let (ptr, version) = (
            crate::object::ObjRef::as_ptr(ty) as usize,
            crate::types::type_data(ty).version.get(),
        );
        let ways = code.attr_cache.get(i)?;
        let own = ways.iter().find_map(|w| {
            let c = w.borrow();
            (c.ty == ptr && c.version == version).then_some(c)
        });
        match own {
            Some(c) => Some(c),
            None => self.shared_attr_entry(ways, &code.names[i], ptr, version),
        }
    }

    /// The shared entry (see [`crate::frame::SharedAttr`]) of `name` for the class at
    /// `ty` with `version`. A site with a way never filled takes a copy of it.
    #[inline(never)]
    fn shared_attr_entry<'c>(
        &'c self,
        ways: &'c [std::cell::RefCell<crate::frame::AttrCache>],
        name: &Value,
        ty: usize,
        version: u64,
    ) -> Option<std::cell::Ref<'c, crate::frame::AttrCache>> {
        let e = self.shared_attrs[shared_slot(name, version)].borrow();
        let same_name = matches!((&e.name, name), (Some(a), Value::Obj(b)) if crate::object::ObjRef::ptr_eq(a, b));
        if !(same_name && e.entry.version == version && e.entry.ty == ty) {
            return None;
        }
        if let Some(w) = ways.iter().find(|w| w.borrow().ty == 0) {
            if let Ok(mut free) = w.try_borrow_mut() {
                *free = e.entry.clone();
                drop(free);
                return Some(w.borrow());
            }
        }
        Some(std::cell::Ref::map(e, |e| &e.entry))
    }

    /// Records what the attribute load just learnt about an instance's class.
    pub(crate) fn fill_attr_cache(
        &self,
        code: &crate::frame::Code,
        i: usize,
        o: &Value,
        name: &Value,
    ) {
        let Some(ways) = code.attr_cache.get(i) else {
            return;
        };
        let ty = match o {
            Value::Obj(obj) => match &obj.payload {
                Payload::Instance(inst) => &inst.cls,
                _ if type_decides(o) => self.type_ref(o),
                _ => return,
            },
            _ => self.type_ref(o),
        };
        if self.attr_entry(code, i, ty).is_some() {
            // Known already (an entry that sends every load down the full protocol).
            return;
        }
        // The new entry goes first; the others move down a way, the last one drops out.
        for w in (1..ways.len()).rev() {
            ways[w].swap(&ways[w - 1]);
        }
        let slot = &ways[0];
        self.fill_entry(slot, o, name);
        if let (Value::Obj(n), Ok(new)) = (name, slot.try_borrow()) {
            if new.ty == 0 {
                return;
            }
            let mut shared = self.shared_attrs[shared_slot(name, new.version)].borrow_mut();
            shared.name = Some(n.clone());
            shared.entry = new.clone();
        }
    }

    /// Fills `slot` with what an attribute load of `name` on `o` needs to know.
    fn fill_entry(
        &self,
        slot: &std::cell::RefCell<crate::frame::AttrCache>,
        o: &Value,
        name: &Value,
    ) {
        if type_decides(o) {
            let ty = self.type_ref(o);
            *slot.borrow_mut() = crate::frame::AttrCache {
                version: crate::types::type_data(ty).version.get(),
                ty: crate::object::ObjRef::as_ptr(ty) as usize,
                class_attr: self.lookup_in_type(ty, name),
                plain_store: false,
                index: Default::default(),
                kind: AttrKind::Dict,
            };
            return;
        }
        let Value::Obj(obj) = o else { return };
        let Payload::Instance(inst) = &obj.payload else {
            return;
        };
        let entry = |class_attr, plain_store, kind| crate::frame::AttrCache {
            version: crate::types::type_data(&inst.cls).version.get(),
            ty: crate::object::ObjRef::as_ptr(&inst.cls) as usize,
            class_attr,
            plain_store,
            index: Default::default(),
            kind,
        };
        // Special names (`__class__`, `__dict__`) have their own rules.
        let special = name
            .as_str()
            .is_some_and(|n| n.starts_with("__") && n.ends_with("__"));
        let custom_get = matches!(
            self.lookup_in_type(&inst.cls, &self.names.getattribute)
                .as_ref()
                .and_then(|m| m.payload()),
            Some(Payload::Function(_))
        );
        if special || custom_get {
            *slot.borrow_mut() = entry(None, false, AttrKind::Other);
            return;
        }
        let plain_store = !matches!(
            self.lookup_in_type(&inst.cls, &self.names.setattr)
                .as_ref()
                .and_then(|m| m.payload()),
            Some(Payload::Function(_))
        );
        let class_attr = self.lookup_in_type(&inst.cls, name);
        let data_kind = match class_attr.as_ref().and_then(|a| a.payload()) {
            Some(Payload::Member(m)) if m.index < inst.slots.len() => {
                Some(AttrKind::Slot(m.index as u32))
            }
            Some(Payload::Property(p)) => Some(match p.fget.payload() {
                Some(Payload::Function(f)) if f.code.simple_call && f.code.code.argcount == 1 => {
                    AttrKind::Property
                }
                _ => AttrKind::Other,
            }),
            Some(Payload::Member(_)) => Some(AttrKind::Other),
            Some(Payload::Instance(_)) => {
                let aty = self.type_of(class_attr.as_ref().unwrap_or(&Value::None));
                (self.lookup_in_type(&aty, &self.names.set).is_some()
                    || self.lookup_in_type(&aty, &self.names.delete).is_some())
                .then_some(AttrKind::Other)
            }
            _ => None,
        };
        if let Some(kind) = data_kind {
            // A store goes through the descriptor: only a slot's is done here.
            let store = plain_store && matches!(kind, AttrKind::Slot(_));
            *slot.borrow_mut() = entry(class_attr, store, kind);
            return;
        }
        // A store into the instance dict only where `__slots__` lets the name in (a class
        // attribute of a slotted class is read-only on its instances).
        let store = plain_store && self.slot_allowed(o, name);
        *slot.borrow_mut() = entry(class_attr, store, AttrKind::Dict);
    }

    /// The instantiation fast path of calls: when the callable at `fpos` is a plain class
    /// (see [`Vm::plain_init`]) whose `__init__` is a Python function (not a generator
    /// function), puts a new instance in the callable slot and as `self`, and returns the
    /// `__init__`, whose frame the caller pushes with `init` set.
    #[inline]
    pub(crate) fn construct_init(&mut self, fpos: usize) -> Option<crate::object::ObjRef> {
        let Value::Obj(cls) = &self.stack[fpos] else {
            return None;
        };
        if !matches!(cls.payload, Payload::Type(_)) || !self.stack[fpos + 1].is_null() {
            return None;
        }
        let Some(Value::Obj(init)) = self.plain_init(cls) else {
            return None;
        };
        match &init.payload {
            Payload::Function(f) if !f.code.code.is_generator() => {}
            _ => return None,
        }
        let inst = self.new_plain_instance(cls);
        self.stack[fpos + 1] = inst.clone();
        self.stack[fpos] = inst;
        Some(init)
    }

    /// Pushes the frame of a call of `func` whose `argcount` positional arguments are in
    /// place from `args_start` (a `simple_call` code object), with `call_slots` stack slots
    /// below them belonging to the call.
    #[inline(always)]
    pub(crate) fn push_simple_frame(
        &mut self,
        func: &crate::object::Function,
        args_start: usize,
        call_slots: u8,
        on_return: crate::frame::OnReturn,
    ) {
        let code = func.code.clone();
        self.stack.fill_null_to(args_start + code.nslots);
        if code.has_cells {
            self.enter_cells(func, args_start);
        }
        self.frames.push_with(|| {
            crate::frame::Frame::of_function(func, code, args_start, false, call_slots, on_return)
        });
    }

    /// [`Vm::enter_cells`] for the function at stack position `fpos`.
    #[cold]
    pub(crate) fn enter_cells_of(&mut self, fpos: usize, base: usize) {
        let f = self.stack[fpos].clone();
        if let Some(Payload::Function(func)) = f.payload() {
            self.enter_cells(func, base);
        }
    }

    /// A bound method of a Python function in the callable slot at `fpos` (with the `self`
    /// slot after it empty) is split into the function and its `self`, as `LoadMethod`
    /// would have left them, so the call runs in the eval loop.
    #[inline]
    pub(crate) fn unbind_callee(&mut self, fpos: usize) {
        if !self.stack[fpos + 1].is_null() {
            return;
        }
        let (func, this) = match self.stack[fpos].payload() {
            Some(Payload::BoundMethod { func, this })
                if matches!(func.payload(), Some(Payload::Function(_))) =>
            {
                (func.clone(), this.clone())
            }
            _ => return,
        };
        self.stack[fpos + 1] = this;
        self.stack[fpos] = func;
    }

    /// A call made by the eval loop of the callable at `fpos` with the arguments above it
    /// (the values of `kwnames` last): the frame of a Python function, or of a plain
    /// class's `__init__` on a new instance, is pushed (`Ok(true)`: the loop switches to
    /// it); anything else is called here and its result pushed (`Ok(false)`).
    // Small and not inlined: each kind's path is a tail call, so a builtin's call does not
    // pay for saving the registers the Python paths need.
    #[inline(never)]
    pub(crate) fn call_in_loop(&mut self, fpos: usize, kwnames: &[Value]) -> PyResult<bool> {
        match self.stack[fpos].payload() {
            Some(Payload::Native(f)) if f.kind != NativeKind::StaticMethod => {
                self.call_native_in_loop(fpos, f.func, kwnames)
            }
            _ => self.call_other_in_loop(fpos, kwnames),
        }
    }

    /// [`Vm::call_in_loop`] of anything but a builtin function or method.
    #[inline(never)]
    fn call_other_in_loop(&mut self, fpos: usize, kwnames: &[Value]) -> PyResult<bool> {
        // One look at the callable's kind.
        let python = match self.stack[fpos].payload() {
            Some(Payload::Function(_)) => true,
            Some(Payload::BoundMethod { .. }) => {
                self.unbind_callee(fpos);
                true
            }
            Some(Payload::Type(_)) => match self.construct_init(fpos) {
                Some(init) => {
                    self.push_init_frame(&init, fpos, kwnames)?;
                    return Ok(true);
                }
                None => false,
            },
            _ => false,
        };
        if let Some(fo) = self.python_callee(fpos).filter(|_| python) {
            let args_start = if self.stack[fpos + 1].is_null() {
                fpos + 2
            } else {
                fpos + 1
            };
            self.push_function_frame(&fo, args_start, kwnames, false)?;
            return Ok(true);
        }
        let r = self.call_stack_args(fpos, kwnames)?;
        self.stack.push_reserved(r);
        Ok(false)
    }

    /// `lst.append(x)` as loaded by `LoadMethod` at `fpos` (CPython specialises this call
    /// too): the item is moved onto the list and None pushed, with no argument parsing.
    #[inline(always)]
    pub(super) fn list_append(&mut self, fpos: usize) -> bool {
        let is_append = self.stack.len() == fpos + 3
            && matches!(self.stack[fpos].payload(),
                Some(Payload::Native(f)) if std::ptr::fn_addr_eq(f.func, crate::objects::list::APPEND))
            && matches!(self.stack[fpos + 1].payload(), Some(Payload::List(_)));
        if !is_append {
            return false;
        }
        let x = self.stack.pop_words().unwrap_or(Value::None);
        let list = self.stack.pop_words().unwrap_or(Value::None);
        if let Some(Payload::List(l)) = list.payload() {
            l.borrow_mut().push(x);
        }
        drop(self.stack.pop_words());
        self.stack.push_reserved(Value::None);
        true
    }

    /// Pushes the frame of `init` (a class's `__init__`) on the new instance that
    /// [`Vm::construct_init`] put at `fpos` and `fpos + 1`, with the arguments above.
    fn push_init_frame(
        &mut self,
        init: &crate::object::ObjRef,
        fpos: usize,
        kwnames: &[Value],
    ) -> PyResult<()> {
        let nargs = self.stack.len() - (fpos + 1);
        let simple = kwnames.is_empty() && !self.recursion_exceeded();
        match &init.payload {
            Payload::Function(func)
                if simple && func.code.simple_call && nargs == func.code.code.argcount as usize =>
            {
                self.push_simple_frame(func, fpos + 1, 1, crate::frame::OnReturn::Init);
            }
            _ => {
                self.push_function_frame(init, fpos + 1, kwnames, false)?;
                if let Some(f) = self.frames.last_mut() {
                    f.on_return = crate::frame::OnReturn::Init;
                }
            }
        }
        Ok(())
    }

    /// The callable at `fpos` when it is a Python function that runs in the eval loop (not
    /// a generator function, whose call makes a generator).
    #[inline]
    pub(crate) fn python_callee(&self, fpos: usize) -> Option<crate::object::ObjRef> {
        match &self.stack[fpos] {
            Value::Obj(fo) => match &fo.payload {
                Payload::Function(f) if !f.code.code.is_generator() => Some(fo.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// Calls the callable at `fpos` with the values above it as arguments (self first,
    /// when the slot after the callable holds one, else that slot is NULL), taking them all
    /// off the stack. Up to four arguments move into an array on the Rust stack, more into
    /// a reused buffer; the values are dropped after the call, as a temporary's would be.
    pub(crate) fn call_stack_args(&mut self, fpos: usize, kwnames: &[Value]) -> PyResult<Value> {
        let has_self = !self.stack[fpos + 1].is_null();
        let from = if has_self { fpos + 1 } else { fpos + 2 };
        let n = self.stack.len() - from;
        if n <= super::stack::ArgBuf::CAP {
            let args = super::stack::ArgBuf::take_top(&mut self.stack, n);
            if !has_self {
                drop(self.stack.pop_words());
            }
            let callee = self.stack.pop_words().unwrap_or(Value::Null);
            // A builtin function or method (not a `__new__`, which `call` checks) is
            // called directly.
            return match callee.payload() {
                Some(Payload::Native(f))
                    if f.kind != NativeKind::StaticMethod && !self.recursion_exceeded() =>
                {
                    (f.func)(self, args.args(), kwnames)
                }
                _ => self.call(&callee, args.args(), kwnames),
            };
        }
        let mut args = std::mem::take(&mut self.arg_buffer);
        args.extend(self.stack.drain(from..));
        self.stack.truncate(fpos + 1);
        let callee = self.stack.pop_words().unwrap_or(Value::Null);
        let r = self.call(&callee, &args, kwnames);
        args.clear();
        if args.capacity() <= 64 {
            self.arg_buffer = args;
        }
        r
    }
}

/// Whether attribute lookups on `o` consult only its type: values and builtin objects that
/// have no `__dict__` (not instances of Python classes, functions, modules, types, ...).
#[inline]
fn type_decides(o: &Value) -> bool {
    match o {
        Value::Obj(obj) => {
            obj.ext().is_none()
                && !matches!(
                    obj.payload,
                    Payload::Instance(_)
                        | Payload::Exception(_)
                        | Payload::Function(_)
                        | Payload::Type(_)
                        | Payload::Module(_)
                        | Payload::Super { .. }
                )
        }
        _ => true,
    }
}

/// The [`crate::frame::SharedAttr`] index of `name` on a class with `version`.
#[inline]
fn shared_slot(name: &Value, version: u64) -> usize {
    let n = match name {
        Value::Obj(n) => crate::object::ObjRef::as_ptr(n) as u64,
        _ => 0,
    };
    (crate::types::cache_hash(version, n) >> 54) as usize % crate::frame::SHARED_ATTRS
}

/// A class attribute that `LoadMethod` may push unbound with `self` after it.
fn plain_method(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Function(_)) => true,
        Some(Payload::Native(n)) => n.kind == crate::object::NativeKind::Method,
        _ => false,
    }
}
