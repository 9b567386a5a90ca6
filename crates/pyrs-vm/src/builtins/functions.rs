//! The builtin functions (`print`, `len`, `isinstance`, `sorted`, ...).

use super::args;
use crate::object::{IterState, NativeFn, ObjRef, Payload, PyStr};
use crate::value::Value;
use crate::{PyResult, Vm};
use pyrs_compiler::bytecode::{BinOp, CmpOp};
use std::cell::Cell;

pub fn init(vm: &mut Vm) {
    let b = vm.builtins.clone();
    let funcs: &[(&'static str, NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("hasattr", hasattr),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("id", id),
        ("hash", hash),
        ("callable", callable),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("sorted", sorted),
        ("iter", iter),
        ("next", next),
        ("any", any),
        ("all", all),
        ("chr", chr),
        ("ord", ord),
        ("divmod", divmod),
        ("pow", pow),
        ("format", format),
        ("__build_class__", build_class),
        ("globals", globals),
        ("locals", locals),
        ("vars", vars),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("round", round),
        ("exec", exec),
        ("eval", eval),
        ("dir", dir),
        ("compile", compile),
        ("__import__", import),
        ("aiter", aiter),
        ("anext", anext),
        ("breakpoint", breakpoint),
    ];
    vm.add_functions(&b, funcs);
}

/// The docstrings of the builtin functions (first paragraph of CPython's).
pub fn builtin_doc(f: &crate::object::NativeFunction) -> Option<&'static str> {
    if f.owner.is_some() {
        return None;
    }
    Some(match f.name {
        "len" => "Return the number of items in a container.",
        "abs" => "Return the absolute value of the argument.",
        "repr" => "Return the canonical string representation of the object.\n\nFor many object types, including most builtins, eval(repr(obj)) == obj.",
        "id" => "Return the identity of an object.\n\nThis is guaranteed to be unique among simultaneously existing objects.\n(CPython uses the object's memory address.)",
        "callable" => "Return whether the object is callable (i.e., some kind of function).\n\nNote that classes are callable, as are instances of classes with a\n__call__() method.",
        "chr" => "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.",
        "ord" => "Return the Unicode code point for a one-character string.",
        "hash" => "Return the hash value for the given object.\n\nTwo objects that compare equal must also have the same hash value, but the\nreverse is not necessarily true.",
        "isinstance" => "Return whether an object is an instance of a class or of a subclass thereof.\n\nA tuple, as in ``isinstance(x, (A, B, ...))``, may be given as the target to\ncheck against. This is equivalent to ``isinstance(x, A) or isinstance(x, B)\nor ...`` etc.",
        _ => return None,
    })
}

fn print(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let n = a.len() - kw.len();
    let mut sep = vm.intern(" ");
    let mut end = vm.intern("\n");
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in kw.iter().zip(&a[n..]) {
        match k.as_str() {
            Some(which @ ("sep" | "end")) if !v.is_none() => {
                if v.as_str().is_none() {
                    return Err(vm.type_error(format!(
                        "{which} must be None or a string, not {}",
                        vm.type_name(v)
                    )));
                }
                *(if which == "sep" { &mut sep } else { &mut end }) = v.clone();
            }
            Some("sep" | "end") => {}
            Some("file") => file = v.clone(),
            Some("flush") => flush = vm.truthy(v)?,
            Some(other) => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )))
            }
            None => {}
        }
    }
    let f = if file.is_none() {
        vm.sys_attr("stdout")
    } else {
        file
    };
    if f.is_none() {
        return Ok(Value::None);
    }
    let mut pieces = Vec::with_capacity(2 * n + 1);
    for (i, v) in a[..n].iter().enumerate() {
        if i > 0 {
            pieces.push(sep.clone());
        }
        pieces.push(vm.str(v)?);
    }
    pieces.push(end);
    let strs = || pieces.iter().filter_map(Value::as_pystr);
    if let Some(Payload::File(fd)) = f.payload() {
        if strs().any(PyStr::has_surrogates) {
            // Piece by piece, so what comes before a piece that cannot be encoded is written.
            for p in strs() {
                crate::file::write_text(vm, fd, p)?;
            }
        } else {
            crate::file::write_text(vm, fd, &PyStr::concat(strs()))?;
        }
    } else {
        // A Python file object gets one `write` per piece, as CPython does.
        for p in pieces {
            vm.call_method(&f, "write", &[p])?;
        }
    }
    if flush {
        if let Some(Payload::File(fd)) = f.payload() {
            let _ = fd.borrow_mut().flush();
        } else {
            vm.call_method(&f, "flush", &[])?;
        }
    }
    Ok(Value::None)
}

fn one<'a>(vm: &Vm, name: &'a str, a: &'a [Value], kw: &'a [Value]) -> PyResult<&'a Value> {
    args(name, a, kw).exactly_one(vm)
}

pub(crate) fn len(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one(vm, "len", a, kw)?;
    Ok(Value::Int(vm.len(x)? as i64))
}

