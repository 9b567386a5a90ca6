//! pyrs-vm: the virtual machine — values, objects, the eval loop, builtin types and functions.
//!
//! See `docs/interpreter.md`. The entry points are [`Vm::new`] and [`Vm::run_main`].

pub mod archive;
pub mod builtins;
pub mod call;
pub mod dict;
pub mod eval;
pub mod exceptions;
pub mod file;
pub mod frame;
pub mod frozen;
pub mod gc;
pub mod heap;
pub mod import;
pub mod matching;
pub mod native;
pub mod object;
pub mod objects;
pub mod ops;
pub mod pycache;
pub mod pystr;
pub mod quicken;
pub mod repr;
pub mod runtime;
pub mod set;
pub mod signals;
pub mod stdlib;
pub mod subclass;
pub mod suggestions;
pub mod traceback;
pub mod types;
pub mod value;

use crate::exceptions::ExcTypes;
use crate::frame::{Code, Frame};
use crate::object::{ObjRef, Object, Payload, PyStr};
use crate::types::Types;
pub use crate::value::Value;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// How many nested native re-entries of the eval loop the 512 MiB stack of `pyrs`'s
/// interpreter thread holds with a wide margin.
pub const MAX_NATIVE_DEPTH: usize = 20_000;

/// A raised Python exception: the exception object.
pub type PyErr = ObjRef;
pub type PyResult<T> = Result<T, PyErr>;

/// Interned names of the special methods the hottest paths look up.
pub struct Names {
    pub getattribute: Value,
    pub getattr: Value,
    pub setattr: Value,
    pub get: Value,
    pub set: Value,
    pub delete: Value,
    pub class: Value,
    pub new: Value,
}

/// How the interpreter was started (what `sys` reports).
#[derive(Clone, Debug, Default)]
pub struct Config {
    pub argv: Vec<String>,
    pub isolated: bool,
    pub optimize: u8,
    pub dont_write_bytecode: bool,
    pub executable: String,
    /// `sys.path` at startup: the script's folder (if any), then PYTHONPATH's entries.
    pub path: Vec<String>,
    /// `-u` (or PYTHONUNBUFFERED): stdout and stderr write through at every write.
    pub unbuffered: bool,
    /// `sys.flags` fields the command line and environment set (the others derive from
    /// the fields above).
    pub flags: Flags,
    /// `sys.warnoptions`: PYTHONWARNINGS's entries, then each `-W`.
    pub warnoptions: Vec<String>,
    /// `-X` options as given (`sys._xoptions` maps `name=value` and bare names).
    pub xoptions: Vec<String>,
    /// `sys.orig_argv`: the command line as the process received it.
    pub orig_argv: Vec<String>,
    /// `sys.pycache_prefix` (`-X pycache_prefix=DIR`, PYTHONPYCACHEPREFIX), absolute.
    pub pycache_prefix: Option<String>,
}

/// `sys.implementation.cache_tag`: names the bytecode cache files (`m.pyrs-311.pyc`).
pub const CACHE_TAG: &str = "pyrs-311";

/// The `sys.flags` values not kept elsewhere in [`Config`].
#[derive(Clone, Debug, Default)]
pub struct Flags {
    pub debug: bool,
    pub inspect: bool,
    pub interactive: bool,
    pub no_user_site: bool,
    pub no_site: bool,
    pub ignore_environment: bool,
    pub verbose: u8,
    pub bytes_warning: u8,
    pub quiet: bool,
    /// 0 when PYTHONHASHSEED is 0, else 1.
    pub hash_randomization: bool,
    pub dev_mode: bool,
    pub utf8_mode: bool,
    pub safe_path: bool,
    /// -1 unless `-X int_max_str_digits` or PYTHONINTMAXSTRDIGITS set it.
    pub int_max_str_digits: i64,
}

