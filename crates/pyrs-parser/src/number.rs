//! Number literals: ints of any size, floats and imaginary numbers.

use std::borrow::Cow;

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use crate::ast::{Constant, Int};
use crate::string::{ErrorLoc, LitError};

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// CPython checks the digit limit only above this many digits
/// (`sys.int_info.str_digits_check_threshold`).
const STR_DIGITS_CHECK_THRESHOLD: usize = 640;

/// Converts a number token (`0x_ff`, `1_000.5e-3`, `10j`, ...) to its constant, with CPython's
/// default limit of 4300 digits for decimal integers.
pub fn parse_number(text: &str) -> Result<Constant, LitError> {
    parse_number_limited(text, DEFAULT_MAX_STR_DIGITS)
}

/// [`parse_number`] with another decimal digit limit (`sys.set_int_max_str_digits`); 0 means
/// no limit.
///
/// A decimal integer over the limit gives CPython's message at [`ErrorLoc::TokenLines`].
/// A token the lexer should never produce gives `invalid number literal` at
/// [`ErrorLoc::Token`].
pub fn parse_number_limited(text: &str, max_str_digits: usize) -> Result<Constant, LitError> {
    let digits: Cow<'_, str> = if text.contains('_') {
        Cow::Owned(text.chars().filter(|&c| c != '_').collect())
    } else {
        Cow::Borrowed(text)
    };
    let b = digits.as_bytes();
    let radix = match b {
        [b'0', b'x' | b'X', ..] => 16,
        [b'0', b'o' | b'O', ..] => 8,
        [b'0', b'b' | b'B', ..] => 2,
        _ => 10,
    };
    if radix != 10 {
        return parse_int(&b[2..], radix).ok_or_else(|| invalid(text));
    }
    if let Some(mantissa) = digits.strip_suffix(['j', 'J']) {
        let imag = parse_float(mantissa).ok_or_else(|| invalid(text))?;
        return Ok(Constant::Complex { real: 0.0, imag });
    }
    if b.iter().any(|c| matches!(c, b'.' | b'e' | b'E')) {
        return parse_float(&digits)
            .map(Constant::Float)
            .ok_or_else(|| invalid(text));
    }
    if b.len() > STR_DIGITS_CHECK_THRESHOLD
        && max_str_digits > 0
        && b.len() > max_str_digits
        && b.iter().any(|&c| c != b'0')
    {
        return Err(LitError::new(
            format!(
                "Exceeds the limit ({max_str_digits} digits) for integer string conversion: \
                 value has {} digits; use sys.set_int_max_str_digits() to increase the limit \
                 - Consider hexadecimal for huge integer literals to avoid decimal conversion \
                 limits.",
                b.len()
            ),
            0,
            ErrorLoc::TokenLines,
        ));
    }
    parse_int(b, 10).ok_or_else(|| invalid(text))
}

fn invalid(text: &str) -> LitError {
    LitError::new(
        format!("invalid number literal {text:?}"),
        0,
        ErrorLoc::Token,
    )
}

/// Digits (no prefix, no underscores) in `radix` to an int constant; `None` if empty or bad.
fn parse_int(digits: &[u8], radix: u32) -> Option<Constant> {
    if digits.is_empty() {
        return None;
    }
    // Fast path: accumulate in a u64 while it cannot overflow.
    let mut value: u64 = 0;
    let mut fits = true;
    for &c in digits {
        let d = (c as char).to_digit(radix)?;
        match value
            .checked_mul(u64::from(radix))
            .and_then(|v| v.checked_add(u64::from(d)))
        {
            Some(v) => value = v,
            None => {
                fits = false;
                break;
            }
        }
    }
    if fits {
        if let Ok(small) = i64::try_from(value) {
            return Some(Constant::Int(Int::Small(small)));
        }
    }
    let big = BigInt::parse_bytes(digits, radix)?;
    Some(Constant::Int(match big.to_i64() {
        Some(small) => Int::Small(small),
        None if big.is_zero() => Int::Small(0),
        None => Int::Big(Box::new(big)),
    }))
}

/// A float literal without underscores (`1.`, `.5`, `1e5`), correctly rounded; huge exponents
/// give infinity or zero as in Python.
fn parse_float(text: &str) -> Option<f64> {
    // Rust accepts "inf"/"nan" and a sign, which are not literals.
    let first = *text.as_bytes().first()?;
    if !(first.is_ascii_digit() || first == b'.') {
        return None;
    }
    text.parse::<f64>().ok()
}

#[cfg(test)]
#[allow(clippy::panic)]
mod tests {
    use super::*;
    use num_traits::Num;

    fn num(text: &str) -> Constant {
        match parse_number(text) {
            Ok(c) => c,
            Err(e) => panic!("{text}: {}", e.msg),
        }
    }

    fn small(v: i64) -> Constant {
        Constant::Int(Int::Small(v))
    }