fn repr(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one(vm, "repr", a, kw)?;
    // CPython's builtin call checks the depth before `PyObject_Repr` does.
    if let Value::Obj(_) = x {
        if vm.native_depth + 1 + vm.frames.len() > vm.recursion_limit || vm.recursion_exceeded() {
            return Err(vm.new_error(
                &vm.exc.recursion_error.clone(),
                "maximum recursion depth exceeded while calling a Python object",
            ));
        }
    }
    vm.repr(x)
}

fn ascii(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one(vm, "ascii", a, kw)?;
    vm.ascii(x)
}

fn class_check(vm: &mut Vm, x: &Value, cls: &Value, sub: bool, name: &str) -> PyResult<bool> {
    // `type(x) is cls` needs no hook (CPython's shortcut).
    if let (false, Value::Obj(c)) = (sub, cls) {
        if ObjRef::ptr_eq(&vm.type_of(x), c) {
            return Ok(true);
        }
    }
    // The hook of the second argument's type: a metaclass's `__instancecheck__` /
    // `__subclasscheck__`, or that of any object that defines one.
    let is_plain_type = match cls {
        Value::Obj(c) => {
            matches!(c.payload, Payload::Type(_)) && crate::types::type_data(c).metaclass.is_none()
        }
        _ => false,
    };
    if !is_plain_type && !matches!(cls.payload(), Some(Payload::Tuple(_))) {
        let hook = if sub {
            "__subclasscheck__"
        } else {
            "__instancecheck__"
        };
        let ty = vm.type_of(cls);
        if let Some(f) = vm.lookup_in_type_str(&ty, hook) {
            if !crate::objects::metatype::is_type_native(&f, hook) {
                vm.native_depth += 1;
                let r = if vm.recursion_exceeded() {
                    Err(vm.new_error(
                        &vm.exc.recursion_error.clone(),
                        format!("maximum recursion depth exceeded in {hook}"),
                    ))
                } else {
                    vm.call(&f, &[cls.clone(), x.clone()], &[])
                };
                vm.native_depth -= 1;
                let r = r?;
                return vm.truthy(&r);
            }
        }
    }
    match cls.payload() {
        Some(Payload::Type(_)) => {
            let Value::Obj(c) = cls else { return Ok(false) };
            if sub {
                match x {
                    Value::Obj(xo) if matches!(xo.payload, Payload::Type(_)) => {
                        Ok(vm.is_subtype(xo, c))
                    }
                    _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
                }
            } else {
                vm.is_instance_plain(x, c)
            }
        }
        Some(Payload::Tuple(items)) => {
            for c in items.iter() {
                if class_check(vm, x, c, sub, name)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some(Payload::Union(items)) => {
            for c in items.iter() {
                if class_check(vm, x, c, sub, name)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ if sub => {
            if !matches!(x.payload(), Some(Payload::Type(_))) {
                return Err(vm.type_error("issubclass() arg 1 must be a class"));
            }
            Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        }
        _ => Err(vm.type_error(format!(
            "{name}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

pub(crate) fn isinstance(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x, c] = args("isinstance", a, kw).positional_only(vm, 2)?;
    Ok(Value::Bool(class_check(vm, &x, &c, false, "isinstance")?))
}

fn issubclass(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x, c] = args("issubclass", a, kw).positional_only(vm, 2)?;
    Ok(Value::Bool(class_check(vm, &x, &c, true, "issubclass")?))
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

fn hasattr(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [o, n] = args("hasattr", a, kw).positional_only(vm, 2)?;
    let n = attr_name(vm, &n)?;
    match vm.getattr(&o, &n) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.exc_matches(&e, &vm.exc.attribute_error.clone()) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn getattr(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [o, n, d] = args("getattr", a, kw).positional_only(vm, 2)?;
    let n = attr_name(vm, &n)?;
    match vm.getattr(&o, &n) {
        Ok(v) => Ok(v),
        Err(e) if !d.is_null() && vm.exc_matches(&e, &vm.exc.attribute_error.clone()) => Ok(d),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [o, n, v] = args("setattr", a, kw).positional_only(vm, 3)?;
    let n = attr_name(vm, &n)?;
    vm.setattr(&o, &n, v)?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [o, n] = args("delattr", a, kw).positional_only(vm, 2)?;
    let n = attr_name(vm, &n)?;
    vm.delattr(&o, &n)?;
    Ok(Value::None)
}

fn id(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one(vm, "id", a, kw)?;
    Ok(Value::Int(x.id()))
}

fn hash(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one(vm, "hash", a, kw)?;
    Ok(Value::Int(vm.hash(x)?))
}

fn callable(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one(vm, "callable", a, kw)?;
    Ok(Value::Bool(vm.is_callable(x)))
}

impl Vm {
    /// `callable(x)`.
    pub fn is_callable(&self, x: &Value) -> bool {
        match x.payload() {
            Some(
                Payload::Function(_)
                | Payload::Native(_)
                | Payload::BoundMethod { .. }
                | Payload::Type(_),
            ) => true,
            _ => {
                let t = self.type_of(x);
                self.lookup_in_type_str(&t, "__call__").is_some()
            }
        }
    }
}

fn abs(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one(vm, "abs", a, kw)?;
    match &x {
        Value::Int(i) => match i.checked_abs() {
            Some(v) => Ok(Value::Int(v)),
            None => vm.binary_op(&Value::Int(0), x, BinOp::Subtract),
        },
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        _ => match x.payload() {
            Some(Payload::BigInt(b)) => Ok(vm.new_bigint(num_traits::Signed::abs(b))),
            Some(Payload::Complex(r, i)) => Ok(Value::Float(r.hypot(*i))),
            _ => match vm.call_special(x, "__abs__", &[])? {
                Some(r) => Ok(r),
                None => {
                    Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(x))))
                }
            },
        },
    }
}

fn min_max(vm: &mut Vm, a: &[Value], kw: &[Value], name: &str, want: CmpOp) -> PyResult<Value> {
    let n = a.len() - kw.len();
    let mut key = Value::None;
    let mut default = Value::Null;
    for (k, v) in kw.iter().zip(&a[n..]) {
        match k.as_str() {
            Some("key") => key = v.clone(),
            Some("default") => default = v.clone(),
            Some(o) => {
                return Err(
                    vm.type_error(format!("'{o}' is an invalid keyword argument for {name}()"))
                )
            }
            None => {}
        }
    }
    let items = match n {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect(&a[0])?,
        _ => {
            if !default.is_null() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            a[..n].to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = if key.is_none() {
            it.clone()
        } else {
            vm.call(&key, std::slice::from_ref(&it), &[])?
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => {
                let r = vm.compare(&k, bk, want)?;
                vm.truthy(&r)?
            }
        };
        if better {
            best = Some((k, it));
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None if !default.is_null() => Ok(default),
        None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn min(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    min_max(vm, a, kw, "min", CmpOp::Lt)
}

fn max(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    min_max(vm, a, kw, "max", CmpOp::Gt)
}

fn sum(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [it, start] = args("sum", a, kw).parse(vm, &["iterable", "start"], 1)?;
    let mut acc = if start.is_null() {
        Value::Int(0)
    } else {
        start
    };
    if acc.as_str().is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if let Some(Payload::Bytes(_) | Payload::ByteArray(_)) = acc.payload() {
        return Err(vm.type_error(format!(
            "sum() can't sum {} [use b''.join(seq) instead]",
            vm.type_name(&acc)
        )));
    }
    let iter = vm.iter(&it)?;
    while let Some(v) = vm.next(&iter)? {
        acc = vm.binary_op(&acc, &v, BinOp::Add)?;
    }
    Ok(acc)
}

fn sorted(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let n = a.len() - kw.len();
    if n != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {n}")));
    }
    let items = vm.collect(&a[0])?;
    let l = vm.new_list(items);
    let mut full = vec![l.clone()];
    full.extend_from_slice(&a[1..]);
    let sort = vm
        .lookup_in_type_str(&vm.types.list.clone(), "sort")
        .unwrap_or(Value::None);
    vm.call(&sort, &full, kw)?;
    Ok(l)
}

fn iter(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [o, sentinel] = args("iter", a, kw).positional_only(vm, 1)?;
    if sentinel.is_null() {
        return vm.iter(&o);
    }
    if !vm.is_callable(&o) {
        return Err(vm.type_error("iter(v, w): v must be callable"));
    }
    Ok(super::iter_value(IterState::Callable {
        func: o,
        sentinel,
        done: Cell::new(false),
    }))
}

fn next(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [it, default] = args("next", a, kw).positional_only(vm, 1)?;
    let is_iter = matches!(it.payload(), Some(Payload::Iter(_) | Payload::Generator(_)))
        || vm
            .lookup_in_type_str(&vm.type_of(&it), "__next__")
            .is_some();
    if !is_iter {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(&it))));
    }
    if let Some(Payload::Generator(_)) = it.payload() {
        let g = it.as_obj().cloned().ok_or_else(|| vm.type_error("?"))?;
        return match vm.gen_resume(&g, Value::None, None) {
            Ok(crate::call::GenResult::Yield(v)) => Ok(v),
            Ok(crate::call::GenResult::Return(r)) => {
                if default.is_null() {
                    Err(vm.stop_iteration(r))
                } else {
                    Ok(default)
                }
            }
            Err(e) if !default.is_null() && vm.exc_matches(&e, &vm.exc.stop_iteration.clone()) => {
                Ok(default)
            }
            Err(e) => Err(e),
        };
    }
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None if !default.is_null() => Ok(default),
        None => Err(vm.new_exception(&vm.exc.stop_iteration.clone(), vec![])),
    }
}

fn any(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one(vm, "any", a, kw)?;
    let it = vm.iter(x)?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one(vm, "all", a, kw)?;
    let it = vm.iter(x)?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn chr(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one(vm, "chr", a, kw)?;
    let i = vm.index_i64(x)?;
    match u32::try_from(i) {
        Ok(cp) if cp < 0x110000 => {
            let mut b = Vec::with_capacity(4);
            pyrs_primitives::wtf8::push(&mut b, cp);
            Ok(vm.new_str_wtf8(b))
        }
        _ => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one(vm, "ord", a, kw)?;
    if let Some(s) = x.as_pystr() {
        return match s.single_code_point() {
            Some(cp) => Ok(Value::Int(i64::from(cp))),
            None => Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.char_len()
            ))),
        };
    }
    let bytes = match x.payload() {
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        Some(Payload::ByteArray(b)) => Some(b.borrow().clone()),
        _ => None,
    };
    if let Some(b) = bytes {
        if b.len() == 1 {
            return Ok(Value::Int(b[0] as i64));
        }
        return Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        )));
    }
    Err(vm.type_error(format!(
        "ord() expected string of length 1, but {} found",
        vm.type_name(x)
    )))
}

fn divmod(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x, y] = args("divmod", a, kw).positional_only(vm, 2)?;
    let numeric = |v: &Value| {
        matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_))
            || matches!(v.payload(), Some(Payload::BigInt(_)))
    };
    if numeric(&x) && numeric(&y) {
        if let Some(r) = crate::objects::number::divmod(vm, &x, &y)? {
            return Ok(r);
        }
    }
    if let Some(r) = vm.call_special(&x, "__divmod__", std::slice::from_ref(&y))? {
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    if let Some(r) = vm.call_special(&y, "__rdivmod__", std::slice::from_ref(&x))? {
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(&x),
        vm.type_name(&y)
    )))
}

