//! Python's text formatting of numbers and strings: `repr(float)`, the `format()` spec mini-language and printf-style `%` conversions.

mod float;
mod int;
mod percent;

pub use float::{complex_repr, float_repr, format_complex, format_float};
pub use int::format_int;
pub use percent::{
    parse_percent_spec, percent_float, percent_int, percent_pad_str, PercentCount, PercentSpec,
    PercentSpecParse,
};

use crate::{Error, ErrorKind, Result};

/// A parsed `format()` spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// Fields keep what was written; each formatter resolves the defaults of its type (alignment,
/// fill from the `0` flag, presentation type).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character, when written together with an alignment.
    pub fill: Option<char>,
    /// One of `<`, `>`, `^`, `=`.
    pub align: Option<char>,
    /// One of `+`, `-`, ` `.
    pub sign: Option<char>,
    /// The `z` flag: negative zero after rounding is shown as positive zero.
    pub z: bool,
    /// The `#` flag.
    pub alternate: bool,
    /// The `0` flag (only recognised when no explicit fill was given).
    pub zero: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type; `None` for the empty type.
    pub ty: Option<char>,
}

fn value_error(msg: impl Into<String>) -> Error {
    Error::new(ErrorKind::ValueError, msg)
}

/// A type code as CPython shows it in messages: itself when a printable ASCII character other
/// than space, otherwise `\x` and its hex value.
fn show_code(c: char) -> String {
    let n = c as u32;
    if n > 32 && n < 128 {
        c.to_string()
    } else {
        format!("\\x{n:x}")
    }
}

fn unknown_code(c: char, type_name: &str) -> Error {
    value_error(format!(
        "Unknown format code '{}' for object of type '{}'",
        show_code(c),
        type_name
    ))
}

/// Reads a run of decimal digits from `chars[*pos..]`; `None` when there are none.
fn parse_count(chars: &[char], pos: &mut usize) -> Result<Option<usize>> {
    let start = *pos;
    let mut value: u64 = 0;
    let mut overflow = false;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        match value
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(d)))
        {
            Some(v) if v <= i64::MAX as u64 => value = v,
            _ => overflow = true,
        }
        *pos += 1;
    }
    if overflow {
        return Err(value_error("Too many decimal digits in format string"));
    }
    if *pos == start {
        return Ok(None);
    }
    usize::try_from(value)
        .map(Some)
        .map_err(|_| value_error("Too many decimal digits in format string"))
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '^' | '=')
}

impl FormatSpec {
    /// Parses a spec; a spec with trailing garbage fails with `Invalid format specifier`
    /// without naming a type (use [`FormatSpec::parse_for`] to get CPython 3.11's full message).
    pub fn parse(spec: &str) -> Result<FormatSpec> {
        Self::parse_inner(spec, None)
    }

    /// Parses a spec for a value of type `type_name`, which CPython names in the
    /// `Invalid format specifier '...' for object of type '...'` message.
    pub fn parse_for(spec: &str, type_name: &str) -> Result<FormatSpec> {
        Self::parse_inner(spec, Some(type_name))
    }

    fn parse_inner(spec: &str, type_name: Option<&str>) -> Result<FormatSpec> {
        let chars: Vec<char> = spec.chars().collect();
        let mut out = FormatSpec::default();
        let mut pos = 0;
        if chars.len() >= 2 && is_align(chars[1]) {
            out.fill = Some(chars[0]);
            out.align = Some(chars[1]);
            pos = 2;
        } else if let Some(&c) = chars.first().filter(|c| is_align(**c)) {
            out.align = Some(c);
            pos = 1;
        }
        if let Some(&c) = chars.get(pos).filter(|c| matches!(c, '+' | '-' | ' ')) {
            out.sign = Some(c);
            pos += 1;
        }
        if chars.get(pos) == Some(&'z') {
            out.z = true;
            pos += 1;
        }
        if chars.get(pos) == Some(&'#') {
            out.alternate = true;
            pos += 1;
        }
        if out.fill.is_none() && chars.get(pos) == Some(&'0') {
            out.zero = true;
            pos += 1;
        }
        out.width = parse_count(&chars, &mut pos)?;
        if let Some(&c) = chars.get(pos).filter(|c| matches!(c, ',' | '_')) {
            out.grouping = Some(c);
            pos += 1;
            if let Some(&c2) = chars.get(pos).filter(|c| matches!(c, ',' | '_')) {
                if c2 == c {
                    return Err(value_error(format!("Cannot specify '{c}' with '{c}'.")));
                }
                return Err(value_error("Cannot specify both ',' and '_'."));
            }
        }
        if chars.get(pos) == Some(&'.') {
            pos += 1;
            out.precision = parse_count(&chars, &mut pos)?;
            if out.precision.is_none() {
                return Err(value_error("Format specifier missing precision"));
            }
        }
        let rest = chars.len() - pos;
        if rest > 1 {
            return Err(value_error(match type_name {
                Some(t) => format!("Invalid format specifier '{spec}' for object of type '{t}'"),
                None => "Invalid format specifier".to_string(),
            }));
        }
        out.ty = chars.get(pos).copied();
        Ok(out)
    }

