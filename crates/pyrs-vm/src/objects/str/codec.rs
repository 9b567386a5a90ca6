//! `str.encode`, `bytes.decode` and `str(bytes, encoding)`: UTF-8, Latin-1 and ASCII through
//! `strmethods::codecs`, UTF-16 and UTF-32 here, and the `Unicode*Error` objects.

use super::{kwargs, opt_text_arg, rest, this};
use crate::object::Payload;
use crate::value::Value;
use crate::{PyErr, PyResult, Vm};
use pyrs_primitives::strmethods::{self as sm, Codec, CodecError, CodecErrorKind};

/// The wide codecs implemented here: unit size, big-endian, with a byte order mark.
#[derive(Clone, Copy)]
struct Wide {
    size: usize,
    big: bool,
    bom: bool,
    name: &'static str,
}

fn wide_lookup(name: &str) -> Option<Wide> {
    let n: String = name
        .trim()
        .chars()
        .map(|c| match c {
            '-' | ' ' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    let w = |size, big, bom, name| {
        Some(Wide {
            size,
            big,
            bom,
            name,
        })
    };
    match n.as_str() {
        "utf_16" | "utf16" | "u16" => w(2, false, true, "utf-16"),
        "utf_16_le" | "utf_16le" => w(2, false, false, "utf-16-le"),
        "utf_16_be" | "utf_16be" => w(2, true, false, "utf-16-be"),
        "utf_32" | "utf32" | "u32" => w(4, false, true, "utf-32"),
        "utf_32_le" | "utf_32le" => w(4, false, false, "utf-32-le"),
        "utf_32_be" | "utf_32be" => w(4, true, false, "utf-32-be"),
        _ => None,
    }
}

fn wide_encode(s: &str, w: Wide) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() * w.size + 4);
    let mut unit = |u: u32| {
        if w.size == 2 {
            let u = u as u16;
            out.extend_from_slice(&if w.big {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            });
        } else {
            out.extend_from_slice(&if w.big {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            });
        }
    };
    if w.bom {
        unit(0xfeff);
    }
    for c in s.chars() {
        if w.size == 2 {
            let mut buf = [0u16; 2];
            for u in c.encode_utf16(&mut buf) {
                unit(*u as u32);
            }
        } else {
            unit(c as u32);
        }
    }
    out
}

fn wide_decode(vm: &Vm, b: &[u8], mut w: Wide, errors: &str, obj: &Value) -> PyResult<String> {
    let mut i = 0;
    let read = |i: usize, big: bool, size: usize| -> Option<u32> {
        let p = b.get(i..i + size)?;
        Some(if size == 2 {
            let a = [p[0], p[1]];
            (if big {
                u16::from_be_bytes(a)
            } else {
                u16::from_le_bytes(a)
            }) as u32
        } else {
            let a = [p[0], p[1], p[2], p[3]];
            if big {
                u32::from_be_bytes(a)
            } else {
                u32::from_le_bytes(a)
            }
        })
    };
    if w.bom {
        if read(0, false, w.size) == Some(0xfeff) {
            i = w.size;
        } else if read(0, true, w.size) == Some(0xfeff) {
            w.big = true;
            i = w.size;
        }
    }
    let mut out = String::with_capacity(b.len() / w.size);
    while i < b.len() {
        let (start, end, reason) = match read(i, w.big, w.size) {
            None => (i, b.len(), "truncated data"),
            Some(u) if w.size == 4 => match char::from_u32(u) {
                Some(c) => {
                    out.push(c);
                    i += 4;
                    continue;
                }
                None if u < 0x110000 => (
                    i,
                    i + 4,
                    "code point in surrogate code point range(0xd800, 0xe000)",
                ),
                None => (i, i + 4, "code point not in range(0x110000)"),
            },
            Some(u) if !(0xd800..0xe000).contains(&u) => {
                out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
                i += 2;
                continue;
            }
            Some(u) if u >= 0xdc00 => (i, i + 2, "illegal encoding"),
            Some(u) => match read(i + 2, w.big, 2) {
                Some(l) if (0xdc00..0xe000).contains(&l) => {
                    let c = 0x10000 + ((u - 0xd800) << 10) + (l - 0xdc00);
                    out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                    i += 4;
                    continue;
                }
                Some(_) => (i, i + 2, "illegal UTF-16 surrogate"),
                None => (i, b.len(), "unexpected end of data"),
            },
        };
        match errors {
            "ignore" => {}
            "replace" => out.push('\u{fffd}'),
            "backslashreplace" => {
                for byte in &b[start..end] {
                    out.push_str(&format!("\\x{byte:02x}"));
                }
            }
            "strict" | "surrogateescape" | "surrogatepass" => {
                let msg = if end == start + 1 {
                    format!(
                        "'{}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
                        w.name, b[start]
                    )
                } else {
                    format!(
                        "'{}' codec can't decode bytes in position {start}-{}: {reason}",
                        w.name,
                        end - 1
                    )
                };
                let cls = vm.exc.unicode_decode_error.clone();
                return Err(unicode_error(
                    vm,
                    &cls,
                    msg,
                    w.name,
                    obj.clone(),
                    start,
                    end,
                    reason,
                ));
            }
            _ => {
                return Err(vm.new_error(
                    &vm.exc.lookup_error.clone(),
                    format!("unknown error handler name '{errors}'"),
                ))
            }
        }
        i = end;
    }
    Ok(out)
}

