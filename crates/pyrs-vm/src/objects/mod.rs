//! The builtin types' behaviour: one file per type; this file wires them up and holds the
//! item protocol and `repr` dispatch for builtin payloads.

pub mod bytes;
pub mod coroutine;
pub mod descriptor;
pub mod dict;
pub mod exception;
pub mod float;
pub mod generator;
pub mod int;
pub mod intops;
pub mod iter;
pub mod list;
pub mod mappingproxy;
pub mod member;
pub mod memoryview;
pub mod metatype;
pub mod number;
pub mod object;
pub mod range;
pub mod set;
pub mod set_ops;
pub mod str;
pub mod union;
pub mod weakref;

use crate::object::{ObjRef, Payload};
use crate::types::type_data;
use crate::value::Value;
use crate::{PyResult, Vm};

thread_local! {
    /// The code objects handed out by `f.__code__`, by address of their code, so that
    /// `f.__code__ is f.__code__`.
    static CODE_OBJECTS: std::cell::RefCell<std::collections::HashMap<usize, crate::object::WeakObjRef>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// The one live code object for `code`.
pub fn code_object(code: &std::rc::Rc<crate::frame::Code>) -> Value {
    let key = std::rc::Rc::as_ptr(code) as usize;
    let found = CODE_OBJECTS.with(|m| m.borrow().get(&key).and_then(|w| w.upgrade()));
    if let Some(o) = found {
        if matches!(&o.payload, Payload::Code(c) if std::rc::Rc::ptr_eq(c, code)) {
            return Value::Obj(o);
        }
    }
    let v = Value::obj(Payload::Code(code.clone()));
    if let Value::Obj(o) = &v {
        CODE_OBJECTS.with(|m| {
            let mut m = m.borrow_mut();
            if m.len() >= 1024 && m.len().is_power_of_two() {
                m.retain(|_, w| w.strong_count() > 0);
            }
            m.insert(key, crate::object::ObjRef::downgrade(o));
        });
    }
    v
}

/// Registers every builtin type's methods.
pub fn init_types(vm: &mut Vm) {
    str::init(vm);
    list::init(vm);
    dict::init(vm);
    exception::init(vm);
    range::init(vm);
    iter::init(vm);
    set::init(vm);
    set_ops::init(vm);
    int::init(vm);
    float::init(vm);
    bytes::init(vm);
    generator::init(vm);
    object::init(vm);
    metatype::init(vm);
    coroutine::init(vm);
    memoryview::init(vm);
    mappingproxy::init(vm);
    union::init(vm);
    weakref::init(vm);
    member::init(vm);
    descriptor::init(vm);
    let module = vm.types.module.clone();
    vm.add_methods(
        &module,
        &[
            ("__init__", module_init),
            ("__repr__", module_repr_method),
            ("__dir__", module_dir),
        ],
    );
}

fn this_module<'a>(vm: &Vm, a: &'a [Value], name: &str) -> PyResult<&'a crate::object::Module> {
    match a.first().and_then(Value::payload) {
        Some(Payload::Module(m)) => Ok(m),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'module' object but received a '{}'",
            vm.type_name(a.first().unwrap_or(&Value::None))
        ))),
    }
}

/// `module.__init__(name, doc=None)`: sets the namespace's `__name__` and `__doc__`.
fn module_init(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = this_module(vm, a, "__init__")?;
    let [name, doc] =
        crate::native::Args::new("module", &a[1..], kw).parse(vm, &["name", "doc"], 1)?;
    if name.as_str().is_none() {
        return Err(vm.type_error(format!(
            "module.__init__() argument 'name' must be str, not {}",
            vm.type_name(&name)
        )));
    }
    if let Payload::Dict(d) = &m.dict.payload {
        d.set_str(vm.intern("__name__"), name);
        d.set_str(
            vm.intern("__doc__"),
            if doc.is_null() { Value::None } else { doc },
        );
    }
    Ok(Value::None)
}

/// `module.__repr__`.
fn module_repr_method(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = this_module(vm, a, "__repr__")?;
    Ok(vm.new_str(module_repr(vm, m)))
}

/// `module.__dir__`: the module's own `__dir__` if its namespace has one, else the names
/// in its namespace.
fn module_dir(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = this_module(vm, a, "__dir__")?;
    let Payload::Dict(d) = &m.dict.payload else {
        return Ok(vm.new_list(Vec::new()));
    };
    if let Some(f) = d.get_str(&vm.intern("__dir__")) {
        return vm.call(&f, &[], &[]);
    }
    let keys = d.keys();
    Ok(vm.new_list(keys))
}

