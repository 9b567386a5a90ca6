//! The methods of file objects, shared by `TextIOWrapper`, `Buffered*` and `FileIO`.

use crate::file::{self, os_error, FileData, Kind, Sink};
use crate::object::{NativeFn, NativeKind, ObjRef, Payload};
use crate::value::Value;
use crate::{PyErr, PyResult, Vm};
use std::cell::RefCell;
use std::io::SeekFrom;

pub fn register(vm: &mut Vm, ty: &ObjRef) {
    vm.add_methods(
        ty,
        &[
            ("read", read),
            ("read1", read1),
            ("readline", readline),
            ("readlines", readlines),
            ("write", write),
            ("writelines", writelines),
            ("seek", seek),
            ("tell", tell),
            ("truncate", truncate),
            ("flush", flush),
            ("close", close),
            ("fileno", fileno),
            ("isatty", isatty),
            ("readable", readable),
            ("writable", writable),
            ("seekable", seekable),
            ("__enter__", enter),
            ("__exit__", exit),
            ("__iter__", iter),
            ("__next__", next),
            ("__repr__", repr),
        ],
    );
    let name = crate::types::type_data(ty).name.borrow().clone();
    if name.starts_with("BufferedR") {
        vm.add_methods(ty, &[("peek", peek)]);
    }
    let props: [(&'static str, NativeFn); 8] = [
        ("name", p_name),
        ("mode", p_mode),
        ("closed", p_closed),
        ("encoding", p_encoding),
        ("errors", p_errors),
        ("newlines", p_newlines),
        ("line_buffering", p_line_buffering),
        ("closefd", p_closefd),
    ];
    let text = &*name == "TextIOWrapper";
    for (pname, f) in props {
        let text_only = matches!(pname, "encoding" | "errors" | "newlines" | "line_buffering");
        if (text_only && !text) || (pname == "closefd" && &*name != "FileIO") {
            continue;
        }
        let owner: &'static str = if text { "TextIOWrapper" } else { "file" };
        let fget = vm.native(pname, f, NativeKind::Method, Some(owner));
        vm.set_type_attr(
            ty,
            pname,
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

/// The file state behind `self`.
fn this(vm: &Vm, a: &[Value]) -> PyResult<ObjRef> {
    a.first()
        .and_then(|v| file::file_obj(vm, v))
        .ok_or_else(|| vm.type_error("descriptor requires a '_io.TextIOWrapper' object"))
}

fn data<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a RefCell<FileData>> {
    match &o.payload {
        Payload::File(f) => Ok(f),
        _ => Err(vm.type_error("descriptor requires a '_io.TextIOWrapper' object")),
    }
}

/// The error for operation `op` on a closed file, worded as CPython's class for it does.
fn closed(vm: &Vm, f: &FileData, op: &str) -> PyErr {
    let plain = matches!(
        op,
        "fileno" | "isatty" | "readable" | "writable" | "seekable"
    );
    let msg = match f.kind {
        Kind::Text if plain => "I/O operation on closed file",
        Kind::Text => "I/O operation on closed file.",
        Kind::Raw => "I/O operation on closed file",
        Kind::Buffered => match op {
            "read" | "read1" => "read of closed file",
            "readline" | "__next__" => "readline of closed file",
            "write" => "write to closed file",
            "seek" => "seek of closed file",
            "truncate" => "truncate of closed file",
            "peek" => "peek of closed file",
            "flush" if f.writable => "flush of closed file",
            "tell" => "I/O operation on closed file",
            _ if plain => "I/O operation on closed file",
            _ => "I/O operation on closed file.",
        },
    };
    vm.value_error(msg)
}

/// Checks `self` is open (and readable/writable when `need` says so) for `op`.
fn check(vm: &Vm, f: &FileData, op: &str, need: Option<bool>) -> PyResult<()> {
    let text = f.kind == Kind::Text;
    let missing = match need {
        Some(true) => !f.readable,
        Some(false) => !f.writable,
        None => false,
    };
    if !text && missing {
        let msg = match (f.kind, need) {
            (Kind::Raw, Some(true)) => "File not open for reading",
            (Kind::Raw, _) => "File not open for writing",
            (_, Some(true)) if op == "read1" => "read1",
            (_, Some(true)) => "read",
            _ => op,
        };
        return Err(file::unsupported(vm, msg));
    }
    if f.closed {
        return Err(closed(vm, f, op));
    }
    if text && missing {
        let msg = match need {
            Some(true) => "not readable",
            _ if op == "truncate" => "truncate",
            _ => "not writable",
        };
        return Err(file::unsupported(vm, msg));
    }
    Ok(())
}

/// A size argument: `None` or negative mean "all".
fn size_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
    if v.is_null() || v.is_none() {
        return Ok(None);
    }
    if matches!(v, Value::Float(_)) || matches!(v.payload(), Some(Payload::Str(_))) {
        return Err(vm.type_error(format!(
            "argument should be integer or None, not '{}'",
            vm.type_name(v)
        )));
    }
    let n = vm.index_i64(v)?;
    Ok(if n < 0 { None } else { Some(n as usize) })
}

fn io<T>(vm: &mut Vm, r: std::io::Result<T>) -> PyResult<T> {
    r.map_err(|e| os_error(vm, e, None))
}

fn bytes_value(b: Vec<u8>) -> Value {
    Value::obj(Payload::Bytes(b.into_boxed_slice()))
}

fn read(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    read_impl(vm, a, kw, "read")
}

fn read1(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    read_impl(vm, a, kw, "read1")
}

fn read_impl(vm: &mut Vm, a: &[Value], kw: &[Value], op: &str) -> PyResult<Value> {
    let o = this(vm, a)?;
    let [_, size] = super::super::args(op, a, kw).positional_only(vm, 1)?;
    let n = size_arg(vm, &size)?;
    let fd = data(vm, &o)?;
    if fd.borrow().kind == Kind::Text {
        let s = file::read_text(vm, fd, n)?;
        return Ok(vm.new_str(s));
    }
    check(vm, &fd.borrow(), op, Some(true))?;
    let r = fd.borrow_mut().read_bytes(n);
    Ok(bytes_value(io(vm, r)?))
}

/// One line (str or bytes), empty at the end.
fn line_of(vm: &mut Vm, o: &ObjRef, limit: Option<usize>, op: &str) -> PyResult<Value> {
    let fd = data(vm, o)?;
    if fd.borrow().kind == Kind::Text {
        if fd.borrow().closed {
            return Err(closed(vm, &fd.borrow(), op));
        }
        let s = file::readline_text(vm, fd, limit)?;
        return Ok(vm.new_str(s));
    }
    check(vm, &fd.borrow(), op, Some(true))?;
    let r = fd.borrow_mut().readline_bytes(limit);
    Ok(bytes_value(io(vm, r)?))
}

fn is_empty(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Str(s)) => s.as_str().is_empty(),
        Some(Payload::Bytes(b)) => b.is_empty(),
        _ => true,
    }
}

fn readline(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let o = this(vm, a)?;
    let [_, size] = super::super::args("readline", a, kw).positional_only(vm, 1)?;
    let n = size_arg(vm, &size)?;
    line_of(vm, &o, n, "readline")
}

fn readlines(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let o = this(vm, a)?;
    let [_, hint] = super::super::args("readlines", a, kw).positional_only(vm, 1)?;
    let hint = size_arg(vm, &hint)?.filter(|h| *h > 0);
    if data(vm, &o)?.borrow().closed {
        return Err(closed(vm, &data(vm, &o)?.borrow(), "readlines"));
    }
    let mut out = Vec::new();
    let mut total = 0;
    loop {
        let line = line_of(vm, &o, None, "readline")?;
        if is_empty(&line) {
            break;
        }
        total += match line.payload() {
            Some(Payload::Str(s)) => s.char_len(),
            Some(Payload::Bytes(b)) => b.len(),
            _ => 0,
        };
        out.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(vm.new_list(out))
}

fn write(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let o = this(vm, a)?;
    let [_, v] = super::super::args("write", a, kw).positional_only(vm, 2)?;
    write_one(vm, &o, &v)
}

fn write_one(vm: &mut Vm, o: &ObjRef, v: &Value) -> PyResult<Value> {
    let fd = data(vm, o)?;
    if fd.borrow().kind == Kind::Text {
        let Some(s) = v.as_pystr() else {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                vm.type_name(v)
            )));
        };
        let n = file::write_text(vm, fd, s)?;
        return Ok(Value::Int(n as i64));
    }
    check(vm, &fd.borrow(), "write", Some(false))?;
    let bytes: Vec<u8> = match v.payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::ByteArray(b)) => b.borrow().clone(),
        _ => {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(v)
            )))
        }
    };
    let r = fd.borrow_mut().write_bytes(&bytes, false);
    io(vm, r)?;
    Ok(Value::Int(bytes.len() as i64))
}

