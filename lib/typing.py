"""The typing module: runtime support for type hints (Python 3.11's API, written for pyrs).

Nothing here checks types.  The module gives annotations something to name -- special forms
(``Union``, ``Optional``, ``Literal``, ``ClassVar``...), generic aliases of the builtin and
``collections.abc`` classes (``List[int]``, ``Callable[[int], str]``...), type variables,
``Generic`` and ``Protocol`` base classes, ``NamedTuple`` and ``TypedDict`` class factories --
and the introspection helpers (``get_type_hints``, ``get_origin``, ``get_args``) that read them
back.  Reprs and error messages follow CPython 3.11.

The layout:

* ``_SpecialForm`` instances are the bare forms (``Union``, ``ClassVar``, ``NoReturn``...);
  subscripting one calls the function it was made from.
* ``_SpecialGenericAlias`` instances stand for an unsubscripted builtin or ABC (``List``,
  ``Iterable``...), ``_GenericAlias`` instances for any subscripted form (``List[int]``,
  ``Box[int]``, ``ClassVar[int]``); a few subclasses adjust the repr, equality or
  substitution of ``Callable``, ``Union``, ``Literal``, ``Annotated`` and ``Concatenate``.
* Substituting type variables (``Dict[K, V][str, int]``) maps each alias's
  ``__parameters__`` to the new arguments and rebuilds it with ``copy_with``.
"""

import collections
import collections.abc
import contextlib
import functools
import operator
import sys
import types
from abc import ABCMeta, abstractmethod

__all__ = [
    # Special forms and typing-only names
    "Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final", "ForwardRef",
    "Generic", "Literal", "Optional", "ParamSpec", "Protocol", "Tuple", "Type", "TypeVar",
    "Union",
    # ABC and builtin aliases
    "AbstractSet", "ByteString", "Container", "ContextManager", "Hashable", "ItemsView",
    "Iterable", "Iterator", "KeysView", "Mapping", "MappingView", "MutableMapping",
    "MutableSequence", "MutableSet", "Sequence", "Sized", "ValuesView", "Awaitable",
    "AsyncIterator", "AsyncIterable", "Coroutine", "Collection", "AsyncGenerator",
    "AsyncContextManager", "Reversible", "SupportsAbs", "SupportsBytes", "SupportsComplex",
    "SupportsFloat", "SupportsIndex", "SupportsInt", "SupportsRound", "ChainMap", "Counter",
    "Deque", "Dict", "DefaultDict", "List", "OrderedDict", "Set", "FrozenSet", "NamedTuple",
    "TypedDict", "Generator", "BinaryIO", "IO", "Match", "Pattern", "TextIO",
    # Functions and constants
    "AnyStr", "assert_type", "assert_never", "cast", "clear_overloads", "dataclass_transform",
    "final", "get_args", "get_origin", "get_overloads", "get_type_hints", "is_typeddict",
    "LiteralString", "Never", "NewType", "no_type_check", "no_type_check_decorator",
    "NoReturn", "NotRequired", "overload", "ParamSpecArgs", "ParamSpecKwargs", "Required",
    "reveal_type", "runtime_checkable", "Self", "Text", "TYPE_CHECKING", "TypeAlias",
    "TypeGuard",
]

_NoneType = type(None)


# --- Small helpers ---------------------------------------------------------------------------------

def _is_dunder(name):
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


def _caller_module(depth=2):
    """``__name__`` of the module of the frame ``depth`` levels above this function (1 is its
    caller); used to find the user code that called a typing function.  None when frames
    cannot be inspected."""
    try:
        return sys._getframe(depth).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return None


def _type_repr(obj):
    """How ``obj`` appears inside the repr of an alias: classes by their dotted name (bare for
    builtins), ``...`` for Ellipsis, functions by name, anything else by its repr."""
    if isinstance(obj, types.GenericAlias):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is Ellipsis:
        return "..."
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_convert(arg, module=None, *, allow_special_forms=False):
    """None stands for NoneType and a string for a forward reference."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """``arg`` converted as _type_convert does, or TypeError when it cannot stand where a type
    is expected (a tuple, a bare special form, ``ClassVar[...]`` inside another type...)."""
    arg = _type_convert(arg, module, allow_special_forms=allow_special_forms)
    if isinstance(arg, _GenericAlias):
        origin = arg.__origin__
        if (origin is Generic or origin is Protocol
                or (not allow_special_forms
                    and (origin is ClassVar or (is_argument and origin is Final)))):
            raise TypeError(f"{arg} is not valid as type argument")
    for ok in _BARE_OK:
        if arg is ok:
            return arg
    if allow_special_forms and (arg is ClassVar or arg is Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg is Generic or arg is Protocol:
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _is_param_expr(arg):
    """Whether ``arg`` can stand for a Callable's parameter list."""
    return (arg is Ellipsis or isinstance(arg, (tuple, list))
            or isinstance(arg, (ParamSpec, _ConcatenateGenericAlias)))


def _collect_parameters(args):
    """The type variables in ``args``, in order of first appearance, each once."""
    found = []
    for arg in args:
        if isinstance(arg, type):
            continue
        if isinstance(arg, tuple):
            inner = _collect_parameters(arg)
        elif hasattr(arg, "__typing_subst__"):
            inner = (arg,)
        else:
            inner = getattr(arg, "__parameters__", ())
            if not isinstance(inner, tuple):
                continue
        for p in inner:
            if p not in found:
                found.append(p)
    return tuple(found)


def _check_arity(alias, args, expected):
    if not expected:
        raise TypeError(f"{alias} is not a generic class")
    if len(args) != expected:
        which = "many" if len(args) > expected else "few"
        raise TypeError(f"Too {which} arguments for {alias}; actual {len(args)}, "
                        f"expected {expected}")


def _dedupe(params):
    """``params`` without repeats, first occurrences kept (needs hashable items)."""
    seen = set()
    kept = []
    for p in params:
        if p not in seen:
            seen.add(p)
            kept.append(p)
    return tuple(kept)


