//! Source text preparation: decoding bytes (BOM, PEP 263 declarations) and newline normalising.
//!
//! CPython decodes a source differently depending on how it gets it:
//!
//! * `compile(bytes, ...)` / `ast.parse(bytes)` ([`decode_for_compile`]): a NUL byte anywhere is
//!   "source code string cannot contain null bytes" with no position; without a coding
//!   declaration the bytes are *not* checked as a whole — invalid UTF-8 in a comment is
//!   ignored, in a string literal it fails when the literal is decoded, in a name when the name
//!   is read — and the parser's error offsets are then counted in bytes.
//! * running a file ([`decode_source`]): the whole file must be valid UTF-8 ("Non-UTF-8 code
//!   starting with ..."), and NUL bytes are "source code cannot contain null bytes".

use crate::ast::Pos;
use crate::error::{ErrorClass, ParseError, SyntaxError};
use std::borrow::Cow;

/// `\r\n` and lone `\r` become `\n`, as CPython's tokenizer sees them.
pub fn normalize_newlines(source: &str) -> Cow<'_, str> {
    if !source.contains('\r') {
        return Cow::Borrowed(source);
    }
    Cow::Owned(source.replace("\r\n", "\n").replace('\r', "\n"))
}

/// Finds a PEP 263 declaration (`coding[:=]\s*([-\w.]+)`) in a comment line.
fn coding_spec(line: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(line).ok()?;
    let trimmed = text.trim_start_matches([' ', '\t', '\x0c']);
    if !trimmed.starts_with('#') {
        return None;
    }
    let at = text.find("coding")?;
    let rest = &text[at + 6..];
    let rest = rest.strip_prefix([':', '='])?;
    let rest = rest.trim_start_matches([' ', '\t']);
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    (!name.is_empty()).then_some(name)
}

/// CPython's spelling of a declared encoding: the first twelve characters lower-cased with `_`
/// as `-`, then `utf-8` and the latin-1 spellings (with any `-suffix`) folded into `utf-8` and
/// `iso-8859-1`; any other name is kept as written.
fn cpython_normal_name(name: &str) -> Cow<'_, str> {
    let head: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    if head == "utf-8" || head.starts_with("utf-8-") {
        return Cow::Borrowed("utf-8");
    }
    let latin = ["latin-1", "iso-8859-1", "iso-latin-1"];
    if latin
        .iter()
        .any(|l| head == *l || head.starts_with(&format!("{l}-")))
    {
        return Cow::Borrowed("iso-8859-1");
    }
    Cow::Borrowed(name)
}

/// The codec a declaration selects: `utf-8`, `latin-1`, `ascii`, or a single-byte table name.
fn codec_of(name: &str) -> String {
    let lower = name.to_ascii_lowercase().replace('_', "-");
    if lower == "utf-8" || lower.starts_with("utf-8-") || lower == "utf8" {
        return "utf-8".into();
    }
    if matches!(
        lower.as_str(),
        "latin-1"
            | "iso-8859-1"
            | "iso-latin-1"
            | "latin1"
            | "l1"
            | "iso8859-1"
            | "8859"
            | "cp819"
            | "latin"
    ) || lower.starts_with("latin-1-")
        || lower.starts_with("iso-8859-1-")
        || lower.starts_with("iso-latin-1-")
    {
        return "latin-1".into();
    }
    if matches!(
        lower.as_str(),
        "ascii" | "us-ascii" | "646" | "us" | "ansi-x3.4-1968" | "iso646-us" | "cp367"
    ) {
        return "ascii".into();
    }
    lower
}

#[cold]
fn error(msg: String, line: u32, filename: &str) -> SyntaxError {
    let pos = Pos { line, col: 0 };
    SyntaxError::from_parse_error(
        ParseError::new(ErrorClass::SyntaxError, msg, pos, None),
        "",
        filename,
    )
}