/// Attributes every object of a kind has without a dict entry (`__class__`, `__name__`...).
pub fn special_attr(vm: &mut Vm, o: &Value, name: &Value) -> PyResult<Option<Value>> {
    let Some(n) = name.as_str() else {
        return Ok(None);
    };
    if n == "__class__" {
        return Ok(Some(Value::Obj(vm.type_of(o))));
    }
    if n == "__dict__" {
        if let Value::Obj(obj) = o {
            if obj.ext().is_some() || matches!(obj.payload, Payload::Instance(_)) {
                if !vm.has_instance_dict(o) {
                    return Ok(None);
                }
                if let Some(d) = vm.instance_dict(o) {
                    return Ok(Some(Value::Obj(d)));
                }
            }
        }
    }
    let Some(p) = o.payload() else {
        return Ok(match (o, n) {
            (Value::Int(i), "real" | "numerator") => Some(Value::Int(*i)),
            (Value::Int(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_), "denominator") => Some(Value::Int(1)),
            (Value::Bool(b), "real" | "numerator") => Some(Value::Int(*b as i64)),
            (Value::Bool(_), "imag") => Some(Value::Int(0)),
            (Value::Bool(_), "denominator") => Some(Value::Int(1)),
            (Value::Float(f), "real") => Some(Value::Float(*f)),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            _ => None,
        });
    };
    Ok(match (p, n) {
        (Payload::Type(t), "__name__") => Some(vm.new_str(&*t.name.borrow().clone())),
        (Payload::Type(t), "__qualname__") => Some(vm.new_str(&*t.qualname.borrow().clone())),
        (Payload::Type(t), "__module__") => Some(match &*t.module.borrow() {
            Value::Null => vm.intern("builtins"),
            v => v.clone(),
        }),
        (Payload::Union(a), "__args__") => Some(vm.new_tuple(a.to_vec())),
        (Payload::DictView { dict, .. }, "mapping") => {
            Some(Value::obj(Payload::MappingProxy(Value::Obj(dict.clone()))))
        }
        (Payload::Type(t), "__dict__") => Some(Value::obj(Payload::MappingProxy(Value::Obj(
            t.dict.clone(),
        )))),
        (Payload::Type(t), "__mro__") => Some(
            vm.new_tuple(
                t.mro
                    .borrow()
                    .iter()
                    .map(|c| Value::Obj(c.clone()))
                    .collect(),
            ),
        ),
        (Payload::Type(t), "__bases__") => Some(
            vm.new_tuple(
                t.bases
                    .borrow()
                    .iter()
                    .map(|c| Value::Obj(c.clone()))
                    .collect(),
            ),
        ),
        (Payload::Type(t), "__base__") => Some(
            t.bases
                .borrow()
                .first()
                .map(|b| Value::Obj(b.clone()))
                .unwrap_or(Value::None),
        ),
        (Payload::Type(t), "__doc__") => Some(match &t.dict.payload {
            Payload::Dict(d) => d.get_str(&vm.intern("__doc__")).unwrap_or(Value::None),
            _ => Value::None,
        }),
        (Payload::Type(t), "__subclasses__") => {
            let _ = t;
            let Value::Obj(cls) = o else { return Ok(None) };
            let subs: Vec<Value> = vm
                .subclasses
                .iter()
                .filter_map(|w| w.upgrade())
                .filter(|c| {
                    crate::types::type_data(c)
                        .bases
                        .borrow()
                        .iter()
                        .any(|b| crate::object::ObjRef::ptr_eq(b, cls))
                })
                .map(Value::Obj)
                .collect();
            let l = vm.new_list(subs);
            let f = vm.native(
                "__subclasses__",
                return_first,
                crate::object::NativeKind::Function,
                None,
            );
            Some(Value::obj(Payload::BoundMethod { func: f, this: l }))
        }
        (Payload::Super { cls, .. }, "__thisclass__") => Some(Value::Obj(cls.clone())),
        (Payload::Super { this, .. }, "__self__") => Some(this.clone()),
        (Payload::Super { this, .. }, "__self_class__") => Some(match this {
            Value::Obj(t) if matches!(t.payload, Payload::Type(_)) => this.clone(),
            _ => Value::Obj(vm.type_of(this)),
        }),
        (Payload::Function(f), "__name__") => Some(f.name.borrow().clone()),
        (Payload::Function(f), "__qualname__") => Some(f.qualname.borrow().clone()),
        (Payload::Function(f), "__doc__") => Some(f.doc.borrow().clone()),
        (Payload::Function(f), "__module__") => Some(f.module.borrow().clone()),
        (Payload::Function(f), "__defaults__") => Some(f.defaults.borrow().clone()),
        (Payload::Function(f), "__kwdefaults__") => Some(f.kwdefaults.borrow().clone()),
        (Payload::Function(f), "__globals__") => Some(Value::Obj(f.globals.clone())),
        (Payload::Function(f), "__builtins__") => Some(Value::Obj(f.builtins.clone())),
        (Payload::Function(f), "__code__") => Some(code_object(&f.code)),
        (Payload::Function(f), "__annotations__") => {
            let a = f.annotations.borrow().clone();
            if a.is_none() {
                let d = vm.new_dict();
                *f.annotations.borrow_mut() = d.clone();
                Some(d)
            } else {
                Some(a)
            }
        }
        (Payload::Function(f), "__dict__") => {
            let d = f
                .dict
                .borrow_mut()
                .get_or_insert_with(|| {
                    crate::object::ObjRef::new(crate::object::Object::new(Payload::Dict(
                        crate::dict::Dict::new(),
                    )))
                })
                .clone();
            Some(Value::Obj(d))
        }
        (Payload::Function(f), "__closure__") => Some(match &f.closure {
            Some(c) => vm.new_tuple(c.iter().map(|x| Value::Obj(x.clone())).collect()),
            None => Value::None,
        }),
        (Payload::Code(c), _) => code_attr(vm, c, n),
        (Payload::Native(f), "__name__") => Some(vm.new_str(f.name)),
        (Payload::Native(f), "__qualname__") => Some(match f.owner {
            Some(o) => vm.new_str(format!("{o}.{}", f.name)),
            None => vm.new_str(f.name),
        }),
        (Payload::Native(f), "__doc__") => Some(
            match f.doc.or_else(|| crate::builtins::functions::builtin_doc(f)) {
                Some(d) => vm.new_str(d),
                None => Value::None,
            },
        ),
        (Payload::Native(n), "__module__") => Some(match n.owner {
            None => vm.intern("builtins"),
            Some(_) => Value::None,
        }),
        (Payload::Native(n), "__self__") => Some(match n.owner {
            None => {
                let key = vm.intern("builtins");
                match &vm.modules.payload {
                    Payload::Dict(d) => d.get_str(&key).unwrap_or(Value::None),
                    _ => Value::None,
                }
            }
            Some(_) => Value::None,
        }),
        (Payload::BoundMethod { func, .. }, "__func__") => Some(func.clone()),
        (Payload::BoundMethod { this, .. }, "__self__") => Some(this.clone()),
        // Whatever the method type lacks is the function's (`m.__annotations__`).
        (Payload::BoundMethod { func, .. }, _) => {
            let f = func.clone();
            vm.getattr_opt(&f, name)?
        }
        (Payload::Instance(i), "__dict__") => Some(Value::Obj(i.dict.clone())),
        (Payload::Exception(x), _) => exception::exception_attr(vm, o, x, n)?,
        (Payload::Module(m), "__name__") => Some(vm.new_str(&*m.name)),
        (Payload::Generator(g), "__name__") => Some(g.name.borrow().clone()),
        (Payload::Generator(g), "__qualname__") => Some(g.qualname.borrow().clone()),
        (Payload::Generator(_), _) => {
            let Value::Obj(g) = o else { return Ok(None) };
            generator::generator_attr(vm, g, n)
        }
        (Payload::FrameInfo(_) | Payload::Traceback(_), _) => generator::frame_attr(vm, o, n),
        (Payload::Complex(r, _), "real") => Some(Value::Float(*r)),
        (Payload::Complex(_, i), "imag") => Some(Value::Float(*i)),
        (Payload::BigInt(_), "real" | "numerator") => Some(o.clone()),
        (Payload::BigInt(_), "imag") => Some(Value::Int(0)),
        (Payload::BigInt(_), "denominator") => Some(Value::Int(1)),
        (Payload::Range(b), "start") => Some(b.start.clone()),
        (Payload::Range(b), "stop") => Some(b.stop.clone()),
        (Payload::Range(b), "step") => Some(b.step.clone()),
        (Payload::Slice(b), "start") => Some(b.start.clone()),
        (Payload::Slice(b), "stop") => Some(b.stop.clone()),
        (Payload::Slice(b), "step") => Some(b.step.clone()),
        (Payload::Member(m), _) => member::attr(vm, m, &m.owner, n),
        (Payload::Property(b), "fget") => Some(b.fget.clone()),
        (Payload::Property(b), "fset") => Some(b.fset.clone()),
        (Payload::Property(b), "fdel") => Some(b.fdel.clone()),
        (Payload::Property(b), "__doc__") => Some(b.doc.clone()),
        (Payload::StaticMethod(f) | Payload::ClassMethod(f), "__func__" | "__wrapped__") => {
            Some(f.borrow().clone())
        }
        // Since 3.10 the wrappers show the function's attributes.
        (
            Payload::StaticMethod(f) | Payload::ClassMethod(f),
            "__name__" | "__qualname__" | "__doc__" | "__module__" | "__annotations__",
        ) => {
            let f = f.borrow().clone();
            vm.getattr_opt(&f, name)?
        }
        (Payload::StaticMethod(f) | Payload::ClassMethod(f), "__isabstractmethod__") => {
            let f = f.borrow().clone();
            Some(Value::Bool(is_abstract_callable(vm, &f)?))
        }
        (Payload::Property(p), "__isabstractmethod__") => {
            let mut any = false;
            for f in [p.fget.clone(), p.fset.clone(), p.fdel.clone()] {
                any = any || is_abstract_callable(vm, &f)?;
            }
            Some(Value::Bool(any))
        }
        (Payload::WeakRef(w), "__callback__") => Some(w.callback.borrow().clone()),
        (Payload::Cell(c), "cell_contents") => {
            let v = c.borrow().clone();
            if v.is_null() {
                return Err(vm.value_error("Cell is empty"));
            }
            Some(v)
        }
        _ => None,
    })
}

