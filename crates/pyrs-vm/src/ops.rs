//! The abstract object protocol: attributes, items, operators, comparison, hashing, truth,
//! iteration and conversion to text, dispatching to builtin code or to special methods.

mod attr;
use crate::object::{IterState, ObjRef, Payload};
use crate::types::type_data;
use crate::value::Value;
use crate::{PyErr, PyResult, Vm};
use pyrs_compiler::bytecode::{BinOp, CmpOp, UnaryOp};
use std::cell::Cell;
use std::rc::Rc;

/// The hash of a value whose hash needs no Python code (None for others).
pub fn native_hash(v: &Value) -> Result<i64, ()> {
    use pyrs_primitives::hash;
    match v {
        Value::None | Value::Null => Ok(0xFCA86420),
        Value::Bool(b) => Ok(*b as i64),
        Value::Int(i) => Ok(hash::hash_i64(*i)),
        Value::Float(f) => hash::hash_f64(*f).ok_or(()),
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => Ok(s.hash()),
            Payload::BigInt(b) => Ok(hash::hash_bigint(b)),
            Payload::Float(f) => hash::hash_f64(*f).ok_or(()),
            Payload::Bytes(b) => Ok(hash::hash_bytes(b)),
            // A flat tuple of natively hashable items (nested tuples go through `Vm::hash`,
            // which bounds the depth).
            Payload::Tuple(items) => {
                let mut h = hash::TupleHasher::new();
                for it in items.iter() {
                    if matches!(it.payload(), Some(Payload::Tuple(_))) {
                        return Err(());
                    }
                    h.add(native_hash(it)?);
                }
                Ok(h.finish(items.len()))
            }
            Payload::Complex(re, im) => hash::hash_complex(*re, *im).ok_or(()),
            _ => Err(()),
        },
    }
}

/// The table of `c` when it is an exact dict, with no subclass's methods to honour.
#[inline(always)]
fn exact_dict(c: &Value) -> Option<&crate::dict::Dict> {
    match c {
        Value::Obj(o) if o.ext().is_none() => match &o.payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        },
        _ => None,
    }
}

