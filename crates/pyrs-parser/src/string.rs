//! Decoding of string and bytes literals (prefixes, quotes, escape sequences).

use std::fmt;

use crate::ast::PyStr;
use crate::unicode_names::{CJK_UNIFIED, NAMED_AFTER_14, NAME_ALIASES};

/// Where CPython 3.11 reports a literal error, i.e. which location its `SyntaxError` carries.
///
/// Offsets below are CPython's: 1-based columns counted in characters (`SyntaxError.offset`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorLoc {
    /// At the token *after* the last string token of the implicitly concatenated group
    /// (`'a' 'b\x1' + 1` reports at `+`; at the end of a line, at the NEWLINE token). CPython
    /// decodes the whole group when its parser reduces `STRING+`, and reports at the last token
    /// it has read, which is that lookahead: `lineno`/`end_lineno` are that token's lines,
    /// `offset`/`end_offset` its start and end columns plus one. Used by every escape-decoding
    /// error and every f-string error. When several strings of a group are bad, the first one in
    /// source order wins.
    AfterStrings,
    /// At the string token itself: `offset` its start column + 1, `end_offset` its end column + 1.
    /// Used by `bytes can only contain ASCII literal characters`.
    Token,
    /// At the number token's lines with no column: `lineno`/`end_lineno` the token's,
    /// `offset` and `end_offset` both 0. Used by the integer digit limit.
    TokenLines,
}

/// An invalid literal: CPython's exact message and where to report it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LitError {
    /// The message, as `SyntaxError.msg`.
    pub msg: String,
    /// Byte offset in the text that was decoded (the string body given to the decoder, or the
    /// number token) where the problem was found. CPython does not report this position (see
    /// [`LitError::loc`]); it is there for tools that want to point at the exact spot.
    pub offset: usize,
    /// Which location CPython reports.
    pub loc: ErrorLoc,
}

impl LitError {
    pub(crate) fn new(msg: impl Into<String>, offset: usize, loc: ErrorLoc) -> Self {
        LitError {
            msg: msg.into(),
            offset,
            loc,
        }
    }
}

impl fmt::Display for LitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg)
    }
}

impl std::error::Error for LitError {}

/// The prefix letters of a string token (any case, any order).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StrPrefix {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
    pub unicode: bool,
}

/// Splits a complete string token into its prefix, and the body between the quotes, with the
/// body's byte offset in the token; the last value tells whether the string is triple-quoted.
///
/// The token is expected to be well formed (the lexer checked it). On a malformed one this does
/// not panic: an unknown prefix letter is ignored and a missing closing quote leaves the body
/// running to the end of the token.
pub fn split_string_token(token: &str) -> (StrPrefix, &str, usize, bool) {
    let mut prefix = StrPrefix::default();
    let bytes = token.as_bytes();
    let mut i = 0;
    while let Some(&c) = bytes.get(i) {
        match c {
            b'r' | b'R' => prefix.raw = true,
            b'b' | b'B' => prefix.bytes = true,
            b'f' | b'F' => prefix.fstring = true,
            b'u' | b'U' => prefix.unicode = true,
            b'\'' | b'"' => break,
            _ => {}
        }
        i += 1;
    }
    let Some(&quote) = bytes.get(i) else {
        return (prefix, "", token.len(), false);
    };
    let rest = &bytes[i..];
    let triple = rest.len() >= 3 && rest[1] == quote && rest[2] == quote;
    let q = if triple { 3 } else { 1 };
    let start = i + q;
    let closed = rest.len() >= 2 * q && rest[rest.len() - q..].iter().all(|&b| b == quote);
    let end = if closed { token.len() - q } else { token.len() };
    let body = token.get(start..end).unwrap_or("");
    (prefix, body, start, triple)
}

/// Decodes the body of a `str` literal (`raw` for an `r` prefix).
///
/// Errors carry [`ErrorLoc::AfterStrings`]. Invalid escapes such as `\d` are kept as they are
/// (CPython 3.11 only warns about them); octal escapes above `\377` give their code point.
pub fn decode_str(body: &str, raw: bool) -> Result<PyStr, LitError> {
    if raw || !body.contains('\\') {
        return Ok(PyStr::from(body));
    }
    let mut out = PyStr::new();
    decode_str_into(&mut out, body, 0)?;
    Ok(out)
}

