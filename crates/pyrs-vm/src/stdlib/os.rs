//! A minimal `os` module (files and directories, environment, process id) and `os.path`
//! (the `posixpath` module).

use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};

pub fn init(vm: &mut Vm, ns: &ObjRef) -> PyResult<()> {
    let Payload::Dict(d) = &ns.payload else {
        return Ok(());
    };
    for (k, v) in [
        ("name", "posix"),
        ("sep", "/"),
        ("linesep", "\n"),
        ("curdir", "."),
        ("pardir", ".."),
        ("pathsep", ":"),
        ("extsep", "."),
        ("devnull", "/dev/null"),
        ("defpath", "/bin:/usr/bin"),
    ] {
        d.set_str(vm.intern(k), vm.new_str(v));
    }
    d.set_str(vm.intern("altsep"), Value::None);
    let environ = vm.new_dict();
    if let Some(Payload::Dict(e)) = environ.payload() {
        for (k, v) in std::env::vars_os() {
            e.set_str(
                vm.new_str(k.to_string_lossy().as_ref()),
                vm.new_str(v.to_string_lossy().as_ref()),
            );
        }
    }
    d.set_str(vm.intern("environ"), environ);
    for (k, v) in [("F_OK", 0), ("R_OK", 4), ("W_OK", 2), ("X_OK", 1)] {
        d.set_str(vm.intern(k), Value::Int(v));
    }
    d.set_str(vm.intern("error"), Value::Obj(vm.exc.os_error.clone()));
    vm.add_functions(
        ns,
        &[
            ("getcwd", getcwd),
            ("chdir", chdir),
            ("listdir", listdir),
            ("mkdir", mkdir),
            ("makedirs", makedirs),
            ("remove", remove),
            ("unlink", remove),
            ("rmdir", rmdir),
            ("rename", rename),
            ("replace", rename),
            ("getpid", getpid),
            ("_exit", exit_now),
            ("getenv", getenv),
            ("fspath", fspath),
            ("cpu_count", cpu_count),
            ("access", access),
        ],
    );
    // os.path
    let path = vm.new_module("posixpath");
    if let Some(Payload::Module(m)) = path.payload() {
        init_path(vm, &m.dict)?;
    }
    d.set_str(vm.intern("path"), path.clone());
    if let Payload::Dict(m) = &vm.modules.payload {
        m.set_str(vm.intern("posixpath"), path.clone());
        m.set_str(vm.intern("os.path"), path);
    }
    Ok(())
}

/// The `posixpath` module (`os.path`).
pub fn init_path(vm: &mut Vm, ns: &ObjRef) -> PyResult<()> {
    if let Payload::Dict(d) = &ns.payload {
        for (k, v) in [
            ("sep", "/"),
            ("curdir", "."),
            ("pardir", ".."),
            ("pathsep", ":"),
            ("extsep", "."),
            ("devnull", "/dev/null"),
        ] {
            d.set_str(vm.intern(k), vm.new_str(v));
        }
        d.set_str(vm.intern("altsep"), Value::None);
    }
    vm.add_functions(
        ns,
        &[
            ("join", join),
            ("exists", exists),
            ("isfile", isfile),
            ("isdir", isdir),
            ("islink", islink),
            ("getsize", getsize),
            ("getmtime", getmtime),
            ("basename", basename),
            ("dirname", dirname),
            ("split", split),
            ("splitext", splitext),
            ("isabs", isabs),
            ("abspath", abspath),
            ("normpath", normpath_fn),
            ("realpath", abspath),
            ("expanduser", expanduser),
        ],
    );
    Ok(())
}

// ---- helpers ----

/// A path argument: a str or an object with `__fspath__`.
fn path_arg(vm: &mut Vm, fname: &str, v: &Value) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        return Ok(s.to_string());
    }
    if let Some(Payload::Bytes(b)) = v.payload() {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    if !matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::None
    ) {
        if let Some(r) = vm.call_special(v, "__fspath__", &[])? {
            if let Some(s) = r.as_str() {
                return Ok(s.to_string());
            }
        }
    }
    Err(vm.type_error(if fname.is_empty() {
        format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(v)
        )
    } else {
        format!(
            "{fname}: path should be string, bytes or os.PathLike, not {}",
            vm.type_name(v)
        )
    }))
}

/// The OSError subclass CPython raises for `errno`.
pub fn os_error(vm: &mut Vm, e: &std::io::Error, filename: Option<&str>) -> crate::PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let cls = match errno {
        1 | 13 => vm.exc.permission_error.clone(),
        2 => vm.exc.file_not_found_error.clone(),
        17 => vm.exc.file_exists_error.clone(),
        20 => vm.exc.not_a_directory_error.clone(),
        21 => vm.exc.is_a_directory_error.clone(),
        _ => vm.exc.os_error.clone(),
    };
    let text = e.to_string();
    let strerror = match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    let mut args = vec![Value::Int(errno as i64), vm.new_str(strerror)];
    if let Some(f) = filename {
        args.push(vm.new_str(f));
    }
    match vm.call(&Value::Obj(cls), &args, &[]) {
        Ok(Value::Obj(o)) => o,
        Ok(_) => vm.new_error(&vm.exc.os_error.clone(), "OS error"),
        Err(e) => e,
    }
}

