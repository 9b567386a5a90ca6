//! Floats and complex numbers as text: `repr`, `format()` with e/f/g/n/% and the empty type.

use super::{layout_number, pad, sign_text, unknown_code, value_error, FormatSpec, NumberParts};
use crate::Result;

/// How the digits of a finite float are laid out.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// `d.ddde+XX` with `prec` digits after the point.
    Exp,
    /// `ddd.ddd` with `prec` digits after the point.
    Fixed,
    /// `prec` significant digits, fixed or exponent form by the exponent.
    General,
    /// The shortest digits that round-trip, as `repr` shows them.
    Repr,
}

/// The significant digits of a finite `x >= 0` and its decimal exponent (`x ≈ d.ddd × 10^exp`):
/// the shortest round-trip digits, or `prec + 1` correctly rounded ones.
fn sci_digits(x: f64, prec: Option<usize>) -> (Vec<u8>, i32) {
    let s = match prec {
        None => shortest(x),
        Some(p) => format!("{x:.p$e}"),
    };
    let (mant, exp) = s.split_once('e').unwrap_or((s.as_str(), "0"));
    let digits = mant.bytes().filter(|b| *b != b'.').collect();
    (digits, exp.parse().unwrap_or(0))
}

/// The shortest round-trip digits of `x` in `{:e}` form, choosing (as CPython does) the one
/// nearest to `x` when two of that length round-trip: Rust's shortest form can pick the upper
/// one on an exact tie (`1931253108357722.25` must give `...722.2`), so the correctly rounded
/// value at the same length is preferred when it round-trips too.
fn shortest(x: f64) -> String {
    let s = format!("{x:e}");
    let mant = s.split_once('e').map_or(s.as_str(), |(m, _)| m);
    let n = mant.bytes().filter(u8::is_ascii_digit).count();
    if n <= 1 {
        return s;
    }
    let p = n - 1;
    let nearest = format!("{x:.p$e}");
    if nearest != s && nearest.parse::<f64>() == Ok(x) {
        return nearest;
    }
    s
}

fn exp_suffix(out: &mut String, e: i32) {
    out.push('e');
    out.push(if e < 0 { '-' } else { '+' });
    out.push_str(&format!("{:02}", e.unsigned_abs()));
}

/// Lays out significant digits `d` (exponent `e`) in exponent or fixed form. With `alt` a point
/// is always shown; `add_dot_0` turns an integral fixed result `123` into `123.0`.
fn layout_digits(d: &[u8], e: i32, use_exp: bool, alt: bool, add_dot_0: bool) -> String {
    let mut out = String::with_capacity(d.len() + 8);
    let digits = |s: &[u8], out: &mut String| out.extend(s.iter().map(|b| char::from(*b)));
    if use_exp {
        digits(&d[..1], &mut out);
        if d.len() > 1 {
            out.push('.');
            digits(&d[1..], &mut out);
        } else if alt {
            out.push('.');
        }
        exp_suffix(&mut out, e);
        return out;
    }
    let decpt = i64::from(e) + 1;
    if decpt <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', decpt.unsigned_abs() as usize));
        digits(d, &mut out);
    } else if decpt as usize >= d.len() {
        digits(d, &mut out);
        out.extend(std::iter::repeat_n('0', decpt as usize - d.len()));
        if add_dot_0 {
            out.push_str(".0");
        } else if alt {
            out.push('.');
        }
    } else {
        digits(&d[..decpt as usize], &mut out);
        out.push('.');
        digits(&d[decpt as usize..], &mut out);
    }
    out
}

/// The text of a finite `x >= 0` in `mode` (lowercase `e`).
pub(crate) fn render(x: f64, mode: Mode, prec: usize, alt: bool, add_dot_0: bool) -> String {
    match mode {
        Mode::Fixed => {
            let mut s = format!("{x:.prec$}");
            if alt && prec == 0 {
                s.push('.');
            }
            s
        }
        Mode::Exp => {
            let (d, e) = sci_digits(x, Some(prec));
            layout_digits(&d, e, true, alt, false)
        }
        Mode::General => {
            let p = prec.max(1);
            let (mut d, e) = sci_digits(x, Some(p - 1));
            let threshold = if add_dot_0 { p - 1 } else { p };
            let use_exp = e < -4 || i64::from(e) + 1 > threshold as i64;
            if !alt {
                while d.len() > 1 && d.last() == Some(&b'0') {
                    d.pop();
                }
            }
            layout_digits(&d, e, use_exp, alt, add_dot_0)
        }
        Mode::Repr => {
            let (d, e) = sci_digits(x, None);
            layout_digits(&d, e, !(-4..16).contains(&e), alt, add_dot_0)
        }
    }
}

/// `repr(x)` (and `str(x)`) for a float.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    let body = if x.is_infinite() {
        "inf".to_string()
    } else {
        render(x.abs(), Mode::Repr, 0, false, true)
    };
    if x.is_sign_negative() {
        format!("-{body}")
    } else {
        body
    }
}

/// A float's sign (nan counts as positive) and the text of its magnitude.
pub(crate) fn signed_body(
    x: f64,
    mode: Mode,
    prec: usize,
    alt: bool,
    add_dot_0: bool,
) -> (bool, String) {
    if x.is_nan() {
        return (false, "nan".to_string());
    }
    let body = if x.is_infinite() {
        "inf".to_string()
    } else {
        render(x.abs(), mode, prec, alt, add_dot_0)
    };
    (x.is_sign_negative(), body)
}

