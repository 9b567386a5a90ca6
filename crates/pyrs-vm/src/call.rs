//! The call protocol: binding arguments to parameters (with CPython's TypeErrors), calling
//! any callable, making functions, generators and their resumption.

use crate::eval::stack::ValueStack;
use crate::eval::Exit;
use crate::eval::PushInline;
use crate::frame::{Frame, SavedFrame};
use crate::object::{Function, Generator, ObjRef, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use pyrs_compiler::code::flags;
use std::cell::{Cell, RefCell};

/// How a suspended generator is resumed.
enum Resume {
    /// Push the sent value at the yield.
    Send(Value),
    /// Raise at the yield.
    Throw(crate::PyErr),
    /// The delegate of the `yield from` at the yield returned this value.
    DelegateReturned(Value),
}

/// What resuming a generator gave.
pub enum GenResult {
    Yield(Value),
    Return(Value),
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` (CPython's list of missing names).
fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

impl Vm {
    /// Binds the arguments on the stack from `args_start` (positional values then the values
    /// of `kwnames`) to a new frame of `fo` whose slots start there, and pushes the frame.
    pub fn push_function_frame(
        &mut self,
        fo: &ObjRef,
        args_start: usize,
        kwnames: &[Value],
        entry: bool,
    ) -> PyResult<()> {
        let Payload::Function(func) = &fo.payload else {
            return Err(self.type_error("not a function"));
        };
        if self.recursion_exceeded() {
            self.stack.truncate(args_start);
            return Err(self.new_error(
                &self.exc.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        let code = func.code.clone();
        let co = &code.code;
        let nargs = self.stack.len() - args_start;
        if code.simple_call && kwnames.is_empty() && nargs == co.argcount as usize {
            self.stack.fill_null_to(args_start + code.nslots);
        } else if !self.bind_in_place(func, args_start, kwnames) {
            let all = self.stack.split_off(args_start);
            let slots = self.bind_args(func, all, kwnames)?;
            self.stack.extend(slots);
        }
        if code.has_cells {
            self.enter_cells(func, args_start);
        }
        let call_slots = if entry {
            0
        } else {
            // `f NULL args` or `f self args`: self (if any) is already the first argument.
            let below = &self.stack[args_start - 1];
            if below.is_null() {
                2
            } else {
                1
            }
        };
        self.frames.push_with(|| {
            Frame::of_function(
                func,
                code,
                args_start,
                entry,
                call_slots,
                crate::frame::OnReturn::Value,
            )
        });
        Ok(())
    }

    /// Fills the cell and free-variable slots of a new frame of `func` whose slots start at
    /// `base` and whose parameters are bound: a new cell per cell variable (holding the
    /// parameter of that name, if it is one), then the closure's cells.
    #[inline(never)]
    pub(crate) fn enter_cells(&mut self, func: &Function, base: usize) {
        let code = &func.code;
        let co = &code.code;
        let nvars = co.varnames.len();
        for ci in 0..co.cellvars.len() {
            let init = code
                .cell_args
                .iter()
                .find(|(c, _)| *c == ci)
                .map(|(_, vi)| self.stack[base + vi].clone())
                .unwrap_or(Value::Null);
            self.stack[base + nvars + ci] = Value::obj(Payload::Cell(RefCell::new(init)));
        }
        if let Some(cl) = &func.closure {
            let off = base + nvars + co.cellvars.len();
            for (i, c) in cl.iter().enumerate() {
                self.stack[off + i] = Value::Obj(c.clone());
            }
        }
    }

    /// Binds the arguments on the stack from `args_start` (positional values, then the
    /// values of `kwnames`) to the parameters of `func` where they are, filling defaults,
    /// when `func` has no `*args` or `**kwargs` and the call is valid. Returns false,
    /// having changed nothing, for any other call: [`Vm::bind_args`] binds it (or reports
    /// its error).
    fn bind_in_place(&mut self, func: &Function, args_start: usize, kwnames: &[Value]) -> bool {
        const MAX_KW: usize = 8;
        let code = &func.code;
        let co = &code.code;
        let nkw = kwnames.len();
        if co.flags & (flags::VARARGS | flags::VARKEYWORDS) != 0 || nkw > MAX_KW {
            return false;
        }
        let npos = self.stack.len() - args_start - nkw;
        let (argc, kwonly) = (co.argcount as usize, co.kwonlyargcount as usize);
        if npos > argc {
            return false;
        }
        // The parameter each keyword names: one not given positionally, nor twice.
        let mut target = [0usize; MAX_KW];
        for (k, name) in kwnames.iter().enumerate() {
            let Some(j) = code.varnames[..argc + kwonly]
                .iter()
                .position(|v| v.as_str() == name.as_str())
            else {
                return false;
            };
            if j < co.posonlyargcount as usize || j < npos || target[..k].contains(&j) {
                return false;
            }
            target[k] = j;
        }
        let named = |j: usize| target[..nkw].contains(&j);
        let defaults = func.defaults.borrow();
        let defaults: &[Value] = match defaults.payload() {
            Some(Payload::Tuple(t)) => t,
            _ => &[],
        };
        let first_default = argc - defaults.len().min(argc);
        if (npos..first_default).any(|j| !named(j)) {
            return false;
        }
        let kwdefaults = func.kwdefaults.borrow();
        let kwdefaults = match kwdefaults.payload() {
            Some(Payload::Dict(d)) => Some(d),
            _ => None,
        };
        let kwdefault = |j: usize| kwdefaults.and_then(|d| d.get_str(&code.varnames[j]));
        if (argc..argc + kwonly).any(|j| !named(j) && kwdefault(j).is_none()) {
            return false;
        }
        let mut values: [Value; MAX_KW] = std::array::from_fn(|_| Value::Null);
        self.stack.take_top(&mut values[..nkw]);
        self.stack.fill_null_to(args_start + code.nslots);
        for (&j, v) in target.iter().zip(values.iter_mut()).take(nkw) {
            self.stack[args_start + j] = std::mem::replace(v, Value::Null);
        }
        for j in npos..argc + kwonly {
            if self.stack[args_start + j].is_null() {
                self.stack[args_start + j] = if j < argc {
                    defaults[j - first_default].clone()
                } else {
                    kwdefault(j).unwrap_or(Value::Null)
                };
            }
        }
        true
    }

    /// The general binding: the frame's slots for these arguments.
    fn bind_args(
        &mut self,
        func: &Function,
        mut all: Vec<Value>,
        kwnames: &[Value],
    ) -> PyResult<Vec<Value>> {
        let code = &func.code;
        let co = &code.code;
        let qn = func.qualname.borrow().as_str().unwrap_or("?").to_string();
        let nkw = kwnames.len();
        let kwvals = all.split_off(all.len() - nkw);
        let pos = all;
        let argc = co.argcount as usize;
        let posonly = co.posonlyargcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let has_varargs = co.flags & flags::VARARGS != 0;
        let has_varkw = co.flags & flags::VARKEYWORDS != 0;
        let mut slots = vec![Value::Null; code.nslots];
        for (i, v) in pos.iter().take(argc).enumerate() {
            slots[i] = v.clone();
        }
        let mut idx = argc + kwonly;
        if has_varargs {
            let extra = if pos.len() > argc {
                pos[argc..].to_vec()
            } else {
                Vec::new()
            };
            slots[idx] = self.new_tuple(extra);
            idx += 1;
        }
        let kwdict = if has_varkw {
            let d = self.new_dict();
            slots[idx] = d.clone();
            Some(d)
        } else {
            None
        };
        let mut posonly_as_kw = Vec::new();
        for (name, val) in kwnames.iter().zip(kwvals) {
            let n = name.as_str().unwrap_or("");
            let j = co.varnames[..argc + kwonly].iter().position(|v| &**v == n);
            match j {
                Some(j) if j >= posonly => {
                    if !slots[j].is_null() {
                        return Err(self
                            .type_error(format!("{qn}() got multiple values for argument '{n}'")));
                    }
                    slots[j] = val;
                }
                _ => {
                    if let Some(Value::Obj(d)) = &kwdict {
                        if let Payload::Dict(d) = &d.payload {
                            self.dict_set(d, name.clone(), val)?;
                        }
                    } else if j.is_some() {
                        posonly_as_kw.push(n.to_string());
                    } else {
                        return Err(self.type_error(format!(
                            "{qn}() got an unexpected keyword argument '{n}'"
                        )));
                    }
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{qn}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        let defaults: Vec<Value> = match func.defaults.borrow().payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        if pos.len() > argc && !has_varargs {
            let kw_given = (argc..argc + kwonly)
                .filter(|&j| !slots[j].is_null())
                .count();
            let takes = if defaults.is_empty() {
                plural(argc, "positional argument")
            } else {
                format!(
                    "from {} to {} positional arguments",
                    argc - defaults.len(),
                    argc
                )
            };
            let given = if kw_given > 0 {
                format!(
                    "{} (and {}) were given",
                    plural(pos.len(), "positional argument"),
                    plural(kw_given, "keyword-only argument")
                )
            } else if pos.len() == 1 {
                "1 was given".to_string()
            } else {
                format!("{} were given", pos.len())
            };
            return Err(self.type_error(format!("{qn}() takes {takes} but {given}")));
        }
        let first_default = argc - defaults.len().min(argc);
        let mut missing = Vec::new();
        for j in 0..argc {
            if slots[j].is_null() {
                if j >= first_default {
                    slots[j] = defaults[j - first_default].clone();
                } else {
                    missing.push(co.varnames[j].to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qn}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        let kwdefaults = func.kwdefaults.borrow().clone();
        for j in argc..argc + kwonly {
            if slots[j].is_null() {
                let name = code.varnames[j].clone();
                let dv = match kwdefaults.payload() {
                    Some(Payload::Dict(d)) => d.get_str(&name),
                    _ => None,
                };
                match dv {
                    Some(v) => slots[j] = v,
                    None => missing.push(co.varnames[j].to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qn}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        Ok(slots)
    }

    /// Calls any callable with positional arguments then keyword values named by `kwnames`.
    pub fn call(&mut self, f: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let Value::Obj(fo) = f else {
            return Err(self.not_callable(f));
        };
        match &fo.payload {
            Payload::Function(func) => self.call_python(fo, func, None, args, kwnames),
            Payload::Native(n) => {
                if self.recursion_exceeded() {
                    return Err(self.new_error(
                        &self.exc.recursion_error,
                        "maximum recursion depth exceeded",
                    ));
                }
                let r = (n.func)(self, args, kwnames)?;
                if n.name == "__new__" && n.kind == crate::object::NativeKind::StaticMethod {
                    // `base.__new__(Subclass, ...)`: the result must be a Subclass.
                    if let Some(Value::Obj(cls)) = args.first() {
                        if matches!(cls.payload, Payload::Type(_))
                            && crate::types::type_data(cls).heap
                            && self.builtin_base(cls).is_some()
                            && !self.is_instance(&r, cls)
                        {
                            let base = self.builtin_base(cls).unwrap_or_else(|| cls.clone());
                            return Ok(match self.empty_subclass_instance(cls, &base) {
                                Some(empty) => empty,
                                None => self.as_subclass_instance(cls, r),
                            });
                        }
                    }
                }
                Ok(r)
            }
            Payload::BoundMethod { func, this } => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(this.clone());
                full.extend_from_slice(args);
                let func = func.clone();
                self.call(&func, &full, kwnames)
            }
            Payload::Type(_) => self.call_type(fo, args, kwnames),
            Payload::StaticMethod(inner) => {
                let inner = inner.borrow().clone();
                self.call(&inner, args, kwnames)
            }
            _ => {
                let ty = self.type_of(f);
                match self.lookup_in_type_str(&ty, "__call__") {
                    Some(m) => self.call_as_method(&m, f, &ty, args, kwnames),
                    None => Err(self.not_callable(f)),
                }
            }
        }
    }

    /// Calls Python function `fo` (whose payload is `func`) from native code with `this`
    /// (if any) and `args` as its positional arguments: they go straight onto the value
    /// stack, where its frame binds them.
    pub(crate) fn call_python(
        &mut self,
        fo: &ObjRef,
        func: &Function,
        this: Option<&Value>,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let base = self.stack.len();
        if let Some(this) = this {
            self.stack.push(this.clone());
        }
        self.stack.extend_from_slice(args);
        self.push_function_frame(fo, base, kwnames, true)?;
        if func.code.code.is_generator() {
            return Ok(self.make_generator(func));
        }
        self.native_depth += 1;
        let r = self.run();
        self.native_depth -= 1;
        match r? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    #[cold]
    fn not_callable(&self, f: &Value) -> crate::PyErr {
        self.type_error(format!("'{}' object is not callable", self.type_name(f)))
    }

    /// Calls a method of `obj` by name.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let key = self.intern(name);
        let (m, this) = self.load_method(obj, &key)?;
        if this.is_null() {
            self.call(&m, args, &[])
        } else {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(this);
            full.extend_from_slice(args);
            self.call(&m, &full, &[])
        }
    }

    /// `MakeFunction`: a function object from a code value.
    #[allow(clippy::too_many_arguments)]
    pub fn make_function(
        &mut self,
        codev: &Value,
        globals: ObjRef,
        builtins: ObjRef,
        defaults: Value,
        kwdefaults: Value,
        annotations: Value,
        closure: Value,
    ) -> Value {
        let Some(Payload::Code(code)) = codev.payload() else {
            return Value::None;
        };
        let closure = match closure.payload() {
            Some(Payload::Tuple(t)) => Some(
                t.iter()
                    .filter_map(|c| c.as_obj().cloned())
                    .collect::<Vec<_>>()
                    .into_boxed_slice(),
            ),
            _ => None,
        };
        let module = match &globals.payload {
            Payload::Dict(d) => d.get_str(&self.intern("__name__")).unwrap_or(Value::None),
            _ => Value::None,
        };
        let doc = match &code.code.docstring {
            Some(d) => self.new_str(&**d),
            None => Value::None,
        };
        Value::obj(Payload::Function(Box::new(Function {
            name: RefCell::new(self.new_str(&*code.code.name)),
            qualname: RefCell::new(self.new_str(&*code.code.qualname)),
            code: code.clone(),
            globals,
            builtins,
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
            doc: RefCell::new(doc),
            module: RefCell::new(module),
            annotations: RefCell::new(annotations),
            dict: RefCell::new(None),
        })))
    }

    /// Wraps the frame just pushed (for a generator function) into a generator object.
    fn make_generator(&mut self, func: &Function) -> Value {
        let Some(frame) = self.frames.pop() else {
            return Value::None;
        };
        let values = self.stack.split_off(frame.base);
        let g = crate::object::ObjRef::new(crate::object::Object::new(Payload::Generator(
            Box::new(Generator {
                code: func.code.clone(),
                name: RefCell::new(func.name.borrow().clone()),
                qualname: RefCell::new(func.qualname.borrow().clone()),
                frame: RefCell::new(None),
                running: Cell::new(false),
                started: Cell::new(false),
                spare: RefCell::new(Vec::new()),
                exc_state: RefCell::new(Value::None),
            }),
        )));
        // A saved frame does not point back at its generator (that would be a reference
        // cycle keeping every suspended generator alive): resumption sets it.
        let mut frame = frame;
        frame.generator = None;
        if let Payload::Generator(gen) = &g.payload {
            *gen.frame.borrow_mut() = Some(SavedFrame { frame, values });
        }
        Value::Obj(g)
    }

    /// Resumes a generator with `sent` pushed (or with `exc` raised at its yield point).
    pub fn gen_resume(
        &mut self,
        g: &ObjRef,
        sent: Value,
        exc: Option<crate::PyErr>,
    ) -> PyResult<GenResult> {
        let action = match exc {
            Some(e) => Resume::Throw(e),
            None => Resume::Send(sent),
        };
        self.gen_resume_with(g, action)
    }

    /// `gen.throw(exc)`: forwarded to the delegate of a suspended `yield from` first.
    pub fn gen_throw(&mut self, g: &ObjRef, exc: crate::PyErr) -> PyResult<GenResult> {
        if let Some(delegate) = self.gen_delegate(g) {
            let is_exit = self.exc_matches(&exc, &self.exc.generator_exit.clone());
            let forwarded = if is_exit {
                match &delegate {
                    Value::Obj(d) if matches!(d.payload, Payload::Generator(_)) => {
                        self.gen_close(d).map(|_| None)
                    }
                    _ => match self.getattr_opt(&delegate, &self.intern("close"))? {
                        Some(close) => self.call(&close, &[], &[]).map(|_| None),
                        None => Ok(None),
                    },
                }
            } else {
                match &delegate {
                    Value::Obj(d) if matches!(d.payload, Payload::Generator(_)) => {
                        Some(self.gen_throw(d, exc.clone())).transpose()
                    }
                    _ => match self.getattr_opt(&delegate, &self.intern("throw"))? {
                        Some(throw) => {
                            let r = self.call(&throw, &[Value::Obj(exc.clone())], &[]);
                            match r {
                                Ok(y) => Ok(Some(GenResult::Yield(y))),
                                Err(e)
                                    if self.exc_matches(&e, &self.exc.stop_iteration.clone()) =>
                                {
                                    let v = self.exc_attr(&e, "value").unwrap_or(Value::None);
                                    Ok(Some(GenResult::Return(v)))
                                }
                                Err(e) => Err(e),
                            }
                        }
                        None => Ok(None),
                    },
                }
            };
            match forwarded {
                Ok(Some(GenResult::Yield(y))) => return Ok(GenResult::Yield(y)),
                Ok(Some(GenResult::Return(r))) => {
                    return self.gen_resume_with(g, Resume::DelegateReturned(r))
                }
                Ok(None) => {}
                Err(e) => return self.gen_resume_with(g, Resume::Throw(e)),
            }
        }
        self.gen_resume_with(g, Resume::Throw(exc))
    }

    /// `cls.__del__ = f` after the class was made: it and its subclasses may now finalize.
    pub(crate) fn mark_may_finalize(&mut self, cls: &Value) {
        let Value::Obj(c) = cls else { return };
        for w in &self.subclasses {
            if let Some(sub) = w.upgrade() {
                let td = crate::types::type_data(&sub);
                if td.mro.borrow().iter().any(|m| ObjRef::ptr_eq(m, c)) {
                    td.may_finalize.set(true);
                }
            }
        }
        if let Payload::Type(t) = &c.payload {
            t.may_finalize.set(true);
        }
    }

    /// The work drops left for the VM: a due collection, weak-reference callbacks, the
    /// `__del__` of objects whose last reference went (see `heap.rs`), closing generators
    /// dropped while suspended inside a `try`/`with`. Cold and out of line: the eval loop
    /// checks before every instruction and rarely finds any.
    #[cold]
    #[inline(never)]
    pub fn run_pending_work(&mut self) {
        use crate::object::{TO_FINALIZE, VM_WORK_PENDING};
        // Either may drop objects that queue more of the other.
        while VM_WORK_PENDING.with(|f| f.replace(false)) {
            if crate::gc::with_generations(|g| g.due) {
                self.gc_collect_due();
            }
            self.run_weakref_callbacks();
            // In the order the objects died.
            loop {
                let batch = TO_FINALIZE.with(|q| std::mem::take(&mut *q.borrow_mut()));
                if batch.is_empty() {
                    break;
                }
                for o in batch {
                    self.call_del(o);
                }
            }
            self.close_generators();
        }
    }

    /// Runs `o.__del__()`; an exception is reported as CPython reports it, not raised.
    pub(crate) fn call_del(&mut self, o: ObjRef) {
        let Some(cls) = o.finalizer_class().cloned() else {
            return;
        };
        let Some(del) = self.lookup_in_type_str(&cls, "__del__") else {
            return;
        };
        if let Err(e) = self.call(&del, &[Value::Obj(o)], &[]) {
            let what = self.repr_str(&del).unwrap_or_default();
            self.print_unraisable(&e, &what);
        }
    }

    /// Closes the generators that were dropped while suspended inside a `try`/`with`
    /// (their `finally` blocks and `__exit__`s run now, as CPython's close on deallocation).
    fn close_generators(&mut self) {
        use crate::object::DROPPED_GENERATORS;
        while let Some((sf, qualname)) = DROPPED_GENERATORS.with(|d| d.borrow_mut().pop()) {
            let g = crate::object::ObjRef::new(crate::object::Object::new(Payload::Generator(
                Box::new(Generator {
                    code: sf.frame.code.clone(),
                    name: RefCell::new(qualname.clone()),
                    qualname: RefCell::new(qualname.clone()),
                    frame: RefCell::new(Some(sf)),
                    running: Cell::new(false),
                    started: Cell::new(true),
                    spare: RefCell::new(Vec::new()),
                    exc_state: RefCell::new(Value::None),
                }),
            )));
            if let Err(e) = self.gen_close(&g) {
                let what = format!(
                    "<generator object {} at {:#x}>",
                    qualname.as_str().unwrap_or("?"),
                    Value::Obj(g.clone()).id()
                );
                self.print_unraisable(&e, &what);
            }
        }
    }

    /// CPython's report of an exception nobody can catch (`sys.unraisablehook`).
    pub fn print_unraisable(&mut self, e: &crate::PyErr, what: &str) {
        crate::file::flush_std(self);
        let text = self.format_exception(e);
        let err = self.sys_attr("stderr");
        let msg = format!("Exception ignored in: {what}\n{text}");
        if crate::file::write_to(self, &err, &msg).is_err() {
            eprint!("{msg}");
        }
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, g: &ObjRef) -> PyResult<Value> {
        let Payload::Generator(gen) = &g.payload else {
            return Ok(Value::None);
        };
        if gen.frame.borrow().is_none() || !gen.started.get() {
            *gen.frame.borrow_mut() = None;
            return Ok(Value::None);
        }
        let exit = self.new_exception(&self.exc.generator_exit.clone(), vec![]);
        match self.gen_throw(g, exit) {
            Ok(GenResult::Yield(_)) => Err(self.runtime_error("generator ignored GeneratorExit")),
            Ok(GenResult::Return(_)) => Ok(Value::None),
            Err(e)
                if self.exc_matches(&e, &self.exc.generator_exit.clone())
                    || self.exc_matches(&e, &self.exc.stop_iteration.clone()) =>
            {
                Ok(Value::None)
            }
            Err(e) => Err(e),
        }
    }

    /// The object a suspended `yield from` / `await` delegates to.
    fn gen_delegate(&self, g: &ObjRef) -> Option<Value> {
        let Payload::Generator(gen) = &g.payload else {
            return None;
        };
        let saved = gen.frame.borrow();
        let sf = saved.as_ref()?;
        let last = sf.frame.code.code.instrs.get(sf.frame.ip.checked_sub(1)?)?;
        match last {
            pyrs_compiler::bytecode::Instr::YieldValue(1) => sf.values.last().cloned(),
            _ => None,
        }
    }

    fn gen_resume_with(&mut self, g: &ObjRef, action: Resume) -> PyResult<GenResult> {
        let Payload::Generator(gen) = &g.payload else {
            return Err(self.type_error("not a generator"));
        };
        let kind = crate::objects::coroutine::kind_of(gen);
        if gen.running.get() {
            return Err(self.value_error(format!("{kind} already executing")));
        }
        let saved = gen.frame.borrow_mut().take();
        let Some(SavedFrame {
            mut frame,
            mut values,
        }) = saved
        else {
            if kind == "coroutine" && !matches!(action, Resume::Throw(_)) {
                return Err(self.new_error(
                    &self.exc.runtime_error.clone(),
                    "cannot reuse already awaited coroutine",
                ));
            }
            if let Resume::Throw(e) = action {
                return Err(e);
            }
            return Err(self.new_exception(&self.exc.stop_iteration, vec![]));
        };
        if !gen.started.get() && matches!(&action, Resume::Send(v) if !v.is_none()) {
            *gen.frame.borrow_mut() = Some(SavedFrame { frame, values });
            return Err(self.type_error(format!(
                "can't send non-None value to a just-started {kind}"
            )));
        }
        if self.recursion_exceeded() {
            *gen.frame.borrow_mut() = Some(SavedFrame { frame, values });
            return Err(self.new_error(
                &self.exc.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        if let Resume::DelegateReturned(_) = &action {
            // Leave the `yield from` loop: the Send after the yield jumps to its end.
            let send_at = match frame.code.code.instrs.get(frame.ip) {
                Some(pyrs_compiler::bytecode::Instr::Jump(t)) => *t as usize,
                _ => frame.ip,
            };
            if let Some(pyrs_compiler::bytecode::Instr::Send(end)) =
                frame.code.code.instrs.get(send_at)
            {
                frame.ip = *end as usize;
            }
            values.pop();
        }
        let was_started = gen.started.get();
        gen.started.set(true);
        gen.running.set(true);
        frame.base = self.stack.len();
        frame.entry = true;
        frame.generator = Some(g.clone());
        let mut values = values;
        self.stack.append(&mut values);
        *gen.spare.borrow_mut() = values;
        self.frames.push(frame);
        self.native_depth += 1;
        // The generator runs with its own handled exception; the caller's comes back after.
        let own = gen.exc_state.borrow().clone();
        let outer = std::mem::replace(&mut self.handled, own);
        self.handled_outer.push(outer);
        let r = match action {
            Resume::Send(sent) => {
                self.stack.push(sent);
                self.run()
            }
            Resume::DelegateReturned(r) => {
                self.stack.push(r);
                self.run()
            }
            Resume::Throw(e) => {
                if !was_started {
                    // A generator that never ran: the exception leaves at once.
                    if let Some(f) = self.frames.pop() {
                        self.stack.truncate(f.base);
                    }
                    Err(e)
                } else {
                    self.run_raising(e)
                }
            }
        };
        self.native_depth -= 1;
        gen.running.set(false);
        let outer = self.handled_outer.pop().unwrap_or(Value::None);
        let inner = std::mem::replace(&mut self.handled, outer);
        *gen.exc_state.borrow_mut() = if matches!(r, Ok(Exit::Yield(_))) {
            inner
        } else {
            Value::None
        };
        match r {
            Ok(Exit::Yield(v)) => Ok(GenResult::Yield(v)),
            Ok(Exit::Return(v)) => Ok(GenResult::Return(v)),
            Err(e) => {
                if self.exc_matches(&e, &self.exc.stop_iteration.clone()) {
                    let kind = if gen.code.code.flags & flags::COROUTINE != 0 {
                        "coroutine"
                    } else {
                        "generator"
                    };
                    let re = self.runtime_error(format!("{kind} raised StopIteration"));
                    if let Some(x) = self.exc_data(&re) {
                        *x.cause.borrow_mut() = Value::Obj(e.clone());
                        *x.context.borrow_mut() = Value::Obj(e);
                        x.suppress_context.set(true);
                    }
                    return Err(re);
                }
                Err(e)
            }
        }
    }

    /// Runs the top frame after raising `exc` at its current instruction.
    fn run_raising(&mut self, exc: crate::PyErr) -> PyResult<Exit> {
        // The frame's ip is just past its yield: the yield is the raising instruction.
        match self.unwind_from(exc) {
            Some(e) => Err(e),
            None => self.run(),
        }
    }

    /// `Send`: one step of `yield from` / `await` on `recv`.
    pub fn send_to(&mut self, recv: &Value, v: Value) -> PyResult<GenResult> {
        if let Some(o) = recv.as_obj() {
            match &o.payload {
                Payload::Generator(_) => return self.gen_resume(o, v, None),
                Payload::Iter(st) if matches!(**st, crate::object::IterState::Await { .. }) => {
                    return crate::objects::coroutine::await_step(self, o, st, None, v);
                }
                _ => {}
            }
        }
        let r = if v.is_none() {
            self.next(recv)
        } else {
            self.call_method(recv, "send", &[v]).map(Some)
        };
        match r {
            Ok(Some(y)) => Ok(GenResult::Yield(y)),
            Ok(None) => Ok(GenResult::Return(Value::None)),
            Err(e) if self.exc_matches(&e, &self.exc.stop_iteration.clone()) => {
                let value = self.exc_attr(&e, "value").unwrap_or(Value::None);
                Ok(GenResult::Return(value))
            }
            Err(e) => Err(e),
        }
    }

    /// `next(gen)`-style resumption: `Some(value)` or `None` when it returned (the return
    /// value is dropped).
    pub fn gen_next(&mut self, g: &ObjRef) -> PyResult<Option<Value>> {
        match self.gen_resume(g, Value::None, None) {
            Ok(GenResult::Yield(v)) => Ok(Some(v)),
            Ok(GenResult::Return(_)) => Ok(None),
            Err(e) => {
                // A generator that already finished raises a bare StopIteration.
                if self.exc_matches(&e, &self.exc.stop_iteration.clone())
                    && matches!(&g.payload, Payload::Generator(gen) if gen.frame.borrow().is_none())
                    && self
                        .exc_data(&e)
                        .is_some_and(|x| x.traceback.borrow().is_empty())
                {
                    return Ok(None);
                }
                Err(e)
            }
        }
    }

    /// A `StopIteration(value)` for a generator's return.
    pub fn stop_iteration(&self, value: Value) -> crate::PyErr {
        let args = if value.is_none() {
            vec![]
        } else {
            vec![value.clone()]
        };
        let e = self.new_exception(&self.exc.stop_iteration, args);
        self.set_exc_attr(&e, "value", value);
        e
    }
}
