//! `open()` and the file objects it returns (text and binary), and `input()`.

mod methods;

use crate::file::{self, FileData, IoTypes, Kind, Newline, Sink};
use crate::object::{BaseKind, Instance, ObjRef, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;

pub fn init(vm: &mut Vm) {
    let object = vm.types.object.clone();
    let new = |name: &str| {
        let t = crate::types::new_type(name, vec![object.clone()], BaseKind::Builtin, false);
        if let Payload::Type(td) = &t.payload {
            *td.module.borrow_mut() = vm.intern("_io");
        }
        t
    };
    let types = IoTypes {
        buffered_reader: new("BufferedReader"),
        buffered_writer: new("BufferedWriter"),
        buffered_random: new("BufferedRandom"),
        file_io: new("FileIO"),
        unsupported: unsupported_type(vm),
    };
    file::set_io_types(types.clone());
    let text_io = vm.types.text_io.clone();
    if let Payload::Type(td) = &text_io.payload {
        if td.module.borrow().is_null() {
            *td.module.borrow_mut() = vm.intern("_io");
        }
    }
    for t in [
        &text_io,
        &types.buffered_reader,
        &types.buffered_writer,
        &types.buffered_random,
        &types.file_io,
    ] {
        methods::register(vm, t);
    }
    vm.add_functions(&vm.builtins.clone(), &[("open", open), ("input", input)]);
}

/// `io.UnsupportedOperation`, a subclass of both OSError and ValueError.
fn unsupported_type(vm: &Vm) -> ObjRef {
    let os = vm.exc.os_error.clone();
    let ve = vm.exc.value_error.clone();
    let t = crate::types::new_type(
        "UnsupportedOperation",
        vec![os.clone(), ve.clone()],
        BaseKind::Exception,
        false,
    );
    if let Payload::Type(td) = &t.payload {
        *td.module.borrow_mut() = vm.intern("io");
        let mut mro = vec![t.clone(), os];
        for c in crate::types::type_data(&ve).mro.borrow().iter() {
            if !mro.iter().any(|m| crate::object::ObjRef::ptr_eq(m, c)) {
                mro.push(c.clone());
            }
        }
        *td.mro.borrow_mut() = mro;
    }
    t
}

/// The parsed `mode` of `open()`.
struct Mode {
    read: bool,
    write: bool,
    append: bool,
    create: bool,
    plus: bool,
    binary: bool,
}

fn parse_mode(vm: &Vm, mode: &str) -> PyResult<Mode> {
    let invalid = || vm.value_error(format!("invalid mode: '{mode}'"));
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxa+tb".contains(c) || seen.contains(c) {
            return Err(invalid());
        }
        seen.push(c);
    }
    let has = |c| seen.contains(c);
    if has('t') && has('b') {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let m = Mode {
        read: has('r'),
        write: has('w'),
        append: has('a'),
        create: has('x'),
        plus: has('+'),
        binary: has('b'),
    };
    let n = [m.read, m.write, m.append, m.create]
        .iter()
        .filter(|b| **b)
        .count();
    if n > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    Ok(m)
}

/// An optional str argument of `open()`.
fn opt_str(vm: &Vm, v: &Value, what: &str) -> PyResult<Option<String>> {
    if v.is_null() || v.is_none() {
        return Ok(None);
    }
    match v.as_str() {
        Some(s) => Ok(Some(s.to_string())),
        None => Err(vm.type_error(format!(
            "open() argument '{what}' must be str or None, not {}",
            vm.type_name(v)
        ))),
    }
}

/// Whether `enc` names a codec we have.
fn known_encoding(enc: &str) -> bool {
    pyrs_primitives::strmethods::Codec::lookup(enc).is_some()
}

