//! Preparing a code object's instructions to run: common pairs become superinstructions.
//!
//! See the superinstruction section of `pyrs_compiler::bytecode`. Only the first instruction
//! of a pair changes; a pair's second instruction is never itself rewritten as the start of
//! another pair, so each superinstruction finds its partner intact in the next slot.

use pyrs_compiler::bytecode::Instr;

/// The instructions the eval loop runs for this compiled code.
pub fn quicken(code: &[Instr]) -> Box<[Instr]> {
    let mut out = code.to_vec();
    let mut k = 0;
    while k + 1 < code.len() {
        // A pair that starts at the next instruction and saves more than one starting here
        // (`a + self.x`: `LoadFast` + `LoadFastLoadAttr`, not `LoadFastLoadFast` + `LoadAttr`).
        let better_next = matches!(
            (code[k + 1], code.get(k + 2)),
            (
                Instr::LoadConst(_) | Instr::LoadFast(_),
                Some(Instr::BinaryOp(_))
            ) | (
                Instr::LoadFast(_),
                Some(Instr::LoadAttr(_) | Instr::LoadMethod(_) | Instr::StoreAttr(_))
            )
        );
        let fused = match (code[k], code[k + 1]) {
            _ if better_next => None,
            (Instr::LoadFast(i), Instr::LoadAttr(_)) => Some(Instr::LoadFastLoadAttr(i)),
            (Instr::LoadFast(i), Instr::LoadMethod(_)) => Some(Instr::LoadFastLoadMethod(i)),
            (Instr::LoadFast(i), Instr::StoreAttr(_)) => Some(Instr::LoadFastStoreAttr(i)),
            (Instr::LoadFast(i), Instr::LoadFast(_)) => Some(Instr::LoadFastLoadFast(i)),
            (Instr::LoadFast(i), Instr::LoadConst(_)) => Some(Instr::LoadFastLoadConst(i)),
            (Instr::LoadFast(i), Instr::BinaryOp(_)) => Some(Instr::LoadFastBinaryOp(i)),
            (Instr::StoreFast(i), Instr::LoadFast(_)) => Some(Instr::StoreFastLoadFast(i)),
            (Instr::LoadConst(i), Instr::BinaryOp(_)) => Some(Instr::LoadConstBinaryOp(i)),
            (Instr::CompareOp(op), Instr::PopJumpIfFalse(_) | Instr::PopJumpIfTrue(_)) => {
                Some(Instr::CompareOpJump(op))
            }
            (Instr::LoadGlobal(i), Instr::PushNull) => Some(Instr::LoadGlobalPushNull(i)),
            _ => None,
        };
        match fused {
            Some(f) => {
                out[k] = f;
                k += 2;
            }
            None => k += 1,
        }
    }
    out.into_boxed_slice()
}
