//! The pattern-matching operations of `match` statements (PEP 634): which subjects are
//! mappings or sequences, mapping keys, class patterns.

use crate::dict::Dict;
use crate::object::{ObjRef, Payload};
use crate::types::type_data;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::rc::Rc;

/// `__abc_tpflags__` bits (CPython's `Py_TPFLAGS_SEQUENCE` / `Py_TPFLAGS_MAPPING`) a class
/// may carry in its own namespace, as `collections.abc.Sequence`/`Mapping` do.
const ABC_SEQUENCE: i64 = 1 << 5;
const ABC_MAPPING: i64 = 1 << 6;

/// What kind of collection a type is for `match`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Collection {
    Sequence,
    Mapping,
    Neither,
}

impl Vm {
    /// The collection kind of type `ty`: the first class along its MRO that is a sequence or
    /// mapping builtin, or that declares `__abc_tpflags__`, decides.
    fn collection_kind(&self, ty: &ObjRef) -> Collection {
        let t = &self.types;
        let mro = type_data(ty).mro.borrow().clone();
        for c in &mro {
            if crate::object::ObjRef::ptr_eq(c, &t.list)
                || crate::object::ObjRef::ptr_eq(c, &t.tuple)
                || crate::object::ObjRef::ptr_eq(c, &t.range)
                || crate::object::ObjRef::ptr_eq(c, &t.memoryview)
            {
                return Collection::Sequence;
            }
            if crate::object::ObjRef::ptr_eq(c, &t.dict) {
                return Collection::Mapping;
            }
            let td = type_data(c);
            if !td.heap {
                match &**td.name.borrow() {
                    "deque" | "array" => return Collection::Sequence,
                    "mappingproxy" => return Collection::Mapping,
                    _ => {}
                }
            }
            if let Payload::Dict(d) = &td.dict.payload {
                if let Some(Value::Int(flags)) = d.get_str(&self.intern("__abc_tpflags__")) {
                    if flags & ABC_SEQUENCE != 0 {
                        return Collection::Sequence;
                    }
                    if flags & ABC_MAPPING != 0 {
                        return Collection::Mapping;
                    }
                }
            }
        }
        Collection::Neither
    }

    /// `MatchMapping`: whether a subject can match a mapping pattern.
    pub fn match_is_mapping(&mut self, o: &Value) -> PyResult<bool> {
        match o.payload() {
            Some(Payload::Dict(_)) => Ok(true),
            Some(Payload::List(_) | Payload::Tuple(_) | Payload::Str(_)) => Ok(false),
            None => Ok(false),
            _ => {
                let ty = self.type_of(o);
                Ok(self.collection_kind(&ty) == Collection::Mapping)
            }
        }
    }

    /// `MatchSequence`: whether a subject can match a sequence pattern.
    pub fn match_is_sequence(&mut self, o: &Value) -> PyResult<bool> {
        match o.payload() {
            Some(Payload::List(_) | Payload::Tuple(_) | Payload::Range(_)) => Ok(true),
            Some(
                Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Dict(_),
            ) => Ok(false),
            None => Ok(false),
            _ => {
                let ty = self.type_of(o);
                Ok(self.collection_kind(&ty) == Collection::Sequence)
            }
        }
    }

    /// Records `key` in `seen`; true if it was already there.
    fn match_seen(&mut self, seen: &Dict, key: &Value) -> PyResult<bool> {
        if self.dict_get(seen, key)?.is_some() {
            return Ok(true);
        }
        self.dict_set(seen, key.clone(), Value::None)?;
        Ok(false)
    }