fn open(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [file, mode, buffering, encoding, errors, newline, closefd, opener] =
        super::args("open", a, kw).parse(
            vm,
            &[
                "file",
                "mode",
                "buffering",
                "encoding",
                "errors",
                "newline",
                "closefd",
                "opener",
            ],
            1,
        )?;
    let _ = opener;
    let mut file = file;
    if !matches!(file.payload(), Some(Payload::Str(_) | Payload::Bytes(_)))
        && !matches!(file, Value::Int(_))
    {
        let ty = vm.type_of(&file);
        match vm.lookup_in_type_str(&ty, "__fspath__") {
            Some(m) if !matches!(file, Value::Bool(_)) => {
                file = vm.call(&m, &[file.clone()], &[])?
            }
            _ => {
                return Err(vm.type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    vm.type_name(&file)
                )))
            }
        }
    }
    let mode_s = if mode.is_null() {
        "r".to_string()
    } else {
        match mode.as_str() {
            Some(s) => s.to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    vm.type_name(&mode)
                )))
            }
        }
    };
    let m = parse_mode(vm, &mode_s)?;
    let encoding = opt_str(vm, &encoding, "encoding")?;
    let errors = opt_str(vm, &errors, "errors")?;
    let newline = opt_str(vm, &newline, "newline")?;
    let buffering = if buffering.is_null() {
        -1
    } else {
        vm.index_i64(&buffering)?
    };
    let closefd = closefd.is_null() || vm.truthy(&closefd)?;
    if m.binary {
        for (v, what) in [
            (&encoding, "an encoding"),
            (&errors, "an errors"),
            (&newline, "a newline"),
        ] {
            if v.is_some() {
                return Err(vm.value_error(format!("binary mode doesn't take {what} argument")));
            }
        }
    }
    let nl = match newline.as_deref() {
        None => Newline::Universal,
        Some("") => Newline::Untranslated,
        Some("\n") => Newline::Lf,
        Some("\r") => Newline::Cr,
        Some("\r\n") => Newline::CrLf,
        Some(other) => return Err(vm.value_error(format!("illegal newline value: {other}"))),
    };
    if !m.binary && buffering == 0 {
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }
    if !(m.read || m.write || m.append || m.create) {
        return Err(vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    let readable = m.read || m.plus;
    let writable = !m.read || m.plus;
    let (sink, name) = match &file {
        Value::Int(fd) => {
            let sink = match fd {
                0 => Sink::Stdin,
                1 => Sink::Stdout,
                2 => Sink::Stderr,
                _ => {
                    let e = std::io::Error::from_raw_os_error(9);
                    return Err(file::os_error(vm, e, None));
                }
            };
            (sink, fd.to_string())
        }
        _ => {
            if !closefd {
                return Err(vm.value_error("Cannot use closefd=False with file name"));
            }
            let path: std::path::PathBuf = match file.payload() {
                Some(Payload::Bytes(b)) => {
                    use std::os::unix::ffi::OsStrExt;
                    std::ffi::OsStr::from_bytes(b).into()
                }
                _ => file.as_str().unwrap_or("").into(),
            };
            if path.as_os_str().as_encoded_bytes().contains(&0) {
                return Err(vm.value_error("embedded null byte"));
            }
            let mut o = std::fs::OpenOptions::new();
            o.read(readable);
            if m.append {
                o.append(true).create(true);
            } else if m.write {
                o.write(true).create(true).truncate(true);
            } else if m.create {
                o.write(true).create_new(true);
            } else if m.plus {
                o.write(true);
            }
            let mut f = match o.open(&path) {
                Ok(f) => f,
                Err(e) => return Err(file::os_error(vm, e, Some(&file))),
            };
            if f.metadata().is_ok_and(|md| md.is_dir()) {
                let e = std::io::Error::from_raw_os_error(21);
                return Err(file::os_error(vm, e, Some(&file)));
            }
            if m.append {
                use std::io::Seek;
                let r = f.seek(std::io::SeekFrom::End(0));
                if let Err(e) = r {
                    return Err(file::os_error(vm, e, Some(&file)));
                }
            }
            (Sink::File(Some(f)), path.to_string_lossy().into_owned())
        }
    };
    let kind = if !m.binary {
        Kind::Text
    } else if buffering == 0 {
        Kind::Raw
    } else {
        Kind::Buffered
    };
    let raw_mode = {
        let base = if m.create {
            "xb"
        } else if m.append {
            "ab"
        } else if readable {
            "rb"
        } else {
            "wb"
        };
        if m.plus || (m.read && writable) {
            format!("{base}+")
        } else {
            base.to_string()
        }
    };
    let mut fd = FileData::new(
        sink,
        &name,
        if m.binary { &raw_mode } else { &mode_s },
        !m.binary && buffering == 1,
    );
    fd.kind = kind;
    fd.readable = readable;
    fd.writable = writable;
    fd.name_value = file.clone();
    fd.closefd = closefd;
    fd.newline = nl;
    if let Some(e) = &encoding {
        if !known_encoding(e) {
            return Err(vm.new_error(
                &vm.exc.lookup_error.clone(),
                pyrs_primitives::strmethods::unknown_encoding(e),
            ));
        }
    }
    fd.encoding = encoding.unwrap_or_else(|| "UTF-8".into());
    fd.errors = errors.unwrap_or_else(|| "strict".into());
    if writable && !m.binary {
        fd.bom_pending = match &mut fd.sink {
            Sink::File(Some(f)) => f.metadata().map(|md| md.len() == 0).unwrap_or(true),
            _ => false,
        };
    }
    let obj = crate::object::ObjRef::new(crate::object::Object::new(Payload::File(Box::new(
        RefCell::new(fd),
    ))));
    file::register(&obj);
    if !m.binary {
        return Ok(Value::Obj(obj));
    }
    let Some(t) = file::io_types() else {
        return Ok(Value::Obj(obj));
    };
    let cls = match kind {
        Kind::Raw => t.file_io,
        _ if readable && writable => t.buffered_random,
        _ if readable => t.buffered_reader,
        _ => t.buffered_writer,
    };
    let dict = vm.new_dict();
    if let Some(Payload::Dict(d)) = dict.payload() {
        d.set_str(vm.intern(file::FILE_KEY), Value::Obj(obj));
    }
    let Value::Obj(dict) = dict else {
        return Err(vm.runtime_error("lost a dict"));
    };
    Ok(Value::obj(Payload::Instance(Instance::new(cls, dict))))
}

/// `input(prompt)`: writes the prompt, reads a line from `sys.stdin` without its newline.
fn input(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [prompt] = super::args("input", a, kw).positional_only(vm, 0)?;
    let stdin = vm.sys_attr("stdin");
    if stdin.is_none() {
        return Err(vm.runtime_error("input(): lost sys.stdin"));
    }
    if !prompt.is_null() {
        let p = vm.str_string(&prompt)?;
        file::write_stdout(vm, &p)?;
    }
    let out = vm.sys_attr("stdout");
    if let Some(Payload::File(_)) = out.payload() {
        file::flush_std(vm);
    } else if !out.is_none() {
        vm.call_method(&out, "flush", &[])?;
    }
    let line = match stdin.payload() {
        Some(Payload::File(fd)) => file::readline_text(vm, fd, None)?,
        _ => {
            let v = vm.call_method(&stdin, "readline", &[])?;
            match v.as_str() {
                Some(s) => s.to_string(),
                None => return Err(vm.type_error("object.readline() returned non-string")),
            }
        }
    };
    if line.is_empty() {
        return Err(vm.new_error(&vm.exc.eof_error.clone(), "EOF when reading a line"));
    }
    let line = line.strip_suffix('\n').unwrap_or(&line);
    Ok(vm.new_str(line))
}
