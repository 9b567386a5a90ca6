//! The value type: small ints, floats, bools and None inline; everything else a refcounted object.
#![allow(unsafe_code)] // Bitwise copies and word-by-word moves: see docs/unsafe.md.

use crate::object::{ObjRef, Object, Payload};

/// A Python value. Sixteen bytes: arithmetic on ints and floats allocates nothing.
#[derive(Debug)]
// A 64-bit tag puts every payload at offset 8: the compiler then moves values as two
// aligned words (a `u8` tag left `Bool`'s byte at offset 1 and made it copy values in
// pieces, which stalled the CPU on store forwarding when a value was pushed).
#[repr(u64)]
pub enum Value {
    /// Internal only, never visible to Python code: an unbound local slot, or the empty
    /// "self" slot of a call (`PushNull`).
    Null,
    None,
    Bool(bool),
    /// An int that fits in 64 bits; larger ints are `Payload::BigInt` objects (never a
    /// `BigInt` object holding a value that fits here).
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

impl Value {
    pub fn obj(payload: Payload) -> Value {
        Value::Obj(crate::object::ObjRef::new(Object::new(payload)))
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }

    /// `a is b`.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null) | (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => crate::object::ObjRef::ptr_eq(a, b),
            _ => false,
        }
    }

    /// An identity usable for `id()` and identity hashing.
    pub fn id(&self) -> i64 {
        match self {
            Value::Obj(o) => crate::object::ObjRef::as_ptr(o) as usize as i64,
            Value::Null => 0,
            Value::None => 0x1000,
            Value::Bool(b) => 0x1010 + *b as i64,
            Value::Int(i) => i.wrapping_mul(16).wrapping_add(0x100000),
            Value::Float(f) => f.to_bits() as i64 | 1,
        }
    }

    /// The str payload, if this is a str.
    /// The `str` payload, if this is a str (or an instance of a subclass of str).
    pub fn as_pystr(&self) -> Option<&crate::object::PyStr> {
        match self {
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    /// The str of a value that is a str and not of a subclass.
    pub fn as_exact_pystr(&self) -> Option<&crate::object::PyStr> {
        match self {
            Value::Obj(o) if o.ext().is_none() => match &o.payload {
                Payload::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        }
    }
}

impl Clone for Value {
    /// One tag test and a 16-byte copy; the derived version dispatches on all six variants.
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Value::Obj(o) = self {
            return Value::Obj(o.clone());
        }
        // SAFETY: every variant other than `Obj` holds only `Copy` data (or nothing), so a
        // bitwise copy is a valid, independent value and nothing is double-dropped.
        unsafe { Value::read_words(self) }
    }
}

/// A value's 16 bytes as two 8-byte words. `MaybeUninit` because payload-less variants
/// leave their second word uninitialised.
type Words = [std::mem::MaybeUninit<u64>; 2];

impl Value {
    /// Reads the value at `src` as two 8-byte loads, a bitwise move.
    ///
    /// Values are often built in two 8-byte halves (tag, payload); a copy the compiler makes
    /// itself may load them back as one 16-byte word, which the CPU cannot forward from the
    /// two pending stores: it stalls for the store to complete. The eval loop's stack moves
    /// go through these two functions; volatile accesses keep them word by word.
    ///
    /// # Safety
    /// `src` must be valid for reads of a `Value`, and the caller must forget or drop exactly
    /// one of the original and the result.
    #[inline(always)]
    pub(crate) unsafe fn read_words(src: *const Value) -> Value {
        let s = src as *const std::mem::MaybeUninit<u64>;
        let words: Words = [s.read_volatile(), s.add(1).read_volatile()];
        std::mem::transmute::<Words, Value>(words)
    }

    /// Writes the value to `dst` as two 8-byte stores (see [`Value::read_words`]), moving it.
    ///
    /// # Safety
    /// `dst` must be valid for writes of a `Value`; whatever it held is overwritten without
    /// being dropped.
    #[inline(always)]
    pub(crate) unsafe fn write_words(self, dst: *mut Value) {
        let words = std::mem::transmute::<Value, Words>(self);
        let d = dst as *mut std::mem::MaybeUninit<u64>;
        d.write_volatile(words[0]);
        d.add(1).write_volatile(words[1]);
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn value_is_sixteen_bytes() {
        assert_eq!(std::mem::size_of::<super::Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<super::Value>>(), 16);
    }

    /// Every object pays for the largest payload variant: anything over 32 bytes is boxed
    /// (an object is then 48 bytes, 64 with the reference counts).
    #[test]
    fn objects_stay_small() {
        assert!(std::mem::size_of::<crate::object::Payload>() <= 40);
        assert!(std::mem::size_of::<crate::object::Object>() <= 48);
    }
}
