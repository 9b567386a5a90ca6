//! Calls of builtin functions and methods from the eval loop, with `len` and `isinstance` specialised.

use super::stack::{ArgBuf, ValueStack};
use crate::builtins::functions;
use crate::object::{NativeFn, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};

impl Vm {
    /// Calls the builtin `func` at `fpos` (self, when a method load put one there, then the
    /// arguments above it) and pushes its result in place of the call's slots. `len(x)`
    /// of a builtin container and `isinstance(x, cls)` with plain classes are answered here
    /// (see `specialised_builtin`), as CPython's specialised calls do, and so is
    /// `lst.append(x)`; other calls of
    /// up to [`ArgBuf::CAP`] arguments move them into a buffer on the Rust stack. Returns
    /// `Ok(false)` (no frame to switch to), as [`Vm::call_in_loop`] does.
    #[inline(never)]
    pub(crate) fn call_native_in_loop(
        &mut self,
        fpos: usize,
        func: NativeFn,
        kwnames: &[Value],
    ) -> PyResult<bool> {
        let has_self = !self.stack[fpos + 1].is_null();
        let from = if has_self { fpos + 1 } else { fpos + 2 };
        let n = self.stack.len() - from;
        if kwnames.is_empty() {
            if has_self {
                if self.list_append(fpos) {
                    return Ok(false);
                }
            } else if let Some(v) = self.specialised_builtin(func, &self.stack[from..]) {
                self.stack.truncate(fpos);
                self.stack.push_reserved(v);
                return Ok(false);
            }
        }
        if n > ArgBuf::CAP || self.recursion_exceeded() {
            let r = self.call_stack_args(fpos, kwnames)?;
            self.stack.push_reserved(r);
            return Ok(false);
        }
        let args = ArgBuf::take_top(&mut self.stack, n);
        // The NULL below the arguments, if any, and the callee (`func` is a plain function
        // pointer: nothing it needs goes).
        if !has_self {
            drop(self.stack.pop_words());
        }
        drop(self.stack.pop_words());
        let r = func(self, args.args(), kwnames)?;
        drop(args);
        self.stack.push_reserved(r);
        Ok(false)
    }

    /// The result of builtin `func` on `args` when it needs no general call: `len` of an
    /// exact builtin container; `isinstance` with a class (or a tuple of classes) without a
    /// metaclass, so no `__instancecheck__` can answer otherwise, when the object's own type
    /// decides.
    #[inline(always)]
    fn specialised_builtin(&self, func: NativeFn, args: &[Value]) -> Option<Value> {
        match args {
            [Value::Obj(o)] if std::ptr::fn_addr_eq(func, functions::len as NativeFn) => {
                if o.ext().is_some() {
                    return None;
                }
                let n = match &o.payload {
                    Payload::Str(s) => s.char_len(),
                    Payload::List(l) => l.borrow().len(),
                    Payload::Tuple(t) => t.len(),
                    Payload::Dict(d) => d.len(),
                    Payload::Set(s) => s.borrow().len(),
                    Payload::Bytes(b) => b.len(),
                    _ => return None,
                };
                Some(Value::Int(n as i64))
            }
            [x, Value::Obj(cls)]
                if std::ptr::fn_addr_eq(func, functions::isinstance as NativeFn) =>
            {
                let found = match &cls.payload {
                    Payload::Type(_) if plain_class(cls) => self.is_instance(x, cls),
                    Payload::Tuple(classes) => {
                        let mut found = false;
                        for c in classes.iter() {
                            match c {
                                Value::Obj(c) if plain_class(c) => {
                                    found = found || self.is_instance(x, c);
                                }
                                _ => return None,
                            }
                        }
                        found
                    }
                    _ => return None,
                };
                // Only an instance of a Python class can claim another class (`__class__`).
                (found || !matches!(x.payload(), Some(Payload::Instance(_))))
                    .then_some(Value::Bool(found))
            }
            _ => None,
        }
    }
}

/// A class whose `isinstance` checks need no hook: its type is `type` itself.
fn plain_class(c: &crate::object::ObjRef) -> bool {
    matches!(c.payload, Payload::Type(_)) && crate::types::type_data(c).metaclass.is_none()
}
