//! The `str` payload: text with its cached hash and length, lone surrogates kept aside.
//!
//! Almost every str is valid UTF-8 and is held as a Rust `Box<str>`, which the rest of the VM
//! reads through [`PyStr::as_str`]. A str holding lone surrogates (`'\ud800'`, or what
//! `surrogateescape` decoding makes) is held the same way with each surrogate shown as U+FFFD,
//! which has the same UTF-8 length, so byte offsets and code point positions agree between the
//! two; its exact text, in generalised UTF-8 (`pyrs_primitives::wtf8`), is kept in a side table
//! keyed by the text's address and dropped with the str. The operations that must see
//! surrogates (equality, hashing, ordering, `repr`, `ord`, indexing, slicing, iteration,
//! concatenation, `in`, encoding) read it through [`PyStr::wtf8`]; the others see U+FFFD.

use pyrs_primitives::fasthash::FastMap;
use pyrs_primitives::wtf8;
use std::cell::{Cell, RefCell};
use std::cmp::Ordering;
use std::ops::{Deref, Range};
use std::rc::Rc;

/// An immutable str with its cached hash and length in code points.
#[derive(Debug)]
pub struct PyStr {
    /// The text (surrogates as U+FFFD).
    s: Box<str>,
    hash: Cell<i64>,
    /// The length in code points (`CHARS_UNKNOWN` until first asked), and the
    /// `HAS_SURROGATES` bit.
    chars: Cell<usize>,
}

const NOT_COMPUTED: i64 = -1;
const HAS_SURROGATES: usize = 1 << (usize::BITS - 1);
const CHARS_UNKNOWN: usize = HAS_SURROGATES - 1;

thread_local! {
    /// The exact text of each live str holding surrogates, by the address of its text.
    static EXACT: RefCell<FastMap<usize, Rc<[u8]>>> = RefCell::new(FastMap::default());
}

/// A str's text in generalised UTF-8: borrowed, or the exact text of a str with surrogates.
pub enum Wtf8<'a> {
    Text(&'a [u8]),
    Exact(Rc<[u8]>),
}

impl Deref for Wtf8<'_> {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Wtf8::Text(b) => b,
            Wtf8::Exact(b) => b,
        }
    }
}

impl PyStr {
    pub fn new(s: impl Into<Box<str>>) -> PyStr {
        PyStr {
            s: s.into(),
            hash: Cell::new(NOT_COMPUTED),
            chars: Cell::new(CHARS_UNKNOWN),
        }
    }

    /// Appends `other` in place (`s += t` when nothing else holds `s`); false, changing
    /// nothing, when either holds surrogates (their exact text is keyed by address).
    pub fn append(&mut self, other: &PyStr) -> bool {
        let (mine, theirs) = (self.chars.get(), other.chars.get());
        if (mine | theirs) & HAS_SURROGATES != 0 {
            return false;
        }
        let mut s = std::mem::take(&mut self.s).into_string();
        // Exactly the room needed: the allocator grows a block in place while its size
        // class has room, and re-boxing then has nothing to shrink.
        s.reserve_exact(other.s.len());
        s.push_str(&other.s);
        self.s = s.into_boxed_str();
        self.hash.set(NOT_COMPUTED);
        let known = mine != CHARS_UNKNOWN && theirs != CHARS_UNKNOWN;
        self.chars
            .set(if known { mine + theirs } else { CHARS_UNKNOWN });
        true
    }

    /// A str from text in generalised UTF-8 (lone surrogates allowed).
    pub fn from_wtf8(b: Vec<u8>) -> PyStr {
        let b = match String::from_utf8(b) {
            Ok(s) => return PyStr::new(s),
            Err(e) => e.into_bytes(),
        };
        let text: Box<str> = wtf8::lossy(&b).into();
        let chars = text.chars().count();
        EXACT.with(|t| t.borrow_mut().insert(text.as_ptr() as usize, b.into()));
        PyStr {
            s: text,
            hash: Cell::new(NOT_COMPUTED),
            chars: Cell::new(chars | HAS_SURROGATES),
        }
    }

    /// The text; a lone surrogate shows as U+FFFD (see [`PyStr::wtf8`]).
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Whether the str holds a lone surrogate.
    pub fn has_surrogates(&self) -> bool {
        self.chars.get() & HAS_SURROGATES != 0
    }

    /// The exact text in generalised UTF-8.
    pub fn wtf8(&self) -> Wtf8<'_> {
        if !self.has_surrogates() {
            return Wtf8::Text(self.s.as_bytes());
        }
        let exact = EXACT.with(|t| t.borrow().get(&(self.s.as_ptr() as usize)).cloned());
        match exact {
            Some(b) => Wtf8::Exact(b),
            None => Wtf8::Text(self.s.as_bytes()),
        }
    }

    /// The str made of byte range `r` of this one (`r` on code point boundaries of
    /// [`PyStr::as_str`]), surrogates kept.
    pub fn substr(&self, r: Range<usize>) -> PyStr {
        if self.has_surrogates() {
            PyStr::from_wtf8(self.wtf8().get(r).unwrap_or(&[]).to_vec())
        } else {
            PyStr::new(self.s.get(r).unwrap_or(""))
        }
    }

    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != NOT_COMPUTED {
            return h;
        }
        let h = if self.has_surrogates() {
            self.exact_hash()
        } else {
            pyrs_primitives::hash::hash_str(&self.s)
        };
        self.hash.set(h);
        h
    }

    #[cold]
    #[inline(never)]
    fn exact_hash(&self) -> i64 {
        pyrs_primitives::hash::hash_bytes(&self.wtf8())
    }

    /// Equality of two strs whose texts are equal and one of which holds surrogates.
    #[cold]
    #[inline(never)]
    fn exact_eq(&self, other: &PyStr) -> bool {
        self.has_surrogates() == other.has_surrogates() && *self.wtf8() == *other.wtf8()
    }

    #[cold]
    #[inline(never)]
    fn exact_cmp(&self, other: &PyStr) -> Ordering {
        self.wtf8().cmp(&other.wtf8())
    }

    /// The length in code points.
    pub fn char_len(&self) -> usize {
        let n = self.chars.get() & !HAS_SURROGATES;
        if n != CHARS_UNKNOWN {
            return n;
        }
        let n = if self.s.is_ascii() {
            self.s.len()
        } else {
            self.s.chars().count()
        };
        self.chars.set(n);
        n
    }

    pub fn is_ascii(&self) -> bool {
        self.char_len() == self.s.len()
    }
}