fn pow(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x, y, m] = args("pow", a, kw).parse(vm, &["base", "exp", "mod"], 2)?;
    if m.is_null() || m.is_none() {
        return vm.binary_op(&x, &y, BinOp::Power);
    }
    let (Some(bx), Some(by), Some(bm)) = (
        crate::objects::number::to_bigint(&x),
        crate::objects::number::to_bigint(&y),
        crate::objects::number::to_bigint(&m),
    ) else {
        if let Some(r) = vm.call_special(&x, "__pow__", &[y.clone(), m.clone()])? {
            if !r.is(&vm.not_implemented) {
                return Ok(r);
            }
        }
        // No `__rpow__` with a modulus. A float among the three refuses it, as float's
        // power does; otherwise no type supports the operation.
        let is_float = |v: &Value| {
            matches!(v, Value::Float(_)) || matches!(v.payload(), Some(Payload::Float(_)))
        };
        if [&x, &y, &m].into_iter().any(is_float) {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        }
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            vm.type_name(&x),
            vm.type_name(&y),
            vm.type_name(&m)
        )));
    };
    let r = crate::objects::intops::pow3(
        &crate::objects::intops::Int::from_big(bx),
        &crate::objects::intops::Int::from_big(by),
        &crate::objects::intops::Int::from_big(bm),
    )
    .map_err(|e| vm.primitive_error(e))?;
    Ok(vm.int_value(r))
}

