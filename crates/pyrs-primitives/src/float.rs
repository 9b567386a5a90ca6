//! Python's `float`: CPython's floor division, modulo, power, rounding and text conversions.

use num_bigint::BigUint;
use num_integer::Integer;
use num_traits::{One, Pow};

use crate::int::{self, Int};
use crate::{Error, ErrorKind, Result};

/// The result of `float ** float`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FloatPow {
    Float(f64),
    /// A negative base with a non-integral exponent: Python 3 computes a complex power.
    NeedsComplex,
}

fn zero_div(msg: &str) -> Error {
    Error::new(ErrorKind::ZeroDivisionError, msg)
}

/// CPython's floored division and remainder, with its signs for zeros and infinities.
fn divmod_unchecked(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut d = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            d -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let q = if d != 0.0 {
        let f = d.floor();
        if d - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    };
    (q, m)
}

/// `a // b`.
pub fn floordiv(a: f64, b: f64) -> Result<f64> {
    if b == 0.0 {
        return Err(zero_div("float floor division by zero"));
    }
    Ok(divmod_unchecked(a, b).0)
}

/// `a % b`.
pub fn modulo(a: f64, b: f64) -> Result<f64> {
    if b == 0.0 {
        return Err(zero_div("float modulo"));
    }
    Ok(divmod_unchecked(a, b).1)
}

/// `divmod(a, b)`.
pub fn divmod(a: f64, b: f64) -> Result<(f64, f64)> {
    if b == 0.0 {
        return Err(zero_div("float divmod()"));
    }
    Ok(divmod_unchecked(a, b))
}

/// `a / b`.
pub fn true_div(a: f64, b: f64) -> Result<f64> {
    if b == 0.0 {
        return Err(zero_div("float division by zero"));
    }
    Ok(a / b)
}

fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && (x % 2.0).abs() == 1.0
}