# Subscriptions are cached, as in CPython: ``List[int] is List[int]``.  The key holds the
# types of the arguments so that ``Literal[1]`` and ``Literal[True]`` stay apart.
_CACHE_LIMIT = 512


def _cached(func):
    cache = {}

    def subscript(self, params):
        kinds = tuple(type(p) for p in params) if type(params) is tuple else type(params)
        key = (self, params, kinds)
        try:
            hit = cache.get(key)
        except TypeError:               # something unhashable: no caching
            return func(self, params)
        if hit is None:
            hit = func(self, params)
            if len(cache) >= _CACHE_LIMIT:
                cache.clear()
            cache[key] = hit
        return hit

    subscript.__name__ = func.__name__
    subscript.__qualname__ = func.__qualname__
    subscript.__doc__ = func.__doc__
    return subscript


class _Final:
    """Base of typing's own classes: user code may not derive from them."""

    __slots__ = ()

    def __init_subclass__(cls, /, *args, **kwargs):
        if cls.__module__ != __name__:
            raise TypeError("Cannot subclass special typing classes")
        super().__init_subclass__(*args, **kwargs)


def _union_or(self, other):
    return Union[self, other]


def _union_ror(self, other):
    return Union[other, self]


# --- Special forms -------------------------------------------------------------------------------

class _SpecialForm(_Final):
    """A bare typing construct such as ``Union`` or ``NoReturn``; it is made from the
    function that handles its subscription, whose name and docstring it takes."""

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, attr):
        if attr in ("__name__", "__qualname__"):
            return self._name
        raise AttributeError(attr)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    __iter__ = None     # not iterable, despite __getitem__

    __or__ = _union_or
    __ror__ = _union_ror

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    @_cached
    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


def _named_form(name, doc, getitem):
    getitem.__name__ = name
    getitem.__doc__ = doc
    return _SpecialForm(getitem)


def _bare_form(name, doc):
    """A form that cannot be subscripted, such as ``NoReturn``."""
    def getitem(self, parameters):
        raise TypeError(f"{self} is not subscriptable")
    return _named_form(name, doc, getitem)


NoReturn = _bare_form("NoReturn", "The return type of a function that never returns.")
Never = _bare_form("Never", "The bottom type: no value has it.")
Self = _bare_form("Self", "The type of the current class (inside its methods).")
LiteralString = _bare_form("LiteralString", "A str made only of literal strings.")
TypeAlias = _bare_form("TypeAlias", "Marks a module-level assignment as a type alias.")


def _single_type_form(message):
    """The subscription of a form taking exactly one type, e.g. ``ClassVar[int]``."""
    def getitem(self, parameters):
        item = _type_check(parameters, message.format(self=self, name=self._name))
        return _GenericAlias(self, (item,))
    return getitem


ClassVar = _named_form("ClassVar", "A class variable: ``ClassVar[int]``.",
                       _single_type_form("{self} accepts only single type."))
Final = _named_form("Final", "A name that must not be reassigned: ``Final[int]``.",
                    _single_type_form("{self} accepts only single type."))
TypeGuard = _named_form("TypeGuard", "The return type of a user-defined type guard.",
                        _single_type_form("{self} accepts only single type."))
Required = _named_form("Required", "A key a TypedDict must have.",
                       _single_type_form("{name} accepts only a single type."))
NotRequired = _named_form("NotRequired", "A key a TypedDict may lack.",
                          _single_type_form("{name} accepts only a single type."))


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    flat = []
    for p in parameters:
        p = _type_check(p, msg)
        if isinstance(p, (_UnionGenericAlias, types.UnionType)):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    flat = _dedupe(flat)
    if len(flat) == 1:
        return flat[0]
    if len(flat) == 2 and _NoneType in flat:
        return _UnionGenericAlias(self, flat, name="Optional")
    return _UnionGenericAlias(self, flat)


Union = _named_form("Union", "Union[X, Y]: a value of type X or of type Y.", _union_getitem)


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, _NoneType]


Optional = _named_form("Optional", "Optional[X] is Union[X, None].", _optional_getitem)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    values = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            values.extend(p.__args__)
        else:
            values.append(p)
    try:
        kept = _dedupe([(v, type(v)) for v in values])
        values = [v for v, _ in kept]
    except TypeError:               # an unhashable value: keep them all
        pass
    return _LiteralGenericAlias(self, tuple(values))


Literal = _named_form("Literal", "Literal[v, ...]: exactly one of these values.",
                      _literal_getitem)


