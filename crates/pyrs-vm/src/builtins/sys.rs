//! The `sys` module, the standard streams' methods, and the (minimal) import of builtin modules.

use crate::file::{FileData, Sink};
use crate::object::{Module, NativeFn, NativeKind, Payload};
use crate::stdlib::structseq;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;

pub fn init(vm: &mut Vm) {
    let sys = vm.sys.clone();
    let Payload::Dict(d) = &sys.payload else {
        return;
    };
    let set = |vm: &Vm, k: &str, v: Value| d.set_str(vm.intern(k), v);
    // As CPython: stdout is line-buffered on a terminal, stderr always; -u writes through.
    let unbuffered = vm.config.unbuffered;
    let stream = |sink, name: &str, mode: &str, line| {
        let mut data = FileData::new(sink, name, mode, line);
        data.write_through = unbuffered && mode == "w";
        Value::obj(Payload::File(Box::new(RefCell::new(data))))
    };
    let stdout_tty = std::io::IsTerminal::is_terminal(&std::io::stdout());
    for (name, dunder, s) in [
        (
            "stdout",
            "__stdout__",
            stream(Sink::Stdout, "<stdout>", "w", stdout_tty),
        ),
        (
            "stderr",
            "__stderr__",
            stream(Sink::Stderr, "<stderr>", "w", true),
        ),
        (
            "stdin",
            "__stdin__",
            stream(Sink::Stdin, "<stdin>", "r", false),
        ),
    ] {
        set(vm, name, s.clone());
        set(vm, dunder, s);
    }
    let argv: Vec<Value> = vm
        .config
        .argv
        .iter()
        .map(|a| vm.new_str(a.as_str()))
        .collect();
    set(vm, "argv", vm.new_list(argv));
    let strs = |vm: &Vm, v: &[String]| -> Value {
        vm.new_list(v.iter().map(|a| vm.new_str(a.as_str())).collect())
    };
    set(vm, "orig_argv", strs(vm, &vm.config.orig_argv));
    set(vm, "warnoptions", strs(vm, &vm.config.warnoptions));
    let xoptions = vm.new_dict();
    if let Some(Payload::Dict(d)) = xoptions.payload() {
        for x in &vm.config.xoptions {
            let (k, v) = match x.split_once('=') {
                Some((k, v)) => (k, vm.new_str(v)),
                None => (x.as_str(), Value::Bool(true)),
            };
            d.set_str(vm.new_str(k), v);
        }
    }
    set(vm, "_xoptions", xoptions);
    set(vm, "maxsize", Value::Int(i64::MAX));
    set(vm, "maxunicode", Value::Int(0x10ffff));
    set(
        vm,
        "version",
        vm.new_str("3.11.7 (main, pyrs 0.1.0) [Rust]"),
    );
    set(vm, "hexversion", Value::Int(0x030b07f0));
    set(vm, "api_version", Value::Int(1013));
    set(vm, "copyright", vm.new_str("Copyright (c) pyrs authors."));
    set(vm, "abiflags", vm.new_str(""));
    set(vm, "float_repr_style", vm.new_str("short"));
    set(
        vm,
        "dont_write_bytecode",
        Value::Bool(vm.config.dont_write_bytecode),
    );
    let prefix = match &vm.config.pycache_prefix {
        Some(p) => vm.new_str(p.as_str()),
        None => Value::None,
    };
    set(vm, "pycache_prefix", prefix);
    let vi = structseq::new_type(
        vm,
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
    );
    let version_info = structseq::new(
        vm,
        &vi,
        vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            vm.new_str("final"),
            Value::Int(0),
        ],
    );
    set(vm, "version_info", version_info.clone());
    let implementation = structseq::namespace(
        vm,
        vec![
            ("name", vm.new_str("pyrs")),
            ("cache_tag", vm.new_str(crate::CACHE_TAG)),
            ("version", version_info),
            ("hexversion", Value::Int(0x030b07f0)),
            ("_multiarch", vm.new_str("x86_64-linux-gnu")),
        ],
    );
    set(vm, "implementation", implementation);
    init_info(vm, &set);
    set(vm, "platform", vm.new_str("linux"));
    set(vm, "byteorder", vm.new_str("little"));
    set(vm, "executable", vm.new_str(vm.config.executable.as_str()));
    let prefix = std::path::Path::new(&vm.config.executable)
        .parent()
        .and_then(|p| p.parent())
        .map(|p| p.to_string_lossy().into_owned())
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| "/usr/local".into());
    for k in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] {
        set(vm, k, vm.new_str(prefix.as_str()));
    }
    set(vm, "modules", Value::Obj(vm.modules.clone()));
    let path: Vec<Value> = vm
        .config
        .path
        .iter()
        .map(|p| vm.new_str(p.as_str()))
        .collect();
    set(vm, "path", vm.new_list(path));
    let names: Vec<Value> = [
        "atexit", "builtins", "cmath", "math", "os", "posix", "sys", "time",
    ]
    .iter()
    .map(|n| vm.new_str(*n))
    .collect();
    set(vm, "builtin_module_names", vm.new_tuple(names));
    set(vm, "__name__", vm.intern("sys"));
    set(vm, "__doc__", Value::None);
    vm.add_functions(
        &sys,
        &[
            ("_getframe", crate::objects::generator::getframe),
            ("exit", exit),
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
            ("exc_info", exc_info),
            ("excepthook", excepthook),
            ("exception", exception),
            ("getsizeof", getsizeof),
            ("getrefcount", getrefcount),
            ("get_int_max_str_digits", get_int_max_str_digits),
            ("set_int_max_str_digits", set_int_max_str_digits),
            ("intern", intern),
            ("getdefaultencoding", getdefaultencoding),
            ("getfilesystemencoding", getdefaultencoding),
            ("getfilesystemencodeerrors", getfilesystemencodeerrors),
            ("is_finalizing", is_finalizing),
            ("getswitchinterval", getswitchinterval),
        ],
    );
    // The original hook stays reachable as `sys.__excepthook__`.
    if let Payload::Dict(d) = &sys.payload {
        if let Some(hook) = d.get_str(&vm.intern("excepthook")) {
            d.set_str(vm.intern("__excepthook__"), hook);
        }
    }
    let module = Value::obj(Payload::Module(Module {
        name: "sys".into(),
        dict: sys.clone(),
    }));
    if let Payload::Dict(m) = &vm.modules.payload {
        m.set_str(vm.intern("sys"), module);
        m.set_str(
            vm.intern("builtins"),
            Value::obj(Payload::Module(Module {
                name: "builtins".into(),
                dict: vm.builtins.clone(),
            })),
        );
    }
    init_streams(vm);
}

