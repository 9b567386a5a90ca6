//! `str.encode()` and `bytes.decode()` for the UTF-8, Latin-1 and ASCII codecs, with the
//! error handlers strict, ignore, replace, backslashreplace and xmlcharrefreplace.
//!
//! Failures are [`CodecError`]s: the VM builds `UnicodeEncodeError` / `UnicodeDecodeError` from
//! their fields (the object is the `str` or `bytes` it passed in), or raises `LookupError` /
//! `TypeError` with their message for the other kinds.

use std::fmt::Write;

/// The codecs implemented here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Latin1,
    Ascii,
}

impl Codec {
    /// Finds a codec by any of Python's names for it (`'UTF8'`, `'latin1'`, `'iso-8859-1'`,
    /// `'us-ascii'`, ...), normalised as Python does: lower case, each run of characters other
    /// than letters, digits and `.` becomes `_`, and leading and trailing `_` are dropped.
    /// `None` for other encodings (the VM reports `unknown encoding: <name>` if it has no
    /// other codec of that name: see [`unknown_encoding`]).
    pub fn lookup(name: &str) -> Option<Codec> {
        let mut norm = String::with_capacity(name.len());
        let mut pending_sep = false;
        for c in name.chars() {
            if c.is_ascii_alphanumeric() || c == '.' {
                if pending_sep && !norm.is_empty() {
                    norm.push('_');
                }
                pending_sep = false;
                norm.push(c.to_ascii_lowercase());
            } else {
                pending_sep = true;
            }
        }
        match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => {
                Some(Codec::Utf8)
            }
            "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859"
            | "cp819" | "iso_ir_100" | "iso_8859_1_1987" | "csisolatin1" | "ibm819" | "iso8859" => {
                Some(Codec::Latin1)
            }
            "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
            | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us"
            | "iso_646.irv_1991" | "iso_ir_6" => Some(Codec::Ascii),
            _ => None,
        }
    }

    /// The codec's name in error messages: `'utf-8'`, `'latin-1'`, `'ascii'`.
    pub fn error_name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Latin1 => "latin-1",
            Codec::Ascii => "ascii",
        }
    }

    /// `codecs.lookup(name).name`: `'utf-8'`, `'iso8859-1'`, `'ascii'`.
    pub fn canonical_name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Latin1 => "iso8859-1",
            Codec::Ascii => "ascii",
        }
    }
}

/// What went wrong in [`encode`] or [`decode`]; the exception class the VM raises.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodecErrorKind {
    /// `UnicodeEncodeError`: `start..end` are code point indices into the `str`.
    Encode,
    /// `UnicodeDecodeError`: `start..end` are byte offsets into the bytes.
    Decode,
    /// `LookupError`: `unknown error handler name 'x'`.
    UnknownErrorHandler,
    /// `TypeError`: the handler cannot handle this kind of error
    /// (`don't know how to handle UnicodeDecodeError in error callback`).
    WrongErrorHandler,
    /// The handler exists in Python but its result cannot be represented or is not implemented
    /// here (`surrogateescape` decoding makes lone surrogates; `namereplace` needs character
    /// names). `start..end` and `reason` describe the original error, so the VM can fall back
    /// or raise it.
    Unsupported,
}

/// A failed encode or decode, with the fields of CPython's exception.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodecError {
    pub kind: CodecErrorKind,
    /// `'utf-8'`, `'latin-1'` or `'ascii'`.
    pub encoding: &'static str,
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
    /// The text of the exception, as `str(exc)` shows it.
    pub message: String,
}

/// The message of the `LookupError` for an unknown encoding.
pub fn unknown_encoding(name: &str) -> String {
    format!("unknown encoding: {name}")
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    SurrogateEscape,
    SurrogatePass,
}

fn handler(
    errors: &str,
    encoding: &'static str,
    start: usize,
    end: usize,
    reason: &'static str,
) -> Result<Handler, CodecError> {
    Ok(match errors {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "namereplace" => Handler::NameReplace,
        "surrogateescape" => Handler::SurrogateEscape,
        "surrogatepass" => Handler::SurrogatePass,
        _ => {
            return Err(CodecError {
                kind: CodecErrorKind::UnknownErrorHandler,
                encoding,
                start,
                end,
                reason,
                message: format!("unknown error handler name '{errors}'"),
            })
        }
    })
}

/// `str(UnicodeEncodeError)`: names the character when the range holds exactly one.
fn encode_message(encoding: &str, s: &[char], start: usize, end: usize, reason: &str) -> String {
    match s.get(start) {
        Some(&c) if end == start + 1 => {
            let cp = c as u32;
            let shown = if cp <= 0xff {
                format!("\\x{cp:02x}")
            } else if cp <= 0xffff {
                format!("\\u{cp:04x}")
            } else {
                format!("\\U{cp:08x}")
            };
            format!(
                "'{encoding}' codec can't encode character '{shown}' in position {start}: {reason}"
            )
        }
        _ => format!(
            "'{encoding}' codec can't encode characters in position {start}-{}: {reason}",
            end.saturating_sub(1)
        ),
    }
}

/// `str(UnicodeDecodeError)`: names the byte when the range holds exactly one.
fn decode_message(encoding: &str, b: &[u8], start: usize, end: usize, reason: &str) -> String {
    match b.get(start) {
        Some(&byte) if end == start + 1 => format!(
            "'{encoding}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}"
        ),
        _ => format!(
            "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
            end.saturating_sub(1)
        ),
    }
}