/// A decoding error CPython reports without a position (`lineno` 0, `offset` -1).
#[cold]
fn unpositioned(msg: String, filename: &str) -> SyntaxError {
    let mut e = error(msg, 0, filename);
    e.lineno = Some(0);
    e.offset = Some(-1);
    e.end_lineno = None;
    e.end_offset = None;
    e.text = None;
    e
}

/// An error with no position at all (`lineno` and `offset` are `None`).
#[cold]
fn nowhere(msg: &str, filename: &str) -> SyntaxError {
    SyntaxError {
        class: ErrorClass::SyntaxError,
        msg: msg.to_string(),
        filename: filename.to_string(),
        lineno: None,
        offset: None,
        end_lineno: None,
        end_offset: None,
        text: None,
    }
}

/// Decodes with an ASCII-compatible single-byte codec's table; the error names the codec as
/// `codec` (CPython's `'charmap'` for these tables).
fn decode_single_byte(bytes: &[u8], table: &[u16; 128], codec: &str) -> Result<String, String> {
    let mut out = String::with_capacity(bytes.len());
    for (i, &b) in bytes.iter().enumerate() {
        if b < 0x80 {
            out.push(b as char);
            continue;
        }
        let code = table[usize::from(b - 0x80)];
        match char::from_u32(u32::from(code)) {
            Some(c) if code != 0xFFFF => out.push(c),
            _ => {
                return Err(format!(
                    "'{codec}' codec can't decode byte 0x{b:02x} in position {i}: character maps to <undefined>"
                ));
            }
        }
    }
    Ok(out)
}

/// The BOM and the coding declaration of a file's bytes.
struct Declared<'a> {
    bytes: &'a [u8],
    bom: bool,
    spec: Option<String>,
}

fn declared(bytes: &[u8]) -> Declared<'_> {
    let (bytes, bom) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    let mut lines = bytes.splitn(3, |&b| b == b'\n');
    let first = lines.next().unwrap_or_default();
    let second = lines.next().unwrap_or_default();
    let mut spec = coding_spec(first);
    if spec.is_none() {
        let first_blank = std::str::from_utf8(first).is_ok_and(|t| {
            let t = t.trim_start_matches([' ', '\t', '\x0c', '\r']);
            t.is_empty() || t.starts_with('#')
        });
        if first_blank {
            spec = coding_spec(second);
        }
    }
    Declared { bytes, bom, spec }
}

/// Decodes a source file's bytes to text as CPython does before running it as a script.
pub fn decode_source<'a>(bytes: &'a [u8], filename: &str) -> Result<Cow<'a, str>, SyntaxError> {
    let Declared { bytes, bom, spec } = declared(bytes);
    let encoding = spec.as_deref().map(codec_of);
    // Running a file, CPython reports any trouble with a declared encoding as an "encoding
    // problem", without a position.
    let problem = |spec: &str, what: &str| {
        nowhere(
            &format!("encoding problem: {}{what}", cpython_normal_name(spec)),
            filename,
        )
    };
    if let Some(spec) = spec.as_deref() {
        if bom && cpython_normal_name(spec) != "utf-8" {
            return Err(problem(spec, " with BOM"));
        }
    }
    let text: Cow<'a, str> = match encoding.as_deref() {
        None | Some("utf-8") => match std::str::from_utf8(bytes) {
            Ok(t) => Cow::Borrowed(t),
            Err(e) => {
                let upto = e.valid_up_to();
                let line = bytes[..upto].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
                let bad = bytes[upto];
                if encoding.is_some() {
                    let msg = format!("(unicode error) 'utf-8' codec can't decode byte 0x{bad:02x} in position {upto}: invalid start byte");
                    return Err(error(msg, line, filename));
                }
                let msg = format!(
                    "Non-UTF-8 code starting with '\\x{bad:02x}' in file {filename} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details"
                );
                return Err(nowhere(&msg, filename));
            }
        },
        Some("latin-1") => Cow::Owned(bytes.iter().map(|&b| b as char).collect()),
        Some("ascii") => match std::str::from_utf8(bytes) {
            Ok(t) if t.is_ascii() => Cow::Borrowed(t),
            _ => return Err(problem(spec.as_deref().unwrap_or_default(), "")),
        },
        Some(other) => match crate::source_codecs::lookup(other) {
            Some(table) => match decode_single_byte(bytes, table, other) {
                Ok(t) => Cow::Owned(t),
                Err(_) => return Err(problem(spec.as_deref().unwrap_or(other), "")),
            },
            None => return Err(problem(spec.as_deref().unwrap_or(other), "")),
        },
    };
    if let Some(nul) = text.find('\0') {
        // Reported on the NUL's line, without a column, the line shown up to the NUL.
        let line_start = text[..nul].rfind('\n').map_or(0, |i| i + 1);
        let lineno = text[..nul].matches('\n').count() as u32 + 1;
        return Err(SyntaxError {
            class: ErrorClass::SyntaxError,
            msg: "source code cannot contain null bytes".to_string(),
            filename: filename.to_string(),
            lineno: Some(lineno),
            offset: Some(0),
            end_lineno: Some(lineno),
            end_offset: Some(0),
            text: Some(text[line_start..nul].to_string()),
        });
    }
    Ok(text)
}