fn one_path(vm: &mut Vm, fname: &'static str, a: &[Value], kw: &[Value]) -> PyResult<String> {
    let [p] = crate::native::Args::new(fname, a, kw).parse(vm, &["path"], 1)?;
    path_arg(vm, fname, &p)
}

fn str_value(vm: &Vm, s: &str) -> Value {
    vm.new_str(s)
}

// ---- os ----

fn getcwd(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(vm.new_str(p.to_string_lossy().as_ref())),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn chdir(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = one_path(vm, "chdir", a, kw)?;
    std::env::set_current_dir(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
    Ok(Value::None)
}

fn listdir(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [p] = crate::native::Args::new("listdir", a, kw).parse(vm, &["path"], 0)?;
    let p = if p.is_null() || p.is_none() {
        ".".to_string()
    } else {
        path_arg(vm, "listdir", &p)?
    };
    let rd = std::fs::read_dir(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| os_error(vm, &e, Some(&p)))?;
        out.push(vm.new_str(ent.file_name().to_string_lossy().as_ref()));
    }
    Ok(vm.new_list(out))
}

fn mkdir(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [p, _mode] = crate::native::Args::new("mkdir", a, kw).parse(vm, &["path", "mode"], 1)?;
    let p = path_arg(vm, "mkdir", &p)?;
    std::fs::create_dir(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
    Ok(Value::None)
}

fn makedirs(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [p, _mode, exist_ok] =
        crate::native::Args::new("makedirs", a, kw).parse(vm, &["name", "mode", "exist_ok"], 1)?;
    let p = path_arg(vm, "makedirs", &p)?;
    let exist_ok = !exist_ok.is_null() && vm.truthy(&exist_ok)?;
    if std::path::Path::new(&p).is_dir() {
        if exist_ok {
            return Ok(Value::None);
        }
        let e = std::io::Error::from_raw_os_error(17);
        return Err(os_error(vm, &e, Some(&p)));
    }
    std::fs::create_dir_all(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = one_path(vm, "remove", a, kw)?;
    std::fs::remove_file(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = one_path(vm, "rmdir", a, kw)?;
    std::fs::remove_dir(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
    Ok(Value::None)
}

fn rename(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [s, d] = crate::native::Args::new("rename", a, kw).parse(vm, &["src", "dst"], 2)?;
    let s = path_arg(vm, "rename", &s)?;
    let d = path_arg(vm, "rename", &d)?;
    std::fs::rename(&s, &d).map_err(|e| os_error(vm, &e, Some(&s)))?;
    Ok(Value::None)
}

fn getpid(_vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}

/// `os._exit(n)`: ends the process at once with status `n` — no `finally`, no atexit
/// functions, buffered output not written (as CPython).
fn exit_now(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [n] = crate::native::Args::new("_exit", a, kw).parse(vm, &["status"], 1)?;
    let status = vm.index_i64(&n)?;
    std::process::exit(status as i32)
}

fn getenv(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [k, default] =
        crate::native::Args::new("getenv", a, kw).parse(vm, &["key", "default"], 1)?;
    let default = if default.is_null() {
        Value::None
    } else {
        default
    };
    let Some(key) = k.as_str() else {
        return Err(vm.type_error(format!("str expected, not {}", vm.type_name(&k))));
    };
    Ok(match std::env::var_os(key) {
        Some(v) => vm.new_str(v.to_string_lossy().as_ref()),
        None => default,
    })
}

fn fspath(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [p] = crate::native::Args::new("fspath", a, kw).parse(vm, &["path"], 1)?;
    if p.as_str().is_some() || matches!(p.payload(), Some(Payload::Bytes(_))) {
        return Ok(p);
    }
    let s = path_arg(vm, "", &p)?;
    Ok(vm.new_str(s))
}

fn cpu_count(_vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Int(
        std::thread::available_parallelism()
            .map(|n| n.get() as i64)
            .unwrap_or(1),
    ))
}

fn access(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [p, _mode] = crate::native::Args::new("access", a, kw).parse(vm, &["path", "mode"], 2)?;
    let p = path_arg(vm, "access", &p)?;
    Ok(Value::Bool(std::path::Path::new(&p).exists()))
}

// ---- os.path ----

fn join(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("join() takes no keyword arguments"));
    }
    if a.is_empty() {
        return Err(vm.type_error("join() missing 1 required positional argument: 'a'"));
    }
    let mut out = path_arg(vm, "", &a[0])?;
    for p in &a[1..] {
        let p = path_arg(vm, "", p)?;
        if p.starts_with('/') {
            out = p;
        } else if out.is_empty() || out.ends_with('/') {
            out.push_str(&p);
        } else {
            out.push('/');
            out.push_str(&p);
        }
    }
    Ok(vm.new_str(out))
}

fn path_pred(
    vm: &mut Vm,
    name: &'static str,
    a: &[Value],
    kw: &[Value],
    f: fn(&std::path::Path) -> bool,
) -> PyResult<Value> {
    let [p] = crate::native::Args::new(name, a, kw).parse(vm, &["path"], 1)?;
    let Ok(p) = path_arg(vm, "", &p) else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(f(std::path::Path::new(&p))))
}

fn exists(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    path_pred(vm, "exists", a, kw, |p| p.exists())
}

fn isfile(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    path_pred(vm, "isfile", a, kw, |p| p.is_file())
}

fn isdir(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    path_pred(vm, "isdir", a, kw, |p| p.is_dir())
}

fn islink(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    path_pred(vm, "islink", a, kw, |p| p.is_symlink())
}

fn getsize(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = one_path(vm, "getsize", a, kw)?;
    let m = std::fs::metadata(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
    Ok(Value::Int(m.len() as i64))
}

fn getmtime(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = one_path(vm, "getmtime", a, kw)?;
    let m = std::fs::metadata(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
    let t = m
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    Ok(Value::Float(t))
}

/// `(head, tail)` as posixpath.split computes them.
fn split_path(p: &str) -> (String, String) {
    let i = p.rfind('/').map(|i| i + 1).unwrap_or(0);
    let (head, tail) = p.split_at(i);
    let trimmed = head.trim_end_matches('/');
    let head = if trimmed.is_empty() { head } else { trimmed };
    (head.to_string(), tail.to_string())
}

fn basename(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [p] = crate::native::Args::new("basename", a, kw).parse(vm, &["p"], 1)?;
    let p = path_arg(vm, "", &p)?;
    Ok(str_value(vm, &split_path(&p).1))
}

fn dirname(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [p] = crate::native::Args::new("dirname", a, kw).parse(vm, &["p"], 1)?;
    let p = path_arg(vm, "", &p)?;
    Ok(str_value(vm, &split_path(&p).0))
}

fn split(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [p] = crate::native::Args::new("split", a, kw).parse(vm, &["p"], 1)?;
    let p = path_arg(vm, "", &p)?;
    let (h, t) = split_path(&p);
    Ok(vm.new_tuple(vec![vm.new_str(h), vm.new_str(t)]))
}

fn splitext(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [p] = crate::native::Args::new("splitext", a, kw).parse(vm, &["p"], 1)?;
    let p = path_arg(vm, "", &p)?;
    let base_start = p.rfind('/').map(|i| i + 1).unwrap_or(0);
    let base = &p[base_start..];
    let lead = base.len() - base.trim_start_matches('.').len();
    let (root, ext) = match base.rfind('.') {
        Some(i) if i >= lead => (
            p[..base_start + i].to_string(),
            p[base_start + i..].to_string(),
        ),
        _ => (p.clone(), String::new()),
    };
    Ok(vm.new_tuple(vec![vm.new_str(root), vm.new_str(ext)]))
}

fn isabs(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [p] = crate::native::Args::new("isabs", a, kw).parse(vm, &["s"], 1)?;
    let p = path_arg(vm, "", &p)?;
    Ok(Value::Bool(p.starts_with('/')))
}

/// posixpath.normpath.
pub fn normpath(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let initial = if p.starts_with("//") && !p.starts_with("///") {
        2
    } else if p.starts_with('/') {
        1
    } else {
        0
    };
    let mut comps: Vec<&str> = Vec::new();
    for c in p.split('/') {
        if c.is_empty() || c == "." {
            continue;
        }
        if c != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(c);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let mut out = "/".repeat(initial);
    out.push_str(&comps.join("/"));
    if out.is_empty() {
        ".".into()
    } else {
        out
    }
}

fn normpath_fn(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [p] = crate::native::Args::new("normpath", a, kw).parse(vm, &["path"], 1)?;
    let p = path_arg(vm, "", &p)?;
    Ok(str_value(vm, &normpath(&p)))
}

fn abspath(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [p] = crate::native::Args::new("abspath", a, kw).parse(vm, &["path"], 1)?;
    let p = path_arg(vm, "", &p)?;
    let full = if p.starts_with('/') {
        p
    } else {
        let cwd = std::env::current_dir()
            .map(|c| c.to_string_lossy().into_owned())
            .unwrap_or_else(|_| "/".into());
        format!("{cwd}/{p}")
    };
    Ok(str_value(vm, &normpath(&full)))
}

fn expanduser(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [p] = crate::native::Args::new("expanduser", a, kw).parse(vm, &["path"], 1)?;
    let s = path_arg(vm, "", &p)?;
    if s == "~" || s.starts_with("~/") {
        if let Some(home) = std::env::var_os("HOME") {
            let home = home.to_string_lossy().trim_end_matches('/').to_string();
            let home = if home.is_empty() {
                "/".to_string()
            } else {
                home
            };
            return Ok(vm.new_str(format!("{home}{}", &s[1..])));
        }
    }
    Ok(vm.new_str(s))
}
