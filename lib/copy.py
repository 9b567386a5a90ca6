"""Shallow and deep copies of arbitrary objects: pyrs's pure-Python ``copy`` module.

``copy(x)`` makes a new object of the same kind whose contents are the very same objects
as x's; ``deepcopy(x[, memo])`` copies the contents too, recursively, copying each object
only once (``memo`` maps ``id(original)`` to its copy, which also handles cycles).
Immutable atoms (numbers, strings, functions, classes, ...) are their own copies.

A class controls its copies with ``__copy__()`` and ``__deepcopy__(memo)``, or through the
pickle protocol (``__reduce_ex__``, ``__reduce__``, ``__getnewargs__``, ``__getstate__``,
``__setstate__``).  Objects without any of those are copied the way CPython's
``object.__reduce_ex__(4)`` describes them: a new object made with ``cls.__new__``, the
instance ``__dict__`` and the ``__slots__`` values, plus the items of list and dict
subclasses.  pyrs's built-in types do not all provide ``__reduce_ex__``, so this module
builds that description itself when the class has no method of its own.

``Error`` (alias ``error``) is this module's exception.
"""

from _weakref import ref as _weakref_ref

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

try:
    from copyreg import dispatch_table
except ImportError:
    dispatch_table = {}


class _Probe:
    def method(self):
        pass


_FunctionType = type(_Probe.method)
_MethodType = type(_Probe().method)
_CodeType = type(_Probe.method.__code__)
_BuiltinFunctionType = type(len)
del _Probe

# The pickle-protocol methods of ``object`` itself, if this interpreter has them: a class
# whose attribute is one of these has not overridden it.
_object_reduce_ex = getattr(object, "__reduce_ex__", None)
_object_reduce = getattr(object, "__reduce__", None)
_object_getstate = getattr(object, "__getstate__", None)

# Types whose instances are never copied, by copy() and by deepcopy() respectively.
_ATOMS = (type(None), type(Ellipsis), type(NotImplemented), bool, int, float, complex,
          str, bytes, type, range, property, _FunctionType, _BuiltinFunctionType,
          _CodeType, _weakref_ref)
_SHALLOW_ATOMS = _ATOMS + (tuple, frozenset, slice)


_MISSING = object()


def _unchanged(x, memo=None):
    return x


# Names under which other code registers atomic types in the dispatch tables.
_copy_immutable = _deepcopy_atomic = _unchanged


# ---------------------------------------------------------------------------------------
# copy()
# ---------------------------------------------------------------------------------------

_copy_dispatch = {t: _unchanged for t in _SHALLOW_ATOMS}
_copy_dispatch.update({list: list.copy, dict: dict.copy, set: set.copy,
                       bytearray: bytearray.copy})


def _describe(x, cls):
    """The pickle-protocol description of x: a copyreg reducer's, or __reduce_ex__(4)'s."""
    reducer = dispatch_table.get(cls)
    if reducer is not None:
        return reducer(x)
    return _reduce_ex(x, cls)


def copy(x):
    """A shallow copy of x (x itself for immutable objects)."""
    cls = type(x)
    special = _copy_dispatch.get(cls)
    if special is not None:
        return special(x)
    if issubclass(cls, type):
        return x
    method = getattr(cls, "__copy__", None)
    if method is not None:
        return method(x)
    description = _describe(x, cls)
    # A string names a global object: such objects are their own copies.
    if isinstance(description, str):
        return x
    return _reconstruct(x, None, *description)


# ---------------------------------------------------------------------------------------
# deepcopy()
# ---------------------------------------------------------------------------------------

def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: its contents are deep copies too, each object copied once.

    memo, when given, is the dictionary {id(original): copy} shared by the copies made
    so far (a __deepcopy__ method receives it and should pass it on).
    """
    if memo is None:
        memo = {}
    key = id(x)
    done = memo.get(key, _nil)
    if done is not _nil:
        return done
    cls = type(x)
    special = _deepcopy_dispatch.get(cls)
    if special is not None:
        y = special(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        method = getattr(x, "__deepcopy__", None)
        if method is not None:
            y = method(memo)
        else:
            description = _describe(x, cls)
            if isinstance(description, str):
                y = x
            else:
                y = _reconstruct(x, memo, *description)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y            # registered first, for lists that contain themselves
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    items = [deepcopy(item, memo) for item in x]
    # Copying the items may have copied this very tuple (through a cycle): reuse it.
    already = memo.get(id(x), _MISSING)
    if already is not _MISSING:
        return already
    for old, new in zip(x, items):
        if old is not new:
            return tuple(items)
    return x                   # nothing inside changed: the tuple is its own copy


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for k, v in x.items():
        y[deepcopy(k, memo)] = deepcopy(v, memo)
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = {t: _unchanged for t in _ATOMS}
_deepcopy_dispatch.update({list: _deepcopy_list, tuple: _deepcopy_tuple,
                           dict: _deepcopy_dict, _MethodType: _deepcopy_method})


def _keep_alive(x, memo):
    """Keep x referenced from the memo (under the key id(memo)) while the memo lives.

    The memo is keyed by ids, which are only unique among live objects: an original that
    was a temporary must not die and leave its id to a new object during the copy.
    """
    keep = memo.get(id(memo))
    if keep is None:
        memo[id(memo)] = [x]
    else:
        keep.append(x)


# ---------------------------------------------------------------------------------------
# The pickle protocol: describing an object, and rebuilding one from the description
# ---------------------------------------------------------------------------------------

def _reduce_ex(x, cls):
    """The value of ``x.__reduce_ex__(4)``, computed here when the class does not say."""
    method = getattr(cls, "__reduce_ex__", None)
    if method is not None and method is not _object_reduce_ex:
        return x.__reduce_ex__(4)
    method = getattr(cls, "__reduce__", None)
    if method is not None and method is not _object_reduce:
        return x.__reduce__()
    return _default_reduce(x, cls)


def _newobj(cls, *args):
    """What copyreg.__newobj__ does: a new, uninitialised instance."""
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    """What copyreg.__newobj_ex__ does: a new, uninitialised instance."""
    return cls.__new__(cls, *args, **kwargs)


def _is_builtin(c):
    """Whether the class is one of the interpreter's own types (not defined in Python)."""
    return "__module__" not in c.__dict__


