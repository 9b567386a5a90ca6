//! Python text as generalised UTF-8 ("WTF-8"): UTF-8 that may also hold lone surrogates.
//!
//! A Python `str` is a sequence of code points U+0000..U+10FFFF, surrogates included
//! (`'\ud800'`, or what `surrogateescape` decoding makes). Each code point is encoded on its own
//! with the UTF-8 scheme, so a surrogate is the 3-byte sequence `ED A0..BF 80..BF` and two
//! surrogates are never merged into one character (Python keeps `'\ud83d\ude00'` as two code
//! points). Text without surrogates is plain UTF-8. The encoding keeps code point order, so
//! bytewise comparison orders strings as Python does, and it is self-synchronising, so a
//! bytewise search finds only whole code points.

use std::borrow::Cow;

/// U+D800..U+DFFF.
pub fn is_surrogate(cp: u32) -> bool {
    (0xD800..0xE000).contains(&cp)
}

/// Appends code point `cp` (at most U+10FFFF; a surrogate gets its 3-byte form).
pub fn push(out: &mut Vec<u8>, cp: u32) {
    match char::from_u32(cp) {
        Some(c) => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
        None => out.extend_from_slice(&[
            0xE0 | (cp >> 12) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]),
    }
}

/// The code point starting at byte `i` and its length in bytes; `None` at the end.
pub fn decode_at(b: &[u8], i: usize) -> Option<(u32, usize)> {
    let first = *b.get(i)?;
    let (len, init) = match first {
        0x00..=0x7F => return Some((u32::from(first), 1)),
        0xC0..=0xDF => (2, u32::from(first & 0x1F)),
        0xE0..=0xEF => (3, u32::from(first & 0x0F)),
        _ => (4, u32::from(first & 0x07)),
    };
    let mut cp = init;
    for k in 1..len {
        cp = (cp << 6) | u32::from(b.get(i + k).copied().unwrap_or(0x80) & 0x3F);
    }
    Some((cp, len))
}

/// The code points of `b`, in order.
pub fn code_points(b: &[u8]) -> impl Iterator<Item = u32> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        let (cp, len) = decode_at(b, i)?;
        i += len;
        Some(cp)
    })
}

/// `b` with each surrogate replaced by U+FFFD, which has the same length (3 bytes), so byte
/// offsets and code point positions are the same in both.
pub fn lossy(b: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(b) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => Cow::Owned(
            code_points(b)
                .map(|cp| char::from_u32(cp).unwrap_or('\u{FFFD}'))
                .collect(),
        ),
    }
}

/// Whether `b` holds a surrogate (generalised UTF-8 that is not UTF-8).
pub fn has_surrogates(b: &[u8]) -> bool {
    std::str::from_utf8(b).is_err()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_lossy() {
        let mut b = Vec::new();
        for cp in [0x61, 0xD800, 0xE9, 0xDFFF, 0x1F600] {
            push(&mut b, cp);
        }
        assert_eq!(
            code_points(&b).collect::<Vec<_>>(),
            [0x61, 0xD800, 0xE9, 0xDFFF, 0x1F600]
        );
        assert!(has_surrogates(&b));
        let l = lossy(&b);
        assert_eq!(l.len(), b.len());
        assert_eq!(l, "a\u{FFFD}é\u{FFFD}😀");
        assert!(!has_surrogates("é".as_bytes()));
    }

    #[test]
    fn order_is_code_point_order() {
        let enc = |cp| {
            let mut b = Vec::new();
            push(&mut b, cp);
            b
        };
        assert!(enc(0xD7FF) < enc(0xD800));
        assert!(enc(0xDFFF) < enc(0xE000));
        assert!(enc(0xFFFF) < enc(0x10000));
    }
}
