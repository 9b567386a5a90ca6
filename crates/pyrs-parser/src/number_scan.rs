//! Where a number literal ends, and what is wrong with a bad one, exactly as CPython 3.11's
//! tokenizer decides it (its error messages and the cursor position they are reported at).
//!
//! The logos lexer splits `1__0` into `1` and `__0`; CPython reads digits, underscores, the
//! prefix, the fraction and exponent one character at a time and stops with "invalid decimal
//! literal" at the second underscore. [`scan`] repeats that walk over the source bytes. It is
//! only called when a number token is directly followed by a letter, digit or `_` (or has a
//! radix prefix with nothing valid after it), so valid code never pays for it.

/// What CPython's tokenizer makes of the number starting at `start`.
#[derive(Debug, PartialEq, Eq)]
pub enum Scanned {
    /// A number token ending at this byte offset.
    End(usize),
    /// A tokenizer error, reported with the cursor at this byte offset.
    Error(String, usize),
    /// "leading zeros in decimal integer literals are not permitted ...", reported at the
    /// token's start.
    LeadingZeros,
}

struct Scanner<'a> {
    b: &'a [u8],
    /// The position after the last character read (`tok->cur`).
    cur: usize,
}

const EOF: u8 = 0;

impl Scanner<'_> {
    fn next(&mut self) -> u8 {
        let c = self.b.get(self.cur).copied().unwrap_or(EOF);
        self.cur += 1;
        c
    }

    /// Puts the last character back.
    fn back(&mut self) {
        self.cur -= 1;
    }

    /// Whether `word` follows the cursor as a whole word (no identifier character after it).
    fn follows(&self, word: &[u8]) -> bool {
        let after = self.b.get(self.cur + word.len()).copied().unwrap_or(EOF);
        self.b.get(self.cur..self.cur + word.len()) == Some(word)
            && !(after.is_ascii_alphanumeric() || after == b'_' || after >= 0x80)
    }

    /// `c` was read after a complete literal of kind `kind`: a letter, digit or `_` right after
    /// it is an error, except the start of a keyword that may follow a number in valid code
    /// (`and`, `else`, `for`, `or`, `not` as whole words; `if`, `in`, `is` from two letters).
    fn verify_end(&mut self, c: u8, kind: &str) -> Result<(), Scanned> {
        let keyword = match c {
            b'a' => self.follows(b"nd"),
            b'e' => self.follows(b"lse"),
            b'f' => self.follows(b"or"),
            b'i' => matches!(self.b.get(self.cur), Some(b'f' | b'n' | b's')),
            b'o' => self.follows(b"r"),
            b'n' => self.follows(b"ot"),
            _ => false,
        };
        if !keyword && (c.is_ascii_alphanumeric() || c == b'_') {
            self.back();
            return Err(self.error(format!("invalid {kind} literal")));
        }
        Ok(())
    }

    fn error(&self, msg: impl Into<String>) -> Scanned {
        Scanned::Error(msg.into(), self.cur)
    }

    /// Digits with single underscores between them, after a first digit already read; returns
    /// the first character after them.
    fn decimal_tail(&mut self) -> Result<u8, Scanned> {
        loop {
            let mut c = self.next();
            while c.is_ascii_digit() {
                c = self.next();
            }
            if c != b'_' {
                return Ok(c);
            }
            let d = self.next();
            if !d.is_ascii_digit() {
                self.back();
                return Err(self.error("invalid decimal literal"));
            }
        }
    }

    /// The digits after `0x`, `0o` or `0b`.
    fn radix(&mut self, is_digit: fn(u8) -> bool, kind: &str) -> Result<usize, Scanned> {
        let mut c = self.next();
        loop {
            if c == b'_' {
                c = self.next();
            }
            if !is_digit(c) {
                if c.is_ascii_digit() && kind != "hexadecimal" {
                    return Err(
                        self.error(format!("invalid digit '{}' in {kind} literal", c as char))
                    );
                }
                self.back();
                return Err(self.error(format!("invalid {kind} literal")));
            }
            c = self.next();
            while is_digit(c) {
                c = self.next();
            }
            if c != b'_' {
                break;
            }
        }
        if c.is_ascii_digit() && kind != "hexadecimal" {
            return Err(self.error(format!("invalid digit '{}' in {kind} literal", c as char)));
        }
        self.verify_end(c, kind)?;
        self.back();
        Ok(self.cur)
    }

    /// After the integer part: an optional fraction (`c` is the character after the integer
    /// part), exponent and `j`; without the fraction when `fraction` is false.
    fn float_rest(&mut self, mut c: u8, fraction: bool) -> Result<usize, Scanned> {
        if fraction && c == b'.' {
            c = self.next();
            if c.is_ascii_digit() {
                c = self.decimal_tail()?;
            }
        }
        if c == b'e' || c == b'E' {
            let e = c;
            c = self.next();
            if c == b'+' || c == b'-' {
                c = self.next();
                if !c.is_ascii_digit() {
                    self.back();
                    return Err(self.error("invalid decimal literal"));
                }
            } else if !c.is_ascii_digit() {
                self.back();
                self.verify_end(e, "decimal")?;
                // `1else`: the number is `1`, the `e` starts the next token.
                self.back();
                return Ok(self.cur);
            }
            c = self.decimal_tail()?;
        }
        if c == b'j' || c == b'J' {
            c = self.next();
            self.verify_end(c, "imaginary")?;
        } else {
            self.verify_end(c, "decimal")?;
        }
        self.back();
        Ok(self.cur)
    }
}

