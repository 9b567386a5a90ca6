//! The `builtins` module: builtin functions, the builtin types' constructors, and `sys`.

use crate::native::Args;
use crate::object::{IterState, ObjRef, Payload};
use crate::value::Value;
use crate::Vm;

mod constructors;
pub mod functions;
mod open;
mod site;
mod sys;

/// Fills the builtins namespace and creates `sys`.
pub fn init(vm: &mut Vm) {
    let b = vm.builtins.clone();
    let types = [
        ("object", vm.types.object.clone()),
        ("type", vm.types.type_.clone()),
        ("int", vm.types.int.clone()),
        ("bool", vm.types.bool_.clone()),
        ("float", vm.types.float.clone()),
        ("complex", vm.types.complex.clone()),
        ("str", vm.types.str_.clone()),
        ("bytes", vm.types.bytes.clone()),
        ("bytearray", vm.types.bytearray.clone()),
        ("tuple", vm.types.tuple.clone()),
        ("list", vm.types.list.clone()),
        ("dict", vm.types.dict.clone()),
        ("set", vm.types.set.clone()),
        ("frozenset", vm.types.frozenset.clone()),
        ("range", vm.types.range.clone()),
        ("slice", vm.types.slice.clone()),
        ("staticmethod", vm.types.staticmethod.clone()),
        ("classmethod", vm.types.classmethod.clone()),
        ("property", vm.types.property.clone()),
        ("super", vm.types.super_.clone()),
        ("enumerate", vm.types.enumerate.clone()),
        ("zip", vm.types.zip.clone()),
        ("map", vm.types.map.clone()),
        ("filter", vm.types.filter.clone()),
        ("reversed", vm.types.reversed.clone()),
    ];
    if let Payload::Dict(d) = &b.payload {
        for (name, t) in types {
            d.set_str(vm.intern(name), Value::Obj(t));
        }
        for (name, t) in vm.exc.all() {
            d.set_str(vm.intern(name), Value::Obj(t));
        }
        d.set_str(
            vm.intern("EnvironmentError"),
            Value::Obj(vm.exc.os_error.clone()),
        );
        d.set_str(vm.intern("IOError"), Value::Obj(vm.exc.os_error.clone()));
        d.set_str(vm.intern("None"), Value::None);
        d.set_str(vm.intern("True"), Value::Bool(true));
        d.set_str(vm.intern("False"), Value::Bool(false));
        d.set_str(vm.intern("NotImplemented"), vm.not_implemented.clone());
        d.set_str(vm.intern("Ellipsis"), vm.ellipsis.clone());
        d.set_str(vm.intern("__name__"), vm.intern("builtins"));
        d.set_str(vm.intern("__debug__"), Value::Bool(vm.config.optimize == 0));
    }
    functions::init(vm);
    site::init(vm);
    open::init(vm);
    constructors::init(vm);
    sys::init(vm);
}

impl Vm {
    /// An attribute of `sys` (None if absent).
    pub fn sys_attr(&self, name: &str) -> Value {
        match &self.sys.payload {
            Payload::Dict(d) => d.get_str(&self.intern(name)).unwrap_or(Value::None),
            _ => Value::None,
        }
    }

    /// Sets `sys.<name>` when it is not set yet.
    pub fn set_sys_default(&self, name: &str, v: Value) {
        if let Payload::Dict(d) = &self.sys.payload {
            let key = self.intern(name);
            if d.get_str(&key).is_none() {
                d.set_str(key, v);
            }
        }
    }

    /// Runs a compiled main module: returns the process exit status, having printed an
    /// uncaught exception as CPython does.
    pub fn run_main(&mut self, code: std::rc::Rc<pyrs_compiler::code::CodeObject>) -> i32 {
        self.run_as_main(code, Value::None, None)
    }