/// Whether a rendered magnitude shows zero (the `z` flag turns `-0.00` into `0.00`).
fn shows_zero(body: &str) -> bool {
    body.chars()
        .take_while(|c| !matches!(c, 'e' | 'E' | '%'))
        .all(|c| c == '0' || c == '.')
        && body.starts_with('0')
}

/// Splits a rendered number into its leading integer digits and the rest.
fn split_digits(body: String) -> (String, String) {
    let n = body.bytes().take_while(u8::is_ascii_digit).count();
    let rest = body[n..].to_string();
    let mut digits = body;
    digits.truncate(n);
    (digits, rest)
}

/// The presentation of one float value decided from a spec.
struct FloatStyle {
    mode: Mode,
    prec: usize,
    upper: bool,
    percent: bool,
    add_dot_0: bool,
}

fn check_precision(spec: &FormatSpec) -> Result<()> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(value_error("precision too big"));
    }
    Ok(())
}

/// One float rendered with its sign, `z` applied and grouped: sign, digits, rest.
fn float_parts(x: f64, style: &FloatStyle, spec: &FormatSpec, sign: Option<char>) -> NumberParts {
    let x = if style.percent { x * 100.0 } else { x };
    let (mut neg, mut body) =
        signed_body(x, style.mode, style.prec, spec.alternate, style.add_dot_0);
    if style.upper {
        body.make_ascii_uppercase();
    }
    if style.percent {
        body.push('%');
    }
    if neg && spec.z && shows_zero(&body) {
        neg = false;
    }
    let (digits, rest) = split_digits(body);
    NumberParts {
        sign: sign_text(neg, sign),
        prefix: String::new(),
        digits,
        rest,
    }
}

/// `format(x, spec)` for a float (`type_name` is the object's type, named in messages).
pub fn format_float(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String> {
    spec.check_grouping(None)?;
    let prec = spec.precision.unwrap_or(6);
    let (mode, upper, percent) = match spec.ty {
        None if spec.precision.is_none() => (Mode::Repr, false, false),
        None => (Mode::General, false, false),
        Some('e') => (Mode::Exp, false, false),
        Some('E') => (Mode::Exp, true, false),
        Some('f') => (Mode::Fixed, false, false),
        Some('F') => (Mode::Fixed, true, false),
        Some('g' | 'n') => (Mode::General, false, false),
        Some('G') => (Mode::General, true, false),
        Some('%') => (Mode::Fixed, false, true),
        Some(t) => return Err(unknown_code(t, type_name)),
    };
    check_precision(spec)?;
    let style = FloatStyle {
        mode,
        prec,
        upper,
        percent,
        add_dot_0: spec.ty.is_none(),
    };
    let parts = float_parts(x, &style, spec, spec.sign);
    layout_number(&parts, spec, 3)
}

fn join_parts(p: &NumberParts, spec: &FormatSpec) -> Result<String> {
    let bare = FormatSpec {
        grouping: spec.grouping,
        ..FormatSpec::default()
    };
    layout_number(p, &bare, 3)
}

/// `format(complex(re, im), spec)` (`type_name` is the object's type, named in messages).
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec, type_name: &str) -> Result<String> {
    spec.check_grouping(None)?;
    let (mode, upper) = match spec.ty {
        None if spec.precision.is_none() => (Mode::Repr, false),
        None => (Mode::General, false),
        Some('e') => (Mode::Exp, false),
        Some('E') => (Mode::Exp, true),
        Some('f') => (Mode::Fixed, false),
        Some('F') => (Mode::Fixed, true),
        Some('g' | 'n') => (Mode::General, false),
        Some('G') => (Mode::General, true),
        Some(t) => return Err(unknown_code(t, type_name)),
    };
    if spec.fill_char() == '0' {
        return Err(value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    check_precision(spec)?;
    let style = FloatStyle {
        mode,
        prec: spec.precision.unwrap_or(6),
        upper,
        percent: false,
        add_dot_0: false,
    };
    let bare_type = spec.ty.is_none();
    let skip_re = bare_type && re == 0.0 && re.is_sign_positive();
    let mut body = String::new();
    if bare_type && !skip_re {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&join_parts(
            &float_parts(re, &style, spec, spec.sign),
            spec,
        )?);
    }
    let im_sign = if skip_re { spec.sign } else { Some('+') };
    body.push_str(&join_parts(&float_parts(im, &style, spec, im_sign), spec)?);
    body.push('j');
    if bare_type && !skip_re {
        body.push(')');
    }
    let len = body.chars().count();
    pad(
        &body,
        len,
        spec.width,
        spec.fill_char(),
        spec.align.unwrap_or('>'),
    )
}

/// `repr(complex(re, im))`: `(1+2j)`, `2j`, `(-0-1j)`, `(nan+infj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let part = |x: f64, plus: bool| {
        let (neg, body) = signed_body(x, Mode::Repr, 0, false, false);
        let sign = if neg {
            "-"
        } else if plus {
            "+"
        } else {
            ""
        };
        format!("{sign}{body}")
    };
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", part(im, false))
    } else {
        format!("({}{}j)", part(re, false), part(im, true))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_basic() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1.2345678901234568e17, "1.2345678901234568e+17"),
            (1e-5, "1e-05"),
            (1e-4, "0.0001"),
            (1e15, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (123456.0, "123456.0"),
            (0.30000000000000004, "0.30000000000000004"),
            (-1.5e-7, "-1.5e-07"),
            (1e100, "1e+100"),
            (2.5, "2.5"),
            (0.00012345, "0.00012345"),
            // Two shortest candidates equally near: the even one, as CPython.
            (1931253108357722.25, "1931253108357722.2"),
            (764176257974905.25, "764176257974905.2"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(*x), *want);
        }
    }
}
