//! `str.isalpha()` and the other predicates over whole strings, and their `bytes` versions
//! (ASCII-only: `b'\xe9'.isalpha()` is false).

use super::chars;

/// True when `s` is not empty and every code point satisfies `f`.
fn all_nonempty(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

/// `str.isalpha()`.
pub fn str_isalpha(s: &str) -> bool {
    if s.is_ascii() {
        return bytes_isalpha(s.as_bytes());
    }
    all_nonempty(s, chars::is_alpha)
}

/// `str.isalnum()`.
pub fn str_isalnum(s: &str) -> bool {
    if s.is_ascii() {
        return bytes_isalnum(s.as_bytes());
    }
    all_nonempty(s, chars::is_alnum)
}

/// `str.isdecimal()`: every code point is in category Nd.
pub fn str_isdecimal(s: &str) -> bool {
    all_nonempty(s, chars::is_decimal)
}

/// `str.isdigit()`.
pub fn str_isdigit(s: &str) -> bool {
    all_nonempty(s, chars::is_digit)
}

/// `str.isnumeric()`.
pub fn str_isnumeric(s: &str) -> bool {
    all_nonempty(s, chars::is_numeric)
}

/// `str.isspace()`.
pub fn str_isspace(s: &str) -> bool {
    all_nonempty(s, chars::is_space)
}

/// `str.islower()`: no upper-case or title-case code point and at least one lower-case one.
pub fn str_islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if chars::is_upper(c) || chars::is_titlecase(c) {
            return false;
        }
        cased |= chars::is_lower(c);
    }
    cased
}

/// `str.isupper()`: no lower-case or title-case code point and at least one upper-case one.
pub fn str_isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if chars::is_lower(c) || chars::is_titlecase(c) {
            return false;
        }
        cased |= chars::is_upper(c);
    }
    cased
}

/// `str.istitle()`: upper- and title-case code points only after uncased ones, lower-case ones
/// only after cased ones, and at least one cased code point.
pub fn str_istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if chars::is_upper(c) || chars::is_titlecase(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if chars::is_lower(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

/// `str.isprintable()` (true for the empty string).
pub fn str_isprintable(s: &str) -> bool {
    s.chars().all(chars::is_printable)
}

/// `str.isidentifier()`: an XID_Start code point or `'_'`, then XID_Continue code points.
pub fn str_isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if chars::is_xid_start(c) => it.all(chars::is_xid_continue),
        _ => false,
    }
}

/// `str.isascii()` (true for the empty string).
pub fn str_isascii(s: &str) -> bool {
    s.is_ascii()
}

/// `bytes.isalpha()`.
pub fn bytes_isalpha(b: &[u8]) -> bool {
    !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic)
}

/// `bytes.isalnum()`.
pub fn bytes_isalnum(b: &[u8]) -> bool {
    !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric)
}

/// `bytes.isdigit()`.
pub fn bytes_isdigit(b: &[u8]) -> bool {
    !b.is_empty() && b.iter().all(u8::is_ascii_digit)
}

/// `bytes.isspace()`: space, `\t`, `\n`, `\r`, `\x0b`, `\x0c`.
pub fn bytes_isspace(b: &[u8]) -> bool {
    !b.is_empty() && b.iter().all(|&c| matches!(c, b' ' | b'\t'..=b'\r'))
}

/// `bytes.islower()`.
pub fn bytes_islower(b: &[u8]) -> bool {
    !b.iter().any(u8::is_ascii_uppercase) && b.iter().any(u8::is_ascii_lowercase)
}

/// `bytes.isupper()`.
pub fn bytes_isupper(b: &[u8]) -> bool {
    !b.iter().any(u8::is_ascii_lowercase) && b.iter().any(u8::is_ascii_uppercase)
}

/// `bytes.istitle()`.
pub fn bytes_istitle(b: &[u8]) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for &c in b {
        if c.is_ascii_uppercase() {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

/// `bytes.isascii()`.
pub fn bytes_isascii(b: &[u8]) -> bool {
    b.is_ascii()
}
