//! Python's `int`: an i64-or-BigInt integer with CPython's arithmetic, conversions and text forms.

use std::cmp::Ordering;
use std::fmt;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

use crate::{Error, ErrorKind, Result};

mod text;

pub use text::{format_prefixed, parse, to_str_radix};
pub(crate) use text::{is_py_space, py_repr, unicode_decimal_value};

/// The largest integer (in bits) this crate agrees to build; beyond it operations fail with
/// MemoryError as CPython does when its allocation fails (Rust would abort instead).
pub const MAX_INT_BITS: u64 = 1 << 33;

/// A Python int. Invariant: `Big` holds only values that do not fit an i64.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Int {
    Small(i64),
    Big(BigInt),
}

/// The result of `int ** int`: a negative exponent gives a float.
#[derive(Clone, Debug, PartialEq)]
pub enum IntOrFloat {
    Int(Int),
    Float(f64),
}

impl Int {
    /// Wraps a BigInt, using `Small` whenever the value fits an i64.
    pub fn from_big(b: BigInt) -> Int {
        match b.to_i64() {
            Some(v) => Int::Small(v),
            None => Int::Big(b),
        }
    }

    pub fn to_big(&self) -> BigInt {
        match self {
            Int::Small(v) => BigInt::from(*v),
            Int::Big(b) => b.clone(),
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        match self {
            Int::Small(v) => Some(*v),
            Int::Big(_) => None,
        }
    }

    pub fn zero() -> Int {
        Int::Small(0)
    }
}

impl From<i64> for Int {
    fn from(v: i64) -> Int {
        Int::Small(v)
    }
}

impl From<BigInt> for Int {
    fn from(b: BigInt) -> Int {
        Int::from_big(b)
    }
}

impl PartialOrd for Int {
    fn partial_cmp(&self, other: &Int) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Int {
    fn cmp(&self, other: &Int) -> Ordering {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a.cmp(b),
            // A Big value lies outside the i64 range, so its sign decides.
            (Int::Small(_), Int::Big(b)) => {
                if b.is_negative() {
                    Ordering::Greater
                } else {
                    Ordering::Less
                }
            }
            (Int::Big(a), Int::Small(_)) => {
                if a.is_negative() {
                    Ordering::Less
                } else {
                    Ordering::Greater
                }
            }
            (Int::Big(a), Int::Big(b)) => a.cmp(b),
        }
    }
}

impl fmt::Display for Int {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Int::Small(v) => write!(f, "{v}"),
            Int::Big(b) => write!(f, "{b}"),
        }
    }
}

fn zero_div() -> Error {
    Error::new(
        ErrorKind::ZeroDivisionError,
        "integer division or modulo by zero",
    )
}

fn memory_error() -> Error {
    Error::new(ErrorKind::MemoryError, "")
}

pub fn is_zero(a: &Int) -> bool {
    matches!(a, Int::Small(0))
}

/// -1, 0 or 1.
pub fn sign(a: &Int) -> i32 {
    match a {
        Int::Small(v) => v.signum() as i32,
        Int::Big(b) => {
            if b.is_negative() {
                -1
            } else {
                1
            }
        }
    }
}

fn is_negative(a: &Int) -> bool {
    sign(a) < 0
}

pub fn add(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(r) = x.checked_add(*y) {
            return Int::Small(r);
        }
    }
    Int::from_big(a.to_big() + b.to_big())
}

pub fn sub(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(r) = x.checked_sub(*y) {
            return Int::Small(r);
        }
    }
    Int::from_big(a.to_big() - b.to_big())
}

pub fn mul(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(r) = x.checked_mul(*y) {
            return Int::Small(r);
        }
    }
    Int::from_big(a.to_big() * b.to_big())
}

/// `a // b`, rounding toward negative infinity.
pub fn floordiv(a: &Int, b: &Int) -> Result<Int> {
    if is_zero(b) {
        return Err(zero_div());
    }
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if !(*x == i64::MIN && *y == -1) {
            return Ok(Int::Small(x.div_floor(y)));
        }
    }
    Ok(Int::from_big(a.to_big().div_floor(&b.to_big())))
}

/// `a % b`: the result has the sign of `b`.
pub fn modulo(a: &Int, b: &Int) -> Result<Int> {
    if is_zero(b) {
        return Err(Error::new(
            ErrorKind::ZeroDivisionError,
            "integer modulo by zero",
        ));
    }
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if *y == -1 {
            return Ok(Int::Small(0));
        }
        return Ok(Int::Small(x.mod_floor(y)));
    }
    Ok(Int::from_big(a.to_big().mod_floor(&b.to_big())))
}