def _concatenate_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    last = parameters[-1]
    if not (last is Ellipsis or isinstance(last, ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    msg = "Concatenate[arg, ...]: each arg must be a type."
    args = tuple(_type_check(p, msg) for p in parameters[:-1]) + (last,)
    return _ConcatenateGenericAlias(self, args)


Concatenate = _named_form("Concatenate", "Concatenate[X, P]: the parameters X, then P.",
                          _concatenate_getitem)


class _AnyMeta(type):
    """Metaclass of Any: its repr is ``typing.Any`` and isinstance() refuses it."""

    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """The type every value has, compatible with every type.  It may be subclassed (the
    subclass then passes for anything to a type checker) but not instantiated."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


_BARE_OK = (Any, LiteralString, NoReturn, Never, Self, TypeAlias)


# --- Forward references ------------------------------------------------------------------------

class ForwardRef(_Final):
    """An annotation written as a string, kept with its compiled code until it is
    evaluated (by get_type_hints)."""

    __slots__ = ("__forward_arg__", "__forward_code__", "__forward_evaluated__",
                 "__forward_value__", "__forward_is_argument__", "__forward_is_class__",
                 "__forward_module__")

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        try:
            code = compile(arg, "<string>", "eval")
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard):
        if self.__forward_arg__ in recursive_guard:
            return self
        if self.__forward_evaluated__ and localns is globalns:
            return self.__forward_value__
        if globalns is None:
            globalns = {} if localns is None else localns
        if localns is None:
            localns = globalns
        if self.__forward_module__ is not None:
            module = sys.modules.get(self.__forward_module__)
            globalns = getattr(module, "__dict__", globalns)
        value = _type_check(eval(self.__forward_code__, globalns, localns),
                            "Forward references must evaluate to types.",
                            is_argument=self.__forward_is_argument__,
                            allow_special_forms=self.__forward_is_class__)
        value = _eval_type(value, globalns, localns,
                           recursive_guard | {self.__forward_arg__})
        self.__forward_value__ = value
        self.__forward_evaluated__ = True
        return value

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__
                    and self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    __or__ = _union_or
    __ror__ = _union_ror

    def __repr__(self):
        if self.__forward_module__ is None:
            return f"ForwardRef({self.__forward_arg__!r})"
        return f"ForwardRef({self.__forward_arg__!r}, module={self.__forward_module__!r})"


# --- Type variables -----------------------------------------------------------------------------

class _TypeVarLike:
    """What TypeVar and ParamSpec share: variance, bound, repr, ``|``, pickling by name."""

    def _set_variance(self, bound, covariant, contravariant):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound else None

    def _set_module(self):
        module = _caller_module(3)
        if module != __name__:
            self.__module__ = module

    def __repr__(self):
        if self.__covariant__:
            return "+" + self.__name__
        if self.__contravariant__:
            return "-" + self.__name__
        return "~" + self.__name__

    __or__ = _union_or
    __ror__ = _union_ror

    def __reduce__(self):
        return self.__name__


class TypeVar(_Final, _TypeVarLike):
    """A type variable: ``T = TypeVar("T")``, optionally with a bound
    (``TypeVar("N", bound=int)``) or constraints (``TypeVar("S", str, bytes)``); ``~T``,
    ``+T`` and ``-T`` in reprs mark the invariant, covariant and contravariant ones."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(bound, covariant, contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self._set_module()

    def __typing_subst__(self, arg):
        return _type_check(arg, "Parameters to generic types must be types.")


class ParamSpecArgs(_Final):
    """``P.args``: the positional arguments of a ParamSpec ``P``."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    __hash__ = object.__hash__


class ParamSpecKwargs(_Final):
    """``P.kwargs``: the keyword arguments of a ParamSpec ``P``."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    __hash__ = object.__hash__


class ParamSpec(_Final, _TypeVarLike):
    """A parameter specification variable, standing for a callable's whole parameter
    list: ``Callable[P, int]``; ``P.args`` and ``P.kwargs`` annotate ``*args``/``**kwargs``."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(bound, covariant, contravariant)
        self._set_module()

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple(_type_check(a, "Expected a type.") for a in arg)
        if not _is_param_expr(arg):
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, or "
                            f"Concatenate. Got {arg}")
        return arg

    def __typing_prepare_subst__(self, alias, args):
        """``Z[int, str]`` means ``Z[[int, str]]`` when P is Z's only parameter; a list given
        for P becomes a tuple."""
        params = alias.__parameters__
        i = params.index(self)
        if i >= len(args):
            raise TypeError(f"Too few arguments for {alias}")
        if len(params) == 1 and not _is_param_expr(args[0]):
            return (args,)
        if isinstance(args[i], list):
            return args[:i] + (tuple(args[i]),) + args[i + 1:]
        return args


def _is_type_variable(obj):
    return isinstance(obj, (TypeVar, ParamSpec))


# --- Generic aliases ---------------------------------------------------------------------------

_ALIAS_OWN = frozenset({"_name", "_inst", "_nparams"})


class _BaseGenericAlias(_Final):
    """What every alias shares: its ``__origin__``; calling it makes an instance of the
    origin; other plain attributes are those of the origin."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    __iter__ = None     # not iterable, despite __getitem__

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__.lower()}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        entries = []
        if self.__origin__ not in bases:
            entries.append(self.__origin__)
        # Add Generic unless a later base brings it.
        for later in bases[bases.index(self) + 1:]:
            if isinstance(later, _BaseGenericAlias) or (isinstance(later, type)
                                                         and issubclass(later, Generic)):
                break
        else:
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, attr):
        if attr in ("__name__", "__qualname__"):
            return self._name or self.__origin__.__name__
        if not _is_dunder(attr) and "__origin__" in self.__dict__:
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, value):
        if _is_dunder(attr) or attr in _ALIAS_OWN:
            object.__setattr__(self, attr, value)
        else:
            setattr(self.__origin__, attr, value)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __dir__(self):
        return sorted(set(object.__dir__(self))
                      | {a for a in dir(self.__origin__) if not _is_dunder(a)})


class _GenericAlias(_BaseGenericAlias):
    """A subscripted form: ``List[int]`` (origin list, args (int,)), ``Box[T]``,
    ``ClassVar[int]`` (origin the special form)...  Its ``__parameters__`` are the type
    variables left in its arguments, which subscripting it again replaces."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    __or__ = _union_or
    __ror__ = _union_ror

    @_cached
    def __getitem__(self, args):
        if self.__origin__ is Generic or self.__origin__ is Protocol:
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(a) for a in args)
        return self.copy_with(self._substitute(args))

    def _substitute(self, args):
        """This alias's arguments with each type variable replaced by its new value."""
        params = self.__parameters__
        for p in params:
            prepare = getattr(p, "__typing_prepare_subst__", None)
            if prepare is not None:
                args = prepare(self, args)
        if len(args) != len(params):
            which = "many" if len(args) > len(params) else "few"
            raise TypeError(f"Too {which} arguments for {self}; actual {len(args)}, "
                            f"expected {len(params)}")
        table = dict(zip(params, args))
        new_args = []
        for old in self.__args__:
            if isinstance(old, type):
                new_args.append(old)
            elif hasattr(old, "__typing_subst__"):
                new_args.append(old.__typing_subst__(table[old]))
            else:
                inner = getattr(old, "__parameters__", ())
                if isinstance(old, tuple):
                    new_args.append(tuple(table.get(x, x) if _is_type_variable(x) else x
                                          for x in old))
                elif inner and isinstance(inner, tuple):
                    new_args.append(old[tuple(table[x] for x in inner)])
                else:
                    new_args.append(old)
        return tuple(new_args)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            head = "typing." + self._name
        else:
            head = _type_repr(self.__origin__)
        if self.__args__:
            inner = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            inner = "()"
        return f"{head}[{inner}]"

    def __reduce__(self):
        origin = globals()[self._name] if self._name else self.__origin__
        args = self.__args__
        if len(args) == 1 and not isinstance(args[0], tuple):
            args = args[0]
        return operator.getitem, (origin, args)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:                  # List[int] and the like
            return super().__mro_entries__(bases)
        if origin is Generic:
            if Protocol in bases:
                return ()
            for later in bases[bases.index(self) + 1:]:
                if isinstance(later, _BaseGenericAlias) and later is not self:
                    return ()
        return (origin,)


