//! The builtin exception hierarchy and the constructors of exception objects.

use crate::dict::Dict;
use crate::object::{BaseKind, ExceptionData, ObjRef, Object, Payload};
use crate::types::new_type;
use crate::value::Value;
use crate::Vm;
use std::cell::{Cell, RefCell};

macro_rules! exception_types {
    ($root:ident; $( $field:ident : $name:literal < $base:ident ; )*) => {
        /// Every builtin exception class.
        #[derive(Debug)]
        pub struct ExcTypes {
            pub base_exception: ObjRef,
            $( pub $field: ObjRef, )*
        }

        impl ExcTypes {
            pub fn new($root: ObjRef) -> ExcTypes {
                $( let $field = new_type($name, vec![$base.clone()], BaseKind::Exception, false); )*
                ExcTypes { base_exception: $root, $( $field, )* }
            }

            /// Every class with its name, for the builtins module.
            pub fn all(&self) -> Vec<(&'static str, ObjRef)> {
                vec![("BaseException", self.base_exception.clone()), $( ($name, self.$field.clone()), )*]
            }
        }
    };
}

exception_types! {
    base_exception;
    system_exit: "SystemExit" < base_exception;
    keyboard_interrupt: "KeyboardInterrupt" < base_exception;
    generator_exit: "GeneratorExit" < base_exception;
    exception: "Exception" < base_exception;
    stop_iteration: "StopIteration" < exception;
    stop_async_iteration: "StopAsyncIteration" < exception;
    arithmetic_error: "ArithmeticError" < exception;
    floating_point_error: "FloatingPointError" < arithmetic_error;
    overflow_error: "OverflowError" < arithmetic_error;
    zero_division_error: "ZeroDivisionError" < arithmetic_error;
    assertion_error: "AssertionError" < exception;
    attribute_error: "AttributeError" < exception;
    buffer_error: "BufferError" < exception;
    eof_error: "EOFError" < exception;
    import_error: "ImportError" < exception;
    module_not_found_error: "ModuleNotFoundError" < import_error;
    lookup_error: "LookupError" < exception;
    index_error: "IndexError" < lookup_error;
    key_error: "KeyError" < lookup_error;
    memory_error: "MemoryError" < exception;
    name_error: "NameError" < exception;
    unbound_local_error: "UnboundLocalError" < name_error;
    os_error: "OSError" < exception;
    blocking_io_error: "BlockingIOError" < os_error;
    child_process_error: "ChildProcessError" < os_error;
    connection_error: "ConnectionError" < os_error;
    broken_pipe_error: "BrokenPipeError" < connection_error;
    connection_aborted_error: "ConnectionAbortedError" < connection_error;
    connection_refused_error: "ConnectionRefusedError" < connection_error;
    connection_reset_error: "ConnectionResetError" < connection_error;
    file_exists_error: "FileExistsError" < os_error;
    file_not_found_error: "FileNotFoundError" < os_error;
    interrupted_error: "InterruptedError" < os_error;
    is_a_directory_error: "IsADirectoryError" < os_error;
    not_a_directory_error: "NotADirectoryError" < os_error;
    permission_error: "PermissionError" < os_error;
    process_lookup_error: "ProcessLookupError" < os_error;
    timeout_error: "TimeoutError" < os_error;
    reference_error: "ReferenceError" < exception;
    runtime_error: "RuntimeError" < exception;
    not_implemented_error: "NotImplementedError" < runtime_error;
    recursion_error: "RecursionError" < runtime_error;
    syntax_error: "SyntaxError" < exception;
    indentation_error: "IndentationError" < syntax_error;
    tab_error: "TabError" < indentation_error;
    system_error: "SystemError" < exception;
    type_error: "TypeError" < exception;
    value_error: "ValueError" < exception;
    unicode_error: "UnicodeError" < value_error;
    unicode_decode_error: "UnicodeDecodeError" < unicode_error;
    unicode_encode_error: "UnicodeEncodeError" < unicode_error;
    unicode_translate_error: "UnicodeTranslateError" < unicode_error;
    warning: "Warning" < exception;
    deprecation_warning: "DeprecationWarning" < warning;
    pending_deprecation_warning: "PendingDeprecationWarning" < warning;
    runtime_warning: "RuntimeWarning" < warning;
    syntax_warning: "SyntaxWarning" < warning;
    user_warning: "UserWarning" < warning;
    future_warning: "FutureWarning" < warning;
    import_warning: "ImportWarning" < warning;
    unicode_warning: "UnicodeWarning" < warning;
    bytes_warning: "BytesWarning" < warning;
    resource_warning: "ResourceWarning" < warning;
    encoding_warning: "EncodingWarning" < warning;
}

