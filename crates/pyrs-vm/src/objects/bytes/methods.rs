//! The methods `bytes` and `bytearray` share, and their special methods.

use super::{bytes_like, new_bytes, same_kind, type_word};
use crate::object::{NativeFn, Payload};
use crate::objects::str::{clinic, kwargs, noargs, onearg, rest, slice_arg, ssize_arg, varargs};
use crate::value::Value;
use crate::{PyResult, Vm};
use pyrs_primitives::strmethods as sm;
use std::borrow::Cow;
use std::cmp::Ordering;

pub const METHODS: &[(&str, NativeFn)] = &[
    ("decode", decode),
    ("hex", hex),
    ("join", join),
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("partition", partition),
    ("rpartition", rpartition),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("upper", upper),
    ("lower", lower),
    ("capitalize", capitalize),
    ("title", title),
    ("swapcase", swapcase),
    ("startswith", startswith),
    ("endswith", endswith),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("replace", replace),
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("zfill", zfill),
    ("expandtabs", expandtabs),
    ("isalpha", isalpha),
    ("isalnum", isalnum),
    ("isdigit", isdigit),
    ("isspace", isspace),
    ("islower", islower),
    ("isupper", isupper),
    ("istitle", istitle),
    ("isascii", isascii),
    ("translate", translate),
];

pub const DUNDERS: &[(&str, NativeFn)] = &[
    ("__len__", dunder_len),
    ("__getitem__", dunder_getitem),
    ("__contains__", dunder_contains),
    ("__iter__", dunder_iter),
    ("__add__", dunder_add),
    ("__mul__", dunder_mul),
    ("__rmul__", dunder_mul),
    ("__mod__", dunder_mod),
    ("__rmod__", dunder_rmod),
    ("__eq__", dunder_eq),
    ("__ne__", dunder_ne),
    ("__lt__", dunder_lt),
    ("__le__", dunder_le),
    ("__gt__", dunder_gt),
    ("__ge__", dunder_ge),
];

/// The contents of `self`, with CPython's errors for a missing or foreign `self`.
pub(crate) fn this(vm: &Vm, args: &[Value], name: &str) -> PyResult<Vec<u8>> {
    match args.first() {
        None => Err(vm.type_error(format!("unbound method bytes.{name}() needs an argument"))),
        Some(v) => bytes_like(v).ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
                vm.type_name(v)
            ))
        }),
    }
}

fn prim<T>(vm: &Vm, r: pyrs_primitives::Result<T>) -> PyResult<T> {
    r.map_err(|e| vm.primitive_error(e))
}

/// A bytes-like argument (`a bytes-like object is required, not 'str'`).
fn buf(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_like(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

fn opt_buf(vm: &Vm, v: &Value) -> PyResult<Option<Vec<u8>>> {
    if v.is_null() || v.is_none() {
        Ok(None)
    } else {
        buf(vm, v).map(Some)
    }
}

fn list_of(vm: &Vm, like: &Value, parts: Vec<&[u8]>) -> Value {
    let v = parts
        .into_iter()
        .map(|p| same_kind(like, p.to_vec()))
        .collect();
    vm.new_list(v)
}

fn decode(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, args, "decode")?;
    let [enc, err] = kwargs(vm, rest(args), kw, "decode", &["encoding", "errors"], 0)?;
    let enc = crate::objects::str::opt_text_arg(vm, &enc, "decode", "encoding")?;
    let err = crate::objects::str::opt_text_arg(vm, &err, "decode", "errors")?;
    crate::objects::str::decode_value(vm, &args[0], enc.as_deref(), err.as_deref())
}

fn hex(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = this(vm, args, "hex")?;
    let [sep, per] = kwargs(vm, rest(args), kw, "hex", &["sep", "bytes_per_sep"], 0)?;
    let per = if per.is_null() {
        1
    } else {
        ssize_arg(vm, &per)?
    };
    let sep_bytes;
    let sep = if sep.is_null() {
        None
    } else if let Some(s) = sep.as_str() {
        Some(sm::HexSep::Str(s))
    } else if let Some(x) = bytes_like(&sep) {
        sep_bytes = x;
        Some(sm::HexSep::Bytes(&sep_bytes))
    } else {
        return Err(vm.type_error(format!(
            "object of type '{}' has no len()",
            vm.type_name(&sep)
        )));
    };
    let r = prim(vm, sm::bytes_hex(&b, sep, per))?;
    Ok(vm.new_str(r))
}

/// `bytes.fromhex(string)` (a class method: `args[0]` is the class).
pub fn fromhex(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = onearg(vm, rest(args), kw, "bytes", "fromhex")?;
    let Some(t) = s.as_str() else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&s)
        )));
    };
    let v = prim(vm, sm::bytes_fromhex(t))?;
    let ba = Value::Obj(vm.types.bytearray.clone());
    if args.first().is_some_and(|c| c.is(&ba)) {
        return Ok(Value::obj(Payload::ByteArray(std::cell::RefCell::new(v))));
    }
    Ok(new_bytes(v))
}

