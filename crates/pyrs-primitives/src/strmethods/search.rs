//! `find()`, `count()`, `replace()`, `startswith()` and their relatives for `str` and `bytes`.
//!
//! Substring search works on bytes for both types: UTF-8 is self-synchronising, so a match of a
//! valid UTF-8 needle always starts and ends on code point boundaries.

use super::units::{adjust_indices, char_len, reserve, CharIndex, Chars, Unit};
use crate::{Error, ErrorKind, Result};
use std::borrow::Cow;

/// The first byte offset of `needle` in `hay` (`needle` not empty).
pub fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    // memchr's SIMD searches: a byte-at-a-time loop was 50x slower than CPython's
    // `s.find(c, start)` on long strings.
    match needle {
        [] => None,
        [b] => memchr::memchr(*b, hay),
        _ => memchr::memmem::find(hay, needle),
    }
}

/// The last byte offset of `needle` in `hay` (`needle` not empty).
pub(crate) fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [] => None,
        [b] => memchr::memrchr(*b, hay),
        _ => memchr::memmem::rfind(hay, needle),
    }
}

/// The number of non-overlapping occurrences of `needle` (not empty) in `hay`, at most `max`.
pub(crate) fn count_bytes(hay: &[u8], needle: &[u8], max: usize) -> usize {
    let mut n = 0;
    let mut pos = 0;
    while n < max {
        match hay.get(pos..).and_then(|h| find_bytes(h, needle)) {
            Some(off) => {
                n += 1;
                pos += off + needle.len();
            }
            None => break,
        }
    }
    n
}

/// Where to look in a `str`: the byte range of the code point range `[start, end)`, or `None`
/// when Python answers "not found" without looking (the range is shorter than `sub`).
fn str_range(
    ci: &CharIndex<'_>,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Option<(usize, usize, usize)> {
    let (st, en) = adjust_indices(start, end, ci.len);
    if en < st || en - st < char_len(sub) {
        return None;
    }
    let (bs, be) = ci.bytes2(st, en);
    Some((st, bs, be))
}

fn bytes_range(
    b: &[u8],
    sub: &[u8],
    start: Option<i64>,
    end: Option<i64>,
) -> Option<(usize, usize)> {
    let (st, en) = adjust_indices(start, end, b.len());
    if en < st || en - st < sub.len() {
        return None;
    }
    Some((st, en))
}

/// `str.find(sub, start, end)`: the lowest code point index of `sub`, or -1.
pub fn str_find<'a>(
    s: impl Into<CharIndex<'a>>,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> i64 {
    let ci: CharIndex = s.into();
    let s = ci.s;
    let Some((st, bs, be)) = str_range(&ci, sub, start, end) else {
        return -1;
    };
    if sub.is_empty() {
        return st as i64;
    }
    match s
        .as_bytes()
        .get(bs..be)
        .and_then(|h| find_bytes(h, sub.as_bytes()))
    {
        Some(off) => ci.char_of(bs + off) as i64,
        None => -1,
    }
}

/// `str.rfind(sub, start, end)`: the highest code point index of `sub`, or -1.
pub fn str_rfind<'a>(
    s: impl Into<CharIndex<'a>>,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> i64 {
    let ci: CharIndex = s.into();
    let s = ci.s;
    let Some((_, bs, be)) = str_range(&ci, sub, start, end) else {
        return -1;
    };
    if sub.is_empty() {
        return ci.char_of(be) as i64;
    }
    match s
        .as_bytes()
        .get(bs..be)
        .and_then(|h| rfind_bytes(h, sub.as_bytes()))
    {
        Some(off) => ci.char_of(bs + off) as i64,
        None => -1,
    }
}

fn not_found(what: &str) -> Error {
    Error::new(ErrorKind::ValueError, what)
}

/// `str.index(sub, start, end)`: like [`str_find`] but fails with "substring not found".
pub fn str_index<'a>(
    s: impl Into<CharIndex<'a>>,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Result<i64> {
    match str_find(s, sub, start, end) {
        -1 => Err(not_found("substring not found")),
        i => Ok(i),
    }
}

