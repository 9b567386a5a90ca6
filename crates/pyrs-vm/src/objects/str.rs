//! `str`: indexing, `%`-formatting and the methods.

use crate::native::Args;
use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use pyrs_primitives::strmethods as sm;

pub fn init(vm: &mut Vm) {
    let t = vm.types.str_.clone();
    vm.add_staticmethods(&t, &[("__new__", str_new)]);
    vm.add_methods(
        &t,
        &[
            ("join", join),
            ("split", split),
            ("strip", strip),
            ("lstrip", lstrip),
            ("rstrip", rstrip),
            ("upper", upper),
            ("lower", lower),
            ("startswith", startswith),
            ("endswith", endswith),
            ("replace", replace),
            ("find", find),
            ("format", format),
            ("__str__", dunder_str),
            ("__repr__", dunder_repr),
        ],
    );
}

fn this(args: &[Value]) -> &str {
    args.first().and_then(|v| v.as_str()).unwrap_or("")
}

fn opt_str(v: &Value) -> Option<&str> {
    if v.is_null() || v.is_none() {
        None
    } else {
        v.as_str()
    }
}

fn join(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [it] = Args::new("join", &args[1..], kw).positional_only(vm, 1)?;
    let sep = this(args).to_string();
    let items = vm.collect(&it)?;
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match x.as_str() {
            Some(s) => out.push_str(s),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(x)
                )))
            }
        }
    }
    Ok(vm.new_str(out))
}

fn split(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [sep, maxsplit] = Args::new("split", &args[1..], kw).parse(vm, &["sep", "maxsplit"], 0)?;
    let max = if maxsplit.is_null() {
        -1
    } else {
        vm.index_i64(&maxsplit)?
    };
    let parts = sm::str_split(this(args), opt_str(&sep), max).map_err(|e| vm.primitive_error(e))?;
    let v = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(v))
}

fn strip_with(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    f: for<'a> fn(&'a str, Option<&'a str>) -> &'a str,
) -> PyResult<Value> {
    let [chars] = Args::new("strip", &args[1..], kw).positional_only(vm, 0)?;
    let s = f(this(args), opt_str(&chars)).to_string();
    Ok(vm.new_str(s))
}

fn strip(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_with(vm, args, kw, sm::str_strip)
}

fn lstrip(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_with(vm, args, kw, sm::str_lstrip)
}

fn rstrip(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_with(vm, args, kw, sm::str_rstrip)
}

fn upper(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_str(sm::str_upper(this(args))))
}

fn lower(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_str(sm::str_lower(this(args))))
}

fn affix(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, end: bool) -> PyResult<Value> {
    let [p, start, stop] = Args::new(name, &args[1..], kw).positional_only(vm, 1)?;
    let s = this(args);
    let start = if start.is_null() || start.is_none() {
        None
    } else {
        Some(vm.index_i64(&start)?)
    };
    let stop = if stop.is_null() || stop.is_none() {
        None
    } else {
        Some(vm.index_i64(&stop)?)
    };
    let cands: Vec<Value> = match p.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![p.clone()],
    };
    for c in &cands {
        let Some(c) = c.as_str() else {
            return Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
                vm.type_name(&p)
            )));
        };
        let hit = if end {
            sm::str_endswith(s, c, start, stop)
        } else {
            sm::str_startswith(s, c, start, stop)
        };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix(vm, args, kw, "startswith", false)
}

fn endswith(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix(vm, args, kw, "endswith", true)
}

fn replace(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [old, new, count] = Args::new("replace", &args[1..], kw).positional_only(vm, 2)?;
    let count = if count.is_null() {
        -1
    } else {
        vm.index_i64(&count)?
    };
    let (Some(o), Some(n)) = (old.as_str(), new.as_str()) else {
        return Err(vm.type_error("replace() argument 1 must be str"));
    };
    let r = sm::str_replace(this(args), o, n, count).map_err(|e| vm.primitive_error(e))?;
    Ok(vm.new_str(r.into_owned()))
}

fn find(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [sub, start, stop] = Args::new("find", &args[1..], kw).positional_only(vm, 1)?;
    let start = if start.is_null() || start.is_none() {
        None
    } else {
        Some(vm.index_i64(&start)?)
    };
    let stop = if stop.is_null() || stop.is_none() {
        None
    } else {
        Some(vm.index_i64(&stop)?)
    };
    let Some(sub) = sub.as_str() else {
        return Err(vm.type_error(format!("must be str, not {}", vm.type_name(&sub))));
    };
    Ok(Value::Int(sm::str_find(this(args), sub, start, stop)))
}