class _SpecialGenericAlias(_BaseGenericAlias):
    """An unsubscripted alias of a builtin or ABC: ``List``, ``Iterable``...  It takes
    ``nparams`` arguments (0: not subscriptable) and works with isinstance."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        if origin.__module__ == "builtins":
            self.__doc__ = f"A generic version of {origin.__qualname__}."
        else:
            self.__doc__ = f"A generic version of {origin.__module__}.{origin.__qualname__}."

    @_cached
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        _check_arity(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return "typing." + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __reduce__(self):
        return self._name

    __or__ = _union_or
    __ror__ = _union_ror


class _CallableGenericAlias(_GenericAlias):
    """``Callable[[int, str], float]``; its ``__args__`` are flat: ``(int, str, float)``."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        params = ", ".join(_type_repr(a) for a in args[:-1])
        return f"typing.Callable[[{params}], {_type_repr(args[-1])}]"

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = (list(args[:-1]), args[-1])
        return operator.getitem, (Callable, args)

    def _substitute(self, args):
        # A ParamSpec replaced by a list of types spreads into the parameters.
        new_args = super()._substitute(args)
        flat = []
        for a in new_args[:-1]:
            if isinstance(a, (tuple, list)):
                flat.extend(a)
            else:
                flat.append(a)
        flat.append(new_args[-1])
        return tuple(flat)


class _CallableType(_SpecialGenericAlias):
    """The bare ``typing.Callable``."""

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name,
                                     inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        # A list is unhashable: make it a tuple before the (cached) real work.
        if isinstance(args, list):
            params = (tuple(args), result)
        return self._subscript(params)

    @_cached
    def _subscript(self, params):
        args, result = params
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is Ellipsis:
            return self.copy_with((Ellipsis, result))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(a) for a in args)
        return self.copy_with(args + (result,))


class _TupleType(_SpecialGenericAlias):
    """The bare ``typing.Tuple``: ``Tuple[int, str]``, ``Tuple[int, ...]``, ``Tuple[()]``."""

    @_cached
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is Ellipsis:
            msg = "Tuple[t, ...]: t must be a type."
            return self.copy_with(tuple(_type_check(p, msg) for p in params[:-1])
                                  + (Ellipsis,))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        return self.copy_with(tuple(_type_check(p, msg) for p in params))


class _UnionGenericAlias(_GenericAlias):
    """``Union[int, str]``: equal to any union of the same members in any order; works
    with isinstance when its members do."""

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f"typing.Optional[{_type_repr(args[1])}]"
            if args[1] is _NoneType:
                return f"typing.Optional[{_type_repr(args[0])}]"
        return "typing.Union[" + ", ".join(_type_repr(a) for a in args) + "]"

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __reduce__(self):
        return operator.getitem, (Union, self.__args__)


class _LiteralGenericAlias(_GenericAlias):
    """``Literal[1, 'a']``: equal to the same values in any order (``1`` and ``True`` are
    told apart by their types)."""

    def _key(self):
        return set((v, type(v)) for v in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(frozenset(self._key()))


class _ConcatenateGenericAlias(_GenericAlias):
    """``Concatenate[int, P]``; once P is replaced by a list of types it dissolves into
    the plain parameter tuple."""

    def copy_with(self, params):
        last = params[-1]
        if isinstance(last, (list, tuple)):
            return (*params[:-1], *last)
        if isinstance(last, _ConcatenateGenericAlias):
            params = (*params[:-1], *last.__args__)
        return _ConcatenateGenericAlias(self.__origin__, params)


class _AnnotatedAlias(_GenericAlias):
    """``Annotated[T, x, ...]``: the type T (its ``__origin__``) with metadata
    ``(x, ...)``; nested ones merge."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        extras = ", ".join(repr(m) for m in self.__metadata__)
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {extras}]"

    def __reduce__(self):
        return operator.getitem, (Annotated, (self.__origin__,) + self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in ("__name__", "__qualname__"):
            return "Annotated"
        return super().__getattr__(attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """``Annotated[T, x]`` is the type T carrying the metadata x, which type checkers ignore
    and other tools may read (``__metadata__``)."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    @_cached
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.",
                             allow_special_forms=True)
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


# --- Generic and Protocol ------------------------------------------------------------------------