/// One interpreter.
pub struct Vm {
    /// The value stack shared by all frames: each frame's locals then its operands.
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    pub types: Types,
    pub exc: ExcTypes,
    /// The builtins namespace (a dict object).
    pub builtins: ObjRef,
    /// `sys.modules` (a dict object).
    pub modules: ObjRef,
    pub sys: ObjRef,
    /// The exception the running frame's handlers are handling, or None (see
    /// [`Vm::current_handled`]).
    pub handled: Value,
    /// The callers' `handled` under each running generator (CPython's exc_info stack:
    /// a generator sees its own handled exception, else its caller's).
    pub handled_outer: Vec<Value>,
    pub recursion_limit: usize,
    /// Native re-entries of the eval loop (each counts toward the recursion limit).
    pub native_depth: usize,
    /// Set when an uncaught KeyboardInterrupt ended the program: CPython then exits by
    /// SIGINT (the command line re-raises it), so the parent sees an interrupted process.
    pub interrupted: bool,
    /// Zip files met on import paths (None: that file is not a zip archive).
    archives: RefCell<HashMap<std::path::PathBuf, Option<Rc<archive::ZipArchive>>>>,
    interned: RefCell<pyrs_primitives::fasthash::FastMap<Box<str>, Value>>,
    static_names: RefCell<pyrs_primitives::fasthash::FastMap<(usize, usize), Value>>,
    /// The attribute cache of types: see [`types::TypeCacheEntry`].
    pub type_cache: RefCell<Vec<Option<types::TypeCacheEntry>>>,
    /// The attribute-load cache entries all sites share (see [`frame::SharedAttr`]).
    pub(crate) shared_attrs: Box<[RefCell<frame::SharedAttr>]>,
    pub empty_tuple: Value,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub config: Config,
    pub names: Names,
    /// A reused buffer for the arguments of calls to native functions.
    pub arg_buffer: Vec<Value>,
    /// The one-character strs of the Latin-1 range, shared as CPython shares them (indexing
    /// and iterating strs allocate nothing for them).
    latin1_chars: Vec<Value>,
    /// Containers whose repr is being computed (CPython's `Py_ReprEnter`): a container met
    /// again inside its own repr prints as `[...]`.
    pub repr_guard: Vec<*const object::Object>,
    /// Every class made by Python code (for `__subclasses__()`).
    pub subclasses: Vec<object::WeakObjRef>,
    /// A collection is running (collections do not nest).
    pub gc_running: bool,
    /// `gc.get_stats()`.
    pub gc_stats: [gc::GenStats; 3],
    /// `gc.set_debug()`'s flags.
    pub gc_debug: i64,
    /// The collector's buffers, kept between collections.
    pub gc_work: Vec<std::mem::ManuallyDrop<ObjRef>>,
    pub gc_refs: Vec<isize>,
    /// The 4300-digit limit of int/str conversions (0: none).
    pub int_max_str_digits: usize,
}

impl Vm {
    pub fn new(config: Config) -> Vm {
        let int_max_str_digits = match config.flags.int_max_str_digits {
            n if n >= 0 => n as usize,
            _ => 4300,
        };
        let types = Types::new();
        let exc = ExcTypes::new(types.base_exception.clone());
        let new_dict = || crate::object::ObjRef::new(Object::new(Payload::Dict(dict::Dict::new())));
        let mut vm = Vm {
            stack: Vec::with_capacity(1 << 16),
            frames: Vec::with_capacity(256),
            types,
            exc,
            builtins: new_dict(),
            modules: new_dict(),
            sys: new_dict(),
            handled: Value::None,
            handled_outer: Vec::new(),
            recursion_limit: 1000,
            native_depth: 0,
            interrupted: false,
            archives: RefCell::new(HashMap::new()),
            interned: RefCell::new(pyrs_primitives::fasthash::FastMap::default()),
            static_names: RefCell::new(pyrs_primitives::fasthash::FastMap::default()),
            type_cache: RefCell::new(vec![None; types::TYPE_CACHE_SIZE]),
            shared_attrs: (0..frame::SHARED_ATTRS)
                .map(|_| Default::default())
                .collect(),
            empty_tuple: Value::None,
            not_implemented: Value::obj(Payload::NotImplemented),
            ellipsis: Value::obj(Payload::Ellipsis),
            config,
            latin1_chars: Vec::new(),
            arg_buffer: Vec::new(),
            names: Names {
                getattribute: Value::None,
                getattr: Value::None,
                setattr: Value::None,
                get: Value::None,
                set: Value::None,
                delete: Value::None,
                class: Value::None,
                new: Value::None,
            },
            int_max_str_digits,
            repr_guard: Vec::new(),
            subclasses: Vec::new(),
            gc_running: false,
            gc_stats: Default::default(),
            gc_debug: 0,
            gc_work: Vec::new(),
            gc_refs: Vec::new(),
        };
        vm.empty_tuple = Value::obj(Payload::Tuple(Box::new([])));
        vm.latin1_chars = (0u8..=255)
            .map(|b| Value::obj(Payload::Str(PyStr::new((b as char).to_string()))))
            .collect();
        vm.names = Names {
            getattribute: vm.intern("__getattribute__"),
            getattr: vm.intern("__getattr__"),
            setattr: vm.intern("__setattr__"),
            get: vm.intern("__get__"),
            set: vm.intern("__set__"),
            delete: vm.intern("__delete__"),
            class: vm.intern("__class__"),
            new: vm.intern("__new__"),
        };
        objects::init_types(&mut vm);
        builtins::init(&mut vm);
        subclass::init(&mut vm);
        if !vm.config.warnoptions.is_empty() {
            // As CPython: `-W`/PYTHONWARNINGS import `warnings` at startup, which applies
            // `sys.warnoptions` (and reports the invalid ones).
            let name = vm.intern("warnings");
            let _ = vm.import_name(&name, &Value::None, &Value::Int(0));
        }
        vm
    }

    /// The exception being handled (`sys.exc_info()`, a bare `raise`, implicit
    /// chaining): the running frame's, else the nearest caller's.
    pub fn current_handled(&self) -> &Value {
        if !self.handled.is_none() {
            return &self.handled;
        }
        self.handled_outer
            .iter()
            .rev()
            .find(|v| !v.is_none())
            .unwrap_or(&self.handled)
    }

