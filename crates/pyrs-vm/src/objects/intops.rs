//! Interim int and float arithmetic for the VM, until `pyrs_primitives::{int, float}` land:
//! small ints with overflow to BigInt, Python's floor rules and error messages.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use pyrs_primitives::{Error, ErrorKind, Result};
use std::cmp::Ordering;

/// An int: inline when it fits in i64.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Int {
    Small(i64),
    Big(BigInt),
}

pub enum IntOrFloat {
    Int(Int),
    Float(f64),
}

impl Int {
    pub fn from_big(b: BigInt) -> Int {
        match b.to_i64() {
            Some(i) => Int::Small(i),
            None => Int::Big(b),
        }
    }

    pub fn to_big(&self) -> BigInt {
        match self {
            Int::Small(i) => BigInt::from(*i),
            Int::Big(b) => b.clone(),
        }
    }
}

impl PartialOrd for Int {
    fn partial_cmp(&self, o: &Int) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

impl Ord for Int {
    fn cmp(&self, o: &Int) -> Ordering {
        match (self, o) {
            (Int::Small(a), Int::Small(b)) => a.cmp(b),
            _ => self.to_big().cmp(&o.to_big()),
        }
    }
}

fn zdiv() -> Error {
    Error::new(
        ErrorKind::ZeroDivisionError,
        "integer division or modulo by zero",
    )
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

pub fn floordiv(a: &Int, b: &Int) -> Result<Int> {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if *y == 0 {
            return Err(zdiv());
        }
        if let Some(q) = x.checked_div(*y) {
            let q = if (x % y != 0) && ((*x < 0) != (*y < 0)) {
                q - 1
            } else {
                q
            };
            return Ok(Int::Small(q));
        }
    }
    let d = b.to_big();
    if d.is_zero() {
        return Err(zdiv());
    }
    Ok(Int::from_big(a.to_big().div_floor(&d)))
}

pub fn modulo(a: &Int, b: &Int) -> Result<Int> {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if *y == 0 {
            return Err(zdiv());
        }
        if let Some(r) = x.checked_rem(*y) {
            let r = if r != 0 && ((r < 0) != (*y < 0)) {
                r + y
            } else {
                r
            };
            return Ok(Int::Small(r));
        }
    }
    let d = b.to_big();
    if d.is_zero() {
        return Err(zdiv());
    }
    Ok(Int::from_big(a.to_big().mod_floor(&d)))
}

pub fn to_f64(a: &Int) -> Result<f64> {
    match a {
        Int::Small(i) => Ok(*i as f64),
        Int::Big(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => Err(Error::new(
                ErrorKind::OverflowError,
                "int too large to convert to float",
            )),
        },
    }
}

pub fn true_div(a: &Int, b: &Int) -> Result<f64> {
    let d = to_f64(b)?;
    if d == 0.0 {
        return Err(Error::new(ErrorKind::ZeroDivisionError, "division by zero"));
    }
    Ok(to_f64(a)? / d)
}