fn format(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x, spec] = args("format", a, kw).positional_only(vm, 1)?;
    let spec = if spec.is_null() { vm.intern("") } else { spec };
    if spec.as_str().is_none() {
        return Err(vm.type_error(format!(
            "format() argument 2 must be str, not {}",
            vm.type_name(&spec)
        )));
    }
    vm.format(&x, &spec)
}

fn radix(vm: &mut Vm, a: &[Value], kw: &[Value], name: &str, base: u32) -> PyResult<Value> {
    let x = one(vm, name, a, kw)?;
    let i = vm.index(x)?;
    let b = crate::objects::number::to_bigint(&i).unwrap_or_default();
    let s =
        crate::objects::intops::format_prefixed(&crate::objects::intops::Int::from_big(b), base);
    Ok(vm.new_str(s))
}

fn hex(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    radix(vm, a, kw, "hex", 16)
}

fn oct(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    radix(vm, a, kw, "oct", 8)
}

fn bin(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    radix(vm, a, kw, "bin", 2)
}

fn round(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x, nd] = args("round", a, kw).parse(vm, &["number", "ndigits"], 1)?;
    match &x {
        Value::Float(f) => {
            if nd.is_null() || nd.is_none() {
                let r = crate::objects::intops::float::round_to_int(*f)
                    .map_err(|e| vm.primitive_error(e))?;
                Ok(vm.int_value(r))
            } else {
                let n = vm.index_i64(&nd)?;
                let r = crate::objects::intops::float::round_ndigits(*f, n)
                    .map_err(|e| vm.primitive_error(e))?;
                Ok(Value::Float(r))
            }
        }
        Value::Int(_) | Value::Bool(_) => {
            if nd.is_null() || nd.is_none() {
                return vm.index(&x);
            }
            let n = vm.index_i64(&nd)?;
            if n >= 0 {
                return vm.index(&x);
            }
            let p = vm.binary_op(&Value::Int(10), &Value::Int(-n), BinOp::Power)?;
            let half = vm.binary_op(&p, &Value::Int(2), BinOp::FloorDivide)?;
            let q = vm.binary_op(&x, &p, BinOp::FloorDivide)?;
            let r = vm.binary_op(&x, &p, BinOp::Remainder)?;
            let up = if vm.lt(&half, &r)? {
                true
            } else if vm.eq(&half, &r)? {
                let odd = vm.binary_op(&q, &Value::Int(2), BinOp::Remainder)?;
                vm.eq(&odd, &Value::Int(1))?
            } else {
                false
            };
            let q = if up {
                vm.binary_op(&q, &Value::Int(1), BinOp::Add)?
            } else {
                q
            };
            vm.binary_op(&q, &p, BinOp::Multiply)
        }
        _ => {
            let extra: Vec<Value> = if nd.is_null() { vec![] } else { vec![nd] };
            match vm.call_special(&x, "__round__", &extra)? {
                Some(r) => Ok(r),
                None => Err(vm.type_error(format!(
                    "type {} doesn't define __round__ method",
                    vm.type_name(&x)
                ))),
            }
        }
    }
}