/// `bytes.maketrans(frm, to)` (a static method).
pub fn maketrans(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [a, b] = clinic(vm, args, kw, "bytes", "maketrans", 2)?;
    let (a, b) = (buf(vm, &a)?, buf(vm, &b)?);
    if a.len() != b.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255).collect();
    for (x, y) in a.iter().zip(&b) {
        t[*x as usize] = *y;
    }
    Ok(new_bytes(t))
}

fn translate(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = this(vm, args, "translate")?;
    let [table, delete] = kwargs(vm, rest(args), kw, "translate", &["table", "delete"], 1)?;
    let table = opt_buf(vm, &table)?;
    if table.as_ref().is_some_and(|t| t.len() != 256) {
        return Err(vm.value_error("translation table must be 256 characters long"));
    }
    let delete = if delete.is_null() {
        Vec::new()
    } else {
        buf(vm, &delete)?
    };
    let out: Vec<u8> = b
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(same_kind(&args[0], out))
}

fn join(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let sep = this(vm, args, "join")?;
    let it = onearg(vm, rest(args), kw, type_word(&args[0]), "join")?;
    if vm.iter(&it).is_err() {
        return Err(vm.type_error("can only join an iterable"));
    }
    let items = vm.collect(&it)?;
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_like(x) {
            Some(b) => out.extend(b),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    vm.type_name(x)
                )))
            }
        }
    }
    Ok(same_kind(&args[0], out))
}

fn split_common(vm: &mut Vm, args: &[Value], kw: &[Value], right: bool) -> PyResult<Value> {
    let name = if right { "rsplit" } else { "split" };
    let b = this(vm, args, name)?;
    let [sep, maxsplit] = kwargs(vm, rest(args), kw, name, &["sep", "maxsplit"], 0)?;
    let max = if maxsplit.is_null() {
        -1
    } else {
        ssize_arg(vm, &maxsplit)?
    };
    let sep = opt_buf(vm, &sep)?;
    let parts = if right {
        sm::bytes_rsplit(&b, sep.as_deref(), max)
    } else {
        sm::bytes_split(&b, sep.as_deref(), max)
    };
    let parts = prim(vm, parts)?;
    Ok(list_of(vm, &args[0], parts))
}

fn split(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_common(vm, args, kw, false)
}

fn rsplit(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_common(vm, args, kw, true)
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = this(vm, args, "splitlines")?;
    let [keep] = kwargs(vm, rest(args), kw, "splitlines", &["keepends"], 0)?;
    let keep = match &keep {
        Value::Null => false,
        Value::Float(_) => {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"))
        }
        v => {
            let i = vm.index(v)?;
            vm.truthy(&i)?
        }
    };
    let parts = sm::bytes_splitlines(&b, keep);
    Ok(list_of(vm, &args[0], parts))
}

fn partition_common(vm: &mut Vm, args: &[Value], kw: &[Value], right: bool) -> PyResult<Value> {
    let name = if right { "rpartition" } else { "partition" };
    let b = this(vm, args, name)?;
    let sep = onearg(vm, rest(args), kw, type_word(&args[0]), name)?;
    let sep = buf(vm, &sep)?;
    let (x, y, z) = if right {
        prim(vm, sm::bytes_rpartition(&b, &sep))?
    } else {
        prim(vm, sm::bytes_partition(&b, &sep))?
    };
    let like = &args[0];
    let v = vec![
        same_kind(like, x.to_vec()),
        same_kind(like, y.to_vec()),
        same_kind(like, z.to_vec()),
    ];
    Ok(vm.new_tuple(v))
}