fn code_attr(vm: &Vm, c: &crate::frame::Code, n: &str) -> Option<Value> {
    let co = &c.code;
    let names = |v: &[std::rc::Rc<str>]| vm.new_tuple(v.iter().map(|s| vm.new_str(&**s)).collect());
    Some(match n {
        "co_name" => vm.new_str(&*co.name),
        "co_qualname" => vm.new_str(&*co.qualname),
        "co_filename" => vm.new_str(&*co.filename),
        "co_firstlineno" => Value::Int(co.firstlineno as i64),
        "co_argcount" => Value::Int(co.argcount as i64),
        "co_posonlyargcount" => Value::Int(co.posonlyargcount as i64),
        "co_kwonlyargcount" => Value::Int(co.kwonlyargcount as i64),
        "co_flags" => Value::Int(co.flags as i64),
        "co_nlocals" => Value::Int(co.varnames.len() as i64),
        "co_varnames" => names(&co.varnames),
        "co_cellvars" => names(&co.cellvars),
        "co_freevars" => names(&co.freevars),
        "co_names" => names(&co.names),
        "co_consts" => vm.new_tuple(c.consts.to_vec()),
        "co_stacksize" => Value::Int(co.stacksize as i64),
        "co_code" => Value::obj(Payload::Bytes(
            co.instrs
                .iter()
                .flat_map(|i| [0u8, i.arg().unwrap_or(0) as u8])
                .collect::<Vec<u8>>()
                .into_boxed_slice(),
        )),
        "co_lines" | "co_positions" => return None,
        _ => return None,
    })
}

