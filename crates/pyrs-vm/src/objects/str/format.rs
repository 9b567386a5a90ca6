//! `str.format`, `str.format_map` and `%`-formatting of `str`.

use super::{onearg, rest, this};
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};

/// Where `format` finds its replacement values.
struct Source<'a> {
    pos: &'a [Value],
    /// `format(**kw)`: names and values; `format_map`: the mapping.
    kwnames: &'a [Value],
    kwvals: &'a [Value],
    mapping: Option<Value>,
    /// The next automatic field number; whether a field was numbered by hand or automatically
    /// (the two styles cannot be mixed).
    auto: usize,
    manual: bool,
    used_auto: bool,
}

/// `str.format(*args, **kwargs)`.
pub fn format(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let fmt = this(vm, args, "format")?;
    let a = rest(args);
    let npos = a.len() - kw.len();
    let mut src = Source {
        pos: &a[..npos],
        kwnames: kw,
        kwvals: &a[npos..],
        mapping: None,
        auto: 0,
        manual: false,
        used_auto: false,
    };
    let mut out = String::new();
    render(vm, fmt, &mut src, 2, &mut out)?;
    Ok(vm.new_str(out))
}

/// `str.format_map(mapping)`.
pub fn format_map(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let fmt = this(vm, args, "format_map")?;
    let m = onearg(vm, rest(args), kw, "str", "format_map")?;
    let mut src = Source {
        pos: &[],
        kwnames: &[],
        kwvals: &[],
        mapping: Some(m),
        auto: 0,
        manual: false,
        used_auto: false,
    };
    let mut out = String::new();
    render(vm, fmt, &mut src, 2, &mut out)?;
    Ok(vm.new_str(out))
}

/// Expands the format string `fmt` into `out`; `depth` limits nested specs.
fn render(vm: &mut Vm, fmt: &str, src: &mut Source, depth: u32, out: &mut String) -> PyResult<()> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = fmt.chars().collect();
    let n = chars.len();
    let mut i = 0;
    while i < n {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if i + 1 >= n {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        if chars[i + 1] == '{' {
            out.push('{');
            i += 2;
            continue;
        }
        // A replacement field: its name, then `!conv`, then `:spec`, then `}`.
        let mut j = i + 1;
        let name_start = j;
        let mut stop = None;
        while j < n {
            let ch = chars[j];
            j += 1;
            match ch {
                '{' => return Err(vm.value_error("unexpected '{' in field name")),
                '[' => {
                    while j < n && chars[j] != ']' {
                        j += 1;
                    }
                }
                '}' | ':' | '!' => {
                    stop = Some(ch);
                    break;
                }
                _ => {}
            }
        }
        let Some(stop) = stop else {
            return Err(vm.value_error("expected '}' before end of string"));
        };
        let name: String = chars[name_start..j - 1].iter().collect();
        let mut conv = None;
        let mut spec = String::new();
        let mut expand = false;
        let mut done = stop == '}';
        if stop == '!' {
            if j >= n {
                return Err(vm.value_error("end of string while looking for conversion specifier"));
            }
            conv = Some(chars[j]);
            j += 1;
            if j < n {
                let ch = chars[j];
                j += 1;
                if ch == '}' {
                    done = true;
                } else if ch != ':' {
                    return Err(vm.value_error("expected ':' after conversion specifier"));
                }
            }
        }
        if !done {
            let start = j;
            let mut count = 1;
            loop {
                if j >= n {
                    return Err(vm.value_error("unmatched '{' in format spec"));
                }
                let ch = chars[j];
                j += 1;
                if ch == '{' {
                    expand = true;
                    count += 1;
                } else if ch == '}' {
                    count -= 1;
                    if count == 0 {
                        break;
                    }
                }
            }
            spec = chars[start..j - 1].iter().collect();
        }
        i = j;
        let v = field_value(vm, &name, src)?;
        let v = match conv {
            None => v,
            Some('r') => vm.repr(&v)?,
            Some('s') => vm.str(&v)?,
            Some('a') => vm.ascii(&v)?,
            Some(c) => {
                return Err(vm.value_error(format!("Unknown conversion specifier {c}")));
            }
        };
        let spec = if expand {
            let mut s = String::new();
            render(vm, &spec, src, depth - 1, &mut s)?;
            s
        } else {
            spec
        };
        let specv = vm.new_str(spec);
        let s = vm.format(&v, &specv)?;
        out.push_str(s.as_str().unwrap_or(""));
    }
    Ok(())
}