/// Decodes the body of a `bytes` literal (`raw` for an `r` prefix).
///
/// A non-ASCII character gives `bytes can only contain ASCII literal characters` at
/// [`ErrorLoc::Token`]; a bad `\x` escape gives `(value error) invalid \x escape at position N`
/// at [`ErrorLoc::AfterStrings`]. Octal escapes wrap modulo 256 (`b'\400' == b'\x00'`).
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, LitError> {
    let b = body.as_bytes();
    if !body.is_ascii() {
        let at = b.iter().position(|&c| c >= 0x80).unwrap_or(0);
        return Err(LitError::new(
            "bytes can only contain ASCII literal characters",
            at,
            ErrorLoc::Token,
        ));
    }
    if raw || !b.contains(&b'\\') {
        return Ok(b.to_vec());
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        let Some(&e) = b.get(i + 1) else {
            return Err(LitError::new(
                "(value error) Trailing \\ in string",
                start,
                ErrorLoc::AfterStrings,
            ));
        };
        i += 2;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(0x07),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(0x0b),
            b'0'..=b'7' => {
                let (value, next) = octal(b, i - 1);
                out.push((value & 0xff) as u8);
                i = next;
            }
            b'x' => match (
                b.get(i).and_then(|&d| hex_value(d)),
                b.get(i + 1).and_then(|&d| hex_value(d)),
            ) {
                (Some(hi), Some(lo)) => {
                    out.push((hi << 4 | lo) as u8);
                    i += 2;
                }
                _ => {
                    return Err(LitError::new(
                        format!("(value error) invalid \\x escape at position {start}"),
                        start,
                        ErrorLoc::AfterStrings,
                    ))
                }
            },
            _ => {
                out.push(b'\\');
                out.push(e);
            }
        }
    }
    Ok(out)
}

/// Decodes `chunk` (escapes processed) onto `out`. Error messages count positions from the start
/// of `chunk`, as CPython does for each piece it decodes; [`LitError::offset`] adds `base`.
pub(crate) fn decode_str_into(out: &mut PyStr, chunk: &str, base: usize) -> Result<(), LitError> {
    let b = chunk.as_bytes();
    let mut run_start = 0;
    let mut i = 0;
    while let Some(rel) = chunk.get(i..).and_then(|rest| rest.find('\\')) {
        let bs = i + rel;
        out.push_str(chunk.get(run_start..bs).unwrap_or(""));
        let Some(&e) = b.get(bs + 1) else {
            // A trailing backslash (only an f-string piece can end with one) stays as it is.
            out.push('\\');
            run_start = bs + 1;
            break;
        };
        i = bs + 2;
        run_start = i;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e as char),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let (value, next) = octal(b, bs + 1);
                out.push_code_point(value);
                i = next;
                run_start = next;
            }
            b'x' | b'u' | b'U' => {
                let (count, what) = match e {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut value: u32 = 0;
                let mut j = bs + 2;
                while j < bs + 2 + count {
                    match b.get(j).and_then(|&d| hex_value(d)) {
                        Some(d) => value = value << 4 | d,
                        None => return Err(unicode_error(chunk, base, bs, j, what)),
                    }
                    j += 1;
                }
                if value > 0x10ffff {
                    return Err(unicode_error(
                        chunk,
                        base,
                        bs,
                        j,
                        "illegal Unicode character",
                    ));
                }
                out.push_code_point(value);
                i = j;
                run_start = j;
            }
            b'N' => {
                let malformed = "malformed \\N character escape";
                if b.get(bs + 2) != Some(&b'{') {
                    return Err(unicode_error(chunk, base, bs, bs + 2, malformed));
                }
                let name_start = bs + 3;
                let Some(len) = b
                    .get(name_start..)
                    .and_then(|r| r.iter().position(|&c| c == b'}'))
                else {
                    return Err(unicode_error(chunk, base, bs, b.len(), malformed));
                };
                let name_end = name_start + len;
                if len == 0 {
                    return Err(unicode_error(chunk, base, bs, name_end, malformed));
                }
                let name = chunk.get(name_start..name_end).unwrap_or("");
                match lookup_name(name) {
                    Some(cp) => out.push_code_point(cp),
                    None => {
                        return Err(unicode_error(
                            chunk,
                            base,
                            bs,
                            name_end + 1,
                            "unknown Unicode character name",
                        ))
                    }
                }
                i = name_end + 1;
                run_start = i;
            }
            _ => {
                // Not an escape: the backslash and what follows stay. A non-ASCII character
                // after the backslash is copied by the next run, so restart right after `\`.
                run_start = bs;
                i = if e < 0x80 { bs + 2 } else { bs + 1 };
            }
        }
    }
    out.push_str(chunk.get(run_start..).unwrap_or(""));
    Ok(())
}

