//! Shared helpers: Python's slice-index rules and walking text by code point or by byte.

/// How the generic algorithms step through their input: by UTF-8 code point (`str`) or by
/// byte (`bytes`). Offsets are always byte offsets into the slice, on unit boundaries.
pub(crate) trait Unit {
    /// The unit starting at byte `i < b.len()`: its value and its length in bytes.
    fn at(b: &[u8], i: usize) -> (u32, usize);
    /// The unit ending at byte `i > 0`: its value and its length in bytes.
    fn before(b: &[u8], i: usize) -> (u32, usize);
    /// Is the unit whitespace for `split()` and `strip()` without an argument?
    fn is_space(u: u32) -> bool;
    /// The length of the line break starting at `i` (2 for `"\r\n"`), or 0.
    fn line_break_at(b: &[u8], i: usize) -> usize;
}

/// `str`: code points of valid UTF-8.
pub(crate) struct Chars;
/// `bytes`: single bytes.
pub(crate) struct Bytes;

/// Decodes the code point starting at `i` of valid UTF-8 (or a lone byte if it is not).
fn decode_at(b: &[u8], i: usize) -> (u32, usize) {
    let lead = b.get(i).copied().unwrap_or(0);
    let (len, init) = match lead {
        0..=0x7f => return (u32::from(lead), 1),
        0xc0..=0xdf => (2, u32::from(lead & 0x1f)),
        0xe0..=0xef => (3, u32::from(lead & 0x0f)),
        0xf0..=0xf7 => (4, u32::from(lead & 0x07)),
        _ => return (u32::from(lead), 1),
    };
    let mut cp = init;
    for k in 1..len {
        let cont = b.get(i + k).copied().unwrap_or(0x80);
        cp = (cp << 6) | u32::from(cont & 0x3f);
    }
    (cp, len)
}

impl Unit for Chars {
    #[inline]
    fn at(b: &[u8], i: usize) -> (u32, usize) {
        decode_at(b, i)
    }
    #[inline]
    fn before(b: &[u8], i: usize) -> (u32, usize) {
        let mut start = i - 1;
        while start > 0 && i - start < 4 && (b.get(start).copied().unwrap_or(0) & 0xc0) == 0x80 {
            start -= 1;
        }
        decode_at(b, start)
    }
    #[inline]
    fn is_space(u: u32) -> bool {
        if u < 128 {
            matches!(u, 0x09..=0x0d | 0x1c..=0x20)
        } else {
            char::from_u32(u).is_some_and(super::chars::is_space)
        }
    }
    fn line_break_at(b: &[u8], i: usize) -> usize {
        match b.get(i).copied().unwrap_or(0) {
            b'\r' => {
                if b.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                }
            }
            b'\n' | 0x0b | 0x0c | 0x1c..=0x1e => 1,
            0xc2 if b.get(i + 1) == Some(&0x85) => 2,
            0xe2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xa8 | 0xa9)) => 3,
            _ => 0,
        }
    }
}

impl Unit for Bytes {
    #[inline]
    fn at(b: &[u8], i: usize) -> (u32, usize) {
        (u32::from(b.get(i).copied().unwrap_or(0)), 1)
    }
    #[inline]
    fn before(b: &[u8], i: usize) -> (u32, usize) {
        (u32::from(b.get(i.wrapping_sub(1)).copied().unwrap_or(0)), 1)
    }
    #[inline]
    fn is_space(u: u32) -> bool {
        matches!(u, 0x09..=0x0d | 0x20)
    }
    fn line_break_at(b: &[u8], i: usize) -> usize {
        match b.get(i).copied().unwrap_or(0) {
            b'\r' => {
                if b.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                }
            }
            b'\n' => 1,
            _ => 0,
        }
    }
}

/// Python's index adjustment for `find()`-like methods on a sequence of `len` items: negative
/// indices count from the end, `end` is clipped to `len`, both are at least 0. `start` may
/// still exceed `len` (and `end`).
pub(crate) fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len_i = i64::try_from(len).unwrap_or(i64::MAX);
    let fix = |i: i64| -> i64 {
        if i < 0 {
            (i.saturating_add(len_i)).max(0)
        } else {
            i
        }
    };
    let end = fix(end.unwrap_or(len_i)).min(len_i);
    let start = fix(start.unwrap_or(0));
    (
        usize::try_from(start).unwrap_or(usize::MAX),
        usize::try_from(end).unwrap_or(0),
    )
}

/// A `str` with what index conversions need: whether it is ASCII and its length in code points.
/// A str with its length in code points: what the searching methods index by. Made from a
/// `&str` (counted here) or from `(text, code point length)` when the caller knows the
/// length (pyrs's str objects cache it), which saves a pass over the whole text per call.
pub struct CharIndex<'a> {
    pub s: &'a str,
    pub ascii: bool,
    pub len: usize,
}

impl<'a> From<&'a str> for CharIndex<'a> {
    fn from(s: &'a str) -> Self {
        CharIndex::new(s)
    }
}

impl<'a> From<(&'a str, usize)> for CharIndex<'a> {
    fn from((s, len): (&'a str, usize)) -> Self {
        CharIndex {
            s,
            ascii: len == s.len(),
            len,
        }
    }
}

impl<'a> CharIndex<'a> {
    pub fn new(s: &'a str) -> Self {
        let ascii = s.is_ascii();
        let len = if ascii { s.len() } else { s.chars().count() };
        CharIndex { s, ascii, len }
    }

    /// The byte offsets of the code point indices `a <= b`, in one walk.
    pub fn bytes2(&self, a: usize, b: usize) -> (usize, usize) {
        if self.ascii {
            return (a.min(self.s.len()), b.min(self.s.len()));
        }
        let mut it = self.s.char_indices();
        let ba = it.nth(a).map_or(self.s.len(), |(i, _)| i);
        if b <= a {
            return (ba, ba);
        }
        let bb = if ba == self.s.len() {
            ba
        } else {
            it.nth(b - a - 1).map_or(self.s.len(), |(i, _)| i)
        };
        (ba, bb)
    }

    /// The code point index of byte offset `b` (on a boundary).
    pub fn char_of(&self, b: usize) -> usize {
        if self.ascii {
            b
        } else {
            self.s.get(..b).map_or(0, |p| p.chars().count())
        }
    }
}

/// Number of code points in `s`.
pub(crate) fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Grows `out` to hold `n` more bytes, failing with `MemoryError` as CPython does for results it
/// cannot allocate (instead of aborting the process).
pub(crate) fn reserve<T>(out: &mut Vec<T>, n: usize) -> crate::Result<()> {
    out.try_reserve_exact(n)
        .map_err(|_| crate::Error::new(crate::ErrorKind::MemoryError, ""))
}

/// [`reserve`] for a `String`.
pub(crate) fn reserve_str(out: &mut String, n: usize) -> crate::Result<()> {
    out.try_reserve_exact(n)
        .map_err(|_| crate::Error::new(crate::ErrorKind::MemoryError, ""))
}
