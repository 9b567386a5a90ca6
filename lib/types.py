"""The types module: names for the interpreter's own object types, and class-creation helpers.

Each type is taken from a real object of that type (``type(len)``, ``type(sys)``, ...).
Where pyrs has no such type yet, a stand-in class of the same name is used: nothing is an
instance of it and it cannot be instantiated, so ``isinstance`` answers False rather than
confusing two different kinds of object.  ``SimpleNamespace`` and ``GenericAlias`` are
written here in Python when the interpreter's own cannot be used.
"""

import sys
from _pyrs import c_named as _c_named

__all__ = ["FunctionType", "LambdaType", "CodeType", "MappingProxyType", "SimpleNamespace",
           "CellType", "GeneratorType", "CoroutineType", "AsyncGeneratorType", "MethodType",
           "BuiltinFunctionType", "BuiltinMethodType", "WrapperDescriptorType",
           "MethodWrapperType", "MethodDescriptorType", "ClassMethodDescriptorType",
           "ModuleType", "TracebackType", "FrameType", "GetSetDescriptorType",
           "MemberDescriptorType", "new_class", "resolve_bases", "prepare_class",
           "DynamicClassAttribute", "coroutine", "GenericAlias", "UnionType", "EllipsisType",
           "NoneType", "NotImplementedType"]


def _stand_in(name):
    """A placeholder for a builtin type the interpreter does not have (yet)."""
    def __new__(cls, *args, **kwargs):
        raise TypeError(f"cannot create '{name}' instances")
    return type(name, (), {"__new__": __new__, "__module__": "builtins", "__slots__": ()})


def _type_of(name, make, *not_it):
    """The type of what ``make()`` returns; a stand-in called ``name`` when that raises
    AttributeError or gives one of the types ``not_it`` (what pyrs uses instead)."""
    try:
        found = type(make())
    except AttributeError:
        return _stand_in(name)
    for other in not_it:
        if found is other:
            return _stand_in(name)
    return found


# --- Functions, code, methods ---------------------------------------------------------------

def _function():
    pass

FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)


class _HasMethod:
    def method(self):
        pass

MethodType = type(_HasMethod().method)
del _HasMethod

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)

ClassMethodDescriptorType = _type_of("classmethod_descriptor",
                                     lambda: dict.__dict__["fromkeys"], MethodDescriptorType)

# Attribute descriptors of builtin types: a computed one (getset) and a slot (member).
GetSetDescriptorType = _type_of("getset_descriptor", lambda: FunctionType.__code__, property)
class _Slotted:
    __slots__ = ("slot",)

MemberDescriptorType = type(_Slotted.slot)
del _Slotted

ModuleType = type(sys)
MappingProxyType = type(type.__dict__)


def _cell_factory():
    value = None

    def inner():
        return value
    return inner.__closure__[0]

CellType = type(_cell_factory())


# --- Generators, coroutines, asynchronous generators ------------------------------------------

def _generator():
    yield 1

GeneratorType = type(_generator())


async def _coroutine():
    pass

_c = _coroutine()
CoroutineType = type(_c)
if hasattr(_c, "close"):
    _c.close()      # an unawaited coroutine would warn when it dies
del _c


async def _async_generator():
    yield 1

AsyncGeneratorType = _type_of("async_generator", _async_generator, GeneratorType)


# --- Frames and tracebacks ----------------------------------------------------------------------

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    FrameType = type(_exc.__traceback__.tb_frame)


# --- Singletons' types, unions ------------------------------------------------------------------

NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)
UnionType = type(int | str)


# --- SimpleNamespace ------------------------------------------------------------------------------

def _native_namespace():
    native = type(sys.implementation)
    try:
        native(probe=1)
    except TypeError:
        return None
    return native

SimpleNamespace = _native_namespace()

if SimpleNamespace is None:
    _repr_running = set()

    @_c_named
    class SimpleNamespace:
        """An object whose attributes are the keyword arguments it was made with."""

        def __init__(self, *args, **kwargs):
            if args:
                raise TypeError("no positional arguments expected")
            self.__dict__.update(kwargs)

        def __repr__(self):
            cls = type(self)
            name = "namespace" if cls is SimpleNamespace else cls.__name__
            key = id(self)
            if key in _repr_running:
                return name + "(...)"
            _repr_running.add(key)
            try:
                fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
            finally:
                _repr_running.discard(key)
            return f"{name}({fields})"

        def __eq__(self, other):
            # The real classes, not ``__class__`` (which an object may fake).
            if issubclass(type(self), SimpleNamespace) and issubclass(type(other), SimpleNamespace):
                return self.__dict__ == other.__dict__
            return NotImplemented

        __hash__ = None

        def __reduce__(self):
            return (type(self), (), self.__dict__)

    # The interpreter made sys.implementation before this class existed: it becomes one of
    # these, as CPython's is.
    sys.implementation = SimpleNamespace(**sys.implementation.__dict__)