pub fn divmod(a: &Int, b: &Int) -> Result<(Int, Int)> {
    if is_zero(b) {
        return Err(zero_div());
    }
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if !(*x == i64::MIN && *y == -1) {
            let (q, r) = x.div_mod_floor(y);
            return Ok((Int::Small(q), Int::Small(r)));
        }
    }
    let (q, r) = a.to_big().div_mod_floor(&b.to_big());
    Ok((Int::from_big(q), Int::from_big(r)))
}

pub fn neg(a: &Int) -> Int {
    match a {
        Int::Small(v) => match v.checked_neg() {
            Some(r) => Int::Small(r),
            None => Int::from_big(-BigInt::from(*v)),
        },
        Int::Big(b) => Int::from_big(-b),
    }
}

pub fn pos(a: &Int) -> Int {
    a.clone()
}

pub fn abs(a: &Int) -> Int {
    if is_negative(a) {
        neg(a)
    } else {
        a.clone()
    }
}

/// `~a`, which is `-(a + 1)`.
pub fn invert(a: &Int) -> Int {
    match a {
        Int::Small(v) => Int::Small(!*v),
        Int::Big(b) => Int::from_big(-(b + 1i32)),
    }
}

pub fn and(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::Small(x & y),
        _ => Int::from_big(a.to_big() & b.to_big()),
    }
}

pub fn or(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::Small(x | y),
        _ => Int::from_big(a.to_big() | b.to_big()),
    }
}

pub fn xor(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::Small(x ^ y),
        _ => Int::from_big(a.to_big() ^ b.to_big()),
    }
}

fn negative_shift() -> Error {
    Error::new(ErrorKind::ValueError, "negative shift count")
}

/// `a << b`.
pub fn lshift(a: &Int, b: &Int) -> Result<Int> {
    if is_negative(b) {
        return Err(negative_shift());
    }
    if is_zero(a) {
        return Ok(Int::Small(0));
    }
    let abits = bit_length(a);
    let shift = match b {
        Int::Small(v) => *v as u64,
        Int::Big(_) => u64::MAX,
    };
    // CPython counts 30-bit digits and fails with OverflowError when the count exceeds what
    // an object size can express; below that the allocation itself fails (MemoryError).
    const MAX_LONG_DIGITS: u128 = ((i64::MAX as u128) - 24) / 4;
    let new_digits = match b {
        Int::Small(v) => {
            let v = *v as u128;
            u128::from(abits).div_ceil(30) + v.div_ceil(30)
        }
        Int::Big(big) => big.to_u128().map_or(u128::MAX, |v| v / 30),
    };
    if new_digits > MAX_LONG_DIGITS {
        return Err(Error::new(
            ErrorKind::OverflowError,
            "too many digits in integer",
        ));
    }
    if shift > MAX_INT_BITS || abits + shift > MAX_INT_BITS {
        return Err(memory_error());
    }
    if let Int::Small(x) = a {
        if shift < 64 {
            let r = i128::from(*x) << shift;
            if let Ok(r) = i64::try_from(r) {
                return Ok(Int::Small(r));
            }
        }
    }
    Ok(Int::from_big(a.to_big() << (shift as usize)))
}

/// `a >> b`, rounding toward negative infinity.
pub fn rshift(a: &Int, b: &Int) -> Result<Int> {
    if is_negative(b) {
        return Err(negative_shift());
    }
    let fill = if is_negative(a) { -1 } else { 0 };
    let shift = match b {
        Int::Small(v) if (*v as u64) < bit_length(a) => *v as u64,
        _ => return Ok(Int::Small(fill)),
    };
    match a {
        Int::Small(x) => Ok(Int::Small(x >> shift)),
        Int::Big(big) => Ok(Int::from_big(big >> (shift as usize))),
    }
}

/// `a ** b`; a negative exponent gives a float result as in Python.
pub fn pow(a: &Int, b: &Int) -> Result<IntOrFloat> {
    if is_negative(b) {
        let base = to_f64(a)?;
        let exp = to_f64(b)?;
        return match crate::float::pow(base, exp)? {
            crate::float::FloatPow::Float(f) => Ok(IntOrFloat::Float(f)),
            // An integral exponent never needs a complex result.
            crate::float::FloatPow::NeedsComplex => Ok(IntOrFloat::Float(f64::NAN)),
        };
    }
    Ok(IntOrFloat::Int(pow_nonneg(a, b)?))
}

