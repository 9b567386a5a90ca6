//! Unit tests for `int`; expected values come from CPython 3.11.

#![allow(clippy::unwrap_used, clippy::panic)]

use super::*;

fn i(s: &str) -> Int {
    parse(s, 10, 0).unwrap()
}

fn s(x: &Int) -> String {
    to_str_radix(x, 10, 0).unwrap()
}

fn pow2(n: i64) -> Int {
    lshift(&Int::Small(1), &Int::Small(n)).unwrap()
}

fn err<T: std::fmt::Debug>(r: Result<T>) -> (ErrorKind, String) {
    let e = r.unwrap_err();
    (e.kind, e.msg)
}

#[test]
fn normalisation_and_order() {
    assert_eq!(Int::from_big(BigInt::from(5)), Int::Small(5));
    let big = add(&Int::Small(i64::MAX), &Int::Small(1));
    assert!(matches!(big, Int::Big(_)));
    assert_eq!(s(&big), "9223372036854775808");
    assert_eq!(sub(&big, &Int::Small(1)), Int::Small(i64::MAX));
    assert!(big > Int::Small(i64::MAX));
    assert_eq!(neg(&big), Int::Small(i64::MIN));
    assert!(neg(&pow2(64)) < Int::Small(i64::MIN));
    assert!(pow2(70) > pow2(69));
    assert_eq!(format!("{}", pow2(64)), "18446744073709551616");
}

#[test]
fn arithmetic() {
    assert_eq!(
        floordiv(&Int::Small(-7), &Int::Small(2)).unwrap(),
        Int::Small(-4)
    );
    assert_eq!(
        modulo(&Int::Small(-7), &Int::Small(2)).unwrap(),
        Int::Small(1)
    );
    assert_eq!(
        modulo(&Int::Small(7), &Int::Small(-2)).unwrap(),
        Int::Small(-1)
    );
    assert_eq!(
        divmod(&Int::Small(-7), &Int::Small(2)).unwrap(),
        (Int::Small(-4), Int::Small(1))
    );
    let q = floordiv(&Int::Small(i64::MIN), &Int::Small(-1)).unwrap();
    assert_eq!(s(&q), "9223372036854775808");
    assert_eq!(
        modulo(&Int::Small(i64::MIN), &Int::Small(-1)).unwrap(),
        Int::Small(0)
    );
    assert_eq!(
        err(floordiv(&Int::Small(1), &Int::Small(0))),
        (
            ErrorKind::ZeroDivisionError,
            "integer division or modulo by zero".into()
        )
    );
    assert_eq!(
        err(modulo(&Int::Small(1), &Int::Small(0))),
        (
            ErrorKind::ZeroDivisionError,
            "integer modulo by zero".into()
        )
    );
    assert_eq!(
        err(divmod(&Int::Small(1), &Int::Small(0))),
        (
            ErrorKind::ZeroDivisionError,
            "integer division or modulo by zero".into()
        )
    );
    let a = i("-123456789012345678901234567890");
    let b = i("987654321");
    let (q, r) = divmod(&a, &b).unwrap();
    assert_eq!(s(&q), "-124999998873437499902");
    assert_eq!(s(&r), "412808652");
    assert_eq!(s(&mul(&a, &b)), "-121932631124828532112482853211126352690");
    assert_eq!(abs(&Int::Small(i64::MIN)), pow2(63));
    assert_eq!(invert(&Int::Small(5)), Int::Small(-6));
    assert_eq!(s(&invert(&pow2(70))), "-1180591620717411303425");
    assert_eq!(pos(&Int::Small(3)), Int::Small(3));
}