/// Scans the number literal starting at byte `start` of `src` (a digit, or a `.` followed by
/// a digit).
pub fn scan(src: &[u8], start: usize) -> Scanned {
    let mut s = Scanner { b: src, cur: start };
    let result = (|| {
        let c = s.next();
        if c == b'.' {
            let c = s.decimal_tail()?;
            return s.float_rest(c, false);
        }
        if c != b'0' {
            let c = s.decimal_tail()?;
            return s.float_rest(c, true);
        }
        let mut c = s.next();
        match c {
            b'x' | b'X' => return s.radix(|d| d.is_ascii_hexdigit(), "hexadecimal"),
            b'o' | b'O' => return s.radix(|d| (b'0'..=b'7').contains(&d), "octal"),
            b'b' | b'B' => return s.radix(|d| d == b'0' || d == b'1', "binary"),
            _ => {}
        }
        // Zeros (with underscores), then maybe an old-style octal or a float.
        loop {
            if c == b'_' {
                c = s.next();
                if !c.is_ascii_digit() {
                    s.back();
                    return Err(s.error("invalid decimal literal"));
                }
            }
            if c != b'0' {
                break;
            }
            c = s.next();
        }
        let nonzero = c.is_ascii_digit();
        if nonzero {
            c = s.decimal_tail()?;
        }
        if matches!(c, b'.' | b'e' | b'E' | b'j' | b'J') {
            return s.float_rest(c, true);
        }
        if nonzero {
            return Err(Scanned::LeadingZeros);
        }
        s.verify_end(c, "decimal")?;
        s.back();
        Ok(s.cur)
    })();
    match result {
        Ok(end) => Scanned::End(end),
        Err(e) => e,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(src: &str) -> Scanned {
        scan(src.as_bytes(), 0)
    }

    fn err(msg: &str, cursor: usize) -> Scanned {
        Scanned::Error(msg.into(), cursor)
    }

    #[test]
    fn valid_numbers_end_where_cpython_ends_them() {
        for (src, end) in [
            ("1 ", 1),
            ("1_000+", 5),
            ("0x1f)", 4),
            ("0b_1 ", 4),
            ("0o17", 4),
            ("1.5e-3j,", 7),
            ("1.", 2),
            ("1..", 2),
            ("09.5", 4),
            ("0_0", 3),
            ("00", 2),
            (".5", 2),
            (".5.", 2),
            ("1if x", 1),
            ("1else", 1),
            ("1else 2", 1),
            ("0x1for", 4),
            ("1jif", 2),
            ("5ifx", 1),
        ] {
            assert_eq!(at(src), Scanned::End(end), "{src}");
        }
    }

    #[test]
    fn errors_and_their_cursor() {
        let dec = "invalid decimal literal";
        assert_eq!(at("1__0"), err(dec, 2));
        assert_eq!(at("1_\n"), err(dec, 2));
        assert_eq!(at("1.5_"), err(dec, 4));
        assert_eq!(at("1.5e\n"), err(dec, 3));
        assert_eq!(at("1e_5"), err(dec, 1));
        assert_eq!(at("1e+\n"), err(dec, 3));
        assert_eq!(at("1.e5x"), err(dec, 4));
        assert_eq!(at("1a"), err(dec, 1));
        assert_eq!(at("0x\n"), err("invalid hexadecimal literal", 2));
        assert_eq!(at("0x1g"), err("invalid hexadecimal literal", 3));
        assert_eq!(at("0x_\n"), err("invalid hexadecimal literal", 3));
        assert_eq!(at("3jx"), err("invalid imaginary literal", 2));
        assert_eq!(at("1.0j1"), err("invalid imaginary literal", 4));
        assert_eq!(at("0b2"), err("invalid digit '2' in binary literal", 3));
        assert_eq!(at("0b12"), err("invalid digit '2' in binary literal", 4));
        assert_eq!(at("0o8"), err("invalid digit '8' in octal literal", 3));
        assert_eq!(at("0o\n"), err("invalid octal literal", 2));
        assert_eq!(at("0b1__0"), err("invalid binary literal", 4));
        assert_eq!(at("0elsex"), err(dec, 1));
        assert_eq!(at("1orx"), err(dec, 1));
        assert_eq!(at("012"), Scanned::LeadingZeros);
        assert_eq!(at("00_9"), Scanned::LeadingZeros);
    }
}