/// `__build_class__(func, name, *bases, **kwds)`.
fn build_class(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let n = a.len() - kw.len();
    if n < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = a[0].clone();
    let name = a[1].clone();
    let Some(Payload::Function(f)) = func.payload() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    if name.as_str().is_none() {
        return Err(vm.type_error("__build_class__: name is not a string"));
    }
    let orig_bases = &a[2..n];
    let bases_vec = resolve_mro_entries(vm, orig_bases)?;
    let resolved = bases_vec.len() != orig_bases.len()
        || bases_vec.iter().zip(orig_bases).any(|(x, y)| !x.is(y));
    let bases = vm.new_tuple(bases_vec.clone());
    let mut kws: Vec<(Value, Value)> = kw.iter().cloned().zip(a[n..].iter().cloned()).collect();
    let explicit = kws
        .iter()
        .position(|(k, _)| k.as_str() == Some("metaclass"))
        .map(|i| kws.remove(i).1);
    // The metaclass: the one asked for, else the type of the first base; a type is then
    // replaced by the most derived of it and the bases' types.
    let mut meta = match explicit {
        Some(m) => m,
        None => match bases_vec.first() {
            Some(b) => Value::Obj(vm.type_of(b)),
            None => Value::Obj(vm.types.type_.clone()),
        },
    };
    if let Value::Obj(m) = &meta {
        if matches!(m.payload, Payload::Type(_)) {
            meta = Value::Obj(vm.most_derived_metaclass(m, &bases_vec)?);
        }
    }
    let plain = matches!(&meta, Value::Obj(m) if ObjRef::ptr_eq(m, &vm.types.type_));
    let kwnames: Vec<Value> = kws.iter().map(|(k, _)| k.clone()).collect();
    let with_kw = |mut args: Vec<Value>| {
        args.extend(kws.iter().map(|(_, v)| v.clone()));
        args
    };
    let ns = match (plain, vm.getattr_opt(&meta, &vm.intern("__prepare__"))?) {
        (false, Some(prepare)) => {
            let ns = vm.call(
                &prepare,
                &with_kw(vec![name.clone(), bases.clone()]),
                &kwnames,
            )?;
            if !matches!(ns.payload(), Some(Payload::Dict(_)))
                && vm.getattr_opt(&ns, &vm.intern("__getitem__"))?.is_none()
            {
                let who = match &meta {
                    Value::Obj(m) if matches!(m.payload, Payload::Type(_)) => {
                        crate::types::type_data(m).name.borrow().to_string()
                    }
                    _ => "<metaclass>".to_string(),
                };
                return Err(vm.type_error(format!(
                    "{who}.__prepare__() must return a mapping, not {}",
                    vm.type_name(&ns)
                )));
            }
            ns
        }
        _ => vm.new_dict(),
    };
    if resolved {
        let orig = vm.new_tuple(orig_bases.to_vec());
        let key = vm.intern("__orig_bases__");
        vm.setitem(&ns, key, orig)?;
    }
    let code = f.code.clone();
    let globals = f.globals.clone();
    let closure: Option<Vec<crate::object::ObjRef>> = f.closure.as_ref().map(|c| c.to_vec());
    let cell = vm.run_code_with_locals(code, &globals, ns.clone(), closure.as_deref())?;
    let cls = if plain {
        vm.new_class(&name, &bases, &ns, &kws, None)?
    } else {
        vm.call(&meta, &with_kw(vec![name, bases, ns]), &kwnames)?
    };
    if !cell.is_none() {
        crate::eval::cell_set(&cell, cls.clone());
    }
    Ok(cls)
}