impl Vm {
    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(m) = self.subclass_override(v, "__hash__") {
            let r = self.call(&m, std::slice::from_ref(v), &[])?;
            return match r {
                Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                _ => Err(self.type_error("__hash__ method should return an integer")),
            };
        }
        if let Ok(h) = native_hash(v) {
            return Ok(h);
        }
        let Value::Obj(o) = v else {
            return Ok(v.id() >> 4);
        };
        match &o.payload {
            Payload::Tuple(items) => {
                if self.recursion_exceeded()
                    || self.native_depth + self.frames.len() > self.recursion_limit
                {
                    return Err(self.new_error(
                        &self.exc.recursion_error,
                        "maximum recursion depth exceeded while calling a Python object",
                    ));
                }
                let mut h = pyrs_primitives::hash::TupleHasher::new();
                self.native_depth += 1;
                for it in items.iter() {
                    match self.hash(it) {
                        Ok(x) => h.add(x),
                        Err(e) => {
                            self.native_depth -= 1;
                            return Err(e);
                        }
                    }
                }
                self.native_depth -= 1;
                Ok(h.finish(items.len()))
            }
            Payload::FrozenSet(s) => {
                let items = s.items();
                let mut hs = Vec::with_capacity(items.len());
                for it in &items {
                    hs.push(self.hash(it)?);
                }
                Ok(pyrs_primitives::hash::frozenset_hash(
                    hs.into_iter(),
                    items.len(),
                ))
            }
            Payload::Complex(re, im) => {
                Ok(pyrs_primitives::hash::hash_complex(*re, *im).unwrap_or(v.id() >> 4))
            }
            Payload::List(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::ByteArray(_)
            | Payload::MappingProxy(_)
            | Payload::Slice(_) => {
                Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            Payload::Range(_) => {
                // Equal ranges hash alike: (len, start, step) with unused parts None.
                let (n, a, st) = crate::objects::range::range_key(self, v)?;
                let key = match n {
                    0 => self.new_tuple(vec![Value::Int(0), Value::None, Value::None]),
                    1 => self.new_tuple(vec![Value::Int(1), Value::Int(a), Value::None]),
                    _ => self.new_tuple(vec![Value::Int(n), Value::Int(a), Value::Int(st)]),
                };
                self.hash(&key)
            }
            Payload::Code(c) => {
                // Equal code objects (same content) hash alike.
                let key = self.new_tuple(vec![
                    self.new_str(&*c.code.name),
                    Value::Int(c.code.firstlineno as i64),
                    Value::Int(c.code.instrs.len() as i64),
                ]);
                self.hash(&key)
            }
            Payload::Union(members) => {
                let members = members.to_vec();
                crate::objects::union::hash_of(self, &members)
            }
            Payload::BoundMethod { func, this } => {
                let fh = self.hash(func)?;
                let h = (this.id() >> 4) ^ fh;
                Ok(if h == -1 { -2 } else { h })
            }
            Payload::MemoryView(_) | Payload::WeakRef(_) => {
                match self.call_special(v, "__hash__", &[])? {
                    Some(Value::Int(i)) => Ok(i),
                    _ => Ok(v.id() >> 4),
                }
            }
            Payload::Instance(_) | Payload::Exception(_) => {
                let ty = self.type_of(v);
                match self.lookup_in_type_str(&ty, "__hash__") {
                    Some(Value::None) => {
                        Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
                    }
                    Some(m @ Value::Obj(_)) if !self.is_native_object_method(&m) => {
                        let r = self.call(&m, std::slice::from_ref(v), &[])?;
                        match r {
                            Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                            Value::Bool(b) => Ok(b as i64),
                            Value::Obj(ref b) if matches!(b.payload, Payload::BigInt(_)) => {
                                Ok(native_hash(&r).unwrap_or(0))
                            }
                            _ => Err(self.type_error("__hash__ method should return an integer")),
                        }
                    }
                    _ => Ok(v.id() >> 4),
                }
            }
            _ => Ok(v.id() >> 4),
        }
    }

    pub(crate) fn is_native_object_method(&self, m: &Value) -> bool {
        matches!(m.payload(), Some(Payload::Native(n)) if n.owner == Some("object"))
    }

    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        if let Some(m) = self.subclass_override(v, "__bool__") {
            let r = self.call(&m, std::slice::from_ref(v), &[])?;
            return Ok(matches!(r, Value::Bool(true)));
        }
        if let Some(m) = self.subclass_override(v, "__len__") {
            let r = self.call(&m, std::slice::from_ref(v), &[])?;
            return Ok(self.len_result(&r)? != 0);
        }
        Ok(match v {
            Value::Null | Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => !s.as_str().is_empty(),
                Payload::BigInt(b) => b.sign() != num_bigint::Sign::NoSign,
                Payload::Float(f) => *f != 0.0,
                Payload::Complex(a, b) => *a != 0.0 || *b != 0.0,
                Payload::Bytes(b) => !b.is_empty(),
                Payload::ByteArray(b) => !b.borrow().is_empty(),
                Payload::Tuple(t) => !t.is_empty(),
                Payload::List(l) => !l.borrow().is_empty(),
                Payload::Dict(d) => !d.is_empty(),
                Payload::Set(s) => !s.borrow().is_empty(),
                Payload::FrozenSet(s) => !s.is_empty(),
                Payload::Range(_) | Payload::DictView { .. } | Payload::MemoryView(_) => {
                    self.len(v)? != 0
                }
                Payload::Instance(_) | Payload::Exception(_) => {
                    let ty = self.type_of(v);
                    if let Some(m) = self.lookup_in_type_str(&ty, "__bool__") {
                        let r = self.call(&m, std::slice::from_ref(v), &[])?;
                        match r {
                            Value::Bool(b) => b,
                            _ => {
                                return Err(self.type_error(format!(
                                    "__bool__ should return bool, returned {}",
                                    self.type_name(&r)
                                )))
                            }
                        }
                    } else if let Some(m) = self.lookup_in_type_str(&ty, "__len__") {
                        let r = self.call(&m, std::slice::from_ref(v), &[])?;
                        self.len_result(&r)? != 0
                    } else {
                        true
                    }
                }
                _ => true,
            },
        })
    }

    fn len_result(&mut self, r: &Value) -> PyResult<usize> {
        match r {
            Value::Int(i) if *i >= 0 => Ok(*i as usize),
            Value::Bool(b) => Ok(*b as usize),
            Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
            // An int subclass's value may be small (its payload is always a BigInt).
            Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => {
                let Payload::BigInt(b) = &o.payload else {
                    unreachable!()
                };
                match i64::try_from(b) {
                    Ok(i) => self.len_result(&Value::Int(i)),
                    Err(_) if b.sign() == num_bigint::Sign::Minus => {
                        Err(self.value_error("__len__() should return >= 0"))
                    }
                    Err(_) => {
                        Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
                    }
                }
            }
            _ => {
                let i = self.index(r)?;
                self.len_result(&i)
            }
        }
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Some(m) = self.subclass_override(v, "__len__") {
            let r = self.call(&m, std::slice::from_ref(v), &[])?;
            return self.len_result(&r);
        }
        self.len_base(v)
    }

    /// `len(v)` without a subclass's `__len__`.
    pub fn len_base(&mut self, v: &Value) -> PyResult<usize> {
        if let Value::Obj(o) = v {
            match &o.payload {
                Payload::Str(s) => return Ok(s.char_len()),
                Payload::Bytes(b) => return Ok(b.len()),
                Payload::ByteArray(b) => return Ok(b.borrow().len()),
                Payload::Tuple(t) => return Ok(t.len()),
                Payload::List(l) => return Ok(l.borrow().len()),
                Payload::Dict(d) => return Ok(d.len()),
                Payload::Set(s) => return Ok(s.borrow().len()),
                Payload::FrozenSet(s) => return Ok(s.len()),
                Payload::DictView { dict, .. } => {
                    if let Payload::Dict(d) = &dict.payload {
                        return Ok(d.len());
                    }
                }
                Payload::Range(_) => {
                    let n = crate::objects::range::range_len(self, v)?;
                    return usize::try_from(n).map_err(|_| {
                        self.overflow_error("Python int too large to convert to C ssize_t")
                    });
                }
                _ => {}
            }
        }
        let ty = self.type_of(v);
        match self.lookup_in_type_str(&ty, "__len__") {
            Some(m) => {
                let r = self.call(&m, std::slice::from_ref(v), &[])?;
                self.len_result(&r)
            }
            None => Err(self.type_error(format!(
                "object of type '{}' has no len()",
                self.type_name(v)
            ))),
        }
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(m) = self.subclass_override(v, "__iter__") {
            return self.call(&m, std::slice::from_ref(v), &[]);
        }
        self.iter_base(v)
    }

    /// `iter(v)` without a subclass's `__iter__`.
    pub fn iter_base(&mut self, v: &Value) -> PyResult<Value> {
        let seq = |v: &Value| {
            Value::obj(Payload::iter(IterState::Seq {
                seq: v.clone(),
                index: Cell::new(0),
            }))
        };
        if let Value::Obj(o) = v {
            match &o.payload {
                Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_) => return Ok(seq(v)),
                Payload::Dict(d) => {
                    return Ok(Value::obj(Payload::iter(IterState::Dict {
                        dict: o.clone(),
                        index: Cell::new(0),
                        len: d.len(),
                        what: 0,
                    })))
                }
                Payload::DictView { dict, what } => {
                    let len = self.dict_of(dict).map(|d| d.len()).unwrap_or(0);
                    return Ok(Value::obj(Payload::iter(IterState::Dict {
                        dict: dict.clone(),
                        index: Cell::new(0),
                        len,
                        what: *what,
                    })));
                }
                Payload::Set(_) | Payload::FrozenSet(_) => {
                    return Ok(crate::objects::set::live_iter(v));
                }
                Payload::Range(_) => return crate::objects::range::range_iter(self, v),
                Payload::Iter(_) | Payload::Generator(_) => return Ok(v.clone()),
                Payload::File(_) => return Ok(v.clone()),
                _ => {}
            }
        }
        let ty = self.type_of(v);
        if let Some(m) = self.lookup_in_type_str(&ty, "__iter__") {
            if m.is_none() {
                return Err(self.not_iterable(v));
            }
            let it = self.call(&m, std::slice::from_ref(v), &[])?;
            let ity = self.type_of(&it);
            if self.lookup_in_type_str(&ity, "__next__").is_none()
                && !matches!(it.payload(), Some(Payload::Iter(_) | Payload::Generator(_)))
            {
                return Err(self.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    self.type_name(&it)
                )));
            }
            return Ok(it);
        }
        if self.lookup_in_type_str(&ty, "__getitem__").is_some() {
            return Ok(Value::obj(Payload::iter(IterState::Seq {
                seq: v.clone(),
                index: Cell::new(0),
            })));
        }
        Err(self.not_iterable(v))
    }

    #[cold]
    fn not_iterable(&self, v: &Value) -> PyErr {
        self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// `next(it)`: `None` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        let Value::Obj(o) = it else {
            return Err(self.not_an_iterator(it));
        };
        match &o.payload {
            Payload::Iter(state) => crate::objects::iter::iter_next(self, o, state),
            Payload::Generator(_) => self.gen_next(o),
            Payload::File(_) => crate::file::file_next_line(self, it),
            _ => {
                let ty = self.type_of(it);
                let Some(m) = self.lookup_in_type_str(&ty, "__next__") else {
                    return Err(self.not_an_iterator(it));
                };
                match self.call(&m, std::slice::from_ref(it), &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.exc_matches(&e, &self.exc.stop_iteration.clone()) => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    #[cold]
    fn not_an_iterator(&self, v: &Value) -> PyErr {
        self.type_error(format!("'{}' object is not an iterator", self.type_name(v)))
    }

    /// All items of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            // Copied directly unless a subclass iterates its own way.
            let own_iter = o.ext().is_some() && self.subclass_override(v, "__iter__").is_some();
            match &o.payload {
                Payload::List(l) if !own_iter => return Ok(l.borrow().clone()),
                Payload::Tuple(t) if !own_iter => return Ok(t.to_vec()),
                _ => {}
            }
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `a, b = seq` with exactly n items.
    pub fn unpack(&mut self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        let own_iter = self.subclass_override(seq, "__iter__").is_some();
        let items = match seq.payload() {
            Some(Payload::Tuple(t)) if !own_iter => t.to_vec(),
            Some(Payload::List(l)) if !own_iter => l.borrow().clone(),
            _ => {
                let it = match self.iter(seq) {
                    Ok(it) => it,
                    Err(e) => {
                        // Only an object with no iteration protocol gets this message; an
                        // `__iter__` that raised propagates its error.
                        let ty = self.type_of(seq);
                        if self.lookup_in_type_str(&ty, "__iter__").is_some()
                            || self.lookup_in_type_str(&ty, "__getitem__").is_some()
                            || !self.exc_matches(&e, &self.exc.type_error.clone())
                        {
                            return Err(e);
                        }
                        return Err(self.type_error(format!(
                            "cannot unpack non-iterable {} object",
                            self.type_name(seq)
                        )));
                    }
                };
                let mut out = Vec::with_capacity(n);
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                    if out.len() > n {
                        return Err(
                            self.value_error(format!("too many values to unpack (expected {n})"))
                        );
                    }
                }
                out
            }
        };
        if items.len() > n {
            return Err(self.value_error(format!("too many values to unpack (expected {n})")));
        }
        if items.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        Ok(items)
    }

    /// Calls special method `name` of type(a) with (a, args...), if the type has it.
    pub fn call_special(
        &mut self,
        a: &Value,
        name: &'static str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let ty = self.type_of(a);
        match self.lookup_in_type_str(&ty, name) {
            Some(m) if !m.is_none() => Ok(Some(self.call_as_method(&m, a, &ty, args, &[])?)),
            _ => Ok(None),
        }
    }

    /// Calls `m`, found on `ty` (the type of `this`), as a method of `this`: functions get
    /// `this` first; other objects are bound as attribute lookup binds them (a class or a
    /// builtin function stored on a class is called as it is).
    pub fn call_as_method(
        &mut self,
        m: &Value,
        this: &Value,
        ty: &ObjRef,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        if let Value::Obj(fo) = m {
            if let Payload::Function(func) = &fo.payload {
                return self.call_python(fo, func, Some(this), args, kwnames);
            }
        }
        let plain = match m.payload() {
            Some(Payload::Native(n)) => n.kind == crate::object::NativeKind::Method,
            _ => false,
        };
        if plain {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(this.clone());
            full.extend_from_slice(args);
            return self.call(m, &full, kwnames);
        }
        let bound = self.bind(m.clone(), this, ty)?;
        self.call(&bound, args, kwnames)
    }

    /// A binary operator with CPython's dispatch: builtin numeric code, then `__op__`,
    /// `__rop__` (the right operand's first if its type is a subclass), `NotImplemented`.
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        let base = op.base();
        // In-place operators on objects: the type's `__iop__` first (lists, sets,
        // bytearrays and instances mutate in place).
        if op.is_inplace() {
            // Immutable builtins have no `__iop__`: `s += t` on a str is `s + t`.
            let immutable = match a {
                Value::Obj(o) => {
                    o.ext().is_none()
                        && matches!(
                            o.payload,
                            Payload::Str(_)
                                | Payload::Tuple(_)
                                | Payload::Bytes(_)
                                | Payload::FrozenSet(_)
                                | Payload::BigInt(_)
                                | Payload::Float(_)
                                | Payload::Complex(..)
                        )
                }
                _ => true,
            };
            if !immutable {
                if let (Some(Payload::Set(_)), Some(Payload::Set(_) | Payload::FrozenSet(_))) =
                    (a.payload(), b.payload())
                {
                    if matches!(base, BinOp::Or | BinOp::And | BinOp::Subtract | BinOp::Xor) {
                        crate::objects::set::set_inplace(self, a, b, base)?;
                        return Ok(a.clone());
                    }
                }
                if let (Some(Payload::Dict(_)), BinOp::Or) = (a.payload(), base) {
                    if self.subclass_override(a, "__ior__").is_none() {
                        let args = [a.clone(), b.clone()];
                        return crate::objects::dict::dunder_ior(self, &args, &[]);
                    }
                }
                let iname = dunder_names(base).2;
                if let Some(r) = self.call_special(a, iname, std::slice::from_ref(b))? {
                    if !r.is(&self.not_implemented) {
                        return Ok(r);
                    }
                }
            }
        }
        let overridden = self.subclass_override(a, dunder_names(base).0).is_some()
            || self.subclass_override(b, dunder_names(base).1).is_some();
        if !overridden {
            if let Some(v) = crate::objects::number::binary(self, a, b, base)? {
                return Ok(v);
            }
        }
        let (name, rname, _) = dunder_names(base);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let same = crate::object::ObjRef::ptr_eq(&ta, &tb);
        // The right operand's reflected method first when its type is a subclass that
        // overrides it (CPython compares the slot functions).
        let b_first = !same && self.is_subtype(&tb, &ta) && {
            let rb = self.lookup_in_type_str(&tb, rname);
            let ra = self.lookup_in_type_str(&ta, rname);
            match (&rb, &ra) {
                (Some(x), Some(y)) => !x.is(y),
                (Some(_), None) => true,
                _ => false,
            }
        };
        if b_first {
            if let Some(r) = self.call_special(b, rname, std::slice::from_ref(a))? {
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.call_special(a, name, std::slice::from_ref(b))? {
            if !r.is(&self.not_implemented) {
                return Ok(r);
            }
        }
        self.binary_op_after_forward(a, b, op, !b_first)
    }

    /// The rest of [`Vm::binary_op`] once the left operand's method gave `NotImplemented`
    /// (or had none): the right operand's reflected method (when `reflect`, and its type
    /// differs), then the fallbacks and CPython's TypeErrors.
    pub(crate) fn binary_op_after_forward(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOp,
        reflect: bool,
    ) -> PyResult<Value> {
        let base = op.base();
        let rname = dunder_names(base).1;
        if reflect && !ObjRef::ptr_eq(&self.type_of(a), &self.type_of(b)) {
            if let Some(r) = self.call_special(b, rname, std::slice::from_ref(a))? {
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        if base == BinOp::Multiply {
            if let Some(r) = crate::objects::number::repeat_fallback(self, a, b)? {
                return Ok(r);
            }
        }
        let sym = op.symbol();
        if base == BinOp::Add {
            // Sequence concatenation's own message.
            let seq = match a.payload() {
                Some(Payload::Str(_)) => Some("str"),
                Some(Payload::List(_)) => Some("list"),
                Some(Payload::Tuple(_)) => Some("tuple"),
                _ => None,
            };
            if let Some(seq) = seq {
                return Err(self.type_error(format!(
                    "can only concatenate {seq} (not \"{}\") to {seq}",
                    self.type_name(b)
                )));
            }
        }
        if base == BinOp::Power {
            return Err(self.type_error(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                if op.is_inplace() {
                    "**="
                } else {
                    "** or pow()"
                },
                self.type_name(a),
                self.type_name(b)
            )));
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{}' and '{}'",
            self.type_name(a),
            self.type_name(b)
        )))
    }

    pub fn unary_op(&mut self, a: &Value, op: UnaryOp) -> PyResult<Value> {
        if op == UnaryOp::Not {
            return Ok(Value::Bool(!self.truthy(a)?));
        }
        let dunder = match op {
            UnaryOp::Negative => "__neg__",
            UnaryOp::Positive => "__pos__",
            _ => "__invert__",
        };
        if let Some(m) = self.subclass_override(a, dunder) {
            return self.call(&m, std::slice::from_ref(a), &[]);
        }
        if let Some(v) = crate::objects::number::unary(self, a, op)? {
            return Ok(v);
        }
        let name = match op {
            UnaryOp::Negative => "__neg__",
            UnaryOp::Positive => "__pos__",
            _ => "__invert__",
        };
        if let Some(r) = self.call_special(a, name, &[])? {
            return Ok(r);
        }
        Err(self.type_error(format!(
            "bad operand type for unary {}: '{}'",
            op.symbol(),
            self.type_name(a)
        )))
    }

    /// A rich comparison, with reflection and the `==`/`!=` identity fallback.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        // Two strs (not of subclasses): the commonest comparison the loop leaves to us.
        if let (Some(p), Some(q)) = (a.as_exact_pystr(), b.as_exact_pystr()) {
            return Ok(Value::Bool(match op {
                CmpOp::Eq => p == q,
                CmpOp::Ne => p != q,
                _ => ordering_holds(op, p.cmp(q)),
            }));
        }
        // A mappingproxy compares as its mapping.
        if let Some(m) = crate::objects::mappingproxy::target(a) {
            return self.compare(&m, b, op);
        }
        if let Some(m) = crate::objects::mappingproxy::target(b) {
            return self.compare(a, &m, op);
        }
        let (name, rname) = match op {
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::Le => ("__le__", "__ge__"),
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::Ne => ("__ne__", "__ne__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::Ge => ("__ge__", "__le__"),
        };
        let overridden =
            self.subclass_override(a, name).is_some() || self.subclass_override(b, rname).is_some();
        if !overridden {
            let nested = matches!(
                a.payload(),
                Some(Payload::List(_) | Payload::Tuple(_) | Payload::Dict(_))
            );
            if nested {
                // Containers compare their items: CPython's " in comparison" depth check.
                self.native_depth += 1;
                let depth = self.native_depth + self.frames.len();
                if depth > self.recursion_limit || self.recursion_exceeded() {
                    self.native_depth -= 1;
                    return Err(self.new_error(
                        &self.exc.recursion_error.clone(),
                        "maximum recursion depth exceeded in comparison",
                    ));
                }
                let r = crate::objects::number::compare(self, a, b, op);
                self.native_depth -= 1;
                if let Some(r) = r? {
                    return Ok(Value::Bool(r));
                }
            } else if let Some(r) = crate::objects::number::compare(self, a, b, op)? {
                return Ok(Value::Bool(r));
            }
        }
        if let (Some(Payload::Code(x)), Some(Payload::Code(y)), CmpOp::Eq | CmpOp::Ne) =
            (a.payload(), b.payload(), op)
        {
            // Code objects compiled from the same source are equal.
            let same = Rc::ptr_eq(x, y) || x.code == y.code;
            return Ok(Value::Bool(same == (op == CmpOp::Eq)));
        }
        if let (Some(x), Some(y)) = (
            crate::objects::bytes::bytes_like(a),
            crate::objects::bytes::bytes_like(b),
        ) {
            let o = x.as_slice().cmp(y.as_slice());
            return Ok(Value::Bool(ordering_holds(op, o)));
        }
        let (name, rname) = match op {
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::Le => ("__le__", "__ge__"),
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::Ne => ("__ne__", "__ne__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::Ge => ("__ge__", "__le__"),
        };
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let same = crate::object::ObjRef::ptr_eq(&ta, &tb);
        // Instances of Python classes, including subclasses of builtins.
        let user = |v: &Value| match v {
            Value::Obj(o) => {
                o.ext().is_some()
                    || matches!(o.payload, Payload::Instance(_) | Payload::Exception(_))
            }
            _ => false,
        };
        let user_a = user(a);
        let user_b = user(b);
        if !same && user_b && self.is_subtype(&tb, &ta) {
            if let Some(r) = self.call_special(b, rname, std::slice::from_ref(a))? {
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        if user_a {
            if let Some(r) = self.call_special(a, name, std::slice::from_ref(b))? {
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        if user_b {
            if let Some(r) = self.call_special(b, rname, std::slice::from_ref(a))? {
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        match (a.payload(), b.payload()) {
            (Some(Payload::Union(_)), Some(Payload::Union(_)))
                if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
            {
                let r = self.call_special(a, "__eq__", std::slice::from_ref(b))?;
                let same = matches!(r, Some(Value::Bool(true)));
                return Ok(Value::Bool(same == (op == CmpOp::Eq)));
            }
            (
                Some(Payload::BoundMethod { func: f1, this: s1 }),
                Some(Payload::BoundMethod { func: f2, this: s2 }),
            ) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let same = s1.is(s2) && self.eq(f1, f2)?;
                return Ok(Value::Bool(same == (op == CmpOp::Eq)));
            }
            (Some(Payload::WeakRef(_)), Some(Payload::WeakRef(_)))
                if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
            {
                let pair = [a.clone(), b.clone()];
                let same = crate::objects::weakref::ref_eq_bool(self, &pair)?.unwrap_or(false);
                return Ok(Value::Bool(same == (op == CmpOp::Eq)));
            }
            (Some(Payload::Slice(a)), Some(Payload::Slice(b))) => {
                let x = self.new_tuple(vec![a.start.clone(), a.stop.clone(), a.step.clone()]);
                let y = self.new_tuple(vec![b.start.clone(), b.stop.clone(), b.step.clone()]);
                return self.compare(&x, &y, op);
            }
            _ => {}
        }
        if overridden {
            // A subclass's method declined: the builtin parts still compare (CPython's
            // reflected builtin slot).
            if let Some(r) = crate::objects::number::compare(self, a, b, op)? {
                return Ok(Value::Bool(r));
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        // Identity first, as CPython's container comparisons do (`nan in [nan]`).
        if a.is(b) {
            return Ok(true);
        }
        // Strs and tuples of builtin types (dict keys) without the general dispatch.
        if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
            if x.ext().is_none() && y.ext().is_none() {
                match (&x.payload, &y.payload) {
                    (Payload::Str(p), Payload::Str(q)) => return Ok(p == q),
                    (Payload::Tuple(p), Payload::Tuple(q)) => {
                        if p.len() != q.len() {
                            return Ok(false);
                        }
                        for (u, v) in p.iter().zip(q.iter()) {
                            // Nested tuples go through `compare`, which bounds the depth.
                            let same = if matches!(u.payload(), Some(Payload::Tuple(_))) {
                                let r = self.compare(u, v, CmpOp::Eq)?;
                                self.truthy(&r)?
                            } else {
                                self.eq(u, v)?
                            };
                            if !same {
                                return Ok(false);
                            }
                        }
                        return Ok(true);
                    }
                    _ => {}
                }
            }
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        match r {
            Value::Bool(b) => Ok(b),
            _ => self.truthy(&r),
        }
    }

    /// `a < b` as a bool (sorting, min, max).
    pub fn lt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x < y),
            (Value::Float(x), Value::Float(y)) => return Ok(x < y),
            (Value::Obj(x), Value::Obj(y)) if x.ext().is_none() && y.ext().is_none() => {
                match (&x.payload, &y.payload) {
                    (Payload::Str(p), Payload::Str(q)) => return Ok(p < q),
                    // Tuples compare item by item without copying them (sorting keys).
                    (Payload::Tuple(p), Payload::Tuple(q)) => {
                        for (u, v) in p.iter().zip(q.iter()) {
                            if !self.eq(u, v)? {
                                // Nested tuples go through `compare`, which bounds the depth.
                                if matches!(u.payload(), Some(Payload::Tuple(_))) {
                                    let r = self.compare(u, v, CmpOp::Lt)?;
                                    return self.truthy(&r);
                                }
                                return self.lt(u, v);
                            }
                        }
                        return Ok(p.len() < q.len());
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        let r = self.compare(a, b, CmpOp::Lt)?;
        match r {
            Value::Bool(b) => Ok(b),
            _ => self.truthy(&r),
        }
    }

    /// `x in c`.
    pub fn contains(&mut self, c: &Value, x: &Value) -> PyResult<bool> {
        if let Some(found) = exact_dict(c).and_then(|d| d.get_plain(x)) {
            return Ok(found.is_some());
        }
        if let Some(m) = self.subclass_override(c, "__contains__") {
            let r = self.call(&m, &[c.clone(), x.clone()], &[])?;
            return self.truthy(&r);
        }
        self.contains_base(c, x)
    }

    /// `x in c` without a subclass's `__contains__`.
    pub fn contains_base(&mut self, c: &Value, x: &Value) -> PyResult<bool> {
        if let Value::Obj(o) = c {
            match &o.payload {
                Payload::Dict(d) => return Ok(self.dict_get(d, x)?.is_some()),
                Payload::Set(s) => {
                    let s = s.borrow();
                    return self.set_contains(&s, x);
                }
                Payload::FrozenSet(s) => return self.set_contains(s, x),
                Payload::Str(s) => {
                    return match x.as_pystr() {
                        Some(sub) => Ok(crate::pystr::contains(s, sub)),
                        None => Err(self.type_error(format!(
                            "'in <string>' requires string as left operand, not {}",
                            self.type_name(x)
                        ))),
                    }
                }
                Payload::Tuple(items) => {
                    for it in items.iter() {
                        if self.eq(it, x)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Payload::List(l) => {
                    // By index, as CPython: an `__eq__` may change the list meanwhile.
                    let mut i = 0;
                    loop {
                        let Some(it) = l.borrow().get(i).cloned() else {
                            return Ok(false);
                        };
                        if self.eq(&it, x)? {
                            return Ok(true);
                        }
                        i += 1;
                    }
                }
                Payload::Range(_) => return crate::objects::range::range_contains(self, c, x),
                Payload::DictView { dict, what: 0 } => {
                    if let Payload::Dict(d) = &dict.payload {
                        return Ok(self.dict_get(d, x)?.is_some());
                    }
                }
                Payload::Bytes(_) | Payload::ByteArray(_) => {
                    return crate::objects::bytes::bytes_contains(self, c, x)
                }
                _ => {}
            }
        }
        let ty = self.type_of(c);
        match self.lookup_in_type_str(&ty, "__contains__") {
            // `__contains__ = None` blocks the iteration fallback.
            Some(m) if m.is_none() => {
                return Err(
                    self.type_error(format!("'{}' object is not a container", self.type_name(c)))
                )
            }
            Some(m) => {
                let r = self.call_as_method(&m, c, &ty, std::slice::from_ref(x), &[])?;
                return self.truthy(&r);
            }
            None => {}
        }
        let it = match self.iter(c) {
            Ok(it) => it,
            Err(e) if self.exc_matches(&e, &self.exc.type_error.clone()) => {
                return Err(self.type_error(format!(
                    "argument of type '{}' is not iterable",
                    self.type_name(c)
                )))
            }
            Err(e) => return Err(e),
        };
        while let Some(v) = self.next(&it)? {
            if self.eq(&v, x)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `c[k]`.
    pub fn getitem(&mut self, c: &Value, k: &Value) -> PyResult<Value> {
        if let Some(Some(v)) = exact_dict(c).and_then(|d| d.get_plain(k)) {
            return Ok(v);
        }
        if let Some(m) = self.subclass_override(c, "__getitem__") {
            return self.call(&m, &[c.clone(), k.clone()], &[]);
        }
        self.getitem_base(c, k)
    }

    /// `c[k]` without a subclass's `__getitem__` (what `dict.__getitem__` does).
    pub fn getitem_base(&mut self, c: &Value, k: &Value) -> PyResult<Value> {
        if let (Some(Payload::Dict(d)), Value::Obj(o)) = (c.payload(), c) {
            if o.ext().is_some() {
                if let Some(v) = self.dict_get(d, k)? {
                    return Ok(v);
                }
                // Any `__missing__` the subclass defines (a non-function one is called
                // as it is, and fails as CPython's does).
                let ty = self.type_of(c);
                if let Some(m) = self.lookup_in_type_str(&ty, "__missing__") {
                    return self.call_as_method(&m, c, &ty, std::slice::from_ref(k), &[]);
                }
                return Err(self.key_error(k.clone()));
            }
        }
        if let Some(v) = crate::objects::getitem_builtin(self, c, k)? {
            return Ok(v);
        }
        // The type's `__getitem__` (a metaclass's, for a class) before `__class_getitem__`.
        if let Some(r) = self.call_special(c, "__getitem__", std::slice::from_ref(k))? {
            return Ok(r);
        }
        if let Some(Payload::Type(t)) = c.payload() {
            // `__class_getitem__ = None` opts out, as CPython's check does.
            let cgi = self.getattr_opt(c, &self.intern("__class_getitem__"))?;
            if let Some(cgi) = cgi.filter(|m| !m.is_none()) {
                return self.call(&cgi, std::slice::from_ref(k), &[]);
            }
            return Err(self.type_error(format!("type '{}' is not subscriptable", t.name.borrow())));
        }
        Err(self.type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(c)
        )))
    }

    /// `c[k] = v`.
    pub fn setitem(&mut self, c: &Value, k: Value, v: Value) -> PyResult<()> {
        let (k, v) = match exact_dict(c) {
            Some(d) => match d.set_plain(k, v) {
                Ok(()) => return Ok(()),
                Err(kv) => kv,
            },
            None => (k, v),
        };
        if let Some(m) = self.subclass_override(c, "__setitem__") {
            self.call(&m, &[c.clone(), k, v], &[])?;
            return Ok(());
        }
        self.setitem_base(c, k, v)
    }

    /// `c[k] = v` without a subclass's `__setitem__`.
    pub fn setitem_base(&mut self, c: &Value, k: Value, v: Value) -> PyResult<()> {
        if crate::objects::setitem_builtin(self, c, &k, &v)? {
            return Ok(());
        }
        if self.call_special(c, "__setitem__", &[k, v])?.is_some() {
            return Ok(());
        }
        Err(self.type_error(format!(
            "'{}' object does not support item assignment",
            self.type_name(c)
        )))
    }

    /// `del c[k]`.
    pub fn delitem(&mut self, c: &Value, k: &Value) -> PyResult<()> {
        if let Some(m) = self.subclass_override(c, "__delitem__") {
            self.call(&m, &[c.clone(), k.clone()], &[])?;
            return Ok(());
        }
        self.delitem_base(c, k)
    }

    /// `del c[k]` without a subclass's `__delitem__`.
    pub fn delitem_base(&mut self, c: &Value, k: &Value) -> PyResult<()> {
        if crate::objects::delitem_builtin(self, c, k)? {
            return Ok(());
        }
        if self
            .call_special(c, "__delitem__", std::slice::from_ref(k))?
            .is_some()
        {
            return Ok(());
        }
        // CPython: the sequence protocol's message for an index key on a type with one.
        let has_sequence = match c {
            Value::Obj(o) => {
                o.ext().is_some()
                    || matches!(
                        o.payload,
                        Payload::Str(_)
                            | Payload::Bytes(_)
                            | Payload::ByteArray(_)
                            | Payload::Tuple(_)
                            | Payload::List(_)
                            | Payload::Range(_)
                            | Payload::Dict(_)
                            | Payload::Set(_)
                            | Payload::FrozenSet(_)
                            | Payload::DictView { .. }
                            | Payload::MappingProxy(_)
                            | Payload::MemoryView(_)
                            | Payload::Instance(_)
                    )
            }
            _ => false,
        };
        let index_key = match k {
            Value::Int(_) | Value::Bool(_) => true,
            Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => true,
            _ => {
                let kt = self.type_of(k);
                self.lookup_in_type_str(&kt, "__index__").is_some()
            }
        };
        let verb = if has_sequence && index_key {
            "doesn't"
        } else {
            "does not"
        };
        Err(self.type_error(format!(
            "'{}' object {verb} support item deletion",
            self.type_name(c)
        )))
    }
}

/// The special methods of a binary operator: (`__add__`, `__radd__`, `__iadd__`).
pub fn dunder_names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op.base() {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::And => ("__and__", "__rand__", "__iand__"),
        BinOp::FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Multiply => ("__mul__", "__rmul__", "__imul__"),
        BinOp::Remainder => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Or => ("__or__", "__ror__", "__ior__"),
        BinOp::Power => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::Subtract => ("__sub__", "__rsub__", "__isub__"),
        BinOp::TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
        _ => ("__xor__", "__rxor__", "__ixor__"),
    }
}

/// The name of a type object.
pub fn type_name_of(ty: &ObjRef) -> Rc<str> {
    type_data(ty).name.borrow().clone()
}

/// Whether `op` holds between two values that compare as `o`.
fn ordering_holds(op: CmpOp, o: std::cmp::Ordering) -> bool {
    match op {
        CmpOp::Lt => o.is_lt(),
        CmpOp::Le => o.is_le(),
        CmpOp::Eq => o.is_eq(),
        CmpOp::Ne => o.is_ne(),
        CmpOp::Gt => o.is_gt(),
        CmpOp::Ge => o.is_ge(),
    }
}
