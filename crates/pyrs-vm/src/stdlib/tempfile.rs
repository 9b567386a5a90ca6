//! A minimal `tempfile` module: `mkdtemp`, `gettempdir` and `TemporaryDirectory`.

use crate::dict::Dict;
use crate::object::{Instance, ObjRef, Object, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use std::hash::{BuildHasher, Hasher};

pub fn init(vm: &mut Vm, ns: &ObjRef) -> PyResult<()> {
    vm.add_functions(ns, &[("mkdtemp", mkdtemp), ("gettempdir", gettempdir)]);
    // A Python class in CPython (a heap type: messages name it without its module).
    let ty = crate::types::new_type(
        "TemporaryDirectory",
        vec![vm.types.object.clone()],
        crate::object::BaseKind::Builtin,
        true,
    );
    *crate::types::type_data(&ty).module.borrow_mut() = vm.new_str("tempfile");
    vm.add_staticmethods(&ty, &[("__new__", tempdir_new)]);
    vm.add_methods(
        &ty,
        &[
            ("__enter__", tempdir_enter),
            ("__exit__", tempdir_exit),
            ("cleanup", tempdir_cleanup),
            ("__repr__", tempdir_repr),
        ],
    );
    if let Payload::Dict(d) = &ns.payload {
        d.set_str(vm.intern("TemporaryDirectory"), Value::Obj(ty));
        d.set_str(vm.intern("template"), vm.new_str("tmp"));
    }
    Ok(())
}

fn tempdir() -> String {
    for var in ["TMPDIR", "TEMP", "TMP"] {
        if let Some(v) = std::env::var_os(var) {
            let v = v.to_string_lossy().into_owned();
            if std::path::Path::new(&v).is_dir() {
                return v;
            }
        }
    }
    "/tmp".into()
}

/// Eight random characters of `[a-z0-9_]`.
fn random_name() -> String {
    const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789_";
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0),
    );
    h.write_u32(std::process::id());
    let mut x = h.finish();
    (0..8)
        .map(|_| {
            let c = CHARS[(x % CHARS.len() as u64) as usize] as char;
            x /= CHARS.len() as u64;
            c
        })
        .collect()
}

fn opt_str(vm: &mut Vm, v: &Value, default: &str) -> PyResult<String> {
    if v.is_null() || v.is_none() {
        return Ok(default.to_string());
    }
    match v.as_str() {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(v)
        ))),
    }
}

/// Creates a new directory; its path.
fn make_dir(vm: &mut Vm, suffix: &Value, prefix: &Value, dir: &Value) -> PyResult<String> {
    let suffix = opt_str(vm, suffix, "")?;
    let prefix = opt_str(vm, prefix, "tmp")?;
    let dir = opt_str(vm, dir, &tempdir())?;
    let mut last = None;
    for _ in 0..100 {
        let p = format!("{dir}/{prefix}{}{suffix}", random_name());
        match std::fs::create_dir(&p) {
            Ok(()) => {
                return Ok(std::path::Path::new(&p)
                    .canonicalize()
                    .map(|c| c.to_string_lossy().into_owned())
                    .unwrap_or(p))
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(super::os::os_error(vm, &e, Some(&p))),
        }
    }
    let e = last.unwrap_or_else(|| std::io::Error::from_raw_os_error(17));
    Err(super::os::os_error(vm, &e, Some(&dir)))
}

fn mkdtemp(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [suffix, prefix, dir] =
        crate::native::Args::new("mkdtemp", a, kw).parse(vm, &["suffix", "prefix", "dir"], 0)?;
    let p = make_dir(vm, &suffix, &prefix, &dir)?;
    Ok(vm.new_str(p))
}

fn gettempdir(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_str(tempdir()))
}

fn tempdir_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = a.first().cloned() else {
        return Err(vm.type_error("TemporaryDirectory.__new__(X): X is not a type object"));
    };
    let [suffix, prefix, dir, _ignore] = crate::native::Args::new(
        "TemporaryDirectory",
        &a[1..],
        kw,
    )
    .parse(vm, &["suffix", "prefix", "dir", "ignore_cleanup_errors"], 0)?;
    let p = make_dir(vm, &suffix, &prefix, &dir)?;
    let d = Dict::new();
    d.set_str(vm.intern("name"), vm.new_str(p));
    Ok(Value::obj(Payload::Instance(Instance::new(
        cls,
        crate::object::ObjRef::new(Object::new(Payload::Dict(d))),
    ))))
}

fn name_of(vm: &Vm, a: &[Value]) -> Option<String> {
    match a.first().and_then(|v| v.payload()) {
        Some(Payload::Instance(i)) => match &i.dict.payload {
            Payload::Dict(d) => d
                .get_str(&vm.intern("name"))
                .and_then(|n| n.as_str().map(str::to_string)),
            _ => None,
        },
        _ => None,
    }
}

fn tempdir_enter(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(match name_of(vm, a) {
        Some(n) => vm.new_str(n),
        None => Value::None,
    })
}

fn tempdir_cleanup(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if let Some(n) = name_of(vm, a) {
        if let Err(e) = std::fs::remove_dir_all(&n) {
            if e.kind() != std::io::ErrorKind::NotFound {
                return Err(super::os::os_error(vm, &e, Some(&n)));
            }
        }
    }
    Ok(Value::None)
}

fn tempdir_exit(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    tempdir_cleanup(vm, &a[..1.min(a.len())], kw)?;
    Ok(Value::None)
}

fn tempdir_repr(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = name_of(vm, a).unwrap_or_default();
    let nv = vm.new_str(n);
    let r = vm.repr_str(&nv)?;
    Ok(vm.new_str(format!("<TemporaryDirectory {r}>")))
}
