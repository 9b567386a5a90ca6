//! The VM's older path to `pyrs_primitives::int` and `pyrs_primitives::float` (kept for callers).

pub use pyrs_primitives::float;
pub use pyrs_primitives::int::*;
