//! printf-style `str % args` conversions: parsing one `%...` spec and rendering ints, floats and strings.

use num_bigint::{BigInt, Sign};
use num_traits::Signed;

use super::float::{signed_body, Mode};
use super::{push_fill, value_error};
use crate::{Error, ErrorKind, Result};

/// One `%` conversion's flags, width, precision and conversion character.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PercentSpec {
    /// `-`: pad on the right.
    pub left: bool,
    /// `+`: always show a sign.
    pub plus: bool,
    /// ` `: a space before non-negative numbers.
    pub space: bool,
    /// `#`: alternate form.
    pub alt: bool,
    /// `0`: pad numbers with zeros after the sign.
    pub zero: bool,
    pub width: Option<usize>,
    pub precision: Option<usize>,
    pub conv: char,
}

/// A width or precision as written: absent, a number, or `*` (take the next argument).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentCount {
    Absent,
    Fixed(usize),
    FromArgs,
}

/// One parsed `%...` conversion. `spec.width`/`spec.precision` hold the fixed values; with `*`
/// the VM takes an int argument (before the value): a negative `*` width sets `spec.left` and
/// uses its absolute value; a negative `*` precision counts as 0.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentSpecParse {
    /// The `(name)` mapping key, when given.
    pub key: Option<String>,
    pub spec: PercentSpec,
    pub width: PercentCount,
    pub precision: PercentCount,
    /// `%%` written as just that: a literal `%` that takes no argument.
    pub literal_percent: bool,
    /// The index (in code points) of the conversion character, for the error message.
    pub conv_index: usize,
}

impl PercentSpecParse {
    /// Whether the conversion character is one `%` formatting knows.
    pub fn is_supported(&self) -> bool {
        matches!(
            self.spec.conv,
            's' | 'r'
                | 'a'
                | 'c'
                | 'd'
                | 'i'
                | 'u'
                | 'o'
                | 'x'
                | 'X'
                | 'e'
                | 'E'
                | 'f'
                | 'F'
                | 'g'
                | 'G'
        )
    }

    /// CPython's error for an unknown conversion character; CPython raises it only after
    /// fetching the conversion's argument (so `'%y' % ()` is a TypeError about arguments).
    pub fn unsupported_error(&self) -> Error {
        let c = self.spec.conv;
        let n = c as u32;
        let shown = if (32..127).contains(&n) { c } else { '?' };
        value_error(format!(
            "unsupported format character '{shown}' (0x{n:x}) at index {}",
            self.conv_index
        ))
    }
}

fn incomplete() -> Error {
    value_error("incomplete format")
}

fn read_count(
    chars: &[(usize, char)],
    i: &mut usize,
    limit: u64,
    too_big: &str,
) -> Result<PercentCount> {
    if chars.get(*i).map(|c| c.1) == Some('*') {
        *i += 1;
        return Ok(PercentCount::FromArgs);
    }
    let mut value: u64 = 0;
    let start = *i;
    while let Some(d) = chars.get(*i).and_then(|c| c.1.to_digit(10)) {
        value = value * 10 + u64::from(d);
        if value > limit {
            return Err(value_error(too_big));
        }
        *i += 1;
    }
    if *i == start {
        return Ok(PercentCount::Absent);
    }
    Ok(PercentCount::Fixed(value as usize))
}