/// A `UnicodeEncodeError` / `UnicodeDecodeError` with its attributes.
#[allow(clippy::too_many_arguments)]
fn unicode_error(
    vm: &Vm,
    cls: &crate::object::ObjRef,
    msg: String,
    encoding: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let e = vm.new_error(cls, msg);
    vm.set_exc_attr(&e, "encoding", vm.new_str(encoding));
    vm.set_exc_attr(&e, "object", object);
    vm.set_exc_attr(&e, "start", Value::Int(start as i64));
    vm.set_exc_attr(&e, "end", Value::Int(end as i64));
    vm.set_exc_attr(&e, "reason", vm.new_str(reason));
    e
}

/// The exception a failed codec call raises; `object` is the `str` or `bytes` converted.
fn codec_error(vm: &Vm, e: CodecError, object: Value) -> PyErr {
    let cls = match e.kind {
        CodecErrorKind::Encode => vm.exc.unicode_encode_error.clone(),
        CodecErrorKind::Decode => vm.exc.unicode_decode_error.clone(),
        CodecErrorKind::UnknownErrorHandler => {
            return vm.new_error(&vm.exc.lookup_error.clone(), e.message)
        }
        CodecErrorKind::WrongErrorHandler => return vm.type_error(e.message),
        CodecErrorKind::Unsupported => {
            if object.as_str().is_some() {
                vm.exc.unicode_encode_error.clone()
            } else {
                vm.exc.unicode_decode_error.clone()
            }
        }
    };
    unicode_error(
        vm, &cls, e.message, e.encoding, object, e.start, e.end, e.reason,
    )
}

fn unknown_encoding(vm: &Vm, name: &str) -> PyErr {
    vm.new_error(&vm.exc.lookup_error.clone(), sm::unknown_encoding(name))
}

/// `s.encode(encoding, errors)`; `obj` is `s` as a value, for the exception.
pub fn encode_str(
    vm: &mut Vm,
    s: &str,
    obj: &Value,
    encoding: Option<&str>,
    errors: Option<&str>,
) -> PyResult<Vec<u8>> {
    let enc = encoding.unwrap_or("utf-8");
    let errors = errors.unwrap_or("strict");
    if let Some(c) = Codec::lookup(enc) {
        return sm::encode(s, c, errors).map_err(|e| codec_error(vm, e, obj.clone()));
    }
    match wide_lookup(enc) {
        Some(w) => Ok(wide_encode(s, w)),
        None => Err(unknown_encoding(vm, enc)),
    }
}

/// `b.decode(encoding, errors)` of a bytes or bytearray value.
pub fn decode_value(
    vm: &mut Vm,
    b: &Value,
    encoding: Option<&str>,
    errors: Option<&str>,
) -> PyResult<Value> {
    let data: Vec<u8> = match b.payload() {
        Some(Payload::Bytes(x)) => x.to_vec(),
        Some(Payload::ByteArray(x)) => x.borrow().clone(),
        _ => Vec::new(),
    };
    let enc = encoding.unwrap_or("utf-8");
    let errors = errors.unwrap_or("strict");
    let obj = || Value::obj(Payload::Bytes(data.clone().into_boxed_slice()));
    let s = if let Some(c) = Codec::lookup(enc) {
        sm::decode(&data, c, errors).map_err(|e| codec_error(vm, e, obj()))?
    } else {
        match wide_lookup(enc) {
            Some(w) => wide_decode(vm, &data, w, errors, &obj())?,
            None => return Err(unknown_encoding(vm, enc)),
        }
    };
    Ok(vm.new_str(s))
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn encode(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "encode")?;
    let [enc, err] = kwargs(vm, rest(args), kw, "encode", &["encoding", "errors"], 0)?;
    let enc = opt_text_arg(vm, &enc, "encode", "encoding")?;
    let err = opt_text_arg(vm, &err, "encode", "errors")?;
    let out = encode_str(vm, s, &args[0], enc.as_deref(), err.as_deref())?;
    Ok(Value::obj(Payload::Bytes(out.into_boxed_slice())))
}
