//! `set` methods (see `objects/mod.rs`).

use crate::Vm;

pub fn init(_vm: &mut Vm) {}