/// `repr()` of a heap object; containers already being shown print as `[...]`.
pub fn repr_obj(vm: &mut Vm, v: &Value, o: &ObjRef) -> PyResult<String> {
    let placeholder = match &o.payload {
        Payload::List(_) => Some("[...]"),
        Payload::Tuple(t) if !t.is_empty() => Some("(...)"),
        Payload::Dict(_) => Some("{...}"),
        Payload::Set(_) => Some("set(...)"),
        Payload::FrozenSet(_) => Some("frozenset(...)"),
        Payload::DictView { .. } => Some("..."),
        _ => None,
    };
    let Some(placeholder) = placeholder else {
        return repr_obj_inner(vm, v, o);
    };
    let ptr = crate::object::ObjRef::as_ptr(o);
    if vm.repr_guard.contains(&ptr) {
        return Ok(placeholder.to_string());
    }
    vm.repr_guard.push(ptr);
    let r = repr_obj_inner(vm, v, o);
    vm.repr_guard.retain(|p| *p != ptr);
    r
}

/// `<module 'm' from '/path/m.py'>`, `<module 'sys' (built-in)>`, `<module 'json'
/// (frozen)>` for an embedded one, `<module 'm'>` for one made by `types.ModuleType`.
fn module_repr(vm: &Vm, m: &crate::object::Module) -> String {
    let Payload::Dict(d) = &m.dict.payload else {
        return format!("<module '{}'>", m.name);
    };
    if let Some(f) = d.get_str(&vm.intern("__file__")) {
        if let Some(f) = f.as_str() {
            return format!("<module '{}' from '{f}'>", m.name);
        }
    }
    let made_by_hand = d
        .get_str(&vm.intern("__spec__"))
        .is_some_and(|s| s.is_none());
    let builtin = matches!(&*m.name, "sys" | "builtins") || crate::stdlib::find(&m.name).is_some();
    if !made_by_hand && builtin {
        return format!("<module '{}' (built-in)>", m.name);
    }
    if !made_by_hand && crate::frozen::find(&m.name).is_some() {
        return format!("<module '{}' (frozen)>", m.name);
    }
    format!("<module '{}'>", m.name)
}

