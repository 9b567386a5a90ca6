//! Python's `str` and `bytes` methods as plain functions on `&str` and `&[u8]`.
//!
//! Every function follows CPython 3.11: the same results, the same edge cases (empty strings,
//! empty separators, negative and out-of-range slice indices) and the same error messages.
//! Indices given to and returned by the `str_*` functions count code points, as in Python; the
//! `bytes_*` functions count bytes. The VM converts the arguments (`None` defaults become
//! `Option::None`, integers are already clamped to `i64`) and wraps the results in objects.
//!
//! Layout:
//! * [`chars`]: properties and case mappings of one code point (tables generated from
//!   CPython by `tools/gen_str_tables.py` into `strmethods/unicode_tables.rs`).
//! * [`predicates`]: `isalpha()` and friends for whole strings and bytes.
//! * [`case`]: `lower()`, `upper()`, `casefold()`, `capitalize()`, `title()`, `swapcase()`.
//! * [`search`]: `find()`, `rfind()`, `index()`, `rindex()`, `count()`, `replace()`,
//!   `startswith()`, `endswith()`, `removeprefix()`, `removesuffix()`.
//! * [`split`]: `split()`, `rsplit()`, `splitlines()`, `strip()` and friends, `partition()`.
//! * [`pad`]: `center()`, `ljust()`, `rjust()`, `zfill()`, `expandtabs()`.
//! * [`repr`]: `repr()` of `str` and `bytes`, `bytes.hex()`, `bytes.fromhex()`.
//! * [`codecs`]: `str.encode()` and `bytes.decode()` for UTF-8, Latin-1 and ASCII.

pub mod case;
pub mod chars;
pub mod codecs;
pub mod pad;
pub mod predicates;
pub mod repr;
pub mod search;
pub mod split;
mod unicode_tables;
mod units;

pub use case::*;
pub use codecs::*;
pub use pad::*;
pub use predicates::*;
pub use repr::*;
pub use search::*;
pub use split::*;
pub use units::CharIndex;

#[cfg(test)]
mod test_data;
#[cfg(test)]
mod tests;