/// The bases of a class statement after `__mro_entries__` (PEP 560): a base that is not
/// a type and has that method is replaced by the tuple it returns.
fn resolve_mro_entries(vm: &mut Vm, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(bases.len());
    let mut orig: Option<Value> = None;
    for b in bases {
        if matches!(b.payload(), Some(Payload::Type(_))) {
            out.push(b.clone());
            continue;
        }
        let Some(entries) = vm.getattr_opt(b, &vm.intern("__mro_entries__"))? else {
            out.push(b.clone());
            continue;
        };
        let all = orig
            .get_or_insert_with(|| vm.new_tuple(bases.to_vec()))
            .clone();
        let r = vm.call(&entries, &[all], &[])?;
        match r.payload() {
            Some(Payload::Tuple(t)) => out.extend(t.iter().cloned()),
            _ => return Err(vm.type_error("__mro_entries__ must return a tuple")),
        }
    }
    Ok(out)
}

fn current_frame_ns(vm: &Vm) -> (Value, Value) {
    match vm.frames.last() {
        Some(f) => (Value::Obj(f.globals.clone()), f.locals.clone()),
        None => (Value::None, Value::None),
    }
}

fn globals(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(current_frame_ns(vm).0)
}

fn locals(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (g, l) = current_frame_ns(vm);
    if !l.is_null() {
        return Ok(l);
    }
    // A function frame: its locals dict (one per frame, as CPython's f_locals, so that
    // names exec() adds to it stay), refreshed from the bound fast locals.
    let d = match vm.frames.last_mut() {
        Some(f) => Value::Obj(
            f.locals_dict
                .get_or_insert_with(|| {
                    crate::object::ObjRef::new(crate::object::Object::new(Payload::Dict(
                        crate::dict::Dict::new(),
                    )))
                })
                .clone(),
        ),
        None => vm.new_dict(),
    };
    if let (Some(f), Some(Payload::Dict(dd))) = (vm.frames.last(), d.payload()) {
        // CPython's order: parameters and locals (a captured one read from its cell), then
        // the other cells, then free variables; unbound names are left out.
        let nvars = f.code.varnames.len();
        let cellvars = &f.code.code.cellvars;
        let cell_value = |j: usize| -> Value {
            match vm.stack.get(f.base + nvars + j).and_then(|s| s.payload()) {
                Some(Payload::Cell(c)) => c.borrow().clone(),
                _ => Value::Null,
            }
        };
        for (i, name) in f.code.varnames.iter().enumerate() {
            let n = name.as_str().unwrap_or("");
            let v = match cellvars.iter().position(|c| &**c == n) {
                Some(j) => cell_value(j),
                None => vm.stack[f.base + i].clone(),
            };
            if !v.is_null() {
                dd.set_str(name.clone(), v);
            } else {
                dd.del_str(name);
            }
        }
        let others = cellvars.iter().chain(f.code.code.freevars.iter());
        for (j, name) in others.enumerate() {
            if j < cellvars.len() && f.code.varnames.iter().any(|v| v.as_str() == Some(&**name)) {
                continue;
            }
            let v = cell_value(j);
            if !v.is_null() {
                dd.set_str(vm.intern(name), v);
            }
        }
    }
    let _ = g;
    Ok(d)
}

fn vars(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [o] = args("vars", a, kw).positional_only(vm, 0)?;
    if o.is_null() {
        return locals(vm, &[], &[]);
    }
    let d = vm.intern("__dict__");
    match vm.getattr(&o, &d) {
        Ok(v) => Ok(v),
        Err(_) => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

/// Source bytes as UTF-8 text, or CPython's "(unicode error)" SyntaxError.
fn source_from_bytes(vm: &mut Vm, b: &[u8]) -> PyResult<String> {
    match std::str::from_utf8(b) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let byte = b.get(at).copied().unwrap_or(0);
            // CPython decodes token by token: the position counts from the token's start.
            let start = b[..at]
                .iter()
                .rposition(|c| !(c.is_ascii_alphanumeric() || *c == b'_' || *c >= 0x80))
                .map_or(0, |p| p + 1);
            let pos = at - start;
            let reason = match e.error_len() {
                None => "unexpected end of data",
                Some(_) if (0x80..0xc2).contains(&byte) || byte >= 0xf5 => "invalid start byte",
                Some(_) => "invalid continuation byte",
            };
            let msg = format!(
                "(unicode error) 'utf-8' codec can't decode byte {byte:#04x} in position {pos}: {reason}"
            );
            let e = vm.new_exception(&vm.exc.syntax_error.clone(), vec![vm.new_str(msg.as_str())]);
            vm.set_exc_attr(&e, "msg", vm.new_str(msg.as_str()));
            Err(e)
        }
    }
}

