//! Python's semantics for numbers, text and hash tables as plain Rust functions: the VM wraps
//! them in objects. Nothing here knows about Python objects, so each part is tested alone.

pub mod dicttable;
pub mod fasthash;
pub mod float;
pub mod format;
pub mod hash;
pub mod int;
pub mod settable;
pub mod strmethods;
pub mod wtf8;

/// The Python exception class a primitive operation fails with; the VM turns it into the
/// exception object of that class with `msg` as its message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    ValueError,
    TypeError,
    OverflowError,
    ZeroDivisionError,
    IndexError,
    MemoryError,
}

/// A failed primitive operation: CPython's exception class and its exact message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub msg: String,
}

impl Error {
    #[cold]
    pub fn new(kind: ErrorKind, msg: impl Into<String>) -> Self {
        Error {
            kind,
            msg: msg.into(),
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;