class Generic:
    """Base class of generic classes: ``class Box(Generic[T])`` makes ``Box[int]`` an alias
    whose call builds a Box; the class's ``__parameters__`` are its type variables."""

    __slots__ = ()
    _is_protocol = False

    @_cached
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            for p in params:
                if not _is_type_variable(p):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type "
                                    "variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            # The arguments are not type-checked here (unlike in alias substitution).
            for p in cls.__parameters__:
                prepare = getattr(p, "__typing_prepare_subst__", None)
                if prepare is not None:
                    params = prepare(cls, params)
            _check_arity(cls, params, len(cls.__parameters__))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig_bases = cls.__dict__.get("__orig_bases__")
        if orig_bases is not None:
            plain = any(b is Generic for b in orig_bases)
        else:
            plain = (Generic in cls.__bases__
                     and not (cls.__module__ == __name__ and cls.__name__ == "Protocol")
                     and type(cls) is not _TypedDictMeta)
        if plain:
            raise TypeError("Cannot inherit from plain Generic")
        tvars = ()
        if orig_bases is not None:
            tvars = _collect_parameters(orig_bases)
            declared = None
            for base in orig_bases:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if declared is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    declared = base.__parameters__
            if declared is not None:
                missing = [t for t in tvars if t not in declared]
                if missing:
                    s_vars = ", ".join(str(t) for t in missing)
                    s_args = ", ".join(str(g) for g in declared)
                    raise TypeError(f"Some type variables ({s_vars}) are not listed in "
                                    f"Generic[{s_args}]")
                tvars = declared
        cls.__parameters__ = tuple(tvars)


_PROTOCOL_ALLOWED_BASES = {
    "collections.abc": ("Callable", "Awaitable", "Iterable", "Iterator", "AsyncIterable",
                        "Hashable", "Sized", "Container", "Collection", "Reversible"),
    "contextlib": ("AbstractContextManager", "AbstractAsyncContextManager"),
}

# Class attributes that are machinery rather than protocol members.
_NOT_MEMBERS = frozenset({
    "__parameters__", "__orig_bases__", "__orig_class__", "_is_protocol",
    "_is_runtime_protocol", "__abstractmethods__", "__annotations__", "__dict__", "__doc__",
    "__init__", "__module__", "__new__", "__slots__", "__subclasshook__", "__weakref__",
    "__class_getitem__", "__qualname__", "__final__", "_MutableMapping__marker",
    "__abc_tpflags__"})


def _protocol_members(cls):
    """The names a protocol class requires: its (and its protocol bases') attributes and
    annotated names."""
    members = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic") and base.__module__ == __name__:
            continue
        annotations = base.__dict__.get("__annotations__", {})
        for name in (*base.__dict__, *annotations):
            if not name.startswith("_abc_") and name not in _NOT_MEMBERS \
                    and name not in members:
                members.append(name)
    return members


def _methods_only(cls):
    return all(callable(getattr(cls, name, None)) for name in _protocol_members(cls))


def _lenient_caller(depth):
    """Whether the isinstance/issubclass being answered was called from abc or functools
    (ABC machinery walking subclasses), which must not trip the protocol checks."""
    return _caller_module(depth) in ("abc", "functools")


_RUNTIME_ONLY = "Instance and class checks can only be used with @runtime_checkable protocols"


class _ProtocolMeta(ABCMeta):
    """Metaclass of protocols: isinstance and issubclass check structure (the members are
    there) rather than inheritance, for protocols marked @runtime_checkable."""

    def __instancecheck__(cls, instance):
        if not getattr(cls, "_is_protocol", False):
            return super().__instancecheck__(instance)
        runtime = getattr(cls, "_is_runtime_protocol", False)
        if not runtime and not _lenient_caller(3):
            raise TypeError(_RUNTIME_ONLY)
        if ABCMeta.__subclasscheck__(cls, type(instance)):
            return True
        if not runtime:
            return False
        for name in _protocol_members(cls):
            if not hasattr(instance, name):
                return False
            if callable(getattr(cls, name, None)) and getattr(instance, name) is None:
                return False
        return True

    def __subclasscheck__(cls, other):
        if not getattr(cls, "_is_protocol", False):
            return super().__subclasscheck__(other)
        if not isinstance(other, type):
            raise TypeError("issubclass() arg 1 must be a class")
        runtime = getattr(cls, "_is_runtime_protocol", False)
        lenient = _lenient_caller(3)
        if not runtime:
            if not lenient:
                raise TypeError(_RUNTIME_ONLY)
            return super().__subclasscheck__(other)
        if not _methods_only(cls):
            if not lenient:
                raise TypeError("Protocols with non-method members don't support issubclass()")
            return super().__subclasscheck__(other)
        if super().__subclasscheck__(other):
            return True
        for name in _protocol_members(cls):
            for base in other.__mro__:
                if name in base.__dict__:
                    if base.__dict__[name] is None:
                        return False
                    break
                annotations = getattr(base, "__annotations__", {})
                if (isinstance(annotations, collections.abc.Mapping) and name in annotations
                        and issubclass(other, Generic) and other._is_protocol):
                    break
            else:
                return False
        return True


def _no_init(self, *args, **kwargs):
    """The ``__init__`` of protocols: protocols cannot be instantiated; a concrete class
    deriving from one gets the ``__init__`` it would have had without the protocol."""
    cls = type(self)
    if cls._is_protocol:
        raise TypeError("Protocols cannot be instantiated")
    if cls.__init__ is not _no_init:
        return
    for base in cls.__mro__:
        init = base.__dict__.get("__init__", _no_init)
        if init is not _no_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of protocols, classes that describe what an object must provide
    (structural subtyping).  With @runtime_checkable, isinstance checks the members."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            if base is object or base is Generic:
                continue
            if base.__name__ in _PROTOCOL_ALLOWED_BASES.get(base.__module__, ()):
                continue
            if issubclass(base, Generic) and base._is_protocol:
                continue
            raise TypeError(f"Protocols can only inherit from other protocols, got {base!r}")
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init


def runtime_checkable(cls):
    """Class decorator: allow isinstance() and issubclass() with a protocol class."""
    if not (issubclass(cls, Generic) and cls._is_protocol):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, "
                        f"got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


# --- The aliases of builtin and collections.abc classes ------------------------------------------

