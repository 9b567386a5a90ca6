//! `lower()`, `upper()`, `casefold()`, `capitalize()`, `title()` and `swapcase()` with
//! CPython's full case mappings (`'ß'.upper()` is `'SS'`) and final sigma rule, and their
//! ASCII-only `bytes` versions.

use super::chars;

const CAPITAL_SIGMA: char = '\u{3a3}';

/// Is the `'Σ'` at byte `i` of `s` final? It is when a cased code point comes before it and
/// none after it, skipping case-ignorable code points on both sides.
fn is_final_sigma(s: &str, i: usize) -> bool {
    let before = s.get(..i).unwrap_or("");
    let after = s.get(i + CAPITAL_SIGMA.len_utf8()..).unwrap_or("");
    let cased_before = before
        .chars()
        .rev()
        .find(|&c| !chars::is_case_ignorable(c))
        .is_some_and(chars::is_cased);
    cased_before
        && !after
            .chars()
            .find(|&c| !chars::is_case_ignorable(c))
            .is_some_and(chars::is_cased)
}

/// Appends the lower case of the code point `c` at byte `i` of `s`, with the final sigma rule.
fn push_lower_at(s: &str, i: usize, c: char, out: &mut String) {
    if c == CAPITAL_SIGMA {
        out.push(if is_final_sigma(s, i) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
    } else {
        chars::push_lower(c, out);
    }
}

/// `str.lower()`.
pub fn str_lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        push_lower_at(s, i, c, &mut out);
    }
    out
}

/// `str.upper()`.
pub fn str_upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        chars::push_upper(c, &mut out);
    }
    out
}

/// `str.casefold()`.
pub fn str_casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        chars::push_casefold(c, &mut out);
    }
    out
}

/// `str.capitalize()`: the first code point in title case, the rest in lower case.
pub fn str_capitalize(s: &str) -> String {
    if s.is_ascii() {
        return String::from_utf8(bytes_capitalize(s.as_bytes())).unwrap_or_default();
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if i == 0 {
            chars::push_title(c, &mut out);
        } else {
            push_lower_at(s, i, c, &mut out);
        }
    }
    out
}

/// `str.title()`: title case after an uncased code point, lower case after a cased one.
pub fn str_title(s: &str) -> String {
    if s.is_ascii() {
        return String::from_utf8(bytes_title(s.as_bytes())).unwrap_or_default();
    }
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, c) in s.char_indices() {
        if previous_is_cased {
            push_lower_at(s, i, c, &mut out);
        } else {
            chars::push_title(c, &mut out);
        }
        previous_is_cased = chars::is_cased(c);
    }
    out
}

/// `str.swapcase()`: upper-case code points lowered, lower-case ones raised.
pub fn str_swapcase(s: &str) -> String {
    if s.is_ascii() {
        return String::from_utf8(bytes_swapcase(s.as_bytes())).unwrap_or_default();
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if chars::is_upper(c) {
            push_lower_at(s, i, c, &mut out);
        } else if chars::is_lower(c) {
            chars::push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

/// `bytes.lower()`: ASCII letters only.
pub fn bytes_lower(b: &[u8]) -> Vec<u8> {
    b.to_ascii_lowercase()
}

/// `bytes.upper()`.
pub fn bytes_upper(b: &[u8]) -> Vec<u8> {
    b.to_ascii_uppercase()
}

/// `bytes.capitalize()`.
pub fn bytes_capitalize(b: &[u8]) -> Vec<u8> {
    b.iter()
        .enumerate()
        .map(|(i, c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

/// `bytes.title()`.
pub fn bytes_title(b: &[u8]) -> Vec<u8> {
    let mut previous_is_cased = false;
    b.iter()
        .map(|&c| {
            let out = if previous_is_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            previous_is_cased = c.is_ascii_alphabetic();
            out
        })
        .collect()
}

/// `bytes.swapcase()`.
pub fn bytes_swapcase(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&c| {
            if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect()
}