fn partition(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_common(vm, args, kw, false)
}

fn rpartition(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_common(vm, args, kw, true)
}

type StripFn = for<'a> fn(&'a [u8], Option<&[u8]>) -> &'a [u8];

fn strip_with(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: StripFn,
) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    let [chars] = clinic(vm, rest(args), kw, type_word(&args[0]), name, 0)?;
    let chars = opt_buf(vm, &chars)?;
    let r = f(&b, chars.as_deref()).to_vec();
    Ok(same_kind(&args[0], r))
}

fn strip(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_with(vm, args, kw, "strip", sm::bytes_strip)
}

fn lstrip(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_with(vm, args, kw, "lstrip", sm::bytes_lstrip)
}

fn rstrip(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_with(vm, args, kw, "rstrip", sm::bytes_rstrip)
}

fn case_with(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    noargs(vm, rest(args), kw, type_word(&args[0]), name)?;
    Ok(same_kind(&args[0], f(&b)))
}

fn upper(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    case_with(vm, args, kw, "upper", sm::bytes_upper)
}

fn lower(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    case_with(vm, args, kw, "lower", sm::bytes_lower)
}

fn capitalize(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    case_with(vm, args, kw, "capitalize", sm::bytes_capitalize)
}

fn title(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    case_with(vm, args, kw, "title", sm::bytes_title)
}

fn swapcase(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    case_with(vm, args, kw, "swapcase", sm::bytes_swapcase)
}

fn pred_with(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: fn(&[u8]) -> bool,
) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    noargs(vm, rest(args), kw, type_word(&args[0]), name)?;
    Ok(Value::Bool(f(&b)))
}

macro_rules! predicates {
    ($($name:ident => $f:path),* $(,)?) => {
        $(fn $name(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
            pred_with(vm, args, kw, stringify!($name), $f)
        })*
    };
}

predicates! {
    isalpha => sm::bytes_isalpha,
    isalnum => sm::bytes_isalnum,
    isdigit => sm::bytes_isdigit,
    isspace => sm::bytes_isspace,
    islower => sm::bytes_islower,
    isupper => sm::bytes_isupper,
    istitle => sm::bytes_istitle,
    isascii => sm::bytes_isascii,
}

fn affix(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, end: bool) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    let [p, start, stop] = varargs(vm, rest(args), kw, type_word(&args[0]), name, 1)?;
    let start = slice_arg(vm, &start)?;
    let stop = slice_arg(vm, &stop)?;
    let one = |c: &[u8]| {
        if end {
            sm::bytes_endswith(&b, c, start, stop)
        } else {
            sm::bytes_startswith(&b, c, start, stop)
        }
    };
    if let Some(Payload::Tuple(t)) = p.payload() {
        for c in t.iter() {
            if one(&buf(vm, c)?) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    match bytes_like(&p) {
        Some(c) => Ok(Value::Bool(one(&c))),
        None => Err(vm.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            vm.type_name(&p)
        ))),
    }
}

fn startswith(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix(vm, args, kw, "startswith", false)
}

fn endswith(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix(vm, args, kw, "endswith", true)
}

fn remove_affix(vm: &mut Vm, args: &[Value], kw: &[Value], suffix: bool) -> PyResult<Value> {
    let name = if suffix {
        "removesuffix"
    } else {
        "removeprefix"
    };
    let b = this(vm, args, name)?;
    let p = onearg(vm, rest(args), kw, type_word(&args[0]), name)?;
    let p = buf(vm, &p)?;
    let r = if suffix {
        sm::bytes_removesuffix(&b, &p)
    } else {
        sm::bytes_removeprefix(&b, &p)
    };
    Ok(same_kind(&args[0], r.to_vec()))
}

fn removeprefix(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    remove_affix(vm, args, kw, false)
}

fn removesuffix(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    remove_affix(vm, args, kw, true)
}