fn writelines(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let o = this(vm, a)?;
    let [_, lines] = super::super::args("writelines", a, kw).positional_only(vm, 2)?;
    {
        let f = data(vm, &o)?.borrow();
        if f.closed {
            return Err(closed(vm, &f, "writelines"));
        }
    }
    let it = vm.iter(&lines)?;
    while let Some(line) = vm.next(&it)? {
        write_one(vm, &o, &line)?;
    }
    Ok(Value::None)
}

fn seek(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let o = this(vm, a)?;
    let [_, off, whence] = super::super::args("seek", a, kw).positional_only(vm, 2)?;
    if let Value::Float(_) = off {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let off = vm.index_i64(&off)?;
    let whence = if whence.is_null() {
        0
    } else {
        vm.index_i64(&whence)?
    };
    let fd = data(vm, &o)?;
    check(vm, &fd.borrow(), "seek", None)?;
    let text = fd.borrow().kind == Kind::Text;
    if !matches!(fd.borrow().sink, Sink::File(_)) {
        let r = fd.borrow_mut().flush();
        io(vm, r)?;
        return Err(file::unsupported(vm, "underlying stream is not seekable"));
    }
    let pos = match whence {
        0 if text && off < 0 => {
            return Err(vm.value_error(format!("negative seek position {off}")));
        }
        0 if off < 0 => return Err(os_error(vm, std::io::Error::from_raw_os_error(22), None)),
        0 => SeekFrom::Start(off as u64),
        1 if text && off != 0 => {
            return Err(file::unsupported(vm, "can't do nonzero cur-relative seeks"))
        }
        1 => {
            let cur = fd.borrow_mut().tell();
            let cur = io(vm, cur)? as i64;
            if cur + off < 0 {
                return Err(os_error(vm, std::io::Error::from_raw_os_error(22), None));
            }
            SeekFrom::Start((cur + off) as u64)
        }
        2 if text && off != 0 => {
            return Err(file::unsupported(vm, "can't do nonzero end-relative seeks"))
        }
        2 => SeekFrom::End(off),
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    let r = fd.borrow_mut().seek(pos);
    let p = io(vm, r)?;
    fd.borrow_mut().bom_pending = p == 0;
    Ok(Value::Int(p as i64))
}

fn tell(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = this(vm, a)?;
    let fd = data(vm, &o)?;
    check(vm, &fd.borrow(), "tell", None)?;
    if !matches!(fd.borrow().sink, Sink::File(_)) {
        let r = fd.borrow_mut().flush();
        io(vm, r)?;
        if fd.borrow().kind == Kind::Text {
            return Err(file::unsupported(vm, "underlying stream is not seekable"));
        }
        return Err(os_error(vm, std::io::Error::from_raw_os_error(29), None));
    }
    let r = fd.borrow_mut().tell();
    Ok(Value::Int(io(vm, r)? as i64))
}

fn truncate(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let o = this(vm, a)?;
    let [_, size] = super::super::args("truncate", a, kw).positional_only(vm, 1)?;
    let fd = data(vm, &o)?;
    check(vm, &fd.borrow(), "truncate", Some(false))?;
    let size = if size.is_null() || size.is_none() {
        None
    } else {
        let n = vm.index_i64(&size)?;
        if n < 0 {
            return Err(os_error(vm, std::io::Error::from_raw_os_error(22), None));
        }
        Some(n as u64)
    };
    let r = fd.borrow_mut().truncate(size);
    Ok(Value::Int(io(vm, r)? as i64))
}

fn flush(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = this(vm, a)?;
    let fd = data(vm, &o)?;
    check(vm, &fd.borrow(), "flush", None)?;
    let r = fd.borrow_mut().flush();
    io(vm, r)?;
    Ok(Value::None)
}

fn close(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = this(vm, a)?;
    let r = data(vm, &o)?.borrow_mut().close();
    io(vm, r)?;
    Ok(Value::None)
}

fn fileno(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    use std::os::fd::AsRawFd;
    let o = this(vm, a)?;
    let f = data(vm, &o)?.borrow();
    check(vm, &f, "fileno", None)?;
    Ok(Value::Int(match &f.sink {
        Sink::Stdin => 0,
        Sink::Stdout => 1,
        Sink::Stderr => 2,
        Sink::File(Some(h)) => h.as_raw_fd() as i64,
        Sink::File(None) => -1,
    }))
}

fn isatty(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    use std::io::IsTerminal;
    let o = this(vm, a)?;
    let f = data(vm, &o)?.borrow();
    check(vm, &f, "isatty", None)?;
    Ok(Value::Bool(match &f.sink {
        Sink::Stdin => std::io::stdin().is_terminal(),
        Sink::Stdout => std::io::stdout().is_terminal(),
        Sink::Stderr => std::io::stderr().is_terminal(),
        Sink::File(Some(h)) => h.is_terminal(),
        Sink::File(None) => false,
    }))
}

fn readable(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = this(vm, a)?;
    let f = data(vm, &o)?.borrow();
    check(vm, &f, "readable", None)?;
    Ok(Value::Bool(f.readable))
}

fn writable(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = this(vm, a)?;
    let f = data(vm, &o)?.borrow();
    check(vm, &f, "writable", None)?;
    Ok(Value::Bool(f.writable))
}

fn seekable(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = this(vm, a)?;
    let f = data(vm, &o)?.borrow();
    check(vm, &f, "seekable", None)?;
    Ok(Value::Bool(matches!(f.sink, Sink::File(_))))
}

fn peek(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let o = this(vm, a)?;
    let [_, _size] = super::super::args("peek", a, kw).positional_only(vm, 1)?;
    let fd = data(vm, &o)?;
    check(vm, &fd.borrow(), "peek", Some(true))?;
    let r = fd.borrow_mut().peek_bytes();
    Ok(bytes_value(io(vm, r)?))
}

fn enter(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = this(vm, a)?;
    let f = data(vm, &o)?.borrow();
    if f.closed {
        return Err(closed(vm, &f, "__enter__"));
    }
    Ok(a[0].clone())
}

fn exit(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    close(vm, &a[..1.min(a.len())], &[])
}

fn iter(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = this(vm, a)?;
    let f = data(vm, &o)?.borrow();
    if f.closed {
        return Err(closed(vm, &f, "__iter__"));
    }
    Ok(a[0].clone())
}

fn next(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = this(vm, a)?;
    let line = line_of(vm, &o, None, "__next__")?;
    if is_empty(&line) {
        return Err(vm.new_exception(&vm.exc.stop_iteration.clone(), vec![]));
    }
    Ok(line)
}

fn repr(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = this(vm, a)?;
    let (kind, closed, name, mode, enc, closefd) = {
        let f = data(vm, &o)?.borrow();
        let name = if f.name_value.is_null() {
            vm.new_str(f.name.as_str())
        } else {
            f.name_value.clone()
        };
        (
            f.kind,
            f.closed,
            name,
            f.mode.clone(),
            f.encoding.clone(),
            f.closefd,
        )
    };
    let tname = vm.type_name(&a[0]);
    if kind == Kind::Raw && closed {
        return Ok(vm.new_str("<_io.FileIO [closed]>"));
    }
    let name = vm.repr_str(&name)?;
    Ok(vm.new_str(match kind {
        Kind::Text => {
            format!("<_io.TextIOWrapper name={name} mode='{mode}' encoding='{enc}'>")
        }
        Kind::Raw => {
            let cf = if closefd { "True" } else { "False" };
            format!("<_io.FileIO name={name} mode='{mode}' closefd={cf}>")
        }
        Kind::Buffered => format!("<_io.{tname} name={name}>"),
    }))
}

fn p_name(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = this(vm, a)?;
    let f = data(vm, &o)?.borrow();
    if f.name_value.is_null() {
        return Ok(vm.new_str(f.name.as_str()));
    }
    Ok(f.name_value.clone())
}

fn p_mode(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = this(vm, a)?;
    let m = data(vm, &o)?.borrow().mode.clone();
    Ok(vm.new_str(m))
}

fn p_closed(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = this(vm, a)?;
    let c = data(vm, &o)?.borrow().closed;
    Ok(Value::Bool(c))
}

fn p_encoding(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = this(vm, a)?;
    let e = data(vm, &o)?.borrow().encoding.clone();
    Ok(vm.new_str(e))
}

fn p_errors(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = this(vm, a)?;
    let f = data(vm, &o)?.borrow();
    let e = match f.sink {
        Sink::Stderr => "backslashreplace",
        Sink::Stdout | Sink::Stdin => "surrogateescape",
        Sink::File(_) => f.errors.as_str(),
    };
    Ok(vm.new_str(e))
}

fn p_newlines(_vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::None)
}

fn p_line_buffering(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = this(vm, a)?;
    use std::io::IsTerminal;
    let f = data(vm, &o)?.borrow();
    Ok(Value::Bool(match f.sink {
        Sink::Stdout => std::io::stdout().is_terminal(),
        Sink::Stderr => std::io::stderr().is_terminal(),
        _ => f.line_buffered,
    }))
}

fn p_closefd(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = this(vm, a)?;
    let c = data(vm, &o)?.borrow().closefd;
    Ok(Value::Bool(c))
}
