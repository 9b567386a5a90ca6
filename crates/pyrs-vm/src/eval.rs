//! The eval loop: runs frames on the VM's own stack; Python-to-Python calls do not recurse.

mod caches;
mod native_call;
pub(crate) mod stack;
use crate::frame::{Frame, OnReturn};
use crate::object::{ObjRef, Payload, PyStr, TbEntry};
use crate::value::Value;
use crate::{PyErr, PyResult, Vm};
use pyrs_compiler::bytecode::{BinOp, CmpOp, Instr, UnaryOp};
pub(crate) use stack::PushInline;
use stack::ValueStack;

/// How the entry frame of [`Vm::run`] stopped.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// An exception leaving an instruction, and whether it gets a traceback entry for this frame.
pub struct Raised {
    pub exc: PyErr,
    pub add_tb: bool,
}

impl From<PyErr> for Raised {
    fn from(exc: PyErr) -> Raised {
        Raised { exc, add_tb: true }
    }
}

macro_rules! pop {
    ($vm:ident) => {
        $vm.stack.pop_words().unwrap_or(Value::Null)
    };
}

macro_rules! top {
    ($vm:ident) => {
        $vm.stack.last().cloned().unwrap_or(Value::Null)
    };
}

impl Vm {
    /// Runs the frame on top of the frame stack (pushed with `entry` set) until it returns or
    /// yields; frames it calls run in the same loop.
    pub fn run(&mut self) -> PyResult<Exit> {
        loop {
            match self.dispatch() {
                Ok(exit) => return Ok(exit),
                Err(raised) => {
                    if let Some(err) = self.unwind(raised) {
                        return Err(err);
                    }
                }
            }
        }
    }

    /// Finds a handler for an exception, popping frames without one. `Some(exc)` when the
    /// entry frame was popped: the exception leaves `run`.
    pub(crate) fn unwind_public(&mut self, raised: Raised) -> Option<PyErr> {
        self.unwind(raised)
    }

    fn unwind(&mut self, raised: Raised) -> Option<PyErr> {
        let Raised { exc, mut add_tb } = raised;
        let mut first = add_tb;
        loop {
            if first {
                first = false;
                self.set_context(&exc);
            }
            let frame = self.frames.last_mut()?;
            let ip = frame.ip.saturating_sub(1);
            if add_tb {
                if let Payload::Exception(x) = &exc.payload {
                    x.traceback.borrow_mut().push(TbEntry {
                        code: frame.code.clone(),
                        ip,
                        locals: None,
                    });
                }
            }
            add_tb = true;
            if let Some(h) = frame.code.code.handler_for(ip) {
                let depth = frame.stack_base() + h.depth as usize;
                frame.ip = h.target as usize;
                self.stack.truncate(depth);
                self.stack.push(Value::Obj(exc));
                return None;
            }
            let Some(frame) = self.frames.pop() else {
                return Some(exc);
            };
            self.keep_locals_in_traceback(&exc, &frame);
            self.stack.truncate(frame.base);
            if frame.entry {
                return Some(exc);
            }
            // The caller's call instruction: drop its callable and self slots.
            self.stack
                .truncate(frame.base.saturating_sub(frame_call_slots(&frame)));
        }
    }

    /// Moves the local variables of `frame`, which `exc` is leaving, into the traceback
    /// entry it added for it (just now, or when it first passed through a `finally` that
    /// re-raised it): they die with the traceback (after the `except` block that handles
    /// it), not while the exception propagates.
    fn keep_locals_in_traceback(&mut self, exc: &ObjRef, frame: &Frame) {
        let Payload::Exception(x) = &exc.payload else {
            return;
        };
        let names_frame = x
            .traceback
            .borrow()
            .last()
            .is_some_and(|e| e.locals.is_none() && std::rc::Rc::ptr_eq(&e.code, &frame.code));
        if !names_frame {
            return;
        }
        let end = (frame.base + frame.code.nslots).min(self.stack.len());
        if frame.base >= end {
            return;
        }
        let locals: Vec<Value> = self.stack.drain(frame.base..end).collect();
        if let Some(e) = x.traceback.borrow_mut().last_mut() {
            e.locals = Some(std::rc::Rc::new(locals));
        }
    }

    /// Implicit chaining: an exception raised while another is handled gets it as context.
    fn set_context(&self, exc: &ObjRef) {
        let Value::Obj(handled) = self.current_handled() else {
            return;
        };
        if crate::object::ObjRef::ptr_eq(handled, exc) {
            return;
        }
        // Avoid a cycle: cut the handled exception's chain where it reaches exc.
        let mut cur = handled.clone();
        for _ in 0..1000 {
            let next = match self.exc_data(&cur) {
                Some(x) => x.context.borrow().clone(),
                None => break,
            };
            match next {
                Value::Obj(n) if crate::object::ObjRef::ptr_eq(&n, exc) => {
                    if let Some(x) = self.exc_data(&cur) {
                        *x.context.borrow_mut() = Value::None;
                    }
                    break;
                }
                Value::Obj(n) => cur = n,
                _ => break,
            }
        }
        if let Some(x) = self.exc_data(exc) {
            *x.context.borrow_mut() = Value::Obj(handled.clone());
        }
    }

    #[inline]
    fn frame(&mut self) -> &mut Frame {
        let n = self.frames.len() - 1;
        &mut self.frames[n]
    }

