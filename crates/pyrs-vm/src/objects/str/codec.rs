//! `str.encode`, `bytes.decode` and `str(bytes, encoding)` through `strmethods::codecs`, and
//! the `Unicode*Error` objects.

use super::{kwargs, opt_text_arg, rest, this_pystr};
use crate::object::{Payload, PyStr};
use crate::value::Value;
use crate::{PyErr, PyResult, Vm};
use pyrs_primitives::strmethods::{self as sm, Codec, CodecError, CodecErrorKind};

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
    s: &PyStr,
    obj: &Value,
    encoding: Option<&str>,
    errors: Option<&str>,
) -> PyResult<Vec<u8>> {
    let enc = encoding.unwrap_or("utf-8");
    let errors = errors.unwrap_or("strict");
    match Codec::lookup(enc) {
        Some(c) => sm::encode(&s.wtf8(), c, errors).map_err(|e| codec_error(vm, e, obj.clone())),
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
    let Some(c) = Codec::lookup(enc) else {
        return Err(unknown_encoding(vm, enc));
    };
    match sm::decode(&data, c, errors) {
        Ok(text) => Ok(vm.new_str_wtf8(text)),
        Err(e) => {
            let obj = Value::obj(Payload::Bytes(data.into_boxed_slice()));
            Err(codec_error(vm, e, obj))
        }
    }
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn encode(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this_pystr(vm, args, "encode")?;
    let [enc, err] = kwargs(vm, rest(args), kw, "encode", &["encoding", "errors"], 0)?;
    let enc = opt_text_arg(vm, &enc, "encode", "encoding")?;
    let err = opt_text_arg(vm, &err, "encode", "errors")?;
    let out = encode_str(vm, s, &args[0], enc.as_deref(), err.as_deref())?;
    Ok(Value::obj(Payload::Bytes(out.into_boxed_slice())))
}
