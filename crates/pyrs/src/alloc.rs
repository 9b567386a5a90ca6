//! The global allocator: mimalloc, through its plain entry points where they suffice, tuned.
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

/// `mi_option_purge_delay` and `mi_option_allow_thp` in mimalloc v3's `mi_option_e`
/// (mimalloc.h).
const MI_OPTION_PURGE_DELAY: mi::mi_option_t = 15;
const MI_OPTION_ALLOW_THP: mi::mi_option_t = 43;
/// `PR_SET_THP_DISABLE` (linux/prctl.h).
#[cfg(target_os = "linux")]
const PR_SET_THP_DISABLE: i32 = 41;

/// Settings measured on benches/programs, made first thing in `main`:
/// - mimalloc returns freed memory to the OS 10 ms after it empties; a Python program that
///   frees and reallocates objects in waves then pays the kernel to zero the same pages
///   again and again (dicts.py: 17,000 page faults instead of 2,000). A second's delay keeps
///   the memory a program is still cycling through and returns what it has really let go.
/// - No transparent huge pages: the kernel zeroes each 2 MiB page of the arena a program
///   touches (again after every purge) as a whole. bank.py spent 0.65 s of its 1.9 s in the
///   kernel with them, 0.10 s without; dicts.py 0.67 s -> 0.08 s; peak memory of small
///   programs drops by a third. mimalloc's own `allow_thp` option is read when its first
///   arena is made, before `main`, so the process-wide switch that option would have set
///   is set here too (it applies at fault time, also to memory already mapped).
///   Child processes inherit it across `exec`: whatever spawns them must clear it in the
///   child (`prctl(PR_SET_THP_DISABLE, 0)`) to leave them as CPython would.
pub fn tune() {
    // SAFETY: mi_option_set only stores an integer option, any value is valid for these;
    // prctl with PR_SET_THP_DISABLE only sets a flag of this process.
    unsafe {
        mi::mi_option_set(MI_OPTION_PURGE_DELAY, 1000);
        mi::mi_option_set(MI_OPTION_ALLOW_THP, 0);
        #[cfg(target_os = "linux")]
        prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

#[cfg(target_os = "linux")]
extern "C" {
    fn prctl(option: i32, ...) -> i32;
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
