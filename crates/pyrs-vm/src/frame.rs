//! Frames: a running code object's state; its locals and value stack live on the VM's stack.

use crate::object::ObjRef;
use crate::value::Value;
use pyrs_compiler::bytecode::Instr;
use pyrs_compiler::code::CodeObject;
use std::rc::Rc;

/// A code object with its constants and names already made into values.
#[derive(Debug)]
pub struct Code {
    pub code: Rc<CodeObject>,
    /// The instructions the eval loop runs (the code object's, one pointer hop closer).
    pub instrs: Box<[Instr]>,
    pub consts: Box<[Value]>,
    pub names: Box<[Value]>,
    /// `varnames` as str values (for keyword argument binding and error messages).
    pub varnames: Box<[Value]>,
    /// Number of fast locals + cells + free variables: the frame's slots before its stack.
    pub nslots: usize,
    /// For each cell that is also a parameter: (cell index, varnames index).
    pub cell_args: Box<[(usize, usize)]>,
    /// Whether a call with exactly `argcount` positional arguments can bind them in place:
    /// no keyword-only parameters, `*args` or `**kwargs`, and not a generator. (Its cells
    /// and free variables, if any, are then set up by `Vm::enter_cells`.)
    pub simple_call: bool,
    /// Whether the frame has cell or free variables (see `Vm::enter_cells`).
    pub has_cells: bool,
    /// Per name: where `LoadGlobal` last found it (see [`GlobalCache`]).
    pub global_cache: Box<[std::cell::Cell<GlobalCache>]>,
    /// Per name: what `LoadAttr`/`LoadMethod` learnt about the last instance's type.
    /// [`ATTR_WAYS`] entries per name, most recent first, so a site that sees several
    /// classes (a base class method running on subclasses' instances) keeps them all.
    pub attr_cache: Box<[[std::cell::RefCell<AttrCache>; ATTR_WAYS]]>,
}

/// How many classes each attribute cache remembers per name.
pub const ATTR_WAYS: usize = 4;

/// How many entries [`SharedAttr`] has (a power of two).
pub const SHARED_ATTRS: usize = 1024;

/// An attribute cache entry for name `name` that every site may use: where a site's own
/// ways miss (a site that sees more classes than [`ATTR_WAYS`], or one that has not seen
/// this class yet) the entry another site made for the same class version and name still
/// saves the full protocol. Indexed by a hash of the two.
#[derive(Default)]
pub struct SharedAttr {
    pub name: Option<crate::object::ObjRef>,
    pub entry: AttrCache,
}

/// An attribute-load inline cache, valid while the instance's class is the one at address
/// `ty` and still has version `version` (versions are never reused, see
/// `types::fresh_version`).
#[derive(Clone, Debug, Default)]
pub struct AttrCache {
    pub version: u64,
    pub ty: usize,
    /// The class attribute of that name (None when the class has none). Only recorded
    /// when it is not a data descriptor and the class has no `__getattribute__` override,
    /// so the instance `__dict__` decides first.
    pub class_attr: Option<Value>,
    /// Whether a store of that name on such an instance goes straight into its `__dict__`
    /// (no `__setattr__` override).
    pub plain_store: bool,
    /// Where the name last was among an instance dict's entries (a guess, checked).
    pub index: std::cell::Cell<u32>,
    /// What decides the attribute on such an instance.
    pub kind: AttrKind,
}

/// What an [`AttrCache`] entry says decides an instance attribute.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AttrKind {
    /// The instance `__dict__`, then `class_attr` (not a data descriptor).
    #[default]
    Dict,
    /// A `__slots__` member: this slot of the instance.
    Slot(u32),
    /// A property (`class_attr`) whose getter is a plain one-parameter Python function.
    Property,
    /// Something else (a custom `__getattribute__`, another data descriptor, a special
    /// name): the full protocol every time.
    Other,
}

/// A `LoadGlobal` inline cache: valid while the globals dict (and, for a builtin, the
/// builtins dict) still has the recorded version.
#[derive(Clone, Copy, Debug, Default)]
pub struct GlobalCache {
    pub globals_version: u64,
    /// 0 when the name was found in globals.
    pub builtins_version: u64,
    pub index: u32,
}

/// One activation of a code object.
#[derive(Debug)]
pub struct Frame {
    pub code: Rc<Code>,
    /// The next instruction to run.
    pub ip: usize,
    /// Where this frame's slots start on the VM stack.
    pub base: usize,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// The locals mapping of module and class bodies (`Null` in function frames).
    pub locals: Value,
    /// Set when returning from this frame must return to native code (the Rust caller that
    /// pushed it) rather than continue the caller frame in the same loop.
    pub entry: bool,
    /// Stack slots below `base` that the calling instruction used (see
    /// `eval::frame_call_slots`), removed when the frame returns.
    pub call_slots: u8,
    /// What returning from this frame does with the returned value.
    pub on_return: OnReturn,
    /// The generator this frame belongs to, if any.
    pub generator: Option<ObjRef>,
    /// A function frame's `locals()` dict, made on first use.
    pub locals_dict: Option<ObjRef>,
}

impl Frame {
    /// A new frame of function `func` (whose code is `code`) with its slots from `base`.
    #[inline(always)]
    pub fn of_function(
        func: &crate::object::Function,
        code: Rc<Code>,
        base: usize,
        entry: bool,
        call_slots: u8,
        on_return: OnReturn,
    ) -> Frame {
        Frame {
            code,
            ip: 0,
            base,
            globals: func.globals.clone(),
            builtins: func.builtins.clone(),
            locals: Value::Null,
            entry,
            call_slots,
            on_return,
            generator: None,
            locals_dict: None,
        }
    }
}

/// What the eval loop does with the value a frame it pushed for an instruction returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnReturn {
    /// It is the instruction's result.
    Value,
    /// The frame is a class's `__init__` run by the instantiation fast path: the caller's
    /// callable slot holds the new instance, which is the result (the value must be None).
    Init,
    /// The frame is a Python class's binary-operator method (`BinaryOp`'s argument): a
    /// `NotImplemented` goes on to the right operand's reflected method, with the operands
    /// the two slots below the frame keep.
    BinaryOp(u8),
}

/// A generator's frame while it is suspended: the frame and its slots and stack.
#[derive(Debug)]
pub struct SavedFrame {
    pub frame: Frame,
    pub values: Vec<Value>,
}

impl Frame {
    /// The index of the first value-stack slot (after locals, cells and free variables).
    pub fn stack_base(&self) -> usize {
        self.base + self.code.nslots
    }

    pub fn ncells(&self) -> usize {
        self.code.code.cellvars.len()
    }
}
