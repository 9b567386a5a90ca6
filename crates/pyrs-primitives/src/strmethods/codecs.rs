//! `str.encode()` and `bytes.decode()` for the UTF-8, Latin-1, ASCII, UTF-16 and UTF-32 codecs,
//! with the error handlers strict, ignore, replace, backslashreplace, xmlcharrefreplace,
//! surrogateescape and surrogatepass. Text is generalised UTF-8 (`crate::wtf8`), so lone
//! surrogates go in and come out.
//!
//! Failures are [`CodecError`]s: the VM builds `UnicodeEncodeError` / `UnicodeDecodeError` from
//! their fields (the object is the `str` or `bytes` it passed in), or raises `LookupError` /
//! `TypeError` with their message for the other kinds.

use crate::wtf8;

/// The codecs implemented here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Latin1,
    Ascii,
    Utf16(Order),
    Utf32(Order),
}

/// The byte order of a UTF-16 or UTF-32 codec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// `utf-16`/`utf-32`: encoding writes a byte order mark and little-endian units (the
    /// machine's order); decoding follows a leading mark (and drops it), little-endian without.
    Mark,
    Little,
    Big,
}

impl Codec {
    /// Finds a codec by any of Python's names for it (`'UTF8'`, `'latin1'`, `'iso-8859-1'`,
    /// `'us-ascii'`, `'UTF-16LE'`, ...), normalised as Python does: lower case, each run of
    /// characters other than letters, digits and `.` becomes `_`, and leading and trailing `_`
    /// are dropped. `None` for other encodings (the VM reports `unknown encoding: <name>` if
    /// it has no other codec of that name: see [`unknown_encoding`]).
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
            "utf_16" | "utf16" | "u16" => Some(Codec::Utf16(Order::Mark)),
            "utf_16_le" | "utf_16le" => Some(Codec::Utf16(Order::Little)),
            "utf_16_be" | "utf_16be" => Some(Codec::Utf16(Order::Big)),
            "utf_32" | "utf32" | "u32" => Some(Codec::Utf32(Order::Mark)),
            "utf_32_le" | "utf_32le" => Some(Codec::Utf32(Order::Little)),
            "utf_32_be" | "utf_32be" => Some(Codec::Utf32(Order::Big)),
            _ => None,
        }
    }

    /// The codec's name in error messages: `'utf-8'`, `'latin-1'`, `'ascii'`, `'utf-16-le'`...
    pub fn error_name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Latin1 => "latin-1",
            Codec::Ascii => "ascii",
            Codec::Utf16(Order::Mark) => "utf-16",
            Codec::Utf16(Order::Little) => "utf-16-le",
            Codec::Utf16(Order::Big) => "utf-16-be",
            Codec::Utf32(Order::Mark) => "utf-32",
            Codec::Utf32(Order::Little) => "utf-32-le",
            Codec::Utf32(Order::Big) => "utf-32-be",
        }
    }

    /// `codecs.lookup(name).name`: `'utf-8'`, `'iso8859-1'`, `'ascii'`, `'utf-16'`...
    pub fn canonical_name(self) -> &'static str {
        match self {
            Codec::Latin1 => "iso8859-1",
            c => c.error_name(),
        }
    }

    /// The length of the byte order mark the codec writes first (0 if none).
    pub fn bom_len(self) -> usize {
        match self {
            Codec::Utf16(Order::Mark) => 2,
            Codec::Utf32(Order::Mark) => 4,
            _ => 0,
        }
    }

    /// The size in bytes of `text` encoded (with the byte order mark if `bom`), for text the
    /// codec can encode.
    pub fn encoded_len(self, text: &str, bom: bool) -> usize {
        let body = match self {
            Codec::Utf8 => text.len(),
            Codec::Latin1 | Codec::Ascii => text.chars().count(),
            Codec::Utf16(_) => text.chars().map(char::len_utf16).sum::<usize>() * 2,
            Codec::Utf32(_) => text.chars().count() * 4,
        };
        body + if bom { self.bom_len() } else { 0 }
    }

    /// Whether the codec can encode `cp` (without an error handler).
    fn encodes(self, cp: u32) -> bool {
        match self {
            Codec::Latin1 => cp < 0x100,
            Codec::Ascii => cp < 0x80,
            _ => !wtf8::is_surrogate(cp),
        }
    }

    /// The reason given when a code point cannot be encoded.
    fn encode_reason(self) -> &'static str {
        match self {
            Codec::Latin1 => "ordinal not in range(256)",
            Codec::Ascii => "ordinal not in range(128)",
            _ => "surrogates not allowed",
        }
    }

    /// Appends the encoding of `cp` (surrogates too: `surrogatepass`).
    fn push(self, out: &mut Vec<u8>, cp: u32) {
        match self {
            Codec::Utf8 => wtf8::push(out, cp),
            Codec::Latin1 | Codec::Ascii => out.push(cp as u8),
            Codec::Utf16(o) => {
                let big = o == Order::Big;
                let mut unit = |u: u32| {
                    let u = u as u16;
                    out.extend_from_slice(&if big {
                        u.to_be_bytes()
                    } else {
                        u.to_le_bytes()
                    });
                };
                if cp >= 0x10000 {
                    unit(0xD800 + ((cp - 0x10000) >> 10));
                    unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
                } else {
                    unit(cp);
                }
            }
            Codec::Utf32(o) => out.extend_from_slice(&if o == Order::Big {
                cp.to_be_bytes()
            } else {
                cp.to_le_bytes()
            }),
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
}

/// A failed encode or decode, with the fields of CPython's exception.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodecError {
    pub kind: CodecErrorKind,
    /// The codec's [`Codec::error_name`].
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

/// A failed handler lookup as CPython reports it for the codecs that are Python wrappers there
/// (`utf-16-le` and the like): `encoding with 'utf-16-le' codec failed (LookupError: ...)`;
/// other codecs' errors are left alone.
fn wrapped(mut e: CodecError, codec: Codec, direction: &str) -> CodecError {
    if let Codec::Utf16(Order::Little | Order::Big) | Codec::Utf32(Order::Little | Order::Big) =
        codec
    {
        let class = match e.kind {
            CodecErrorKind::WrongErrorHandler => "TypeError",
            _ => "LookupError",
        };
        e.message = format!(
            "{direction}coding with '{}' codec failed ({class}: {})",
            codec.error_name(),
            e.message
        );
    }
    e
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for code point `cp`.
fn escape(cp: u32) -> String {
    if cp <= 0xff {
        format!("\\x{cp:02x}")
    } else if cp <= 0xffff {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    }
}

/// `str(UnicodeEncodeError)`: names the character when the range holds exactly one.
fn encode_message(encoding: &str, s: &[u32], start: usize, end: usize, reason: &str) -> String {
    match s.get(start) {
        Some(&cp) if end == start + 1 => format!(
            "'{encoding}' codec can't encode character '{}' in position {start}: {reason}",
            escape(cp)
        ),
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

/// `s.encode(encoding, errors)` of text `s` in generalised UTF-8. `errors` is looked up only
/// when a character cannot be encoded, as in CPython (`'a'.encode('ascii', 'bogus')` works).
pub fn encode(s: &[u8], codec: Codec, errors: &str) -> Result<Vec<u8>, CodecError> {
    let fast = match codec {
        Codec::Utf8 => !wtf8::has_surrogates(s),
        Codec::Latin1 | Codec::Ascii => s.is_ascii(),
        _ => false,
    };
    if fast {
        return Ok(s.to_vec());
    }
    let encoding = codec.error_name();
    let reason = codec.encode_reason();
    let cps: Vec<u32> = wtf8::code_points(s).collect();
    let mut out = Vec::with_capacity(s.len() + 4);
    if matches!(codec, Codec::Utf16(Order::Mark) | Codec::Utf32(Order::Mark)) {
        codec.push(&mut out, 0xFEFF);
    }
    let mut i = 0;
    while let Some(&cp) = cps.get(i) {
        if codec.encodes(cp) {
            codec.push(&mut out, cp);
            i += 1;
            continue;
        }
        // A run of code points fails together, except in UTF-16 and UTF-32 (one at a time).
        let start = i;
        i += 1;
        while matches!(codec, Codec::Utf8 | Codec::Latin1 | Codec::Ascii)
            && cps.get(i).is_some_and(|&c| !codec.encodes(c))
        {
            i += 1;
        }
        let end = i;
        let err = || CodecError {
            kind: CodecErrorKind::Encode,
            encoding,
            start,
            end,
            reason,
            message: encode_message(encoding, &cps, start, end, reason),
        };
        let bad = cps.get(start..end).unwrap_or(&[]);
        let mut replace = |text: &str| {
            for b in text.bytes() {
                codec.push(&mut out, u32::from(b));
            }
        };
        match handler(errors, encoding, start, end, reason).map_err(|e| wrapped(e, codec, "en"))? {
            Handler::Strict => return Err(err()),
            Handler::Ignore => {}
            Handler::Replace => bad.iter().for_each(|_| replace("?")),
            Handler::BackslashReplace => bad.iter().for_each(|&c| replace(&escape(c))),
            Handler::XmlCharRefReplace => bad.iter().for_each(|&c| replace(&format!("&#{c};"))),
            Handler::NameReplace => {
                for &c in bad {
                    match char::from_u32(c).and_then(unicode_names2::name) {
                        Some(name) => replace(&format!("\\N{{{name}}}")),
                        None => replace(&escape(c)),
                    }
                }
            }
            Handler::SurrogateEscape => {
                // U+DC80..U+DCFF back to the bytes 0x80..0xFF they stand for.
                let byte_codec = matches!(codec, Codec::Utf8 | Codec::Latin1 | Codec::Ascii);
                if !byte_codec || bad.iter().any(|c| !(0xDC80..=0xDCFF).contains(c)) {
                    return Err(err());
                }
                out.extend(bad.iter().map(|&c| (c - 0xDC00) as u8));
            }
            Handler::SurrogatePass => {
                let unicode = !matches!(codec, Codec::Latin1 | Codec::Ascii);
                if !unicode || bad.iter().any(|&c| !wtf8::is_surrogate(c)) {
                    return Err(err());
                }
                bad.iter().for_each(|&c| codec.push(&mut out, c));
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

/// The UTF-16 or UTF-32 unit (of `size` bytes) at `i`, if the data holds a whole one.
fn unit_at(b: &[u8], i: usize, size: usize, big: bool) -> Option<u32> {
    let p = b.get(i..i + size)?;
    let mut v = 0u32;
    for k in 0..size {
        let byte = p
            .get(if big { k } else { size - 1 - k })
            .copied()
            .unwrap_or(0);
        v = (v << 8) | u32::from(byte);
    }
    Some(v)
}

/// The code point at `b[i..]` and its length in bytes, or where the bad data ends and why.
type Decoded = Result<(u32, usize), (usize, &'static str)>;

fn decode_at(b: &[u8], i: usize, codec: Codec, big: bool) -> Decoded {
    let lead = b.get(i).copied().unwrap_or(0);
    match codec {
        Codec::Latin1 => Ok((u32::from(lead), 1)),
        Codec::Ascii if lead < 0x80 => Ok((u32::from(lead), 1)),
        Codec::Ascii => Err((i + 1, "ordinal not in range(128)")),
        Codec::Utf8 if lead < 0x80 => Ok((u32::from(lead), 1)),
        Codec::Utf8 => match utf8_error_at(b, i) {
            Some(bad) => Err(bad),
            None => wtf8::decode_at(b, i).ok_or((i + 1, "invalid start byte")),
        },
        Codec::Utf32(_) => match unit_at(b, i, 4, big) {
            None => Err((b.len(), "truncated data")),
            Some(u) if wtf8::is_surrogate(u) => Err((
                i + 4,
                "code point in surrogate code point range(0xd800, 0xe000)",
            )),
            Some(u) if u >= 0x110000 => Err((i + 4, "code point not in range(0x110000)")),
            Some(u) => Ok((u, 4)),
        },
        Codec::Utf16(_) => match unit_at(b, i, 2, big) {
            None => Err((b.len(), "truncated data")),
            Some(u) if !wtf8::is_surrogate(u) => Ok((u, 2)),
            Some(u) if u >= 0xdc00 => Err((i + 2, "illegal encoding")),
            Some(u) => match unit_at(b, i + 2, 2, big) {
                Some(l) if (0xdc00..0xe000).contains(&l) => {
                    Ok((0x10000 + ((u - 0xd800) << 10) + (l - 0xdc00), 4))
                }
                Some(_) => Err((i + 2, "illegal UTF-16 surrogate")),
                None => Err((b.len(), "unexpected end of data")),
            },
        },
    }
}

/// The surrogate `surrogatepass` decodes at `b[i..]` and its length, if one is there.
fn encoded_surrogate_at(b: &[u8], i: usize, codec: Codec, big: bool) -> Option<(u32, usize)> {
    let (cp, len) = match codec {
        Codec::Utf8 => {
            let p = b.get(i..i + 3)?;
            if p[0] & 0xf0 != 0xe0 || p.iter().skip(1).any(|&c| c & 0xc0 != 0x80) {
                return None;
            }
            wtf8::decode_at(b, i)?
        }
        Codec::Utf16(_) => (unit_at(b, i, 2, big)?, 2),
        Codec::Utf32(_) => (unit_at(b, i, 4, big)?, 4),
        Codec::Latin1 | Codec::Ascii => return None,
    };
    wtf8::is_surrogate(cp).then_some((cp, len))
}

/// `b.decode(encoding, errors)`: the text in generalised UTF-8 (`surrogateescape` and
/// `surrogatepass` make lone surrogates); `errors` is looked up only on failure.
pub fn decode(b: &[u8], codec: Codec, errors: &str) -> Result<Vec<u8>, CodecError> {
    let fast = match codec {
        Codec::Utf8 => std::str::from_utf8(b).is_ok(),
        Codec::Ascii => b.is_ascii(),
        _ => false,
    };
    if fast {
        return Ok(b.to_vec());
    }
    let (mut i, mut big) = (0, false);
    let named = codec;
    let mut codec = codec;
    // A byte order mark picks the order (little-endian without one) and is dropped; errors
    // then name the codec of that order, as CPython's do.
    match codec {
        Codec::Utf16(o) | Codec::Utf32(o) => {
            let size = if matches!(codec, Codec::Utf16(_)) {
                2
            } else {
                4
            };
            big = o == Order::Big;
            if o == Order::Mark {
                if unit_at(b, 0, size, true) == Some(0xfeff) {
                    (i, big) = (size, true);
                } else if unit_at(b, 0, size, false) == Some(0xfeff) {
                    i = size;
                }
                let order = if big { Order::Big } else { Order::Little };
                codec = if size == 2 {
                    Codec::Utf16(order)
                } else {
                    Codec::Utf32(order)
                };
            }
        }
        _ => {}
    }
    let encoding = codec.error_name();
    let mut out = Vec::with_capacity(b.len());
    while i < b.len() {
        let (end, reason) = match decode_at(b, i, codec, big) {
            Ok((cp, len)) => {
                wtf8::push(&mut out, cp);
                i += len;
                continue;
            }
            Err(bad) => bad,
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
        let bad = b.get(start..end).unwrap_or(&[]);
        match handler(errors, encoding, start, end, reason).map_err(|e| wrapped(e, named, "de"))? {
            Handler::Strict => return Err(err(CodecErrorKind::Decode)),
            Handler::XmlCharRefReplace | Handler::NameReplace => {
                let mut e = err(CodecErrorKind::WrongErrorHandler);
                e.message = "don't know how to handle UnicodeDecodeError in error callback".into();
                return Err(wrapped(e, named, "de"));
            }
            Handler::Ignore => {}
            Handler::Replace => wtf8::push(&mut out, 0xFFFD),
            Handler::BackslashReplace => {
                for &byte in bad {
                    out.extend_from_slice(format!("\\x{byte:02x}").as_bytes());
                }
            }
            Handler::SurrogateEscape => {
                // The undecodable bytes 0x80..0xFF at the start of the range (up to 4) become
                // U+DC80..U+DCFF and decoding resumes after them; none: the error stands.
                let n = bad.iter().take(4).take_while(|&&c| c >= 0x80).count();
                if n == 0 {
                    return Err(err(CodecErrorKind::Decode));
                }
                bad.iter()
                    .take(n)
                    .for_each(|&c| wtf8::push(&mut out, 0xDC00 + u32::from(c)));
                i = start + n;
                continue;
            }
            Handler::SurrogatePass => match encoded_surrogate_at(b, start, codec, big) {
                Some((cp, len)) => {
                    wtf8::push(&mut out, cp);
                    i = start + len;
                    continue;
                }
                None => return Err(err(CodecErrorKind::Decode)),
            },
        }
        i = end;
    }
    Ok(out)
}
