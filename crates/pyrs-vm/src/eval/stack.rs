//! The eval loop's pushes: onto the value stack without a capacity check, and of frames in place.
#![allow(unsafe_code)] // See docs/unsafe.md: capacity is reserved when a frame starts running.

use crate::value::Value;

/// Values each frame may push beyond its code object's computed stack depth before the
/// capacity reserved for it runs out (headroom for handlers that push before they pop).
pub(crate) const SLACK: usize = 8;

/// The eval loop's push. A frame's code object records the deepest its stack gets
/// (`stacksize`, checked by the compiler's stack-depth verifier); the loop reserves that much
/// plus [`SLACK`] whenever it starts or resumes a frame, so its pushes need no capacity check.
/// That matters beyond the compare it saves: with a possible call to the growth path in
/// between, the compiler spills the value to memory in halves and reloads it whole, and the
/// CPU stalls on that reload.
pub(crate) trait ValueStack {
    fn push_reserved(&mut self, v: Value);
    /// `pop`, moving word by word (see [`Value::read_words`]).
    fn pop_words(&mut self) -> Option<Value>;
    /// `std::mem::replace` of element `i`, moving word by word.
    fn replace_words(&mut self, i: usize, v: Value) -> Value;
    /// `resize(new_len, Value::Null)` inlined: a frame's unbound locals, a handful of
    /// slots at each call (the library's `resize` was a call and a loop setup each time).
    fn fill_null_to(&mut self, new_len: usize);
    /// Moves the top `out.len()` values into `out` with one memory copy, in stack order.
    /// `out` must hold only NULLs: what it held is overwritten, not dropped.
    fn take_top(&mut self, out: &mut [Value]);
}

impl ValueStack for Vec<Value> {
    #[inline(always)]
    fn push_reserved(&mut self, v: Value) {
        let len = self.len();
        if len >= self.capacity() {
            // Unreachable with bytecode from our compiler; stay memory-safe regardless.
            grow_and_push(self, v);
            return;
        }
        // SAFETY: `len < capacity`, so the slot is allocated and unused; `write_words` moves
        // the value into it, after which the first `len + 1` elements are initialised.
        unsafe {
            v.write_words(self.as_mut_ptr().add(len));
            self.set_len(len + 1);
        }
    }

    #[inline(always)]
    fn replace_words(&mut self, i: usize, v: Value) -> Value {
        let slot: *mut Value = &mut self[i];
        // SAFETY: `slot` points at an initialised element (the indexing checked `i`); its
        // value moves out to the caller and `v` moves in, so it stays initialised.
        unsafe {
            let old = Value::read_words(slot);
            v.write_words(slot);
            old
        }
    }

    #[inline(always)]
    fn fill_null_to(&mut self, new_len: usize) {
        let len = self.len();
        if new_len <= len {
            self.truncate(new_len);
            return;
        }
        self.reserve(new_len - len);
        // SAFETY: after the reserve the slots `len..new_len` are allocated and unused;
        // each is written before the length covers it.
        unsafe {
            let p = self.as_mut_ptr();
            for i in len..new_len {
                Value::Null.write_words(p.add(i));
            }
            self.set_len(new_len);
        }
    }

    #[inline(always)]
    fn take_top(&mut self, out: &mut [Value]) {
        debug_assert!(out.iter().all(Value::is_null));
        let from = self.len().saturating_sub(out.len());
        let n = self.len() - from;
        // SAFETY: the `n` values from `from` are initialised; shrinking the length first
        // hands their ownership to `out`, whose NULLs own nothing, so nothing is dropped
        // twice or lost. The stack and `out` do not overlap (`out` is the caller's).
        unsafe {
            self.set_len(from);
            std::ptr::copy_nonoverlapping(self.as_ptr().add(from), out.as_mut_ptr(), n);
        }
    }

    #[inline(always)]
    fn pop_words(&mut self) -> Option<Value> {
        let len = self.len().checked_sub(1)?;
        // SAFETY: element `len` is initialised; shrinking the length first hands its
        // ownership to the caller.
        unsafe {
            self.set_len(len);
            Some(Value::read_words(self.as_ptr().add(len)))
        }
    }
}

#[cold]
#[inline(never)]
fn grow_and_push(stack: &mut Vec<Value>, v: Value) {
    debug_assert!(false, "value stack overflowed its reservation");
    stack.push(v);
}