/// An invalid UTF-8 sequence of a source decoded for `compile()`, replaced by one U+FFFD.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadUtf8 {
    /// Where the U+FFFD stands in the decoded (newline-normalised) text.
    pub pos: Pos,
    /// The bytes it replaces (a maximal invalid subsequence, as Python's "replace" handler
    /// takes them).
    pub raw: Vec<u8>,
}

/// A source decoded the way `compile()` decodes bytes.
#[derive(Debug)]
pub struct Decoded<'a> {
    /// The text, newlines not yet normalised, invalid UTF-8 replaced by U+FFFD.
    pub text: Cow<'a, str>,
    /// No encoding was declared: CPython counts its parser's error offsets in bytes.
    pub byte_offsets: bool,
    /// The invalid UTF-8 sequences, in order, positioned in the normalised text.
    pub bad: Vec<BadUtf8>,
}

/// Decodes bytes as `compile(bytes, filename, "exec")` does (see the module documentation).
pub fn decode_for_compile<'a>(bytes: &'a [u8], filename: &str) -> Result<Decoded<'a>, SyntaxError> {
    if bytes.contains(&0) {
        return Err(nowhere(
            "source code string cannot contain null bytes",
            filename,
        ));
    }
    let Declared { bytes, bom, spec } = declared(bytes);
    let normal = spec.as_deref().map(cpython_normal_name);
    if bom && normal.as_deref().is_some_and(|n| n != "utf-8") {
        let normal = normal.unwrap_or_default();
        return Err(unpositioned(
            format!("encoding problem: {normal} with BOM"),
            filename,
        ));
    }
    let byte_offsets = !bom && spec.is_none();
    let codec = match normal.as_deref() {
        None | Some("utf-8") => None,
        Some(name) => Some(codec_of(name)),
    };
    let text: Cow<'a, str> = match codec.as_deref() {
        None => match std::str::from_utf8(bytes) {
            Ok(t) => Cow::Borrowed(t),
            Err(_) => {
                let (text, bad) = replace_invalid(bytes);
                return Ok(Decoded {
                    text: Cow::Owned(text),
                    byte_offsets,
                    bad,
                });
            }
        },
        Some("latin-1") => Cow::Owned(bytes.iter().map(|&b| b as char).collect()),
        Some("ascii") => match bytes.iter().position(|&b| b >= 0x80) {
            None => Cow::Borrowed(std::str::from_utf8(bytes).unwrap_or_default()),
            Some(i) => {
                return Err(unpositioned(
                    format!(
                        "'ascii' codec can't decode byte 0x{:02x} in position {i}: ordinal not in range(128)",
                        bytes[i]
                    ),
                    filename,
                ))
            }
        },
        Some(other) => match crate::source_codecs::lookup(other) {
            Some(table) => match decode_single_byte(bytes, table, "charmap") {
                Ok(t) => Cow::Owned(t),
                Err(msg) => return Err(unpositioned(msg, filename)),
            },
            None => {
                let name = spec.as_deref().unwrap_or(other);
                return Err(unpositioned(format!("unknown encoding: {name}"), filename));
            }
        },
    };
    Ok(Decoded {
        text,
        byte_offsets,
        bad: Vec::new(),
    })
}

