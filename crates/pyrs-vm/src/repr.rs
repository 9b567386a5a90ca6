//! `repr()`, `str()`, `ascii()` and `format()` of values.

use crate::object::Payload;
use crate::types::type_data;
use crate::value::Value;
use crate::{PyResult, Vm};
use pyrs_primitives::format as fmt;

impl Vm {
    /// `repr(v)` as a str value.
    pub fn repr(&mut self, v: &Value) -> PyResult<Value> {
        let s = self.repr_str(v)?;
        Ok(self.new_str(s))
    }

    /// `str(v)` as a str value.
    pub fn str(&mut self, v: &Value) -> PyResult<Value> {
        // An exact str is itself; a str subclass instance gives a plain str.
        if v.as_str().is_some() && !matches!(v, Value::Obj(o) if o.ext().is_some()) {
            return Ok(v.clone());
        }
        let s = self.str_string(v)?;
        Ok(self.new_str(s))
    }

    pub fn ascii(&mut self, v: &Value) -> PyResult<Value> {
        let s = self.repr_str(v)?;
        let mut out = String::new();
        for c in s.chars() {
            let n = c as u32;
            if n < 0x80 {
                out.push(c);
            } else if n < 0x100 {
                out.push_str(&format!("\\x{n:02x}"));
            } else if n < 0x10000 {
                out.push_str(&format!("\\u{n:04x}"));
            } else {
                out.push_str(&format!("\\U{n:08x}"));
            }
        }
        Ok(self.new_str(out))
    }

