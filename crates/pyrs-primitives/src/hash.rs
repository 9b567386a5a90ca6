//! CPython 3.11's hash values: numbers (`sys.hash_info`), tuples, frozensets, and a fast str/bytes hash.
//!
//! Numeric hashes reduce the exact value modulo the Mersenne prime `2**61 - 1`, so that
//! `hash(1) == hash(1.0) == hash(True)`; a result of `-1` (CPython's error marker) becomes `-2`.

use num_bigint::{BigInt, Sign};

/// `sys.hash_info.modulus`: the Mersenne prime `2**61 - 1`.
pub const MODULUS: u64 = (1 << 61) - 1;
/// Bits of the modulus' exponent (`2**BITS ≡ 1 (mod MODULUS)`).
const BITS: u32 = 61;
/// `sys.hash_info.inf`: `hash(float('inf'))`; `-INF` for negative infinity.
pub const INF: i64 = 314_159;
/// `sys.hash_info.imag`: the multiplier of the imaginary part's hash in a complex hash.
pub const IMAG: u64 = 1_000_003;

/// Reduce any `u128` modulo [`MODULUS`], using `2**61 ≡ 1`.
#[inline]
fn reduce128(x: u128) -> u64 {
    let m = MODULUS as u128;
    let folded = (x & m) + (x >> BITS); // < 2**61 + 2**67
    let folded = (folded & m) + (folded >> BITS); // < 2**61 + 64
    let r = folded as u64;
    if r >= MODULUS {
        r - MODULUS
    } else {
        r
    }
}

/// Apply the sign and CPython's "never -1" rule to a residue `0 <= r < MODULUS`.
#[inline]
fn signed(r: u64, negative: bool) -> i64 {
    let v = r as i64;
    let v = if negative { -v } else { v };
    if v == -1 {
        -2
    } else {
        v
    }
}

/// `hash(n)` for an `int` that fits in an `i64`.
#[inline]
pub fn hash_i64(n: i64) -> i64 {
    if n >= 0 {
        // Small ints hash to themselves (fast path for the common case).
        if (n as u64) < MODULUS {
            return n;
        }
        return reduce128(n as u128) as i64;
    }
    let a = n.unsigned_abs();
    let r = if a >= MODULUS {
        reduce128(a as u128)
    } else {
        a
    };
    signed(r, true)
}

/// `hash(n)` for an `int` that fits in a `u64`.
#[inline]
pub fn hash_u64(n: u64) -> i64 {
    reduce128(n as u128) as i64
}

/// `hash(n)` for any `int`.
pub fn hash_bigint(n: &BigInt) -> i64 {
    let (sign, digits) = n.to_u64_digits();
    // Horner over 64-bit digits, most significant first: acc = acc * 2**64 + d (mod P).
    let mut acc: u64 = 0;
    for d in digits.iter().rev() {
        acc = reduce128(((acc as u128) << 64) | *d as u128);
    }
    signed(acc, sign == Sign::Minus)
}

/// `hash(x)` for a `float`; `None` for NaN, which CPython 3.10+ hashes by object identity.
pub fn hash_f64(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { INF } else { -INF });
    }
    if x == 0.0 {
        return Some(0);
    }
    // x = mantissa * 2**exp exactly, with an integer mantissa of at most 53 bits.
    let bits = x.to_bits();
    let negative = bits >> 63 == 1;
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (mantissa, exp) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    // 2**exp ≡ 2**(exp mod 61) because 2**61 ≡ 1 (mod P).
    let shift = exp.rem_euclid(BITS as i32) as u32;
    let m = mantissa % MODULUS; // mantissa < 2**53 < P already; keeps the intent explicit
    let r = reduce128((m as u128) << shift);
    Some(signed(r, negative))
}

/// `hash(complex(re, im))`; `None` when either part is NaN (hashed by identity in CPython).
pub fn hash_complex(re: f64, im: f64) -> Option<i64> {
    let hr = hash_f64(re)? as u64;
    let hi = hash_f64(im)? as u64;
    let h = hr.wrapping_add(IMAG.wrapping_mul(hi)) as i64;
    Some(if h == -1 { -2 } else { h })
}

const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// Incremental tuple hash (CPython 3.8+'s xxHash-based combination): feed each item's hash
/// in order with [`TupleHasher::add`], then [`TupleHasher::finish`] with the tuple's length.
#[derive(Clone, Copy, Debug)]
pub struct TupleHasher {
    acc: u64,
}

