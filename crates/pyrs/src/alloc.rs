//! The global allocator: mimalloc, through its plain entry points where they suffice.
//!
//! The `mimalloc` crate's allocator sends every request through `mi_malloc_aligned`, whose
//! checks cost about 50 instructions more per allocation than `mi_malloc` (a Python
//! program allocates an object every few bytecodes). `mi_malloc` already aligns every block
//! to the smaller of 16 bytes and its size's power of two, so only stricter layouts need
//! the aligned calls (the rule std's own `System` allocator follows).
#![allow(unsafe_code)] // FFI calls into mimalloc: see docs/unsafe.md.

use libmimalloc_sys as mi;
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

/// `MI_MAX_ALIGN_SIZE`: the alignment `mi_malloc` gives every block of at least this size.
const MALLOC_ALIGN: usize = 16;

/// Python programs allocate many small objects; mimalloc is much faster at that than glibc.
pub struct Mimalloc;

/// Whether a plain `mi_malloc` block of `size` bytes is aligned enough for `layout`.
#[inline(always)]
fn plain(align: usize, size: usize) -> bool {
    align <= MALLOC_ALIGN && align <= size
}

// SAFETY: every block comes from mimalloc with at least the layout's size and alignment
// (`plain` decides when the unaligned calls guarantee it), and is freed or resized by
// mimalloc, which accepts blocks from any of its allocation calls.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: plain C calls; a null return reports failure as GlobalAlloc requires.
        unsafe {
            if plain(layout.align(), layout.size()) {
                mi::mi_malloc(layout.size()).cast()
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as in `alloc`.
        unsafe {
            if plain(layout.align(), layout.size()) {
                mi::mi_zalloc(layout.size()).cast()
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator (GlobalAlloc's contract).
        unsafe { mi::mi_free(ptr.cast::<c_void>()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from this allocator with `layout` (GlobalAlloc's contract).
        unsafe {
            if plain(layout.align(), new_size) {
                mi::mi_realloc(ptr.cast::<c_void>(), new_size).cast()
            } else {
                mi::mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    /// Blocks of every small size and alignment come back aligned (this test binary
    /// allocates through `Mimalloc` too), also after growing and shrinking.
    #[test]
    fn blocks_are_aligned() {
        for align in [1usize, 2, 4, 8, 16, 32, 64] {
            let mut kept = Vec::new();
            for size in (align..=1024).step_by(align) {
                let layout = std::alloc::Layout::from_size_align(size, align).unwrap();
                // SAFETY: a non-zero size; each block is freed below with its layout.
                let p = unsafe { std::alloc::alloc(layout) };
                assert!(!p.is_null() && p as usize % align == 0, "{size} {align}");
                // SAFETY: `p` has `layout`; the new size is non-zero.
                let q = unsafe { std::alloc::realloc(p, layout, size * 3) };
                assert!(!q.is_null() && q as usize % align == 0, "{size} {align}");
                kept.push((
                    q,
                    std::alloc::Layout::from_size_align(size * 3, align).unwrap(),
                ));
            }
            for (q, layout) in kept {
                // SAFETY: allocated above with this layout.
                unsafe { std::alloc::dealloc(q, layout) };
            }
        }
    }
}