    /// The loop proper.
    fn dispatch(&mut self) -> Result<Exit, Raised> {
        // One pass of the outer loop per frame switch (call or return): the frame's code,
        // instructions and base stay in locals while its instructions run.
        // Set by a return to the caller's frame, whose stack reservation still holds (the
        // value stack never shrinks its capacity): the next pass skips reserving.
        let mut returned = false;
        'frame: loop {
            let code = self.frame().code.clone();
            let instrs: &[Instr] = &code.instrs;
            let base = self.frame().base;
            let mut ip = self.frame().ip;
            if !std::mem::take(&mut returned) {
                self.stack
                    .reserve(code.code.stacksize as usize + stack::SLACK);
            }
            if ip == 0 && self.signal_pending() {
                // Function entries: where Ctrl-C reaches recursion without loops.
                self.take_signal()?;
            }
            macro_rules! save {
                () => {
                    self.frame().ip = ip;
                };
            }
            // Work a drop left for the VM (`__del__`, closing a generator, a collection).
            macro_rules! pending_work {
                () => {
                    if crate::object::VM_WORK_PENDING.with(|f| f.get()) {
                        save!();
                        self.run_pending_work();
                    }
                };
            }
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => {
                            save!();
                            return Err(Raised::from(e));
                        }
                    }
                };
            }
            // The value of fast local `i`, or UnboundLocalError raised at the current ip.
            macro_rules! local {
                ($i:expr) => {{
                    let v = &self.stack[base + $i as usize];
                    if v.is_null() {
                        save!();
                        return Err(self.unbound_local(&code, $i as usize).into());
                    }
                    v.clone()
                }};
            }
            loop {
                // What the previous instruction dropped may owe a `__del__` call, a generator
                // close or a collection: run it before going on, where CPython's synchronous
                // destruction would have.
                pending_work!();
                let instr = instrs[ip];
                ip += 1;
                match instr {
                    Instr::Nop => {}
                    Instr::PopTop => {
                        drop(self.stack.pop_words());
                    }
                    Instr::PushNull => self.stack.push_reserved(Value::Null),
                    Instr::Copy(n) => {
                        let v = self.stack[self.stack.len() - n as usize].clone();
                        self.stack.push_reserved(v);
                    }
                    Instr::Swap(n) => {
                        let len = self.stack.len();
                        self.stack.swap(len - 1, len - n as usize);
                    }
                    Instr::LoadConst(i) => {
                        self.stack.push_reserved(code.consts[i as usize].clone())
                    }
                    Instr::LoadFast(i) => {
                        let v = local!(i);
                        self.stack.push_reserved(v);
                    }
                    // Superinstructions (see `crate::quicken`): the first instruction's
                    // work, then the second's, whose operand is in the next slot.
                    Instr::LoadFastLoadFast(i) | Instr::LoadFastLoadConst(i) => {
                        let v = local!(i);
                        self.stack.push_reserved(v);
                        match instrs[ip] {
                            Instr::LoadFast(j) => {
                                ip += 1;
                                let v = local!(j);
                                self.stack.push_reserved(v);
                            }
                            Instr::LoadConst(k) => {
                                ip += 1;
                                self.stack.push_reserved(code.consts[k as usize].clone());
                            }
                            _ => {}
                        }
                    }
                    Instr::StoreFastLoadFast(i) => {
                        let v = pop!(self);
                        let old = self.stack.replace_words(base + i as usize, v);
                        drop(old);
                        if let Instr::LoadFast(j) = instrs[ip] {
                            ip += 1;
                            let v = local!(j);
                            self.stack.push_reserved(v);
                        }
                    }
                    Instr::LoadConstBinaryOp(i) | Instr::LoadFastBinaryOp(i) => {
                        let b = if let Instr::LoadConstBinaryOp(_) = instr {
                            code.consts[i as usize].clone()
                        } else {
                            local!(i)
                        };
                        let Instr::BinaryOp(op) = instrs[ip] else {
                            self.stack.push_reserved(b);
                            continue;
                        };
                        ip += 1;
                        let a = pop!(self);
                        // Pushed in each branch: a value merged from both would go through memory.
                        if let Some(v) = binary_fast(&a, &b, op) {
                            self.stack.push_reserved(v);
                            continue;
                        }
                        save!();
                        match tri!(self.binary_op_in_loop(a, b, op, instrs[ip], base)) {
                            Some(v) => self.stack.push_reserved(v),
                            None => continue 'frame,
                        }
                    }
                    Instr::CompareOpJump(op) => {
                        let b = pop!(self);
                        let a = pop!(self);
                        let cond = match (&a, &b) {
                            (Value::Int(x), Value::Int(y)) => compare_by(op, x, y),
                            (Value::Float(x), Value::Float(y)) => compare_by(op, x, y),
                            _ => {
                                save!();
                                let cop = CmpOp::from_arg(op).unwrap_or(CmpOp::Eq);
                                let v = tri!(self.compare(&a, &b, cop));
                                match v {
                                    Value::Bool(c) => c,
                                    _ => {
                                        // Truthiness errors belong to the jump instruction.
                                        ip += 1;
                                        let c = tri!(self.truthy(&v));
                                        ip -= 1;
                                        c
                                    }
                                }
                            }
                        };
                        match instrs[ip] {
                            Instr::PopJumpIfFalse(t) => ip = if cond { ip + 1 } else { t as usize },
                            Instr::PopJumpIfTrue(t) => ip = if cond { t as usize } else { ip + 1 },
                            _ => self.stack.push_reserved(Value::Bool(cond)),
                        }
                    }
                    Instr::StoreFast(i) => {
                        let v = pop!(self);
                        let old = self.stack.replace_words(base + i as usize, v);
                        drop(old);
                    }
                    Instr::DeleteFast(i) => {
                        let old =
                            std::mem::replace(&mut self.stack[base + i as usize], Value::Null);
                        if old.is_null() {
                            save!();
                            return Err(self.unbound_local(&code, i as usize).into());
                        }
                        drop(old);
                    }
                    Instr::LoadDeref(i) => {
                        let cell = self.stack[base + code.code.varnames.len() + i as usize].clone();
                        let v = cell_get(&cell);
                        if v.is_null() {
                            save!();
                            return Err(self.unbound_deref(&code, i as usize).into());
                        }
                        self.stack.push_reserved(v);
                    }
                    Instr::StoreDeref(i) => {
                        let v = pop!(self);
                        let cell = &self.stack[base + code.code.varnames.len() + i as usize];
                        let old = cell_set(cell, v);
                        drop(old);
                    }
                    Instr::DeleteDeref(i) => {
                        let cell = self.stack[base + code.code.varnames.len() + i as usize].clone();
                        if cell_set(&cell, Value::Null).is_null() {
                            save!();
                            return Err(self.unbound_deref(&code, i as usize).into());
                        }
                    }
                    Instr::LoadClosure(i) => {
                        let cell = self.stack[base + code.code.varnames.len() + i as usize].clone();
                        self.stack.push_reserved(cell);
                    }
                    Instr::LoadClassDeref(i) => {
                        let idx = i as usize;
                        let ncells = code.code.cellvars.len();
                        let name = if idx < ncells {
                            &code.code.cellvars[idx]
                        } else {
                            &code.code.freevars[idx - ncells]
                        };
                        let key = self.intern(name);
                        let locals = self.frame().locals.clone();
                        let found = tri!(self.mapping_get(&locals, &key));
                        match found {
                            Some(v) => self.stack.push_reserved(v),
                            None => {
                                let cell =
                                    self.stack[base + code.code.varnames.len() + idx].clone();
                                let v = cell_get(&cell);
                                if v.is_null() {
                                    save!();
                                    return Err(self.unbound_deref(&code, idx).into());
                                }
                                self.stack.push_reserved(v);
                            }
                        }
                    }
                    Instr::LoadName(i) => {
                        // Fast path: dict locals (module and class bodies), then globals,
                        // then builtins, without cloning the frame's namespaces.
                        let fast = {
                            let name = &code.names[i as usize];
                            let f = &self.frames[self.frames.len() - 1];
                            match &f.locals {
                                Value::Obj(l) => match &l.payload {
                                    Payload::Dict(d) => Some(d.get_str(name).or_else(|| {
                                        [&f.globals, &f.builtins].iter().find_map(|ns| {
                                            match &ns.payload {
                                                Payload::Dict(d) => d.get_str(name),
                                                _ => None,
                                            }
                                        })
                                    })),
                                    _ => None,
                                },
                                _ => None,
                            }
                        };
                        if let Some(Some(v)) = fast {
                            self.stack.push_reserved(v);
                            continue;
                        }
                        let name = code.names[i as usize].clone();
                        save!();
                        let v = tri!(self.load_name(&name));
                        self.stack.push_reserved(v);
                    }
                    Instr::StoreName(i) => {
                        let name = code.names[i as usize].clone();
                        let v = pop!(self);
                        let locals = self.frame().locals.clone();
                        tri!(self.mapping_set(&locals, name, v));
                    }
                    Instr::DeleteName(i) => {
                        let name = code.names[i as usize].clone();
                        let locals = self.frame().locals.clone();
                        if !tri!(self.mapping_del(&locals, &name)) {
                            save!();
                            return Err(self.name_error(&name).into());
                        }
                    }
                    Instr::LoadGlobal(i) | Instr::LoadGlobalPushNull(i) => {
                        let push_null = matches!(instr, Instr::LoadGlobalPushNull(_));
                        let f = self.frame();
                        let (Payload::Dict(g), Payload::Dict(b)) =
                            (&f.globals.payload, &f.builtins.payload)
                        else {
                            save!();
                            return Err(self.runtime_error("globals must be a dict").into());
                        };
                        let cache = &code.global_cache[i as usize];
                        let c = cache.get();
                        let hit = if c.builtins_version == 0 {
                            g.value_if_version(c.globals_version, c.index as usize)
                        } else if g.version() == c.globals_version {
                            b.value_if_version(c.builtins_version, c.index as usize)
                        } else {
                            None
                        };
                        if let Some(v) = hit {
                            self.stack.push_reserved(v);
                            if push_null {
                                self.stack.push_reserved(Value::Null);
                                ip += 1;
                            }
                            continue;
                        }
                        let name = &code.names[i as usize];
                        let (gv, gix) = g.find_str(name);
                        let found = match gix {
                            Some(ix) => {
                                cache.set(crate::frame::GlobalCache {
                                    globals_version: gv,
                                    builtins_version: 0,
                                    index: ix as u32,
                                });
                                g.value_if_version(gv, ix)
                            }
                            None => {
                                let (bv, bix) = b.find_str(name);
                                bix.and_then(|ix| {
                                    cache.set(crate::frame::GlobalCache {
                                        globals_version: gv,
                                        builtins_version: bv,
                                        index: ix as u32,
                                    });
                                    b.value_if_version(bv, ix)
                                })
                            }
                        };
                        match found {
                            Some(v) => {
                                self.stack.push_reserved(v);
                                if push_null {
                                    self.stack.push_reserved(Value::Null);
                                    ip += 1;
                                }
                            }
                            None => {
                                let name = name.clone();
                                save!();
                                return Err(self.name_error(&name).into());
                            }
                        }
                    }
                    Instr::StoreGlobal(i) => {
                        let name = code.names[i as usize].clone();
                        let v = pop!(self);
                        if let Payload::Dict(d) = &self.frame().globals.payload {
                            d.set_str(name, v);
                        }
                    }
                    Instr::DeleteGlobal(i) => {
                        let name = code.names[i as usize].clone();
                        let removed = match &self.frame().globals.payload {
                            Payload::Dict(d) => d.del_str(&name),
                            _ => None,
                        };
                        if removed.is_none() {
                            save!();
                            return Err(self.name_error(&name).into());
                        }
                    }
                    Instr::LoadAttr(i) => {
                        let o = pop!(self);
                        let name = &code.names[i as usize];
                        if let Some(v) =
                            self.cached_instance_attr(&code, i as usize, &o, name, false)
                        {
                            self.stack.push_reserved(v);
                            continue;
                        }
                        if let Some(v) = self.cached_module_attr(&code, i as usize, &o) {
                            self.stack.push_reserved(v);
                            continue;
                        }
                        save!();
                        // A property's getter runs in this loop, as a call would.
                        let o = match self.cached_property_getter(&code, i as usize, &o) {
                            Some(fget) => match self.push_getter_frame(fget, o) {
                                Ok(()) => continue 'frame,
                                Err(o) => o,
                            },
                            None => o,
                        };
                        let v = tri!(self.getattr(&o, name));
                        self.fill_attr_cache(&code, i as usize, &o, name);
                        self.stack.push_reserved(v);
                    }
                    // `a.attr`, `a.meth(...)` and `a.attr = v` with `a` a fast local: on a
                    // cache hit the local is read in place (no reference taken); otherwise
                    // the local is pushed and the second instruction runs as it is.
                    Instr::LoadFastLoadAttr(i) => {
                        if let Instr::LoadAttr(j) = instrs[ip] {
                            let (o, name) =
                                (&self.stack[base + i as usize], &code.names[j as usize]);
                            if let Some(v) =
                                self.cached_instance_attr(&code, j as usize, o, name, false)
                            {
                                ip += 1;
                                self.stack.push_reserved(v);
                                continue;
                            }
                        }
                        let v = local!(i);
                        self.stack.push_reserved(v);
                    }
                    Instr::LoadFastLoadMethod(i) => {
                        if let Instr::LoadMethod(j) = instrs[ip] {
                            let (o, name) =
                                (&self.stack[base + i as usize], &code.names[j as usize]);
                            if let Some(m) =
                                self.cached_instance_attr(&code, j as usize, o, name, true)
                            {
                                ip += 1;
                                let o = o.clone();
                                self.stack.push_reserved(m);
                                self.stack.push_reserved(o);
                                continue;
                            }
                        }
                        let v = local!(i);
                        self.stack.push_reserved(v);
                    }
                    Instr::LoadFastStoreAttr(i) => {
                        if let Instr::StoreAttr(j) = instrs[ip] {
                            let v = pop!(self);
                            let o = &self.stack[base + i as usize];
                            match self.cached_instance_store(&code, j as usize, o, v) {
                                Ok(()) => {
                                    ip += 1;
                                    continue;
                                }
                                Err(v) => self.stack.push_reserved(v),
                            }
                        }
                        let v = local!(i);
                        self.stack.push_reserved(v);
                    }
                    Instr::StoreAttr(i) => {
                        let o = pop!(self);
                        let v = pop!(self);
                        let v = match self.cached_instance_store(&code, i as usize, &o, v) {
                            Ok(()) => continue,
                            Err(v) => v,
                        };
                        let name = &code.names[i as usize];
                        save!();
                        tri!(self.setattr(&o, name, v));
                        self.fill_attr_cache(&code, i as usize, &o, name);
                    }
                    Instr::DeleteAttr(i) => {
                        let o = pop!(self);
                        save!();
                        tri!(self.delattr(&o, &code.names[i as usize]));
                    }
                    Instr::LoadMethod(i) => {
                        let o = pop!(self);
                        let name = &code.names[i as usize];
                        if let Some(m) =
                            self.cached_instance_attr(&code, i as usize, &o, name, true)
                        {
                            self.stack.push_reserved(m);
                            self.stack.push_reserved(o);
                            continue;
                        }
                        if let Some(v) = self.cached_module_attr(&code, i as usize, &o) {
                            self.stack.push_reserved(v);
                            self.stack.push_reserved(Value::Null);
                            continue;
                        }
                        save!();
                        self.fill_attr_cache(&code, i as usize, &o, name);
                        let (m, this) = tri!(self.load_method(&o, name));
                        self.stack.push_reserved(m);
                        self.stack.push_reserved(this);
                    }
                    Instr::BinarySubscr => {
                        let k = pop!(self);
                        let c = pop!(self);
                        // Fast paths: list[int] and ascii str[int] (no subclass overrides).
                        if let (Value::Obj(o), Value::Int(i)) = (&c, &k) {
                            if o.ext().is_none() {
                                match &o.payload {
                                    Payload::List(l) => {
                                        let l = l.borrow();
                                        if let Some(j) = crate::objects::norm_index(*i, l.len()) {
                                            let v = l[j].clone();
                                            drop(l);
                                            self.stack.push_reserved(v);
                                            continue;
                                        }
                                    }
                                    Payload::Str(s) if s.is_ascii() => {
                                        let b = s.as_str().as_bytes();
                                        if let Some(j) = crate::objects::norm_index(*i, b.len()) {
                                            let v = self.char_str(b[j] as char);
                                            self.stack.push_reserved(v);
                                            continue;
                                        }
                                    }
                                    _ => {}
                                }
                            }
                        }
                        save!();
                        let v = tri!(self.getitem(&c, &k));
                        self.stack.push_reserved(v);
                    }
                    Instr::StoreSubscr => {
                        let k = pop!(self);
                        let c = pop!(self);
                        let v = pop!(self);
                        // Fast path: list[int] = v (no subclass overrides).
                        if let (Value::Obj(o), Value::Int(i)) = (&c, &k) {
                            if let (Payload::List(l), None) = (&o.payload, o.ext()) {
                                let old = {
                                    let mut l = l.borrow_mut();
                                    crate::objects::norm_index(*i, l.len())
                                        .map(|j| std::mem::replace(&mut l[j], v.clone()))
                                };
                                if old.is_some() {
                                    drop(old);
                                    continue;
                                }
                            }
                        }
                        save!();
                        tri!(self.setitem(&c, k, v));
                    }
                    Instr::DeleteSubscr => {
                        let k = pop!(self);
                        let c = pop!(self);
                        save!();
                        tri!(self.delitem(&c, &k));
                    }
                    Instr::BinarySlice => {
                        let hi = pop!(self);
                        let lo = pop!(self);
                        let c = pop!(self);
                        let s = Value::obj(Payload::Slice(Box::new(crate::object::Bounds {
                            start: lo,
                            stop: hi,
                            step: Value::None,
                        })));
                        save!();
                        let v = tri!(self.getitem(&c, &s));
                        self.stack.push_reserved(v);
                    }
                    Instr::StoreSlice => {
                        let hi = pop!(self);
                        let lo = pop!(self);
                        let c = pop!(self);
                        let v = pop!(self);
                        let s = Value::obj(Payload::Slice(Box::new(crate::object::Bounds {
                            start: lo,
                            stop: hi,
                            step: Value::None,
                        })));
                        save!();
                        tri!(self.setitem(&c, s, v));
                    }
                    Instr::BinaryOp(op) => {
                        let b = pop!(self);
                        let a = pop!(self);
                        // Pushed in each branch: a value merged from both would go through memory.
                        if let Some(v) = binary_fast(&a, &b, op) {
                            self.stack.push_reserved(v);
                            continue;
                        }
                        save!();
                        match tri!(self.binary_op_in_loop(a, b, op, instrs[ip], base)) {
                            Some(v) => self.stack.push_reserved(v),
                            None => continue 'frame,
                        }
                    }
                    Instr::UnaryOp(op) => {
                        let a = pop!(self);
                        save!();
                        let op = UnaryOp::from_arg(op).unwrap_or(UnaryOp::Not);
                        let v = tri!(self.unary_op(&a, op));
                        self.stack.push_reserved(v);
                    }
                    Instr::CompareOp(op) => {
                        let b = pop!(self);
                        let a = pop!(self);
                        let fast = match (&a, &b) {
                            (Value::Int(x), Value::Int(y)) => Some(compare_by(op, x, y)),
                            (Value::Float(x), Value::Float(y)) => Some(compare_by(op, x, y)),
                            _ => None,
                        };
                        let v = match fast {
                            Some(b) => Value::Bool(b),
                            None => {
                                save!();
                                let op = CmpOp::from_arg(op).unwrap_or(CmpOp::Eq);
                                tri!(self.compare(&a, &b, op))
                            }
                        };
                        self.stack.push_reserved(v);
                    }
                    Instr::IsOp(invert) => {
                        let b = pop!(self);
                        let a = pop!(self);
                        self.stack
                            .push_reserved(Value::Bool(a.is(&b) != (invert != 0)));
                    }
                    Instr::ContainsOp(invert) => {
                        let b = pop!(self);
                        let a = pop!(self);
                        save!();
                        let r = tri!(self.contains(&b, &a));
                        self.stack.push_reserved(Value::Bool(r != (invert != 0)));
                    }
                    Instr::BuildTuple(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        let t = self.new_tuple(items);
                        self.stack.push_reserved(t);
                    }
                    Instr::BuildList(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        let l = self.new_list(items);
                        self.stack.push_reserved(l);
                    }
                    Instr::BuildSet(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        save!();
                        let data = crate::set::SetData::default();
                        for v in items {
                            tri!(self.set_add(&data, v));
                        }
                        self.stack.push_reserved(Value::obj(Payload::Set(Box::new(
                            std::cell::RefCell::new(data),
                        ))));
                    }
                    Instr::BuildMap(n) => {
                        let items = self.stack.split_off(self.stack.len() - 2 * n as usize);
                        save!();
                        let d = crate::dict::Dict::new();
                        let mut it = items.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            tri!(self.dict_set(&d, k, v));
                        }
                        self.stack.push_reserved(Value::obj(Payload::Dict(d)));
                    }
                    Instr::BuildConstKeyMap(n) => {
                        let keys = pop!(self);
                        let values = self.stack.split_off(self.stack.len() - n as usize);
                        save!();
                        let d = crate::dict::Dict::new();
                        if let Some(Payload::Tuple(ks)) = keys.payload() {
                            for (k, v) in ks.iter().zip(values) {
                                tri!(self.dict_set(&d, k.clone(), v));
                            }
                        }
                        self.stack.push_reserved(Value::obj(Payload::Dict(d)));
                    }
                    Instr::BuildSlice(n) => {
                        let step = if n == 3 { pop!(self) } else { Value::None };
                        let stop = pop!(self);
                        let start = pop!(self);
                        self.stack.push(Value::obj(Payload::Slice(Box::new(
                            crate::object::Bounds { start, stop, step },
                        ))));
                    }
                    Instr::BuildString(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        let s = PyStr::concat(items.iter().filter_map(Value::as_pystr));
                        let v = Value::obj(Payload::Str(s));
                        self.stack.push_reserved(v);
                    }
                    Instr::ListToTuple => {
                        let l = pop!(self);
                        let items = match l.payload() {
                            Some(Payload::List(v)) => v.borrow().clone(),
                            _ => Vec::new(),
                        };
                        let t = self.new_tuple(items);
                        self.stack.push_reserved(t);
                    }
                    Instr::ListAppend(i) => {
                        let v = pop!(self);
                        let l = &self.stack[self.stack.len() - i as usize];
                        if let Some(Payload::List(items)) = l.payload() {
                            items.borrow_mut().push(v);
                        }
                    }
                    Instr::SetAdd(i) => {
                        let v = pop!(self);
                        let s = self.stack[self.stack.len() - i as usize].clone();
                        if let Some(Payload::Set(data)) = s.payload() {
                            save!();
                            let data = data.borrow();
                            tri!(self.set_add(&data, v));
                        }
                    }
                    Instr::MapAdd(i) => {
                        let v = pop!(self);
                        let k = pop!(self);
                        let d = self.stack[self.stack.len() - i as usize].clone();
                        if let Some(Payload::Dict(d)) = d.payload() {
                            save!();
                            tri!(self.dict_set(d, k, v));
                        }
                    }
                    Instr::ListExtend(i) => {
                        let it = pop!(self);
                        let l = self.stack[self.stack.len() - i as usize].clone();
                        save!();
                        let items = match self.collect(&it) {
                            Ok(items) => items,
                            Err(e) => {
                                let e = self.star_arg_error(e, &it, None);
                                return Err(e.into());
                            }
                        };
                        if let Some(Payload::List(v)) = l.payload() {
                            v.borrow_mut().extend(items);
                        }
                    }
                    Instr::SetUpdate(i) => {
                        let it = pop!(self);
                        let s = self.stack[self.stack.len() - i as usize].clone();
                        save!();
                        if let Some(Payload::Set(data)) = s.payload() {
                            let data = data.borrow();
                            tri!(self.set_update(&data, &it));
                        }
                    }
                    Instr::DictUpdate(i) | Instr::DictMerge(i) => {
                        let m = pop!(self);
                        let pos = self.stack.len() - i as usize;
                        let d = self.stack[pos].clone();
                        let merge = matches!(instr, Instr::DictMerge(_));
                        // `f NULL args kwargs`: the callable is three below the dict.
                        let func = if merge && pos >= 3 {
                            Some(self.stack[pos - 3].clone())
                        } else {
                            None
                        };
                        save!();
                        tri!(self.dict_update_op(&d, &m, func.as_ref()));
                    }
                    Instr::UnpackSequence(n) => {
                        let seq = pop!(self);
                        save!();
                        tri!(self.unpack_onto_stack(seq, n as usize));
                    }
                    Instr::UnpackEx(arg) => {
                        let seq = pop!(self);
                        let before = (arg & 0xFF) as usize;
                        let after = (arg >> 8) as usize;
                        save!();
                        let items = tri!(self.collect(&seq));
                        if items.len() < before + after {
                            save!();
                            return Err(self
                                .value_error(format!(
                                    "not enough values to unpack (expected at least {}, got {})",
                                    before + after,
                                    items.len()
                                ))
                                .into());
                        }
                        let mut items = items;
                        let tail = items.split_off(items.len() - after);
                        let middle = items.split_off(before);
                        for v in tail.into_iter().rev() {
                            self.stack.push_reserved(v);
                        }
                        let l = self.new_list(middle);
                        self.stack.push_reserved(l);
                        for v in items.into_iter().rev() {
                            self.stack.push_reserved(v);
                        }
                    }
                    Instr::GetIter => {
                        let o = pop!(self);
                        save!();
                        let it = tri!(self.iter(&o));
                        self.stack.push_reserved(it);
                    }
                    Instr::ForIter(target) => {
                        let it = top!(self);
                        // Fast paths: ranges and lists.
                        if let Value::Obj(o) = &it {
                            let state = match &o.payload {
                                Payload::Iter(state) => Some(&**state),
                                _ => None,
                            };
                            if let Some(crate::object::IterState::Range { next, stop, step }) =
                                state
                            {
                                let n = next.get();
                                if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                                    next.set(n.wrapping_add(*step));
                                    self.stack.push_reserved(Value::Int(n));
                                } else {
                                    drop(self.stack.pop_words());
                                    ip = target as usize;
                                }
                                continue;
                            }
                            if let Some(crate::object::IterState::Seq { seq, index }) = state {
                                let i = index.get();
                                let item = match seq.payload() {
                                    Some(Payload::List(l)) => Some(l.borrow().get(i).cloned()),
                                    Some(Payload::Tuple(t)) => Some(t.get(i).cloned()),
                                    _ => None,
                                };
                                match item {
                                    Some(Some(v)) => {
                                        index.set(i + 1);
                                        self.stack.push_reserved(v);
                                        continue;
                                    }
                                    Some(None) => {
                                        index.set(usize::MAX / 2);
                                        drop(self.stack.pop_words());
                                        ip = target as usize;
                                        continue;
                                    }
                                    None => {}
                                }
                            }
                        }
                        save!();
                        match tri!(self.next(&it)) {
                            Some(v) => self.stack.push_reserved(v),
                            None => {
                                drop(self.stack.pop_words());
                                ip = target as usize;
                            }
                        }
                    }
                    Instr::Jump(target) => {
                        // A loop's back edge: where Ctrl-C reaches a running loop.
                        if (target as usize) < ip && self.signal_pending() {
                            save!();
                            tri!(self.take_signal());
                        }
                        ip = target as usize
                    }
                    Instr::PopJumpIfFalse(target) => {
                        let c = pop!(self);
                        let t = match c {
                            Value::Bool(b) => b,
                            Value::Int(i) => i != 0,
                            Value::None => false,
                            _ => {
                                save!();
                                tri!(self.truthy(&c))
                            }
                        };
                        if !t {
                            ip = target as usize;
                        }
                    }
                    Instr::PopJumpIfTrue(target) => {
                        let c = pop!(self);
                        let t = match c {
                            Value::Bool(b) => b,
                            Value::Int(i) => i != 0,
                            Value::None => false,
                            _ => {
                                save!();
                                tri!(self.truthy(&c))
                            }
                        };
                        if t {
                            ip = target as usize;
                        }
                    }
                    Instr::PopJumpIfNone(target) => {
                        if pop!(self).is_none() {
                            ip = target as usize;
                        }
                    }
                    Instr::PopJumpIfNotNone(target) => {
                        if !pop!(self).is_none() {
                            ip = target as usize;
                        }
                    }
                    Instr::JumpIfFalseOrPop(target) => {
                        let c = top!(self);
                        save!();
                        if !tri!(self.truthy(&c)) {
                            ip = target as usize;
                        } else {
                            drop(self.stack.pop_words());
                        }
                    }
                    Instr::JumpIfTrueOrPop(target) => {
                        let c = top!(self);
                        save!();
                        if tri!(self.truthy(&c)) {
                            ip = target as usize;
                        } else {
                            drop(self.stack.pop_words());
                        }
                    }
                    Instr::Call(n) if !self.recursion_exceeded() => {
                        // The common case: a plain Python function called positionally with
                        // exactly its parameters binds them where they already are.
                        let n = n as usize;
                        let fpos = self.stack.len() - n - 2;
                        let simple = match &self.stack[fpos] {
                            Value::Obj(fo) => match &fo.payload {
                                Payload::Function(func)
                                    if func.code.simple_call
                                        && n + !self.stack[fpos + 1].is_null() as usize
                                            == func.code.code.argcount as usize =>
                                {
                                    Some((
                                        func.code.clone(),
                                        func.globals.clone(),
                                        func.builtins.clone(),
                                    ))
                                }
                                _ => None,
                            },
                            _ => None,
                        };
                        if let Some((fcode, globals, builtins)) = simple {
                            save!();
                            let has_self = !self.stack[fpos + 1].is_null();
                            let args_start = if has_self { fpos + 1 } else { fpos + 2 };
                            self.stack.fill_null_to(args_start + fcode.nslots);
                            if fcode.has_cells {
                                self.enter_cells_of(fpos, args_start);
                            }
                            self.frames.push_with(|| Frame {
                                code: fcode,
                                ip: 0,
                                base: args_start,
                                globals,
                                builtins,
                                locals: Value::Null,
                                entry: false,
                                call_slots: if has_self { 1 } else { 2 },
                                on_return: crate::frame::OnReturn::Value,
                                generator: None,
                                locals_dict: None,
                            });
                            continue 'frame;
                        }
                        save!();
                        if tri!(self.call_in_loop(fpos, &[])) {
                            continue 'frame;
                        }
                    }
                    Instr::Call(n) | Instr::CallKw(n) => {
                        let kwnames = if let Instr::CallKw(_) = instr {
                            pop!(self)
                        } else {
                            Value::Null
                        };
                        let fpos = self.stack.len() - n as usize - 2;
                        save!();
                        let kw: &[Value] = match kwnames.payload() {
                            Some(Payload::Tuple(t)) => t,
                            _ => &[],
                        };
                        if tri!(self.call_in_loop(fpos, kw)) {
                            continue 'frame;
                        }
                    }
                    Instr::CallFunctionEx(flags) => {
                        let kwargs = if flags & 1 != 0 {
                            pop!(self)
                        } else {
                            Value::Null
                        };
                        let args = pop!(self);
                        drop(self.stack.pop_words());
                        let f = pop!(self);
                        save!();
                        let mut pos = match args.payload() {
                            Some(Payload::Tuple(t)) => t.to_vec(),
                            _ => match self.collect(&args) {
                                Ok(items) => items,
                                Err(e) => {
                                    return Err(self.star_arg_error(e, &args, Some(&f)).into());
                                }
                            },
                        };
                        let mut names = Vec::new();
                        if let Some(Payload::Dict(d)) = kwargs.payload() {
                            for (k, v) in d.items() {
                                names.push(k);
                                pos.push(v);
                            }
                        }
                        let r = tri!(self.call(&f, &pos, &names));
                        self.stack.push_reserved(r);
                    }
                    Instr::MakeFunction(flags) => {
                        let codev = pop!(self);
                        let closure = if flags & 8 != 0 {
                            pop!(self)
                        } else {
                            Value::None
                        };
                        let annotations = if flags & 4 != 0 {
                            pop!(self)
                        } else {
                            Value::None
                        };
                        let kwdefaults = if flags & 2 != 0 {
                            pop!(self)
                        } else {
                            Value::None
                        };
                        let defaults = if flags & 1 != 0 {
                            pop!(self)
                        } else {
                            Value::None
                        };
                        let f = self.frame();
                        let globals = f.globals.clone();
                        let builtins = f.builtins.clone();
                        let func = self.make_function(
                            &codev,
                            globals,
                            builtins,
                            defaults,
                            kwdefaults,
                            annotations,
                            closure,
                        );
                        self.stack.push_reserved(func);
                    }
                    Instr::LoadBuildClass => {
                        let v = self.builtin("__build_class__").unwrap_or(Value::None);
                        self.stack.push_reserved(v);
                    }
                    Instr::ReturnValue => {
                        let v = pop!(self);
                        let Some(frame) = self.frames.pop() else {
                            return Ok(Exit::Return(v));
                        };
                        if frame.entry {
                            self.stack.truncate(frame.base);
                            return Ok(Exit::Return(v));
                        }
                        let v = match frame.on_return {
                            OnReturn::Value => v,
                            OnReturn::Init => {
                                // `cls(...)` returns the instance its callable slot holds.
                                let inst =
                                    std::mem::replace(&mut self.stack[frame.base - 1], Value::Null);
                                if !v.is_none() {
                                    self.stack.truncate(frame.base - frame_call_slots(&frame));
                                    return Err(self.init_returned(&v).into());
                                }
                                inst
                            }
                            OnReturn::BinaryOp(op) if v.is(&self.not_implemented) => {
                                self.stack.truncate(frame.base);
                                let b = self.stack.pop_words().unwrap_or(Value::None);
                                let a = self.stack.pop_words().unwrap_or(Value::None);
                                let op = BinOp::from_arg(op as u32).unwrap_or(BinOp::Add);
                                self.binary_op_after_forward(&a, &b, op, true)?
                            }
                            OnReturn::BinaryOp(_) => v,
                        };
                        self.stack.truncate(frame.base - frame_call_slots(&frame));
                        drop(frame);
                        self.stack.push_reserved(v);
                        returned = true;
                        continue 'frame;
                    }
                    Instr::GenStart => {
                        drop(self.stack.pop_words());
                    }
                    Instr::YieldValue(_) => {
                        let v = pop!(self);
                        save!();
                        self.suspend_generator();
                        return Ok(Exit::Yield(v));
                    }
                    Instr::GetYieldFromIter => {
                        let o = pop!(self);
                        let it = match o.payload() {
                            Some(Payload::Generator(_)) => o,
                            _ => {
                                save!();
                                tri!(self.iter(&o))
                            }
                        };
                        self.stack.push_reserved(it);
                    }
                    Instr::GetAwaitable => {
                        let o = pop!(self);
                        save!();
                        let it = tri!(self.get_awaitable(&o));
                        self.stack.push_reserved(it);
                    }
                    Instr::Send(target) => {
                        let v = pop!(self);
                        let recv = top!(self);
                        save!();
                        match tri!(self.send_to(&recv, v)) {
                            crate::call::GenResult::Yield(y) => self.stack.push_reserved(y),
                            crate::call::GenResult::Return(r) => {
                                drop(self.stack.pop_words());
                                self.stack.push_reserved(r);
                                ip = target as usize;
                            }
                        }
                    }
                    Instr::PushExcInfo => {
                        let exc = pop!(self);
                        let prev = std::mem::replace(&mut self.handled, exc.clone());
                        self.stack.push_reserved(prev);
                        self.stack.push_reserved(exc);
                    }
                    Instr::PopExcept => {
                        let prev = pop!(self);
                        self.handled = prev;
                    }
                    Instr::CheckExcMatch => {
                        let ty = pop!(self);
                        let exc = top!(self);
                        save!();
                        let m = tri!(self.exception_matches(&exc, &ty));
                        self.stack.push_reserved(Value::Bool(m));
                    }
                    Instr::CheckEgMatch => {
                        let ty = pop!(self);
                        let exc = pop!(self);
                        save!();
                        let (rest, m) = tri!(crate::objects::exception::except_star_match(
                            self, &exc, &ty
                        ));
                        if !m.is_none() {
                            self.handled = m.clone();
                        }
                        self.stack.push_reserved(rest);
                        self.stack.push_reserved(m);
                    }
                    Instr::PrepReraiseStar => {
                        let excs = pop!(self);
                        let orig = pop!(self);
                        let list = match excs.payload() {
                            Some(Payload::List(l)) => l.borrow().clone(),
                            _ => Vec::new(),
                        };
                        save!();
                        let r = tri!(crate::objects::exception::prep_reraise_star(
                            self, &orig, &list
                        ));
                        self.stack.push_reserved(r);
                    }
                    Instr::Raise(n) => {
                        save!();
                        let (exc, add_tb) = match n {
                            0 => match self.current_handled() {
                                Value::Obj(e) => (e.clone(), false),
                                _ => (self.runtime_error("No active exception to reraise"), true),
                            },
                            1 => {
                                let e = pop!(self);
                                (tri!(self.make_raisable(&e)), true)
                            }
                            _ => {
                                let cause = pop!(self);
                                let e = pop!(self);
                                let exc = tri!(self.make_raisable(&e));
                                tri!(self.set_cause(&exc, cause));
                                (exc, true)
                            }
                        };
                        return Err(Raised { exc, add_tb });
                    }
                    Instr::Reraise => {
                        let e = pop!(self);
                        save!();
                        let exc = match e {
                            Value::Obj(o) => o,
                            _ => self.runtime_error("No active exception to reraise"),
                        };
                        return Err(Raised { exc, add_tb: false });
                    }
                    Instr::LoadAssertionError => {
                        self.stack
                            .push(Value::Obj(self.exc.assertion_error.clone()));
                    }
                    Instr::BeforeWith => {
                        let mgr = pop!(self);
                        save!();
                        let (exit, res) = tri!(self.before_with(&mgr));
                        self.stack.push_reserved(exit);
                        self.stack.push_reserved(res);
                    }
                    Instr::WithExceptStart => {
                        let len = self.stack.len();
                        let exit = self.stack[len - 3].clone();
                        let exc = self.stack[len - 1].clone();
                        save!();
                        let ty = Value::Obj(self.type_of(&exc));
                        let tb = self.traceback_value(&exc);
                        let r = tri!(self.call(&exit, &[ty, exc, tb], &[]));
                        self.stack.push_reserved(r);
                    }
                    Instr::FormatValue(flags) => {
                        let spec = if flags & 4 != 0 {
                            pop!(self)
                        } else {
                            Value::Null
                        };
                        let v = pop!(self);
                        save!();
                        let v = match flags & 3 {
                            1 => tri!(self.str(&v)),
                            2 => tri!(self.repr(&v)),
                            3 => tri!(self.ascii(&v)),
                            _ => v,
                        };
                        if spec.is_null() && v.as_exact_pystr().is_some() {
                            // `f"{s}"` of a str is the str itself.
                            self.stack.push_reserved(v);
                            continue;
                        }
                        let spec = if spec.is_null() { self.name("") } else { spec };
                        let s = tri!(self.format(&v, &spec));
                        self.stack.push_reserved(s);
                    }
                    Instr::ImportName(i) => {
                        let fromlist = pop!(self);
                        let level = pop!(self);
                        let name = code.names[i as usize].clone();
                        save!();
                        let m = tri!(self.import_name(&name, &fromlist, &level));
                        self.stack.push_reserved(m);
                    }
                    Instr::ImportFrom(i) => {
                        let m = top!(self);
                        let name = code.names[i as usize].clone();
                        save!();
                        let v = tri!(self.import_from(&m, &name));
                        self.stack.push_reserved(v);
                    }
                    Instr::ImportStar => {
                        let m = pop!(self);
                        save!();
                        tri!(self.import_star(&m));
                    }
                    Instr::SetupAnnotations => {
                        let locals = self.frame().locals.clone();
                        let key = self.intern("__annotations__");
                        save!();
                        if tri!(self.mapping_get(&locals, &key)).is_none() {
                            let d = self.new_dict();
                            tri!(self.mapping_set(&locals, key, d));
                        }
                    }
                    Instr::PrintExpr => {
                        let v = pop!(self);
                        save!();
                        tri!(self.display_hook(&v));
                    }
                    Instr::GetLen => {
                        let o = top!(self);
                        save!();
                        let n = tri!(self.len(&o));
                        self.stack.push_reserved(Value::Int(n as i64));
                    }
                    Instr::MatchMapping => {
                        let o = top!(self);
                        save!();
                        let m = tri!(self.match_is_mapping(&o));
                        self.stack.push_reserved(Value::Bool(m));
                    }
                    Instr::MatchSequence => {
                        let o = top!(self);
                        save!();
                        let m = tri!(self.match_is_sequence(&o));
                        self.stack.push_reserved(Value::Bool(m));
                    }
                    Instr::MatchKeys => {
                        let len = self.stack.len();
                        let (subject, keys) =
                            (self.stack[len - 2].clone(), self.stack[len - 1].clone());
                        save!();
                        let v = tri!(self.match_keys(&subject, &keys));
                        self.stack.push_reserved(v);
                    }
                    Instr::MatchClass(n) => {
                        let names = pop!(self);
                        let cls = pop!(self);
                        let subject = pop!(self);
                        save!();
                        let v = tri!(self.match_class(&subject, &cls, n as usize, &names));
                        self.stack.push_reserved(v);
                    }
                    Instr::CopyDictWithoutKeys => {
                        let len = self.stack.len();
                        let (subject, keys) =
                            (self.stack[len - 2].clone(), self.stack[len - 1].clone());
                        save!();
                        let v = tri!(self.copy_dict_without_keys(&subject, &keys));
                        self.stack.push_reserved(v);
                    }
                    Instr::GetAIter => {
                        let o = pop!(self);
                        save!();
                        let it = tri!(self.get_aiter(&o));
                        self.stack.push_reserved(it);
                    }
                    Instr::GetANext => {
                        let aiter = top!(self);
                        save!();
                        let aw = tri!(self.get_anext(&aiter));
                        self.stack.push_reserved(aw);
                    }
                    Instr::EndAsyncFor => {
                        let e = pop!(self);
                        let stop = self.exc.stop_async_iteration.clone();
                        let is_stop = matches!(&e, Value::Obj(o) if self.exc_matches(o, &stop));
                        if !is_stop {
                            save!();
                            let exc = match e {
                                Value::Obj(o) => o,
                                _ => self.runtime_error("No active exception to reraise"),
                            };
                            return Err(Raised { exc, add_tb: false });
                        }
                        drop(self.stack.pop_words());
                    }
                    Instr::BeforeAsyncWith => {
                        let mgr = pop!(self);
                        save!();
                        let (exit, res) = tri!(self.before_async_with(&mgr));
                        self.stack.push_reserved(exit);
                        self.stack.push_reserved(res);
                    }
                }
            }
        }
    }

    /// Moves the running generator frame (top of the frame stack) back into its generator.
    fn suspend_generator(&mut self) {
        let Some(mut frame) = self.frames.pop() else {
            return;
        };
        if let Some(g) = frame.generator.take() {
            if let Payload::Generator(gen) = &g.payload {
                let mut values = std::mem::take(&mut *gen.spare.borrow_mut());
                stack::move_tail(&mut self.stack, frame.base, &mut values);
                *gen.frame.borrow_mut() = Some(crate::frame::SavedFrame { frame, values });
                return;
            }
        }
        self.stack.truncate(frame.base);
    }

    #[cold]
    fn unbound_local(&self, code: &crate::frame::Code, i: usize) -> PyErr {
        let name = code.code.varnames.get(i).map(|s| &**s).unwrap_or("?");
        self.new_error(
            &self.exc.unbound_local_error,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    #[cold]
    fn unbound_deref(&self, code: &crate::frame::Code, i: usize) -> PyErr {
        let ncells = code.code.cellvars.len();
        if i < ncells {
            let name = &code.code.cellvars[i];
            self.new_error(
                &self.exc.unbound_local_error,
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            let name = code
                .code
                .freevars
                .get(i - ncells)
                .map(|s| &**s)
                .unwrap_or("?");
            self.new_error(
                &self.exc.name_error,
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }
}

impl Vm {
    /// `a op b` for the eval loop, which owns `a` and passes the next instruction and the
    /// frame's base: `s += t` on a str held only by the local it is stored back to appends
    /// in place (CPython's trick, which makes building a str with `+=` linear).
    #[inline(never)]
    fn binary_op_in_loop(
        &mut self,
        a: Value,
        b: Value,
        arg: u32,
        next: Instr,
        base: usize,
    ) -> PyResult<Option<Value>> {
        let op = BinOp::from_arg(arg).unwrap_or(BinOp::Add);
        let mut a = match self.push_binary_op_frame(a, &b, op, arg) {
            Ok(()) => return Ok(None),
            Err(a) => a,
        };
        let b = &b;
        if let (BinOp::InplaceAdd, Instr::StoreFast(i) | Instr::StoreFastLoadFast(i)) = (op, next) {
            let slot = base + i as usize;
            if a.as_exact_pystr().is_some()
                && b.as_exact_pystr().is_some()
                && self.stack[slot].is(&a)
                && matches!(&a, Value::Obj(o) if ObjRef::strong_count(o) == 2)
            {
                let local = std::mem::replace(&mut self.stack[slot], Value::Null);
                drop(local);
                if let (Value::Obj(o), Some(t)) = (&mut a, b.as_exact_pystr()) {
                    if let Some(Payload::Str(s)) = ObjRef::get_mut(o).map(|x| &mut x.payload) {
                        if s.append(t) {
                            return Ok(Some(a));
                        }
                    }
                }
                self.stack[slot] = a.clone();
            }
        }
        self.binary_op(&a, b, op).map(Some)
    }

    /// `a op b` where `a` is an instance of a Python class whose method for `op` is a plain
    /// two-parameter Python function: its frame is pushed to run in this loop (as a call
    /// would), above copies of the operands for the reflected method should it return
    /// `NotImplemented` (see [`OnReturn::BinaryOp`]). Not when the right operand's type is a
    /// subclass of the left's (its reflected method may come first), nor for an in-place
    /// operator the class defines. Gives `a` back when it does not apply.
    fn push_binary_op_frame(
        &mut self,
        a: Value,
        b: &Value,
        op: BinOp,
        arg: u32,
    ) -> Result<(), Value> {
        let cls = match &a {
            Value::Obj(o) if o.ext().is_none() => match &o.payload {
                Payload::Instance(inst) => inst.cls.clone(),
                _ => return Err(a),
            },
            _ => return Err(a),
        };
        let (name, _, iname) = crate::ops::dunder_names(op.base());
        if op.is_inplace() && self.lookup_in_type_str(&cls, iname).is_some() {
            return Err(a);
        }
        let tb = self.type_of(b);
        if !ObjRef::ptr_eq(&tb, &cls) && self.is_subtype(&tb, &cls) {
            return Err(a);
        }
        let Some(Value::Obj(fo)) = self.lookup_in_type_str(&cls, name) else {
            return Err(a);
        };
        let Payload::Function(func) = &fo.payload else {
            return Err(a);
        };
        if !func.code.simple_call || func.code.code.argcount != 2 || self.recursion_exceeded() {
            return Err(a);
        }
        self.stack.push(a.clone());
        self.stack.push(b.clone());
        let args_start = self.stack.len();
        self.stack.push(a);
        self.stack.push(b.clone());
        self.push_simple_frame(func, args_start, 2, OnReturn::BinaryOp(arg as u8));
        Ok(())
    }

    /// `UnpackSequence`: the `n` items of `seq` pushed last first. A tuple or list of the
    /// right length is copied straight onto the stack (`a, b = pair` allocates nothing).
    #[inline(never)]
    fn unpack_onto_stack(&mut self, seq: Value, n: usize) -> PyResult<()> {
        if let Value::Obj(o) = &seq {
            if o.ext().is_none() {
                match &o.payload {
                    Payload::Tuple(t) if t.len() == n => {
                        self.stack.extend(t.iter().rev().cloned());
                        return Ok(());
                    }
                    Payload::List(l) if l.borrow().len() == n => {
                        self.stack.extend(l.borrow().iter().rev().cloned());
                        return Ok(());
                    }
                    _ => {}
                }
            }
        }
        let items = self.unpack(&seq, n)?;
        self.stack.extend(items.into_iter().rev());
        Ok(())
    }
}

/// How many stack slots below a frame's base its call instruction used (callable and the
/// NULL/self slot): 2 for a plain call (`f NULL args`), 1 for a method call (`f self args`,
/// where self became the frame's first local), 0 for a frame pushed by native code.
pub(crate) fn frame_call_slots(frame: &Frame) -> usize {
    frame.call_slots as usize
}

/// `BinaryOp` on two small ints, two floats or a float and an int that converts exactly,
/// when the result needs no error and no big int: the loop's allocation-free fast path.
/// `None` sends the operation through the general protocol.
#[inline(always)]
fn binary_fast(a: &Value, b: &Value, op: u32) -> Option<Value> {
    // In-place operators (13 and up) behave like the plain ones on ints and floats.
    let op = if op >= 13 { op - 13 } else { op };
    match (a, b) {
        (&Value::Int(x), &Value::Int(y)) => int_fast(x, y, op),
        (&Value::Float(x), &Value::Float(y)) => float_fast(x, y, op),
        // Mixed int/float: the int converts exactly when it has at most 53 bits, as
        // CPython's conversion would.
        (&Value::Float(x), &Value::Int(i)) if i.unsigned_abs() < (1 << 53) => {
            float_fast(x, i as f64, op)
        }
        (&Value::Int(i), &Value::Float(y)) if i.unsigned_abs() < (1 << 53) => {
            float_fast(i as f64, y, op)
        }
        _ => None,
    }
}

/// Python's int operators on two i64 values (`None`: overflow, division by zero, or `**`
/// with a negative exponent).
#[inline(always)]
fn int_fast(x: i64, y: i64, op: u32) -> Option<Value> {
    let r = match op {
        0 => x.checked_add(y)?,
        1 => x & y,
        2 => {
            let q = x.checked_div(y)?;
            if x % y != 0 && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            }
        }
        3 => {
            if !(0..63).contains(&y) {
                return None;
            }
            let r = x << y;
            if r >> y != x {
                return None;
            }
            r
        }
        5 => x.checked_mul(y)?,
        6 => {
            let r = x.checked_rem(y)?;
            if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            }
        }
        7 => x | y,
        8 => x.checked_pow(u32::try_from(y).ok()?)?,
        9 => {
            if y < 0 {
                return None;
            }
            x >> y.min(63)
        }
        10 => x.checked_sub(y)?,
        12 => x ^ y,
        _ => return None,
    };
    Some(Value::Int(r))
}

/// Python's float operators where IEEE arithmetic gives Python's answer directly.
#[inline(always)]
fn float_fast(x: f64, y: f64, op: u32) -> Option<Value> {
    Some(Value::Float(match op {
        0 => x + y,
        5 => x * y,
        10 => x - y,
        11 if y != 0.0 => x / y,
        _ => return None,
    }))
}

/// A `CompareOp` operand code applied to two ordered values (NaN compares false, as in
/// Python).
#[inline]
fn compare_by<T: PartialOrd>(op: u32, x: T, y: T) -> bool {
    match op {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    }
}

pub(crate) fn cell_get(cell: &Value) -> Value {
    match cell.payload() {
        Some(Payload::Cell(c)) => c.borrow().clone(),
        _ => Value::Null,
    }
}

pub(crate) fn cell_set(cell: &Value, v: Value) -> Value {
    match cell.payload() {
        Some(Payload::Cell(c)) => std::mem::replace(&mut *c.borrow_mut(), v),
        _ => Value::Null,
    }
}