/// `str.rindex(sub, start, end)`.
pub fn str_rindex<'a>(
    s: impl Into<CharIndex<'a>>,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Result<i64> {
    match str_rfind(s, sub, start, end) {
        -1 => Err(not_found("substring not found")),
        i => Ok(i),
    }
}

/// `str.count(sub, start, end)`: non-overlapping occurrences; `len + 1` for an empty `sub`.
pub fn str_count<'a>(
    s: impl Into<CharIndex<'a>>,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> i64 {
    let ci: CharIndex = s.into();
    let s = ci.s;
    let Some((st, bs, be)) = str_range(&ci, sub, start, end) else {
        return 0;
    };
    if sub.is_empty() {
        let (_, en) = adjust_indices(start, end, ci.len);
        return (en - st + 1) as i64;
    }
    s.as_bytes()
        .get(bs..be)
        .map_or(0, |h| count_bytes(h, sub.as_bytes(), usize::MAX)) as i64
}

/// `bytes.find(sub, start, end)`.
pub fn bytes_find(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((st, en)) = bytes_range(b, sub, start, end) else {
        return -1;
    };
    if sub.is_empty() {
        return st as i64;
    }
    match b.get(st..en).and_then(|h| find_bytes(h, sub)) {
        Some(off) => (st + off) as i64,
        None => -1,
    }
}

/// `bytes.rfind(sub, start, end)`.
pub fn bytes_rfind(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((st, en)) = bytes_range(b, sub, start, end) else {
        return -1;
    };
    if sub.is_empty() {
        return en as i64;
    }
    match b.get(st..en).and_then(|h| rfind_bytes(h, sub)) {
        Some(off) => (st + off) as i64,
        None => -1,
    }
}

/// `bytes.index(sub, start, end)`: fails with "subsection not found".
pub fn bytes_index(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> Result<i64> {
    match bytes_find(b, sub, start, end) {
        -1 => Err(not_found("subsection not found")),
        i => Ok(i),
    }
}

/// `bytes.rindex(sub, start, end)`.
pub fn bytes_rindex(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> Result<i64> {
    match bytes_rfind(b, sub, start, end) {
        -1 => Err(not_found("subsection not found")),
        i => Ok(i),
    }
}

/// `bytes.count(sub, start, end)`.
pub fn bytes_count(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((st, en)) = bytes_range(b, sub, start, end) else {
        return 0;
    };
    if sub.is_empty() {
        return (en - st + 1) as i64;
    }
    b.get(st..en).map_or(0, |h| count_bytes(h, sub, usize::MAX)) as i64
}

/// Python's tail match: is `sub` at the start (or end) of the code point range `[start, end)`?
fn tail_match(b: &[u8], sub: &[u8], st: usize, en: usize, sub_len: usize, at_end: bool) -> bool {
    if en < st || en - st < sub_len {
        return false;
    }
    if at_end {
        b.get(..en).is_some_and(|h| h.ends_with(sub))
    } else {
        b.get(st..).is_some_and(|h| h.starts_with(sub))
    }
}

fn str_tail(ci: CharIndex, sub: &str, start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let (st, en) = adjust_indices(start, end, ci.len);
    let sub_len = char_len(sub);
    if en < st || en - st < sub_len {
        return false;
    }
    let (bs, be) = ci.bytes2(st, en);
    match ci.s.as_bytes().get(bs..be) {
        Some(h) => tail_match(h, sub.as_bytes(), 0, h.len(), sub.len(), at_end),
        None => false,
    }
}

/// `str.startswith(prefix, start, end)` for one prefix (the VM loops over tuples).
pub fn str_startswith<'a>(
    s: impl Into<CharIndex<'a>>,
    prefix: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> bool {
    str_tail(s.into(), prefix, start, end, false)
}

/// `str.endswith(suffix, start, end)` for one suffix.
pub fn str_endswith<'a>(
    s: impl Into<CharIndex<'a>>,
    suffix: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> bool {
    str_tail(s.into(), suffix, start, end, true)
}

/// `bytes.startswith(prefix, start, end)` for one prefix.
pub fn bytes_startswith(b: &[u8], prefix: &[u8], start: Option<i64>, end: Option<i64>) -> bool {
    let (st, en) = adjust_indices(start, end, b.len());
    match b.get(..en.max(st).min(b.len())) {
        Some(h) => tail_match(h, prefix, st, en, prefix.len(), false),
        None => false,
    }
}

/// `bytes.endswith(suffix, start, end)` for one suffix.
pub fn bytes_endswith(b: &[u8], suffix: &[u8], start: Option<i64>, end: Option<i64>) -> bool {
    let (st, en) = adjust_indices(start, end, b.len());
    tail_match(b, suffix, st, en, suffix.len(), true)
}

/// `str.removeprefix(prefix)`.
pub fn str_removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `str.removesuffix(suffix)`.
pub fn str_removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}

/// `bytes.removeprefix(prefix)`.
pub fn bytes_removeprefix<'a>(b: &'a [u8], prefix: &[u8]) -> &'a [u8] {
    b.strip_prefix(prefix).unwrap_or(b)
}