pub fn pow(a: &Int, b: &Int) -> Result<IntOrFloat> {
    let e = match b {
        Int::Small(e) => *e,
        Int::Big(_) => {
            return Err(Error::new(ErrorKind::OverflowError, "exponent too large"));
        }
    };
    if e < 0 {
        let base = to_f64(a)?;
        if base == 0.0 {
            return Err(Error::new(
                ErrorKind::ZeroDivisionError,
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(IntOrFloat::Float(base.powf(e as f64)));
    }
    if let Int::Small(x) = a {
        if let Ok(e32) = u32::try_from(e) {
            if let Some(r) = x.checked_pow(e32) {
                return Ok(IntOrFloat::Int(Int::Small(r)));
            }
        }
    }
    let e = u32::try_from(e).map_err(|_| Error::new(ErrorKind::MemoryError, ""))?;
    Ok(IntOrFloat::Int(Int::from_big(num_traits::pow::Pow::pow(
        a.to_big(),
        e,
    ))))
}

pub fn pow3(a: &Int, b: &Int, m: &Int) -> Result<Int> {
    let m = m.to_big();
    if m.is_zero() {
        return Err(Error::new(
            ErrorKind::ValueError,
            "pow() 3rd argument cannot be 0",
        ));
    }
    let b = b.to_big();
    if b.is_negative() {
        return Err(Error::new(
            ErrorKind::ValueError,
            "base is not invertible for the given modulus",
        ));
    }
    let r = a.to_big().modpow(&b, &m.abs());
    let r = if m.is_negative() && !r.is_zero() {
        r + &m
    } else {
        r
    };
    Ok(Int::from_big(r))
}

pub fn lshift(a: &Int, b: &Int) -> Result<Int> {
    let n = match b {
        Int::Small(n) if *n < 0 => {
            return Err(Error::new(ErrorKind::ValueError, "negative shift count"))
        }
        Int::Small(n) => *n,
        Int::Big(_) => {
            return Err(Error::new(
                ErrorKind::OverflowError,
                "too many digits in integer",
            ))
        }
    };
    if let Int::Small(x) = a {
        if n < 63 && (x.unsigned_abs() >> (62 - n)) == 0 {
            return Ok(Int::Small(x << n));
        }
    }
    if n > (1 << 32) {
        return Err(Error::new(ErrorKind::MemoryError, ""));
    }
    Ok(Int::from_big(a.to_big() << n as usize))
}

pub fn rshift(a: &Int, b: &Int) -> Result<Int> {
    let n = match b {
        Int::Small(n) if *n < 0 => {
            return Err(Error::new(ErrorKind::ValueError, "negative shift count"))
        }
        Int::Small(n) => *n,
        Int::Big(_) => return Ok(Int::Small(if a.to_big().is_negative() { -1 } else { 0 })),
    };
    if let Int::Small(x) = a {
        return Ok(Int::Small(if n >= 64 {
            if *x < 0 {
                -1
            } else {
                0
            }
        } else {
            x >> n
        }));
    }
    let big = a.to_big();
    let r = if big.is_negative() {
        -((-big - BigInt::one()) >> n as usize) - BigInt::one()
    } else {
        big >> n as usize
    };
    Ok(Int::from_big(r))
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

pub fn neg(a: &Int) -> Int {
    match a {
        Int::Small(x) => x
            .checked_neg()
            .map(Int::Small)
            .unwrap_or_else(|| Int::from_big(-BigInt::from(*x))),
        Int::Big(b) => Int::from_big(-b),
    }
}

pub fn invert(a: &Int) -> Int {
    sub(&neg(a), &Int::Small(1))
}

pub fn from_f64(f: f64) -> Result<Int> {
    if f.is_nan() {
        return Err(Error::new(
            ErrorKind::ValueError,
            "cannot convert float NaN to integer",
        ));
    }
    if f.is_infinite() {
        return Err(Error::new(
            ErrorKind::OverflowError,
            "cannot convert float infinity to integer",
        ));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Int::Small(t as i64));
    }
    Ok(Int::from_big(
        num_traits::FromPrimitive::from_f64(t).unwrap_or_default(),
    ))
}

/// Exact comparison of an int with a float (None when f is NaN).
pub fn cmp_f64(a: &Int, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Int::Small(x) = a {
        if x.unsigned_abs() < (1 << 53) {
            return (*x as f64).partial_cmp(&f);
        }
    }
    let t = f.trunc();
    let ti: BigInt = num_traits::FromPrimitive::from_f64(t).unwrap_or_default();
    match a.to_big().cmp(&ti) {
        Ordering::Equal => 0.0f64.partial_cmp(&(f - t)),
        o => Some(o),
    }
}

/// `hex()`/`oct()`/`bin()` text.
pub fn format_prefixed(a: &Int, base: u32) -> String {
    let b = a.to_big();
    let prefix = match base {
        16 => "0x",
        8 => "0o",
        _ => "0b",
    };
    let digits = b.abs().to_str_radix(base);
    if b.is_negative() {
        format!("-{prefix}{digits}")
    } else {
        format!("{prefix}{digits}")
    }
}

/// Float floor division, modulo and power with Python's rules.
pub mod float {
    use pyrs_primitives::{Error, ErrorKind, Result};

    pub enum FloatPow {
        Float(f64),
        NeedsComplex,
    }

    pub fn floordiv(a: f64, b: f64) -> Result<f64> {
        if b == 0.0 {
            return Err(Error::new(
                ErrorKind::ZeroDivisionError,
                "float floor division by zero",
            ));
        }
        Ok(divmod(a, b).0)
    }

    pub fn modulo(a: f64, b: f64) -> Result<f64> {
        if b == 0.0 {
            return Err(Error::new(ErrorKind::ZeroDivisionError, "float modulo"));
        }
        Ok(divmod(a, b).1)
    }

    fn divmod(a: f64, b: f64) -> (f64, f64) {
        let mut m = a % b;
        let mut div = (a - m) / b;
        if m != 0.0 {
            if (b < 0.0) != (m < 0.0) {
                m += b;
                div -= 1.0;
            }
        } else {
            m = 0.0f64.copysign(b);
        }
        let floordiv = if div != 0.0 {
            let f = div.floor();
            if div - f > 0.5 {
                f + 1.0
            } else {
                f
            }
        } else {
            0.0f64.copysign(a / b)
        };
        (floordiv, m)
    }

    pub fn pow(a: f64, b: f64) -> Result<FloatPow> {
        if a == 0.0 && b < 0.0 {
            return Err(Error::new(
                ErrorKind::ZeroDivisionError,
                "0.0 cannot be raised to a negative power",
            ));
        }
        if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
            return Ok(FloatPow::NeedsComplex);
        }
        let r = a.powf(b);
        if r.is_infinite() && a.is_finite() && b.is_finite() {
            return Err(Error::new(
                ErrorKind::OverflowError,
                "(34, 'Numerical result out of range')",
            ));
        }
        Ok(FloatPow::Float(r))
    }

    pub fn round_to_int(x: f64) -> Result<super::Int> {
        let r = x.round();
        let r = if (x - x.trunc()).abs() == 0.5 {
            2.0 * (x / 2.0).round()
        } else {
            r
        };
        super::from_f64(r)
    }

    pub fn round_ndigits(x: f64, n: i64) -> Result<f64> {
        if !x.is_finite() || n > 308 {
            return Ok(x);
        }
        if n < -308 {
            return Ok(0.0f64.copysign(x));
        }
        // Round through the exact decimal text (correctly rounded, half-even on exact ties).
        if n >= 0 {
            let s = format!("{:.*}", n as usize, x);
            return Ok(s.parse().unwrap_or(x));
        }
        let p = 10f64.powi((-n) as i32);
        let y = x / p;
        let r = y.round();
        let r = if (y - y.trunc()).abs() == 0.5 {
            2.0 * (y / 2.0).round()
        } else {
            r
        };
        Ok(r * p)
    }
}
