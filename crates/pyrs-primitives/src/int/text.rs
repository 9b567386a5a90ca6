//! Text forms of ints: `int(str, base)`, `str()` in any radix, `bin/oct/hex`, plus the shared
//! helpers for Unicode digits, whitespace and `repr()` of the offending string.

use num_bigint::{BigInt, BigUint, Sign};

use super::{bit_length, Int};
use crate::{Error, ErrorKind, Result};

/// The code points of the Unicode (14.0) decimal digit zeros; each starts a run of ten digits.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The value of a Unicode decimal digit (category Nd), as Python's `int()` and `float()` read it.
pub(crate) fn unicode_decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    let zero = *DECIMAL_ZEROS.get(i.checked_sub(1)?)?;
    let d = cp - zero;
    (d < 10).then_some(d)
}

/// The whitespace `int()` and `float()` strip: ASCII `" \t\n\v\f\r"` and the non-ASCII
/// characters for which `str.isspace()` is true.
pub(crate) fn is_py_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r' | '\u{85}' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

/// Whether Python's `str.isprintable()` is false for `c` (approximated for the common cases:
/// control and format characters, separators other than the ASCII space).
fn needs_escape(c: char) -> bool {
    matches!(
        c,
        '\0'..='\x1f'
            | '\x7f'..='\u{a0}'
            | '\u{ad}'
            | '\u{600}'..='\u{605}'
            | '\u{61c}'
            | '\u{6dd}'
            | '\u{70f}'
            | '\u{1680}'
            | '\u{180e}'
            | '\u{2000}'..='\u{200f}'
            | '\u{2028}'..='\u{202f}'
            | '\u{205f}'..='\u{2064}'
            | '\u{2066}'..='\u{206f}'
            | '\u{3000}'
            | '\u{e000}'..='\u{f8ff}'
            | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}'
            | '\u{e0001}'
            | '\u{e0020}'..='\u{e007f}'
            | '\u{f0000}'..
    )
}

/// Python's `repr()` of a str.
pub(crate) fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if needs_escape(c) => {
                let cp = c as u32;
                if cp < 0x100 {
                    out.push_str(&format!("\\x{cp:02x}"));
                } else if cp < 0x10000 {
                    out.push_str(&format!("\\u{cp:04x}"));
                } else {
                    out.push_str(&format!("\\U{cp:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn limit_error_parse(limit: usize, digits: usize) -> Error {
    Error::new(
        ErrorKind::ValueError,
        format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has \
             {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        ),
    )
}

fn limit_error_str(limit: usize) -> Error {
    Error::new(
        ErrorKind::ValueError,
        format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use \
             sys.set_int_max_str_digits() to increase the limit"
        ),
    )
}

/// `int(s, base)`. `max_str_digits` is `sys.get_int_max_str_digits()` (0: no limit).
pub fn parse(s: &str, base: u32, max_str_digits: usize) -> Result<Int> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(Error::new(
            ErrorKind::ValueError,
            "int() base must be >= 2 and <= 36, or 0",
        ));
    }
    let invalid = || {
        // CPython formats the repr with `%.200R`, cutting it at 200 characters.
        let r: String = py_repr(s).chars().take(200).collect();
        Error::new(
            ErrorKind::ValueError,
            format!("invalid literal for int() with base {base}: {r}"),
        )
    };
    let chars: Vec<char> = s.trim_matches(is_py_space).chars().collect();
    let mut i = 0;
    let negative = match chars.first() {
        Some('-') => {
            i = 1;
            true
        }
        Some('+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let mut radix = base;
    let mut prefixed = false;
    if chars.get(i) == Some(&'0') {
        let prefix_base = match chars.get(i + 1) {
            Some('x' | 'X') => 16,
            Some('o' | 'O') => 8,
            Some('b' | 'B') => 2,
            _ => 0,
        };
        if prefix_base != 0 && (base == 0 || base == prefix_base) {
            radix = prefix_base;
            prefixed = true;
            i += 2;
        }
    }
    let leading_zero_rule = radix == 0;
    if radix == 0 {
        radix = 10;
    }
    // Digits, with single underscores between them (and one allowed right after a prefix).
    let mut digits: Vec<u8> = Vec::with_capacity(chars.len());
    let mut after_underscore = false;
    let mut tail_ok = true;
    while i < chars.len() {
        let c = chars[i];
        if c == '_' {
            if after_underscore || (digits.is_empty() && !prefixed) {
                tail_ok = false;
                break;
            }
            after_underscore = true;
            i += 1;
            continue;
        }
        let v = if c.is_ascii() {
            c.to_digit(36)
        } else {
            unicode_decimal_value(c)
        };
        match v {
            Some(v) if v < radix => {
                digits.push(v as u8);
                after_underscore = false;
                i += 1;
            }
            _ => {
                tail_ok = false;
                break;
            }
        }
    }
    if digits.is_empty() || after_underscore {
        return Err(invalid());
    }
    if max_str_digits > 0 && !radix.is_power_of_two() && digits.len() > max_str_digits {
        return Err(limit_error_parse(max_str_digits, digits.len()));
    }
    if !tail_ok {
        return Err(invalid());
    }
    if leading_zero_rule && digits[0] == 0 && digits.iter().any(|&d| d != 0) {
        return Err(invalid());
    }
    if digits.len() <= 12 {
        let mut v: i64 = 0;
        for &d in &digits {
            v = v * i64::from(radix) + i64::from(d);
        }
        return Ok(Int::Small(if negative { -v } else { v }));
    }
    let mag = BigUint::from_radix_be(&digits, radix).ok_or_else(invalid)?;
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok(Int::from_big(BigInt::from_biguint(sign, mag)))
}

/// `a` written in `radix` (2..=36), lowercase digits, no prefix. `max_str_digits` limits the
/// digit count for radixes that are not powers of two (0: no limit).
pub fn to_str_radix(a: &Int, radix: u32, max_str_digits: usize) -> Result<String> {
    let radix = radix.clamp(2, 36);
    let limited = max_str_digits > 0 && !radix.is_power_of_two();
    if limited {
        // A lower bound on the digit count, to refuse huge values before the slow conversion.
        let bits = bit_length(a);
        let lower =
            (bits.saturating_sub(1) as f64) * std::f64::consts::LN_2 / f64::from(radix).ln();
        if lower > max_str_digits as f64 + 1.0 {
            return Err(limit_error_str(max_str_digits));
        }
    }
    let s = match a {
        Int::Small(v) if radix == 10 => v.to_string(),
        _ => a.to_big().to_str_radix(radix),
    };
    if limited {
        let digits = s.len() - usize::from(s.starts_with('-'));
        if digits > max_str_digits {
            return Err(limit_error_str(max_str_digits));
        }
    }
    Ok(s)
}

/// `bin(a)`, `oct(a)` or `hex(a)` for radix 2, 8 or 16 (`-0x1f`); other radixes get no prefix.
pub fn format_prefixed(a: &Int, radix: u32) -> String {
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let body = a.to_big().magnitude().to_str_radix(radix.clamp(2, 36));
    let sign = if super::is_negative(a) { "-" } else { "" };
    format!("{sign}{prefix}{body}")
}