del _native_namespace


# --- GenericAlias ---------------------------------------------------------------------------------

# Written here; the interpreter's `list[int]` (and dict, tuple, set, frozenset) makes these.
if True:
    # Names an alias answers itself; every other attribute is read from its origin, so that
    # ``list[int].append is list.append`` and ``list[int].__name__ == "list"``.
    _alias_own = frozenset({
        "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
        "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
        "__copy__", "__deepcopy__"})

    def _alias_item_repr(item):
        if item is Ellipsis:
            return "..."
        if isinstance(item, GenericAlias):
            return repr(item)
        try:
            qualname = item.__qualname__
            module = item.__module__
        except AttributeError:
            return repr(item)
        if not isinstance(qualname, str) or not isinstance(module, str):
            return repr(item)
        if module == "builtins":
            return qualname
        return f"{module}.{qualname}"

    def _is_type_parameter(obj):
        return not isinstance(obj, type) and hasattr(type(obj), "__typing_subst__")

    def _collect_parameters(args):
        found = []
        for arg in args:
            if isinstance(arg, type):
                continue
            if _is_type_parameter(arg):
                if arg not in found:
                    found.append(arg)
                continue
            try:
                inner = arg.__parameters__
            except AttributeError:
                continue
            if isinstance(inner, tuple):
                for p in inner:
                    if p not in found:
                        found.append(p)
        return tuple(found)

    class GenericAlias:
        """A parameterised generic type such as ``list[int]``: ``__origin__`` is ``list``,
        ``__args__`` is ``(int,)``."""

        __slots__ = ("__origin__", "__args__", "__parameters__", "__weakref__")

        def __new__(cls, *args, **kwargs):
            if kwargs:
                raise TypeError("GenericAlias() takes no keyword arguments")
            if len(args) != 2:
                raise TypeError(f"GenericAlias expected 2 arguments, got {len(args)}")
            origin, params = args
            if not isinstance(params, tuple):
                params = (params,)
            self = object.__new__(cls)
            set_ = object.__setattr__
            set_(self, "__origin__", origin)
            set_(self, "__args__", params)
            set_(self, "__parameters__", _collect_parameters(params))
            return self

        def __getattribute__(self, name):
            if name in _alias_own:
                return object.__getattribute__(self, name)
            return getattr(object.__getattribute__(self, "__origin__"), name)

        def __setattr__(self, name, value):
            if name in _alias_own:
                raise AttributeError("readonly attribute")
            raise AttributeError(f"'types.GenericAlias' object has no attribute '{name}'")

        __unpacked__ = False
        __typing_unpacked_tuple_args__ = None

        def __repr__(self):
            get = object.__getattribute__
            args = get(self, "__args__")
            inner = ", ".join(_alias_item_repr(a) for a in args) if args else "()"
            return f"{_alias_item_repr(get(self, '__origin__'))}[{inner}]"

        def __eq__(self, other):
            if not isinstance(other, GenericAlias):
                return NotImplemented
            get = object.__getattribute__
            return (get(self, "__origin__") == get(other, "__origin__")
                    and get(self, "__args__") == get(other, "__args__"))

        def __hash__(self):
            get = object.__getattribute__
            return hash(get(self, "__origin__")) ^ hash(get(self, "__args__"))

        def __call__(self, *args, **kwargs):
            result = object.__getattribute__(self, "__origin__")(*args, **kwargs)
            try:
                result.__orig_class__ = self
            except (AttributeError, TypeError):
                pass
            return result

        def __mro_entries__(self, bases):
            return (object.__getattribute__(self, "__origin__"),)

        def __instancecheck__(self, obj):
            raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

        def __subclasscheck__(self, cls):
            raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

        def __getitem__(self, items):
            get = object.__getattribute__
            params = get(self, "__parameters__")
            if not params:
                raise TypeError(f"{self!r} is not a generic class")
            if not isinstance(items, tuple):
                items = (items,)
            if len(items) != len(params):
                which = "many" if len(items) > len(params) else "few"
                raise TypeError(f"Too {which} arguments for {self!r}; "
                                f"actual {len(items)}, expected {len(params)}")
            table = dict(zip(params, items))
            new_args = []
            for arg in get(self, "__args__"):
                if _is_type_parameter(arg):
                    arg = table[arg]
                elif not isinstance(arg, type):
                    inner = getattr(arg, "__parameters__", None)
                    if isinstance(inner, tuple) and inner:
                        arg = arg[tuple(table[p] for p in inner)]
                new_args.append(arg)
            return type(self)(get(self, "__origin__"), tuple(new_args))

        def __reduce__(self):
            get = object.__getattribute__
            return (type(self), (get(self, "__origin__"), get(self, "__args__")))

        def __dir__(self):
            names = set(dir(object.__getattribute__(self, "__origin__")))
            names.update(_alias_own)
            return sorted(names)


