//! Source text preparation: decoding bytes (BOM, PEP 263 declarations) and newline normalising.

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

fn normal_encoding(name: &str) -> String {
    let lower = name.to_ascii_lowercase().replace('_', "-");
    if lower == "utf-8" || lower.starts_with("utf-8-") {
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
    e.lineno = 0;
    e.offset = -1;
    e.end_lineno = 0;
    e.end_offset = -1;
    e.text = None;
    e
}

/// Decodes with an ASCII-compatible single-byte codec's table.
fn decode_single_byte(
    bytes: &[u8],
    table: &[u16; 128],
    name: &str,
    filename: &str,
) -> Result<String, SyntaxError> {
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
                let msg = format!(
                    "(unicode error) '{name}' codec can't decode byte 0x{b:02x} in position {i}: character maps to <undefined>"
                );
                return Err(unpositioned(msg, filename));
            }
        }
    }
    Ok(out)
}

/// Decodes a source file's bytes to text as CPython does before tokenising.
pub fn decode_source<'a>(bytes: &'a [u8], filename: &str) -> Result<Cow<'a, str>, SyntaxError> {
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
    let encoding = spec.as_deref().map(normal_encoding);
    if bom && encoding.as_deref().is_some_and(|e| e != "utf-8") {
        let name = spec.unwrap_or_default();
        return Err(unpositioned(
            format!("encoding problem: {name} with BOM"),
            filename,
        ));
    }
    let text: Cow<'a, str> = match encoding.as_deref() {
        None | Some("utf-8") => match std::str::from_utf8(bytes) {
            Ok(t) => Cow::Borrowed(t),
            Err(e) => {
                let upto = e.valid_up_to();
                let line = bytes[..upto].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
                let bad = bytes[upto];
                let msg = if encoding.is_some() {
                    format!("(unicode error) 'utf-8' codec can't decode byte 0x{bad:02x} in position {upto}: invalid start byte")
                } else {
                    format!(
                        "Non-UTF-8 code starting with '\\x{bad:02x}' in file {filename} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details"
                    )
                };
                return Err(error(msg, line, filename));
            }
        },
        Some("latin-1") => Cow::Owned(bytes.iter().map(|&b| b as char).collect()),
        Some("ascii" | "us-ascii") => match std::str::from_utf8(bytes) {
            Ok(t) if t.is_ascii() => Cow::Borrowed(t),
            _ => {
                return Err(error(
                    "(unicode error) 'ascii' codec can't decode bytes".into(),
                    1,
                    filename,
                ))
            }
        },
        Some(other) => match crate::source_codecs::lookup(other) {
            Some(table) => Cow::Owned(decode_single_byte(bytes, table, other, filename)?),
            None => {
                let name = spec.as_deref().unwrap_or(other);
                return Err(unpositioned(format!("unknown encoding: {name}"), filename));
            }
        },
    };
    if text.contains('\0') {
        return Err(error(
            "source code cannot contain null bytes".into(),
            1,
            filename,
        ));
    }
    Ok(text)
}