    /// CPython's last parse step: a grouping character is allowed only with some types
    /// (`default_ty` is the type's meaning of the empty presentation type).
    fn check_grouping(&self, default_ty: Option<char>) -> Result<()> {
        let Some(g) = self.grouping else {
            return Ok(());
        };
        let ty = self.ty.or(default_ty);
        let ok = match ty {
            None => true,
            Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => g == '_',
            Some(_) => false,
        };
        if ok {
            return Ok(());
        }
        let shown = ty.map(show_code).unwrap_or_default();
        Err(value_error(format!("Cannot specify '{g}' with '{shown}'.")))
    }

    /// The fill character after applying the `0` flag.
    fn fill_char(&self) -> char {
        self.fill.unwrap_or(if self.zero { '0' } else { ' ' })
    }

    /// The alignment for a number (default right, `=` under the `0` flag).
    fn number_align(&self) -> char {
        self.align.unwrap_or(if self.zero { '=' } else { '>' })
    }
}

/// Grows `out` by `n` copies of `c`, failing with MemoryError instead of aborting.
fn push_fill(out: &mut String, c: char, n: usize) -> Result<()> {
    let bytes = n
        .checked_mul(c.len_utf8())
        .ok_or_else(|| Error::new(ErrorKind::MemoryError, ""))?;
    out.try_reserve(bytes)
        .map_err(|_| Error::new(ErrorKind::MemoryError, ""))?;
    out.extend(std::iter::repeat_n(c, n));
    Ok(())
}

/// Pads `body` (of `len` code points) to `width` with `fill`, aligned by `align` (`<`, `>`,
/// `^`; anything else counts as `>`).
fn pad(body: &str, len: usize, width: Option<usize>, fill: char, align: char) -> Result<String> {
    let total = width.unwrap_or(0);
    if total <= len {
        return Ok(body.to_string());
    }
    let extra = total - len;
    let (left, right) = match align {
        '<' => (0, extra),
        '^' => (extra / 2, extra - extra / 2),
        _ => (extra, 0),
    };
    let mut out = String::new();
    push_fill(&mut out, fill, left)?;
    out.push_str(body);
    push_fill(&mut out, fill, right)?;
    Ok(out)
}

/// A number split the way the padding rules need it: sign, prefix (`0x`), integer digits
/// (the part that is grouped), and the rest (fraction, exponent, `%`, `inf`).
struct NumberParts {
    sign: &'static str,
    prefix: String,
    digits: String,
    rest: String,
}

/// Inserts `sep` every `interval` digits from the right; with `min_width`, left-pads with zeros
/// (grouped too) until the result is at least that long, never starting with a separator.
fn group_digits(digits: &str, sep: char, interval: usize, min_width: usize) -> String {
    let real: Vec<char> = digits.chars().rev().collect();
    let mut out: Vec<char> = Vec::with_capacity(real.len() * 2 + min_width);
    let mut n = 0;
    loop {
        let have_real = n < real.len();
        if !have_real && n > 0 && out.len() >= min_width {
            break;
        }
        if n > 0 && n % interval == 0 {
            out.push(sep);
        }
        out.push(real.get(n).copied().unwrap_or('0'));
        n += 1;
    }
    out.iter().rev().collect()
}

/// Lays out a number per the spec's width, fill, alignment and grouping (`interval` digits a
/// group). Used for ints, floats and the two halves of complex numbers.
fn layout_number(parts: &NumberParts, spec: &FormatSpec, interval: usize) -> Result<String> {
    let fill = spec.fill_char();
    let align = spec.number_align();
    let width = spec.width.unwrap_or(0);
    let lead = parts.sign.len() + parts.prefix.chars().count();
    let rest_len = parts.rest.chars().count();
    let digits = match spec.grouping {
        Some(sep) if !parts.digits.is_empty() => {
            let min = if fill == '0' && align == '=' {
                width.saturating_sub(lead + rest_len)
            } else {
                0
            };
            group_digits(&parts.digits, sep, interval, min)
        }
        _ => parts.digits.clone(),
    };
    let len = lead + digits.chars().count() + rest_len;
    if align == '=' {
        let mut out = String::new();
        out.push_str(parts.sign);
        out.push_str(&parts.prefix);
        push_fill(&mut out, fill, width.saturating_sub(len))?;
        out.push_str(&digits);
        out.push_str(&parts.rest);
        return Ok(out);
    }
    let body = format!("{}{}{}{}", parts.sign, parts.prefix, digits, parts.rest);
    pad(&body, len, spec.width, fill, align)
}