/// `bytes.removesuffix(suffix)`.
pub fn bytes_removesuffix<'a>(b: &'a [u8], suffix: &[u8]) -> &'a [u8] {
    b.strip_suffix(suffix).unwrap_or(b)
}

/// The core of `replace()` on bytes; `step` is the length of the units an empty `old` is
/// inserted between (a code point for `str`, a byte for `bytes`).
fn replace_core(
    b: &[u8],
    old: &[u8],
    new: &[u8],
    count: i64,
    step: impl Fn(&[u8], usize) -> usize,
) -> Result<Option<Vec<u8>>> {
    let max = if count < 0 {
        usize::MAX
    } else {
        usize::try_from(count).unwrap_or(usize::MAX)
    };
    if max == 0 {
        return Ok(None);
    }
    if old.is_empty() {
        // `new` before every unit and at the end, `max` times at most.
        let mut out = Vec::new();
        let mut i = 0;
        let mut n = 0;
        let mut rest = b;
        while n < max {
            reserve(&mut out, new.len())?;
            out.extend_from_slice(new);
            n += 1;
            if i >= b.len() {
                rest = &[];
                break;
            }
            let l = step(b, i);
            out.extend_from_slice(b.get(i..i + l).unwrap_or(&[]));
            i += l;
            rest = b.get(i..).unwrap_or(&[]);
        }
        out.extend_from_slice(rest);
        return Ok(Some(out));
    }
    let found = count_bytes(b, old, max);
    if found == 0 {
        return Ok(None);
    }
    let total = (b.len() - found * old.len()).saturating_add(found.saturating_mul(new.len()));
    let mut out = Vec::new();
    reserve(&mut out, total)?;
    let mut pos = 0;
    for _ in 0..found {
        let Some(off) = b.get(pos..).and_then(|h| find_bytes(h, old)) else {
            break;
        };
        out.extend_from_slice(b.get(pos..pos + off).unwrap_or(&[]));
        out.extend_from_slice(new);
        pos += off + old.len();
    }
    out.extend_from_slice(b.get(pos..).unwrap_or(&[]));
    Ok(Some(out))
}

/// `str.replace(old, new, count)`: `count < 0` replaces all; an empty `old` inserts `new`
/// before every code point and at the end. Borrowed when nothing changes (CPython then returns
/// the same object).
pub fn str_replace<'a>(s: &'a str, old: &str, new: &str, count: i64) -> Result<Cow<'a, str>> {
    let step = |b: &[u8], i: usize| Chars::at(b, i).1;
    match replace_core(s.as_bytes(), old.as_bytes(), new.as_bytes(), count, step)? {
        None => Ok(Cow::Borrowed(s)),
        Some(v) => Ok(Cow::Owned(String::from_utf8(v).unwrap_or_default())),
    }
}

/// `bytes.replace(old, new, count)`.
pub fn bytes_replace<'a>(b: &'a [u8], old: &[u8], new: &[u8], count: i64) -> Result<Cow<'a, [u8]>> {
    match replace_core(b, old, new, count, |_, _| 1)? {
        None => Ok(Cow::Borrowed(b)),
        Some(v) => Ok(Cow::Owned(v)),
    }
}
