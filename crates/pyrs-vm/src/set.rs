//! Sets and frozensets: storage and the VM operations on it.

use crate::dict::Dict;
use crate::value::Value;
use crate::{PyResult, Vm};

/// A set's storage (today a dict of keys to None; CPython's set iteration order is the goal,
/// see `pyrs_primitives::settable`).
#[derive(Debug, Default)]
pub struct SetData {
    pub keys: Dict,
}

impl SetData {
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    pub fn items(&self) -> Vec<Value> {
        self.keys.keys()
    }
}

impl Vm {
    pub fn set_add(&mut self, s: &SetData, v: Value) -> PyResult<()> {
        self.dict_set(&s.keys, v, Value::None)
    }

    pub fn set_contains(&mut self, s: &SetData, v: &Value) -> PyResult<bool> {
        Ok(self.dict_get(&s.keys, v)?.is_some())
    }

    pub fn set_discard(&mut self, s: &SetData, v: &Value) -> PyResult<bool> {
        Ok(self.dict_del(&s.keys, v)?.is_some())
    }

    /// A new set's storage filled from an iterable.
    pub fn set_from_iter(&mut self, it: &Value) -> PyResult<SetData> {
        let s = SetData::default();
        let items = self.collect(it)?;
        for v in items {
            self.set_add(&s, v)?;
        }
        Ok(s)
    }

    pub fn set_copy(&self, s: &SetData) -> SetData {
        let out = SetData::default();
        for (h, k, v) in s.keys.raw_items() {
            out.keys.insert_unique(h, k, v);
        }
        out
    }
}