    /// Runs code as the `__main__` module with this `__package__` (None for a script, the
    /// package's name for `-m`) and, for `-m`, the spec of module `spec_name`; returns the
    /// exit status.
    pub(crate) fn run_as_main(
        &mut self,
        code: std::rc::Rc<pyrs_compiler::code::CodeObject>,
        package: Value,
        spec_name: Option<&str>,
    ) -> i32 {
        let filename = self.new_str(&*code.filename);
        let globals = self.new_main_module(Some(filename), package);
        let r = match spec_name {
            Some(name) => self.set_main_spec(&globals, name),
            None => Ok(()),
        };
        let r = r.and_then(|()| self.run_code(code, &globals));
        self.run_pending_work();
        let status = match r {
            Ok(_) => 0,
            Err(e) => self.handle_uncaught(&e),
        };
        self.finish_main();
        status
    }

    /// `__main__.__spec__` (and `__loader__`) of `-m name`: the spec of module `name`, as
    /// runpy gives it.
    fn set_main_spec(&mut self, globals: &ObjRef, name: &str) -> crate::PyResult<()> {
        let Payload::Dict(d) = &globals.payload else {
            return Ok(());
        };
        let Some(main) = self.main_module() else {
            return Ok(());
        };
        d.del_str(&self.intern("__spec__"));
        let n = self.new_str(name);
        self.set_spec_of_loaded(n, &main)
    }

    /// `sys.modules['__main__']`.
    fn main_module(&self) -> Option<Value> {
        match &self.modules.payload {
            Payload::Dict(mods) => mods.get_str(&self.intern("__main__")),
            _ => None,
        }
    }

    /// A fresh `__main__` module in `sys.modules`; returns its namespace.
    fn new_main_module(&mut self, file: Option<Value>, package: Value) -> ObjRef {
        let module = self.new_module("__main__");
        let globals = match module.payload() {
            Some(Payload::Module(m)) => m.dict.clone(),
            _ => self
                .new_dict()
                .as_obj()
                .cloned()
                .unwrap_or_else(|| self.builtins.clone()),
        };
        if let Payload::Dict(d) = &globals.payload {
            if let Some(f) = file {
                d.set_str(self.intern("__file__"), f);
            }
            // `__main__` sees the builtins module itself (other modules get its dict).
            if let Payload::Dict(mods) = &self.modules.payload {
                if let Some(b) = mods.get_str(&self.intern("builtins")) {
                    d.set_str(self.intern("__builtins__"), b);
                }
            }
            d.set_str(self.intern("__package__"), package);
            d.set_str(self.intern("__spec__"), Value::None);
            d.set_str(self.intern("__loader__"), Value::None);
        }
        if let Payload::Dict(mods) = &self.modules.payload {
            mods.set_str(self.intern("__main__"), module.clone());
        }
        globals
    }

    /// The namespace the interactive prompt runs in: `__main__`'s, made on first use.
    pub fn interactive_globals(&mut self) -> ObjRef {
        let existing = match &self.modules.payload {
            Payload::Dict(mods) => mods.get_str(&self.intern("__main__")),
            _ => None,
        };
        match existing.as_ref().and_then(|m| m.payload()) {
            Some(Payload::Module(m)) => m.dict.clone(),
            _ => self.new_main_module(None, Value::None),
        }
    }

    /// Runs one input of the interactive prompt (compiled in `Single` mode) in `globals`.
    /// An exception is printed and the session goes on (`None`); SystemExit gives the
    /// status to exit with.
    pub fn run_interactive(
        &mut self,
        code: std::rc::Rc<pyrs_compiler::code::CodeObject>,
        globals: &ObjRef,
    ) -> Option<i32> {
        let r = self.run_code(code, globals);
        self.run_pending_work();
        let r = match r {
            Ok(_) => None,
            Err(e) if self.exc_matches(&e, &self.exc.system_exit.clone()) => {
                Some(self.handle_uncaught(&e))
            }
            Err(e) => {
                self.handle_uncaught(&e);
                self.interrupted = false;
                None
            }
        };
        crate::file::flush_std(self);
        r
    }

    /// What ends every run: `atexit` handlers, then `__main__`'s namespace is cleared (so
    /// the `__del__` of what it held runs, as at CPython's exit), then stdout and stderr are
    /// flushed.
    pub fn finish_main(&mut self) {
        crate::stdlib::atexit::run_exitfuncs(self);
        self.clear_main_namespace();
        crate::file::flush_std(self);
    }

