//! The `time` module: clocks and `sleep`.

use crate::object::ObjRef;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

thread_local! {
    static START: Instant = Instant::now();
}

pub fn init(vm: &mut Vm, ns: &ObjRef) -> PyResult<()> {
    START.with(|_| ());
    vm.add_functions(
        ns,
        &[
            ("time", time),
            ("time_ns", time_ns),
            ("monotonic", monotonic),
            ("monotonic_ns", monotonic_ns),
            ("perf_counter", monotonic),
            ("perf_counter_ns", monotonic_ns),
            ("process_time", monotonic),
            ("process_time_ns", monotonic_ns),
            ("thread_time", monotonic),
            ("sleep", sleep),
        ],
    );
    if let crate::object::Payload::Dict(d) = &ns.payload {
        d.set_str(vm.intern("timezone"), Value::Int(0));
        d.set_str(vm.intern("altzone"), Value::Int(0));
        d.set_str(vm.intern("daylight"), Value::Int(0));
    }
    Ok(())
}

fn since_epoch() -> std::time::Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn elapsed() -> std::time::Duration {
    START.with(|s| s.elapsed())
}

fn time(_vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Float(since_epoch().as_secs_f64()))
}

fn time_ns(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = since_epoch().as_nanos();
    Ok(match i64::try_from(n) {
        Ok(v) => Value::Int(v),
        Err(_) => vm.new_bigint(n.into()),
    })
}

fn monotonic(_vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Float(elapsed().as_secs_f64()))
}

fn monotonic_ns(_vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Int(elapsed().as_nanos() as i64))
}

fn sleep(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [secs] = crate::native::Args::new("sleep", a, kw).positional_only(vm, 1)?;
    let s = match secs {
        Value::Float(f) => f,
        Value::Int(i) => i as f64,
        Value::Bool(b) => b as i64 as f64,
        _ => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&secs)
            )))
        }
    };
    if s.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if s > 0.0 {
        crate::file::flush_std(vm);
        // In slices, so that Ctrl-C interrupts a long sleep as in CPython.
        let end = std::time::Instant::now() + std::time::Duration::from_secs_f64(s.min(1e9));
        loop {
            vm.take_signal()?;
            let now = std::time::Instant::now();
            if now >= end {
                break;
            }
            std::thread::sleep((end - now).min(std::time::Duration::from_millis(20)));
        }
    }
    Ok(Value::None)
}
