//! Properties and case mappings of single code points, exactly as CPython 3.11 defines them.
//!
//! The tables in `unicode_tables.rs` are generated from CPython itself by
//! `tools/gen_str_tables.py`, so these functions agree with `chr(c).isalpha()` and friends for
//! every code point (Rust's own `char` methods follow other definitions and Unicode versions).

use super::unicode_tables as t;

/// The property bits of the ASCII code points, read from the table at compile time.
static ASCII_PROPS: [u16; 128] = ascii_props();

const fn ascii_props() -> [u16; 128] {
    let mut out = [0u16; 128];
    let mut cp = 0usize;
    let mut seg = 0usize;
    while cp < 128 {
        while seg + 1 < t::PROPS.len() && t::PROPS[seg + 1].0 as usize <= cp {
            seg += 1;
        }
        out[cp] = t::PROPS[seg].1;
        cp += 1;
    }
    out
}

/// The property bits (`unicode_tables::ALPHA` and so on) of one code point.
#[inline]
fn props(c: char) -> u16 {
    let cp = c as u32;
    if cp < 128 {
        return ASCII_PROPS[cp as usize];
    }
    let i = t::PROPS.partition_point(|&(start, _)| start <= cp);
    t::PROPS.get(i.wrapping_sub(1)).map_or(0, |&(_, bits)| bits)
}

#[inline]
fn has(c: char, bit: u16) -> bool {
    props(c) & bit != 0
}

/// `chr(c).isalpha()`: categories Lm, Lt, Lu, Ll, Lo.
pub fn is_alpha(c: char) -> bool {
    has(c, t::ALPHA)
}

/// `chr(c).isdecimal()`: category Nd.
pub fn is_decimal(c: char) -> bool {
    has(c, t::DECIMAL)
}

/// `chr(c).isdigit()`: Numeric_Type Digit or Decimal.
pub fn is_digit(c: char) -> bool {
    has(c, t::DIGIT)
}

/// `chr(c).isnumeric()`: any Numeric_Type.
pub fn is_numeric(c: char) -> bool {
    has(c, t::NUMERIC)
}

/// `chr(c).isalnum()`: alphabetic, decimal, digit or numeric.
pub fn is_alnum(c: char) -> bool {
    has(c, t::ALPHA | t::DECIMAL | t::DIGIT | t::NUMERIC)
}

/// `chr(c).isspace()`: bidirectional class WS, B or S, or category Zs.
pub fn is_space(c: char) -> bool {
    has(c, t::SPACE)
}

/// The Lowercase property (`chr(c).islower()`).
pub fn is_lower(c: char) -> bool {
    has(c, t::LOWER)
}

/// The Uppercase property (`chr(c).isupper()`).
pub fn is_upper(c: char) -> bool {
    has(c, t::UPPER)
}

/// Category Lt (titlecase letters such as `'ǅ'`).
pub fn is_titlecase(c: char) -> bool {
    has(c, t::TITLE)
}

/// `chr(c).isprintable()`: not in categories Cc Cf Cs Co Cn Zl Zp Zs, except the space.
pub fn is_printable(c: char) -> bool {
    has(c, t::PRINTABLE)
}

/// The Cased property (`title()` lowers a letter that follows a cased code point).
pub fn is_cased(c: char) -> bool {
    has(c, t::CASED)
}

/// The Case_Ignorable property (skipped when `lower()` looks for a final sigma).
pub fn is_case_ignorable(c: char) -> bool {
    has(c, t::CASE_IGNORABLE)
}

/// Can start an identifier: XID_Start or `'_'`.
pub fn is_xid_start(c: char) -> bool {
    has(c, t::XID_START)
}

/// Can continue an identifier: XID_Continue.
pub fn is_xid_continue(c: char) -> bool {
    has(c, t::XID_CONTINUE)
}

/// Looks `c` up in a generated case mapping and appends its image to `out`.
fn map_into(runs: &[(u32, u16, u8, i32)], multi: &[(u32, &str)], c: char, out: &mut String) {
    let cp = c as u32;
    if let Ok(i) = multi.binary_search_by_key(&cp, |&(k, _)| k) {
        if let Some(&(_, text)) = multi.get(i) {
            out.push_str(text);
            return;
        }
    }
    let i = runs.partition_point(|&(first, ..)| first <= cp);
    if let Some(&(first, count, stride, delta)) = runs.get(i.wrapping_sub(1)) {
        let off = cp - first;
        let stride = u32::from(stride.max(1));
        if off.checked_rem(stride) == Some(0) && off / stride < u32::from(count) {
            if let Some(m) = char::from_u32(cp.wrapping_add_signed(delta)) {
                out.push(m);
                return;
            }
        }
    }
    out.push(c);
}

/// Appends the full lower-case mapping of `c` (`'İ'` becomes two code points). The final sigma
/// rule needs the context: [`super::case::str_lower`] applies it.
pub fn push_lower(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        map_into(&t::LOWER_RUNS, &t::LOWER_MULTI, c, out);
    }
}

/// Appends the full upper-case mapping of `c` (`'ß'` becomes `"SS"`).
pub fn push_upper(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        map_into(&t::UPPER_RUNS, &t::UPPER_MULTI, c, out);
    }
}

/// Appends the full title-case mapping of `c` (`'ǆ'` becomes `'ǅ'`, `'ﬁ'` becomes `"Fi"`).
pub fn push_title(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        map_into(&t::TITLE_RUNS, &t::TITLE_MULTI, c, out);
    }
}

/// Appends the full case folding of `c` (`'ß'` becomes `"ss"`).
pub fn push_casefold(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        map_into(&t::FOLD_RUNS, &t::FOLD_MULTI, c, out);
    }
}
