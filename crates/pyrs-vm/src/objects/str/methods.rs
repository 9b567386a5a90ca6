//! The `str` methods that search, split, pad, change case, test and translate text.

use super::{
    clinic, kwargs, noargs, onearg, rest, slice_arg, ssize_arg, this, this_pystr, varargs,
};
use crate::object::{NativeFn, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use pyrs_primitives::strmethods as sm;

pub const METHODS: &[(&str, NativeFn)] = &[
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
    ("casefold", casefold),
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
    ("isdecimal", isdecimal),
    ("isdigit", isdigit),
    ("isnumeric", isnumeric),
    ("isspace", isspace),
    ("islower", islower),
    ("isupper", isupper),
    ("istitle", istitle),
    ("isprintable", isprintable),
    ("isidentifier", isidentifier),
    ("isascii", isascii),
    ("translate", translate),
];

fn prim<T>(vm: &Vm, r: pyrs_primitives::Result<T>) -> PyResult<T> {
    r.map_err(|e| vm.primitive_error(e))
}

fn str_list(vm: &Vm, parts: Vec<&str>) -> Value {
    let v = parts.into_iter().map(|p| vm.new_str(p)).collect();
    vm.new_list(v)
}

/// `sep` of `split()`: a str or `None`.
fn sep_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<Option<&'a str>> {
    if v.is_null() || v.is_none() {
        return Ok(None);
    }
    v.as_str()
        .map(Some)
        .ok_or_else(|| vm.type_error(format!("must be str or None, not {}", vm.type_name(v))))
}

/// A str argument reported as `must be str, not int`.
fn str_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a str> {
    v.as_str()
        .ok_or_else(|| vm.type_error(format!("must be str, not {}", vm.type_name(v))))
}

fn join(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let sep = this_pystr(vm, args, "join")?;
    let it = onearg(vm, rest(args), kw, "str", "join")?;
    let items = match vm.collect(&it) {
        Ok(v) => v,
        Err(e) if vm.exc_matches(&e, &vm.exc.type_error.clone()) && vm.iter(&it).is_err() => {
            return Err(vm.type_error("can only join an iterable"))
        }
        Err(e) => return Err(e),
    };
    let mut parts = Vec::with_capacity(items.len());
    for (i, x) in items.iter().enumerate() {
        match x.as_pystr() {
            Some(s) => parts.push(s),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(x)
                )))
            }
        }
    }
    Ok(Value::obj(Payload::Str(sep.join(&parts))))
}

fn split_common(vm: &mut Vm, args: &[Value], kw: &[Value], right: bool) -> PyResult<Value> {
    let name = if right { "rsplit" } else { "split" };
    let s = this(vm, args, name)?;
    let [sep, maxsplit] = kwargs(vm, rest(args), kw, name, &["sep", "maxsplit"], 0)?;
    let max = if maxsplit.is_null() {
        -1
    } else {
        ssize_arg(vm, &maxsplit)?
    };
    let sep = sep_arg(vm, &sep)?;
    let parts = if right {
        sm::str_rsplit(s, sep, max)
    } else {
        sm::str_split(s, sep, max)
    };
    let parts = prim(vm, parts)?;
    Ok(str_list(vm, parts))
}

fn split(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_common(vm, args, kw, false)
}

fn rsplit(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_common(vm, args, kw, true)
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "splitlines")?;
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
    let parts = sm::str_splitlines(s, keep);
    Ok(str_list(vm, parts))
}

fn partition_common(vm: &mut Vm, args: &[Value], kw: &[Value], right: bool) -> PyResult<Value> {
    let name = if right { "rpartition" } else { "partition" };
    let s = this(vm, args, name)?;
    let sep = onearg(vm, rest(args), kw, "str", name)?;
    let sep = str_arg(vm, &sep)?;
    let (a, b, c) = if right {
        prim(vm, sm::str_rpartition(s, sep))?
    } else {
        prim(vm, sm::str_partition(s, sep))?
    };
    let v = vec![vm.new_str(a), vm.new_str(b), vm.new_str(c)];
    Ok(vm.new_tuple(v))
}

fn partition(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_common(vm, args, kw, false)
}

fn rpartition(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_common(vm, args, kw, true)
}

