//! The one opcode list: every instruction the VM runs, its operand and its stack effect.
//!
//! An instruction is an [`Instr`] value (8 bytes: a tag and one `u32` operand). Jump operands
//! are absolute instruction indices in the same code object. The stack effect of each
//! instruction is written `(before -- after)` with the top of the stack on the right; `NULL`
//! is the VM's "no value" marker (only ever pushed by [`Instr::PushNull`] or
//! [`Instr::LoadMethod`], only ever consumed by the call instructions).
//!
//! Exceptions: when an instruction raises, the VM looks the instruction up in the code's
//! exception table ([`crate::code::ExceptionEntry`]); if an entry covers it, the value stack is
//! cut to the entry's depth, the exception is pushed and execution continues at the entry's
//! target. Otherwise the frame is popped and the exception propagates to the caller. A
//! traceback entry for the frame is added when the exception is raised in or passes through
//! the frame, except for [`Instr::Reraise`] and a bare `raise` ([`Instr::Raise`] with 0).
//!
//! Generators: a generator's frame is created suspended; each resumption pushes the value sent
//! (`None` for `next()`) and continues; so generator code starts with [`Instr::GenStart`].
//!
//! To add an opcode: add one entry here (doc comment with the stack effect, the effect when not
//! jumping, the effect when jumping), emit it from codegen, run it in the VM's dispatch, add a
//! disassembly golden. See `docs/adding-an-opcode.md`.

macro_rules! opcodes {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident $( ( $arg:ident ) )? => $effect:expr, $jump_effect:expr;
    )*) => {
        /// The instructions' names in list order: their opcode numbers.
        pub const OPCODE_NAMES: &[&str] = &[$( stringify!($name), )*];

        #[repr(u8)]
        enum OpNumber { $( $name, )* }

        /// One instruction; see the module documentation for the conventions.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Instr {
            $( $(#[doc = $doc])* $name $( ( opcodes!(@u32 $arg) ) )?, )*
        }

        impl Instr {
            /// The instruction's name as the disassembler prints it (`LoadFast`).
            pub fn name(&self) -> &'static str {
                match self { $( Instr::$name $( ( opcodes!(@ignore $arg) ) )? => stringify!($name), )* }
            }

            /// The operand, if the instruction has one.
            pub fn arg(&self) -> Option<u32> {
                match *self { $( Instr::$name $( ($arg) )? => opcodes!(@some $( $arg )?), )* }
            }

            /// The instruction's number in this list (what the bytecode cache stores).
            pub fn opcode(&self) -> u8 {
                match self { $( Instr::$name $( ( opcodes!(@ignore $arg) ) )? => OpNumber::$name as u8, )* }
            }

            /// The instruction numbered `op` with operand `arg` (ignored when it takes none).
            pub fn from_opcode(op: u8, arg: u32) -> Option<Instr> {
                $( if op == OpNumber::$name as u8 {
                    return Some(Instr::$name $( ( opcodes!(@operand arg $arg) ) )?);
                } )*
                None
            }

            /// The net change in stack depth: `(if it falls through, if it jumps)`.
            #[allow(unused_variables)]
            pub fn stack_effect(&self) -> (i32, i32) {
                match *self {
                    $( Instr::$name $( ($arg) )? => {
                        $( let $arg = $arg as i32; )?
                        ($effect, $jump_effect)
                    } )*
                }
            }
        }
    };
    (@u32 $arg:ident) => { u32 };
    (@ignore $arg:ident) => { _ };
    (@some) => { None };
    (@some $arg:ident) => { Some($arg) };
    (@operand $value:ident $arg:ident) => { $value };
}