/// `flags`, `float_info`, `int_info`, `hash_info`, `thread_info`.
fn init_info(vm: &mut Vm, set: &dyn Fn(&Vm, &str, Value)) {
    let c = vm.config.clone();
    let isolated = c.isolated as i64;
    let ty = structseq::new_type(
        vm,
        "sys",
        "flags",
        &[
            "debug",
            "inspect",
            "interactive",
            "optimize",
            "dont_write_bytecode",
            "no_user_site",
            "no_site",
            "ignore_environment",
            "verbose",
            "bytes_warning",
            "quiet",
            "hash_randomization",
            "isolated",
            "dev_mode",
            "utf8_mode",
            "warn_default_encoding",
            "safe_path",
            "int_max_str_digits",
        ],
    );
    let i = Value::Int;
    let f = &c.flags;
    let b = |x: bool| Value::Int(x as i64);
    let flags = structseq::new(
        vm,
        &ty,
        vec![
            b(f.debug),
            b(f.inspect),
            b(f.interactive),
            i(c.optimize as i64),
            i(c.dont_write_bytecode as i64),
            b(f.no_user_site),
            b(f.no_site),
            b(f.ignore_environment),
            i(f.verbose as i64),
            i(f.bytes_warning as i64),
            b(f.quiet),
            b(f.hash_randomization),
            i(isolated),
            Value::Bool(f.dev_mode),
            b(f.utf8_mode),
            i(0),
            Value::Bool(f.safe_path),
            i(f.int_max_str_digits),
        ],
    );
    set(vm, "flags", flags);
    let ty = structseq::new_type(
        vm,
        "sys",
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
    );
    let fi = structseq::new(
        vm,
        &ty,
        vec![
            Value::Float(f64::MAX),
            i(1024),
            i(308),
            Value::Float(f64::MIN_POSITIVE),
            i(-1021),
            i(-307),
            i(15),
            i(53),
            Value::Float(f64::EPSILON),
            i(2),
            i(1),
        ],
    );
    set(vm, "float_info", fi);
    let ty = structseq::new_type(
        vm,
        "sys",
        "int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
    );
    let ii = structseq::new(vm, &ty, vec![i(30), i(4), i(4300), i(640)]);
    set(vm, "int_info", ii);
    let ty = structseq::new_type(
        vm,
        "sys",
        "hash_info",
        &[
            "width",
            "modulus",
            "inf",
            "nan",
            "imag",
            "algorithm",
            "hash_bits",
            "seed_bits",
            "cutoff",
        ],
    );
    let hi = structseq::new(
        vm,
        &ty,
        vec![
            i(64),
            i((1i64 << 61) - 1),
            i(314159),
            i(0),
            i(1000003),
            vm.new_str("siphash13"),
            i(64),
            i(128),
            i(0),
        ],
    );
    set(vm, "hash_info", hi);
    let ty = structseq::new_type(vm, "sys", "thread_info", &["name", "lock", "version"]);
    let ti = structseq::new(
        vm,
        &ty,
        vec![vm.new_str("pthread"), vm.new_str("semaphore"), Value::None],
    );
    set(vm, "thread_info", ti);
}

