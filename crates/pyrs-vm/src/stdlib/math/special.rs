//! Plain-f64 numerics of `math`: gamma/lgamma, erf/erfc, exact sums, norms, remainder.
#![allow(clippy::excessive_precision)]

use std::f64::consts::PI;

/// Why a math function failed: `ValueError('math domain error')` or
/// `OverflowError('math range error')`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MathErr {
    Domain,
    Range,
}

pub type MResult = Result<f64, MathErr>;

// The Lanczos approximation (g = 6.024680040776729583740234375, 13 terms) in its rational
// form: the denominator is x(x+1)...(x+11).
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
const LANCZOS_NUM: [f64; 13] = [
    23_531_376_880.410_759_688_572_007_674_451_636_754_734_846_804_940,
    42_919_803_642.649_098_768_957_899_047_001_988_850_926_355_848_959,
    35_711_959_237.355_668_049_440_185_451_547_166_705_960_488_635_843,
    17_921_034_426.037_209_699_919_755_754_458_931_112_671_403_265_390,
    6_039_542_586.352_028_005_064_291_644_307_297_921_069_938_842_070_8,
    1_439_720_407.311_721_673_663_223_072_794_912_393_971_548_578_677_2,
    248_874_557.862_054_156_511_460_386_413_229_423_216_321_251_278_01,
    31_426_415.585_400_194_380_614_231_628_318_205_362_874_684_987_640,
    2_876_370.628_935_372_441_225_409_051_620_849_613_599_114_537_876_8,
    186_056.265_395_223_495_040_294_989_716_045_699_282_207_842_363_28,
    8_071.672_002_365_816_210_638_002_902_272_250_613_821_851_632_502_4,
    210.824_277_751_579_345_872_509_733_920_713_362_711_669_695_802_91,
    2.506_628_274_631_000_270_164_908_177_133_837_338_626_431_079_340_8,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39_916_800.0,
    120_543_840.0,
    150_917_976.0,
    105_258_076.0,
    45_995_730.0,
    13_339_535.0,
    2_637_558.0,
    357_423.0,
    32_670.0,
    1_925.0,
    66.0,
    1.0,
];

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), accurate near the integers.
fn sin_pi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i64;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

pub fn gamma(x: f64) -> MResult {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(MathErr::Domain);
    }
    if x == 0.0 {
        return Err(MathErr::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathErr::Domain);
        }
        if x <= 23.0 {
            let mut r = 1.0f64;
            for k in 2..(x as i64) {
                r *= k as f64;
            }
            return Ok(r);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(MathErr::Range)
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sin_pi(x))
        } else {
            Err(MathErr::Range)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let s = y.powf(absx / 2.0 - 0.25);
            r /= s;
            r /= s;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let s = y.powf(absx / 2.0 - 0.25);
            r *= s;
            r *= s;
        }
        r
    };
    if r.is_infinite() {
        Err(MathErr::Range)
    } else {
        Ok(r)
    }
}

pub fn lgamma(x: f64) -> MResult {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 {
            Err(MathErr::Domain)
        } else {
            Ok(0.0)
        };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = PI.ln() - sin_pi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        Err(MathErr::Range)
    } else {
        Ok(r)
    }
}

// ---- double-double helpers ----

#[derive(Clone, Copy)]
struct DD(f64, f64);

fn two_sum(a: f64, b: f64) -> DD {
    let s = a + b;
    let bb = s - a;
    DD(s, (a - (s - bb)) + (b - bb))
}

fn dd_add(a: DD, b: DD) -> DD {
    let s = two_sum(a.0, b.0);
    let e = s.1 + a.1 + b.1;
    let h = s.0 + e;
    DD(h, e - (h - s.0))
}

fn dd_mul(a: DD, b: DD) -> DD {
    let p = a.0 * b.0;
    let e = a.0.mul_add(b.0, -p) + (a.0 * b.1 + a.1 * b.0);
    let h = p + e;
    DD(h, e - (h - p))
}

