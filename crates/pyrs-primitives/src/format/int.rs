//! `format(int, spec)`: the integer presentation types, and the float ones through conversion.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

use super::{
    format_float, layout_number, sign_text, unknown_code, value_error, FormatSpec, NumberParts,
};
use crate::{Error, ErrorKind, Result};

/// `int(v)` as a float the way CPython's `PyLong_AsDouble` does: correctly rounded, and
/// OverflowError past the largest finite double.
pub(crate) fn int_to_f64(v: &BigInt) -> Result<f64> {
    let overflow = || {
        Error::new(
            ErrorKind::OverflowError,
            "int too large to convert to float",
        )
    };
    if v.bits() > 1024 {
        return Err(overflow());
    }
    match v.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(overflow()),
    }
}

/// `format(v, spec)` for an int (`type_name` is the object's type, e.g. `int` or `bool`, named
/// in messages).
pub fn format_int(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String> {
    spec.check_grouping(Some('d'))?;
    let ty = spec.ty.unwrap_or('d');
    if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        return format_float(int_to_f64(v)?, spec, type_name);
    }
    if !matches!(ty, 'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') {
        return Err(unknown_code(ty, type_name));
    }
    if spec.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.z {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let range_error = || Error::new(ErrorKind::OverflowError, "%c arg not in range(0x110000)");
        if v.to_i64().is_none() {
            return Err(Error::new(
                ErrorKind::OverflowError,
                "Python int too large to convert to C long",
            ));
        }
        let cp = v
            .to_u32()
            .filter(|n| *n < 0x110000)
            .ok_or_else(range_error)?;
        let c = char::from_u32(cp).ok_or_else(|| {
            value_error("a lone surrogate cannot be formatted into a Rust string")
        })?;
        let parts = NumberParts {
            sign: "",
            prefix: String::new(),
            digits: String::new(),
            rest: c.to_string(),
        };
        return layout_number(&parts, spec, 3);
    }
    let (radix, prefix, interval) = match ty {
        'b' => (2, "0b", 4),
        'o' => (8, "0o", 4),
        'x' => (16, "0x", 4),
        'X' => (16, "0X", 4),
        _ => (10, "", 3),
    };
    let mut digits = v.abs().to_str_radix(radix);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        sign: sign_text(v.sign() == Sign::Minus, spec.sign),
        prefix: if spec.alternate {
            prefix.to_string()
        } else {
            String::new()
        },
        digits,
        rest: String::new(),
    };
    layout_number(&parts, spec, interval)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(v: i128, spec: &str) -> String {
        fb(&BigInt::from(v), spec, "int")
    }

    fn fb(v: &BigInt, spec: &str, t: &str) -> String {
        match FormatSpec::parse_for(spec, t).and_then(|p| format_int(v, &p, t)) {
            Ok(r) => r,
            Err(e) => format!("{:?}: {}", e.kind, e.msg),
        }
    }

    #[test]
    fn basic() {
        let cases: &[(i128, &str, &str)] = &[
            (0, "", "0"),
            (-0, "d", "0"),
            (42, "", "42"),
            (-42, "", "-42"),
            (1, "+d", "+1"),
            (-1, " d", "-1"),
            (1, " d", " 1"),
            (1, " ", " 1"),
            (255, "x", "ff"),
            (255, "#X", "0XFF"),
            (255, "#b", "0b11111111"),
            (-255, "#o", "-0o377"),
            (-255, "#010x", "-0x00000ff"),
            (255, "n", "255"),
            (1234567, "n", "1234567"),
            (1234, "0=10,", "00,001,234"),
            (1234, "010,", "00,001,234"),
            (1234, "*=10,", "*****1,234"),
            (1234, "0>10,", "000001,234"),
            (1234, "0<10,", "1,23400000"),
            (1, "<05", "10000"),
            (-1234, "012,", "-000,001,234"),
            (-1234, "012_x", "-0_0000_04d2"),
            (1234567, "_x", "12_d687"),
            (0xabcdef12, "#_x", "0xabcd_ef12"),
            (0xabcdef12, "#015_x", "0x000_abcd_ef12"),
            (65, ",d", "65"),
            (1234567, ",", "1,234,567"),
            (1234567, "_", "1_234_567"),
            (-1234567, "_b", "-1_0010_1101_0110_1000_0111"),
            (123456789, "_o", "7_2674_6425"),
            (12, "^5", " 12  "),
            (12, "^6", "  12  "),
            (12, "x^+7", "xx+12xx"),
            (-12, "=8", "-     12"),
            (1, "0=+5", "+0001"),
            (1, "00", "1"),
            (1, "<<", "1"),
            (1, "x<", "1"),
            (1, "0", "1"),
            (65, "c", "A"),
            (1, "c", "\u{1}"),
            (0, "c", "\0"),
            (0x10ffff, "c", "\u{10ffff}"),
            (1, "=5c", "    \u{1}"),
            (1, "05c", "0000\u{1}"),
            (65, "<05c", "A0000"),
            (1, "#=c", "\u{1}"),
            (0, "#x", "0x0"),
            (0, "#o", "0o0"),
            (0, "#b", "0b0"),
            (1, "\0<5", "1\0\0\0\0"),
            (1234, "010", "0000001234"),
            (-1234, "010", "-000001234"),
            (-1234, "+010_", "-0_001_234"),
            (-1234, "^+12,", "   -1,234   "),
            (1, "e", "1.000000e+00"),
            (123, "g", "123"),
            (1, "%", "100.000000%"),
            (1, ".2%", "100.00%"),
            (12345, ",.2f", "12,345.00"),
            (-5, "E", "-5.000000E+00"),
            (10_i128.pow(20), "", "100000000000000000000"),
            (10_i128.pow(20), "g", "1e+20"),
            (2_i128.pow(53) + 1, "f", "9007199254740992.000000"),
        ];
        for (v, spec, want) in cases {
            assert_eq!(f(*v, spec), *want, "format({v}, {spec:?})");
        }
    }

    #[test]
    fn big_and_bool() {
        let big: BigInt = BigInt::from(10).pow(30) + 1;
        assert_eq!(
            fb(&big, ",", "int"),
            "1,000,000,000,000,000,000,000,000,000,001"
        );
        assert_eq!(fb(&big, "#x", "int"), "0xc9f2c9cd04674edea40000001");
        let huge = BigInt::from(10).pow(400);
        assert_eq!(
            fb(&huge, "f", "int"),
            "OverflowError: int too large to convert to float"
        );
        assert_eq!(
            fb(&huge, "e", "int"),
            "OverflowError: int too large to convert to float"
        );
        assert_eq!(fb(&BigInt::from(1), "x", "bool"), "1");
        assert_eq!(
            fb(&BigInt::from(1), "s", "bool"),
            "ValueError: Unknown format code 's' for object of type 'bool'"
        );
        // Rounds to the nearest double, ties to even.
        let tie = (BigInt::from(1) << 60u32) + (BigInt::from(1) << 7u32);
        assert_eq!(fb(&tie, ".0f", "int"), "1152921504606846976");
    }

    #[test]
    fn errors() {
        let cases: &[(i128, &str, &str)] = &[
            (
                1,
                "s",
                "ValueError: Unknown format code 's' for object of type 'int'",
            ),
            (
                1,
                "\u{1}",
                "ValueError: Unknown format code '\\x1' for object of type 'int'",
            ),
            (
                1,
                "é",
                "ValueError: Unknown format code '\\xe9' for object of type 'int'",
            ),
            (
                1,
                "\u{7f}",
                "ValueError: Unknown format code '\u{7f}' for object of type 'int'",
            ),
            (
                1,
                ".2",
                "ValueError: Precision not allowed in integer format specifier",
            ),
            (
                1,
                ".2d",
                "ValueError: Precision not allowed in integer format specifier",
            ),
            (
                1,
                ".0c",
                "ValueError: Precision not allowed in integer format specifier",
            ),
            (
                1,
                ".2147483648",
                "ValueError: Precision not allowed in integer format specifier",
            ),
            (
                1,
                ".2s",
                "ValueError: Unknown format code 's' for object of type 'int'",
            ),
            (
                1,
                "zs",
                "ValueError: Unknown format code 's' for object of type 'int'",
            ),
            (
                1,
                "z.2",
                "ValueError: Precision not allowed in integer format specifier",
            ),
            (
                1,
                "z",
                "ValueError: Negative zero coercion (z) not allowed in integer format specifier",
            ),
            (
                1,
                "+z#c",
                "ValueError: Negative zero coercion (z) not allowed in integer format specifier",
            ),
            (
                1,
                "+c",
                "ValueError: Sign not allowed with integer format specifier 'c'",
            ),
            (
                1,
                " c",
                "ValueError: Sign not allowed with integer format specifier 'c'",
            ),
            (
                1,
                "-#c",
                "ValueError: Sign not allowed with integer format specifier 'c'",
            ),
            (
                1,
                "#c",
                "ValueError: Alternate form (#) not allowed with integer format specifier 'c'",
            ),
            (-1, "c", "OverflowError: %c arg not in range(0x110000)"),
            (
                0x110000,
                "c",
                "OverflowError: %c arg not in range(0x110000)",
            ),
            (1, ",c", "ValueError: Cannot specify ',' with 'c'."),
            (1, "z,c", "ValueError: Cannot specify ',' with 'c'."),
            (1, ",s", "ValueError: Cannot specify ',' with 's'."),
            (1, ",b", "ValueError: Cannot specify ',' with 'b'."),
            (1, ",o", "ValueError: Cannot specify ',' with 'o'."),
            (1, ",x", "ValueError: Cannot specify ',' with 'x'."),
            (1, "_c", "ValueError: Cannot specify '_' with 'c'."),
            (1, "_n", "ValueError: Cannot specify '_' with 'n'."),
            (1, ",n", "ValueError: Cannot specify ',' with 'n'."),
            (
                1,
                "xx",
                "ValueError: Invalid format specifier 'xx' for object of type 'int'",
            ),
            (
                1,
                "z+",
                "ValueError: Unknown format code '+' for object of type 'int'",
            ),
            (
                1,
                "#z",
                "ValueError: Unknown format code 'z' for object of type 'int'",
            ),
            (
                1,
                ".1_",
                "ValueError: Unknown format code '_' for object of type 'int'",
            ),
        ];
        for (v, spec, want) in cases {
            assert_eq!(f(*v, spec), *want, "format({v}, {spec:?})");
        }
    }
}