fn exit(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [code] = super::args("exit", a, kw).positional_only(vm, 0)?;
    let args = if code.is_null() {
        vec![]
    } else {
        vec![code.clone()]
    };
    let e = vm.new_exception(&vm.exc.system_exit.clone(), args);
    vm.set_exc_attr(&e, "code", if code.is_null() { Value::None } else { code });
    Err(e)
}

fn getrecursionlimit(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [n] = super::args("setrecursionlimit", a, kw).positional_only(vm, 1)?;
    if matches!(n, Value::Float(_)) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = vm.index_i64(&n)?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

/// `sys.excepthook(type, value, traceback)`: prints the exception as an uncaught one.
fn excepthook(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [_, value, _] = super::args("excepthook", a, kw).positional_only(vm, 3)?;
    match value {
        Value::Obj(e) if matches!(e.payload, Payload::Exception(_)) => vm.print_traceback(&e),
        other => {
            let err = vm.sys_attr("stderr");
            let msg = format!(
                "TypeError: print_exception(): Exception expected for value, {} found\n",
                vm.type_name(&other)
            );
            crate::file::write_to(vm, &err, &msg)?;
        }
    }
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let h = vm.current_handled().clone();
    if h.is_none() {
        return Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Obj(vm.type_of(&h));
    let tb = vm.traceback_value(&h);
    Ok(vm.new_tuple(vec![t, h, tb]))
}

fn exception(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [] = super::args("exception", a, kw).positional_only(vm, 0)?;
    Ok(vm.current_handled().clone())
}

/// A plausible `sys.getsizeof` (CPython's sizes on 64-bit Linux for common objects).
fn getsizeof(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [o, default] = super::args("getsizeof", a, kw).parse(vm, &["object", "default"], 1)?;
    let _ = default;
    let n: usize = match &o {
        Value::None | Value::Null => 16,
        Value::Bool(b) => 24 + 4 * (*b as usize),
        Value::Int(0) => 24,
        Value::Int(i) => 24 + 4 * ((64 - i.unsigned_abs().leading_zeros() as usize).div_ceil(30)),
        Value::Float(_) => 24,
        Value::Obj(obj) => match &obj.payload {
            Payload::BigInt(b) => 24 + 4 * (b.bits() as usize).div_ceil(30),
            Payload::Str(s) => {
                let st = s.as_str();
                let max = st.chars().map(|c| c as u32).max().unwrap_or(0);
                let n = s.char_len();
                if max < 128 {
                    41 + n
                } else if max < 256 {
                    57 + n
                } else if max < 65536 {
                    58 + 2 * n
                } else {
                    60 + 4 * n
                }
            }
            Payload::Bytes(b) => 33 + b.len(),
            Payload::ByteArray(b) => 57 + b.borrow().len(),
            Payload::Tuple(t) => 40 + 8 * t.len(),
            Payload::List(l) => 56 + 8 * l.borrow().len(),
            Payload::Dict(d) => {
                if d.is_empty() {
                    64
                } else {
                    184 + 8 * d.len().next_power_of_two().max(8)
                }
            }
            Payload::Set(_) | Payload::FrozenSet(_) => 216,
            Payload::Complex(..) => 32,
            Payload::Range(_) => 48,
            Payload::Function(_) => 152,
            Payload::Type(_) => 1072,
            _ => 48,
        },
    };
    Ok(Value::Int(n as i64))
}

fn getrefcount(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [o] = super::args("getrefcount", a, kw).positional_only(vm, 1)?;
    Ok(Value::Int(match &o {
        // The call's argument counts, as in CPython; `o`, our copy of it, does not.
        Value::Obj(obj) => crate::object::ObjRef::strong_count(obj) as i64 - 1,
        _ => 4_294_967_295,
    }))
}

fn get_int_max_str_digits(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Int(vm.int_max_str_digits as i64))
}

fn set_int_max_str_digits(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [n] = super::args("set_int_max_str_digits", a, kw).parse(vm, &["maxdigits"], 1)?;
    if matches!(n, Value::Float(_)) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = vm.index_i64(&n)?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.int_max_str_digits = n as usize;
    Ok(Value::None)
}

fn intern(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [s] = super::args("intern", a, kw).positional_only(vm, 1)?;
    match s.as_str() {
        Some(t) => Ok(vm.intern(t)),
        None => Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            vm.type_name(&s)
        ))),
    }
}