/// Reads up to three octal digits starting at `start`; returns the value and the next index.
fn octal(b: &[u8], start: usize) -> (u32, usize) {
    let mut value = 0;
    let mut j = start;
    while j < start + 3 {
        match b.get(j) {
            Some(&d @ b'0'..=b'7') => value = value * 8 + u32::from(d - b'0'),
            _ => break,
        }
        j += 1;
    }
    (value, j)
}

fn hex_value(d: u8) -> Option<u32> {
    match d {
        b'0'..=b'9' => Some(u32::from(d - b'0')),
        b'a'..=b'f' => Some(u32::from(d - b'a' + 10)),
        b'A'..=b'F' => Some(u32::from(d - b'A' + 10)),
        _ => None,
    }
}

/// CPython's `unicodeescape` error for the escape at `start` whose decoding stopped at `stop`
/// (both byte offsets in `chunk`).
fn unicode_error(chunk: &str, base: usize, start: usize, stop: usize, what: &str) -> LitError {
    let a = codec_position(chunk, start);
    let z = codec_position(chunk, stop);
    let msg = if z == a + 1 {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position {a}: {what}"
        )
    } else {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {a}-{}: {what}",
            z.saturating_sub(1)
        )
    };
    LitError::new(msg, base + start, ErrorLoc::AfterStrings)
}

/// The position CPython's `unicodeescape` decoder gives to byte offset `upto` of a literal body.
///
/// CPython first rewrites the body so that it is pure ASCII: every non-ASCII character becomes a
/// ten-byte `\UXXXXXXXX` escape, and a backslash followed by a non-ASCII character becomes the
/// six-byte `\u005c`; the codec's positions count bytes of that rewritten text. A backslash and
/// the ASCII character after it are copied as a pair.
fn codec_position(body: &str, upto: usize) -> usize {
    let b = body.as_bytes();
    let mut pos = 0;
    let mut i = 0;
    while i < upto && i < b.len() {
        let c = b[i];
        if c == b'\\' {
            match b.get(i + 1) {
                Some(&next) if next < 0x80 => {
                    pos += 2;
                    i += 2;
                }
                _ => {
                    pos += 6;
                    i += 1;
                }
            }
        } else if c < 0x80 {
            pos += 1;
            i += 1;
        } else {
            pos += 10;
            i += utf8_len(c);
        }
    }
    pos
}

fn utf8_len(lead: u8) -> usize {
    match lead {
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xff => 4,
        _ => 1,
    }
}

/// The longest name or alias CPython knows is well under this; longer names are unknown.
const MAX_NAME_LEN: usize = 128;