    /// `MatchKeys`: a tuple of the subject's values for the keys, or None.
    pub fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let keys: Vec<Value> = match keys.payload() {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => self.collect(keys)?,
        };
        if keys.is_empty() {
            return Ok(self.new_tuple(Vec::new()));
        }
        // An exact dict: its `get` cannot be overridden, look the keys up directly.
        let exact = match subject {
            Value::Obj(o)
                if matches!(o.payload, Payload::Dict(_))
                    && crate::object::ObjRef::ptr_eq(&self.type_of_obj(o), &self.types.dict) =>
            {
                Some(o.clone())
            }
            _ => None,
        };
        let getter = match exact {
            Some(_) => None,
            None => {
                let name = self.intern("get");
                let get = self.getattr(subject, &name)?;
                let dummy = Value::Obj(self.types.object.clone());
                let dummy = self.call(&dummy, &[], &[])?;
                Some((get, dummy))
            }
        };
        let seen = Dict::new();
        let mut values = Vec::with_capacity(keys.len());
        for key in &keys {
            if self.match_seen(&seen, key)? {
                let r = self.repr_str(key)?;
                return Err(self.value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
            let found = match (&exact, &getter) {
                (Some(o), _) => match &o.payload {
                    Payload::Dict(d) => self.dict_get(d, key)?,
                    _ => None,
                },
                (None, Some((get, dummy))) => {
                    let v = self.call(get, &[key.clone(), dummy.clone()], &[])?;
                    if v.is(dummy) {
                        None
                    } else {
                        Some(v)
                    }
                }
                (None, None) => None,
            };
            match found {
                Some(v) => values.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(values))
    }

    /// `isinstance(subject, cls)`, honouring a Python `__instancecheck__` on the metaclass.
    fn match_isinstance(&mut self, subject: &Value, cls: &ObjRef) -> PyResult<bool> {
        if crate::object::ObjRef::ptr_eq(&self.type_of(subject), cls) {
            return Ok(true);
        }
        if let Some(meta) = type_data(cls).metaclass.clone() {
            if let Some(check) = self.lookup_in_type_str(&meta, "__instancecheck__") {
                if matches!(check.payload(), Some(Payload::Function(_))) {
                    let r = self.call(&check, &[Value::Obj(cls.clone()), subject.clone()], &[])?;
                    return self.truthy(&r);
                }
            }
        }
        Ok(self.is_instance(subject, cls))
    }

    /// `getattr(o, name)` with AttributeError as `None`.
    fn match_getattr(&mut self, o: &Value, name: &Value) -> PyResult<Option<Value>> {
        match self.getattr_opt(o, name) {
            Ok(v) => Ok(v),
            Err(e) if self.exc_matches(&e, &self.exc.attribute_error.clone()) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// One attribute of a class pattern: None if the subject lacks it; TypeError for an
    /// attribute named twice.
    fn match_class_attr(
        &mut self,
        subject: &Value,
        cls_name: &str,
        name: &Value,
        seen: &Dict,
    ) -> PyResult<Option<Value>> {
        if self.match_seen(seen, name)? {
            let r = self.repr_str(name)?;
            return Err(self.type_error(format!(
                "{cls_name}() got multiple sub-patterns for attribute {r}"
            )));
        }
        self.match_getattr(subject, name)
    }

    /// Whether instances of `cls` match themselves for one positional sub-pattern (the
    /// builtin types CPython flags so, and their subclasses).
    fn match_self(&self, cls: &ObjRef) -> bool {
        let t = &self.types;
        let selfish = [
            &t.bool_,
            &t.bytearray,
            &t.bytes,
            &t.dict,
            &t.float,
            &t.frozenset,
            &t.int,
            &t.list,
            &t.set,
            &t.str_,
            &t.tuple,
        ];
        let mro = type_data(cls).mro.borrow().clone();
        mro.iter()
            .any(|c| selfish.iter().any(|s| crate::object::ObjRef::ptr_eq(c, s)))
    }

    /// `MatchClass(n)`: a tuple of the attributes a class pattern binds, or None.
    pub fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        n: usize,
        names: &Value,
    ) -> PyResult<Value> {
        let cls_obj = match cls {
            Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => o.clone(),
            _ => return Err(self.type_error("called match pattern must be a type")),
        };
        if !self.match_isinstance(subject, &cls_obj)? {
            return Ok(Value::None);
        }
        let cls_name: Rc<str> = type_data(&cls_obj).name.borrow().clone();
        let seen = Dict::new();
        let names: Vec<Value> = match names.payload() {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => Vec::new(),
        };
        let mut attrs = Vec::with_capacity(n + names.len());
        if n > 0 {
            let match_args_name = self.intern("__match_args__");
            let (match_args, match_self) = match self.match_getattr(cls, &match_args_name)? {
                Some(ma) => match ma.payload() {
                    Some(Payload::Tuple(items)) => (items.to_vec(), false),
                    _ => {
                        let got = self.type_name(&ma);
                        return Err(self.type_error(format!(
                            "{cls_name}.__match_args__ must be a tuple (got {got})"
                        )));
                    }
                },
                None => (Vec::new(), self.match_self(&cls_obj)),
            };
            let allowed = if match_self { 1 } else { match_args.len() };
            if allowed < n {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(self.type_error(format!(
                    "{cls_name}() accepts {allowed} positional sub-pattern{plural} ({n} given)"
                )));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in match_args.iter().take(n) {
                    if !matches!(name.payload(), Some(Payload::Str(_))) {
                        let got = self.type_name(name);
                        return Err(self.type_error(format!(
                            "__match_args__ elements must be strings (got {got})"
                        )));
                    }
                    match self.match_class_attr(subject, &cls_name, name, &seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        for name in &names {
            match self.match_class_attr(subject, &cls_name, name, &seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(attrs))
    }

    /// `CopyDictWithoutKeys`: the rest of a mapping for `**rest`.
    pub fn copy_dict_without_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        // `dict.update`'s fast path: a dict whose iteration is not overridden in Python.
        let ty = self.type_of(subject);
        let plain_iter = !matches!(
            self.lookup_in_type_str(&ty, "__iter__")
                .as_ref()
                .and_then(|f| f.payload()),
            Some(Payload::Function(_))
        );
        let rest = match subject.payload() {
            Some(Payload::Dict(d)) if plain_iter => {
                let copy = self.new_dict();
                if let Some(Payload::Dict(c)) = copy.payload() {
                    for (h, k, v) in d.raw_items() {
                        c.insert_unique(h, k, v);
                    }
                }
                copy
            }
            _ => {
                let dict_type = Value::Obj(self.types.dict.clone());
                self.call(&dict_type, std::slice::from_ref(subject), &[])?
            }
        };
        let keys: Vec<Value> = match keys.payload() {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => self.collect(keys)?,
        };
        if let Value::Obj(o) = &rest {
            if let Payload::Dict(d) = &o.payload {
                for key in keys {
                    if self.dict_del(d, &key)?.is_none() {
                        return Err(self.key_error(key));
                    }
                }
            }
        }
        Ok(rest)
    }
}