/// A field name's integer value when it is all decimal digits.
fn as_index(vm: &Vm, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    s.parse::<usize>()
        .map(Some)
        .map_err(|_| vm.value_error("Too many decimal digits in format string"))
}

/// The object a field name (`0`, `name`, `0.attr[key]`, or empty) refers to.
fn field_value(vm: &mut Vm, name: &str, src: &mut Source) -> PyResult<Value> {
    let k = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = (&name[..k], &name[k..]);
    let mut v = if first.is_empty() {
        if src.manual {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        src.used_auto = true;
        let idx = src.auto;
        src.auto += 1;
        positional(vm, src, idx)?
    } else if let Some(idx) = as_index(vm, first)? {
        if src.used_auto {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        src.manual = true;
        positional(vm, src, idx)?
    } else if let Some(m) = src.mapping.clone() {
        let key = vm.new_str(first);
        vm.getitem(&m, &key)?
    } else {
        match src.kwnames.iter().position(|k| k.as_str() == Some(first)) {
            Some(i) => src.kwvals[i].clone(),
            None => return Err(vm.key_error(vm.new_str(first))),
        }
    };
    while !rest.is_empty() {
        if let Some(s) = rest.strip_prefix('.') {
            let end = s.find(['.', '[']).unwrap_or(s.len());
            if end == 0 {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let attr = vm.new_str(&s[..end]);
            v = vm.getattr(&v, &attr)?;
            rest = &s[end..];
        } else if let Some(s) = rest.strip_prefix('[') {
            let Some(end) = s.find(']') else {
                return Err(vm.value_error("Missing ']' in format string"));
            };
            if end == 0 {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let key = &s[..end];
            let k = match as_index(vm, key)? {
                Some(n) => Value::Int(n as i64),
                None => vm.new_str(key),
            };
            v = vm.getitem(&v, &k)?;
            rest = &s[end + 1..];
            if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
        } else {
            break;
        }
    }
    Ok(v)
}

fn positional(vm: &mut Vm, src: &Source, idx: usize) -> PyResult<Value> {
    if src.mapping.is_some() {
        return Err(vm.value_error("Format string contains positional fields"));
    }
    src.pos.get(idx).cloned().ok_or_else(|| {
        vm.index_error(format!(
            "Replacement index {idx} out of range for positional args tuple"
        ))
    })
}

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    use pyrs_primitives::format::{self as f, PercentCount};
    let s = fmt.as_str().unwrap_or("").to_string();
    let is_tuple = matches!(args.payload(), Some(Payload::Tuple(_)));
    let items: Vec<Value> = match args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![args.clone()],
    };
    let is_mapping = !is_tuple
        && args.as_str().is_none()
        && (matches!(
            args.payload(),
            Some(
                Payload::Dict(_)
                    | Payload::List(_)
                    | Payload::Bytes(_)
                    | Payload::ByteArray(_)
                    | Payload::Range(_)
            )
        ) || (matches!(args.payload(), Some(Payload::Instance(_)))
            && vm
                .lookup_in_type_str(&vm.type_of(args), "__getitem__")
                .is_some()));
    let mut next = 0usize;
    let mut out = String::new();
    let mut pos = 0usize;
    while pos < s.len() {
        let Some(off) = s[pos..].find('%') else {
            out.push_str(&s[pos..]);
            break;
        };
        out.push_str(&s[pos..pos + off]);
        let start = pos + off + 1;
        let (spec, end) = f::parse_percent_spec(&s, start).map_err(|e| vm.primitive_error(e))?;
        pos = end;
        if spec.literal_percent {
            out.push('%');
            continue;
        }
        if spec.key.is_some() {
            if !is_mapping {
                return Err(vm.type_error("format requires a mapping"));
            }
            // After a mapping key, the positional argument counts as used.
            next = next.max(1);
        }
        let mut take = |vm: &mut Vm| -> PyResult<Value> {
            let v = items.get(next).cloned();
            next += 1;
            v.ok_or_else(|| vm.type_error("not enough arguments for format string"))
        };
        let mut ps = spec.spec.clone();
        let star = |vm: &mut Vm, v: Value| -> PyResult<i64> {
            match v {
                Value::Int(i) => Ok(i),
                Value::Bool(b) => Ok(b as i64),
                Value::Obj(ref o) if matches!(o.payload, Payload::BigInt(_)) => {
                    Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
                }
                _ => Err(vm.type_error("* wants int")),
            }
        };
        if let PercentCount::FromArgs = spec.width {
            let w = take(vm)?;
            let w = star(vm, w)?;
            if w < 0 {
                ps.left = true;
            }
            ps.width = Some(w.unsigned_abs() as usize);
        }
        if let PercentCount::FromArgs = spec.precision {
            let p = take(vm)?;
            ps.precision = Some(star(vm, p)?.max(0) as usize);
        }
        let v = match &spec.key {
            Some(k) => {
                let kv = vm.new_str(k.clone());
                vm.getitem(args, &kv)?
            }
            None => take(vm)?,
        };
        if !spec.is_supported() {
            return Err(vm.primitive_error(spec.unsupported_error()));
        }
        let piece = percent_one(vm, &v, &ps)?;
        out.push_str(&piece);
    }
    if next < items.len() && !is_mapping {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(vm.new_str(out))
}

/// One `%` conversion of `v`.
pub(crate) fn percent_one(
    vm: &mut Vm,
    v: &Value,
    ps: &pyrs_primitives::format::PercentSpec,
) -> PyResult<String> {
    use pyrs_primitives::format as f;
    let piece = match ps.conv {
        's' => {
            let t = vm.str_string(v)?;
            f::percent_pad_str(&t, ps)
        }
        'r' | 'a' => {
            let t = if ps.conv == 'a' {
                vm.ascii(v)?
            } else {
                vm.repr(v)?
            };
            f::percent_pad_str(t.as_str().unwrap_or(""), ps)
        }
        'c' => {
            let t = match v.as_str() {
                Some(t) if t.chars().count() == 1 => t.to_string(),
                Some(_) => return Err(vm.type_error("%c requires int or char")),
                None => {
                    let i = match v {
                        Value::Int(_) | Value::Bool(_) => vm.index_i64(v)?,
                        Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => -1,
                        _ => {
                            let i = vm.subscript_index(v, |_| "%c requires int or char".into())?;
                            vm.index_i64(&i).unwrap_or(-1)
                        }
                    };
                    match u32::try_from(i).ok().and_then(char::from_u32) {
                        Some(c) => c.to_string(),
                        None if (0..0x110000).contains(&i) => {
                            // A lone surrogate cannot be held by a Rust string.
                            char::REPLACEMENT_CHARACTER.to_string()
                        }
                        None => return Err(vm.overflow_error("%c arg not in range(0x110000)")),
                    }
                }
            };
            f::percent_pad_str(&t, ps)
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let decimal = matches!(ps.conv, 'd' | 'i' | 'u');
            let b = match v {
                Value::Float(x) if decimal => {
                    let i =
                        super::super::intops::from_f64(*x).map_err(|e| vm.primitive_error(e))?;
                    super::super::number::to_bigint(&vm.int_value(i))
                }
                Value::Obj(o) if matches!(o.payload, Payload::Instance(_)) => match vm.index(v) {
                    Ok(i) => super::super::number::to_bigint(&i),
                    Err(_) => None,
                },
                _ => super::super::number::to_bigint(v),
            };
            match b {
                Some(b) => f::percent_int(&b, ps),
                None => {
                    return Err(vm.type_error(format!(
                        "%{} format: {} is required, not {}",
                        ps.conv,
                        if decimal {
                            "a real number"
                        } else {
                            "an integer"
                        },
                        vm.type_name(v)
                    )))
                }
            }
        }
        _ => {
            let x = match v {
                Value::Float(x) => *x,
                Value::Int(i) => *i as f64,
                Value::Bool(b) => *b as i64 as f64,
                Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => {
                    let i = super::super::number::to_bigint(v).unwrap_or_default();
                    super::super::intops::to_f64(&pyrs_primitives::int::Int::from_big(i))
                        .map_err(|e| vm.primitive_error(e))?
                }
                _ => {
                    return Err(
                        vm.type_error(format!("must be real number, not {}", vm.type_name(v)))
                    )
                }
            };
            f::percent_float(x, ps)
        }
    };
    piece.map_err(|e| vm.primitive_error(e))
}