fn strip_with(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: for<'a> fn(&'a str, Option<&'a str>) -> &'a str,
) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    let [chars] = clinic(vm, rest(args), kw, "str", name, 0)?;
    let chars = if chars.is_null() || chars.is_none() {
        None
    } else {
        Some(
            chars
                .as_str()
                .ok_or_else(|| vm.type_error(format!("{name} arg must be None or str")))?,
        )
    };
    let r = f(s, chars);
    if r.len() == s.len() {
        return Ok(args[0].clone());
    }
    Ok(vm.new_str(r))
}

fn strip(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_with(vm, args, kw, "strip", sm::str_strip)
}

fn lstrip(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_with(vm, args, kw, "lstrip", sm::str_lstrip)
}

fn rstrip(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_with(vm, args, kw, "rstrip", sm::str_rstrip)
}

fn case_with(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: fn(&str) -> String,
) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    noargs(vm, rest(args), kw, "str", name)?;
    Ok(vm.new_str(f(s)))
}

fn upper(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    case_with(vm, args, kw, "upper", sm::str_upper)
}

fn lower(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    case_with(vm, args, kw, "lower", sm::str_lower)
}

fn casefold(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    case_with(vm, args, kw, "casefold", sm::str_casefold)
}

fn capitalize(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    case_with(vm, args, kw, "capitalize", sm::str_capitalize)
}

fn title(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    case_with(vm, args, kw, "title", sm::str_title)
}

fn swapcase(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    case_with(vm, args, kw, "swapcase", sm::str_swapcase)
}

fn pred_with(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: fn(&str) -> bool,
) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    noargs(vm, rest(args), kw, "str", name)?;
    Ok(Value::Bool(f(s)))
}

macro_rules! predicates {
    ($($name:ident => $f:path),* $(,)?) => {
        $(fn $name(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
            pred_with(vm, args, kw, stringify!($name), $f)
        })*
    };
}

predicates! {
    isalpha => sm::str_isalpha,
    isalnum => sm::str_isalnum,
    isdecimal => sm::str_isdecimal,
    isdigit => sm::str_isdigit,
    isnumeric => sm::str_isnumeric,
    isspace => sm::str_isspace,
    islower => sm::str_islower,
    isupper => sm::str_isupper,
    istitle => sm::str_istitle,
    isprintable => sm::str_isprintable,
    isidentifier => sm::str_isidentifier,
    isascii => sm::str_isascii,
}

fn affix(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, end: bool) -> PyResult<Value> {
    let s = this_text(vm, args, name)?;
    let [p, start, stop] = varargs(vm, rest(args), kw, "str", name, 1)?;
    let start = slice_arg(vm, &start)?;
    let stop = slice_arg(vm, &stop)?;
    let one = |c: &str| {
        if end {
            sm::str_endswith(s, c, start, stop)
        } else {
            sm::str_startswith(s, c, start, stop)
        }
    };
    if let Some(Payload::Tuple(t)) = p.payload() {
        for c in t.iter() {
            let Some(c) = c.as_str() else {
                return Err(vm.type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    vm.type_name(c)
                )));
            };
            if one(c) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    match p.as_str() {
        Some(c) => Ok(Value::Bool(one(c))),
        None => Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
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

fn remove_affix(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: for<'a> fn(&'a str, &str) -> &'a str,
) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    let p = onearg(vm, rest(args), kw, "str", name)?;
    let Some(p) = p.as_str() else {
        return Err(vm.type_error(format!(
            "{name}() argument must be str, not {}",
            vm.type_name(&p)
        )));
    };
    let r = f(s, p);
    if r.len() == s.len() {
        return Ok(args[0].clone());
    }
    Ok(vm.new_str(r))
}

fn removeprefix(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    remove_affix(vm, args, kw, "removeprefix", sm::str_removeprefix)
}

fn removesuffix(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    remove_affix(vm, args, kw, "removesuffix", sm::str_removesuffix)
}

fn replace(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "replace")?;
    let [old, new, count] = clinic(vm, rest(args), kw, "str", "replace", 2)?;
    for (i, v) in [&old, &new].into_iter().enumerate() {
        if v.as_str().is_none() {
            return Err(vm.type_error(format!(
                "replace() argument {} must be str, not {}",
                i + 1,
                vm.type_name(v)
            )));
        }
    }
    let count = if count.is_null() {
        -1
    } else {
        ssize_arg(vm, &count)?
    };
    let (o, n) = (old.as_str().unwrap_or(""), new.as_str().unwrap_or(""));
    match prim(vm, sm::str_replace(s, o, n, count))? {
        std::borrow::Cow::Borrowed(_) => Ok(args[0].clone()),
        std::borrow::Cow::Owned(r) => Ok(vm.new_str(r)),
    }
}