/// Decimal int literals longer than `sys.get_int_max_str_digits()` when it is not the
/// default the parser applies: CPython's SyntaxError.
fn check_int_literals(vm: &mut Vm, text: &str, filename: &str) -> PyResult<()> {
    let limit = vm.int_max_str_digits;
    if limit == 4300 || limit == 0 || text.len() <= 640 {
        return Ok(());
    }
    for tok in pyrs_parser::lexer::Lexer::new(text) {
        let Ok((start, pyrs_parser::lexer::Tok::Number(n), _)) = tok else {
            continue;
        };
        let digits: String = n.chars().filter(|c| *c != '_').collect();
        let b = digits.as_bytes();
        let decimal_int = !matches!(b, [b'0', b'x' | b'X' | b'o' | b'O' | b'b' | b'B', ..])
            && b.iter().all(|c| c.is_ascii_digit());
        if decimal_int && b.len() > 640 && b.len() > limit && b.iter().any(|c| *c != b'0') {
            let line = text
                .lines()
                .nth(start.line.saturating_sub(1) as usize)
                .map(String::from);
            let e = pyrs_parser::SyntaxError {
                class: pyrs_parser::error::ErrorClass::SyntaxError,
                msg: format!(
                    "Exceeds the limit ({limit} digits) for integer string conversion: value has \
                     {} digits; use sys.set_int_max_str_digits() to increase the limit - \
                     Consider hexadecimal for huge integer literals to avoid decimal \
                     conversion limits.",
                    b.len()
                ),
                filename: filename.to_string(),
                lineno: Some(start.line),
                offset: Some(0),
                end_lineno: None,
                end_offset: None,
                text: line,
            };
            return Err(vm.syntax_error(e));
        }
    }
    Ok(())
}

/// The SyntaxError for source text with a NUL character.
fn null_bytes_error(vm: &mut Vm) -> crate::PyErr {
    let msg = "source code string cannot contain null bytes";
    let e = vm.new_exception(&vm.exc.syntax_error.clone(), vec![vm.new_str(msg)]);
    vm.set_exc_attr(&e, "msg", vm.new_str(msg));
    e
}

fn compile_source(
    vm: &mut Vm,
    src: &Value,
    mode: pyrs_compiler::Mode,
    name: &str,
) -> PyResult<std::rc::Rc<crate::frame::Code>> {
    if let Some(Payload::Code(c)) = src.payload() {
        return Ok(c.clone());
    }
    let owned = match src.payload() {
        Some(Payload::Bytes(b)) => Some(source_from_bytes(vm, b)?),
        _ => None,
    };
    if owned
        .as_deref()
        .or(src.as_str())
        .is_some_and(|t| t.contains('\0'))
    {
        return Err(null_bytes_error(vm));
    }
    let Some(text) = owned.as_deref().or(src.as_str()) else {
        return Err(vm.type_error(format!(
            "{name}() arg 1 must be a string, bytes or code object"
        )));
    };
    check_int_literals(vm, text, "<string>")?;
    let parsed = match mode {
        pyrs_compiler::Mode::Eval => {
            pyrs_parser::parse_expression(text.trim_start_matches([' ', '\t']), "<string>")
        }
        _ => pyrs_parser::parse_module(text, "<string>"),
    };
    let module = parsed.map_err(|e| vm.syntax_error(e))?;
    let code = pyrs_compiler::compile(&module, text, "<string>", mode, vm.config.optimize)
        .map_err(|e| vm.syntax_error(e))?;
    Ok(vm.load_code(code))
}

fn exec_or_eval(
    vm: &mut Vm,
    a: &[Value],
    kw: &[Value],
    name: &str,
    mode: pyrs_compiler::Mode,
) -> PyResult<Value> {
    let [src, g, l] = args(name, a, kw).positional_only(vm, 1)?;
    let code = compile_source(vm, &src, mode, name)?;
    let (cg, cl) = current_frame_ns(vm);
    let no_globals = g.is_null() || g.is_none();
    let globals = if no_globals { cg } else { g };
    let Value::Obj(gobj) = globals.clone() else {
        return Err(vm.type_error(format!("{name}() globals must be a dict")));
    };
    if !matches!(gobj.payload, Payload::Dict(_)) {
        return Err(vm.type_error(format!(
            "{name}() globals must be a dict, not {}",
            vm.type_name(&globals)
        )));
    }
    if let Payload::Dict(d) = &gobj.payload {
        if d.get_str(&vm.intern("__builtins__")).is_none() {
            d.set_str(vm.intern("__builtins__"), Value::Obj(vm.builtins.clone()));
        }
    }
    let locals = if !l.is_null() && !l.is_none() {
        l
    } else if no_globals {
        if cl.is_null() {
            locals(vm, &[], &[])?
        } else {
            cl
        }
    } else {
        globals.clone()
    };
    let r = vm.run_code_with_locals(code, &gobj, locals, None)?;
    Ok(if matches!(mode, pyrs_compiler::Mode::Eval) {
        r
    } else {
        Value::None
    })
}