/// Finds the code point `\N{name}` stands for, accepting exactly what CPython 3.11 accepts:
/// character names and name aliases of Unicode 14.0 compared case-insensitively (ASCII case
/// only, with no other loose matching: spaces and hyphens must be exact), plus the algorithmic
/// names `HANGUL SYLLABLE ...` and `CJK UNIFIED IDEOGRAPH-XXXX`, which must be upper case
/// (the ideograph's hex digits may be four or five).
pub fn lookup_name(name: &str) -> Option<u32> {
    if name.is_empty() || name.len() > MAX_NAME_LEN || !name.is_ascii() {
        return None;
    }
    if let Some(hex) = name.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        if hex.len() != 4 && hex.len() != 5 {
            return None;
        }
        let mut cp = 0;
        for d in hex.bytes() {
            cp = cp << 4
                | match d {
                    b'0'..=b'9' => u32::from(d - b'0'),
                    b'A'..=b'F' => u32::from(d - b'A' + 10),
                    _ => return None,
                };
        }
        return in_ranges(&CJK_UNIFIED, cp).then_some(cp);
    }
    if name.starts_with("HANGUL SYLLABLE ") {
        let c = unicode_names2::character(name)?;
        let canonical = unicode_names2::name(c)?.to_string();
        return (is_hangul_syllable(c as u32) && canonical == name).then_some(c as u32);
    }
    let mut buf = [0u8; MAX_NAME_LEN];
    let upper = &mut buf[..name.len()];
    upper.copy_from_slice(name.as_bytes());
    upper.make_ascii_uppercase();
    if let Ok(k) = NAME_ALIASES.binary_search_by(|(alias, _)| alias.as_bytes().cmp(upper)) {
        return Some(NAME_ALIASES[k].1);
    }
    // `unicode_names2` matches loosely; every real name starts with a letter or digit (and its
    // normaliser must not see a leading hyphen).
    if !upper[0].is_ascii_alphanumeric() {
        return None;
    }
    let c = unicode_names2::character(name)?;
    let cp = c as u32;
    if is_hangul_syllable(cp) || in_ranges(&CJK_UNIFIED, cp) || in_ranges(&NAMED_AFTER_14, cp) {
        return None;
    }
    let canonical = unicode_names2::name(c)?.to_string();
    (canonical.as_bytes() == upper).then_some(cp)
}

fn is_hangul_syllable(cp: u32) -> bool {
    (0xac00..=0xd7a3).contains(&cp)
}

