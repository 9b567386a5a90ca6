//! The `sys` module, the standard streams, and the (minimal) import of builtin modules.

use crate::file::{FileData, Sink};
use crate::object::{Module, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;

pub fn init(vm: &mut Vm) {
    let sys = vm.sys.clone();
    let Payload::Dict(d) = &sys.payload else {
        return;
    };
    let set = |k: &str, v: Value| d.set_str(vm.intern(k), v);
    let stream = |sink, name: &str, mode: &str, line| {
        Value::obj(Payload::File(RefCell::new(FileData::new(
            sink, name, mode, line,
        ))))
    };
    set("stdout", stream(Sink::Stdout, "<stdout>", "w", false));
    set("stderr", stream(Sink::Stderr, "<stderr>", "w", true));
    set("stdin", stream(Sink::Stdin, "<stdin>", "r", false));
    set(
        "__stdout__",
        d.get_str(&vm.intern("stdout")).unwrap_or(Value::None),
    );
    set(
        "__stderr__",
        d.get_str(&vm.intern("stderr")).unwrap_or(Value::None),
    );
    let argv: Vec<Value> = vm
        .config
        .argv
        .iter()
        .map(|a| vm.new_str(a.as_str()))
        .collect();
    set("argv", vm.new_list(argv));
    set("maxsize", Value::Int(i64::MAX));
    set("version", vm.new_str("3.11.7 (pyrs 0.1.0)"));
    set(
        "version_info",
        vm.new_tuple(vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            vm.new_str("final"),
            Value::Int(0),
        ]),
    );
    set("platform", vm.new_str("linux"));
    set("byteorder", vm.new_str("little"));
    set("executable", vm.new_str(vm.config.executable.as_str()));
    set("modules", Value::Obj(vm.modules.clone()));
    let path: Vec<Value> = vm
        .config
        .path0
        .iter()
        .map(|p| vm.new_str(p.as_str()))
        .collect();
    set("path", vm.new_list(path));
    set("__name__", vm.intern("sys"));
    vm.add_functions(
        &sys,
        &[
            ("exit", exit),
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
            ("exc_info", exc_info),
        ],
    );
    let module = Value::obj(Payload::Module(Module {
        name: "sys".into(),
        dict: sys.clone(),
    }));
    if let Payload::Dict(m) = &vm.modules.payload {
        m.set_str(vm.intern("sys"), module);
        m.set_str(
            vm.intern("builtins"),
            Value::obj(Payload::Module(Module {
                name: "builtins".into(),
                dict: vm.builtins.clone(),
            })),
        );
    }
}

fn exit(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [code] = super::args("exit", a, kw).positional_only(vm, 0)?;
    let args = if code.is_null() {
        vec![]
    } else {
        vec![code.clone()]
    };
    let e = vm.new_exception(&vm.exc.system_exit.clone(), args);
    vm.set_exc_attr(&e, "code", if code.is_null() { Value::None } else { code });
    Err(e)
}

fn getrecursionlimit(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [n] = super::args("setrecursionlimit", a, kw).positional_only(vm, 1)?;
    let n = vm.index_i64(&n)?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, _a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let h = vm.handled.clone();
    if h.is_none() {
        return Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Obj(vm.type_of(&h));
    let tb = vm.traceback_value(&h);
    Ok(vm.new_tuple(vec![t, h, tb]))
}

impl Vm {
    /// `import name` (builtin modules only for now).
    pub fn import_name(
        &mut self,
        name: &Value,
        _fromlist: &Value,
        _level: &Value,
    ) -> PyResult<Value> {
        let n = name.as_str().unwrap_or("");
        if let Payload::Dict(m) = &self.modules.payload {
            if let Some(v) = m.get_str(name) {
                return Ok(v);
            }
        }
        if let Some(init) = crate::stdlib::find(n) {
            let module = self.new_module(n);
            if let Some(Payload::Module(md)) = module.payload() {
                init(self, &md.dict)?;
            }
            if let Payload::Dict(m) = &self.modules.payload {
                m.set_str(name.clone(), module.clone());
            }
            return Ok(module);
        }
        let e = self.new_error(
            &self.exc.module_not_found_error.clone(),
            format!("No module named '{n}'"),
        );
        self.set_exc_attr(&e, "name", name.clone());
        Err(e)
    }

    pub fn import_from(&mut self, m: &Value, name: &Value) -> PyResult<Value> {
        match self.getattr_opt(m, name)? {
            Some(v) => Ok(v),
            None => {
                let mname = match m.payload() {
                    Some(Payload::Module(md)) => md.name.to_string(),
                    _ => "?".into(),
                };
                Err(self.new_error(
                    &self.exc.import_error.clone(),
                    format!(
                        "cannot import name '{}' from '{mname}' (unknown location)",
                        name.as_str().unwrap_or("")
                    ),
                ))
            }
        }
    }

    pub fn import_star(&mut self, m: &Value) -> PyResult<()> {
        let Some(Payload::Module(md)) = m.payload() else {
            return Ok(());
        };
        let locals = self
            .frames
            .last()
            .map(|f| f.locals.clone())
            .unwrap_or(Value::None);
        if let Payload::Dict(d) = &md.dict.payload {
            for (k, v) in d.items() {
                if !k.as_str().unwrap_or("_").starts_with('_') {
                    self.mapping_set(&locals, k, v)?;
                }
            }
        }
        Ok(())
    }

    /// A Python SyntaxError object from the front end's error.
    pub fn syntax_error(&self, e: pyrs_parser::SyntaxError) -> crate::PyErr {
        let cls = match e.class.name() {
            "IndentationError" => self.exc.indentation_error.clone(),
            "TabError" => self.exc.tab_error.clone(),
            _ => self.exc.syntax_error.clone(),
        };
        let detail = self.new_tuple(vec![
            self.new_str(e.filename.as_str()),
            e.lineno
                .map(|l| Value::Int(l as i64))
                .unwrap_or(Value::None),
            e.offset
                .map(|l| Value::Int(l as i64))
                .unwrap_or(Value::None),
            e.text
                .as_deref()
                .map(|t| self.new_str(t))
                .unwrap_or(Value::None),
        ]);
        let exc = self.new_exception(&cls, vec![self.new_str(e.msg.as_str()), detail]);
        self.set_exc_attr(&exc, "msg", self.new_str(e.msg.as_str()));
        self.set_exc_attr(
            &exc,
            "lineno",
            e.lineno
                .map(|l| Value::Int(l as i64))
                .unwrap_or(Value::None),
        );
        exc
    }
}