fn repr_obj_inner(vm: &mut Vm, v: &Value, o: &ObjRef) -> PyResult<String> {
    Ok(match &o.payload {
        Payload::Str(s) => s.repr(),
        Payload::Member(m) => member::repr(m),
        Payload::BigInt(b) => {
            let i = pyrs_primitives::int::Int::from_big(b.clone());
            pyrs_primitives::int::to_str_radix(&i, 10, vm.int_max_str_digits)
                .map_err(|e| vm.primitive_error(e))?
        }
        Payload::Complex(r, i) => pyrs_primitives::format::complex_repr(*r, *i),
        Payload::Bytes(b) => pyrs_primitives::strmethods::bytes_repr(b, "b"),
        Payload::ByteArray(b) => {
            format!(
                "{})",
                pyrs_primitives::strmethods::bytes_repr(&b.borrow(), "bytearray(b")
            )
        }
        Payload::Tuple(items) => {
            let parts = repr_items(vm, items)?;
            if items.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Payload::List(l) => {
            let items = l.borrow().clone();
            format!("[{}]", repr_items(vm, &items)?.join(", "))
        }
        Payload::Dict(d) => {
            let mut parts = Vec::new();
            for (k, val) in d.items() {
                parts.push(format!("{}: {}", vm.repr_str(&k)?, vm.repr_str(&val)?));
            }
            format!("{{{}}}", parts.join(", "))
        }
        Payload::Set(s) => {
            let items = s.borrow().items();
            if items.is_empty() {
                "set()".into()
            } else {
                format!("{{{}}}", repr_items(vm, &items)?.join(", "))
            }
        }
        Payload::FrozenSet(s) => {
            let items = s.items();
            if items.is_empty() {
                "frozenset()".into()
            } else {
                format!("frozenset({{{}}})", repr_items(vm, &items)?.join(", "))
            }
        }
        Payload::Range(b) => {
            let crate::object::Bounds { start, stop, step } = &**b;
            if matches!(step, Value::Int(1)) {
                format!("range({}, {})", vm.repr_str(start)?, vm.repr_str(stop)?)
            } else {
                format!(
                    "range({}, {}, {})",
                    vm.repr_str(start)?,
                    vm.repr_str(stop)?,
                    vm.repr_str(step)?
                )
            }
        }
        Payload::Slice(b) => format!(
            "slice({}, {}, {})",
            vm.repr_str(&b.start)?,
            vm.repr_str(&b.stop)?,
            vm.repr_str(&b.step)?
        ),
        Payload::Function(f) => format!(
            "<function {} at {:#x}>",
            f.qualname.borrow().as_str().unwrap_or("?"),
            v.id()
        ),
        Payload::Native(n) => match (n.owner, n.kind) {
            (Some(owner), crate::object::NativeKind::Method) => {
                format!("<method '{}' of '{}' objects>", n.name, owner)
            }
            (Some(_), _) => format!(
                "<built-in method {} of type object at {:#x}>",
                n.name,
                v.id()
            ),
            (None, _) => format!("<built-in function {}>", n.name),
        },
        Payload::BoundMethod { func, this } => match func.payload() {
            Some(Payload::Native(n)) => format!(
                "<built-in method {} of {} object at {:#x}>",
                n.name,
                vm.type_name(this),
                this.id()
            ),
            _ => {
                let qn = vm.getattr(func, &vm.intern("__qualname__"))?;
                format!(
                    "<bound method {} of {}>",
                    qn.as_str().unwrap_or("?"),
                    vm.repr_str(this)?
                )
            }
        },
        Payload::Type(t) => {
            let module = t.module.borrow().clone();
            match module.as_str() {
                Some(m) if m != "builtins" => format!("<class '{}.{}'>", m, t.qualname.borrow()),
                _ => format!("<class '{}'>", t.qualname.borrow()),
            }
        }
        Payload::Module(m) => module_repr(vm, m),
        Payload::Cell(_) => format!("<cell at {:#x}>", v.id()),
        Payload::Code(c) => format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.code.name,
            v.id(),
            c.code.filename,
            c.code.firstlineno
        ),
        Payload::Generator(g) => format!(
            "<generator object {} at {:#x}>",
            g.qualname.borrow().as_str().unwrap_or("?"),
            v.id()
        ),
        Payload::NotImplemented => "NotImplemented".into(),
        Payload::Ellipsis => "Ellipsis".into(),
        Payload::MappingProxy(m) => mappingproxy::repr(vm, m)?,
        Payload::Float(f) => pyrs_primitives::format::float_repr(*f),
        Payload::Union(args) => union::repr(vm, args)?,
        Payload::DictView { dict, what } => {
            let name = ["dict_keys", "dict_values", "dict_items"][*what as usize % 3];
            let items: Vec<Value> = match &dict.payload {
                Payload::Dict(d) => match what {
                    0 => d.keys(),
                    1 => d.items().into_iter().map(|(_, v)| v).collect(),
                    _ => d
                        .items()
                        .into_iter()
                        .map(|(k, v)| vm.new_tuple(vec![k, v]))
                        .collect(),
                },
                _ => Vec::new(),
            };
            format!("{name}([{}])", repr_items(vm, &items)?.join(", "))
        }
        Payload::File(_) | Payload::MemoryView(_) | Payload::WeakRef(_) => {
            match vm.call_special(v, "__repr__", &[])? {
                Some(r) if r.as_str().is_some() => r.as_str().unwrap_or_default().to_string(),
                _ => default_repr(vm, v),
            }
        }
        Payload::Exception(x) => {
            let ty = vm.type_of(v);
            let user = vm
                .lookup_in_type_str(&ty, "__repr__")
                .filter(|m| matches!(m.payload(), Some(Payload::Function(_))));
            match user {
                Some(m) => {
                    let r = vm.call(&m, std::slice::from_ref(v), &[])?;
                    match r.as_str() {
                        Some(s) => s.to_string(),
                        None => {
                            return Err(vm.type_error(format!(
                                "__repr__ returned non-string (type {})",
                                vm.type_name(&r)
                            )))
                        }
                    }
                }
                None => exception::exception_repr(vm, o, x)?,
            }
        }
        Payload::Instance(_) => match vm.call_special(v, "__repr__", &[])? {
            Some(r) => match r.as_str() {
                Some(s) => s.to_string(),
                None => {
                    return Err(vm.type_error(format!(
                        "__repr__ returned non-string (type {})",
                        vm.type_name(&r)
                    )))
                }
            },
            None => default_repr(vm, v),
        },
        _ => default_repr(vm, v),
    })
}

