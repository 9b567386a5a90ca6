//! `int` methods (see `objects/mod.rs`).

use crate::builtins::args;
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.int.clone();
    vm.add_staticmethods(&t, &[("__new__", int_new)]);
}

fn rest(a: &[Value]) -> &[Value] {
    &a[1.min(a.len())..]
}

fn int_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x, base] = args("int", rest(a), kw).parse(vm, &["x", "base"], 0)?;
    if x.is_null() {
        return Ok(Value::Int(0));
    }
    if let Some(s) = x.as_str() {
        let b = if base.is_null() {
            10
        } else {
            vm.index_i64(&base)?
        };
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let t = s.trim().replace('_', "");
        let (neg, digits) = match t.strip_prefix('-') {
            Some(d) => (true, d.to_string()),
            None => (false, t.trim_start_matches('+').to_string()),
        };
        let (radix, digits) = match (b, digits.get(..2).map(|p| p.to_ascii_lowercase())) {
            (16 | 0, Some(p)) if p == "0x" => (16, digits[2..].to_string()),
            (8 | 0, Some(p)) if p == "0o" => (8, digits[2..].to_string()),
            (2 | 0, Some(p)) if p == "0b" => (2, digits[2..].to_string()),
            (0, _) => (10, digits),
            (b, _) => (b as u32, digits),
        };
        let parsed = if digits.is_empty()
            || s.contains("__")
            || s.trim().ends_with('_')
            || s.trim().starts_with('_')
        {
            None
        } else {
            num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix)
        };
        return match parsed {
            Some(v) => Ok(vm.new_bigint(if neg { -v } else { v })),
            None => Err(vm.value_error(format!(
                "invalid literal for int() with base {}: {}",
                b,
                pyrs_primitives::strmethods::str_repr(s)
            ))),
        };
    }
    match &x {
        Value::Int(_) => Ok(x),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            let i = crate::objects::intops::from_f64(*f).map_err(|e| vm.primitive_error(e))?;
            Ok(vm.int_value(i))
        }
        _ => match x.payload() {
            Some(Payload::BigInt(_)) => Ok(x),
            _ => {
                for m in ["__int__", "__index__", "__trunc__"] {
                    if let Some(r) = vm.call_special(&x, m, &[])? {
                        return Ok(r);
                    }
                }
                Err(vm.type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    vm.type_name(&x)
                )))
            }
        },
    }
}