/// `self`'s text with its cached length in code points (the searching methods index by
/// code point; knowing the length spares them a pass over the text).
fn this_text<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<(&'a str, usize)> {
    let s = super::this_pystr(vm, args, name)?;
    Ok((s.as_str(), s.char_len()))
}

/// The arguments of `find()`, `index()`, `count()` and their right-hand variants.
fn find_args<'a>(
    vm: &mut Vm,
    args: &'a [Value],
    kw: &[Value],
    name: &str,
) -> PyResult<((&'a str, usize), Value, Option<i64>, Option<i64>)> {
    let s = this_text(vm, args, name)?;
    let [sub, start, stop] = varargs(vm, rest(args), kw, "str", name, 1)?;
    if sub.as_str().is_none() {
        return Err(vm.type_error(format!("must be str, not {}", vm.type_name(&sub))));
    }
    let start = slice_arg(vm, &start)?;
    let stop = slice_arg(vm, &stop)?;
    Ok((s, sub, start, stop))
}

fn find(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, sub, a, b) = find_args(vm, args, kw, "find")?;
    Ok(Value::Int(sm::str_find(
        s,
        sub.as_str().unwrap_or(""),
        a,
        b,
    )))
}

fn rfind(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, sub, a, b) = find_args(vm, args, kw, "rfind")?;
    Ok(Value::Int(sm::str_rfind(
        s,
        sub.as_str().unwrap_or(""),
        a,
        b,
    )))
}

fn index(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, sub, a, b) = find_args(vm, args, kw, "index")?;
    let r = sm::str_index(s, sub.as_str().unwrap_or(""), a, b);
    Ok(Value::Int(prim(vm, r)?))
}

fn rindex(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, sub, a, b) = find_args(vm, args, kw, "rindex")?;
    let r = sm::str_rindex(s, sub.as_str().unwrap_or(""), a, b);
    Ok(Value::Int(prim(vm, r)?))
}

fn count(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, sub, a, b) = find_args(vm, args, kw, "count")?;
    Ok(Value::Int(sm::str_count(
        s,
        sub.as_str().unwrap_or(""),
        a,
        b,
    )))
}

type PadFn = for<'a> fn(&'a str, i64, char) -> pyrs_primitives::Result<std::borrow::Cow<'a, str>>;

fn pad_with(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, f: PadFn) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    let [width, fill] = clinic(vm, rest(args), kw, "str", name, 1)?;
    let width = ssize_arg(vm, &width)?;
    let fill = if fill.is_null() {
        ' '
    } else {
        let Some(f) = fill.as_str() else {
            return Err(vm.type_error(format!(
                "The fill character must be a unicode character, not {}",
                vm.type_name(&fill)
            )));
        };
        let mut it = f.chars();
        match (it.next(), it.next()) {
            (Some(c), None) => c,
            _ => return Err(vm.type_error("The fill character must be exactly one character long")),
        }
    };
    match prim(vm, f(s, width, fill))? {
        std::borrow::Cow::Borrowed(_) => Ok(args[0].clone()),
        std::borrow::Cow::Owned(r) => Ok(vm.new_str(r)),
    }
}

fn center(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_with(vm, args, kw, "center", sm::str_center)
}

fn ljust(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_with(vm, args, kw, "ljust", sm::str_ljust)
}

fn rjust(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_with(vm, args, kw, "rjust", sm::str_rjust)
}

fn zfill(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "zfill")?;
    let w = onearg(vm, rest(args), kw, "str", "zfill")?;
    let w = ssize_arg(vm, &w)?;
    match prim(vm, sm::str_zfill(s, w))? {
        std::borrow::Cow::Borrowed(_) => Ok(args[0].clone()),
        std::borrow::Cow::Owned(r) => Ok(vm.new_str(r)),
    }
}

fn expandtabs(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "expandtabs")?;
    let [t] = kwargs(vm, rest(args), kw, "expandtabs", &["tabsize"], 0)?;
    let t = if t.is_null() { 8 } else { ssize_arg(vm, &t)? };
    let r = prim(vm, sm::str_expandtabs(s, t))?;
    Ok(vm.new_str(r))
}