impl Default for TupleHasher {
    fn default() -> Self {
        Self::new()
    }
}

impl TupleHasher {
    #[inline]
    pub fn new() -> Self {
        TupleHasher { acc: XXPRIME_5 }
    }

    /// Mix in the next item's hash (never -1: it is a valid Python hash).
    #[inline]
    pub fn add(&mut self, item_hash: i64) {
        let lane = item_hash as u64;
        let acc = self.acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        self.acc = acc.rotate_left(31).wrapping_mul(XXPRIME_1);
    }

    /// The tuple's hash, given its length (the number of items added).
    #[inline]
    pub fn finish(self, len: usize) -> i64 {
        let acc = self
            .acc
            .wrapping_add((len as u64) ^ (XXPRIME_5 ^ 3_527_539));
        if acc == u64::MAX {
            1_546_275_796
        } else {
            acc as i64
        }
    }
}

/// `hash(t)` for a tuple whose items hash to `items` (in order); `len` is the tuple's length.
pub fn tuple_hash(items: impl Iterator<Item = i64>, len: usize) -> i64 {
    let mut h = TupleHasher::new();
    for item in items {
        h.add(item);
    }
    h.finish(len)
}

#[inline]
fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
}

/// `hash(fs)` for a frozenset whose members hash to `items` (any order); `len` is its size.
pub fn frozenset_hash(items: impl Iterator<Item = i64>, len: usize) -> i64 {
    let mut h: u64 = 0;
    for item in items {
        h ^= shuffle_bits(item as u64);
    }
    h ^= (len as u64).wrapping_add(1).wrapping_mul(1_927_868_237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69_069).wrapping_add(907_133_923);
    if h == u64::MAX {
        590_923_713
    } else {
        h as i64
    }
}

const K0: u64 = 0x9E37_79B9_7F4A_7C15;
const K1: u64 = 0xC2B2_AE3D_27D4_EB4F;
const K2: u64 = 0x1656_67B1_9E37_79F9;

/// Multiply to 128 bits and fold the halves together: a strong, fast 64-bit mixer.
#[inline]
fn fold_mul(a: u64, b: u64) -> u64 {
    let p = (a as u128).wrapping_mul(b as u128);
    (p as u64) ^ ((p >> 64) as u64)
}

#[inline]
fn read_u64(b: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    w[..b.len()].copy_from_slice(b);
    u64::from_le_bytes(w)
}