    /// Whether one more Python frame would pass the recursion limit. Python frames count
    /// toward `sys.getrecursionlimit()`; native re-entries of the eval loop are bounded
    /// separately by what the Rust stack can hold.
    #[inline]
    pub fn recursion_exceeded(&self) -> bool {
        self.frames.len() >= self.recursion_limit || self.native_depth >= MAX_NATIVE_DEPTH
    }

    /// The interned str value of a name known at compile time: found by the address of
    /// the Rust literal, without hashing its text.
    #[inline]
    pub fn name(&self, s: &'static str) -> Value {
        let key = (s.as_ptr() as usize, s.len());
        if let Some(v) = self.static_names.borrow().get(&key) {
            return v.clone();
        }
        let v = self.intern(s);
        self.static_names.borrow_mut().insert(key, v.clone());
        v
    }

    /// The interned str value of an identifier.
    pub fn intern(&self, s: &str) -> Value {
        if let Some(v) = self.interned.borrow().get(s) {
            return v.clone();
        }
        let v = Value::obj(Payload::Str(PyStr::new(s)));
        self.interned.borrow_mut().insert(s.into(), v.clone());
        v
    }

    /// A one-character str.
    #[inline]
    pub fn char_str(&self, c: char) -> Value {
        match self.latin1_chars.get(c as usize) {
            Some(v) => v.clone(),
            None => self.new_str(c.to_string()),
        }
    }

    pub fn new_str(&self, s: impl Into<Box<str>>) -> Value {
        Value::obj(Payload::Str(PyStr::new(s)))
    }

    /// A str of text in generalised UTF-8 (lone surrogates allowed).
    pub fn new_str_wtf8(&self, b: Vec<u8>) -> Value {
        Value::obj(Payload::Str(PyStr::from_wtf8(b)))
    }

    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        if items.is_empty() && !self.empty_tuple.is_none() {
            return self.empty_tuple.clone();
        }
        Value::obj(Payload::Tuple(items.into_boxed_slice()))
    }

    pub fn new_list(&self, items: Vec<Value>) -> Value {
        Value::obj(Payload::List(RefCell::new(items)))
    }

    pub fn new_dict(&self) -> Value {
        Value::obj(Payload::Dict(dict::Dict::new()))
    }

    pub fn new_bigint(&self, b: num_bigint::BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::obj(Payload::BigInt(b)),
        }
    }

    /// A code object ready to run: constants and names made into values.
    pub fn load_code(&self, code: Rc<pyrs_compiler::code::CodeObject>) -> Rc<Code> {
        let consts = code.consts.iter().map(|c| self.const_value(c)).collect();
        let names = code.names.iter().map(|n| self.intern(n)).collect();
        let varnames = code.varnames.iter().map(|n| self.intern(n)).collect();
        let nslots = code.varnames.len() + code.cellvars.len() + code.freevars.len();
        let cell_args = code.cell_args().collect();
        let simple_call = code.kwonlyargcount == 0
            && code.flags
                & (pyrs_compiler::code::flags::VARARGS | pyrs_compiler::code::flags::VARKEYWORDS)
                == 0
            && !code.is_generator();
        let has_cells = !code.cellvars.is_empty() || !code.freevars.is_empty();
        let attr_cache = (0..code.names.len()).map(|_| Default::default()).collect();
        let global_cache = (0..code.names.len())
            .map(|_| std::cell::Cell::new(frame::GlobalCache::default()))
            .collect();
        Rc::new(Code {
            instrs: quicken::quicken(&code.instrs),
            code,
            consts,
            names,
            varnames,
            nslots,
            cell_args,
            simple_call,
            has_cells,
            global_cache,
            attr_cache,
        })
    }

    fn const_value(&self, c: &pyrs_compiler::code::Const) -> Value {
        use pyrs_compiler::code::Const;
        match c {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(*b),
            Const::Ellipsis => self.ellipsis.clone(),
            Const::Int(i) => Value::Int(*i),
            Const::BigInt(b) => self.new_bigint((**b).clone()),
            Const::Float(f) => Value::Float(*f),
            Const::Complex { real, imag } => Value::obj(Payload::Complex(*real, *imag)),
            Const::Str(s) => {
                if s.len() <= 32 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                    self.intern(s)
                } else {
                    self.new_str(&**s)
                }
            }
            Const::SurrogateStr(s) => self.new_str_wtf8(s.to_vec()),
            Const::Bytes(b) => Value::obj(Payload::Bytes(b.to_vec().into_boxed_slice())),
            Const::Tuple(items) => {
                self.new_tuple(items.iter().map(|c| self.const_value(c)).collect())
            }
            Const::FrozenSet(items) => {
                let data = set::SetData::default();
                for c in items.iter() {
                    let v = self.const_value(c);
                    if let Ok(h) = ops::native_hash(&v) {
                        data.keys.insert_unique(h, v, Value::None);
                    }
                }
                Value::obj(Payload::frozenset(data))
            }
            Const::Code(code) => Value::obj(Payload::Code(self.load_code(code.clone()))),
        }
    }

    /// A builtin, by name.
    pub fn builtin(&self, name: &str) -> Option<Value> {
        self.dict_of(&self.builtins)?.get_str(&self.intern(name))
    }
}
