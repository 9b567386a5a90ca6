//! The native API: defining builtin functions, methods and types in Rust, and parsing their
//! arguments with CPython's TypeError messages.
//!
//! A native function has the signature [`crate::object::NativeFn`]: `args` holds the
//! positional values then the values of the keywords named by `kwnames`. [`Args::parse`]
//! turns that into the values of named parameters:
//!
//! ```ignore
//! fn round(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
//!     let [number, ndigits] = Args::new("round", args, kw).parse(vm, &["number", "ndigits"], 1)?;
//!     ...
//! }
//! ```

use crate::object::{NativeFn, NativeFunction, NativeKind, ObjRef, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};

/// The arguments of one native call.
pub struct Args<'a> {
    pub name: &'a str,
    pub args: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(name: &'a str, args: &'a [Value], kwnames: &'a [Value]) -> Args<'a> {
        Args {
            name,
            args,
            kwnames,
        }
    }

    /// The positional arguments.
    pub fn positional(&self) -> &'a [Value] {
        &self.args[..self.args.len() - self.kwnames.len()]
    }

    /// Binds to `N` parameters of which the first `required` are required; a missing
    /// optional parameter is `Value::Null`. Keywords are accepted for every parameter.
    pub fn parse<const N: usize>(
        &self,
        vm: &Vm,
        names: &[&str; N],
        required: usize,
    ) -> PyResult<[Value; N]> {
        let pos = self.positional();
        let mut out: [Value; N] = std::array::from_fn(|_| Value::Null);
        if pos.len() > N {
            return Err(vm.type_error(format!(
                "{}() takes {} {} argument{} ({} given)",
                self.name,
                if required == N { "exactly" } else { "at most" },
                N,
                if N == 1 { "" } else { "s" },
                pos.len()
            )));
        }
        for (i, v) in pos.iter().enumerate() {
            out[i] = v.clone();
        }
        let kwvals = &self.args[pos.len()..];
        for (k, v) in self.kwnames.iter().zip(kwvals) {
            let k = k.as_str().unwrap_or("");
            match names.iter().position(|n| *n == k) {
                Some(i) if out[i].is_null() => out[i] = v.clone(),
                Some(_) => {
                    return Err(vm.type_error(format!(
                        "argument for {}() given by name ('{k}') and position ({})",
                        self.name,
                        names
                            .iter()
                            .position(|n| *n == k)
                            .map(|i| i + 1)
                            .unwrap_or(0)
                    )))
                }
                None => {
                    return Err(vm.type_error(format!(
                        "{}() got an unexpected keyword argument '{k}'",
                        self.name
                    )))
                }
            }
        }
        for (i, v) in out.iter().enumerate().take(required) {
            if v.is_null() {
                return Err(vm.type_error(format!(
                    "{}() missing required argument '{}' (pos {})",
                    self.name,
                    names[i],
                    i + 1
                )));
            }
        }
        Ok(out)
    }

    /// Positional-only binding: between `min` and `max` arguments, no keywords (CPython's
    /// messages for `METH_VARARGS`-style functions).
    #[inline]
    pub fn positional_only<const N: usize>(&self, vm: &Vm, min: usize) -> PyResult<[Value; N]> {
        let pos = self.positional();
        if !self.kwnames.is_empty() || pos.len() < min || pos.len() > N {
            return Err(self.positional_only_error(vm, min, N));
        }
        Ok(std::array::from_fn(|i| {
            pos.get(i).cloned().unwrap_or(Value::Null)
        }))
    }

    /// The one positional argument of a function that takes exactly one, borrowed.
    #[inline]
    pub fn exactly_one(&self, vm: &Vm) -> PyResult<&'a Value> {
        match self.args {
            [x] if self.kwnames.is_empty() => Ok(x),
            _ => Err(self.positional_only_error(vm, 1, 1)),
        }
    }

    /// The TypeError of [`Args::positional_only`] for `min..=max` arguments.
    #[cold]
    #[inline(never)]
    fn positional_only_error(&self, vm: &Vm, min: usize, max: usize) -> crate::PyErr {
        if !self.kwnames.is_empty() {
            return vm.type_error(format!("{}() takes no keyword arguments", self.name));
        }
        let n = self.positional().len();
        let name = self.name;
        let s = |k: usize| if k == 1 { "" } else { "s" };
        vm.type_error(if min == max && max == 1 {
            format!("{name}() takes exactly one argument ({n} given)")
        } else if min == max && max == 0 {
            format!("{name}() takes no arguments ({n} given)")
        } else if min == max {
            format!("{name} expected {max} arguments, got {n}")
        } else if n < min {
            format!("{name} expected at least {min} argument{}, got {n}", s(min))
        } else {
            format!("{name} expected at most {max} argument{}, got {n}", s(max))
        })
    }
}