impl Vm {
    /// A new exception object of class `cls` with the given args tuple items.
    pub fn new_exception(&self, cls: &ObjRef, args: Vec<Value>) -> ObjRef {
        crate::object::ObjRef::new(Object::new(Payload::Exception(Box::new(ExceptionData {
            cls: cls.clone(),
            args: RefCell::new(self.new_tuple(args)),
            traceback: RefCell::new(Vec::new()),
            cause: RefCell::new(Value::None),
            context: RefCell::new(Value::None),
            suppress_context: Cell::new(false),
            suggestion: RefCell::new(None),
            dict: crate::object::ObjRef::new(Object::new(Payload::Dict(Dict::new()))),
        }))))
    }

    /// An exception of class `cls` with one message argument.
    #[cold]
    pub fn new_error(&self, cls: &ObjRef, msg: impl Into<String>) -> ObjRef {
        let msg = self.new_str(msg.into());
        self.new_exception(cls, vec![msg])
    }

    #[cold]
    pub fn type_error(&self, msg: impl Into<String>) -> ObjRef {
        self.new_error(&self.exc.type_error, msg)
    }

    #[cold]
    pub fn value_error(&self, msg: impl Into<String>) -> ObjRef {
        self.new_error(&self.exc.value_error, msg)
    }

    #[cold]
    pub fn index_error(&self, msg: impl Into<String>) -> ObjRef {
        self.new_error(&self.exc.index_error, msg)
    }

    #[cold]
    pub fn overflow_error(&self, msg: impl Into<String>) -> ObjRef {
        self.new_error(&self.exc.overflow_error, msg)
    }

    #[cold]
    pub fn zero_division(&self, msg: impl Into<String>) -> ObjRef {
        self.new_error(&self.exc.zero_division_error, msg)
    }

    #[cold]
    pub fn runtime_error(&self, msg: impl Into<String>) -> ObjRef {
        self.new_error(&self.exc.runtime_error, msg)
    }

    /// `KeyError(key)`.
    #[cold]
    pub fn key_error(&self, key: Value) -> ObjRef {
        self.new_exception(&self.exc.key_error, vec![key])
    }

    /// An error of `pyrs_primitives`, as the Python exception it stands for.
    #[cold]
    pub fn primitive_error(&self, e: pyrs_primitives::Error) -> ObjRef {
        use pyrs_primitives::ErrorKind as K;
        let cls = match e.kind {
            K::ValueError => &self.exc.value_error,
            K::TypeError => &self.exc.type_error,
            K::OverflowError => &self.exc.overflow_error,
            K::ZeroDivisionError => &self.exc.zero_division_error,
            K::IndexError => &self.exc.index_error,
            K::MemoryError => &self.exc.memory_error,
        };
        self.new_error(cls, e.msg)
    }

    /// `AttributeError: 'T' object has no attribute 'x'` with its `name` and `obj`.
    #[cold]
    pub fn attribute_error(&self, obj: &Value, name: &Value) -> ObjRef {
        let msg = match obj.payload() {
            Some(Payload::Type(t)) => format!(
                "type object '{}' has no attribute '{}'",
                t.name.borrow(),
                name.as_str().unwrap_or("?")
            ),
            Some(Payload::Module(m)) => format!(
                "module '{}' has no attribute '{}'",
                m.name,
                name.as_str().unwrap_or("?")
            ),
            _ => format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                name.as_str().unwrap_or("?")
            ),
        };
        let e = self.new_error(&self.exc.attribute_error, msg);
        if let Payload::Exception(x) = &e.payload {
            if let Payload::Dict(d) = &x.dict.payload {
                d.set_str(self.intern("name"), name.clone());
                d.set_str(self.intern("obj"), obj.clone());
            }
        }
        e
    }

    /// The exception data of an exception object.
    pub fn exc_data<'a>(&self, e: &'a ObjRef) -> Option<&'a ExceptionData> {
        match &e.payload {
            Payload::Exception(x) => Some(x),
            _ => None,
        }
    }

    /// Whether exception object `e` is an instance of class `cls`.
    pub fn exc_matches(&self, e: &ObjRef, cls: &ObjRef) -> bool {
        let t = self.type_of_obj(e);
        self.is_subtype(&t, cls)
    }

    /// An exception attribute stored in its dict (`value`, `code`, `errno`...).
    pub fn exc_attr(&self, e: &ObjRef, name: &str) -> Option<Value> {
        let x = self.exc_data(e)?;
        match &x.dict.payload {
            Payload::Dict(d) => d.get_str(&self.intern(name)),
            _ => None,
        }
    }

    pub fn set_exc_attr(&self, e: &ObjRef, name: &str, v: Value) {
        if let Some(x) = self.exc_data(e) {
            if let Payload::Dict(d) = &x.dict.payload {
                d.set_str(self.intern(name), v);
            }
        }
    }
}
