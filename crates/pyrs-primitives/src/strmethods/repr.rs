//! `repr()` of `str` and `bytes`, `bytes.hex()` and `bytes.fromhex()`.

use super::chars;
use crate::{Error, ErrorKind, Result};
use std::fmt::Write;

const HEX: &[u8; 16] = b"0123456789abcdef";

/// `repr(s)`: single quotes unless `s` holds `'` and no `"`; `\\`, `\n`, `\r`, `\t` escaped;
/// other non-printable code points as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub fn str_repr(s: &str) -> String {
    repr_code_points(s.len(), || s.chars().map(u32::from))
}

/// `repr(s)` of text in generalised UTF-8 (lone surrogates show as `\udXXX`).
pub fn str_repr_wtf8(b: &[u8]) -> String {
    repr_code_points(b.len(), || crate::wtf8::code_points(b))
}

fn repr_code_points<I: Iterator<Item = u32>>(len: usize, cps: impl Fn() -> I) -> String {
    let (mut single, mut double) = (false, false);
    for c in cps() {
        single |= c == u32::from(b'\'');
        double |= c == u32::from(b'"');
    }
    let quote = if single && !double { '"' } else { '\'' };
    let mut out = String::with_capacity(len + 2);
    out.push(quote);
    for cp in cps() {
        match char::from_u32(cp) {
            Some('\\') => out.push_str("\\\\"),
            Some('\n') => out.push_str("\\n"),
            Some('\r') => out.push_str("\\r"),
            Some('\t') => out.push_str("\\t"),
            Some(c) if c == quote => {
                out.push('\\');
                out.push(c);
            }
            Some(c @ ' '..='~') => out.push(c),
            Some(c) if !c.is_ascii() && chars::is_printable(c) => out.push(c),
            _ => {
                // Writing to a String cannot fail.
                let _ = if cp <= 0xff {
                    write!(out, "\\x{cp:02x}")
                } else if cp <= 0xffff {
                    write!(out, "\\u{cp:04x}")
                } else {
                    write!(out, "\\U{cp:08x}")
                };
            }
        }
    }
    out.push(quote);
    out
}

/// `repr()` of bytes: `prefix` (`"b"`, or `"bytearray(b"` for which the VM appends the `)`),
/// then the quoted literal, quotes chosen as for `str`; `\xNN` for bytes below 0x20 and from
/// 0x7f, except `\t`, `\n`, `\r`.
pub fn bytes_repr(b: &[u8], prefix: &str) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(prefix.len() + b.len() + 2);
    out.push_str(prefix);
    out.push(char::from(quote));
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(char::from(c));
            }
            b' '..=b'~' => out.push(char::from(c)),
            c => {
                out.push_str("\\x");
                out.push(char::from(HEX[usize::from(c >> 4)]));
                out.push(char::from(HEX[usize::from(c & 15)]));
            }
        }
    }
    out.push(char::from(quote));
    out
}

/// The `sep` argument of `bytes.hex()`: a `str` or a bytes-like object.
#[derive(Clone, Copy, Debug)]
pub enum HexSep<'a> {
    Str(&'a str),
    Bytes(&'a [u8]),
}

/// `bytes.hex(sep, bytes_per_sep)`: `sep` goes between groups of `bytes_per_sep` bytes,
/// counted from the right when positive and from the left when negative.
pub fn bytes_hex(b: &[u8], sep: Option<HexSep<'_>>, bytes_per_sep: i64) -> Result<String> {
    let sep = match sep {
        None => None,
        Some(HexSep::Str(s)) => {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) if c.is_ascii() => Some(c),
                (Some(_), None) => {
                    return Err(Error::new(ErrorKind::ValueError, "sep must be ASCII."))
                }
                _ => return Err(Error::new(ErrorKind::ValueError, "sep must be length 1.")),
            }
        }
        Some(HexSep::Bytes(s)) => match s {
            [c] if c.is_ascii() => Some(char::from(*c)),
            [_] => return Err(Error::new(ErrorKind::ValueError, "sep must be ASCII.")),
            _ => return Err(Error::new(ErrorKind::ValueError, "sep must be length 1.")),
        },
    };
    let group = usize::try_from(bytes_per_sep.unsigned_abs()).unwrap_or(usize::MAX);
    let mut out = String::with_capacity(b.len() * 3);
    let n = b.len();
    for (i, &c) in b.iter().enumerate() {
        if let Some(sep) = sep {
            if i > 0 && group > 0 {
                // From the right: a separator where the number of bytes left is a multiple.
                let boundary = if bytes_per_sep > 0 {
                    (n - i).checked_rem(group) == Some(0)
                } else {
                    i.checked_rem(group) == Some(0)
                };
                if boundary {
                    out.push(sep);
                }
            }
        }
        out.push(char::from(HEX[usize::from(c >> 4)]));
        out.push(char::from(HEX[usize::from(c & 15)]));
    }
    Ok(out)
}

fn hex_value(c: char) -> Option<u8> {
    c.to_digit(16).and_then(|d| u8::try_from(d).ok())
}

/// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed between pairs.
pub fn bytes_fromhex(s: &str) -> Result<Vec<u8>> {
    let bad = |pos: usize| {
        Error::new(
            ErrorKind::ValueError,
            format!("non-hexadecimal number found in fromhex() arg at position {pos}"),
        )
    };
    let mut out = Vec::with_capacity(s.len() / 2);
    let mut it = s.chars().enumerate().peekable();
    while let Some((pos, c)) = it.next() {
        if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
            continue;
        }
        let hi = hex_value(c).ok_or_else(|| bad(pos))?;
        let (pos2, c2) = it.next().unwrap_or((pos + 1, ' '));
        let lo = hex_value(c2).ok_or_else(|| bad(pos2))?;
        out.push(hi << 4 | lo);
    }
    Ok(out)
}