/// `s.encode(encoding, errors)` for the codecs here. `errors` is looked up only when a
/// character cannot be encoded, as in CPython (`'a'.encode('ascii', 'bogus')` succeeds).
pub fn encode(s: &str, codec: Codec, errors: &str) -> Result<Vec<u8>, CodecError> {
    let limit: u32 = match codec {
        // A Rust string holds no lone surrogates, so UTF-8 encoding cannot fail.
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Latin1 => 0x100,
        Codec::Ascii => 0x80,
    };
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let reason = if limit == 0x100 {
        "ordinal not in range(256)"
    } else {
        "ordinal not in range(128)"
    };
    let encoding = codec.error_name();
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars.get(i).copied().unwrap_or('\0');
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let start = i;
        while chars.get(i).is_some_and(|&c| c as u32 >= limit) {
            i += 1;
        }
        let end = i;
        let err = |kind| CodecError {
            kind,
            encoding,
            start,
            end,
            reason,
            message: encode_message(encoding, &chars, start, end, reason),
        };
        let bad = chars.get(start..end).unwrap_or(&[]);
        match handler(errors, encoding, start, end, reason)? {
            Handler::Strict | Handler::SurrogateEscape | Handler::SurrogatePass => {
                return Err(err(CodecErrorKind::Encode))
            }
            Handler::NameReplace => return Err(err(CodecErrorKind::Unsupported)),
            Handler::Ignore => {}
            Handler::Replace => out.resize(out.len() + bad.len(), b'?'),
            Handler::BackslashReplace => {
                for &c in bad {
                    let cp = c as u32;
                    let text = if cp <= 0xff {
                        format!("\\x{cp:02x}")
                    } else if cp <= 0xffff {
                        format!("\\u{cp:04x}")
                    } else {
                        format!("\\U{cp:08x}")
                    };
                    out.extend_from_slice(text.as_bytes());
                }
            }
            Handler::XmlCharRefReplace => {
                let mut text = String::new();
                for &c in bad {
                    let _ = write!(text, "&#{};", c as u32);
                }
                out.extend_from_slice(text.as_bytes());
            }
        }
    }
    Ok(out)
}

/// The extent of the invalid UTF-8 sequence at `i` (whose lead byte is not ASCII) and the
/// reason CPython gives, or `None` when a valid sequence of that length starts there.
fn utf8_error_at(b: &[u8], i: usize) -> Option<(usize, &'static str)> {
    let lead = b.get(i).copied().unwrap_or(0);
    // Code point length and the allowed range of the second byte.
    let (len, lo, hi) = match lead {
        0xc2..=0xdf => (2, 0x80, 0xbf),
        0xe0 => (3, 0xa0, 0xbf),
        0xed => (3, 0x80, 0x9f),
        0xe1..=0xef => (3, 0x80, 0xbf),
        0xf0 => (4, 0x90, 0xbf),
        0xf4 => (4, 0x80, 0x8f),
        0xf1..=0xf3 => (4, 0x80, 0xbf),
        _ => return Some((i + 1, "invalid start byte")),
    };
    for k in 1..len {
        let Some(&c) = b.get(i + k) else {
            return Some((b.len(), "unexpected end of data"));
        };
        let (l, h) = if k == 1 { (lo, hi) } else { (0x80, 0xbf) };
        if !(l..=h).contains(&c) {
            return Some((i + k, "invalid continuation byte"));
        }
    }
    None
}

/// `b.decode(encoding, errors)` for the codecs here; `errors` is looked up only on failure.
pub fn decode(b: &[u8], codec: Codec, errors: &str) -> Result<String, CodecError> {
    if b.is_ascii() {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    if codec == Codec::Latin1 {
        return Ok(b.iter().map(|&c| char::from(c)).collect());
    }
    let encoding = codec.error_name();
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b.get(i).copied().unwrap_or(0);
        if c < 0x80 {
            out.push(char::from(c));
            i += 1;
            continue;
        }
        let (end, reason) = if codec == Codec::Ascii {
            (i + 1, "ordinal not in range(128)")
        } else {
            match utf8_error_at(b, i) {
                Some((end, reason)) => (end, reason),
                None => {
                    let len = match c {
                        0xc0..=0xdf => 2,
                        0xe0..=0xef => 3,
                        _ => 4,
                    };
                    let piece = b.get(i..i + len).unwrap_or(&[]);
                    out.push_str(std::str::from_utf8(piece).unwrap_or("\u{fffd}"));
                    i += len;
                    continue;
                }
            }
        };
        let start = i;
        let err = |kind| CodecError {
            kind,
            encoding,
            start,
            end,
            reason,
            message: decode_message(encoding, b, start, end, reason),
        };
        match handler(errors, encoding, start, end, reason)? {
            Handler::Strict | Handler::SurrogatePass => return Err(err(CodecErrorKind::Decode)),
            Handler::SurrogateEscape => return Err(err(CodecErrorKind::Unsupported)),
            Handler::XmlCharRefReplace | Handler::NameReplace => {
                let mut e = err(CodecErrorKind::WrongErrorHandler);
                e.message = "don't know how to handle UnicodeDecodeError in error callback".into();
                return Err(e);
            }
            Handler::Ignore => {}
            Handler::Replace => out.push('\u{fffd}'),
            Handler::BackslashReplace => {
                for &byte in b.get(start..end).unwrap_or(&[]) {
                    let _ = write!(out, "\\x{byte:02x}");
                }
            }
        }
        i = end;
    }
    Ok(out)
}