/// A native function returning its first argument (bound to a precomputed value).
fn return_first(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

/// `<module.Class object at 0x...>`.
pub fn default_repr(vm: &Vm, v: &Value) -> String {
    let ty = vm.type_of(v);
    let t = type_data(&ty);
    let module = t.module.borrow().clone();
    match module.as_str() {
        Some(m) if m != "builtins" => {
            format!("<{}.{} object at {:#x}>", m, t.qualname.borrow(), v.id())
        }
        _ => format!("<{} object at {:#x}>", t.qualname.borrow(), v.id()),
    }
}

fn repr_items(vm: &mut Vm, items: &[Value]) -> PyResult<Vec<String>> {
    items.iter().map(|x| vm.repr_str(x)).collect()
}

/// Normalises a Python index against a length (IndexError message from the caller).
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        None
    } else {
        Some(j as usize)
    }
}

/// `slice.indices(len)`: (start, stop, step) clamped, CPython's rules.
pub fn slice_indices(vm: &mut Vm, s: &Value, len: usize) -> PyResult<(i64, i64, i64)> {
    let Some(Payload::Slice(b)) = s.payload() else {
        return Err(vm.type_error("expected a slice"));
    };
    let crate::object::Bounds { start, stop, step } = &**b;
    let (start, stop, step) = (start.clone(), stop.clone(), step.clone());
    let step = if step.is_none() {
        1
    } else {
        slice_int(vm, &step)?
    };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let len = len as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: i64| -> i64 {
        if v < 0 {
            (v + len).max(lower)
        } else {
            v.min(upper)
        }
    };
    let start = if start.is_none() {
        if step < 0 {
            upper
        } else {
            lower
        }
    } else {
        clamp(slice_int(vm, &start)?)
    };
    let stop = if stop.is_none() {
        if step < 0 {
            lower
        } else {
            upper
        }
    } else {
        clamp(slice_int(vm, &stop)?)
    };
    Ok((start, stop, step))
}

fn slice_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let i = vm.subscript_index(v, |_| {
        "slice indices must be integers or None or have an __index__ method".into()
    })?;
    // Beyond i64 the bound only clamps.
    Ok(match &i {
        Value::Int(i) => *i,
        _ if matches!(i.payload(), Some(Payload::BigInt(b)) if b.sign() == num_bigint::Sign::Minus) => {
            i64::MIN / 2
        }
        _ => i64::MAX / 2,
    })
}

/// The positions a slice selects.
pub fn slice_positions(start: i64, stop: i64, step: i64) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = start;
    if step > 0 {
        while i < stop {
            out.push(i as usize);
            i += step;
        }
    } else {
        while i > stop {
            out.push(i as usize);
            i += step;
        }
    }
    out
}