/// Parses one conversion of `fmt` starting at byte `pos` (just after its `%`); returns it and
/// the byte position after its conversion character. The VM should check that the arguments are
/// a mapping before calling this on a spec starting with `(` (CPython's `format requires a
/// mapping` comes first), and call [`PercentSpecParse::unsupported_error`] after fetching the
/// argument when [`PercentSpecParse::is_supported`] is false.
pub fn parse_percent_spec(fmt: &str, pos: usize) -> Result<(PercentSpecParse, usize)> {
    let tail = fmt.get(pos..).ok_or_else(incomplete)?;
    let chars: Vec<(usize, char)> = tail.char_indices().collect();
    let base_index = fmt[..pos].chars().count();
    let mut i = 0;
    let mut key = None;
    if chars.first().map(|c| c.1) == Some('(') {
        let mut depth = 1;
        i = 1;
        let start = i;
        loop {
            match chars.get(i).map(|c| c.1) {
                None => return Err(value_error("incomplete format key")),
                Some('(') => depth += 1,
                Some(')') => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                Some(_) => {}
            }
            i += 1;
        }
        let from = chars[start].0;
        let to = chars[i].0;
        key = Some(tail[from..to].to_string());
        i += 1;
    }
    let mut spec = PercentSpec::default();
    while let Some(&(_, c)) = chars.get(i) {
        match c {
            '-' => spec.left = true,
            '+' => spec.plus = true,
            ' ' => spec.space = true,
            '#' => spec.alt = true,
            '0' => spec.zero = true,
            _ => break,
        }
        i += 1;
    }
    let width = read_count(&chars, &mut i, isize::MAX as u64, "width too big")?;
    let mut precision = PercentCount::Absent;
    if chars.get(i).map(|c| c.1) == Some('.') {
        i += 1;
        precision = read_count(&chars, &mut i, i32::MAX as u64, "precision too big")?;
        if precision == PercentCount::Absent {
            precision = PercentCount::Fixed(0);
        }
    }
    if matches!(chars.get(i).map(|c| c.1), Some('h' | 'l' | 'L')) {
        i += 1;
    }
    let &(off, conv) = chars.get(i).ok_or_else(incomplete)?;
    if let PercentCount::Fixed(w) = width {
        spec.width = Some(w);
    }
    if let PercentCount::Fixed(p) = precision {
        spec.precision = Some(p);
    }
    spec.conv = conv;
    let parsed = PercentSpecParse {
        key,
        literal_percent: conv == '%' && i == 0,
        spec,
        width,
        precision,
        conv_index: base_index + i,
    };
    Ok((parsed, pos + off + conv.len_utf8()))
}

/// Pads `sign + prefix + body` to the spec's width: spaces on the left, spaces on the right
/// with `-`, or zeros after the sign and prefix with `0` (when `zero_ok`). MemoryError when the
/// width cannot be allocated.
fn pad_number(
    sign: &str,
    prefix: &str,
    body: &str,
    spec: &PercentSpec,
    zero_ok: bool,
) -> Result<String> {
    let len = sign.len() + prefix.len() + body.chars().count();
    let extra = spec.width.unwrap_or(0).saturating_sub(len);
    let mut out = String::new();
    out.try_reserve(body.len() + sign.len() + prefix.len())
        .map_err(|_| Error::new(ErrorKind::MemoryError, ""))?;
    if spec.left {
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
        push_fill(&mut out, ' ', extra)?;
    } else if spec.zero && zero_ok {
        out.push_str(sign);
        out.push_str(prefix);
        push_fill(&mut out, '0', extra)?;
        out.push_str(body);
    } else {
        push_fill(&mut out, ' ', extra)?;
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
    }
    Ok(out)
}

fn sign_of(negative: bool, spec: &PercentSpec) -> &'static str {
    if negative {
        "-"
    } else if spec.plus {
        "+"
    } else if spec.space {
        " "
    } else {
        ""
    }
}

/// `%d %i %u %o %x %X` of an int (any other conversion character counts as `d`); MemoryError
/// only when the width cannot be allocated.
pub fn percent_int(v: &BigInt, spec: &PercentSpec) -> Result<String> {
    let (radix, prefix) = match spec.conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.abs().to_str_radix(radix);
    if spec.conv == 'X' {
        digits.make_ascii_uppercase();
    }
    if let Some(p) = spec.precision {
        if p > digits.len() {
            let mut padded = "0".repeat(p - digits.len());
            padded.push_str(&digits);
            digits = padded;
        }
    }
    let prefix = if spec.alt { prefix } else { "" };
    pad_number(
        sign_of(v.sign() == Sign::Minus, spec),
        prefix,
        &digits,
        spec,
        true,
    )
}

/// `%e %E %f %F %g %G` of a float (default precision 6; any other character counts as `g`).
pub fn percent_float(x: f64, spec: &PercentSpec) -> Result<String> {
    let prec = spec.precision.unwrap_or(6);
    let mode = match spec.conv {
        'e' | 'E' => Mode::Exp,
        'f' | 'F' => Mode::Fixed,
        _ => Mode::General,
    };
    let (neg, mut body) = signed_body(x, mode, prec, spec.alt, false);
    if spec.conv.is_ascii_uppercase() {
        body.make_ascii_uppercase();
    }
    pad_number(sign_of(neg, spec), "", &body, spec, true)
}