fn dd_div_f(a: DD, b: f64) -> DD {
    let q = a.0 / b;
    // remainder a - q*b computed exactly enough
    let p = q * b;
    let pe = q.mul_add(b, -p);
    let r = ((a.0 - p) - pe + a.1) / b;
    let h = q + r;
    DD(h, r - (h - q))
}

/// 2/sqrt(pi) as a double-double.
const TWO_OVER_SQRT_PI: DD = DD(std::f64::consts::FRAC_2_SQRT_PI, 1.533_545_961_316_588e-17);

/// erf(x) for |x| <= 3 by its Taylor series in double-double.
fn erf_series(x: f64) -> DD {
    let x2 = dd_mul(DD(x, 0.0), DD(x, 0.0));
    let mut term = DD(x, 0.0); // (-1)^n x^(2n+1) / n!
    let mut sum = DD(x, 0.0);
    let mut n = 0.0f64;
    loop {
        n += 1.0;
        term = dd_div_f(dd_mul(term, x2), -n);
        let t = dd_div_f(term, 2.0 * n + 1.0);
        sum = dd_add(sum, t);
        if t.0.abs() < 1e-34 * sum.0.abs().max(1e-300) || n > 200.0 {
            break;
        }
    }
    dd_mul(sum, TWO_OVER_SQRT_PI)
}

/// erfc(x) for x >= 2.5 by a continued fraction (evaluated backwards).
fn erfc_cf(x: f64) -> f64 {
    // erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))))
    let mut f = x;
    for k in (1..=120).rev() {
        f = x + (k as f64 / 2.0) / f;
    }
    let hi = x * x;
    let lo = x.mul_add(x, -hi);
    let e = (-hi).exp() * (1.0 - lo);
    e / f / PI.sqrt()
}

pub fn erf(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x.abs() <= 3.0 {
        return erf_series(x).0;
    }
    if x.abs() >= 6.0 {
        return 1.0f64.copysign(x);
    }
    let c = erfc_cf(x.abs());
    (1.0 - c).copysign(x)
}

pub fn erfc(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x < -6.0 {
        return 2.0;
    }
    if x.abs() <= 3.0 && x < 2.5 {
        let e = erf_series(x);
        let r = dd_add(DD(1.0, 0.0), DD(-e.0, -e.1));
        return r.0;
    }
    if x < 0.0 {
        return 2.0 - erfc_cf(-x);
    }
    if x > 27.3 {
        return 0.0;
    }
    erfc_cf(x)
}

// ---- sums and norms ----

/// The running exact sum of `math.fsum`.
#[derive(Default)]
pub struct FSum {
    partials: Vec<f64>,
    special: f64,
    inf_sum: f64,
}

impl FSum {
    /// Adds one value; Err on an intermediate overflow.
    pub fn add(&mut self, mut x: f64) -> Result<(), &'static str> {
        let orig = x;
        let mut i = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        self.partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if orig.is_finite() {
                    return Err("intermediate overflow in fsum");
                }
                if orig.is_infinite() {
                    self.inf_sum += orig;
                }
                self.special += orig;
                self.partials.clear();
            } else {
                self.partials.push(x);
            }
        }
        Ok(())
    }

    /// The correctly rounded total (Err for `inf + -inf`).
    pub fn total(&self) -> Result<f64, &'static str> {
        if self.special != 0.0 || self.special.is_nan() {
            if self.inf_sum.is_nan() {
                return Err("-inf + inf in fsum");
            }
            return Ok(self.special);
        }
        let p = &self.partials;
        let mut n = p.len();
        if n == 0 {
            return Ok(0.0);
        }
        n -= 1;
        let mut hi = p[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
        Ok(hi)
    }
}

