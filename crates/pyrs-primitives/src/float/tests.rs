//! Unit tests for `float`; expected values come from CPython 3.11.

#![allow(clippy::unwrap_used, clippy::panic)]

use super::*;

#[test]
fn placeholder() {
    assert_eq!(hex(1.5), "0x1.8000000000000p+0");
}