fn in_ranges(ranges: &[(u32, u32)], cp: u32) -> bool {
    ranges
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

#[cfg(test)]
#[allow(clippy::panic)]
mod tests {
    use super::*;

    fn s(body: &str) -> PyStr {
        match decode_str(body, false) {
            Ok(v) => v,
            Err(e) => panic!("{body:?}: {}", e.msg),
        }
    }

    fn err(body: &str) -> String {
        match decode_str(body, false) {
            Ok(v) => panic!("{body:?} decoded to {v:?}"),
            Err(e) => {
                assert_eq!(e.loc, ErrorLoc::AfterStrings);
                e.msg
            }
        }
    }

    fn cps(v: &PyStr) -> Vec<u32> {
        v.code_points().collect()
    }

    fn ue(range: &str, what: &str) -> String {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {range}: {what}"
        )
    }

    #[test]
    fn split_tokens() {
        let (p, body, off, triple) = split_string_token("rb'x\\n'");
        assert!(p.raw && p.bytes && !p.fstring && !p.unicode);
        assert_eq!((body, off, triple), ("x\\n", 3, false));
        let (p, body, off, triple) = split_string_token("F\"\"\"a\"b\"\"\"");
        assert!(p.fstring && !p.raw);
        assert_eq!((body, off, triple), ("a\"b", 4, true));
        assert_eq!(split_string_token("''").1, "");
        assert_eq!(
            split_string_token("''''''"),
            (StrPrefix::default(), "", 3, true)
        );
        assert_eq!(split_string_token("u'é'").1, "é");
        assert!(split_string_token("u'é'").0.unicode);
        // Malformed tokens do not panic.
        assert_eq!(split_string_token("'abc").1, "abc");
        assert_eq!(split_string_token("").1, "");
        assert_eq!(split_string_token("'").1, "");
        assert_eq!(split_string_token("'''ab").1, "ab");
    }

    #[test]
    fn simple_escapes() {
        // 'a\\\'\"\a\b\f\n\r\t\v'
        assert_eq!(
            s(r#"a\\\'\"\a\b\f\n\r\t\v"#).as_str(),
            Some("a\\'\"\x07\x08\x0c\n\r\t\x0b")
        );
        // 'a\<newline>b' == 'ab'
        assert_eq!(s("a\\\nb").as_str(), Some("ab"));
        // Unknown escapes stay: '\d' == '\\d', '\8' == '\\8', '\é' == '\\é'
        assert_eq!(s(r"\d\8\9").as_str(), Some("\\d\\8\\9"));
        assert_eq!(s("\\é").as_str(), Some("\\é"));
        assert_eq!(s("x\\").as_str(), Some("x\\"));
        assert_eq!(
            decode_str("no escapes é", false),
            Ok(PyStr::from("no escapes é"))
        );
        assert_eq!(decode_str(r"\n\x", true), Ok(PyStr::from(r"\n\x")));
    }

    #[test]
    fn numeric_escapes() {
        // '\0\12\1234' == '\x00\n' + 'S4'
        assert_eq!(s(r"\0\12\1234").as_str(), Some("\x00\nS4"));
        // '\777' == '\u01ff', '\400' == '\u0100'
        assert_eq!(s(r"\777\400").as_str(), Some("\u{1ff}\u{100}"));
        assert_eq!(s(r"\x41\u00e9\U0001F600").as_str(), Some("Aé😀"));
        // '\ud800\udc00' stays two lone surrogates
        let v = s(r"\ud800\U0000dc00");
        assert_eq!(v.as_str(), None);
        assert_eq!(cps(&v), vec![0xd800, 0xdc00]);
        assert_eq!(s(r"\U0010ffff").as_str(), Some("\u{10ffff}"));
    }

    #[test]
    fn named_escapes() {
        assert_eq!(s(r"\N{LATIN SMALL LETTER A}").as_str(), Some("a"));
        assert_eq!(s(r"\N{latin small letter a}").as_str(), Some("a"));
        assert_eq!(s(r"\N{LATIN CAPITAL LETTER GHA}").as_str(), Some("\u{1a2}"));
        assert_eq!(s(r"\N{byte order mark}").as_str(), Some("\u{feff}"));
        assert_eq!(s(r"\N{LF}\N{END OF MEDIUM}").as_str(), Some("\n\x19"));
        assert_eq!(s(r"\N{HANGUL SYLLABLE GA}").as_str(), Some("가"));
        assert_eq!(s(r"\N{CJK UNIFIED IDEOGRAPH-4E00}").as_str(), Some("一"));
        assert_eq!(s(r"\N{CJK UNIFIED IDEOGRAPH-04E00}").as_str(), Some("一"));
        assert_eq!(
            s(r"\N{cjk compatibility ideograph-f900}").as_str(),
            Some("\u{f900}")
        );
        assert_eq!(s(r"\N{HANGUL JUNGSEONG O-E}").as_str(), Some("\u{1180}"));
        assert_eq!(s(r"\N{HANGUL JUNGSEONG OE}").as_str(), Some("\u{116c}"));
        assert_eq!(s(r"\N{SNOWMAN}!").as_str(), Some("☃!"));
        // Rejected by CPython 3.11: loose spellings, lower-case algorithmic names, newer Unicode.
        for name in [
            "LATIN SMALL  LETTER A",
            "LATIN_SMALL_LETTER_A",
            " LATIN SMALL LETTER A",
            "LATIN SMALL LETTER A ",
            "LATINSMALLLETTERA",
            "hangul syllable ga",
            "HANGUL SYLLABLE ga",
            "HANGUL SYLLABLE G A",
            "cjk unified ideograph-4e00",
            "CJK UNIFIED IDEOGRAPH-4e00",
            "CJK UNIFIED IDEOGRAPH-2B739",
            "EM",
            "-",
            "- A",
            "é",
            "foo",
            "BYTEORDER MARK",
        ] {
            assert_eq!(lookup_name(name), None, "{name}");
        }
    }

    #[test]
    fn escape_errors() {
        // 'ab\x1'
        assert_eq!(err(r"ab\x1"), ue("2-4", "truncated \\xXX escape"));
        assert_eq!(err(r"ab\x1g"), ue("2-4", "truncated \\xXX escape"));
        assert_eq!(err(r"\x"), ue("0-1", "truncated \\xXX escape"));
        assert_eq!(err(r"\xg"), ue("0-1", "truncated \\xXX escape"));
        assert_eq!(err(r"ab\u12"), ue("2-5", "truncated \\uXXXX escape"));
        assert_eq!(err(r"\u123"), ue("0-4", "truncated \\uXXXX escape"));
        assert_eq!(err(r"ab\U001"), ue("2-6", "truncated \\UXXXXXXXX escape"));
        assert_eq!(
            err(r"\U0011000g"),
            ue("0-8", "truncated \\UXXXXXXXX escape")
        );
        assert_eq!(
            err(r"ab\U0011ffff"),
            ue("2-11", "illegal Unicode character")
        );
        assert_eq!(
            err(r"\U00110000\x1"),
            ue("0-9", "illegal Unicode character")
        );
        assert_eq!(
            err(r"ab\N{foo}"),
            ue("2-8", "unknown Unicode character name")
        );
        assert_eq!(err(r"ab\N"), ue("2-3", "malformed \\N character escape"));
        assert_eq!(err(r"ab\N{"), ue("2-4", "malformed \\N character escape"));
        assert_eq!(err(r"ab\N{}"), ue("2-4", "malformed \\N character escape"));
        assert_eq!(
            err(r"ab\N{LATIN"),
            ue("2-9", "malformed \\N character escape")
        );
        assert_eq!(err(r"\Nx"), ue("0-1", "malformed \\N character escape"));
        assert_eq!(err(r"\N}"), ue("0-1", "malformed \\N character escape"));
        assert_eq!(
            err(r"\N{LATIN_SMALL_LETTER_A}"),
            ue("0-23", "unknown Unicode character name")
        );
    }

    #[test]
    fn error_positions_count_rewritten_text() {
        // 'aé\x1': é counts as the ten bytes of '\U000000e9'.
        assert_eq!(err("aé\\x1"), ue("11-13", "truncated \\xXX escape"));
        assert_eq!(err("€\\x1"), ue("10-12", "truncated \\xXX escape"));
        assert_eq!(err("😀\\x1"), ue("10-12", "truncated \\xXX escape"));
        assert_eq!(err("é\\u12"), ue("10-13", "truncated \\uXXXX escape"));
        // '\é\x1': the lone backslash becomes '\u005c' (6 bytes).
        assert_eq!(err("\\é\\x1"), ue("16-18", "truncated \\xXX escape"));
        assert_eq!(
            err("aé\\N{foo}"),
            ue("11-17", "unknown Unicode character name")
        );
        assert_eq!(err("\\N{é}"), ue("0-13", "unknown Unicode character name"));
        let e = decode_str("aé\\x1", false).err();
        assert_eq!(e.map(|e| e.offset), Some(3));
    }

    #[test]
    fn bytes() {
        let b = |body: &str| decode_bytes(body, false);
        assert_eq!(b(r"a\x41\101\n\\\'"), Ok(b"aAA\n\\'".to_vec()));
        // b'\400' == b'\x00', b'\777' == b'\xff'
        assert_eq!(b(r"\400\777"), Ok(vec![0, 0xff]));
        // b'\d\u1234\N{X}' keeps the backslashes
        assert_eq!(b(r"\d\u1234\N{X}"), Ok(br"\d\u1234\N{X}".to_vec()));
        assert_eq!(b("a\\\nb"), Ok(b"ab".to_vec()));
        assert_eq!(decode_bytes(r"\x", true), Ok(br"\x".to_vec()));
        let e = b(r"ab\x1").err();
        assert_eq!(
            e.map(|e| (e.msg, e.loc)),
            Some((
                "(value error) invalid \\x escape at position 2".into(),
                ErrorLoc::AfterStrings
            ))
        );
        let e = b(r"\xg1").err().map(|e| e.msg);
        assert_eq!(
            e.as_deref(),
            Some("(value error) invalid \\x escape at position 0")
        );
        let e = decode_bytes("abé", true).err();
        assert_eq!(
            e.map(|e| (e.msg, e.offset, e.loc)),
            Some((
                "bytes can only contain ASCII literal characters".into(),
                2,
                ErrorLoc::Token
            ))
        );
    }
}
