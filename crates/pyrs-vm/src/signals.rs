//! Signals turned into Python exceptions: a SIGINT (Ctrl-C) becomes KeyboardInterrupt at the
//! next check — a backward jump, a frame switch, a slice of `time.sleep`.
//!
//! The command line installs the handler (`crates/pyrs/src/main.rs`); the handler only sets
//! [`SIGINT_PENDING`], which is async-signal-safe, and the eval loop takes it.

use crate::{PyResult, Vm};
use std::sync::atomic::{AtomicBool, Ordering};

/// Set by the SIGINT handler, cleared when the interpreter raises KeyboardInterrupt for it.
pub static SIGINT_PENDING: AtomicBool = AtomicBool::new(false);

/// What the SIGINT handler calls.
pub fn note_sigint() {
    SIGINT_PENDING.store(true, Ordering::Relaxed);
}

impl Vm {
    /// Whether a signal waits to be raised (one load: cheap enough for every loop iteration).
    #[inline(always)]
    pub(crate) fn signal_pending(&self) -> bool {
        SIGINT_PENDING.load(Ordering::Relaxed)
    }

    /// Raises KeyboardInterrupt for a pending SIGINT (Ok when none is pending).
    #[cold]
    pub(crate) fn take_signal(&mut self) -> PyResult<()> {
        if SIGINT_PENDING.swap(false, Ordering::Relaxed) {
            let exc = self.exc.keyboard_interrupt.clone();
            return Err(self.new_exception(&exc, vec![]));
        }
        Ok(())
    }
}