fn pow_nonneg(a: &Int, b: &Int) -> Result<Int> {
    if is_zero(b) {
        return Ok(Int::Small(1));
    }
    match a {
        Int::Small(0) | Int::Small(1) => return Ok(a.clone()),
        Int::Small(-1) => {
            let odd = match b {
                Int::Small(v) => v & 1 == 1,
                Int::Big(big) => big.is_odd(),
            };
            return Ok(Int::Small(if odd { -1 } else { 1 }));
        }
        _ => {}
    }
    let exp = match b {
        Int::Small(v) if (*v as u64) <= MAX_INT_BITS => *v as u64,
        _ => return Err(memory_error()),
    };
    if let Int::Small(x) = a {
        if let Ok(e) = u32::try_from(exp) {
            if let Some(r) = x.checked_pow(e) {
                return Ok(Int::Small(r));
            }
        }
    }
    let bits = bit_length(a);
    if (bits - 1).saturating_mul(exp) > MAX_INT_BITS {
        return Err(memory_error());
    }
    Ok(Int::from_big(Pow::pow(&a.to_big(), exp)))
}

/// Three-argument `pow(a, b, m)`.
pub fn pow3(a: &Int, b: &Int, m: &Int) -> Result<Int> {
    if is_zero(m) {
        return Err(Error::new(
            ErrorKind::ValueError,
            "pow() 3rd argument cannot be 0",
        ));
    }
    let modulus = m.to_big();
    let abs_mod = modulus.abs();
    let mut base = a.to_big().mod_floor(&abs_mod);
    let mut exp = b.to_big();
    if exp.is_negative() {
        let egcd = base.extended_gcd(&abs_mod);
        if !egcd.gcd.is_one() {
            return Err(Error::new(
                ErrorKind::ValueError,
                "base is not invertible for the given modulus",
            ));
        }
        base = egcd.x.mod_floor(&abs_mod);
        exp = -exp;
    }
    let mut r = base.modpow(&exp, &abs_mod);
    if modulus.is_negative() && !r.is_zero() {
        r += &modulus;
    }
    Ok(Int::from_big(r))
}

/// The magnitude of `a` as an unsigned big integer.
fn magnitude(a: &Int) -> BigUint {
    match a {
        Int::Small(v) => BigUint::from(v.unsigned_abs()),
        Int::Big(b) => b.magnitude().clone(),
    }
}

fn pow2_f64(k: i64) -> f64 {
    // Only called with -1074 <= k <= 1023.
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    }
}

/// The double nearest to `n / d` (ties to even), or None when it overflows. `d` must be
/// non-zero.
pub(crate) fn ratio_to_f64(n: &BigUint, d: &BigUint) -> Option<f64> {
    if n.is_zero() {
        return Some(0.0);
    }
    let e = n.bits() as i64 - d.bits() as i64;
    // Scale so the quotient has 55 or 56 bits: enough for a rounding bit below 53.
    let s = 55 - e;
    let (q, r) = if s >= 0 {
        (n << (s as usize)).div_rem(d)
    } else {
        n.div_rem(&(d << ((-s) as usize)))
    };
    let qbits = q.bits() as i64;
    // Position of the lowest kept bit: 53 significant bits, fewer for subnormals.
    let p = std::cmp::max(qbits - 53, -1074 + s);
    let p = p as u64;
    let mut m = (&q >> p).to_u64()?;
    let low = q.clone() & ((BigUint::one() << p) - 1u32);
    let half = BigUint::one() << (p - 1);
    let sticky = !r.is_zero();
    match low.cmp(&half) {
        Ordering::Greater => m += 1,
        Ordering::Equal if sticky || m & 1 == 1 => m += 1,
        _ => {}
    }
    let k = p as i64 - s;
    if m == 0 {
        return Some(0.0);
    }
    let top = 63 - i64::from(m.leading_zeros()) + k;
    if top > 1023 {
        return None;
    }
    Some(m as f64 * pow2_f64(k))
}

/// `float(a)`.
pub fn to_f64(a: &Int) -> Result<f64> {
    match a {
        Int::Small(v) => Ok(*v as f64),
        Int::Big(b) => {
            let m = ratio_to_f64(b.magnitude(), &BigUint::one()).ok_or_else(|| {
                Error::new(
                    ErrorKind::OverflowError,
                    "int too large to convert to float",
                )
            })?;
            Ok(if b.is_negative() { -m } else { m })
        }
    }
}

