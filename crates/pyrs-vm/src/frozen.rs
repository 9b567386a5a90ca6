//! The Python modules of `lib/`, embedded at build time (`build.rs`): imported without
//! touching the disk when no file on `sys.path` shadows them.

include!(concat!(env!("OUT_DIR"), "/frozen_lib.rs"));

/// The embedded module `dotted`: whether it is a package, and its source.
pub fn find(dotted: &str) -> Option<(bool, &'static str)> {
    MODULES
        .binary_search_by(|(name, _, _)| name.cmp(&dotted))
        .ok()
        .map(|i| (MODULES[i].1, MODULES[i].2))
}

/// The file name tracebacks show for an embedded module, as CPython names frozen ones.
pub fn filename(dotted: &str) -> String {
    format!("<frozen {dotted}>")
}