/// Decodes bytes as `python3 FILE` does (see the module documentation). A file declared UTF-8
/// (cookie or BOM) that is not is read like a `compile()` source: the invalid bytes fail where
/// they are decoded.
pub fn decode_for_script<'a>(bytes: &'a [u8], filename: &str) -> Result<Decoded<'a>, SyntaxError> {
    let Declared {
        bytes: body,
        bom,
        spec,
    } = declared(bytes);
    let utf8 = spec.as_deref().map(cpython_normal_name);
    let declared_utf8 = bom && utf8.is_none() || utf8.as_deref() == Some("utf-8");
    if declared_utf8 && !bytes.contains(&0) && std::str::from_utf8(body).is_err() {
        let mut decoded = decode_for_compile(bytes, filename)?;
        decoded.byte_offsets = false;
        return Ok(decoded);
    }
    let byte_offsets = !bom && spec.is_none();
    let text = decode_source(bytes, filename)?;
    Ok(Decoded {
        text,
        byte_offsets,
        bad: Vec::new(),
    })
}

/// Replaces each invalid UTF-8 sequence by U+FFFD, recording where each one lands once
/// newlines are normalised (`\r\n` and a lone `\r` end a line).
fn replace_invalid(bytes: &[u8]) -> (String, Vec<BadUtf8>) {
    let mut text = String::with_capacity(bytes.len() + 16);
    let mut found: Vec<(usize, Vec<u8>)> = Vec::new();
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                text.push_str(valid);
                break;
            }
            Err(e) => {
                let (valid, after) = rest.split_at(e.valid_up_to());
                text.push_str(std::str::from_utf8(valid).unwrap_or_default());
                let n = e.error_len().unwrap_or(after.len());
                found.push((text.len(), after[..n].to_vec()));
                text.push('\u{FFFD}');
                rest = &after[n..];
            }
        }
    }
    let b = text.as_bytes();
    let (mut line, mut line_start, mut i) = (1u32, 0usize, 0usize);
    let mut bad = Vec::with_capacity(found.len());
    for (offset, raw) in found {
        while i < offset {
            if b[i] == b'\n' || b[i] == b'\r' {
                if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                line += 1;
                line_start = i + 1;
            }
            i += 1;
        }
        let col = (offset - line_start) as u32;
        bad.push(BadUtf8 {
            pos: Pos { line, col },
            raw,
        });
    }
    (text, bad)
}

/// Python's message for the first invalid UTF-8 sequence in `raw`, as
/// `'utf-8' codec can't decode byte 0xe9 in position 3: unexpected end of data`.
pub fn utf8_error(raw: &[u8]) -> Option<String> {
    let e = std::str::from_utf8(raw).err()?;
    let at = e.valid_up_to();
    let (len, reason) = match e.error_len() {
        None => (raw.len() - at, "unexpected end of data"),
        Some(n) if (0xC2..=0xF4).contains(&raw[at]) => (n, "invalid continuation byte"),
        Some(n) => (n, "invalid start byte"),
    };
    Some(if len == 1 {
        format!(
            "'utf-8' codec can't decode byte 0x{:02x} in position {at}: {reason}",
            raw[at]
        )
    } else {
        format!(
            "'utf-8' codec can't decode bytes in position {at}-{}: {reason}",
            at + len - 1
        )
    })
}