/// `c[k]` for builtin containers.
pub fn getitem_builtin(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<Option<Value>> {
    let Some(p) = c.payload() else {
        return Ok(None);
    };
    let is_slice = matches!(k.payload(), Some(Payload::Slice(_)));
    match p {
        Payload::List(l) => {
            if is_slice {
                let len = l.borrow().len();
                // Bounds first (their `__index__` may change the list), then the items.
                let (a, b, s) = slice_indices(vm, k, len)?;
                let items = l.borrow();
                let v = if s == 1 {
                    let end = (b.max(a) as usize).min(items.len());
                    items.get(a as usize..end).unwrap_or_default().to_vec()
                } else {
                    slice_positions(a, b, s)
                        .into_iter()
                        .filter_map(|i| items.get(i).cloned())
                        .collect()
                };
                drop(items);
                return Ok(Some(vm.new_list(v)));
            }
            let i = seq_index(vm, k, "list")?;
            let l = l.borrow();
            match norm_index(i, l.len()) {
                Some(j) => Ok(Some(l[j].clone())),
                None => Err(vm.index_error("list index out of range")),
            }
        }
        Payload::Tuple(t) => {
            if is_slice {
                let (a, b, s) = slice_indices(vm, k, t.len())?;
                let v = slice_positions(a, b, s)
                    .into_iter()
                    .map(|i| t[i].clone())
                    .collect();
                return Ok(Some(vm.new_tuple(v)));
            }
            let i = seq_index(vm, k, "tuple")?;
            match norm_index(i, t.len()) {
                Some(j) => Ok(Some(t[j].clone())),
                None => Err(vm.index_error("tuple index out of range")),
            }
        }
        Payload::Str(s) => str::str_getitem(vm, s, k).map(Some),
        Payload::Bytes(_) | Payload::ByteArray(_) => bytes::bytes_getitem(vm, c, k).map(Some),
        Payload::Dict(d) => match vm.dict_get(d, k)? {
            Some(v) => Ok(Some(v)),
            None => Err(vm.key_error(k.clone())),
        },
        Payload::Range(_) => range::range_getitem(vm, c, k).map(Some),
        _ => Ok(None),
    }
}

/// Which kind of builtin descriptor a method is, for the errors about its `self`.
#[derive(Clone, Copy)]
pub(crate) enum Descr {
    /// A slot wrapper (`list.__add__`).
    Slot,
    /// A method descriptor (`tuple.count`).
    Method,
}

/// The `self` of method `name` of builtin type `kind` (`is_kind` says which payloads are
/// one), with CPython's errors for none and for another object, which depend on `descr`.
pub(crate) fn builtin_self<'a>(
    vm: &Vm,
    args: &'a [Value],
    descr: Descr,
    name: &str,
    kind: &str,
    is_kind: fn(&Payload) -> bool,
) -> PyResult<&'a Value> {
    match args.first() {
        Some(v) if v.payload().is_some_and(is_kind) => Ok(v),
        v => Err(vm.type_error(match (descr, v) {
            (Descr::Slot, None) => {
                format!("descriptor '{name}' of '{kind}' object needs an argument")
            }
            (Descr::Slot, Some(v)) => format!(
                "descriptor '{name}' requires a '{kind}' object but received a '{}'",
                vm.type_name(v)
            ),
            (Descr::Method, None) => format!("unbound method {kind}.{name}() needs an argument"),
            (Descr::Method, Some(v)) => format!(
                "descriptor '{name}' for '{kind}' objects doesn't apply to a '{}' object",
                vm.type_name(v)
            ),
        })),
    }
}

/// `T.__new__(S)` for a builtin `T` (`owner`): `S` must be a subtype of `T`, as CPython
/// checks before a builtin `__new__` runs.
pub(crate) fn check_new_subtype(vm: &Vm, a: &[Value], owner: &ObjRef) -> PyResult<()> {
    if let Some(Value::Obj(c)) = a.first() {
        if matches!(c.payload, Payload::Type(_)) && !vm.is_subtype(c, owner) {
            let s = type_data(c).name.borrow().clone();
            let t = type_data(owner).name.borrow().clone();
            return Err(vm.type_error(format!("{t}.__new__({s}): {s} is not a subtype of {t}")));
        }
    }
    Ok(())
}

/// An int subscript of a `what` sequence (`__index__` honoured), with CPython's errors.
pub(crate) fn seq_index(vm: &mut Vm, k: &Value, what: &str) -> PyResult<i64> {
    match k {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ => match vm.subscript_index(k, |vm| {
            format!(
                "{what} indices must be integers or slices, not {}",
                vm.type_name(k)
            )
        })? {
            Value::Int(i) => Ok(i),
            _ => Err(vm.index_error(format!(
                "cannot fit '{}' into an index-sized integer",
                vm.type_name(k)
            ))),
        },
    }
}

/// `c[k] = v` for builtin containers; false if c is not one.
pub fn setitem_builtin(vm: &mut Vm, c: &Value, k: &Value, v: &Value) -> PyResult<bool> {
    match c.payload() {
        Some(Payload::List(l)) => {
            if matches!(k.payload(), Some(Payload::Slice(_))) {
                let len = l.borrow().len();
                let (_, _, s) = slice_indices(vm, k, len)?;
                let it = match vm.iter(v) {
                    Ok(it) => it,
                    Err(e) if vm.exc_matches(&e, &vm.exc.type_error.clone()) => {
                        return Err(vm.type_error(if s == 1 {
                            "can only assign an iterable"
                        } else {
                            "must assign iterable to extended slice"
                        }))
                    }
                    Err(e) => return Err(e),
                };
                let new = vm.collect(&it)?;
                let len = l.borrow().len();
                let (a, b, s) = slice_indices(vm, k, len)?;
                if s == 1 {
                    let b = b.max(a);
                    let mut removed: Vec<Value> =
                        l.borrow_mut().splice(a as usize..b as usize, new).collect();
                    // Released after the borrow, last first, as CPython does.
                    while let Some(v) = removed.pop() {
                        drop(v);
                    }
                } else {
                    let pos = slice_positions(a, b, s);
                    if pos.len() != new.len() {
                        return Err(vm.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            new.len(),
                            pos.len()
                        )));
                    }
                    let mut lb = l.borrow_mut();
                    for (p, x) in pos.into_iter().zip(new) {
                        lb[p] = x;
                    }
                }
                return Ok(true);
            }
            let i = seq_index(vm, k, "list")?;
            let old = {
                let mut l = l.borrow_mut();
                match norm_index(i, l.len()) {
                    Some(j) => std::mem::replace(&mut l[j], v.clone()),
                    None => {
                        drop(l);
                        return Err(vm.index_error("list assignment index out of range"));
                    }
                }
            };
            drop(old);
            Ok(true)
        }
        Some(Payload::Dict(d)) => {
            vm.dict_set(d, k.clone(), v.clone())?;
            Ok(true)
        }
        Some(Payload::ByteArray(_)) => bytes::bytearray_setitem(vm, c, k, v).map(|_| true),
        _ => Ok(false),
    }
}

