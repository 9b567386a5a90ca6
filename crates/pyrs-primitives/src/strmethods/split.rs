//! `split()`, `rsplit()`, `splitlines()`, `strip()` and friends, `partition()` and
//! `rpartition()` for `str` and `bytes`. The results borrow from the input.

use super::search::{find_bytes, rfind_bytes};
use super::units::{Bytes, Chars, Unit};
use crate::{Error, ErrorKind, Result};

fn empty_separator() -> Error {
    Error::new(ErrorKind::ValueError, "empty separator")
}

fn max_splits(maxsplit: i64) -> usize {
    if maxsplit < 0 {
        usize::MAX
    } else {
        usize::try_from(maxsplit).unwrap_or(usize::MAX)
    }
}

/// Splits on runs of whitespace; the pieces are byte ranges.
fn split_ws<U: Unit>(b: &[u8], maxsplit: i64) -> Vec<(usize, usize)> {
    let mut max = max_splits(maxsplit);
    let mut out = Vec::new();
    let n = b.len();
    let mut i = 0;
    loop {
        while i < n {
            let (u, l) = U::at(b, i);
            if !U::is_space(u) {
                break;
            }
            i += l;
        }
        if i >= n {
            break;
        }
        if max == 0 {
            // The rest, with its trailing whitespace, is the last piece.
            out.push((i, n));
            break;
        }
        let start = i;
        while i < n {
            let (u, l) = U::at(b, i);
            if U::is_space(u) {
                break;
            }
            i += l;
        }
        out.push((start, i));
        max -= 1;
    }
    out
}

/// Splits on runs of whitespace from the right.
fn rsplit_ws<U: Unit>(b: &[u8], maxsplit: i64) -> Vec<(usize, usize)> {
    let mut max = max_splits(maxsplit);
    let mut out = Vec::new();
    let mut i = b.len();
    loop {
        while i > 0 {
            let (u, l) = U::before(b, i);
            if !U::is_space(u) {
                break;
            }
            i -= l;
        }
        if i == 0 {
            break;
        }
        if max == 0 {
            out.push((0, i));
            break;
        }
        let end = i;
        while i > 0 {
            let (u, l) = U::before(b, i);
            if U::is_space(u) {
                break;
            }
            i -= l;
        }
        out.push((i, end));
        max -= 1;
    }
    out.reverse();
    out
}

fn split_sep(b: &[u8], sep: &[u8], maxsplit: i64) -> Vec<(usize, usize)> {
    let mut max = max_splits(maxsplit);
    let mut out = Vec::new();
    let mut pos = 0;
    while max > 0 {
        match b.get(pos..).and_then(|h| find_bytes(h, sep)) {
            Some(off) => {
                out.push((pos, pos + off));
                pos += off + sep.len();
                max -= 1;
            }
            None => break,
        }
    }
    out.push((pos, b.len()));
    out
}

fn rsplit_sep(b: &[u8], sep: &[u8], maxsplit: i64) -> Vec<(usize, usize)> {
    let mut max = max_splits(maxsplit);
    let mut out = Vec::new();
    let mut end = b.len();
    while max > 0 {
        match b.get(..end).and_then(|h| rfind_bytes(h, sep)) {
            Some(i) => {
                out.push((i + sep.len(), end));
                end = i;
                max -= 1;
            }
            None => break,
        }
    }
    out.push((0, end));
    out.reverse();
    out
}

fn str_pieces(s: &str, ranges: Vec<(usize, usize)>) -> Vec<&str> {
    ranges
        .into_iter()
        .map(|(a, b)| s.get(a..b).unwrap_or(""))
        .collect()
}

fn bytes_pieces(s: &[u8], ranges: Vec<(usize, usize)>) -> Vec<&[u8]> {
    ranges
        .into_iter()
        .map(|(a, b)| s.get(a..b).unwrap_or(&[]))
        .collect()
}

/// `str.split(sep, maxsplit)`: on runs of whitespace when `sep` is `None`; `maxsplit < 0`
/// means no limit.
pub fn str_split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>> {
    let ranges = match sep {
        None => split_ws::<Chars>(s.as_bytes(), maxsplit),
        Some("") => return Err(empty_separator()),
        Some(sep) => split_sep(s.as_bytes(), sep.as_bytes(), maxsplit),
    };
    Ok(str_pieces(s, ranges))
}

/// `str.rsplit(sep, maxsplit)`.
pub fn str_rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>> {
    let ranges = match sep {
        None => rsplit_ws::<Chars>(s.as_bytes(), maxsplit),
        Some("") => return Err(empty_separator()),
        Some(sep) => rsplit_sep(s.as_bytes(), sep.as_bytes(), maxsplit),
    };
    Ok(str_pieces(s, ranges))
}

/// `bytes.split(sep, maxsplit)`: on runs of ASCII whitespace when `sep` is `None`.
pub fn bytes_split<'a>(b: &'a [u8], sep: Option<&[u8]>, maxsplit: i64) -> Result<Vec<&'a [u8]>> {
    let ranges = match sep {
        None => split_ws::<Bytes>(b, maxsplit),
        Some([]) => return Err(empty_separator()),
        Some(sep) => split_sep(b, sep, maxsplit),
    };
    Ok(bytes_pieces(b, ranges))
}

/// `bytes.rsplit(sep, maxsplit)`.
pub fn bytes_rsplit<'a>(b: &'a [u8], sep: Option<&[u8]>, maxsplit: i64) -> Result<Vec<&'a [u8]>> {
    let ranges = match sep {
        None => rsplit_ws::<Bytes>(b, maxsplit),
        Some([]) => return Err(empty_separator()),
        Some(sep) => rsplit_sep(b, sep, maxsplit),
    };
    Ok(bytes_pieces(b, ranges))
}