def _type_name(cls):
    if _is_builtin(cls):
        module = getattr(cls, "__module__", "builtins")
        if module != "builtins":
            return "%s.%s" % (module, cls.__qualname__)
    return cls.__name__


def _slotnames(cls):
    """The names of the __slots__ of cls and its bases (private names mangled)."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__")
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = c.__name__.lstrip("_")
                if stripped:
                    name = "_%s%s" % (stripped, name)
            names.append(name)
    if not _is_builtin(cls):
        try:
            cls.__slotnames__ = names
        except Exception:
            pass
    return names


def _default_state(x, cls):
    """What ``object.__getstate__()`` returns: the instance dict (None when empty),
    paired with a dict of the __slots__ values that are set, if there are any."""
    try:
        state = object.__getattribute__(x, "__dict__")
    except AttributeError:
        state = None
    if not state:
        state = None
    names = _slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _getstate(x, cls):
    method = getattr(cls, "__getstate__", None)
    if method is not None and method is not _object_getstate:
        return x.__getstate__()
    return _default_state(x, cls)


# The constructor arguments of instances of built-in types (and of their subclasses)
# that CPython rebuilds from ``__getnewargs__``: always an exact base-type value.
def _args_of(x, base):
    if base is int:
        return (int.__int__(x),)
    if base is float:
        return (float.__float__(x),)
    if base is str:
        return (str.__str__(x),)
    if base is complex:
        return (x.real, x.imag)
    if base is bytes:
        return (bytes.__getitem__(x, slice(None)),)
    if base is tuple:
        return (tuple.__getitem__(x, slice(None)),)
    return None


def _owner(cls, name):
    """The class in cls's MRO that defines the attribute ``name``, or None."""
    for c in cls.__mro__:
        if name in c.__dict__:
            return c
    return None


def _default_reduce(x, cls):
    """Emulates CPython's ``object.__reduce_ex__(4)`` (and the ``__reduce__`` methods of
    the built-in types that have one) for classes that do not define their own."""
    # The nearest built-in class in the MRO determines the memory layout.
    base = object
    for c in cls.__mro__:
        if _is_builtin(c):
            base = c
            break

    if base is set or base is frozenset or base is bytearray:
        items = list(x) if base is not bytearray else bytes(x)
        state = _getstate(x, cls)
        if state is None:
            return (cls, (items,), None)
        return (cls, (items,), state)
    if isinstance(x, BaseException):
        state = object.__getattribute__(x, "__dict__")
        if state:
            return (cls, x.args, state)
        return (cls, x.args)
    if base is slice:
        return (cls, (x.start, x.stop, x.step))
    if base is range:
        return (cls, (x.start, x.stop, x.step))
    if base is _MethodType:
        return (getattr, (x.__self__, x.__func__.__name__))

    args = kwargs = None
    owner = _owner(cls, "__getnewargs_ex__")
    if owner is not None and not _is_builtin(owner):
        pair = x.__getnewargs_ex__()
        if not isinstance(pair, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'"
                            % type(pair).__name__)
        if len(pair) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d"
                             % len(pair))
        args, kwargs = pair
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be "
                            "a tuple, not '%s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be "
                            "a dict, not '%s'" % type(kwargs).__name__)
    else:
        owner = _owner(cls, "__getnewargs__")
        if owner is not None and not _is_builtin(owner):
            args = x.__getnewargs__()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                                % type(args).__name__)
        else:
            # The built-in types' own __getnewargs__ (computed here: some of pyrs's
            # return the subclass instance itself instead of a plain value).
            args = _args_of(x, base)

    if args is None and base not in (object, list, dict):
        raise TypeError("cannot pickle '%s' object" % _type_name(cls))

    state = _getstate(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if kwargs:
        return (_newobj_ex, (cls, args, kwargs), state, listitems, dictitems)
    return (_newobj, (cls,) + (args or ()), state, listitems, dictitems)


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    """Build the copy of x from its pickle-protocol description (deep when memo is a
    dict, shallow when it is None): y = func(*args), then y's state, list items and
    dict items are filled in."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y        # before the contents, which may refer back to x

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            # The default state: the instance dict, or a (dict or None, slots dict) pair.
            slots = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slots = state
            if state is not None:
                y.__dict__.update(state)
            if slots is not None:
                for name, value in slots.items():
                    setattr(y, name, value)

    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y