/// `a ** b`.
pub fn pow(a: f64, b: f64) -> Result<FloatPow> {
    use FloatPow::Float;
    if b == 0.0 {
        return Ok(Float(1.0));
    }
    if a.is_nan() {
        return Ok(Float(a));
    }
    if b.is_nan() {
        return Ok(Float(if a == 1.0 { 1.0 } else { b }));
    }
    if b.is_infinite() {
        let m = a.abs();
        return Ok(Float(if m == 1.0 {
            1.0
        } else if (m > 1.0) == (b > 0.0) {
            f64::INFINITY
        } else {
            0.0
        }));
    }
    if a.is_infinite() {
        let odd = is_odd_integer(b);
        let r = if b > 0.0 { f64::INFINITY } else { 0.0 };
        return Ok(Float(if a < 0.0 && odd { -r } else { r }));
    }
    if a == 0.0 {
        if b < 0.0 {
            return Err(zero_div("0.0 cannot be raised to a negative power"));
        }
        return Ok(Float(if is_odd_integer(b) { a } else { 0.0 }));
    }
    let negate = if a < 0.0 {
        if b.floor() != b {
            return Ok(FloatPow::NeedsComplex);
        }
        is_odd_integer(b)
    } else {
        false
    };
    if a == 1.0 || a == -1.0 {
        return Ok(Float(if negate { -1.0 } else { 1.0 }));
    }
    let r = a.abs().powf(b);
    if r.is_infinite() {
        return Err(Error::new(
            ErrorKind::OverflowError,
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(Float(if negate { -r } else { r }))
}

/// `(sign, m, e)` with `|x| = m * 2**e` exactly; `x` must be finite.
fn decompose(x: f64) -> (bool, u64, i64) {
    let bits = x.to_bits();
    let negative = bits >> 63 == 1;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        (negative, frac, -1074)
    } else {
        (negative, frac | (1u64 << 52), exp - 1075)
    }
}

/// `q / d` rounded to an integer, ties to even.
fn div_round_half_even(n: &BigUint, d: &BigUint) -> BigUint {
    let (q, r) = n.div_rem(d);
    let twice = &r << 1u32;
    match twice.cmp(d) {
        std::cmp::Ordering::Greater => q + 1u32,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1u32,
        _ => q,
    }
}

/// `round(x, ndigits)`: the double nearest to the exact decimal rounding (ties to even) of `x`.
pub fn round_ndigits(x: f64, ndigits: i64) -> Result<f64> {
    // Beyond these every double is unchanged, or rounds to zero.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || x == 0.0 || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0f64.copysign(x));
    }
    let (negative, m, e) = decompose(x);
    let m = BigUint::from(m);
    let ten_k = Pow::pow(BigUint::from(10u32), ndigits.unsigned_abs());
    let one = BigUint::one();
    let r = if ndigits >= 0 {
        if e >= 0 {
            return Ok(x);
        }
        let q = div_round_half_even(&(&m * &ten_k), &(&one << ((-e) as u64)));
        int::ratio_to_f64(&q, &ten_k)
    } else {
        let (num, den) = if e >= 0 {
            (&m << (e as u64), ten_k.clone())
        } else {
            (m, &ten_k << ((-e) as u64))
        };
        let q = div_round_half_even(&num, &den);
        int::ratio_to_f64(&(q * ten_k), &one)
    };
    let r = r.ok_or_else(|| {
        Error::new(
            ErrorKind::OverflowError,
            "rounded value too large to represent",
        )
    })?;
    Ok(if negative { -r } else { r })
}

/// `round(x)`: the nearest int, ties to even.
pub fn round_to_int(x: f64) -> Result<Int> {
    int::from_f64(x.round_ties_even())
}

/// `math.trunc(x)` / `int(x)`.
pub fn trunc(x: f64) -> Result<Int> {
    int::from_f64(x)
}

/// `math.floor(x)`.
pub fn floor(x: f64) -> Result<Int> {
    int::from_f64(x.floor())
}

/// `math.ceil(x)`.
pub fn ceil(x: f64) -> Result<Int> {
    int::from_f64(x.ceil())
}

/// `x.is_integer()`.
pub fn is_integer(x: f64) -> bool {
    x.is_finite() && x.floor() == x
}

/// `x.as_integer_ratio()`, in lowest terms with a positive denominator.
pub fn as_integer_ratio(x: f64) -> Result<(Int, Int)> {
    if x.is_nan() {
        return Err(Error::new(
            ErrorKind::ValueError,
            "cannot convert NaN to integer ratio",
        ));
    }
    if x.is_infinite() {
        return Err(Error::new(
            ErrorKind::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x == 0.0 {
        return Ok((Int::Small(0), Int::Small(1)));
    }
    let (negative, mut m, mut e) = decompose(x);
    if e < 0 {
        let tz = i64::from(m.trailing_zeros()).min(-e);
        m >>= tz;
        e += tz;
    }
    let signed = |v: Int| if negative { int::neg(&v) } else { v };
    if e >= 0 {
        let n = int::lshift(&Int::Small(m as i64), &Int::Small(e))?;
        Ok((signed(n), Int::Small(1)))
    } else {
        let d = int::lshift(&Int::Small(1), &Int::Small(-e))?;
        Ok((signed(Int::Small(m as i64)), d))
    }
}

/// `x.hex()`.
pub fn hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    format!("{sign}0x{lead}.{frac:013x}p{e:+}")
}

fn hex_error() -> Error {
    Error::new(
        ErrorKind::ValueError,
        "invalid hexadecimal floating-point string",
    )
}

fn hex_overflow() -> Error {
    Error::new(
        ErrorKind::OverflowError,
        "hexadecimal value too large to represent as a float",
    )
}

/// `float.fromhex(s)`.
pub fn fromhex(s: &str) -> Result<f64> {
    let t = s.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r'));
    let b = t.as_bytes();
    let mut i = 0;
    let negative = match b.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let signed = |v: f64| if negative { -v } else { v };
    let rest = &t[i..];
    if rest.eq_ignore_ascii_case("inf") || rest.eq_ignore_ascii_case("infinity") {
        return Ok(signed(f64::INFINITY));
    }
    if rest.eq_ignore_ascii_case("nan") {
        return Ok(signed(f64::NAN));
    }
    if b.len() >= i + 2 && b[i] == b'0' && (b[i + 1] == b'x' || b[i + 1] == b'X') {
        i += 2;
    }
    let mut mantissa: Vec<u8> = Vec::new();
    let mut frac_digits: i64 = 0;
    let mut seen_point = false;
    let mut any_digit = false;
    while i < b.len() {
        let c = b[i];
        if c == b'.' && !seen_point {
            seen_point = true;
        } else if let Some(v) = (c as char).to_digit(16) {
            any_digit = true;
            if !(mantissa.is_empty() && v == 0) {
                mantissa.push(v as u8);
            }
            if seen_point {
                frac_digits += 1;
            }
        } else {
            break;
        }
        i += 1;
    }
    if !any_digit {
        return Err(hex_error());
    }
    let mut exp: i64 = 0;
    if i < b.len() && (b[i] == b'p' || b[i] == b'P') {
        i += 1;
        let exp_negative = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            exp = exp
                .saturating_mul(10)
                .saturating_add(i64::from(b[i] - b'0'));
            i += 1;
        }
        if i == start {
            return Err(hex_error());
        }
        if exp_negative {
            exp = -exp;
        }
    }
    if i != b.len() {
        return Err(hex_error());
    }
    if mantissa.is_empty() {
        return Ok(signed(0.0));
    }
    let m = BigUint::from_radix_be(&mantissa, 16).ok_or_else(hex_error)?;
    // Leading zeros were dropped, so `frac_digits` can exceed the kept digits.
    let e2 = exp.saturating_sub(frac_digits.saturating_mul(4));
    let top = (m.bits() as i64).saturating_add(e2);
    if top > 1030 {
        return Err(hex_overflow());
    }
    if top < -1080 {
        return Ok(signed(0.0));
    }
    let one = BigUint::one();
    let v = if e2 >= 0 {
        int::ratio_to_f64(&(m << (e2 as u64)), &one)
    } else {
        int::ratio_to_f64(&m, &(one << ((-e2) as u64)))
    };
    v.map(signed).ok_or_else(hex_overflow)
}

/// `float(s)` for a str.
pub fn parse(s: &str) -> Result<f64> {
    let invalid = || {
        Error::new(
            ErrorKind::ValueError,
            format!("could not convert string to float: {}", int::py_repr(s)),
        )
    };
    let t = s.trim_matches(int::is_py_space);
    // Map to ASCII, with Unicode decimal digits as ASCII digits.
    let mut ascii: Vec<u8> = Vec::with_capacity(t.len());
    for c in t.chars() {
        if c.is_ascii() {
            ascii.push(c as u8);
        } else {
            let d = int::unicode_decimal_value(c).ok_or_else(invalid)?;
            ascii.push(b'0' + d as u8);
        }
    }
    // Underscores only between two digits.
    let mut clean: Vec<u8> = Vec::with_capacity(ascii.len());
    for (i, &c) in ascii.iter().enumerate() {
        if c == b'_' {
            let before = i > 0 && ascii[i - 1].is_ascii_digit();
            let after = ascii.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !(before && after) {
                return Err(invalid());
            }
        } else {
            clean.push(c);
        }
    }
    if !valid_float_syntax(&clean) {
        return Err(invalid());
    }
    let text = std::str::from_utf8(&clean).map_err(|_| invalid())?;
    text.parse::<f64>().map_err(|_| invalid())
}

/// Whether `b` is `[sign] (inf | infinity | nan | decimal [exponent])`.
fn valid_float_syntax(b: &[u8]) -> bool {
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let rest = &b[i..];
    if rest.eq_ignore_ascii_case(b"inf")
        || rest.eq_ignore_ascii_case(b"infinity")
        || rest.eq_ignore_ascii_case(b"nan")
    {
        return true;
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    let mut n = digits(&mut i);
    if b.get(i) == Some(&b'.') {
        i += 1;
        n += digits(&mut i);
    }
    if n == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

#[cfg(test)]
mod tests;