fn splitlines_core<U: Unit>(b: &[u8], keepends: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let br = U::line_break_at(b, i);
        if br > 0 {
            out.push((start, if keepends { i + br } else { i }));
            i += br;
            start = i;
        } else {
            i += U::at(b, i).1;
        }
    }
    if start < b.len() {
        out.push((start, b.len()));
    }
    out
}

/// `str.splitlines(keepends)`: breaks at `\n`, `\r`, `\r\n`, `\v`, `\f`, `\x1c`, `\x1d`,
/// `\x1e`, `\x85`, `\u2028` and `\u2029`.
pub fn str_splitlines(s: &str, keepends: bool) -> Vec<&str> {
    str_pieces(s, splitlines_core::<Chars>(s.as_bytes(), keepends))
}

/// `bytes.splitlines(keepends)`: breaks at `\n`, `\r` and `\r\n` only.
pub fn bytes_splitlines(b: &[u8], keepends: bool) -> Vec<&[u8]> {
    bytes_pieces(b, splitlines_core::<Bytes>(b, keepends))
}

/// The byte range left after stripping units for which `strip` holds from the chosen sides.
fn strip_core<U: Unit>(
    b: &[u8],
    left: bool,
    right: bool,
    strip: impl Fn(u32) -> bool,
) -> (usize, usize) {
    let mut i = 0;
    let mut j = b.len();
    if left {
        while i < j {
            let (u, l) = U::at(b, i);
            if !strip(u) {
                break;
            }
            i += l;
        }
    }
    if right {
        while j > i {
            let (u, l) = U::before(b, j);
            if !strip(u) {
                break;
            }
            j -= l;
        }
    }
    (i, j)
}

fn str_strip_sides<'a>(s: &'a str, chars: Option<&str>, left: bool, right: bool) -> &'a str {
    let (i, j) = match chars {
        None => strip_core::<Chars>(s.as_bytes(), left, right, Chars::is_space),
        Some(set) if set.is_ascii() => {
            let set = set.as_bytes();
            strip_core::<Chars>(s.as_bytes(), left, right, |u| {
                u < 128 && set.contains(&(u as u8))
            })
        }
        Some(set) => strip_core::<Chars>(s.as_bytes(), left, right, |u| {
            set.chars().any(|c| c as u32 == u)
        }),
    };
    s.get(i..j).unwrap_or("")
}

fn bytes_strip_sides<'a>(b: &'a [u8], chars: Option<&[u8]>, left: bool, right: bool) -> &'a [u8] {
    let (i, j) = match chars {
        None => strip_core::<Bytes>(b, left, right, Bytes::is_space),
        Some(set) => strip_core::<Bytes>(b, left, right, |u| set.contains(&(u as u8))),
    };
    b.get(i..j).unwrap_or(&[])
}

/// `str.strip(chars)`: whitespace when `chars` is `None`.
pub fn str_strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    str_strip_sides(s, chars, true, true)
}

/// `str.lstrip(chars)`.
pub fn str_lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    str_strip_sides(s, chars, true, false)
}

/// `str.rstrip(chars)`.
pub fn str_rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    str_strip_sides(s, chars, false, true)
}

/// `bytes.strip(chars)`: ASCII whitespace when `chars` is `None`.
pub fn bytes_strip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    bytes_strip_sides(b, chars, true, true)
}

/// `bytes.lstrip(chars)`.
pub fn bytes_lstrip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    bytes_strip_sides(b, chars, true, false)
}

/// `bytes.rstrip(chars)`.
pub fn bytes_rstrip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    bytes_strip_sides(b, chars, false, true)
}

/// `str.partition(sep)`: `(s, "", "")` when `sep` is absent.
pub fn str_partition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str)> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.find(sep) {
        Some(i) => (
            s.get(..i).unwrap_or(""),
            s.get(i..i + sep.len()).unwrap_or(""),
            s.get(i + sep.len()..).unwrap_or(""),
        ),
        None => (s, "", ""),
    })
}

/// `str.rpartition(sep)`: `("", "", s)` when `sep` is absent.
pub fn str_rpartition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str)> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.rfind(sep) {
        Some(i) => (
            s.get(..i).unwrap_or(""),
            s.get(i..i + sep.len()).unwrap_or(""),
            s.get(i + sep.len()..).unwrap_or(""),
        ),
        None => ("", "", s),
    })
}

/// `bytes.partition(sep)`.
pub fn bytes_partition<'a>(b: &'a [u8], sep: &[u8]) -> Result<(&'a [u8], &'a [u8], &'a [u8])> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match find_bytes(b, sep) {
        Some(i) => (
            b.get(..i).unwrap_or(&[]),
            b.get(i..i + sep.len()).unwrap_or(&[]),
            b.get(i + sep.len()..).unwrap_or(&[]),
        ),
        None => (b, &[], &[]),
    })
}

/// `bytes.rpartition(sep)`.
pub fn bytes_rpartition<'a>(b: &'a [u8], sep: &[u8]) -> Result<(&'a [u8], &'a [u8], &'a [u8])> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match rfind_bytes(b, sep) {
        Some(i) => (
            b.get(..i).unwrap_or(&[]),
            b.get(i..i + sep.len()).unwrap_or(&[]),
            b.get(i + sep.len()..).unwrap_or(&[]),
        ),
        None => (&[], &[], b),
    })
}