/// `%s %r %a %c` padding of the already converted text: precision truncates (code points),
/// width pads with spaces (on the right with `-`); the `0` flag does not apply.
pub fn percent_pad_str(s: &str, spec: &PercentSpec) -> Result<String> {
    let body = match spec.precision.filter(|_| spec.conv != 'c') {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => &s[..i],
            None => s,
        },
        None => s,
    };
    pad_number("", "", body, spec, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(fmt: &str) -> PercentSpec {
        let (p, end) = parse_percent_spec(fmt, 1).unwrap();
        assert_eq!(end, fmt.len());
        p.spec
    }

    fn pi(fmt: &str, v: i64) -> String {
        percent_int(&BigInt::from(v), &parse(fmt)).unwrap()
    }

    fn pf(fmt: &str, x: f64) -> String {
        percent_float(x, &parse(fmt)).unwrap()
    }

    fn ps(fmt: &str, s: &str) -> String {
        percent_pad_str(s, &parse(fmt)).unwrap()
    }

    fn perr(fmt: &str) -> String {
        match parse_percent_spec(fmt, fmt.find('%').unwrap() + 1) {
            Ok((p, _)) if !p.is_supported() => p.unsupported_error().msg,
            Ok((p, end)) => format!("ok {p:?} {end}"),
            Err(e) => e.msg,
        }
    }

    #[test]
    fn ints() {
        let cases: &[(&str, i64, &str)] = &[
            ("%d", 1, "1"),
            ("%-05d", 3, "3    "),
            ("%#o", 8, "0o10"),
            ("%#x", 255, "0xff"),
            ("%#X", 255, "0XFF"),
            ("% d", 5, " 5"),
            ("%+ d", 5, "+5"),
            ("% +d", 5, "+5"),
            ("%+ d", -5, "-5"),
            ("%05.3d", 7, "00007"),
            ("%.3x", -7, "-007"),
            ("%#.3x", -7, "-0x007"),
            ("%#5.3o", 7, "0o007"),
            ("%i", 5, "5"),
            ("%u", -5, "-5"),
            ("% 5d", -3, "   -3"),
            ("%0-5d", 3, "3    "),
            ("%hd", 5, "5"),
            ("%Ld", 5, "5"),
            ("%.3d", -7, "-007"),
            ("%03d", -7, "-07"),
            ("%-+5d", 3, "+3   "),
            ("%0+5d", 3, "+0003"),
            ("% 05d", 3, " 0003"),
            ("%#5x", 0, "  0x0"),
            ("%#x", 0, "0x0"),
            ("%#o", 0, "0o0"),
            ("%.0d", 0, "0"),
            ("%.0x", 0, "0"),
            ("%#x", -255, "-0xff"),
            ("%#010x", -255, "-0x00000ff"),
            ("%x", 1 << 40, "10000000000"),
        ];
        for (fmt, v, want) in cases {
            assert_eq!(pi(fmt, *v), *want, "{fmt} % {v}");
        }
    }

    #[test]
    fn floats() {
        let cases: &[(&str, f64, &str)] = &[
            ("%e", 1.5, "1.500000e+00"),
            ("%#g", 1.0, "1.00000"),
            ("%g", 1e20, "1e+20"),
            ("%.0e", 2.5, "2e+00"),
            ("%#.0f", 2.0, "2."),
            ("%+.3F", f64::INFINITY, "+INF"),
            ("%05f", f64::NAN, "00nan"),
            ("%010.2f", -3.25, "-000003.25"),
            ("%#.3g", 1.0, "1.00"),
            ("%.3g", 1.0, "1"),
            ("%.5e", f64::INFINITY, "inf"),
            ("%-08f", -1.5, "-1.500000"),
            ("%+08.2f", f64::NEG_INFINITY, "-0000inf"),
            ("% f", 1.0, " 1.000000"),
            ("% g", f64::NAN, " nan"),
            ("%010.3e", 1.5e-9, "01.500e-09"),
            ("%g", 1e16, "1e+16"),
            ("%g", 123456.0, "123456"),
            ("%g", 1234567.0, "1.23457e+06"),
            ("%.0g", 0.5, "0.5"),
            ("%#.0e", 3.0, "3.e+00"),
            ("%E", 1e300, "1.000000E+300"),
            ("%G", 1e-300, "1E-300"),
            ("%f", 2.675, "2.675000"),
            ("%.2f", 2.675, "2.67"),
            ("%f", -0.0, "-0.000000"),
            ("%.1f", 0.25, "0.2"),
        ];
        for (fmt, x, want) in cases {
            assert_eq!(pf(fmt, *x), *want, "{fmt} % {x}");
        }
    }

    #[test]
    fn strings() {
        assert_eq!(ps("%5.1s", "abc"), "    a");
        assert_eq!(ps("%-5r", "'a'"), "'a'  ");
        assert_eq!(ps("%5.0s", "ab"), "     ");
        assert_eq!(ps("%.0c", "a"), "a");
        assert_eq!(ps("%5.1c", "a"), "    a");
        assert_eq!(ps("%-5c", "a"), "a    ");
        assert_eq!(ps("%#5.3c", "a"), "    a");
        assert_eq!(ps("%05s", "a"), "    a");
        assert_eq!(ps("%0-5s", "a"), "a    ");
        assert_eq!(ps("%5.3s", "abcdef"), "  abc");
        assert_eq!(ps("%-8.3s", "abcdef"), "abc     ");
        assert_eq!(ps("%.3s", "ab"), "ab");
        assert_eq!(ps("%.2s", "éèê"), "éè");
        let huge = parse("%9223372036854775807s");
        assert_eq!(
            percent_pad_str("a", &huge).unwrap_err().kind,
            ErrorKind::MemoryError
        );
        assert_eq!(
            percent_int(&BigInt::from(1), &huge).unwrap_err().kind,
            ErrorKind::MemoryError
        );
    }

    #[test]
    fn parsing() {
        let (p, end) = parse_percent_spec("x%(a(b))-#5.3hd!", 2).unwrap();
        assert_eq!(end, 15);
        assert_eq!(p.key.as_deref(), Some("a(b)"));
        assert!(p.spec.left && p.spec.alt && !p.spec.zero);
        assert_eq!(p.width, PercentCount::Fixed(5));
        assert_eq!(p.spec.width, Some(5));
        assert_eq!(p.spec.precision, Some(3));
        assert_eq!(p.spec.conv, 'd');
        assert_eq!(p.conv_index, 14);
        let (p, end) = parse_percent_spec("%*.*f", 1).unwrap();
        assert_eq!(end, 5);
        assert_eq!(p.width, PercentCount::FromArgs);
        assert_eq!(p.precision, PercentCount::FromArgs);
        assert_eq!(p.spec.width, None);
        let (p, end) = parse_percent_spec("%.f", 1).unwrap();
        assert_eq!((p.spec.precision, end), (Some(0), 3));
        let (p, _) = parse_percent_spec("%()s", 1).unwrap();
        assert_eq!(p.key.as_deref(), Some(""));
        let (p, end) = parse_percent_spec("a%%b", 2).unwrap();
        assert!(p.literal_percent);
        assert_eq!(end, 3);
        let (p, _) = parse_percent_spec("%5%", 1).unwrap();
        assert!(!p.literal_percent && !p.is_supported());
        assert_eq!(
            p.unsupported_error().msg,
            "unsupported format character '%' (0x25) at index 2"
        );
        let (p, end) = parse_percent_spec("é%sé", 3).unwrap();
        assert_eq!((p.conv_index, end), (2, 4));
    }

    #[test]
    fn parse_errors() {
        assert_eq!(
            perr("%y"),
            "unsupported format character 'y' (0x79) at index 1"
        );
        let (p, _) = parse_percent_spec("%s %y", 4).unwrap();
        assert_eq!(
            p.unsupported_error().msg,
            "unsupported format character 'y' (0x79) at index 4"
        );
        assert_eq!(
            perr("%-5%"),
            "unsupported format character '%' (0x25) at index 3"
        );
        assert_eq!(
            perr("%lld"),
            "unsupported format character 'l' (0x6c) at index 2"
        );
        assert_eq!(
            perr("%é"),
            "unsupported format character '?' (0xe9) at index 1"
        );
        assert_eq!(
            perr("%\u{1}"),
            "unsupported format character '?' (0x1) at index 1"
        );
        assert_eq!(
            perr("%\u{7f}"),
            "unsupported format character '?' (0x7f) at index 1"
        );
        assert_eq!(
            perr("%~"),
            "unsupported format character '~' (0x7e) at index 1"
        );
        assert_eq!(perr("ab%"), "incomplete format");
        assert_eq!(perr("%(a"), "incomplete format key");
        assert_eq!(perr("%(a)"), "incomplete format");
        assert_eq!(perr("%5"), "incomplete format");
        assert_eq!(perr("%."), "incomplete format");
        assert_eq!(perr("% "), "incomplete format");
        assert_eq!(perr("%99999999999999999999d"), "width too big");
        assert_eq!(perr("%9223372036854775808d"), "width too big");
        assert_eq!(perr("%.99999999999999999999d"), "precision too big");
        assert_eq!(perr("%.2147483648d"), "precision too big");
    }
}