fn replace(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = this(vm, args, "replace")?;
    let [old, new, count] = clinic(vm, rest(args), kw, type_word(&args[0]), "replace", 2)?;
    let (old, new) = (buf(vm, &old)?, buf(vm, &new)?);
    let count = if count.is_null() {
        -1
    } else {
        ssize_arg(vm, &count)?
    };
    let r = prim(vm, sm::bytes_replace(&b, &old, &new, count))?;
    Ok(same_kind(&args[0], r.into_owned()))
}

/// `self`, `sub`, `start` and `end` of `find()` and friends.
type FindArgs = (Vec<u8>, Vec<u8>, Option<i64>, Option<i64>);

/// The arguments of `find()` and friends: `sub` is an int or a bytes-like object.
fn find_args(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str) -> PyResult<FindArgs> {
    let b = this(vm, args, name)?;
    let [sub, start, stop] = varargs(vm, rest(args), kw, type_word(&args[0]), name, 1)?;
    let sub = match bytes_like(&sub) {
        Some(s) => s,
        None => match &sub {
            Value::Int(_) | Value::Bool(_) => vec![super::byte_value(vm, &sub)?],
            Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => {
                vec![super::byte_value(vm, &sub)?]
            }
            _ => {
                return Err(vm.type_error(format!(
                    "argument should be integer or bytes-like object, not '{}'",
                    vm.type_name(&sub)
                )))
            }
        },
    };
    let start = slice_arg(vm, &start)?;
    let stop = slice_arg(vm, &stop)?;
    Ok((b, sub, start, stop))
}

fn find(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (b, sub, s, e) = find_args(vm, args, kw, "find")?;
    Ok(Value::Int(sm::bytes_find(&b, &sub, s, e)))
}

fn rfind(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (b, sub, s, e) = find_args(vm, args, kw, "rfind")?;
    Ok(Value::Int(sm::bytes_rfind(&b, &sub, s, e)))
}

fn index(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (b, sub, s, e) = find_args(vm, args, kw, "index")?;
    Ok(Value::Int(prim(vm, sm::bytes_index(&b, &sub, s, e))?))
}

fn rindex(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (b, sub, s, e) = find_args(vm, args, kw, "rindex")?;
    Ok(Value::Int(prim(vm, sm::bytes_rindex(&b, &sub, s, e))?))
}

fn count(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (b, sub, s, e) = find_args(vm, args, kw, "count")?;
    Ok(Value::Int(sm::bytes_count(&b, &sub, s, e)))
}

type PadFn = for<'a> fn(&'a [u8], i64, u8) -> pyrs_primitives::Result<Cow<'a, [u8]>>;

fn pad_with(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, f: PadFn) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    let [width, fill] = clinic(vm, rest(args), kw, type_word(&args[0]), name, 1)?;
    let width = ssize_arg(vm, &width)?;
    let fill = if fill.is_null() {
        b' '
    } else {
        match bytes_like(&fill).as_deref() {
            Some([c]) => *c,
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(&fill)
                )))
            }
        }
    };
    let r = prim(vm, f(&b, width, fill))?;
    Ok(same_kind(&args[0], r.into_owned()))
}

fn center(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_with(vm, args, kw, "center", sm::bytes_center)
}

fn ljust(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_with(vm, args, kw, "ljust", sm::bytes_ljust)
}

fn rjust(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_with(vm, args, kw, "rjust", sm::bytes_rjust)
}

fn zfill(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = this(vm, args, "zfill")?;
    let w = onearg(vm, rest(args), kw, type_word(&args[0]), "zfill")?;
    let w = ssize_arg(vm, &w)?;
    let r = prim(vm, sm::bytes_zfill(&b, w))?;
    Ok(same_kind(&args[0], r.into_owned()))
}

fn expandtabs(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = this(vm, args, "expandtabs")?;
    let [t] = kwargs(vm, rest(args), kw, "expandtabs", &["tabsize"], 0)?;
    let t = if t.is_null() { 8 } else { ssize_arg(vm, &t)? };
    let r = prim(vm, sm::bytes_expandtabs(&b, t))?;
    Ok(same_kind(&args[0], r))
}

