//! The `math` module.

use crate::object::ObjRef;
use crate::{PyResult, Vm};

pub fn init(_vm: &mut Vm, _ns: &ObjRef) -> PyResult<()> {
    Ok(())
}