/// `str.translate(table)`: each code point is looked up in `table` with `[]`.
fn translate(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "translate")?.to_string();
    let table = onearg(vm, rest(args), kw, "str", "translate")?;
    let lookup_error = vm.exc.lookup_error.clone();
    let mut out = String::with_capacity(s.len());
    // What each character maps to, once looked up: ASCII by index, a few others by search.
    let mut ascii: Vec<Option<Option<String>>> = vec![None; 128];
    let mut cache: Vec<(char, Option<String>)> = Vec::new();
    let remember = |ascii: &mut Vec<Option<Option<String>>>,
                    cache: &mut Vec<(char, Option<String>)>,
                    c: char,
                    piece: Option<String>| {
        if c.is_ascii() {
            ascii[c as usize] = Some(piece);
        } else if cache.len() < 64 {
            cache.push((c, piece));
        }
    };
    for c in s.chars() {
        let known = if c.is_ascii() {
            ascii[c as usize].as_ref()
        } else {
            cache.iter().find(|(k, _)| *k == c).map(|(_, r)| r)
        };
        if let Some(r) = known {
            if let Some(r) = r {
                out.push_str(r);
            }
            continue;
        }
        let key = Value::Int(c as i64);
        // A plain dict answers without raising KeyError for every unmapped character.
        let found = match table.as_obj() {
            Some(o) if o.ext().is_none() => match &o.payload {
                Payload::Dict(d) => Some(vm.dict_get(d, &key)?),
                _ => None,
            },
            _ => None,
        };
        let looked_up = match found {
            Some(v) => Ok(v),
            None => match vm.getitem(&table, &key) {
                Ok(v) => Ok(Some(v)),
                Err(e) if vm.exc_matches(&e, &lookup_error) => Ok(None),
                Err(e) => Err(e),
            },
        };
        let Some(r) = looked_up? else {
            // Unmapped: the character itself (remembered like a mapped one).
            out.push(c);
            remember(&mut ascii, &mut cache, c, Some(c.to_string()));
            continue;
        };
        let piece: Option<String> = match &r {
            Value::None => None,
            Value::Int(_) | Value::Bool(_) => {
                let i = vm.index_i64(&r)?;
                match u32::try_from(i).ok().and_then(char::from_u32) {
                    Some(ch) => Some(ch.to_string()),
                    None => {
                        return Err(vm.value_error("character mapping must be in range(0x110000)"))
                    }
                }
            }
            _ => match r.as_str() {
                Some(t) => Some(t.to_string()),
                None if matches!(r.payload(), Some(Payload::BigInt(_))) => {
                    return Err(vm.value_error("character mapping must be in range(0x110000)"))
                }
                None => {
                    return Err(vm.type_error("character mapping must return integer, None or str"))
                }
            },
        };
        if let Some(p) = &piece {
            out.push_str(p);
        }
        remember(&mut ascii, &mut cache, c, piece);
    }
    Ok(vm.new_str(out))
}

/// `str.maketrans(x, y=None, z=None)` (a static method).
pub fn maketrans(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x, y, z] = clinic(vm, args, kw, "str", "maketrans", 1)?;
    let out = vm.new_dict();
    let Some(Payload::Dict(d)) = out.payload() else {
        return Ok(out);
    };
    if y.is_null() {
        let Some(Payload::Dict(src)) = x.payload() else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for (k, v) in src.items() {
            let key = match (&k, k.as_str()) {
                (_, Some(s)) => {
                    let mut it = s.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => Value::Int(c as i64),
                        _ => {
                            return Err(vm
                                .value_error("string keys in translate table must be of length 1"))
                        }
                    }
                }
                (Value::Int(_) | Value::Bool(_), _) => Value::Int(vm.index_i64(&k)?),
                _ if matches!(k.payload(), Some(Payload::BigInt(_))) => k.clone(),
                _ => {
                    return Err(vm.type_error("keys in translate table must be strings or integers"))
                }
            };
            vm.dict_set(d, key, v)?;
        }
        return Ok(out);
    }
    for (i, v) in [&x, &y, &z].into_iter().enumerate() {
        if !v.is_null() && v.as_str().is_none() {
            return Err(vm.type_error(format!(
                "maketrans() argument {} must be str, not {}",
                i + 1,
                vm.type_name(v)
            )));
        }
    }
    let xs: Vec<char> = x.as_str().unwrap_or("").chars().collect();
    let ys: Vec<char> = y.as_str().unwrap_or("").chars().collect();
    if xs.len() != ys.len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in xs.iter().zip(&ys) {
        vm.dict_set(d, Value::Int(*a as i64), Value::Int(*b as i64))?;
    }
    if let Some(zs) = z.as_str() {
        for c in zs.chars() {
            vm.dict_set(d, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(out)
}