#[test]
fn bitwise_and_shifts() {
    assert_eq!(and(&Int::Small(-5), &Int::Small(3)), Int::Small(3));
    assert_eq!(or(&Int::Small(-5), &Int::Small(3)), Int::Small(-5));
    assert_eq!(xor(&Int::Small(-5), &Int::Small(3)), Int::Small(-8));
    let m = neg(&pow2(70));
    assert_eq!(s(&and(&m, &Int::Small(-1))), "-1180591620717411303424");
    assert_eq!(s(&or(&m, &Int::Small(7))), "-1180591620717411303417");
    assert_eq!(
        s(&rshift(&m, &Int::Small(3)).unwrap()),
        "-147573952589676412928"
    );
    let m1 = sub(&m, &Int::Small(1));
    assert_eq!(
        s(&rshift(&m1, &Int::Small(3)).unwrap()),
        "-147573952589676412929"
    );
    assert_eq!(
        rshift(&Int::Small(-1), &Int::Small(1)).unwrap(),
        Int::Small(-1)
    );
    assert_eq!(rshift(&Int::Small(-1), &pow2(70)).unwrap(), Int::Small(-1));
    assert_eq!(rshift(&Int::Small(1), &pow2(70)).unwrap(), Int::Small(0));
    assert_eq!(
        rshift(&Int::Small(-5), &Int::Small(100)).unwrap(),
        Int::Small(-1)
    );
    assert_eq!(lshift(&Int::Small(0), &pow2(70)).unwrap(), Int::Small(0));
    assert_eq!(
        lshift(&Int::Small(3), &Int::Small(62)).unwrap(),
        i("13835058055282163712")
    );
    assert_eq!(
        lshift(&Int::Small(-1), &Int::Small(63)).unwrap(),
        Int::Small(i64::MIN)
    );
    let neg_shift = (ErrorKind::ValueError, "negative shift count".to_string());
    assert_eq!(err(lshift(&Int::Small(1), &Int::Small(-1))), neg_shift);
    assert_eq!(err(lshift(&Int::Small(0), &Int::Small(-1))), neg_shift);
    assert_eq!(err(rshift(&Int::Small(1), &Int::Small(-1))), neg_shift);
    let too_many = (
        ErrorKind::OverflowError,
        "too many digits in integer".to_string(),
    );
    assert_eq!(err(lshift(&Int::Small(1), &pow2(70))), too_many);
    assert_eq!(err(lshift(&Int::Small(5), &pow2(66))), too_many);
    assert_eq!(
        err(lshift(&Int::Small(1), &pow2(64))).0,
        ErrorKind::MemoryError
    );
    assert_eq!(
        err(lshift(&Int::Small(1), &pow2(62))).0,
        ErrorKind::MemoryError
    );
}