    /// `str(v)` as Rust text.
    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        if let Some(m) = self.subclass_override(v, "__str__") {
            let r = self.call(&m, std::slice::from_ref(v), &[])?;
            return match r.as_str() {
                Some(s) => Ok(s.to_string()),
                None => Err(self.type_error(format!(
                    "__str__ returned non-string (type {})",
                    self.type_name(&r)
                ))),
            };
        }
        if v.as_str().is_none() && self.subclass_override(v, "__repr__").is_some() {
            return self.repr_str(v);
        }
        match v {
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => Ok(s.as_str().to_string()),
                Payload::MappingProxy(m) => {
                    let m = m.clone();
                    self.str_string(&m)
                }
                Payload::Exception(x) if !self.has_own_str(v) => {
                    crate::objects::exception::exception_str(self, o, x)
                }
                Payload::Instance(_) | Payload::Exception(_) => {
                    match self.call_special(v, "__str__", &[])? {
                        Some(r) => match r.as_str() {
                            Some(s) => Ok(s.to_string()),
                            None => Err(self.type_error(format!(
                                "__str__ returned non-string (type {})",
                                self.type_name(&r)
                            ))),
                        },
                        None => self.repr_str(v),
                    }
                }
                _ => self.repr_str(v),
            },
            _ => self.repr_str(v),
        }
    }

    /// Whether an exception's class (or a base short of BaseException) defines `__str__`.
    fn has_own_str(&self, v: &Value) -> bool {
        let ty = self.type_of(v);
        match self.lookup_in_type_str(&ty, "__str__") {
            Some(m) => match m.payload() {
                Some(Payload::Function(_)) => true,
                Some(Payload::Native(n)) => !matches!(n.owner, Some("object" | "BaseException")),
                _ => false,
            },
            None => false,
        }
    }

    /// `repr(v)` as Rust text; recursion through containers counts toward the limit.
    pub fn repr_str(&mut self, v: &Value) -> PyResult<String> {
        if let Some(m) = self.subclass_override(v, "__repr__") {
            let r = self.call(&m, std::slice::from_ref(v), &[])?;
            return match r.as_str() {
                Some(s) => Ok(s.to_string()),
                None => Err(self.type_error(format!(
                    "__repr__ returned non-string (type {})",
                    self.type_name(&r)
                ))),
            };
        }
        match v {
            Value::Null => Ok("<NULL>".into()),
            Value::None => Ok("None".into()),
            Value::Bool(true) => Ok("True".into()),
            Value::Bool(false) => Ok("False".into()),
            Value::Int(i) => Ok(i.to_string()),
            Value::Float(f) => Ok(fmt::float_repr(*f)),
            Value::Obj(o) if o.ext().is_some() => crate::objects::repr_obj(self, v, o),
            Value::Obj(o) => {
                self.native_depth += 1;
                let depth = self.native_depth + self.frames.len();
                let r = if depth > self.recursion_limit || self.recursion_exceeded() {
                    Err(self.new_error(
                        &self.exc.recursion_error,
                        "maximum recursion depth exceeded while getting the repr of an object",
                    ))
                } else {
                    crate::objects::repr_obj(self, v, o)
                };
                self.native_depth -= 1;
                r
            }
        }
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &Value) -> PyResult<Value> {
        if let Some(m) = self.subclass_override(v, "__format__") {
            let r = self.call(&m, &[v.clone(), spec.clone()], &[])?;
            if r.as_str().is_none() {
                return Err(self.type_error(format!(
                    "__format__ must return a str, not {}",
                    self.type_name(&r)
                )));
            }
            return Ok(r);
        }
        let spec_s = spec.as_str().unwrap_or("").to_string();
        if spec_s.is_empty() {
            if v.as_str().is_some() && !matches!(v, Value::Obj(o) if o.ext().is_some()) {
                return Ok(v.clone());
            }
            if !matches!(v.payload(), Some(Payload::Instance(_))) {
                return self.str(v);
            }
        }
        let prim = |vm: &Vm, r: pyrs_primitives::Result<String>| -> PyResult<Value> {
            r.map(|s| vm.new_str(s)).map_err(|e| vm.primitive_error(e))
        };
        match v {
            Value::Int(i) => {
                let spec = fmt::FormatSpec::parse(&spec_s).map_err(|e| self.primitive_error(e))?;
                let r = fmt::format_int(&num_bigint::BigInt::from(*i), &spec, "int");
                prim(self, r)
            }
            Value::Bool(b) => {
                if spec_s.is_empty() {
                    return self.str(v);
                }
                let spec = fmt::FormatSpec::parse(&spec_s).map_err(|e| self.primitive_error(e))?;
                let r = fmt::format_int(&num_bigint::BigInt::from(*b as i64), &spec, "bool");
                prim(self, r)
            }
            Value::Float(f) => {
                let spec = fmt::FormatSpec::parse(&spec_s).map_err(|e| self.primitive_error(e))?;
                let r = fmt::format_float(*f, &spec, "float");
                prim(self, r)
            }
            Value::Obj(o) => match &o.payload {
                Payload::BigInt(b) => {
                    let spec =
                        fmt::FormatSpec::parse(&spec_s).map_err(|e| self.primitive_error(e))?;
                    let r = fmt::format_int(b, &spec, "int");
                    prim(self, r)
                }
                Payload::Str(s) => {
                    let spec =
                        fmt::FormatSpec::parse(&spec_s).map_err(|e| self.primitive_error(e))?;
                    let r = fmt::format_str(s.as_str(), &spec, "str");
                    prim(self, r)
                }
                Payload::Float(f) => {
                    let spec =
                        fmt::FormatSpec::parse(&spec_s).map_err(|e| self.primitive_error(e))?;
                    let r = fmt::format_float(*f, &spec, "float");
                    prim(self, r)
                }
                Payload::Complex(re, im) => {
                    let spec =
                        fmt::FormatSpec::parse(&spec_s).map_err(|e| self.primitive_error(e))?;
                    let r = fmt::format_complex(*re, *im, &spec, "complex");
                    prim(self, r)
                }
                _ => {
                    if let Some(r) =
                        self.call_special(v, "__format__", std::slice::from_ref(spec))?
                    {
                        return match r.as_str() {
                            Some(_) => Ok(r),
                            None => Err(self.type_error(format!(
                                "__format__ must return a str, not {}",
                                self.type_name(&r)
                            ))),
                        };
                    }
                    if spec_s.is_empty() {
                        return self.str(v);
                    }
                    let ty = self.type_of(v);
                    Err(self.type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        type_data(&ty).name.borrow()
                    )))
                }
            },
            _ => {
                if spec_s.is_empty() {
                    return self.str(v);
                }
                Err(self.type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    self.type_name(v)
                )))
            }
        }
    }
}