/// Hash of a `bytes` value: deterministic within (and across) processes, never -1, `0` for
/// `b""` as in CPython. Equal to [`hash_str`] of the same bytes.
pub fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let mut h = K2 ^ (data.len() as u64).wrapping_mul(K0);
    let mut chunks = data.chunks_exact(16);
    for c in &mut chunks {
        let a = read_u64(&c[..8]);
        let b = read_u64(&c[8..]);
        h = fold_mul(a ^ K0 ^ h, b ^ K1);
    }
    let rest = chunks.remainder();
    if rest.len() > 8 {
        let a = read_u64(&rest[..8]);
        let b = read_u64(&rest[8..]);
        h = fold_mul(a ^ K0 ^ h, b ^ K1);
    } else if !rest.is_empty() {
        h = fold_mul(read_u64(rest) ^ K0 ^ h, K1);
    }
    let h = fold_mul(h ^ K2, K0) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Hash of a `str` value (CPython randomises these per process; pyrs uses a fixed key so a
/// run is reproducible). Never -1, `0` for `""`, and equal to [`hash_bytes`] of its UTF-8.
#[inline]
pub fn hash_str(s: &str) -> i64 {
    hash_bytes(s.as_bytes())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::panic)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    #[test]
    fn ints() {
        // (value, python3 hash(value))
        let cases: &[(&str, i64)] = &[
            ("0", 0),
            ("1", 1),
            ("-1", -2),
            ("-2", -2),
            ("2305843009213693951", 0),
            ("2305843009213693950", 2305843009213693950),
            ("2305843009213693952", 1),
            ("-2305843009213693952", -2),
            ("-2305843009213693953", -2),
            ("9223372036854775807", 3),
            ("-9223372036854775808", -4),
            ("18446744073709551616", 8),
            ("18446744073709551621", 13),
            ("-1267650600228229401496703205376", -549755813888),
            ("340282366920938463463374607431768211455", 63),
            ("-4611686018427387904", -2),
            ("4611686018427387904", 2),
            ("123456789012345678901234567890", 248789772095949448),
        ];
        for &(s, h) in cases {
            let b = big(s);
            assert_eq!(hash_bigint(&b), h, "bigint {s}");
            if let Ok(i) = s.parse::<i64>() {
                assert_eq!(hash_i64(i), h, "i64 {s}");
            }
            if let Ok(u) = s.parse::<u64>() {
                assert_eq!(hash_u64(u), h, "u64 {s}");
            }
        }
    }

    #[test]
    fn floats() {
        let cases: &[(f64, i64)] = &[
            (0.0, 0),
            (-0.0, 0),
            (1.0, 1),
            (-1.0, -2),
            (1.5, 1152921504606846977),
            (-1.5, -1152921504606846977),
            (1e300, 1224995262755759164),
            (2f64.powi(-70), 4503599627370496),
            (5e-324, 16777216),
            (0.1, 230584300921369408),
            (-0.1, -230584300921369408),
            (f64::MAX, 2234066890152476671),
            (1e16, 10000000000000000),
            (std::f64::consts::PI, 326490430436040707),
            (f64::INFINITY, 314159),
            (f64::NEG_INFINITY, -314159),
        ];
        for &(x, h) in cases {
            assert_eq!(hash_f64(x), Some(h), "{x}");
        }
        assert_eq!(hash_f64(f64::NAN), None);
    }

    #[test]
    fn complexes() {
        assert_eq!(hash_complex(1.5, 2.0), Some(1152921504608846983));
        assert_eq!(hash_complex(0.0, -1.0), Some(-2000006));
        assert_eq!(hash_complex(1.0, 0.0), Some(1));
        assert_eq!(hash_complex(0.0, 1.0), Some(1000003));
        assert_eq!(hash_complex(1e300, -2.5), Some(-2233769251066781770));
        assert_eq!(hash_complex(f64::NAN, 1.0), None);
        assert_eq!(hash_complex(1.0, f64::NAN), None);
    }

    #[test]
    fn tuples() {
        assert_eq!(tuple_hash([].into_iter(), 0), 5740354900026072187);
        assert_eq!(tuple_hash([1, 2].into_iter(), 2), -3550055125485641917);
        assert_eq!(tuple_hash([0].into_iter(), 1), -8753497827991233192);
        assert_eq!(tuple_hash([-2, -2].into_iter(), 2), 960947337673586213);
        let inner = tuple_hash([1, 2].into_iter(), 2);
        assert_eq!(
            tuple_hash([inner, 3, 0].into_iter(), 3),
            6064746702999348554
        );
        let mut h = TupleHasher::new();
        for i in 0..10 {
            h.add(hash_i64(i));
        }
        assert_eq!(h.finish(10), -2040549277248155741);
    }

    #[test]
    fn frozensets() {
        assert_eq!(frozenset_hash([].into_iter(), 0), 133146708735736);
        assert_eq!(
            frozenset_hash([1, 2, 3].into_iter(), 3),
            -272375401224217160
        );
        assert_eq!(
            frozenset_hash([3, 1, 2].into_iter(), 3),
            -272375401224217160
        );
        assert_eq!(frozenset_hash([0].into_iter(), 1), -2704248722033767810);
        assert_eq!(
            frozenset_hash((0..100).map(hash_i64), 100),
            4411996150312757951
        );
    }

    #[test]
    fn strings() {
        assert_eq!(hash_str(""), 0);
        assert_eq!(hash_bytes(b""), 0);
        let words = [
            "a",
            "abc",
            "hello world",
            "0123456789abcdef",
            "0123456789abcdefg",
        ];
        for w in words {
            assert_eq!(hash_str(w), hash_bytes(w.as_bytes()));
            assert_ne!(hash_str(w), -1);
            assert_eq!(hash_str(w), hash_str(&String::from(w)));
        }
        // Distinct inputs, distinct hashes (and differing low bits, which tables use first).
        let mut seen = std::collections::HashSet::new();
        let mut low = std::collections::HashSet::new();
        for i in 0..2000 {
            let s = format!("name{i}");
            assert!(seen.insert(hash_str(&s)));
            low.insert(hash_str(&s) & 0x3ff);
        }
        assert!(low.len() > 700, "{}", low.len());
        assert_ne!(hash_str("a"), hash_str("a\0"));
    }
}
