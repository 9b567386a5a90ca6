//! The pattern-matching operations of `match` statements (PEP 634): which subjects are
//! mappings or sequences, mapping keys, class patterns.

use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};

impl Vm {
    /// `MatchMapping`: whether a subject can match a mapping pattern.
    pub fn match_is_mapping(&mut self, o: &Value) -> PyResult<bool> {
        Ok(matches!(o.payload(), Some(Payload::Dict(_))))
    }

    /// `MatchSequence`: whether a subject can match a sequence pattern.
    pub fn match_is_sequence(&mut self, o: &Value) -> PyResult<bool> {
        Ok(matches!(
            o.payload(),
            Some(Payload::List(_) | Payload::Tuple(_))
        ))
    }

    /// `MatchKeys`: a tuple of the subject's values for the keys, or None.
    pub fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let _ = (subject, keys);
        Err(self.new_error(
            &self.exc.not_implemented_error.clone(),
            "MatchKeys is not supported yet",
        ))
    }

    /// `MatchClass(n)`: a tuple of the attributes a class pattern binds, or None.
    pub fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        n: usize,
        names: &Value,
    ) -> PyResult<Value> {
        let _ = (subject, cls, n, names);
        Err(self.new_error(
            &self.exc.not_implemented_error.clone(),
            "MatchClass is not supported yet",
        ))
    }

    /// `CopyDictWithoutKeys`: the rest of a mapping for `**rest`.
    pub fn copy_dict_without_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let _ = (subject, keys);
        Err(self.new_error(
            &self.exc.not_implemented_error.clone(),
            "CopyDictWithoutKeys is not supported yet",
        ))
    }
}
