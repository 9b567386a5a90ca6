//! The operator slot wrappers of set and frozenset (`__or__`, `__rand__`, `__isub__`...).

use crate::object::{NativeFn, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use pyrs_compiler::bytecode::BinOp;

/// `kind.name(self, other)`: the set operation `op` (operands swapped when `reflected`),
/// NotImplemented when `other` is not a set or frozenset; `inplace` updates `self`.
fn set_op(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    (kind, name, op, reflected, inplace): (&str, &str, BinOp, bool, bool),
) -> PyResult<Value> {
    let is_kind: fn(&Payload) -> bool = if kind == "set" {
        |p| matches!(p, Payload::Set(_))
    } else {
        |p| matches!(p, Payload::FrozenSet(_))
    };
    let me = super::builtin_self(vm, args, super::Descr::Slot, name, kind, is_kind)?;
    if !kw.is_empty() || args.len() != 2 {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.len() - 1)));
    }
    let other = &args[1];
    if !matches!(
        other.payload(),
        Some(Payload::Set(_) | Payload::FrozenSet(_))
    ) {
        return Ok(vm.not_implemented.clone());
    }
    if inplace {
        super::set::set_inplace(vm, me, other, op)?;
        return Ok(me.clone());
    }
    let (a, b) = if reflected { (other, me) } else { (me, other) };
    super::set::set_binop(vm, a, b, op)
}

macro_rules! set_ops {
    ($($f:ident $kind:literal $name:literal $op:ident $refl:literal $inpl:literal),* $(,)?) => {
        $(fn $f(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
            set_op(vm, args, kw, ($kind, $name, BinOp::$op, $refl, $inpl))
        })*
    };
}

set_ops! {
    set_or "set" "__or__" Or false false, set_ror "set" "__ror__" Or true false,
    set_and "set" "__and__" And false false, set_rand "set" "__rand__" And true false,
    set_sub "set" "__sub__" Subtract false false, set_rsub "set" "__rsub__" Subtract true false,
    set_xor "set" "__xor__" Xor false false, set_rxor "set" "__rxor__" Xor true false,
    set_ior "set" "__ior__" Or false true, set_iand "set" "__iand__" And false true,
    set_isub "set" "__isub__" Subtract false true, set_ixor "set" "__ixor__" Xor false true,
    fs_or "frozenset" "__or__" Or false false, fs_ror "frozenset" "__ror__" Or true false,
    fs_and "frozenset" "__and__" And false false, fs_rand "frozenset" "__rand__" And true false,
    fs_sub "frozenset" "__sub__" Subtract false false,
    fs_rsub "frozenset" "__rsub__" Subtract true false,
    fs_xor "frozenset" "__xor__" Xor false false, fs_rxor "frozenset" "__rxor__" Xor true false,
}

pub fn init(vm: &mut Vm) {
    let set: [(&'static str, NativeFn); 12] = [
        ("__or__", set_or),
        ("__ror__", set_ror),
        ("__and__", set_and),
        ("__rand__", set_rand),
        ("__sub__", set_sub),
        ("__rsub__", set_rsub),
        ("__xor__", set_xor),
        ("__rxor__", set_rxor),
        ("__ior__", set_ior),
        ("__iand__", set_iand),
        ("__isub__", set_isub),
        ("__ixor__", set_ixor),
    ];
    let t = vm.types.set.clone();
    vm.add_methods(&t, &set);
    let frozen: [(&'static str, NativeFn); 8] = [
        ("__or__", fs_or),
        ("__ror__", fs_ror),
        ("__and__", fs_and),
        ("__rand__", fs_rand),
        ("__sub__", fs_sub),
        ("__rsub__", fs_rsub),
        ("__xor__", fs_xor),
        ("__rxor__", fs_rxor),
    ];
    let t = vm.types.frozenset.clone();
    vm.add_methods(&t, &frozen);
}