    fn big(decimal: &str) -> Constant {
        match BigInt::from_str_radix(decimal, 10) {
            Ok(b) => Constant::Int(Int::Big(Box::new(b))),
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn ints() {
        assert_eq!(num("0"), small(0));
        assert_eq!(num("00"), small(0));
        assert_eq!(num("0_0"), small(0));
        assert_eq!(num("1_000"), small(1000));
        assert_eq!(num("0x_ff"), small(255));
        assert_eq!(num("0X_fF"), small(255));
        assert_eq!(num("0o777"), small(511));
        assert_eq!(num("0O17"), small(15));
        assert_eq!(num("0B101"), small(5));
        assert_eq!(num("9223372036854775807"), small(i64::MAX));
        assert_eq!(num("9223372036854775808"), big("9223372036854775808"));
        // 0xffffffffffffffff == 18446744073709551615
        assert_eq!(num("0xffffffffffffffff"), big("18446744073709551615"));
        assert_eq!(num("18446744073709551616"), big("18446744073709551616"));
        // 0b + '1'*70 == 1180591620717411303423
        assert_eq!(
            num(&format!("0b{}", "1".repeat(70))),
            big("1180591620717411303423")
        );
        assert_eq!(num(&"0".repeat(30)), small(0));
    }

    #[test]
    fn digit_limit() {
        // '1'*4300 is fine; '1'*4301 is a SyntaxError at (lineno, 0).
        assert!(matches!(num(&"1".repeat(4300)), Constant::Int(Int::Big(_))));
        let e = parse_number(&"1".repeat(4301)).err();
        assert_eq!(
            e.map(|e| (e.msg, e.loc)),
            Some((
                "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 \
                 digits; use sys.set_int_max_str_digits() to increase the limit - Consider \
                 hexadecimal for huge integer literals to avoid decimal conversion limits."
                    .to_string(),
                ErrorLoc::TokenLines
            ))
        );
        // Underscores do not count; zeros are no problem; other bases have no limit.
        assert!(parse_number(&format!("{}1", "1_".repeat(4299))).is_ok());
        assert!(parse_number(&format!("{}1", "1_".repeat(4300))).is_err());
        assert_eq!(num(&"0".repeat(5000)), small(0));
        assert!(parse_number(&format!("0x{}", "f".repeat(5000))).is_ok());
        assert!(parse_number(&format!("{}j", "1".repeat(5000))).is_ok());
        assert!(parse_number(&format!("{}.0", "1".repeat(5000))).is_ok());
        assert!(parse_number_limited(&"1".repeat(5000), 0).is_ok());
        assert!(parse_number_limited(&"1".repeat(700), 650).is_err());
        assert!(parse_number_limited(&"1".repeat(640), 100).is_ok());
    }

    #[test]
    fn floats() {
        assert_eq!(num("1."), Constant::Float(1.0));
        assert_eq!(num(".5"), Constant::Float(0.5));
        assert_eq!(num("1e5"), Constant::Float(100000.0));
        assert_eq!(num("1E+5"), Constant::Float(100000.0));
        // 1_0.0_1e+1_0 == 100100000000.0
        assert_eq!(num("1_0.0_1e+1_0"), Constant::Float(100100000000.0));
        assert_eq!(num("09.5"), Constant::Float(9.5));
        assert_eq!(num("0.1"), Constant::Float(0.1));
        assert_eq!(
            num("2.2250738585072011e-308"),
            Constant::Float(2.225073858507201e-308)
        );
        assert_eq!(num("4.9e-324"), Constant::Float(5e-324));
        assert_eq!(num("2e-324"), Constant::Float(0.0));
        assert_eq!(num("1.7976931348623157e308"), Constant::Float(f64::MAX));
        assert_eq!(
            num("1.7976931348623159e308"),
            Constant::Float(f64::INFINITY)
        );
        assert_eq!(num("1e309"), Constant::Float(f64::INFINITY));
        assert_eq!(
            num("1e99999999999999999999999"),
            Constant::Float(f64::INFINITY)
        );
        assert_eq!(num("1e-99999999999999999999999"), Constant::Float(0.0));
        assert_eq!(num("0e99999999999999999999999"), Constant::Float(0.0));
        // 123456789012345678901234567890.123e-20 == 1234567890.1234567
        assert_eq!(
            num("123456789012345678901234567890.123e-20"),
            Constant::Float(1234567890.1234567)
        );
    }

    #[test]
    fn imaginary() {
        let im = |v: f64| Constant::Complex { real: 0.0, imag: v };
        assert_eq!(num("10j"), im(10.0));
        assert_eq!(num("1.5J"), im(1.5));
        assert_eq!(num("1e3j"), im(1000.0));
        assert_eq!(num("0j"), im(0.0));
        assert_eq!(num("09j"), im(9.0));
        assert_eq!(num("1_2_3j"), im(123.0));
        assert_eq!(num("1e309j"), im(f64::INFINITY));
    }

    #[test]
    fn malformed_tokens_are_errors() {
        for t in [
            "", "0x", "0b2", "1e", "j", "abc", "inf", "1..2", "0o8", "-1",
        ] {
            assert!(parse_number(t).is_err(), "{t}");
        }
    }
}