/// The Euclidean norm of finite-or-not values, accurately rounded.
pub fn vector_norm(v: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut nan = false;
    for &x in v {
        let a = x.abs();
        if a.is_infinite() {
            return f64::INFINITY;
        }
        if a.is_nan() {
            nan = true;
        } else if a > max {
            max = a;
        }
    }
    if nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() == 1 {
        return max;
    }
    // Scale by a power of two so the largest value is near 1.
    let (_, e) = frexp(max);
    let mut acc = DD(0.0, 0.0);
    for &x in v {
        let s = ldexp_raw(x.abs(), -(e as i64));
        let sq = DD(s * s, s.mul_add(s, -(s * s)));
        acc = dd_add(acc, sq);
    }
    // sqrt of a double-double with one Newton correction.
    let r = acc.0.sqrt();
    let rr = DD(r * r, r.mul_add(r, -(r * r)));
    let diff = dd_add(acc, DD(-rr.0, -rr.1));
    let corr = diff.0 / (2.0 * r);
    let h = r + corr;
    ldexp_raw(h, e as i64)
}

// ---- float decomposition ----

/// `(m, e)` with x = m * 2**e and 0.5 <= |m| < 1 (x itself, 0 for 0/inf/nan).
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // subnormal: scale up first
        let (m, e) = frexp(x * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// x * 2**e with correct rounding of subnormal results (inf on overflow).
pub fn ldexp_raw(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let e = e.clamp(-2200, 2200) as i32;
    let (m, me) = frexp(x);
    let total = me + e;
    if total > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if total >= -1021 {
        // normal result: exact
        return (m * 2.0) * pow2(total - 1);
    }
    // subnormal or underflow: one rounding step
    if total < -1100 {
        return 0.0f64.copysign(x);
    }
    (m * pow2(total + 60)) * pow2(-60)
}

fn pow2(e: i32) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// IEEE 754 remainder (`math.remainder`).
pub fn remainder(x: f64, y: f64) -> MResult {
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(y);
    }
    if x.is_infinite() || y == 0.0 {
        return Err(MathErr::Domain);
    }
    if y.is_infinite() {
        return Ok(x);
    }
    let ax = x.abs();
    let ay = y.abs();
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // a tie: pick the even quotient
        let q = (ax - m) % (2.0 * ay);
        if q == 0.0 {
            m
        } else {
            -c
        }
    };
    Ok(if x < 0.0 { -r } else { r })
}

/// The next float after x toward y.
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let b = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { b + 1 } else { b - 1 })
}

pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let n = nextafter(x, f64::INFINITY);
    if n.is_infinite() {
        return x - nextafter(x, 0.0);
    }
    n - x
}

const LN2: f64 = std::f64::consts::LN_2;

/// asinh by the classic formulas on log/log1p.
pub fn asinh(x: f64) -> f64 {
    let a = x.abs();
    if !x.is_finite() || a < 3.725_290_298_461_914e-9 {
        return x;
    }
    let w = if a > 268_435_456.0 {
        a.ln() + LN2
    } else if a > 2.0 {
        (2.0 * a + 1.0 / ((x * x + 1.0).sqrt() + a)).ln()
    } else {
        let t = x * x;
        (a + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

pub fn acosh(x: f64) -> f64 {
    if x.is_nan() || x < 1.0 {
        return f64::NAN;
    }
    if x >= 268_435_456.0 {
        if x.is_infinite() {
            return x;
        }
        return x.ln() + LN2;
    }
    if x == 1.0 {
        return 0.0;
    }
    if x > 2.0 {
        let t = x * x;
        return (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

pub fn atanh(x: f64) -> f64 {
    let a = x.abs();
    if x.is_nan() || a > 1.0 {
        return f64::NAN;
    }
    if a == 1.0 {
        return f64::INFINITY.copysign(x);
    }
    if a < 3.725_290_298_461_914e-9 {
        return x;
    }
    let t = if a < 0.5 {
        let t = a + a;
        0.5 * (t + t * a / (1.0 - a)).ln_1p()
    } else {
        0.5 * ((a + a) / (1.0 - a)).ln_1p()
    };
    t.copysign(x)
}