/// The sign text for a number per the spec's sign option.
fn sign_text(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// `format(s, spec)` for a str (`type_name` is the object's type, named in messages).
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String> {
    spec.check_grouping(Some('s'))?;
    if let Some(t) = spec.ty.filter(|t| *t != 's') {
        return Err(unknown_code(t, type_name));
    }
    match spec.sign {
        Some(' ') => return Err(value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.z {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let (body, len) = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => (&s[..i], p),
            None => (s, s.chars().count()),
        },
        None => (s, s.chars().count()),
    };
    pad(
        body,
        len,
        spec.width,
        spec.fill_char(),
        spec.align.unwrap_or('<'),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(spec: &str) -> String {
        match FormatSpec::parse_for(spec, "int") {
            Ok(s) => format!("ok {s:?}"),
            Err(e) => e.msg,
        }
    }

    fn fs(s: &str, spec: &str) -> String {
        match FormatSpec::parse_for(spec, "str").and_then(|p| format_str(s, &p, "str")) {
            Ok(r) => r,
            Err(e) => format!("{:?}: {}", e.kind, e.msg),
        }
    }

    #[test]
    fn parse_fields() {
        let s = FormatSpec::parse("*^+z#012,.3f").unwrap();
        assert_eq!(s.fill, Some('*'));
        assert_eq!(s.align, Some('^'));
        assert_eq!(s.sign, Some('+'));
        assert!(s.z && s.alternate && !s.zero);
        assert_eq!(s.width, Some(12));
        assert_eq!(s.grouping, Some(','));
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.ty, Some('f'));
        let s = FormatSpec::parse("010_").unwrap();
        assert!(s.zero);
        assert_eq!(s.width, Some(10));
        assert_eq!(s.grouping, Some('_'));
        assert_eq!(s.ty, None);
        let s = FormatSpec::parse("x<05").unwrap();
        assert!(!s.zero);
        assert_eq!(s.width, Some(5));
        assert_eq!(FormatSpec::parse("").unwrap(), FormatSpec::default());
        let s = FormatSpec::parse("00").unwrap();
        assert!(s.zero);
        assert_eq!(s.width, Some(0));
    }

    #[test]
    fn parse_errors() {
        assert_eq!(
            err("%%"),
            "Invalid format specifier '%%' for object of type 'int'"
        );
        assert_eq!(
            FormatSpec::parse("xx").unwrap_err().msg,
            "Invalid format specifier"
        );
        assert_eq!(err(".x"), "Format specifier missing precision");
        assert_eq!(err("."), "Format specifier missing precision");
        assert_eq!(err("10."), "Format specifier missing precision");
        assert_eq!(err(".,"), "Format specifier missing precision");
        assert_eq!(err(".xx"), "Format specifier missing precision");
        assert_eq!(err(",_"), "Cannot specify both ',' and '_'.");
        assert_eq!(err("_,"), "Cannot specify both ',' and '_'.");
        assert_eq!(err(",_xx"), "Cannot specify both ',' and '_'.");
        assert_eq!(err(",,"), "Cannot specify ',' with ','.");
        assert_eq!(err("__"), "Cannot specify '_' with '_'.");
        assert_eq!(
            err(",xx"),
            "Invalid format specifier ',xx' for object of type 'int'"
        );
        assert_eq!(
            err("99999999999999999999"),
            "Too many decimal digits in format string"
        );
        assert_eq!(
            err(".99999999999999999999"),
            "Too many decimal digits in format string"
        );
        assert_eq!(
            err("9223372036854775808"),
            "Too many decimal digits in format string"
        );
        assert_eq!(
            err("9999999999999999999.2"),
            "Too many decimal digits in format string"
        );
        assert_eq!(
            err(".2,f"),
            "Invalid format specifier '.2,f' for object of type 'int'"
        );
        assert_eq!(
            err("#0=10.5"),
            "Invalid format specifier '#0=10.5' for object of type 'int'"
        );
    }

    #[test]
    fn grouping_type_check() {
        let p = |s: &str, d: Option<char>| {
            FormatSpec::parse(s)
                .and_then(|f| f.check_grouping(d))
                .err()
                .map(|e| e.msg)
        };
        assert_eq!(p(",c", Some('d')).unwrap(), "Cannot specify ',' with 'c'.");
        assert_eq!(p(",b", Some('d')).unwrap(), "Cannot specify ',' with 'b'.");
        assert_eq!(p("_n", Some('d')).unwrap(), "Cannot specify '_' with 'n'.");
        assert_eq!(p(",", Some('s')).unwrap(), "Cannot specify ',' with 's'.");
        assert_eq!(p(", ", None).unwrap(), "Cannot specify ',' with '\\x20'.");
        assert_eq!(
            p(",\u{1}", None).unwrap(),
            "Cannot specify ',' with '\\x1'."
        );
        assert_eq!(p(",é", None).unwrap(), "Cannot specify ',' with '\\xe9'.");
        assert_eq!(p("_x", Some('d')), None);
        assert_eq!(p(",", None), None);
        assert_eq!(p(",%", None), None);
    }

    #[test]
    fn strings() {
        assert_eq!(fs("a", ""), "a");
        assert_eq!(fs("a", "0"), "a");
        assert_eq!(fs("a", "05"), "a0000");
        assert_eq!(fs("ab", "<05"), "ab000");
        assert_eq!(fs("ab", "0^5"), "0ab00");
        assert_eq!(fs("ab", "x^5"), "xabxx");
        assert_eq!(fs("abc", ".2"), "ab");
        assert_eq!(fs("abc", "^7.2"), "  ab   ");
        assert_eq!(fs("abc", ">6s"), "   abc");
        assert_eq!(fs("héllo", "*^9.4"), "**héll***");
        assert_eq!(fs("a", ".0"), "");
        assert_eq!(fs("a", ".2147483648"), "a");
        assert_eq!(fs("€", "€>3"), "€€€");
    }

    #[test]
    fn string_errors() {
        assert_eq!(
            fs("a", "="),
            "ValueError: '=' alignment not allowed in string format specifier"
        );
        assert_eq!(
            fs("a", "0=5"),
            "ValueError: '=' alignment not allowed in string format specifier"
        );
        assert_eq!(
            fs("a", "+"),
            "ValueError: Sign not allowed in string format specifier"
        );
        assert_eq!(
            fs("a", "#"),
            "ValueError: Alternate form (#) not allowed in string format specifier"
        );
        assert_eq!(
            fs("a", "d"),
            "ValueError: Unknown format code 'd' for object of type 'str'"
        );
        assert_eq!(
            fs("a", "\u{1}"),
            "ValueError: Unknown format code '\\x1' for object of type 'str'"
        );
        assert_eq!(fs("a", ","), "ValueError: Cannot specify ',' with 's'.");
        assert_eq!(fs("a", "_"), "ValueError: Cannot specify '_' with 's'.");
        assert_eq!(
            fs("a", "z"),
            "ValueError: Negative zero coercion (z) not allowed in string format specifier"
        );
        assert_eq!(
            fs("a", "z.2x"),
            "ValueError: Unknown format code 'x' for object of type 'str'"
        );
        assert_eq!(
            fs("a", "=+"),
            "ValueError: Sign not allowed in string format specifier"
        );
        assert_eq!(
            fs("a", "+#"),
            "ValueError: Sign not allowed in string format specifier"
        );
        assert_eq!(
            fs("a", "#="),
            "ValueError: '=' alignment not allowed in string format specifier"
        );
        assert_eq!(
            fs("a", "+=z#s"),
            "ValueError: Negative zero coercion (z) not allowed in string format specifier"
        );
        assert_eq!(
            fs("a", "=z#"),
            "ValueError: Negative zero coercion (z) not allowed in string format specifier"
        );
        assert_eq!(
            fs("a", "."),
            "ValueError: Format specifier missing precision"
        );
        assert_eq!(
            fs("a", "+z"),
            "ValueError: Sign not allowed in string format specifier"
        );
        assert_eq!(
            fs("a", "-"),
            "ValueError: Sign not allowed in string format specifier"
        );
        assert_eq!(
            fs("a", " z#"),
            "ValueError: Space not allowed in string format specifier"
        );
        assert_eq!(fs("a", "9223372036854775807"), "MemoryError: ");
    }
}

#[cfg(test)]
mod grid_tests;