def _async_context_manager_abc():
    """contextlib.AbstractAsyncContextManager; while pyrs's contextlib lacks it, a stand-in
    ABC of the same name recognising any class with ``__aenter__`` and ``__aexit__``."""
    found = getattr(contextlib, "AbstractAsyncContextManager", None)
    if found is not None:
        return found

    class AbstractAsyncContextManager(metaclass=ABCMeta):
        """An abstract base class for asynchronous context managers."""

        __slots__ = ()
        __module__ = "contextlib"

        async def __aenter__(self):
            return self

        @abstractmethod
        async def __aexit__(self, exc_type, exc_value, traceback):
            return None

        @classmethod
        def __subclasshook__(cls, C):
            if cls is AbstractAsyncContextManager:
                for method in ("__aenter__", "__aexit__"):
                    for klass in C.__mro__:
                        if method in klass.__dict__:
                            if klass.__dict__[method] is None:
                                return NotImplemented
                            break
                    else:
                        return NotImplemented
                return True
            return NotImplemented

    return AbstractAsyncContextManager


_abc = collections.abc

Hashable = _SpecialGenericAlias(_abc.Hashable, 0)
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1)
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3)
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1)
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1)
Iterable = _SpecialGenericAlias(_abc.Iterable, 1)
Iterator = _SpecialGenericAlias(_abc.Iterator, 1)
Reversible = _SpecialGenericAlias(_abc.Reversible, 1)
Sized = _SpecialGenericAlias(_abc.Sized, 0)
Container = _SpecialGenericAlias(_abc.Container, 1)
Collection = _SpecialGenericAlias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, name="AbstractSet")
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1)
Mapping = _SpecialGenericAlias(_abc.Mapping, 2)
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2)
Sequence = _SpecialGenericAlias(_abc.Sequence, 1)
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1)
ByteString = _SpecialGenericAlias(_abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
List = _SpecialGenericAlias(list, 1, inst=False, name="List")
Deque = _SpecialGenericAlias(collections.deque, 1, name="Deque")
Set = _SpecialGenericAlias(set, 1, inst=False, name="Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name="FrozenSet")
MappingView = _SpecialGenericAlias(_abc.MappingView, 1)
KeysView = _SpecialGenericAlias(_abc.KeysView, 1)
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2)
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1)
ContextManager = _SpecialGenericAlias(contextlib.AbstractContextManager, 1,
                                      name="ContextManager")
AsyncContextManager = _SpecialGenericAlias(_async_context_manager_abc(), 1,
                                           name="AsyncContextManager")
Dict = _SpecialGenericAlias(dict, 2, inst=False, name="Dict")
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name="DefaultDict")
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2)
Generator = _SpecialGenericAlias(_abc.Generator, 3)
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2)
Type = _SpecialGenericAlias(type, 1, inst=False, name="Type")

del _abc

try:
    import re as _re
except ImportError:                 # pyrs has no re module yet
    _re = None
if _re is not None:
    Pattern = _SpecialGenericAlias(_re.Pattern, 1)
    Match = _SpecialGenericAlias(_re.Match, 1)
else:
    __all__.remove("Pattern")
    __all__.remove("Match")
del _re


# --- Type variables used by the library, and the Supports* protocols ------------------------------

T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)
AnyStr = TypeVar("AnyStr", bytes, str)

Text = str
TYPE_CHECKING = False


@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""
    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""
    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""
    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""
    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """An ABC with one abstract method __abs__ that is covariant in its return type."""
    __slots__ = ()

    @abstractmethod
    def __abs__(self) -> T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """An ABC with one abstract method __round__ that is covariant in its return type."""
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co:
        pass


# --- IO types ---------------------------------------------------------------------------------------

class IO(Generic[AnyStr]):
    """Generic base class of the file types (``IO[str]``, ``IO[bytes]``); for annotations,
    the real file classes do not derive from it."""

    __slots__ = ()

    @property
    @abstractmethod
    def mode(self) -> str:
        pass

    @property
    @abstractmethod
    def name(self) -> str:
        pass

    @property
    @abstractmethod
    def closed(self) -> bool:
        pass

    @abstractmethod
    def close(self) -> None:
        pass

    @abstractmethod
    def fileno(self) -> int:
        pass

    @abstractmethod
    def flush(self) -> None:
        pass

    @abstractmethod
    def isatty(self) -> bool:
        pass

    @abstractmethod
    def read(self, n: int = -1) -> AnyStr:
        pass

    @abstractmethod
    def readable(self) -> bool:
        pass

    @abstractmethod
    def readline(self, limit: int = -1) -> AnyStr:
        pass

    @abstractmethod
    def readlines(self, hint: int = -1) -> List[AnyStr]:
        pass

    @abstractmethod
    def seek(self, offset: int, whence: int = 0) -> int:
        pass

    @abstractmethod
    def seekable(self) -> bool:
        pass

    @abstractmethod
    def tell(self) -> int:
        pass

    @abstractmethod
    def truncate(self, size: int = None) -> int:
        pass

    @abstractmethod
    def writable(self) -> bool:
        pass

    @abstractmethod
    def write(self, s: AnyStr) -> int:
        pass

    @abstractmethod
    def writelines(self, lines: List[AnyStr]) -> None:
        pass

    @abstractmethod
    def __enter__(self) -> "IO[AnyStr]":
        pass

    @abstractmethod
    def __exit__(self, type, value, traceback) -> None:
        pass


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""

    __slots__ = ()

    @abstractmethod
    def write(self, s: Union[bytes, bytearray]) -> int:
        pass

    @abstractmethod
    def __enter__(self) -> "BinaryIO":
        pass


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""

    __slots__ = ()

    @property
    @abstractmethod
    def buffer(self) -> BinaryIO:
        pass

    @property
    @abstractmethod
    def encoding(self) -> str:
        pass

    @property
    @abstractmethod
    def errors(self) -> Optional[str]:
        pass

    @property
    @abstractmethod
    def line_buffering(self) -> bool:
        pass

    @property
    @abstractmethod
    def newlines(self) -> Any:
        pass

    @abstractmethod
    def __enter__(self) -> "TextIO":
        pass


