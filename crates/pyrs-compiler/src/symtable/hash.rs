//! Identifier-keyed maps and sets for the symbol tables, with the project's fast hasher
//! (names are short and trusted: they come from the program being compiled).

use pyrs_primitives::fasthash::{FastMap, FastSet};

pub(crate) type NameMap<V> = FastMap<Box<str>, V>;
pub(crate) type NameSet = FastSet<Box<str>>;
