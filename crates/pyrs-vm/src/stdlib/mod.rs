//! Native modules of the standard library, one file each, found by name at import time.
//!
//! To add a module: write `stdlib/NAME.rs` with `pub fn init(vm: &mut Vm, ns: &ObjRef) ->
//! PyResult<()>` filling the module namespace `ns` (use `vm.add_functions(ns, ...)` and
//! `Args` for arguments, see `docs/interpreter.md`), and add it to [`find`].

pub mod atexit;
pub mod cmath;
pub mod gc;
pub mod math;
pub mod os;
pub mod pyrs;
pub mod structseq;
pub mod tempfile;
pub mod time;
pub mod weakref;

use crate::object::ObjRef;
use crate::{PyResult, Vm};

/// Fills a new module's namespace.
pub type ModuleInit = fn(&mut Vm, &ObjRef) -> PyResult<()>;

/// The native module called `name`, if there is one.
pub fn find(name: &str) -> Option<ModuleInit> {
    Some(match name {
        "atexit" => atexit::init,
        "cmath" => cmath::init,
        "gc" => gc::init,
        "math" => math::init,
        "os" => os::init,
        "posixpath" | "os.path" => os::init_path,
        "_pyrs" => pyrs::init,
        "tempfile" => tempfile::init,
        "time" => time::init,
        "_weakref" => weakref::init,
        _ => return None,
    })
}