# --- NamedTuple -------------------------------------------------------------------------------------

# What a NamedTuple class body may not define, and what it defines that is not copied over.
_NAMEDTUPLE_RESERVED = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__",
                                  "_fields", "_field_defaults", "_make", "_replace",
                                  "_asdict", "_source"})
_NAMEDTUPLE_SKIPPED = frozenset({"__module__", "__name__", "__annotations__"})


def _make_namedtuple(name, fields, module, defaults=()):
    names = []
    annotations = {}
    for field, tp in fields:
        names.append(field)
        annotations[field] = _type_check(tp, f"field {field} annotation must be a type")
    cls = collections.namedtuple(name, names, defaults=defaults, module=module)
    cls.__annotations__ = cls.__new__.__annotations__ = annotations
    return cls


class NamedTupleMeta(type):
    """Metaclass of the ``class Point(NamedTuple)`` statement: it builds the class with
    collections.namedtuple from the annotated fields, then adds the body's other attributes."""

    def __new__(mcls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        annotations = ns.get("__annotations__", {})
        with_default = []
        for field in annotations:
            if field in ns:
                with_default.append(field)
            elif with_default:
                plural = "s" if len(with_default) > 1 else ""
                raise TypeError(f"Non-default namedtuple field {field} cannot follow "
                                f"default field{plural} {', '.join(with_default)}")
        cls = _make_namedtuple(typename, annotations.items(), ns["__module__"],
                               [ns[f] for f in with_default])
        bases = tuple(tuple if base is _NamedTuple else base for base in bases)
        if bases != (tuple,):
            # With Generic (or a repeated NamedTuple, which type() refuses): rebuild the
            # class on the real bases.
            body = dict(cls.__dict__)
            body["__orig_bases__"] = ns.get("__orig_bases__", bases)
            if Generic in bases:    # Generic's subscription, not tuple's, even if tuple is first
                body["__class_getitem__"] = classmethod(Generic.__class_getitem__.__func__)
            cls = type(typename, bases, body)
        for key, value in ns.items():
            if key in _NAMEDTUPLE_RESERVED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NAMEDTUPLE_SKIPPED and key not in cls._fields:
                setattr(cls, key, value)
        return cls


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of collections.namedtuple: either a class statement
    (``class Point(NamedTuple): x: int; y: int = 0``) or a call
    (``NamedTuple("Point", [("x", int), ("y", int)])``)."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, "
                        "not both")
    return _make_namedtuple(typename, fields, _caller_module(2))


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


# --- TypedDict ---------------------------------------------------------------------------------------