fn getdefaultencoding(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_str("utf-8"))
}

fn getfilesystemencodeerrors(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_str("surrogateescape"))
}

fn is_finalizing(_vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn getswitchinterval(_vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Float(0.005))
}

// ---- methods of the standard streams (TextIOWrapper) ----

/// Adds the stream methods to `TextIOWrapper`, leaving any that `file.rs` already defines.
fn init_streams(vm: &mut Vm) {
    let ty = vm.types.text_io.clone();
    let methods: [(&'static str, NativeFn); 10] = [
        ("write", io_write),
        ("flush", io_flush),
        ("fileno", io_fileno),
        ("isatty", io_isatty),
        ("readable", io_readable),
        ("writable", io_writable),
        ("seekable", io_seekable),
        ("readline", io_readline),
        ("read", io_read),
        ("__repr__", io_repr),
    ];
    for (name, f) in methods {
        if vm.lookup_in_type_str(&ty, name).is_none() {
            vm.add_methods(&ty, &[(name, f)]);
        }
    }
    let props: [(&'static str, NativeFn); 6] = [
        ("name", io_name),
        ("mode", io_mode),
        ("encoding", io_encoding),
        ("errors", io_errors),
        ("closed", io_closed),
        ("line_buffering", io_line_buffering),
    ];
    for (name, f) in props {
        if vm.lookup_in_type_str(&ty, name).is_none() {
            let fget = vm.native(name, f, NativeKind::Method, Some("TextIOWrapper"));
            vm.set_type_attr(
                &ty,
                name,
                Value::obj(Payload::Property(Box::new(crate::object::PropertyData {
                    fget,
                    fset: Value::None,
                    fdel: Value::None,
                    doc: Value::None,
                    name: std::cell::RefCell::new(Value::None),
                }))),
            );
        }
    }
}

fn file_data<'a>(vm: &Vm, a: &'a [Value]) -> PyResult<&'a RefCell<FileData>> {
    match a.first().and_then(|v| v.payload()) {
        Some(Payload::File(f)) => Ok(f),
        _ => Err(vm.type_error("descriptor requires a '_io.TextIOWrapper' object")),
    }
}

