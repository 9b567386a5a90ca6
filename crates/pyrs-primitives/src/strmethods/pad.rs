//! `center()`, `ljust()`, `rjust()`, `zfill()` and `expandtabs()` for `str` and `bytes`.
//!
//! Widths count code points for `str`. The results borrow the input when CPython returns the
//! same object (the width is not larger than the length).

use super::units::{char_len, reserve, reserve_str, Bytes, Chars, Unit};
use crate::Result;
use std::borrow::Cow;

/// How much fill goes left and right of a text of `len` units padded to `width`, or `None`
/// when no padding is needed. `center` splits as CPython does (the odd unit goes left only
/// when both the margin and the width are odd).
fn margins(len: usize, width: i64, how: Align) -> Option<(usize, usize)> {
    let width = usize::try_from(width).ok()?;
    if width <= len {
        return None;
    }
    let marg = width - len;
    Some(match how {
        Align::Left => (0, marg),
        Align::Right => (marg, 0),
        Align::Center => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
    })
}

#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
    Center,
}

fn str_pad(s: &str, width: i64, fill: char, how: Align) -> Result<Cow<'_, str>> {
    let Some((left, right)) = margins(char_len(s), width, how) else {
        return Ok(Cow::Borrowed(s));
    };
    let mut out = String::new();
    let fill_len = fill.len_utf8();
    reserve_str(
        &mut out,
        (left.saturating_add(right))
            .saturating_mul(fill_len)
            .saturating_add(s.len()),
    )?;
    for _ in 0..left {
        out.push(fill);
    }
    out.push_str(s);
    for _ in 0..right {
        out.push(fill);
    }
    Ok(Cow::Owned(out))
}

fn bytes_pad(b: &[u8], width: i64, fill: u8, how: Align) -> Result<Cow<'_, [u8]>> {
    let Some((left, right)) = margins(b.len(), width, how) else {
        return Ok(Cow::Borrowed(b));
    };
    let mut out = Vec::new();
    reserve(&mut out, left.saturating_add(right).saturating_add(b.len()))?;
    out.resize(left, fill);
    out.extend_from_slice(b);
    out.resize(out.len() + right, fill);
    Ok(Cow::Owned(out))
}

/// `str.center(width, fillchar)`.
pub fn str_center(s: &str, width: i64, fillchar: char) -> Result<Cow<'_, str>> {
    str_pad(s, width, fillchar, Align::Center)
}

/// `str.ljust(width, fillchar)`.
pub fn str_ljust(s: &str, width: i64, fillchar: char) -> Result<Cow<'_, str>> {
    str_pad(s, width, fillchar, Align::Left)
}

/// `str.rjust(width, fillchar)`.
pub fn str_rjust(s: &str, width: i64, fillchar: char) -> Result<Cow<'_, str>> {
    str_pad(s, width, fillchar, Align::Right)
}

/// `bytes.center(width, fillchar)`.
pub fn bytes_center(b: &[u8], width: i64, fillchar: u8) -> Result<Cow<'_, [u8]>> {
    bytes_pad(b, width, fillchar, Align::Center)
}

/// `bytes.ljust(width, fillchar)`.
pub fn bytes_ljust(b: &[u8], width: i64, fillchar: u8) -> Result<Cow<'_, [u8]>> {
    bytes_pad(b, width, fillchar, Align::Left)
}

/// `bytes.rjust(width, fillchar)`.
pub fn bytes_rjust(b: &[u8], width: i64, fillchar: u8) -> Result<Cow<'_, [u8]>> {
    bytes_pad(b, width, fillchar, Align::Right)
}

/// The core of `zfill()`: pads with `'0'` on the left, then moves a leading sign to the front.
fn zfill_core(b: &[u8], len: usize, width: i64) -> Result<Option<Vec<u8>>> {
    let Some((left, _)) = margins(len, width, Align::Right) else {
        return Ok(None);
    };
    let mut out = Vec::new();
    reserve(&mut out, left.saturating_add(b.len()))?;
    out.resize(left, b'0');
    out.extend_from_slice(b);
    if let Some(&sign @ (b'+' | b'-')) = b.first() {
        if let Some(first) = out.first_mut() {
            *first = sign;
        }
        if let Some(at) = out.get_mut(left) {
            *at = b'0';
        }
    }
    Ok(Some(out))
}

/// `str.zfill(width)`: `'-42'.zfill(5)` is `'-0042'`.
pub fn str_zfill(s: &str, width: i64) -> Result<Cow<'_, str>> {
    Ok(match zfill_core(s.as_bytes(), char_len(s), width)? {
        None => Cow::Borrowed(s),
        Some(v) => Cow::Owned(String::from_utf8(v).unwrap_or_default()),
    })
}

/// `bytes.zfill(width)`.
pub fn bytes_zfill(b: &[u8], width: i64) -> Result<Cow<'_, [u8]>> {
    Ok(match zfill_core(b, b.len(), width)? {
        None => Cow::Borrowed(b),
        Some(v) => Cow::Owned(v),
    })
}

/// The core of `expandtabs()`: each tab becomes spaces up to the next multiple of `tabsize`
/// columns (none when `tabsize <= 0`); `\n` and `\r` reset the column.
fn expandtabs_core<U: Unit>(b: &[u8], tabsize: i64) -> Result<Vec<u8>> {
    let tab = usize::try_from(tabsize).unwrap_or(0);
    // First the length, so that a huge result fails with MemoryError before any work.
    let mut total = 0usize;
    let mut col = 0usize;
    let mut i = 0;
    while i < b.len() {
        let (u, l) = U::at(b, i);
        match u {
            0x09 => {
                if tab > 0 {
                    let n = tab - col % tab;
                    total = total.saturating_add(n);
                    col = col.saturating_add(n);
                }
            }
            0x0a | 0x0d => {
                total = total.saturating_add(1);
                col = 0;
            }
            _ => {
                total = total.saturating_add(l);
                col = col.saturating_add(1);
            }
        }
        i += l;
    }
    let mut out = Vec::new();
    reserve(&mut out, total)?;
    col = 0;
    i = 0;
    while i < b.len() {
        let (u, l) = U::at(b, i);
        match u {
            0x09 => {
                if tab > 0 {
                    let n = tab - col % tab;
                    out.resize(out.len() + n, b' ');
                    col += n;
                }
            }
            0x0a | 0x0d => {
                out.extend_from_slice(b.get(i..i + 1).unwrap_or(&[]));
                col = 0;
            }
            _ => {
                out.extend_from_slice(b.get(i..i + l).unwrap_or(&[]));
                col += 1;
            }
        }
        i += l;
    }
    Ok(out)
}

/// `str.expandtabs(tabsize)`; columns count code points.
pub fn str_expandtabs(s: &str, tabsize: i64) -> Result<String> {
    let v = expandtabs_core::<Chars>(s.as_bytes(), tabsize)?;
    Ok(String::from_utf8(v).unwrap_or_default())
}

/// `bytes.expandtabs(tabsize)`.
pub fn bytes_expandtabs(b: &[u8], tabsize: i64) -> Result<Vec<u8>> {
    expandtabs_core::<Bytes>(b, tabsize)
}
