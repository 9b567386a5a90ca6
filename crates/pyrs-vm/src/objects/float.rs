//! `float` methods (see `objects/mod.rs`).

use crate::builtins::args;
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.float.clone();
    vm.add_staticmethods(&t, &[("__new__", float_new)]);
}

fn rest(a: &[Value]) -> &[Value] {
    &a[1.min(a.len())..]
}

fn float_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x] = args("float", rest(a), kw).positional_only(vm, 0)?;
    match &x {
        Value::Null => Ok(Value::Float(0.0)),
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::Bool(b) => Ok(Value::Float(*b as i64 as f64)),
        Value::Float(_) => Ok(x),
        _ => {
            if let Some(s) = x.as_str() {
                let t = s.trim().to_ascii_lowercase().replace('_', "");
                let v = match t.as_str() {
                    "inf" | "+inf" | "infinity" | "+infinity" => Some(f64::INFINITY),
                    "-inf" | "-infinity" => Some(f64::NEG_INFINITY),
                    "nan" | "+nan" | "-nan" => Some(f64::NAN),
                    _ => t
                        .parse::<f64>()
                        .ok()
                        .filter(|_| !t.contains("inf") && !t.contains("nan")),
                };
                return v.map(Value::Float).ok_or_else(|| {
                    vm.value_error(format!(
                        "could not convert string to float: {}",
                        pyrs_primitives::strmethods::str_repr(s)
                    ))
                });
            }
            if let Some(Payload::BigInt(b)) = x.payload() {
                let i = crate::objects::intops::Int::Big(b.clone());
                return crate::objects::intops::to_f64(&i)
                    .map(Value::Float)
                    .map_err(|e| vm.primitive_error(e));
            }
            for m in ["__float__", "__index__"] {
                if let Some(r) = vm.call_special(&x, m, &[])? {
                    return match r {
                        Value::Int(i) => Ok(Value::Float(i as f64)),
                        other => Ok(other),
                    };
                }
            }
            Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                vm.type_name(&x)
            )))
        }
    }
}