opcodes! {
    // ---- the stack ----
    /// `( -- )` Does nothing (a jump target or a line marker).
    Nop => 0, 0;
    /// `(a -- )`
    PopTop => -1, -1;
    /// `( -- NULL)` The "no self" slot of a call (see [`Instr::Call`]).
    PushNull => 1, 1;
    /// `(x_n ... x_1 -- x_n ... x_1 x_n)` Pushes a copy of the n-th item (1 is the top).
    Copy(n) => 1, 1;
    /// `(x_n ... x_1 -- x_1 ... x_n)` Swaps the top with the n-th item (n >= 2).
    Swap(n) => 0, 0;

    // ---- constants and names ----
    /// `( -- consts[i])`
    LoadConst(i) => 1, 1;
    /// `( -- v)` The fast local `varnames[i]`; `UnboundLocalError: cannot access local
    /// variable 'x' where it is not associated with a value` if unbound.
    LoadFast(i) => 1, 1;
    /// `(v -- )`
    StoreFast(i) => -1, -1;
    /// `( -- )` Unbinds a fast local (`UnboundLocalError` as LoadFast if already unbound).
    DeleteFast(i) => 0, 0;
    /// `( -- v)` The content of cell or free variable i: `cellvars[i]` for i < len(cellvars),
    /// else `freevars[i - len(cellvars)]`. Empty: `NameError: cannot access free variable 'x'
    /// where it is not associated with a value in enclosing scope` for a free variable, the
    /// UnboundLocalError of LoadFast for a cell.
    LoadDeref(i) => 1, 1;
    /// `(v -- )` Sets the content of cell/free variable i.
    StoreDeref(i) => -1, -1;
    /// `( -- )` Empties cell/free variable i (error as LoadDeref if already empty).
    DeleteDeref(i) => 0, 0;
    /// `( -- cell)` The cell object of cell/free variable i itself (to build a closure).
    LoadClosure(i) => 1, 1;
    /// `( -- v)` In a class body: `names`-free lookup of free variable i by its name in the
    /// class namespace first, then in the cell.
    LoadClassDeref(i) => 1, 1;
    /// `( -- v)` `names[i]` from the frame's locals mapping, then globals, then builtins;
    /// `NameError: name 'x' is not defined` (plus 3.11's "Did you mean" suggestion).
    LoadName(i) => 1, 1;
    /// `(v -- )` `locals[names[i]] = v`.
    StoreName(i) => -1, -1;
    /// `( -- )` `del locals[names[i]]`; NameError if absent.
    DeleteName(i) => 0, 0;
    /// `( -- v)` `names[i]` from globals, then builtins; NameError if absent.
    LoadGlobal(i) => 1, 1;
    /// `(v -- )`
    StoreGlobal(i) => -1, -1;
    /// `( -- )` NameError if absent.
    DeleteGlobal(i) => 0, 0;

    // ---- attributes and items ----
    /// `(o -- o.names[i])`
    LoadAttr(i) => 0, 0;
    /// `(v o -- )` `o.names[i] = v`.
    StoreAttr(i) => -2, -2;
    /// `(o -- )` `del o.names[i]`.
    DeleteAttr(i) => -1, -1;
    /// `(o -- meth o)` when `names[i]` is found on `type(o)` as a plain function (no bound
    /// method is made), else `(o -- attr NULL)`. Followed by the arguments and a call.
    LoadMethod(i) => 1, 1;
    /// `(c k -- c[k])`
    BinarySubscr => -1, -1;
    /// `(v c k -- )` `c[k] = v`.
    StoreSubscr => -3, -3;
    /// `(c k -- )` `del c[k]`.
    DeleteSubscr => -2, -2;
    /// `(c lo hi -- c[lo:hi])` A two-part slice read (no slice object needed).
    BinarySlice => -2, -2;
    /// `(v c lo hi -- )` `c[lo:hi] = v`.
    StoreSlice => -4, -4;

    // ---- operators ----
    /// `(a b -- a op b)` op is a [`BinOp`] code (the in-place forms try `__iadd__` first).
    BinaryOp(op) => -1, -1;
    /// `(a -- op a)` op is a [`UnaryOp`] code.
    UnaryOp(op) => 0, 0;
    /// `(a b -- a op b)` op is a [`CmpOp`] code (rich comparison; `==` etc., not `is`/`in`).
    CompareOp(op) => -1, -1;
    /// `(a b -- bool)` `a is b` (invert=1: `is not`).
    IsOp(invert) => -1, -1;
    /// `(a b -- bool)` `a in b` (invert=1: `not in`).
    ContainsOp(invert) => -1, -1;

    // ---- building ----
    /// `(x_1 ... x_n -- (x_1, ..., x_n))`
    BuildTuple(n) => 1 - n, 1 - n;
    /// `(x_1 ... x_n -- [x_1, ..., x_n])`
    BuildList(n) => 1 - n, 1 - n;
    /// `(x_1 ... x_n -- {x_1, ..., x_n})`
    BuildSet(n) => 1 - n, 1 - n;
    /// `(k_1 v_1 ... k_n v_n -- {k_1: v_1, ...})` (later keys win).
    BuildMap(n) => 1 - 2 * n, 1 - 2 * n;
    /// `(v_1 ... v_n keys -- dict)` keys is a tuple constant of n keys.
    BuildConstKeyMap(n) => -n, -n;
    /// `(lo hi -- slice)` for n = 2, `(lo hi step -- slice)` for n = 3.
    BuildSlice(n) => 1 - n, 1 - n;
    /// `(s_1 ... s_n -- s)` Concatenates n strs (f-strings).
    BuildString(n) => 1 - n, 1 - n;
    /// `(list -- tuple)`
    ListToTuple => 0, 0;
    /// `(list x_1 ... x_{i-1} v -- list x_1 ... x_{i-1})` Appends v to the list i deep
    /// (after popping v); comprehensions use it with the iterator and loop values above.
    ListAppend(i) => -1, -1;
    /// `(set ... v -- set ...)` As ListAppend, for a set.
    SetAdd(i) => -1, -1;
    /// `(dict ... k v -- dict ...)` As ListAppend: `dict[k] = v` for the dict i deep after
    /// popping k and v.
    MapAdd(i) => -2, -2;
    /// `(list ... it -- list ...)` `list.extend(it)` for the list i deep after popping it.
    ListExtend(i) => -1, -1;
    /// `(set ... it -- set ...)` `set.update(it)`.
    SetUpdate(i) => -1, -1;
    /// `(dict ... m -- dict ...)` `dict.update(m)`; TypeError `'int' object is not a
    /// mapping` for a non-mapping.
    DictUpdate(i) => -1, -1;
    /// `(f NULL ... dict ... m -- f NULL ... dict ...)` As DictUpdate, for `**m` in a call:
    /// a key already present is `TypeError: f() got multiple values for keyword argument
    /// 'k'`, a non-str key `keywords must be strings`, a non-mapping `f() argument after **
    /// must be a mapping, not int`; `f` is the item three below the dict (`f NULL args dict`).
    DictMerge(i) => -1, -1;

    // ---- unpacking ----
    /// `(seq -- x_n ... x_1)` Unpacks exactly n items, the first on top; ValueError `too many
    /// values to unpack (expected n)` / `not enough values to unpack (expected n, got m)`.
    UnpackSequence(n) => n - 1, n - 1;
    /// `(seq -- after_k ... after_1 list before_b ... before_1)` `a, *b, c = seq` with
    /// `arg = before | (after << 8)`; the first item is on top.
    UnpackEx(arg) => (arg & 0xFF) + (arg >> 8), (arg & 0xFF) + (arg >> 8);

    // ---- iteration and jumps ----
    /// `(o -- iter(o))`
    GetIter => 0, 0;
    /// `(it -- it next(it))`; when `it` is exhausted, `(it -- )` and jump to `target`.
    ForIter(target) => 1, -1;
    /// `( -- )` Jump to target.
    Jump(target) => 0, 0;
    /// `(c -- )` Jump if `c` is false.
    PopJumpIfFalse(target) => -1, -1;
    /// `(c -- )` Jump if `c` is true.
    PopJumpIfTrue(target) => -1, -1;
    /// `(c -- )` Jump if `c is None`.
    PopJumpIfNone(target) => -1, -1;
    /// `(c -- )` Jump if `c is not None`.
    PopJumpIfNotNone(target) => -1, -1;
    /// `(c -- c)` and jump if `c` is false, else `(c -- )` (the `and` operator).
    JumpIfFalseOrPop(target) => -1, 0;
    /// `(c -- c)` and jump if `c` is true, else `(c -- )` (the `or` operator).
    JumpIfTrueOrPop(target) => -1, 0;

    // ---- calls and functions ----
    /// `(f self_or_NULL a_1 ... a_n -- result)` Calls `f(a_1, ..., a_n)` when the second
    /// slot is NULL, else `f(self, a_1, ..., a_n)` (a method found by LoadMethod).
    Call(n) => -1 - n, -1 - n;
    /// `(f self_or_NULL a_1 ... a_n kwnames -- result)` As Call, where kwnames is a tuple
    /// constant of k str: the last k of the n arguments are passed by those keywords.
    CallKw(n) => -2 - n, -2 - n;
    /// `(f NULL args -- result)` with flags=0, `(f NULL args kwargs -- result)` with flags=1:
    /// `f(*args, **kwargs)` where kwargs is a dict and args a tuple, or any iterable (a lone
    /// `*x`), made a tuple here (TypeError `f() argument after * must be an iterable, not
    /// int`).
    CallFunctionEx(flags) => -2 - flags, -2 - flags;
    /// `(defaults? kwdefaults? annotations? closure? code -- function)` flags: 1 a tuple of
    /// positional defaults, 2 a dict of keyword-only defaults, 4 an annotations dict, 8 a
    /// tuple of cells for the free variables. Name and qualname come from the code object.
    MakeFunction(flags) => -((flags & 1) + ((flags >> 1) & 1) + ((flags >> 2) & 1) + ((flags >> 3) & 1)), -((flags & 1) + ((flags >> 1) & 1) + ((flags >> 2) & 1) + ((flags >> 3) & 1));
    /// `( -- __build_class__)` The builtin `__build_class__` (from the frame's builtins).
    LoadBuildClass => 1, 1;
    /// `(v -- )` Returns v from the frame.
    ReturnValue => -1, -1;

    // ---- generators ----
    /// `(sent -- )` First instruction of a generator or coroutine: drops the value of the
    /// first resumption (TypeError `can't send non-None value to a just-started generator` is
    /// the VM's business before that).
    GenStart => -1, -1;
    /// `(v -- sent)` Suspends the frame yielding v; resumes with the sent value pushed.
    /// `in_yield_from` = 1 when this yield belongs to a `yield from`/`await` loop: the
    /// delegate is then the item below v (so `throw()`/`close()` can forward to it).
    YieldValue(in_yield_from) => 0, 0;
    /// `(o -- it)` `iter(o)` for `yield from`, except that a generator or coroutine is used
    /// as it is.
    GetYieldFromIter => 0, 0;
    /// `(o -- awaitable_iter)` For `await`: `o.__await__()` (or o itself if it is a
    /// coroutine); TypeError `object int can't be used in 'await' expression`.
    GetAwaitable => 0, 0;
    /// `(recv v -- recv y)` Sends v into recv (`next()` when v is None and recv is not a
    /// generator); when recv yields y, continue with the next instruction (a
    /// `YieldValue(1)`); when recv returns r (StopIteration), `(recv v -- r)` and jump to
    /// target.
    Send(target) => 0, -1;

    // ---- exceptions ----
    /// `(exc -- prev exc)` Makes exc the exception being handled (`sys.exc_info()`), saving
    /// the previous one (None when there was none) below it.
    PushExcInfo => 1, 1;
    /// `(prev -- )` Restores the exception being handled to prev.
    PopExcept => -1, -1;
    /// `(exc type -- exc match)` `isinstance(exc, type)`-style test for `except type:`,
    /// type a class or a tuple of classes (TypeError `catching classes that do not inherit
    /// from BaseException is not allowed` otherwise).
    CheckExcMatch => 0, 0;
    /// `(exc type -- rest match)` `except* type`: the part of exc matching type (a group
    /// is split, a bare matching exception is wrapped in `ExceptionGroup("", [exc])`) and
    /// the rest, each None when empty. A match becomes the exception being handled.
    /// TypeError for a non-exception type, or `catching ExceptionGroup with except* is not
    /// allowed. Use except instead.`
    CheckEgMatch => 0, 0;
    /// `(orig excs -- exc)` The end of a `try ... except*`: from the exception that entered
    /// it and the list of what its clauses raised or re-raised plus the unhandled rest, the
    /// exception to re-raise (None: everything was handled).
    PrepReraiseStar => -1, -1;
    /// `( -- )` n=0: re-raises the exception being handled (RuntimeError `No active
    /// exception to reraise`); `(exc -- )` n=1: raises exc (a class is instantiated);
    /// `(exc cause -- )` n=2: `raise exc from cause`.
    Raise(n) => -n, -n;
    /// `(exc -- )` Raises exc again as it is: no traceback entry is added.
    Reraise => -1, -1;
    /// `( -- AssertionError)`
    LoadAssertionError => 1, 1;
    /// `(mgr -- exit enter_result)` Looks up `__enter__` and `__exit__` on type(mgr)
    /// (TypeError `'X' object does not support the context manager protocol`), pushes the
    /// bound `__exit__` and the result of calling `__enter__`.
    BeforeWith => 1, 1;
    /// `(exit prev exc -- exit prev exc res)` Calls `exit(type(exc), exc, tb)`.
    WithExceptStart => 1, 1;

    /// `(o -- aiter)` `async for`: `type(o).__aiter__(o)`; TypeError `'async for' requires
    /// an object with __aiter__ method, got int` (and CPython's message when `__aiter__`
    /// returns an object without `__anext__`).
    GetAIter => 0, 0;
    /// `(aiter -- aiter awaitable)` `async for`: the awaitable of `type(aiter).__anext__(aiter)`
    /// (as [`Instr::GetAwaitable`] makes it), awaited next by a Send loop; TypeError
    /// `'async for' received an invalid object from __anext__: int` otherwise.
    GetANext => 1, 1;
    /// `(aiter exc -- )` The handler ending an `async for` loop: when exc is a
    /// StopAsyncIteration, pops both and continues with the next instruction; otherwise
    /// re-raises exc as [`Instr::Reraise`] does.
    EndAsyncFor => -2, -2;
    /// `(mgr -- aexit awaitable)` `async with`: looks up `__aenter__` and `__aexit__` on
    /// type(mgr) (TypeError `'X' object does not support the asynchronous context manager
    /// protocol`), pushes the bound `__aexit__` and the awaitable returned by calling
    /// `__aenter__()` (awaited next by GetAwaitable and a Send loop).
    BeforeAsyncWith => 1, 1;

    // ---- strings ----
    /// `(v -- s)` flags & 3: 0 none, 1 `!s`, 2 `!r`, 3 `!a`; `(v spec -- s)` when flags & 4.
    FormatValue(flags) => -((flags >> 2) & 1), -((flags >> 2) & 1);

    // ---- modules, namespaces ----
    /// `(level fromlist -- module)` `__import__(names[i], globals, None, fromlist, level)`.
    ImportName(i) => -1, -1;
    /// `(module -- module attr)` `from module import names[i]` (ImportError `cannot import
    /// name 'x' from 'm' (path)`).
    ImportFrom(i) => 1, 1;
    /// `(module -- )` `from module import *` into the frame's locals.
    ImportStar => -1, -1;
    /// `( -- )` Creates `__annotations__` in the locals mapping if absent.
    SetupAnnotations => 0, 0;
    /// `(v -- )` The interactive prompt's expression statement: `sys.displayhook(v)`.
    PrintExpr => -1, -1;

    // ---- pattern matching ----
    /// `(o -- o len(o))`
    GetLen => 1, 1;
    /// `(o -- o bool)` Whether o is a mapping for `match`.
    MatchMapping => 1, 1;
    /// `(o -- o bool)` Whether o is a sequence for `match` (not str, bytes, bytearray).
    MatchSequence => 1, 1;
    /// `(o keys -- o keys values_or_None)` A tuple of `o[k]` for the tuple of keys, or None
    /// if a key is missing.
    MatchKeys => 1, 1;
    /// `(o cls names -- attrs_or_None)` Class pattern with n positional sub-patterns and the
    /// keyword names tuple `names`: a tuple of n + len(names) attributes, or None.
    MatchClass(n) => -2, -2;
    /// `(o keys -- o keys rest)` A dict of o's items whose key is not in the tuple keys.
    CopyDictWithoutKeys => 1, 1;

    // ---- superinstructions ----
    // The compiler never emits these. The VM, preparing a code object to run
    // (`pyrs-vm/src/quicken.rs`), replaces the first instruction of a common pair with one;
    // the second instruction stays where it was, so jumps to it and tracebacks through it
    // see it unchanged. A superinstruction does the work of both, reading the second one's
    // operand from the next slot, and continues after it. Stack effects are the pair's.
    /// `( -- a b)` `LoadFast(i)` then the `LoadFast` after it.
    LoadFastLoadFast(i) => 2, 2;
    /// `( -- a c)` `LoadFast(i)` then the `LoadConst` after it.
    LoadFastLoadConst(i) => 2, 2;
    /// `(v -- b)` `StoreFast(i)` then the `LoadFast` after it.
    StoreFastLoadFast(i) => 0, 0;
    /// `(a -- a op consts[i])` `LoadConst(i)` then the `BinaryOp` after it.
    LoadConstBinaryOp(i) => 0, 0;
    /// `(a -- a op b)` `LoadFast(i)` then the `BinaryOp` after it.
    LoadFastBinaryOp(i) => 0, 0;
    /// `(a b -- )` `CompareOp(op)` then the `PopJumpIfFalse`/`PopJumpIfTrue` after it.
    CompareOpJump(op) => -2, -2;
    /// `( -- v NULL)` `LoadGlobal(i)` then the `PushNull` after it.
    LoadGlobalPushNull(i) => 2, 2;
    /// `( -- a.attr)` `LoadFast(i)` then the `LoadAttr` after it.
    LoadFastLoadAttr(i) => 1, 1;
    /// `( -- meth a)` or `( -- attr NULL)`: `LoadFast(i)` then the `LoadMethod` after it.
    LoadFastLoadMethod(i) => 2, 2;
    /// `(v -- )` `LoadFast(i)` then the `StoreAttr` after it: `a.attr = v`.
    LoadFastStoreAttr(i) => -1, -1;
}