fn dunder_len(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = this(vm, args, "__len__")?;
    noargs(vm, rest(args), kw, type_word(&args[0]), "__len__")?;
    Ok(Value::Int(b.len() as i64))
}

fn dunder_getitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, args, "__getitem__")?;
    let k = onearg(vm, rest(args), kw, type_word(&args[0]), "__getitem__")?;
    super::bytes_getitem(vm, &args[0], &k)
}

fn dunder_contains(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, args, "__contains__")?;
    let x = onearg(vm, rest(args), kw, type_word(&args[0]), "__contains__")?;
    Ok(Value::Bool(super::bytes_contains(vm, &args[0], &x)?))
}

fn dunder_iter(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, args, "__iter__")?;
    noargs(vm, rest(args), kw, type_word(&args[0]), "__iter__")?;
    vm.iter(&args[0])
}

pub(super) fn dunder_add(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut b = this(vm, args, "__add__")?;
    let o = onearg(vm, rest(args), kw, type_word(&args[0]), "__add__")?;
    match bytes_like(&o) {
        Some(x) => {
            b.extend(x);
            Ok(same_kind(&args[0], b))
        }
        None if matches!(o.payload(), Some(Payload::Instance(_))) => Ok(vm.not_implemented.clone()),
        None => Err(vm.type_error(format!(
            "can't concat {} to {}",
            vm.type_name(&o),
            type_word(&args[0])
        ))),
    }
}

/// The repeat count of `*`, or `None` when the other operand may handle it.
pub(super) fn repeat_count(vm: &mut Vm, o: &Value) -> PyResult<Option<usize>> {
    match vm.index(o) {
        Ok(Value::Int(n)) => Ok(Some(n.max(0) as usize)),
        Ok(_) => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        Err(_) if matches!(o.payload(), Some(Payload::Instance(_))) => Ok(None),
        Err(e) => Err(e),
    }
}

fn dunder_mul(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = this(vm, args, "__mul__")?;
    let o = onearg(vm, rest(args), kw, type_word(&args[0]), "__mul__")?;
    let Some(n) = repeat_count(vm, &o)? else {
        return Ok(vm.not_implemented.clone());
    };
    if b.len().saturating_mul(n) > (1 << 34) {
        return Err(vm.new_error(&vm.exc.memory_error.clone(), ""));
    }
    Ok(same_kind(&args[0], b.repeat(n)))
}

fn dunder_mod(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = this(vm, args, "__mod__")?;
    let o = onearg(vm, rest(args), kw, type_word(&args[0]), "__mod__")?;
    let r = super::mutate::bytes_percent(vm, &b, &o)?;
    Ok(same_kind(&args[0], r))
}

fn dunder_rmod(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, args, "__rmod__")?;
    let o = onearg(vm, rest(args), kw, type_word(&args[0]), "__rmod__")?;
    match bytes_like(&o) {
        Some(f) => {
            let r = super::mutate::bytes_percent(vm, &f, &args[0])?;
            Ok(same_kind(&o, r))
        }
        None => Ok(vm.not_implemented.clone()),
    }
}

fn compare(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: fn(Ordering) -> bool,
) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    let o = onearg(vm, rest(args), kw, type_word(&args[0]), name)?;
    match bytes_like(&o) {
        Some(x) => Ok(Value::Bool(f(b.cmp(&x)))),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn dunder_eq(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    compare(vm, args, kw, "__eq__", Ordering::is_eq)
}

fn dunder_ne(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    compare(vm, args, kw, "__ne__", Ordering::is_ne)
}

fn dunder_lt(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    compare(vm, args, kw, "__lt__", Ordering::is_lt)
}

fn dunder_le(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    compare(vm, args, kw, "__le__", Ordering::is_le)
}

fn dunder_gt(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    compare(vm, args, kw, "__gt__", Ordering::is_gt)
}

fn dunder_ge(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    compare(vm, args, kw, "__ge__", Ordering::is_ge)
}

pub fn dunder_hash(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, args, "__hash__")?;
    noargs(vm, rest(args), kw, "bytes", "__hash__")?;
    Ok(Value::Int(vm.hash(&args[0])?))
}