/// `int(x)` for a float: truncates toward zero.
pub fn from_f64(x: f64) -> Result<Int> {
    if x.is_nan() {
        return Err(Error::new(
            ErrorKind::ValueError,
            "cannot convert float NaN to integer",
        ));
    }
    if x.is_infinite() {
        return Err(Error::new(
            ErrorKind::OverflowError,
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    if t.abs() < 9.223_372_036_854_776e18 {
        return Ok(Int::Small(t as i64));
    }
    let bits = t.to_bits();
    let mantissa = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let exp = ((bits >> 52) & 0x7ff) as usize - 1075;
    let mag = BigInt::from(mantissa) << exp;
    Ok(Int::from_big(if t < 0.0 { -mag } else { mag }))
}

/// `a / b` for ints, correctly rounded.
pub fn true_div(a: &Int, b: &Int) -> Result<f64> {
    if is_zero(b) {
        return Err(Error::new(ErrorKind::ZeroDivisionError, "division by zero"));
    }
    const EXACT: u64 = 1 << 53;
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT {
            return Ok(*x as f64 / *y as f64);
        }
    }
    let m = ratio_to_f64(&magnitude(a), &magnitude(b)).ok_or_else(|| {
        Error::new(
            ErrorKind::OverflowError,
            "integer division result too large for a float",
        )
    })?;
    Ok(if is_negative(a) != is_negative(b) {
        -m
    } else {
        m
    })
}

/// `a.bit_length()`.
pub fn bit_length(a: &Int) -> u64 {
    match a {
        Int::Small(v) => u64::from(64 - v.unsigned_abs().leading_zeros()),
        Int::Big(b) => b.bits(),
    }
}

/// `a.bit_count()`.
pub fn bit_count(a: &Int) -> u64 {
    match a {
        Int::Small(v) => u64::from(v.unsigned_abs().count_ones()),
        Int::Big(b) => b.magnitude().count_ones(),
    }
}

/// `a.to_bytes(length, byteorder, signed=signed)`.
pub fn to_bytes(a: &Int, length: usize, big_endian: bool, signed: bool) -> Result<Vec<u8>> {
    let negative = is_negative(a);
    if negative && !signed {
        return Err(Error::new(
            ErrorKind::OverflowError,
            "can't convert negative int to unsigned",
        ));
    }
    let needed_bits = if is_zero(a) {
        0
    } else if !signed {
        bit_length(a)
    } else if negative {
        bit_length(&invert(a)) + 1
    } else {
        bit_length(a) + 1
    };
    if needed_bits.div_ceil(8) > length as u64 {
        return Err(Error::new(
            ErrorKind::OverflowError,
            "int too big to convert",
        ));
    }
    let big = a.to_big();
    let mut v = if signed {
        big.to_signed_bytes_le()
    } else {
        big.magnitude().to_bytes_le()
    };
    v.resize(length, if negative { 0xff } else { 0 });
    if big_endian {
        v.reverse();
    }
    Ok(v)
}

/// `int.from_bytes(bytes, byteorder, signed=signed)`.
pub fn from_bytes(bytes: &[u8], big_endian: bool, signed: bool) -> Int {
    let mut le = bytes.to_vec();
    if big_endian {
        le.reverse();
    }
    if le.is_empty() {
        return Int::Small(0);
    }
    let big = if signed {
        BigInt::from_signed_bytes_le(&le)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &le)
    };
    Int::from_big(big)
}

/// Exact comparison of an int with a float (None when `x` is NaN).
pub fn cmp_f64(a: &Int, x: f64) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Int::Small(v) = a {
        if v.unsigned_abs() <= 1 << 53 {
            return (*v as f64).partial_cmp(&x);
        }
    }
    let fl = x.floor();
    let fi = from_f64(fl).ok()?;
    match a.cmp(&fi) {
        Ordering::Equal if fl != x => Some(Ordering::Less),
        Ordering::Equal => Some(Ordering::Equal),
        Ordering::Less => Some(Ordering::Less),
        Ordering::Greater => Some(Ordering::Greater),
    }
}

/// `a == x` for an int and a float, exactly.
pub fn eq_f64(a: &Int, x: f64) -> bool {
    cmp_f64(a, x) == Some(Ordering::Equal)
}

#[cfg(test)]
mod tests;