#[test]
fn powers() {
    let p = |a: i64, b: i64| pow(&Int::Small(a), &Int::Small(b)).unwrap();
    assert_eq!(p(2, 10), IntOrFloat::Int(Int::Small(1024)));
    assert_eq!(p(2, 64), IntOrFloat::Int(pow2(64)));
    assert_eq!(p(-3, 3), IntOrFloat::Int(Int::Small(-27)));
    assert_eq!(p(-3, -3), IntOrFloat::Float(-0.037037037037037035));
    assert_eq!(p(1, -5), IntOrFloat::Float(1.0));
    assert_eq!(p(2, -1074), IntOrFloat::Float(5e-324));
    assert_eq!(p(2, -1075), IntOrFloat::Float(0.0));
    assert_eq!(p(0, 0), IntOrFloat::Int(Int::Small(1)));
    assert_eq!(
        err(pow(&Int::Small(0), &Int::Small(-1))),
        (
            ErrorKind::ZeroDivisionError,
            "0.0 cannot be raised to a negative power".into()
        )
    );
    let huge = pow2(70);
    assert_eq!(
        pow(&Int::Small(0), &huge).unwrap(),
        IntOrFloat::Int(Int::Small(0))
    );
    assert_eq!(
        pow(&Int::Small(1), &huge).unwrap(),
        IntOrFloat::Int(Int::Small(1))
    );
    let odd = add(&huge, &Int::Small(1));
    assert_eq!(
        pow(&Int::Small(-1), &odd).unwrap(),
        IntOrFloat::Int(Int::Small(-1))
    );
    assert_eq!(
        pow(&Int::Small(2), &neg(&huge)).unwrap(),
        IntOrFloat::Float(0.0)
    );
    assert_eq!(err(pow(&Int::Small(2), &huge)).0, ErrorKind::MemoryError);
    assert_eq!(
        err(pow(&Int::Small(3), &pow2(40))).0,
        ErrorKind::MemoryError
    );
    assert_eq!(
        err(pow(&pow2(1024), &Int::Small(-1))),
        (
            ErrorKind::OverflowError,
            "int too large to convert to float".into()
        )
    );
    assert_eq!(
        pow(&pow2(600), &Int::Small(-2)).unwrap(),
        IntOrFloat::Float(0.0)
    );
    match p(7, 30) {
        IntOrFloat::Int(v) => assert_eq!(s(&v), "22539340290692258087863249"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn modular_powers() {
    let p3 = |a: i64, b: i64, m: i64| pow3(&Int::Small(a), &Int::Small(b), &Int::Small(m));
    assert_eq!(p3(3, -1, 7).unwrap(), Int::Small(5));
    assert_eq!(p3(3, -2, -7).unwrap(), Int::Small(-3));
    assert_eq!(p3(3, 5, -7).unwrap(), Int::Small(-2));
    assert_eq!(p3(-3, 5, 7).unwrap(), Int::Small(2));
    assert_eq!(p3(5, 0, 1).unwrap(), Int::Small(0));
    assert_eq!(p3(5, 0, -1).unwrap(), Int::Small(0));
    assert_eq!(
        err(p3(2, 3, 0)),
        (
            ErrorKind::ValueError,
            "pow() 3rd argument cannot be 0".into()
        )
    );
    let not_inv = (
        ErrorKind::ValueError,
        "base is not invertible for the given modulus".to_string(),
    );
    assert_eq!(err(p3(2, -1, 4)), not_inv);
    assert_eq!(err(p3(0, -1, 5)), not_inv);
    let r = pow3(&Int::Small(2), &pow2(100), &i("1000000007")).unwrap();
    assert_eq!(r, Int::Small(41558481));
}

#[test]
fn true_division() {
    let td = |a: &Int, b: &Int| true_div(a, b).unwrap();
    let ten400 = i(&format!("1{}", "0".repeat(400)));
    let ten399 = i(&format!("1{}", "0".repeat(399)));
    assert_eq!(td(&ten400, &ten399), 10.0);
    assert_eq!(td(&Int::Small(1), &Int::Small(3)), 0.3333333333333333);
    assert_eq!(td(&Int::Small(-7), &Int::Small(2)), -3.5);
    let t = td(&Int::Small(0), &Int::Small(-5));
    assert!(t == 0.0 && t.is_sign_negative());
    let t = td(&Int::Small(0), &neg(&pow2(100)));
    assert!(t == 0.0 && t.is_sign_negative());
    assert_eq!(
        td(&add(&pow2(53), &Int::Small(1)), &Int::Small(1)),
        9007199254740992.0
    );
    assert_eq!(td(&neg(&pow2(1100)), &pow2(77)), -8.98846567431158e+307);
    assert_eq!(td(&Int::Small(-5), &pow2(100)), -3.944304526105059e-30);
    assert_eq!(td(&Int::Small(1), &pow2(1100)), 0.0);
    assert_eq!(td(&Int::Small(1), &pow2(1075)), 0.0);
    assert_eq!(td(&Int::Small(1), &pow2(1074)), 5e-324);
    assert_eq!(td(&Int::Small(3), &pow2(1076)), 5e-324);
    let below = sub(&sub(&pow2(1024), &pow2(970)), &Int::Small(1));
    assert_eq!(td(&below, &Int::Small(1)), 1.7976931348623157e+308);
    let overflow = (
        ErrorKind::OverflowError,
        "integer division result too large for a float".to_string(),
    );
    assert_eq!(
        err(true_div(&sub(&pow2(1024), &pow2(970)), &Int::Small(1))),
        overflow
    );
    assert_eq!(err(true_div(&pow2(1100), &pow2(76))), overflow);
    assert_eq!(
        err(true_div(&Int::Small(1), &Int::Small(0))),
        (ErrorKind::ZeroDivisionError, "division by zero".into())
    );
}

#[test]
fn float_conversions() {
    assert_eq!(
        to_f64(&add(&pow2(53), &Int::Small(1))).unwrap(),
        9007199254740992.0
    );
    assert_eq!(
        to_f64(&add(&pow2(54), &Int::Small(3))).unwrap(),
        1.8014398509481988e+16
    );
    assert_eq!(
        to_f64(&Int::Small(i64::MIN)).unwrap(),
        -9.223372036854776e+18
    );
    let max = sub(&sub(&pow2(1024), &pow2(970)), &Int::Small(1));
    assert_eq!(to_f64(&max).unwrap(), 1.7976931348623157e+308);
    assert_eq!(
        err(to_f64(&sub(&pow2(1024), &pow2(970)))),
        (
            ErrorKind::OverflowError,
            "int too large to convert to float".into()
        )
    );
    assert_eq!(from_f64(-2.9).unwrap(), Int::Small(-2));
    assert_eq!(from_f64(9.223372036854776e18).unwrap(), pow2(63));
    assert_eq!(
        from_f64(-9.223372036854776e18).unwrap(),
        Int::Small(i64::MIN)
    );
    assert_eq!(
        s(&from_f64(1e300).unwrap())[..30],
        *"100000000000000005250476025520"
    );
    assert_eq!(
        err(from_f64(f64::INFINITY)),
        (
            ErrorKind::OverflowError,
            "cannot convert float infinity to integer".into()
        )
    );
    assert_eq!(
        err(from_f64(f64::NAN)),
        (
            ErrorKind::ValueError,
            "cannot convert float NaN to integer".into()
        )
    );
}

#[test]
fn float_comparisons() {
    let x = add(&pow2(53), &Int::Small(1));
    assert!(!eq_f64(&x, 9007199254740992.0));
    assert_eq!(cmp_f64(&x, 9007199254740992.0), Some(Ordering::Greater));
    assert!(eq_f64(&pow2(53), 9007199254740992.0));
    assert!(eq_f64(&pow2(100), 1.2676506002282294e30));
    assert_eq!(cmp_f64(&pow2(100), f64::INFINITY), Some(Ordering::Less));
    assert_eq!(
        cmp_f64(&pow2(100), f64::NEG_INFINITY),
        Some(Ordering::Greater)
    );
    assert_eq!(cmp_f64(&Int::Small(1), f64::NAN), None);
    assert_eq!(cmp_f64(&Int::Small(1), 1.5), Some(Ordering::Less));
    assert_eq!(cmp_f64(&Int::Small(-2), -1.5), Some(Ordering::Less));
    assert_eq!(cmp_f64(&neg(&pow2(60)), -1.5), Some(Ordering::Less));
    assert_eq!(
        cmp_f64(&pow2(60), 1.152921504606847e18 + 0.5),
        Some(Ordering::Equal)
    );
    assert!(eq_f64(&Int::Small(0), -0.0));
}

#[test]
fn parsing() {
    let p = |t: &str, base: u32| parse(t, base, 4300);
    let inv = |t: &str, base: u32| {
        (
            ErrorKind::ValueError,
            format!("invalid literal for int() with base {base}: {t}"),
        )
    };
    assert_eq!(p("0", 0).unwrap(), Int::Small(0));
    assert_eq!(p("00", 0).unwrap(), Int::Small(0));
    assert_eq!(p("0_0", 0).unwrap(), Int::Small(0));
    assert_eq!(p("0x_1f", 0).unwrap(), Int::Small(31));
    assert_eq!(p("0x1f", 16).unwrap(), Int::Small(31));
    assert_eq!(p("0b101", 0).unwrap(), Int::Small(5));
    assert_eq!(p("0o1", 8).unwrap(), Int::Small(1));
    assert_eq!(p("0b1", 16).unwrap(), Int::Small(177));
    assert_eq!(
        p(" \u{3000}\u{663}\u{664}\u{2003} ", 10).unwrap(),
        Int::Small(34)
    );
    assert_eq!(p("\u{663}", 16).unwrap(), Int::Small(3));
    assert_eq!(p("\u{ff11}\u{ff12}", 3).unwrap(), Int::Small(5));
    assert_eq!(p("\u{85}1\u{85}", 10).unwrap(), Int::Small(1));
    assert_eq!(p("\x0b1\x0c", 10).unwrap(), Int::Small(1));
    assert_eq!(p("z", 36).unwrap(), Int::Small(35));
    assert_eq!(p("Z", 36).unwrap(), Int::Small(35));
    assert_eq!(p("-1_000", 10).unwrap(), Int::Small(-1000));
    assert_eq!(p("+12", 0).unwrap(), Int::Small(12));
    assert_eq!(
        s(&p("-123456789012345678901234567890", 10).unwrap()),
        "-123456789012345678901234567890"
    );
    assert_eq!(p("-9223372036854775808", 10).unwrap(), Int::Small(i64::MIN));
    assert_eq!(err(p("010", 0)), inv("'010'", 0));
    assert_eq!(err(p("0_", 0)), inv("'0_'", 0));
    assert_eq!(err(p("0b2", 0)), inv("'0b2'", 0));
    assert_eq!(err(p("0b1", 11)), inv("'0b1'", 11));
    assert_eq!(err(p("1__0", 10)), inv("'1__0'", 10));
    assert_eq!(err(p("_10", 10)), inv("'_10'", 10));
    assert_eq!(err(p("10_", 10)), inv("'10_'", 10));
    assert_eq!(err(p("+-1", 10)), inv("'+-1'", 10));
    assert_eq!(err(p("-  1", 10)), inv("'-  1'", 10));
    assert_eq!(err(p("0x", 16)), inv("'0x'", 16));
    assert_eq!(err(p("", 10)), inv("''", 10));
    assert_eq!(err(p("  ", 10)), inv("'  '", 10));
    assert_eq!(err(p("-", 10)), inv("'-'", 10));
    assert_eq!(err(p("1 2", 10)), inv("'1 2'", 10));
    assert_eq!(err(p("1\x1c", 10)), inv("'1\\x1c'", 10));
    assert_eq!(err(p("'", 10)), inv("\"'\"", 10));
    assert_eq!(err(p("'a\"", 10)), inv("'\\'a\"'", 10));
    assert_eq!(
        err(p("\x00\u{200b}\n\t\\ \u{e9}\u{660}", 10)),
        inv("'\\x00\\u200b\\n\\t\\\\ \u{e9}\u{660}'", 10)
    );
    let long = err(p(&"a".repeat(300), 10));
    assert_eq!(long.1.len(), 240);
    assert_eq!(
        err(p("1", 37)),
        (
            ErrorKind::ValueError,
            "int() base must be >= 2 and <= 36, or 0".into()
        )
    );
    assert_eq!(err(p("1", 1)).1, "int() base must be >= 2 and <= 36, or 0");
}

#[test]
fn digit_limit() {
    let msg = |n: usize| {
        format!(
            "Exceeds the limit (4300 digits) for integer string conversion: value has {n} \
             digits; use sys.set_int_max_str_digits() to increase the limit"
        )
    };
    assert_eq!(err(parse(&"1".repeat(5000), 10, 4300)).1, msg(5000));
    assert_eq!(err(parse(&"0".repeat(5000), 10, 4300)).1, msg(5000));
    assert_eq!(
        err(parse(&format!("-{}", "1".repeat(5000)), 10, 4300)).1,
        msg(5000)
    );
    assert_eq!(
        err(parse(&format!("{}1", "1_".repeat(4300)), 10, 4300)).1,
        msg(4301)
    );
    assert_eq!(
        err(parse(&format!("{}x", "1".repeat(5000)), 10, 4300)).1,
        msg(5000)
    );
    assert_eq!(err(parse(&"1".repeat(5000), 36, 4300)).1, msg(5000));
    assert!(parse(&"1".repeat(4300), 10, 4300).is_ok());
    assert!(parse(&"1".repeat(5000), 10, 0).is_ok());
    let hex = parse(&"1".repeat(5000), 16, 4300).unwrap();
    let str_msg = "Exceeds the limit (4300 digits) for integer string conversion; use \
                   sys.set_int_max_str_digits() to increase the limit";
    assert_eq!(err(to_str_radix(&hex, 10, 4300)).1, str_msg);
    assert_eq!(to_str_radix(&hex, 16, 4300).unwrap(), "1".repeat(5000));
    let big = parse(&"9".repeat(4301), 10, 0).unwrap();
    assert_eq!(err(to_str_radix(&big, 10, 4300)).1, str_msg);
    let ok = parse(&"9".repeat(4300), 10, 0).unwrap();
    assert_eq!(to_str_radix(&ok, 10, 4300).unwrap(), "9".repeat(4300));
    assert_eq!(
        to_str_radix(&neg(&ok), 10, 4300).unwrap(),
        format!("-{}", "9".repeat(4300))
    );
}

#[test]
fn text_forms() {
    assert_eq!(format_prefixed(&Int::Small(-31), 16), "-0x1f");
    assert_eq!(format_prefixed(&Int::Small(8), 8), "0o10");
    assert_eq!(format_prefixed(&Int::Small(-5), 2), "-0b101");
    assert_eq!(format_prefixed(&Int::Small(0), 16), "0x0");
    assert_eq!(format_prefixed(&pow2(64), 16), "0x10000000000000000");
    assert_eq!(to_str_radix(&Int::Small(-255), 16, 0).unwrap(), "-ff");
    assert_eq!(to_str_radix(&Int::Small(35), 36, 0).unwrap(), "z");
    assert_eq!(
        to_str_radix(&Int::Small(i64::MIN), 10, 4300).unwrap(),
        "-9223372036854775808"
    );
}

#[test]
fn bits_and_bytes() {
    assert_eq!(bit_length(&Int::Small(-1)), 1);
    assert_eq!(bit_length(&Int::Small(0)), 0);
    assert_eq!(bit_length(&Int::Small(i64::MIN)), 64);
    assert_eq!(bit_length(&pow2(100)), 101);
    assert_eq!(bit_count(&neg(&pow2(64))), 1);
    assert_eq!(bit_count(&Int::Small(-7)), 3);
    assert_eq!(
        to_bytes(&Int::Small(255), 2, false, false).unwrap(),
        vec![0xff, 0]
    );
    assert_eq!(
        to_bytes(&Int::Small(-1), 1, true, true).unwrap(),
        vec![0xff]
    );
    assert_eq!(
        to_bytes(&Int::Small(-128), 1, true, true).unwrap(),
        vec![0x80]
    );
    assert_eq!(
        to_bytes(&Int::Small(-129), 3, true, true).unwrap(),
        vec![0xff, 0xff, 0x7f]
    );
    assert_eq!(
        to_bytes(&Int::Small(0), 0, true, false).unwrap(),
        Vec::<u8>::new()
    );
    assert_eq!(to_bytes(&Int::Small(0), 2, true, true).unwrap(), vec![0, 0]);
    let too_big = (
        ErrorKind::OverflowError,
        "int too big to convert".to_string(),
    );
    assert_eq!(err(to_bytes(&Int::Small(1), 0, true, false)), too_big);
    assert_eq!(err(to_bytes(&Int::Small(128), 1, true, true)), too_big);
    assert_eq!(err(to_bytes(&Int::Small(-129), 1, true, true)), too_big);
    assert_eq!(err(to_bytes(&pow2(64), 2, true, false)), too_big);
    assert_eq!(
        err(to_bytes(&Int::Small(-1), 1, true, false)),
        (
            ErrorKind::OverflowError,
            "can't convert negative int to unsigned".into()
        )
    );
    assert_eq!(from_bytes(&[0xff, 0x00], true, true), Int::Small(-256));
    assert_eq!(from_bytes(&[0xff, 0x00], false, true), Int::Small(255));
    assert_eq!(from_bytes(&[], false, true), Int::Small(0));
    assert_eq!(
        from_bytes(&[1, 0, 0, 0, 0, 0, 0, 0, 0], true, false),
        pow2(64)
    );
    let v = neg(&pow2(70));
    let b = to_bytes(&v, 10, false, true).unwrap();
    assert_eq!(from_bytes(&b, false, true), v);
}

#[test]
fn helpers() {
    assert_eq!(unicode_decimal_value('7'), Some(7));
    assert_eq!(unicode_decimal_value('\u{669}'), Some(9));
    assert_eq!(unicode_decimal_value('\u{1d7ff}'), Some(9));
    assert_eq!(unicode_decimal_value('a'), None);
    assert_eq!(unicode_decimal_value('\u{2f}'), None);
    assert!(is_py_space('\u{3000}'));
    assert!(!is_py_space('\x1c'));
    assert_eq!(py_repr("a'b\"c"), "'a\\'b\"c'");
    assert_eq!(py_repr("\u{7f}\u{e9}\u{2028}"), "'\\x7f\u{e9}\\u2028'");
    assert!(is_zero(&Int::zero()));
    assert_eq!(sign(&neg(&pow2(80))), -1);
}