macro_rules! op_codes {
    ($(#[$meta:meta])* $ty:ident { $( $(#[doc = $doc:literal])* $name:ident = $code:literal => $text:literal, )* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u32)]
        pub enum $ty { $( $(#[doc = $doc])* $name = $code, )* }

        impl $ty {
            /// The operator from its operand code.
            pub fn from_arg(arg: u32) -> Option<$ty> {
                match arg { $( $code => Some($ty::$name), )* _ => None }
            }

            /// The operator as Python writes it (`+`, `+=`, `<=`, `not`).
            pub fn symbol(self) -> &'static str {
                match self { $( $ty::$name => $text, )* }
            }
        }
    };
}

op_codes! {
    /// The operand of [`Instr::BinaryOp`]; the in-place form of each is its code + 13.
    BinOp {
        Add = 0 => "+",
        And = 1 => "&",
        FloorDivide = 2 => "//",
        LShift = 3 => "<<",
        MatMul = 4 => "@",
        Multiply = 5 => "*",
        Remainder = 6 => "%",
        Or = 7 => "|",
        Power = 8 => "**",
        RShift = 9 => ">>",
        Subtract = 10 => "-",
        TrueDivide = 11 => "/",
        Xor = 12 => "^",
        InplaceAdd = 13 => "+=",
        InplaceAnd = 14 => "&=",
        InplaceFloorDivide = 15 => "//=",
        InplaceLShift = 16 => "<<=",
        InplaceMatMul = 17 => "@=",
        InplaceMultiply = 18 => "*=",
        InplaceRemainder = 19 => "%=",
        InplaceOr = 20 => "|=",
        InplacePower = 21 => "**=",
        InplaceRShift = 22 => ">>=",
        InplaceSubtract = 23 => "-=",
        InplaceTrueDivide = 24 => "/=",
        InplaceXor = 25 => "^=",
    }
}

impl BinOp {
    /// The binary operator an in-place operator falls back to (itself if not in-place).
    pub fn base(self) -> BinOp {
        let code = self as u32;
        BinOp::from_arg(if code >= 13 { code - 13 } else { code }).unwrap_or(self)
    }

    pub fn is_inplace(self) -> bool {
        self as u32 >= 13
    }
}

op_codes! {
    /// The operand of [`Instr::UnaryOp`].
    UnaryOp {
        Not = 0 => "not",
        Negative = 1 => "-",
        Positive = 2 => "+",
        Invert = 3 => "~",
    }
}

op_codes! {
    /// The operand of [`Instr::CompareOp`] (CPython's `Py_LT` ... `Py_GE` order).
    CmpOp {
        Lt = 0 => "<",
        Le = 1 => "<=",
        Eq = 2 => "==",
        Ne = 3 => "!=",
        Gt = 4 => ">",
        Ge = 5 => ">=",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instructions_are_eight_bytes() {
        assert_eq!(std::mem::size_of::<Instr>(), 8);
    }

    #[test]
    fn names_args_and_effects() {
        assert_eq!(Instr::LoadFast(3).name(), "LoadFast");
        assert_eq!(Instr::LoadFast(3).arg(), Some(3));
        assert_eq!(Instr::PopTop.arg(), None);
        assert_eq!(Instr::Call(2).stack_effect(), (-3, -3));
        assert_eq!(Instr::ForIter(9).stack_effect(), (1, -1));
        assert_eq!(Instr::MakeFunction(9).stack_effect(), (-2, -2));
        assert_eq!(Instr::UnpackEx(1 | (2 << 8)).stack_effect(), (3, 3));
        assert_eq!(BinOp::InplaceAdd.base(), BinOp::Add);
        assert_eq!(CmpOp::from_arg(5), Some(CmpOp::Ge));
    }
}