impl Vm {
    /// A native function value.
    pub fn native(
        &self,
        name: &'static str,
        func: NativeFn,
        kind: NativeKind,
        owner: Option<&'static str>,
    ) -> Value {
        Value::obj(Payload::Native(Box::new(NativeFunction {
            name,
            func,
            kind,
            owner,
            doc: None,
        })))
    }

    /// Adds methods to a builtin type: `(name, function)` pairs.
    pub fn add_methods(&self, ty: &ObjRef, methods: &[(&'static str, NativeFn)]) {
        self.add_natives(ty, methods, NativeKind::Method);
    }

    /// Adds class methods to a builtin type.
    pub fn add_classmethods(&self, ty: &ObjRef, methods: &[(&'static str, NativeFn)]) {
        self.add_natives(ty, methods, NativeKind::ClassMethod);
    }

    /// Adds static methods to a builtin type (`__new__` among them).
    pub fn add_staticmethods(&self, ty: &ObjRef, methods: &[(&'static str, NativeFn)]) {
        self.add_natives(ty, methods, NativeKind::StaticMethod);
    }

    /// Registers natives of one kind on a type; each knows its owner type's name.
    fn add_natives(&self, ty: &ObjRef, methods: &[(&'static str, NativeFn)], kind: NativeKind) {
        // Builtin type names live as long as the program: one leaked copy per call.
        let owner = crate::types::type_data(ty).name.borrow().clone();
        let owner: &'static str = Box::leak(owner.to_string().into_boxed_str());
        for (name, f) in methods {
            self.set_type_attr(ty, name, self.native(name, *f, kind, Some(owner)));
        }
    }

    pub fn set_type_attr(&self, ty: &ObjRef, name: &str, v: Value) {
        if let Payload::Dict(d) = &crate::types::type_data(ty).dict.payload {
            d.set_str(self.intern(name), v);
        }
        self.type_modified(ty);
    }

    /// Adds functions to a module namespace dict.
    pub fn add_functions(&self, ns: &ObjRef, funcs: &[(&'static str, NativeFn)]) {
        if let Payload::Dict(d) = &ns.payload {
            for (name, f) in funcs {
                d.set_str(
                    self.intern(name),
                    self.native(name, *f, NativeKind::Function, None),
                );
            }
        }
    }

    /// An index argument: an int or an object with `__index__`.
    pub fn index(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            Value::Obj(o) => match &o.payload {
                // A boxed int (an int subclass instance) as a plain int.
                Payload::BigInt(b) => Ok(self.new_bigint(b.clone())),
                _ => self.index_special(v),
            },
            _ => self.index_special(v),
        }
    }

    /// `v.__index__()` checked as CPython checks it.
    fn index_special(&mut self, v: &Value) -> PyResult<Value> {
        match self.call_special(v, "__index__", &[])? {
            Some(r @ (Value::Int(_) | Value::Bool(_))) => self.index(&r),
            Some(r @ Value::Obj(_)) if matches!(r.payload(), Some(Payload::BigInt(_))) => {
                self.index(&r)
            }
            Some(r) => Err(self.type_error(format!(
                "__index__ returned non-int (type {})",
                self.type_name(&r)
            ))),
            None => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            ))),
        }
    }

    /// An index for a subscript: an int, or an object with `__index__` (whose errors and
    /// non-int results propagate); anything else is the TypeError `msg` gives.
    pub fn subscript_index(
        &mut self,
        v: &Value,
        msg: impl FnOnce(&Self) -> String,
    ) -> PyResult<Value> {
        let indexable = match v {
            Value::Int(_) | Value::Bool(_) => true,
            Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => true,
            _ => self
                .lookup_in_type_str(&self.type_of(v), "__index__")
                .is_some(),
        };
        if !indexable {
            return Err(self.type_error(msg(self)));
        }
        self.index(v)
    }

    /// An index argument as i64 (OverflowError when it does not fit).
    pub fn index_i64(&mut self, v: &Value) -> PyResult<i64> {
        match self.index(v)? {
            Value::Int(i) => Ok(i),
            _ => Err(self.new_error(
                &self.exc.index_error,
                "cannot fit 'int' into an index-sized integer",
            )),
        }
    }
}