/// `Vec::push` that is always inlined and builds the element only once there is room, so a
/// large element (a `Frame`) is written field by field straight into the vector: built
/// first, it went through a temporary whose piecewise stores the copy then reloaded whole.
pub(crate) trait PushInline<T> {
    fn push_with(&mut self, make: impl FnOnce() -> T);
}

impl<T> PushInline<T> for Vec<T> {
    #[inline(always)]
    fn push_with(&mut self, make: impl FnOnce() -> T) {
        if self.len() == self.capacity() {
            self.reserve(1);
        }
        let len = self.len();
        // SAFETY: after the reserve `len < capacity`: the slot is allocated and unused;
        // after the write the first `len + 1` elements are initialised. (If `make` panics
        // nothing was written and the length is unchanged.)
        unsafe {
            self.as_mut_ptr().add(len).write(make());
            self.set_len(len + 1);
        }
    }
}

/// Moves the values from index `from` to the end of `src` onto the end of `dst` with one
/// memory copy (a suspended generator's frame leaving the value stack).
pub(crate) fn move_tail(src: &mut Vec<Value>, from: usize, dst: &mut Vec<Value>) {
    let from = from.min(src.len());
    let n = src.len() - from;
    dst.reserve(n);
    // SAFETY: `from <= src.len()` and `from + n == src.len()`, so the `n` values read are
    // initialised; `dst` has room for them after the reserve. Shrinking `src` to `from`
    // first transfers their ownership to `dst` (no value is dropped twice or lost); the two
    // buffers are distinct vectors.
    unsafe {
        src.set_len(from);
        std::ptr::copy_nonoverlapping(src.as_ptr().add(from), dst.as_mut_ptr().add(dst.len()), n);
        dst.set_len(dst.len() + n);
    }
}

/// Up to [`ArgBuf::CAP`] call arguments moved off the value stack with one copy and no
/// initialisation of the unused room: a native callee borrows them as a slice while the
/// stack stays free to grow under it; they are dropped with the buffer.
pub(crate) struct ArgBuf {
    buf: [std::mem::MaybeUninit<Value>; ArgBuf::CAP],
    n: usize,
}

impl ArgBuf {
    pub(crate) const CAP: usize = 4;

    /// Moves the top `n` values (`n <= CAP`) off `stack`, in stack order.
    #[inline(always)]
    pub(crate) fn take_top(stack: &mut Vec<Value>, n: usize) -> ArgBuf {
        let mut out = ArgBuf {
            buf: [const { std::mem::MaybeUninit::uninit() }; ArgBuf::CAP],
            n: 0,
        };
        let n = n.min(ArgBuf::CAP).min(stack.len());
        let from = stack.len() - n;
        // SAFETY: the `n` values from `from` are initialised; shrinking the length first
        // hands their ownership to the buffer (copied into its first `n` slots, which it
        // then counts as initialised), so nothing is dropped twice or lost.
        unsafe {
            stack.set_len(from);
            let (src, dst) = (
                stack.as_ptr().add(from),
                out.buf.as_mut_ptr().cast::<Value>(),
            );
            // Constant lengths: the copies inline as moves, not a call of `memcpy`.
            match n {
                0 => {}
                1 => std::ptr::copy_nonoverlapping(src, dst, 1),
                2 => std::ptr::copy_nonoverlapping(src, dst, 2),
                3 => std::ptr::copy_nonoverlapping(src, dst, 3),
                4 => std::ptr::copy_nonoverlapping(src, dst, 4),
                _ => std::ptr::copy_nonoverlapping(src, dst, n),
            }
        }
        out.n = n;
        out
    }

    #[inline(always)]
    pub(crate) fn args(&self) -> &[Value] {
        // SAFETY: the first `n` slots were initialised by `take_top`.
        unsafe { std::slice::from_raw_parts(self.buf.as_ptr().cast::<Value>(), self.n) }
    }
}

impl Drop for ArgBuf {
    #[inline(always)]
    fn drop(&mut self) {
        // SAFETY: the first `n` slots are initialised and owned by the buffer alone.
        unsafe {
            std::ptr::drop_in_place(std::ptr::slice_from_raw_parts_mut(
                self.buf.as_mut_ptr().cast::<Value>(),
                self.n,
            ));
        }
    }
}