fn dunder_str(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or_else(|| vm.intern("")))
}

fn dunder_repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_str(sm::str_repr(this(args))))
}

/// `str.format`: `{}` / `{0}` / `{name}` fields with conversions and specs.
fn format(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let fmt = this(args).to_string();
    let npos = args.len() - 1 - kw.len();
    let pos = &args[1..1 + npos];
    let kwvals = &args[1 + npos..];
    let mut out = String::new();
    let mut auto = 0usize;
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                match chars[j] {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth != 0 {
                return Err(vm.value_error("expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j - 1].iter().collect();
            let (head, spec) = match field.find(':') {
                Some(k) => (field[..k].to_string(), field[k + 1..].to_string()),
                None => (field.clone(), String::new()),
            };
            let (name, conv) = match head.find('!') {
                Some(k) => (head[..k].to_string(), head[k + 1..].chars().next()),
                None => (head.clone(), None),
            };
            let (first, rest) = match name.find(['.', '[']) {
                Some(k) => (name[..k].to_string(), name[k..].to_string()),
                None => (name.clone(), String::new()),
            };
            let mut v = if first.is_empty() {
                let v = pos.get(auto).cloned();
                auto += 1;
                v.ok_or_else(|| {
                    vm.index_error(format!(
                        "Replacement index {} out of range for positional args tuple",
                        auto - 1
                    ))
                })?
            } else if let Ok(n) = first.parse::<usize>() {
                pos.get(n).cloned().ok_or_else(|| {
                    vm.index_error(format!(
                        "Replacement index {n} out of range for positional args tuple"
                    ))
                })?
            } else {
                let k = kw.iter().position(|k| k.as_str() == Some(first.as_str()));
                match k {
                    Some(k) => kwvals[k].clone(),
                    None => return Err(vm.key_error(vm.new_str(first.clone()))),
                }
            };
            let mut r = rest.as_str();
            while !r.is_empty() {
                if let Some(s) = r.strip_prefix('.') {
                    let end = s.find(['.', '[']).unwrap_or(s.len());
                    let attr = vm.intern(&s[..end]);
                    v = vm.getattr(&v, &attr)?;
                    r = &s[end..];
                } else if let Some(s) = r.strip_prefix('[') {
                    let end = s.find(']').unwrap_or(s.len());
                    let key = &s[..end];
                    let k = match key.parse::<i64>() {
                        Ok(n) => Value::Int(n),
                        Err(_) => vm.new_str(key),
                    };
                    v = vm.getitem(&v, &k)?;
                    r = s.get(end + 1..).unwrap_or("");
                } else {
                    break;
                }
            }
            let v = match conv {
                Some('r') => vm.repr(&v)?,
                Some('s') => vm.str(&v)?,
                Some('a') => vm.ascii(&v)?,
                _ => v,
            };
            let spec = if spec.contains('{') {
                let sv = vm.new_str(spec);
                let mut full = vec![sv];
                full.extend_from_slice(&args[1..]);
                let s = format(vm, &full, kw)?;
                s.as_str().unwrap_or("").to_string()
            } else {
                spec
            };
            let specv = vm.new_str(spec);
            let s = vm.format(&v, &specv)?;
            out.push_str(s.as_str().unwrap_or(""));
            i = j;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(vm.new_str(out))
}

/// `s[k]`.
pub fn str_getitem(vm: &mut Vm, s: &str, k: &Value) -> PyResult<Value> {
    if matches!(k.payload(), Some(Payload::Slice { .. })) {
        let chars: Vec<char> = s.chars().collect();
        let (a, b, st) = super::slice_indices(vm, k, chars.len())?;
        let out: String = super::slice_positions(a, b, st)
            .into_iter()
            .map(|i| chars[i])
            .collect();
        return Ok(vm.new_str(out));
    }
    let i = match vm.index(k) {
        Ok(Value::Int(i)) => i,
        _ => {
            return Err(vm.type_error(format!(
                "string indices must be integers, not '{}'",
                vm.type_name(k)
            )))
        }
    };
    let n = if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    };
    match super::norm_index(i, n) {
        Some(j) => {
            let c = if s.is_ascii() {
                s.as_bytes()[j] as char
            } else {
                s.chars().nth(j).unwrap_or(' ')
            };
            Ok(vm.new_str(c.to_string()))
        }
        None => Err(vm.index_error("string index out of range")),
    }
}

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    use pyrs_primitives::format::{self as f, PercentCount};
    let s = fmt.as_str().unwrap_or("").to_string();
    let items: Vec<Value> = match args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![args.clone()],
    };
    let is_mapping = matches!(args.payload(), Some(Payload::Dict(_)));
    let mut next = 0usize;
    let mut out = String::new();
    let mut pos = 0usize;
    let bytes = s.as_bytes();
    while pos < bytes.len() {
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
        let mut take = |vm: &mut Vm| -> PyResult<Value> {
            let v = items.get(next).cloned();
            next += 1;
            v.ok_or_else(|| vm.type_error("not enough arguments for format string"))
        };
        let mut ps = spec.spec.clone();
        if let PercentCount::FromArgs = spec.width {
            let w = take(vm)?;
            let w = vm.index_i64(&w)?;
            if w < 0 {
                ps.left = true;
            }
            ps.width = Some(w.unsigned_abs() as usize);
        }
        if let PercentCount::FromArgs = spec.precision {
            let p = take(vm)?;
            ps.precision = Some(vm.index_i64(&p)?.max(0) as usize);
        }
        let v = match &spec.key {
            Some(k) => {
                if !is_mapping {
                    return Err(vm.type_error("format requires a mapping"));
                }
                let kv = vm.new_str(k.clone());
                vm.getitem(args, &kv)?
            }
            None if is_mapping && items.len() == 1 => args.clone(),
            None => take(vm)?,
        };
        if !spec.is_supported() {
            return Err(vm.primitive_error(spec.unsupported_error()));
        }
        let piece = match ps.conv {
            's' => {
                let t = vm.str_string(&v)?;
                f::percent_pad_str(&t, &ps)
            }
            'r' | 'a' => {
                let t = if ps.conv == 'a' {
                    vm.ascii(&v)?
                } else {
                    vm.repr(&v)?
                };
                f::percent_pad_str(t.as_str().unwrap_or(""), &ps)
            }
            'c' => {
                let t = match (&v, v.as_str()) {
                    (_, Some(t)) if t.chars().count() == 1 => t.to_string(),
                    (Value::Int(i), _) => char::from_u32(*i as u32)
                        .map(String::from)
                        .unwrap_or_default(),
                    _ => return Err(vm.type_error("%c requires int or char")),
                };
                f::percent_pad_str(&t, &ps)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let b = match &v {
                    Value::Float(x) => super::number::to_bigint(&vm.int_value(
                        super::intops::from_f64(x.trunc()).map_err(|e| vm.primitive_error(e))?,
                    )),
                    _ => super::number::to_bigint(&v),
                };
                match b {
                    Some(b) => f::percent_int(&b, &ps),
                    None => {
                        return Err(vm.type_error(format!(
                            "%{} format: {} is required, not {}",
                            ps.conv,
                            if matches!(ps.conv, 'd' | 'i' | 'u') {
                                "a real number"
                            } else {
                                "an integer"
                            },
                            vm.type_name(&v)
                        )))
                    }
                }
            }
            _ => {
                let x = match &v {
                    Value::Float(x) => *x,
                    Value::Int(i) => *i as f64,
                    Value::Bool(b) => *b as i64 as f64,
                    _ => {
                        return Err(
                            vm.type_error(format!("must be real number, not {}", vm.type_name(&v)))
                        )
                    }
                };
                f::percent_float(x, &ps)
            }
        };
        out.push_str(&piece.map_err(|e| vm.primitive_error(e))?);
    }
    if next < items.len() && !is_mapping {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(vm.new_str(out))
}

fn rest(a: &[Value]) -> &[Value] {
    &a[1.min(a.len())..]
}

fn str_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [x, encoding, _errors] = crate::builtins::args("str", rest(a), kw).parse(
        vm,
        &["object", "encoding", "errors"],
        0,
    )?;
    if x.is_null() {
        return Ok(vm.intern(""));
    }
    if !encoding.is_null() {
        if let Some(Payload::Bytes(b)) = x.payload() {
            return Ok(vm.new_str(String::from_utf8_lossy(b).into_owned()));
        }
    }
    vm.str(&x)
}
