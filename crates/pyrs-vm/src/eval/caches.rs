//! The eval loop's inline caches for instance attributes and its reused argument buffer.

use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

impl Vm {
    /// The attribute-load inline cache. For a load (`method` false): the instance's own
    /// attribute when its class is the cached one and the cache says the instance dict
    /// decides. For a method load: the class's plain function when the instance dict does
    /// not shadow it.
    #[inline]
    pub(crate) fn cached_instance_attr(
        &self,
        code: &crate::frame::Code,
        i: usize,
        o: &Value,
        name: &Value,
        method: bool,
    ) -> Option<Value> {
        let Value::Obj(obj) = o else { return None };
        let Payload::Instance(inst) = &obj.payload else {
            return None;
        };
        let c = code.attr_cache.get(i)?.borrow();
        if c.epoch != self.type_epoch.get() || c.ty != Rc::as_ptr(&inst.cls) as usize {
            return None;
        }
        let own = match &inst.dict.payload {
            Payload::Dict(d) => d.get_str(name),
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

    /// The instance dict a plain attribute store can go straight into: the class is the
    /// cached one, which has no data descriptor of that name and no `__setattr__` override.
    #[inline]
    pub(crate) fn cached_instance_store(
        &self,
        code: &crate::frame::Code,
        i: usize,
        o: &Value,
    ) -> Option<ObjRef> {
        let Value::Obj(obj) = o else { return None };
        let Payload::Instance(inst) = &obj.payload else {
            return None;
        };
        let c = code.attr_cache.get(i)?.borrow();
        if c.plain_store
            && c.epoch == self.type_epoch.get()
            && c.ty == Rc::as_ptr(&inst.cls) as usize
        {
            Some(inst.dict.clone())
        } else {
            None
        }
    }

    /// Records what the attribute load just learnt about an instance's class.
    pub(crate) fn fill_attr_cache(
        &self,
        code: &crate::frame::Code,
        i: usize,
        o: &Value,
        name: &Value,
    ) {
        let Value::Obj(obj) = o else { return };
        let Payload::Instance(inst) = &obj.payload else {
            return;
        };
        let Some(slot) = code.attr_cache.get(i) else {
            return;
        };
        // Special names (`__class__`, `__dict__`) have their own rules: never cached.
        if name
            .as_str()
            .is_some_and(|n| n.starts_with("__") && n.ends_with("__"))
        {
            return;
        }
        let custom_get = matches!(
            self.lookup_in_type(&inst.cls, &self.names.getattribute)
                .as_ref()
                .and_then(|m| m.payload()),
            Some(Payload::Function(_))
        );
        if custom_get {
            return;
        }
        let class_attr = self.lookup_in_type(&inst.cls, name);
        let data_descriptor = match class_attr.as_ref().and_then(|a| a.payload()) {
            Some(Payload::Property { .. }) => true,
            Some(Payload::Instance(_)) => {
                let aty = self.type_of(class_attr.as_ref().unwrap_or(&Value::None));
                self.lookup_in_type(&aty, &self.names.set).is_some()
                    || self.lookup_in_type(&aty, &self.names.delete).is_some()
            }
            _ => false,
        };
        if data_descriptor {
            return;
        }
        let plain_store = !matches!(
            self.lookup_in_type(&inst.cls, &self.names.setattr)
                .as_ref()
                .and_then(|m| m.payload()),
            Some(Payload::Function(_))
        );
        *slot.borrow_mut() = crate::frame::AttrCache {
            epoch: self.type_epoch.get(),
            ty: Rc::as_ptr(&inst.cls) as usize,
            class_attr,
            plain_store,
        };
    }

    /// Moves a call's arguments (self first, if any) off the stack into a reused buffer,
    /// popping the callable and the self/NULL slot too.
    #[inline]
    pub(crate) fn take_call_args(&mut self, fpos: usize) -> Vec<Value> {
        let mut args = std::mem::take(&mut self.arg_buffer);
        let has_self = !self.stack[fpos + 1].is_null();
        let from = if has_self { fpos + 1 } else { fpos + 2 };
        args.extend(self.stack.drain(from..));
        self.stack.truncate(fpos);
        args
    }

    /// Returns the argument buffer for the next call (values dropped now, as a temporary
    /// vector's would be).
    #[inline]
    pub(crate) fn give_back_args(&mut self, mut args: Vec<Value>) {
        args.clear();
        if args.capacity() <= 64 {
            self.arg_buffer = args;
        }
    }
}