fn exec(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    exec_or_eval(vm, a, kw, "exec", pyrs_compiler::Mode::Exec)
}

fn eval(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    exec_or_eval(vm, a, kw, "eval", pyrs_compiler::Mode::Eval)
}

fn dir(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [o] = args("dir", a, kw).positional_only(vm, 0)?;
    let names = if o.is_null() {
        let l = locals(vm, &[], &[])?;
        vm.collect(&l)?
    } else if let Some(Payload::Module(m)) = o.payload() {
        // A module's names, or what its own `__dir__` says (PEP 562).
        let d = Value::Obj(m.dict.clone());
        let hook = match &m.dict.payload {
            Payload::Dict(dd) => dd.get_str(&vm.intern("__dir__")),
            _ => None,
        };
        match hook {
            Some(h) => {
                let r = vm.call(&h, &[], &[])?;
                vm.collect(&r)?
            }
            None => vm.collect(&d)?,
        }
    } else {
        let ty = vm.type_of(&o);
        let user_dir = vm
            .lookup_in_type_str(&ty, "__dir__")
            .filter(|m| matches!(m.payload(), Some(Payload::Function(_))));
        match user_dir {
            Some(m) => {
                let r = vm.call(&m, std::slice::from_ref(&o), &[])?;
                vm.collect(&r)?
            }
            None => vm.object_dir(&o)?,
        }
    };
    let l = vm.new_list(names);
    let sort = vm
        .lookup_in_type_str(&vm.types.list.clone(), "sort")
        .unwrap_or(Value::None);
    vm.call(&sort, std::slice::from_ref(&l), &[])?;
    Ok(l)
}

fn compile(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [src, filename, mode, _flags, _dont_inherit, optimize] = args("compile", a, kw).parse(
        vm,
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
        3,
    )?;
    let text = match src.payload() {
        Some(Payload::Str(s)) => s.as_str().to_string(),
        Some(Payload::Bytes(b)) => source_from_bytes(vm, b)?,
        _ => return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object")),
    };
    if text.contains('\0') {
        return Err(null_bytes_error(vm));
    }
    let filename = vm.str_string(&filename)?;
    let mode = match mode.as_str() {
        Some("exec") => pyrs_compiler::Mode::Exec,
        Some("eval") => pyrs_compiler::Mode::Eval,
        Some("single") => pyrs_compiler::Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let optimize = match optimize {
        Value::Int(i) if i >= 0 => i as u8,
        _ => vm.config.optimize,
    };
    check_int_literals(vm, &text, &filename)?;
    let parsed = match mode {
        pyrs_compiler::Mode::Eval => pyrs_parser::parse_expression(&text, &filename),
        pyrs_compiler::Mode::Single => pyrs_parser::parse_interactive(&text, &filename),
        pyrs_compiler::Mode::Exec => pyrs_parser::parse_module(&text, &filename),
    };
    let module = parsed.map_err(|e| vm.syntax_error(e))?;
    let code = pyrs_compiler::compile(&module, &text, &filename, mode, optimize)
        .map_err(|e| vm.syntax_error(e))?;
    Ok(Value::obj(Payload::Code(vm.load_code(code))))
}

fn import(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [name, _g, _l, fromlist, level] = args("__import__", a, kw).parse(
        vm,
        &["name", "globals", "locals", "fromlist", "level"],
        1,
    )?;
    if name.as_str().is_none() {
        return Err(vm.type_error(format!(
            "__import__() argument 1 must be str, not {}",
            vm.type_name(&name)
        )));
    }
    let level = if level.is_null() {
        Value::Int(0)
    } else {
        level
    };
    let fromlist = if fromlist.is_null() {
        Value::None
    } else {
        fromlist
    };
    vm.import_name(&name, &fromlist, &level)
}

/// `aiter(x)`: `x.__aiter__()`.
fn aiter(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x] = args("aiter", a, kw).positional_only(vm, 1)?;
    match vm.call_special(&x, "__aiter__", &[])? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "'{}' object is not an async iterable",
            vm.type_name(&x)
        ))),
    }
}

/// `anext(it[, default])`: `it.__anext__()`, or an awaitable giving `default` when the
/// iterator is exhausted.
fn anext(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [it, default] = args("anext", a, kw).positional_only(vm, 1)?;
    if !default.is_null() {
        let ty = vm.type_of(&it);
        if vm.lookup_in_type_str(&ty, "__anext__").is_none() {
            return Err(vm.type_error(format!(
                "'{}' object is not an async iterator",
                vm.type_name(&it)
            )));
        }
        return vm.anext_with_default(&it, default);
    }
    match vm.call_special(&it, "__anext__", &[])? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "'{}' object is not an async iterator",
            vm.type_name(&it)
        ))),
    }
}

/// `breakpoint()`: there is no debugger to enter.
fn breakpoint(_vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::None)
}
