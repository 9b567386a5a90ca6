//! Calls of builtin functions and methods from the eval loop, with `len` and `isinstance` specialised.

use super::stack::{ArgBuf, ValueStack};
use crate::builtins::functions;
use crate::object::{NativeFn, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};

impl Vm {
    /// Calls the builtin `func` at `fpos` (self, when a method load put one there, then the
    /// arguments above it) and pushes its result in place of the call's slots. `len(x)`
    /// of a builtin container and a true `isinstance(x, cls)` of a plain class are answered
    /// here, as CPython's specialised calls do; other calls of up to [`ArgBuf::CAP`]
    /// arguments move them into a buffer on the Rust stack.
    #[inline]
    pub(crate) fn call_native_in_loop(
        &mut self,
        fpos: usize,
        func: NativeFn,
        kwnames: &[Value],
    ) -> PyResult<()> {
        let has_self = !self.stack[fpos + 1].is_null();
        let from = if has_self { fpos + 1 } else { fpos + 2 };
        let n = self.stack.len() - from;
        if kwnames.is_empty() && !has_self {
            if let Some(v) = self.specialised_builtin(func, &self.stack[from..]) {
                self.stack.truncate(fpos);
                self.stack.push_reserved(v);
                return Ok(());
            }
        }
        if n > ArgBuf::CAP || self.recursion_exceeded() {
            let r = self.call_stack_args(fpos, kwnames)?;
            self.stack.push_reserved(r);
            return Ok(());
        }
        let args = ArgBuf::take_top(&mut self.stack, n);
        // The callee's slots: `func` is a plain function pointer, so nothing it needs goes.
        self.stack.truncate(fpos);
        let r = func(self, args.args(), kwnames)?;
        drop(args);
        self.stack.push_reserved(r);
        Ok(())
    }

    /// The result of builtin `func` on `args` when it needs no general call: `len` of an
    /// exact builtin container, `isinstance` when the object's own type is a subclass of a
    /// class without a metaclass (no `__instancecheck__` can answer otherwise).
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
                if std::ptr::fn_addr_eq(func, functions::isinstance as NativeFn)
                    && matches!(cls.payload, Payload::Type(_))
                    && crate::types::type_data(cls).metaclass.is_none()
                    && self.is_instance(x, cls) =>
            {
                Some(Value::Bool(true))
            }
            _ => None,
        }
    }
}