/// `del c[k]` for builtin containers; false if c is not one.
pub fn delitem_builtin(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<bool> {
    match c.payload() {
        Some(Payload::List(l)) => {
            if matches!(k.payload(), Some(Payload::Slice(_))) {
                let len = l.borrow().len();
                let (a, b, s) = slice_indices(vm, k, len)?;
                let mut removed: Vec<Value> = {
                    let mut lb = l.borrow_mut();
                    let n = lb.len();
                    let mut gone = vec![false; n];
                    for p in slice_positions(a, b, s) {
                        if let Some(g) = gone.get_mut(p) {
                            *g = true;
                        }
                    }
                    let (mut removed, mut kept) = (Vec::new(), Vec::with_capacity(n));
                    for (v, g) in std::mem::take(&mut *lb).into_iter().zip(gone) {
                        if g {
                            removed.push(v);
                        } else {
                            kept.push(v);
                        }
                    }
                    *lb = kept;
                    removed
                };
                // CPython releases a simple slice's items last first, an extended one's in order.
                if s == 1 {
                    removed.reverse();
                }
                drop(removed);
                return Ok(true);
            }
            let i = seq_index(vm, k, "list")?;
            let removed = {
                let mut l = l.borrow_mut();
                match norm_index(i, l.len()) {
                    Some(j) => l.remove(j),
                    None => {
                        drop(l);
                        return Err(vm.index_error("list assignment index out of range"));
                    }
                }
            };
            drop(removed);
            Ok(true)
        }
        Some(Payload::Dict(d)) => match vm.dict_del(d, k)? {
            Some(_) => Ok(true),
            None => Err(vm.key_error(k.clone())),
        },
        _ => Ok(false),
    }
}

/// Whether `f.__isabstractmethod__` is true (what `abc` reads through the wrappers).
fn is_abstract_callable(vm: &mut Vm, f: &Value) -> PyResult<bool> {
    match vm.getattr_opt(f, &vm.intern("__isabstractmethod__"))? {
        Some(v) => vm.truthy(&v),
        None => Ok(false),
    }
}

/// `list.__lt__(self, other)` and the other rich comparisons of a builtin container:
/// the builtin comparison of `self` (a `type_name` payload, `is_kind`) with an `other` of the
/// same kind, NotImplemented for any other operand.
pub(crate) fn container_compare(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    op: pyrs_compiler::bytecode::CmpOp,
    type_name: &str,
    is_kind: fn(&Payload) -> bool,
) -> PyResult<Value> {
    let dunder = match op {
        pyrs_compiler::bytecode::CmpOp::Lt => "__lt__",
        pyrs_compiler::bytecode::CmpOp::Le => "__le__",
        pyrs_compiler::bytecode::CmpOp::Eq => "__eq__",
        pyrs_compiler::bytecode::CmpOp::Ne => "__ne__",
        pyrs_compiler::bytecode::CmpOp::Gt => "__gt__",
        pyrs_compiler::bytecode::CmpOp::Ge => "__ge__",
    };
    let [this, other] = crate::native::Args::new(dunder, args, kw).positional_only(vm, 2)?;
    if !this.payload().is_some_and(is_kind) {
        return Err(vm.type_error(format!(
            "descriptor '{dunder}' requires a '{type_name}' object but received a '{}'",
            vm.type_name(&this)
        )));
    }
    if !other.payload().is_some_and(is_kind) {
        return Ok(vm.not_implemented.clone());
    }
    let r = number::compare(vm, &this, &other, op)?;
    Ok(r.map_or_else(|| vm.not_implemented.clone(), Value::Bool))
}

/// The six comparison natives of a container type, named `$prefix_lt` etc.
macro_rules! container_comparisons {
    ($name:literal, $kind:pat, [$(($f:ident, $op:ident, $dunder:literal)),*]) => {
        /// The comparison methods, for `add_methods`.
        pub(crate) const COMPARISONS: &[(&str, crate::object::NativeFn)] = &[$(($dunder, $f)),*];
        $(
            fn $f(
                vm: &mut crate::Vm,
                args: &[crate::value::Value],
                kw: &[crate::value::Value],
            ) -> crate::PyResult<crate::value::Value> {
                crate::objects::container_compare(
                    vm,
                    args,
                    kw,
                    pyrs_compiler::bytecode::CmpOp::$op,
                    $name,
                    |p| matches!(p, $kind),
                )
            }
        )*
    };
}
pub(crate) use container_comparisons;