impl Drop for PyStr {
    fn drop(&mut self) {
        if self.has_surrogates() {
            let key = self.s.as_ptr() as usize;
            let _ = EXACT.try_with(|t| t.try_borrow_mut().map(|mut t| t.remove(&key)));
        }
    }
}

impl PartialEq for PyStr {
    #[inline]
    fn eq(&self, other: &PyStr) -> bool {
        if self.s != other.s {
            return false;
        }
        (self.chars.get() | other.chars.get()) & HAS_SURROGATES == 0 || self.exact_eq(other)
    }
}

impl Eq for PyStr {}

impl PartialOrd for PyStr {
    fn partial_cmp(&self, other: &PyStr) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Code point order (generalised UTF-8 keeps it bytewise).
impl Ord for PyStr {
    fn cmp(&self, other: &PyStr) -> Ordering {
        if (self.chars.get() | other.chars.get()) & HAS_SURROGATES != 0 {
            self.exact_cmp(other)
        } else {
            self.s.cmp(&other.s)
        }
    }
}

impl PyStr {
    /// The concatenation of `parts` (surrogates kept). Never inlined: the eval loop calls it
    /// (`BuildString`) and its code there costs the loop registers.
    #[inline(never)]
    pub fn concat<'a>(parts: impl Iterator<Item = &'a PyStr> + Clone) -> PyStr {
        let (len, flags) = parts
            .clone()
            .fold((0, 0), |(n, f), p| (n + p.s.len(), f | p.chars.get()));
        if flags & HAS_SURROGATES != 0 {
            let mut b = Vec::with_capacity(len);
            parts.for_each(|p| b.extend_from_slice(&p.wtf8()));
            return PyStr::from_wtf8(b);
        }
        let mut s = String::with_capacity(len);
        parts.for_each(|p| s.push_str(&p.s));
        PyStr::new(s)
    }

    /// `self.join(parts)`.
    pub fn join(&self, parts: &[&PyStr]) -> PyStr {
        let mut len = self.s.len() * parts.len().saturating_sub(1);
        let mut flags = self.chars.get();
        for p in parts {
            len += p.s.len();
            flags |= p.chars.get();
        }
        if flags & HAS_SURROGATES != 0 {
            return self.exact_join(parts);
        }
        let mut s = String::with_capacity(len);
        for (i, p) in parts.iter().enumerate() {
            if i > 0 {
                s.push_str(&self.s);
            }
            s.push_str(&p.s);
        }
        PyStr::new(s)
    }

    #[cold]
    #[inline(never)]
    fn exact_join(&self, parts: &[&PyStr]) -> PyStr {
        let sep = self.wtf8();
        let mut b = Vec::new();
        for (i, p) in parts.iter().enumerate() {
            if i > 0 {
                b.extend_from_slice(&sep);
            }
            b.extend_from_slice(&p.wtf8());
        }
        PyStr::from_wtf8(b)
    }

    /// `repr(self)`.
    pub fn repr(&self) -> String {
        if self.has_surrogates() {
            pyrs_primitives::strmethods::str_repr_wtf8(&self.wtf8())
        } else {
            pyrs_primitives::strmethods::str_repr(&self.s)
        }
    }

    /// The only code point of a str of length 1.
    pub fn single_code_point(&self) -> Option<u32> {
        let b = self.wtf8();
        match wtf8::decode_at(&b, 0) {
            Some((cp, len)) if len == b.len() => Some(cp),
            _ => None,
        }
    }

    /// `self * n` (`n` already checked against the memory limit).
    pub fn repeat(&self, n: usize) -> PyStr {
        if self.has_surrogates() {
            PyStr::from_wtf8(self.wtf8().repeat(n))
        } else {
            PyStr::new(self.s.repeat(n))
        }
    }
}

/// `sub in s`.
#[inline]
pub fn contains(s: &PyStr, sub: &PyStr) -> bool {
    if (s.chars.get() | sub.chars.get()) & HAS_SURROGATES == 0 {
        // memchr's searches (`ch in " \t\r\n"`: the library's two-way searcher costs
        // more to set up than such a search takes).
        let (hay, needle) = (s.as_str().as_bytes(), sub.as_str().as_bytes());
        return match needle {
            [] => true,
            [b] if hay.len() <= 32 => hay.iter().any(|c| c == b),
            _ => pyrs_primitives::strmethods::search::find_bytes(hay, needle).is_some(),
        };
    }
    exact_contains(s, sub)
}

#[cold]
#[inline(never)]
fn exact_contains(s: &PyStr, sub: &PyStr) -> bool {
    pyrs_primitives::strmethods::bytes_find(&s.wtf8(), &sub.wtf8(), None, None) >= 0
}