    /// At exit, `__main__`'s names are unbound in insertion order (`__builtins__` stays):
    /// what CPython's final collection does to a script's globals, which its functions and
    /// classes keep in a cycle.
    fn clear_main_namespace(&mut self) {
        let main = match &self.modules.payload {
            Payload::Dict(mods) => mods.get_str(&self.intern("__main__")),
            _ => None,
        };
        let Some(Payload::Module(m)) = main.as_ref().and_then(Value::payload) else {
            return;
        };
        let Payload::Dict(d) = &m.dict.payload else {
            return;
        };
        for k in d.keys() {
            if k.as_str() != Some("__builtins__") {
                d.set_str(k.clone(), Value::None);
                self.run_pending_work();
            }
        }
    }

    /// Writes an exception's traceback to `sys.stderr`, as CPython prints an uncaught one.
    pub fn print_traceback(&mut self, e: &ObjRef) {
        let text = self.format_exception(e);
        let err = self.sys_attr("stderr");
        if crate::file::write_to(self, &err, &text).is_err() {
            eprint!("{text}");
        }
        crate::file::flush_std(self);
    }

    /// `-i`: runs the program as `__main__` and returns, printing an uncaught exception
    /// (SystemExit included, as CPython does) so the prompt can follow in its namespace.
    pub fn run_main_inspect(&mut self, code: std::rc::Rc<pyrs_compiler::code::CodeObject>) {
        let filename = self.new_str(&*code.filename);
        let globals = self.new_main_module(Some(filename), Value::None);
        let r = self.run_code(code, &globals);
        self.run_pending_work();
        crate::file::flush_std(self);
        if let Err(e) = r {
            self.report_uncaught(&e);
        }
    }

    /// An uncaught exception goes to `sys.excepthook` (the default prints its traceback);
    /// a hook that fails is reported, then the original, as CPython does.
    pub fn report_uncaught(&mut self, e: &ObjRef) {
        let hook = self.sys_attr("excepthook");
        let default = match hook.payload() {
            Some(Payload::Native(n)) => n.name == "excepthook",
            _ => hook.is_null() || hook.is_none(),
        };
        if default {
            self.print_traceback(e);
            return;
        }
        let args = [
            Value::Obj(self.type_of(&Value::Obj(e.clone()))),
            Value::Obj(e.clone()),
            self.traceback_value(&Value::Obj(e.clone())),
        ];
        if let Err(failed) = self.call(&hook, &args, &[]) {
            let err = self.sys_attr("stderr");
            let _ = crate::file::write_to(self, &err, "Error in sys.excepthook:\n");
            self.print_traceback(&failed);
            let _ = crate::file::write_to(self, &err, "\nOriginal exception was:\n");
            self.print_traceback(e);
        }
        crate::file::flush_std(self);
    }

    /// Prints an uncaught exception (or applies SystemExit); returns the exit status.
    pub fn handle_uncaught(&mut self, e: &crate::object::ObjRef) -> i32 {
        crate::file::flush_std(self);
        if self.exc_matches(e, &self.exc.system_exit.clone()) {
            let code = self.exc_attr(e, "code").unwrap_or(Value::None);
            return match code {
                Value::None => 0,
                Value::Int(i) => i as i32,
                Value::Bool(b) => b as i32,
                other => {
                    let s = self.str_string(&other).unwrap_or_default();
                    eprintln!("{s}");
                    1
                }
            };
        }
        self.report_uncaught(e);
        if self.exc_matches(e, &self.exc.keyboard_interrupt.clone()) {
            self.interrupted = true;
            return 130;
        }
        1
    }
}

/// A new iterator value.
pub fn iter_value(state: IterState) -> Value {
    Value::obj(Payload::iter(state))
}

pub(crate) fn args<'a>(name: &'a str, a: &'a [Value], kw: &'a [Value]) -> Args<'a> {
    Args::new(name, a, kw)
}