# --- Building classes -----------------------------------------------------------------------------

def resolve_bases(bases):
    """The bases with every non-class that has ``__mro_entries__`` replaced by what that
    method returns (PEP 560); ``bases`` itself when nothing was replaced."""
    resolved = []
    changed = False
    for base in bases:
        entries = None if isinstance(base, type) else getattr(base, "__mro_entries__", None)
        if entries is None:
            resolved.append(base)
            continue
        replacement = entries(bases)
        if not isinstance(replacement, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        resolved.extend(replacement)
        changed = True
    return tuple(resolved) if changed else bases


def _most_derived_metaclass(meta, bases):
    winner = meta
    for base in bases:
        candidate = type(base)
        if issubclass(winner, candidate):
            continue
        if issubclass(candidate, winner):
            winner = candidate
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Choose the metaclass for a class ``name`` with these bases and keywords, and let it
    prepare the namespace.  Returns ``(metaclass, namespace, keywords)``, the keywords being
    a copy of ``kwds`` without ``metaclass``."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _most_derived_metaclass(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Make a class as a ``class`` statement would; ``exec_body(ns)`` fills its namespace."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


# --- DynamicClassAttribute ----------------------------------------------------------------------

class DynamicClassAttribute:
    """A property of the instances only: read on the class itself it raises AttributeError,
    so that the class's ``__getattr__`` (its metaclass's) answers instead.  Enum uses it."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        # Without an explicit doc, the getter's docstring is used (and follows the getter).
        self.overwrite_doc = doc is None
        if not doc and fget is not None:
            doc = fget.__doc__
        self.__doc__ = doc
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _replaced(self, fget, fset, fdel, doc):
        copy = type(self)(fget, fset, fdel, doc)
        copy.overwrite_doc = self.overwrite_doc
        return copy

    def getter(self, fget):
        doc = fget.__doc__ if self.overwrite_doc else None
        return self._replaced(fget, self.fset, self.fdel, doc or self.__doc__)

    def setter(self, fset):
        return self._replaced(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._replaced(self.fget, self.fset, fdel, self.__doc__)


# --- coroutine ------------------------------------------------------------------------------------

_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


class _GeneratorWrapper:
    """What a function decorated with ``coroutine`` returns when it returns a generator-like
    object that is not a generator: that object, awaitable."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, typ, *rest):
        return self.__wrapped.throw(typ, *rest)

    def close(self):
        return self.__wrapped.close()

    gi_code = property(lambda self: self.__wrapped.gi_code)
    gi_frame = property(lambda self: self.__wrapped.gi_frame)
    gi_running = property(lambda self: self.__wrapped.gi_running)
    gi_yieldfrom = property(lambda self: self.__wrapped.gi_yieldfrom)

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__


def coroutine(func):
    """Make a generator function (or any callable returning a generator) usable with ``await``."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")

    if func.__class__ is FunctionType and getattr(func, "__code__", None).__class__ is CodeType:
        flags = func.__code__.co_flags
        if flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE):
            return func
        if flags & _CO_GENERATOR:
            # A generator function: its generators become awaitable.
            func.__code__ = func.__code__.replace(co_flags=flags | _CO_ITERABLE_COROUTINE)
            return func

    from _collections_abc import Generator, Coroutine
    from functools import update_wrapper

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        cls = result.__class__
        if cls is CoroutineType:
            return result
        if cls is GeneratorType and result.gi_code.co_flags & _CO_ITERABLE_COROUTINE:
            return result
        if isinstance(result, Generator) and not isinstance(result, Coroutine):
            return _GeneratorWrapper(result)
        return result

    return update_wrapper(wrapped, func)


del sys, _function, _generator, _coroutine, _async_generator, _stand_in, _type_of