class _TypedDictMeta(type):
    """Metaclass of TypedDict classes: they are plain dicts at runtime (calling one makes a
    dict); the class records the keys' types and which keys are required."""

    def __new__(mcls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type "
                                "and a non-TypedDict base class")
        generic = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        cls = type.__new__(_TypedDictMeta, name, (*generic, dict), ns)

        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {key: _type_check(tp, msg, module=cls.__module__)
               for key, tp in ns.get("__annotations__", {}).items()}
        annotations = {}
        required = set()
        optional = set()
        for base in bases:         # a later base overrides an earlier one
            annotations.update(base.__dict__.get("__annotations__", {}))
            for key in base.__dict__.get("__required_keys__", ()):
                required.add(key)
                optional.discard(key)
            for key in base.__dict__.get("__optional_keys__", ()):
                optional.add(key)
                required.discard(key)
        annotations.update(own)
        for key, tp in own.items():
            origin = get_origin(tp)
            if origin is Annotated:
                tp = tp.__origin__
                origin = get_origin(tp)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        cls.__annotations__ = annotations
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        cls.__total__ = total
        return cls

    def __call__(cls, /, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of string keys, each with its own value type: a class
    statement (``class Movie(TypedDict): name: str``) or a call
    (``TypedDict("Movie", {"name": str})``).  At runtime its instances are plain dicts."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    if kwargs:
        import warnings
        warnings.warn("The kwargs-based syntax for TypedDict definitions is deprecated in "
                      "Python 3.11, will be removed in Python 3.13, and may not be understood "
                      "by third-party type checkers.", DeprecationWarning, stacklevel=2)
    ns = {"__annotations__": dict(fields)}
    module = _caller_module(2)
    if module is not None:
        ns["__module__"] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    """Whether ``tp`` is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


# --- NewType -----------------------------------------------------------------------------------------

class NewType(_Final):
    """``UserId = NewType("UserId", int)``: a distinct type for type checkers; at runtime
    ``UserId(5)`` is just 5."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[2]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller_module(2)
        if module != __name__:
            self.__module__ = module

    def __mro_entries__(self, bases):
        supertype = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                sub = cls.__name__
                raise TypeError("Cannot subclass an instance of NewType. Perhaps you were "
                                f"looking for: `{sub} = NewType({sub!r}, {supertype})`")
        return (Dummy,)

    def __call__(self, x):
        return x

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __reduce__(self):
        return self.__qualname__

    __or__ = _union_or
    __ror__ = _union_ror


# --- Small functions ---------------------------------------------------------------------------------

def cast(typ, val):
    """Tell a type checker that ``val`` has type ``typ``; returns ``val`` unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask a type checker to confirm that ``val`` has type ``typ``; returns ``val``."""
    return val


def assert_never(arg, /):
    """Mark code a type checker should prove unreachable; reaching it raises."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    """Print the runtime type of ``obj`` to stderr (a type checker shows the static one)
    and return ``obj``."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def final(f):
    """Decorator: the method may not be overridden, the class may not be subclassed (for
    type checkers).  Sets ``__final__`` where it can."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator: type checkers should ignore the annotations of this function, or of
    every method of this class."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            # Only what the class body itself defined (not imported or inherited things).
            if (getattr(obj, "__qualname__", None)
                    != f"{arg.__qualname__}.{getattr(obj, '__name__', None)}"
                    or getattr(obj, "__module__", None) != arg.__module__):
                continue
            if isinstance(obj, types.FunctionType):
                obj.__no_type_check__ = True
            elif isinstance(obj, types.MethodType):
                obj.__func__.__no_type_check__ = True
            elif isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make ``decorator`` give no_type_check's effect to what it decorates."""
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator marking a function, class or metaclass as making dataclass-like classes;
    it records its arguments in ``__dataclass_transform__``."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


# --- overload ----------------------------------------------------------------------------------------

# module -> qualified name -> first line -> the function decorated with @overload
_overloads = {}


def _overload_dummy(*args, **kwds):
    """What an @overload-decorated name is bound to until the implementation replaces it."""
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Decorator for the typed variants of a function, which must be followed by the
    (undecorated) implementation; get_overloads() gives them back."""
    f = getattr(func, "__func__", func)
    try:
        by_name = _overloads.setdefault(f.__module__, {}).setdefault(f.__qualname__, {})
        by_name[f.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """The @overload variants recorded for ``func``, in definition order."""
    f = getattr(func, "__func__", func)
    by_name = _overloads.get(f.__module__, {}).get(f.__qualname__)
    return [] if by_name is None else list(by_name.values())


def clear_overloads():
    """Forget every recorded overload."""
    _overloads.clear()


# --- Introspection -----------------------------------------------------------------------------------

def get_origin(tp):
    """The unsubscripted form of ``tp``: ``list`` for ``List[int]``, ``Union`` for
    ``Optional[int]``, ``Annotated`` for an Annotated type; None for anything else."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, types.GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted form: ``(int, str)`` for ``Dict[int, str]``,
    ``([int], str)`` for ``Callable[[int], str]``; ``()`` for anything else."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, types.GenericAlias)):
        args = tp.__args__
        if (tp.__origin__ is collections.abc.Callable
                and not (len(args) == 2 and _is_param_expr(args[0]))):
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, types.UnionType):
        return tp.__args__
    return ()


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """``t`` with every forward reference in it evaluated."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, types.GenericAlias):
        # list["Node"] keeps the string itself: it becomes a forward reference here.
        args = tuple(ForwardRef(a) if isinstance(a, str) else a for a in t.__args__)
        evaluated = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in args)
        if all(e is a for e, a in zip(evaluated, t.__args__)):
            return t
        return types.GenericAlias(t.__origin__, evaluated)
    if isinstance(t, (_GenericAlias, types.UnionType)):
        args = t.__args__
        evaluated = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in args)
        if all(e is a for e, a in zip(evaluated, args)):
            return t
        if isinstance(t, types.UnionType):
            return functools.reduce(operator.or_, evaluated)
        return t.copy_with(evaluated)
    return t


def _strip_annotations(t):
    """``t`` without its Annotated, Required and NotRequired wrappers, at any depth."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias):
        if t.__origin__ is Required or t.__origin__ is NotRequired:
            return _strip_annotations(t.__args__[0])
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if all(s is a for s, a in zip(stripped, t.__args__)):
            return t
        return t.copy_with(stripped)
    if isinstance(t, (types.GenericAlias, types.UnionType)):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if all(s is a for s, a in zip(stripped, t.__args__)):
            return t
        if isinstance(t, types.UnionType):
            return functools.reduce(operator.or_, stripped)
        return types.GenericAlias(t.__origin__, stripped)
    return t


# Objects that can have annotations but may lack them (get_type_hints gives {} for them).
_MAY_BE_ANNOTATED = (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                     types.ModuleType, types.WrapperDescriptorType, types.MethodWrapperType,
                     types.MethodDescriptorType)


def _function_attr(obj, name, default):
    """``getattr(obj, name, default)``, reading a bound method's attribute from its function
    (pyrs's method objects do not pass attribute reads on to ``__func__`` yet)."""
    try:
        return getattr(obj, name)
    except AttributeError:
        if isinstance(obj, types.MethodType):
            return getattr(obj.__func__, name, default)
        return default


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a module, class, method or function, with forward references
    (strings) evaluated -- in the module's globals unless ``globalns``/``localns`` say
    otherwise -- and None as NoneType.  A class's include those of its bases.  Annotated
    (and Required/NotRequired) wrappers are removed unless ``include_extras``."""
    if _function_attr(obj, "__no_type_check__", None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            annotations = base.__dict__.get("__annotations__", {})
            if isinstance(annotations, types.GetSetDescriptorType):
                annotations = {}
            if globalns is None:
                module = sys.modules.get(base.__module__)
                base_globals = getattr(module, "__dict__", {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # The module's names win over the class's own: evaluate with the class
                # namespace as globals and the module's as locals.
                base_globals, base_locals = base_locals, base_globals
            for name, value in annotations.items():
                if value is None:
                    value = _NoneType
                elif isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _eval_type(value, base_globals, base_locals)
    else:
        if globalns is None:
            if isinstance(obj, types.ModuleType):
                globalns = obj.__dict__
            else:
                inner = obj
                while hasattr(inner, "__wrapped__"):
                    inner = inner.__wrapped__
                globalns = _function_attr(inner, "__globals__", {})
            if localns is None:
                localns = globalns
        elif localns is None:
            localns = globalns
        annotations = _function_attr(obj, "__annotations__", None)
        if annotations is None:
            if isinstance(obj, _MAY_BE_ANNOTATED):
                return {}
            raise TypeError(f"{obj!r} is not a module, class, method, or function.")
        is_argument = not isinstance(obj, types.ModuleType)
        hints = {}
        for name, value in annotations.items():
            if value is None:
                value = _NoneType
            elif isinstance(value, str):
                value = ForwardRef(value, is_argument=is_argument, is_class=False)
            hints[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return {name: _strip_annotations(t) for name, t in hints.items()}
