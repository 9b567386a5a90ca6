//! Unit tests for `float`; expected values come from CPython 3.11.

#![allow(clippy::unwrap_used, clippy::panic)]

use super::*;

const INF: f64 = f64::INFINITY;
const NAN: f64 = f64::NAN;

/// Equality that tells -0.0 from 0.0 and accepts NaN == NaN.
fn same(a: f64, b: f64) -> bool {
    (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
}

fn err<T: std::fmt::Debug>(r: Result<T>) -> (ErrorKind, String) {
    let e = r.unwrap_err();
    (e.kind, e.msg)
}

fn dm(a: f64, b: f64, q: f64, r: f64) {
    let (gq, gr) = divmod(a, b).unwrap();
    assert!(
        same(gq, q) && same(gr, r),
        "divmod({a}, {b}) = ({gq}, {gr})"
    );
    assert!(same(floordiv(a, b).unwrap(), q), "{a} // {b}");
    assert!(same(modulo(a, b).unwrap(), r), "{a} % {b}");
}

#[test]
fn division_and_modulo() {
    dm(-1.0, INF, -1.0, INF);
    dm(1.0, -INF, -1.0, -INF);
    dm(5.0, -INF, -1.0, -INF);
    dm(-5.0, INF, -1.0, INF);
    dm(INF, 3.0, NAN, NAN);
    dm(NAN, 3.0, NAN, NAN);
    dm(3.0, INF, 0.0, 3.0);
    dm(-0.0, 5.0, -0.0, 0.0);
    dm(0.0, -5.0, -0.0, -0.0);
    dm(-7.5, 2.0, -4.0, 0.5);
    dm(7.5, -2.0, -4.0, -0.5);
    assert!(same(floordiv(-3.0, INF).unwrap(), -1.0));
    assert!(same(floordiv(1e308, 1e-308).unwrap(), INF));
    assert_eq!(
        err(modulo(1.0, 0.0)),
        (ErrorKind::ZeroDivisionError, "float modulo".into())
    );
    assert_eq!(
        err(floordiv(1.0, 0.0)),
        (
            ErrorKind::ZeroDivisionError,
            "float floor division by zero".into()
        )
    );
    assert_eq!(
        err(divmod(1.0, -0.0)),
        (ErrorKind::ZeroDivisionError, "float divmod()".into())
    );
    assert_eq!(
        err(true_div(1.0, 0.0)),
        (
            ErrorKind::ZeroDivisionError,
            "float division by zero".into()
        )
    );
    assert_eq!(true_div(1.0, 4.0).unwrap(), 0.25);
}

fn pw(a: f64, b: f64) -> f64 {
    match pow(a, b).unwrap() {
        FloatPow::Float(f) => f,
        FloatPow::NeedsComplex => panic!("{a} ** {b} needs complex"),
    }
}

#[test]
fn powers() {
    assert_eq!(pow(-8.0, 1.0 / 3.0).unwrap(), FloatPow::NeedsComplex);
    assert_eq!(pow(-8.0, 0.5).unwrap(), FloatPow::NeedsComplex);
    assert!(same(pw(-8.0, 2.0), 64.0));
    assert!(same(pw(-8.0, 3.0), -512.0));
    assert!(same(pw(-8.0, INF), INF));
    assert!(same(pw(-0.5, INF), 0.0));
    assert!(same(pw(-0.5, -INF), INF));
    assert!(same(pw(NAN, 0.0), 1.0));
    assert!(same(pw(1.0, NAN), 1.0));
    assert!(same(pw(-1.0, INF), 1.0));
    assert!(same(pw(0.0, -INF), INF));
    assert!(same(pw(-0.0, 3.0), -0.0));
    assert!(same(pw(-0.0, 2.0), 0.0));
    assert!(same(pw(INF, -1.0), 0.0));
    assert!(same(pw(-INF, 3.0), -INF));
    assert!(same(pw(-INF, 2.0), INF));
    assert!(same(pw(-INF, -3.0), -0.0));
    assert!(same(pw(-8.0, NAN), NAN));
    assert!(same(pw(10.0, -400.0), 0.0));
    assert!(same(pw(2.0, 1023.9), 1.6773070034857416e+308));
    assert!(same(pw(-1.0, 3.0), -1.0));
    assert!(same(pw(2.0, 0.5), std::f64::consts::SQRT_2));
    let zero = (
        ErrorKind::ZeroDivisionError,
        "0.0 cannot be raised to a negative power".to_string(),
    );
    assert_eq!(err(pow(0.0, -1.0)), zero);
    assert_eq!(err(pow(-0.0, -3.0)), zero);
    let range = (
        ErrorKind::OverflowError,
        "(34, 'Numerical result out of range')".to_string(),
    );
    assert_eq!(err(pow(10.0, 400.0)), range);
    assert_eq!(err(pow(-10.0, 401.0)), range);
}

#[test]
fn rounding() {
    let r = |x: f64, n: i64| round_ndigits(x, n).unwrap();
    assert!(same(r(2.675, 2), 2.67));
    assert!(same(r(-2.5, 0), -2.0));
    assert!(same(r(123.456, -1), 120.0));
    assert!(same(r(125.0, -1), 120.0));
    assert!(same(r(135.0, -1), 140.0));
    assert!(same(r(1e300, -300), 1e300));
    assert!(same(r(5e-324, 400), 5e-324));
    assert!(same(r(1.5, 400), 1.5));
    assert!(same(r(1e308, -308), 1e308));
    assert!(same(r(9e307, -308), 1e308));
    assert!(same(r(INF, 2), INF));
    assert!(same(r(NAN, 2), NAN));
    assert!(same(r(-0.0, 2), -0.0));
    assert!(same(r(0.0001, 2), 0.0));
    assert!(same(r(-0.0001, 2), -0.0));
    assert!(same(r(123.0, -400), 0.0));
    assert!(same(r(-123.0, -400), -0.0));
    assert!(same(r(0.125, 2), 0.12));
    assert!(same(r(0.375, 2), 0.38));
    assert!(same(r(2.5e-7, 7), 2e-7));
    assert!(same(r(1e22, -22), 1e22));
    assert!(same(r(5e22, -23), 0.0));
    assert!(same(r(0.1 + 0.2, 15), 0.3));
    assert_eq!(
        err(round_ndigits(1.7976931348623157e308, -308)),
        (
            ErrorKind::OverflowError,
            "rounded value too large to represent".into()
        )
    );
    assert_eq!(round_to_int(0.5).unwrap(), Int::Small(0));
    assert_eq!(round_to_int(-0.5).unwrap(), Int::Small(0));
    assert_eq!(round_to_int(2.5).unwrap(), Int::Small(2));
    assert_eq!(round_to_int(1.5).unwrap(), Int::Small(2));
    assert_eq!(round_to_int(-3.7).unwrap(), Int::Small(-4));
    assert_eq!(
        err(round_to_int(INF)),
        (
            ErrorKind::OverflowError,
            "cannot convert float infinity to integer".into()
        )
    );
    assert_eq!(
        err(round_to_int(NAN)),
        (
            ErrorKind::ValueError,
            "cannot convert float NaN to integer".into()
        )
    );
    assert_eq!(trunc(-2.5).unwrap(), Int::Small(-2));
    assert_eq!(floor(-2.5).unwrap(), Int::Small(-3));
    assert_eq!(ceil(-2.5).unwrap(), Int::Small(-2));
    assert_eq!(err(ceil(NAN)).1, "cannot convert float NaN to integer");
    assert_eq!(
        err(floor(-INF)).1,
        "cannot convert float infinity to integer"
    );
}

#[test]
fn ratios_and_integrality() {
    let (n, d) = as_integer_ratio(0.1).unwrap();
    assert_eq!(
        (n, d),
        (Int::Small(3602879701896397), Int::Small(36028797018963968))
    );
    assert_eq!(
        as_integer_ratio(-0.0).unwrap(),
        (Int::Small(0), Int::Small(1))
    );
    assert_eq!(
        as_integer_ratio(-2.5).unwrap(),
        (Int::Small(-5), Int::Small(2))
    );
    let (n, d) = as_integer_ratio(1e300).unwrap();
    assert_eq!(d, Int::Small(1));
    assert!(int::to_str_radix(&n, 10, 0)
        .unwrap()
        .starts_with("1000000000000000052504760255204420248704468581108159154915854115511802"));
    let (n, d) = as_integer_ratio(5e-324).unwrap();
    assert_eq!(n, Int::Small(1));
    assert_eq!(int::bit_length(&d), 1075);
    assert_eq!(
        err(as_integer_ratio(INF)),
        (
            ErrorKind::OverflowError,
            "cannot convert Infinity to integer ratio".into()
        )
    );
    assert_eq!(
        err(as_integer_ratio(NAN)),
        (
            ErrorKind::ValueError,
            "cannot convert NaN to integer ratio".into()
        )
    );
    assert!(!is_integer(2.5));
    assert!(is_integer(-3.0));
    assert!(!is_integer(INF));
    assert!(!is_integer(NAN));
}

#[test]
fn hex_output() {
    assert_eq!(hex(0.1), "0x1.999999999999ap-4");
    assert_eq!(hex(-0.0), "-0x0.0p+0");
    assert_eq!(hex(0.0), "0x0.0p+0");
    assert_eq!(hex(5e-324), "0x0.0000000000001p-1022");
    assert_eq!(hex(1.7976931348623157e308), "0x1.fffffffffffffp+1023");
    assert_eq!(hex(-INF), "-inf");
    assert_eq!(hex(INF), "inf");
    assert_eq!(hex(NAN), "nan");
    assert_eq!(hex(1.5), "0x1.8000000000000p+0");
    assert_eq!(hex(2.2250738585072014e-308), "0x1.0000000000000p-1022");
}

#[test]
fn hex_input() {
    let f = |s: &str| fromhex(s).unwrap();
    assert!(same(f("0x1.8p+0"), 1.5));
    assert!(same(f("  -0X1.8P-1  "), -0.75));
    assert!(same(f("1.8"), 1.5));
    assert!(same(f("0x.8"), 0.5));
    assert!(same(f("0x8."), 8.0));
    assert!(same(f("inf"), INF));
    assert!(same(f("-Infinity"), -INF));
    assert!(f("nan").is_nan());
    assert!(same(f("0x1p-1074"), 5e-324));
    assert!(same(f("0x1p-1075"), 0.0));
    assert!(same(f("0x1.8p-1075"), 5e-324));
    assert!(same(f("0x3p-1076"), 5e-324));
    assert!(same(f("0x1.fffffffffffff7ffp1023"), 1.7976931348623157e308));
    assert!(same(f("0x0p99999999999999999999"), 0.0));
    assert!(same(
        f("0x1.000000000000080000000001p0"),
        1.0000000000000002
    ));
    assert!(same(f("0x1.00000000000008p0"), 1.0));
    assert!(same(f("0x1.00000000000018p0"), 1.0000000000000004));
    assert!(same(f("0x0.0000000000001p-1022"), 5e-324));
    assert!(same(f("-0x0p0"), -0.0));
    assert!(same(f("0x1p-99999999999999"), 0.0));
    assert!(same(f("1p0"), 1.0));
    assert!(same(f("0x0.00000000000000000001p80"), 1.0));
    assert!(same(f("\x0b0x1\x0c"), 1.0));
    assert!(same(f("0x1.p1"), 2.0));
    assert!(same(f("0X1P1"), 2.0));
    assert!(same(f("INF "), INF));
    assert!(f(" -nan").is_nan());
    assert!(same(f("0x1e"), 30.0));
    assert!(same(f("0x.8p1"), 1.0));
    let invalid = (
        ErrorKind::ValueError,
        "invalid hexadecimal floating-point string".to_string(),
    );
    for bad in [
        "x",
        "0x.",
        "0x1p",
        "0x1p+",
        "0x1_0",
        "0x",
        "",
        "0x\u{663}",
        "0x1 2",
        "--1",
    ] {
        assert_eq!(err(fromhex(bad)), invalid, "{bad:?}");
    }
    let too_large = (
        ErrorKind::OverflowError,
        "hexadecimal value too large to represent as a float".to_string(),
    );
    assert_eq!(err(fromhex("0x1.fffffffffffff8p1023")), too_large);
    assert_eq!(err(fromhex("0x1p1024")), too_large);
    assert_eq!(err(fromhex("0x1p99999")), too_large);
}

#[test]
fn parsing() {
    let f = |s: &str| parse(s).unwrap();
    assert!(same(f("1_0.5"), 10.5));
    assert!(same(f(" -InFinity "), -INF));
    assert!(f("+nan").is_nan());
    assert!(f("-nan").is_nan());
    assert!(same(f("1e5_0"), 1e50));
    assert!(same(f("\u{661}.\u{665}"), 1.5));
    assert!(same(f("\u{661}_\u{662}"), 12.0));
    assert!(same(f(".5"), 0.5));
    assert!(same(f("+.5"), 0.5));
    assert!(same(f("5."), 5.0));
    assert!(same(f("1e500"), INF));
    assert!(same(f("-1e-500"), -0.0));
    assert!(same(f("1.5e-3_0"), 1.5e-30));
    assert!(same(f("1_000.000_1"), 1000.0001));
    assert!(same(f(&format!("{}1", "0".repeat(5000))), 1.0));
    assert!(same(f("\u{85}1\u{85}"), 1.0));
    assert!(same(f("\u{a0}1"), 1.0));
    assert!(same(f("0.1"), 0.1));
    assert!(same(f("2.2250738585072011e-308"), 2.225073858507201e-308));
    let bad = |s: &str, r: &str| {
        assert_eq!(
            err(parse(s)),
            (
                ErrorKind::ValueError,
                format!("could not convert string to float: {r}")
            )
        )
    };
    bad("abc", "'abc'");
    bad("1._5", "'1._5'");
    bad("infinit", "'infinit'");
    bad("0x10", "'0x10'");
    bad(".", "'.'");
    bad("1e", "'1e'");
    bad("", "''");
    bad("1 2", "'1 2'");
    bad("\u{85} 1\x1c", "'\\x85 1\\x1c'");
    bad("1e+", "'1e+'");
    bad("1_e5", "'1_e5'");
    bad("-in_f", "'-in_f'");
    bad("nan(1)", "'nan(1)'");
    bad("_1", "'_1'");
    bad("1__0", "'1__0'");
    bad("e5", "'e5'");
    bad("++1", "'++1'");
    let long = "a".repeat(300);
    bad(&long, &format!("'{long}'"));
}