fn check_open(vm: &Vm, f: &RefCell<FileData>) -> PyResult<()> {
    if f.borrow().closed {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(())
}

fn io_write(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [_, s] = super::args("write", a, kw).positional_only(vm, 2)?;
    let f = file_data(vm, a)?;
    let Some(text) = s.as_str() else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(&s)
        )));
    };
    check_open(vm, f)?;
    if matches!(f.borrow().sink, Sink::Stdin) {
        return Err(vm.new_error(&vm.exc.os_error.clone(), "not writable"));
    }
    let n = text.chars().count();
    let r = f.borrow_mut().write(text);
    if let Err(e) = r {
        return Err(vm.new_error(&vm.exc.os_error.clone(), e.to_string()));
    }
    Ok(Value::Int(n as i64))
}

fn io_flush(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = file_data(vm, a)?;
    check_open(vm, f)?;
    let _ = f.borrow_mut().flush();
    Ok(Value::None)
}

fn io_fileno(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = file_data(vm, a)?;
    check_open(vm, f)?;
    Ok(Value::Int(match f.borrow().sink {
        Sink::Stdin => 0,
        Sink::Stdout => 1,
        Sink::Stderr => 2,
        Sink::File(_) => 3,
    }))
}

fn io_isatty(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    use std::io::IsTerminal;
    let f = file_data(vm, a)?;
    check_open(vm, f)?;
    Ok(Value::Bool(match f.borrow().sink {
        Sink::Stdin => std::io::stdin().is_terminal(),
        Sink::Stdout => std::io::stdout().is_terminal(),
        Sink::Stderr => std::io::stderr().is_terminal(),
        Sink::File(_) => false,
    }))
}

fn io_readable(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = file_data(vm, a)?;
    check_open(vm, f)?;
    let m = f.borrow().mode.clone();
    Ok(Value::Bool(m.contains('r') || m.contains('+')))
}

fn io_writable(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = file_data(vm, a)?;
    check_open(vm, f)?;
    let m = f.borrow().mode.clone();
    Ok(Value::Bool(m.contains(['w', 'a', 'x', '+'])))
}

fn io_seekable(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = file_data(vm, a)?;
    check_open(vm, f)?;
    Ok(Value::Bool(matches!(f.borrow().sink, Sink::File(_))))
}

/// Reads standard input: a line, or everything.
fn read_stdin(vm: &mut Vm, a: &[Value], line: bool) -> PyResult<Value> {
    use std::io::{BufRead, Read};
    let f = file_data(vm, a)?;
    check_open(vm, f)?;
    if !matches!(f.borrow().sink, Sink::Stdin) {
        return Err(vm.new_error(&vm.exc.os_error.clone(), "not readable"));
    }
    crate::file::flush_std(vm);
    let mut s = String::new();
    let r = if line {
        std::io::stdin().lock().read_line(&mut s).map(|_| ())
    } else {
        std::io::stdin().lock().read_to_string(&mut s).map(|_| ())
    };
    if let Err(e) = r {
        return Err(vm.new_error(&vm.exc.os_error.clone(), e.to_string()));
    }
    Ok(vm.new_str(s))
}

fn io_readline(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    read_stdin(vm, a, true)
}

fn io_read(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    read_stdin(vm, a, false)
}

fn io_repr(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = file_data(vm, a)?;
    let (name, mode) = {
        let f = f.borrow();
        (f.name.clone(), f.mode.clone())
    };
    let name = vm.new_str(name);
    let name = vm.repr_str(&name)?;
    Ok(vm.new_str(format!(
        "<_io.TextIOWrapper name={name} mode='{mode}' encoding='utf-8'>"
    )))
}

fn io_name(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = file_data(vm, a)?;
    let n = f.borrow().name.clone();
    Ok(vm.new_str(n))
}

fn io_mode(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = file_data(vm, a)?;
    let m = f.borrow().mode.clone();
    Ok(vm.new_str(m))
}

fn io_encoding(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    file_data(vm, a)?;
    Ok(vm.new_str("utf-8"))
}

fn io_errors(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = file_data(vm, a)?;
    let e = match f.borrow().sink {
        Sink::Stderr => "backslashreplace",
        Sink::File(_) => "strict",
        _ => "surrogateescape",
    };
    Ok(vm.new_str(e))
}

fn io_closed(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = file_data(vm, a)?;
    let c = f.borrow().closed;
    Ok(Value::Bool(c))
}

fn io_line_buffering(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = file_data(vm, a)?;
    let c = f.borrow().line_buffered;
    Ok(Value::Bool(c))
}
