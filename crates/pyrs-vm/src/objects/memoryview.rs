//! `memoryview` over bytes and bytearray.

use crate::value::Value;
use crate::Vm;

/// A memoryview's state: the object it views and its window.
#[derive(Debug)]
pub struct MemoryView {
    pub obj: Value,
}

pub fn init(_vm: &mut Vm) {}
