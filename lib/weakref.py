"""Weak references, weak proxies, weak containers and finalizers.

This is pyrs's own pure-Python ``weakref`` module.  The native ``_weakref`` module supplies
the reference type itself (``ref``) and the reference counts; everything else lives here:

* ``proxy`` and its two types, ``ProxyType`` and ``CallableProxyType``;
* ``WeakMethod``, a reference to a bound method;
* ``WeakValueDictionary``, ``WeakKeyDictionary`` and ``WeakSet``;
* ``finalize``, a callback run when an object dies or, failing that, at interpreter exit.

The behaviour follows CPython 3.11's documented behaviour.
"""

import sys
from _weakref import ref, getweakrefcount, getweakrefs

ReferenceType = ref

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

# ``X[int]`` on the generic classes below returns a ``types.GenericAlias``, as in CPython,
# when the interpreter has that type (it is what ``list[int]`` returns).
try:
    _GenericAlias = type(list[int])
except Exception:
    _GenericAlias = None

_DEAD = "weakly-referenced object no longer exists"


# ---------------------------------------------------------------------------------------
# Proxies
# ---------------------------------------------------------------------------------------

class _ProxyRef(ref):
    """The weak reference inside a proxy.

    It remembers the proxy (weakly, so that proxy and reference form no cycle) and the
    user's callback, which must receive the proxy rather than this reference.
    """
    __slots__ = ("proxy", "callback")

    def __init__(self, obj, callback=None):
        pass  # everything is set up by ``ref.__new__`` and by ``proxy()``


def _proxy_died(wr):
    """Callback of a proxy's inner reference: call the user's callback with the proxy."""
    p = wr.proxy()
    if p is not None and wr.callback is not None:
        wr.callback(p)


def _referent(p):
    """The object a proxy stands for; ReferenceError once it is dead."""
    obj = object.__getattribute__(p, "_ref")()
    if obj is None:
        raise ReferenceError(_DEAD)
    return obj


def _unwrap(x):
    """``x`` itself, or its referent when ``x`` is a proxy (both operands of an operator
    are unwrapped, as CPython's proxies do)."""
    if type(x) in ProxyTypes:
        return _referent(x)
    return x


class _ProxyBase:
    """Behaviour shared by both proxy types: every attribute access and operator is
    forwarded to the referent."""
    __slots__ = ("_ref", "__weakref__")
    __hash__ = None  # proxies are never hashable, even to a hashable referent

    def __new__(cls, *args, **kwargs):
        raise TypeError(f"cannot create 'weakref.{cls.__name__}' instances")

    def __init_subclass__(cls, **kwargs):
        # The two proxy types below derive from this class; nothing derives from them.
        base = cls.__bases__[0]
        if base is not _ProxyBase:
            raise TypeError(f"type 'weakref.{base.__name__}' is not an acceptable base type")

    # Attributes: everything, including __class__ and __dict__, belongs to the referent.
    def __getattribute__(self, name):
        return getattr(_referent(self), name)

    def __setattr__(self, name, value):
        setattr(_referent(self), name, value)

    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, "_ref")()
        return f"<weakproxy at {id(self):#x} to {type(obj).__name__} at {id(obj):#x}>"

    def __str__(self):
        return str(_referent(self))

    def __bytes__(self):
        return _referent(self).__bytes__()

    def __bool__(self):
        return bool(_referent(self))

    def __int__(self):
        return int(_referent(self))

    def __float__(self):
        return float(_referent(self))

    def __index__(self):
        # range() applies the __index__ protocol (and its TypeError) to its argument.
        return range(_referent(self)).stop

    def __neg__(self):
        return -_referent(self)

    def __pos__(self):
        return +_referent(self)

    def __abs__(self):
        return abs(_referent(self))

    def __invert__(self):
        return ~_referent(self)

    # Containers.
    def __len__(self):
        return len(_referent(self))

    def __getitem__(self, key):
        return _referent(self)[_unwrap(key)]

    def __setitem__(self, key, value):
        _referent(self)[key] = value

    def __delitem__(self, key):
        del _referent(self)[key]

    def __contains__(self, item):
        return item in _referent(self)

    def __iter__(self):
        return iter(_referent(self))

    def __next__(self):
        obj = _referent(self)
        if not hasattr(type(obj), "__next__"):
            raise TypeError(f"Weakref proxy referenced a non-iterator "
                            f"'{type(obj).__name__}' object")
        return next(obj)

    def __reversed__(self):
        return _referent(self).__reversed__()

    def __pow__(self, other, mod=None):
        if mod is None:
            return pow(_referent(self), _unwrap(other))
        return pow(_referent(self), _unwrap(other), _unwrap(mod))

    def __rpow__(self, other, mod=None):
        if mod is None:
            return pow(_unwrap(other), _referent(self))
        return pow(_unwrap(other), _referent(self), _unwrap(mod))

    def __ipow__(self, other):
        obj = _referent(self)
        obj **= _unwrap(other)
        return obj


# In-place operators, written out because an augmented assignment is not an expression.
# Each returns the result, which replaces the proxy in the caller's variable (as in CPython).
def _iadd(a, b): a += b; return a
def _isub(a, b): a -= b; return a
def _imul(a, b): a *= b; return a
def _imatmul(a, b): a @= b; return a
def _itruediv(a, b): a /= b; return a
def _ifloordiv(a, b): a //= b; return a
def _imod(a, b): a %= b; return a
def _ilshift(a, b): a <<= b; return a
def _irshift(a, b): a >>= b; return a
def _iand(a, b): a &= b; return a
def _ixor(a, b): a ^= b; return a
def _ior(a, b): a |= b; return a

# name -> (binary operator, in-place operator or None)
_BINARY_OPS = {
    "add": (lambda a, b: a + b, _iadd),
    "sub": (lambda a, b: a - b, _isub),
    "mul": (lambda a, b: a * b, _imul),
    "matmul": (lambda a, b: a @ b, _imatmul),
    "truediv": (lambda a, b: a / b, _itruediv),
    "floordiv": (lambda a, b: a // b, _ifloordiv),
    "mod": (lambda a, b: a % b, _imod),
    "divmod": (divmod, None),
    "lshift": (lambda a, b: a << b, _ilshift),
    "rshift": (lambda a, b: a >> b, _irshift),
    "and": (lambda a, b: a & b, _iand),
    "xor": (lambda a, b: a ^ b, _ixor),
    "or": (lambda a, b: a | b, _ior),
}

_COMPARISONS = {
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "lt": lambda a, b: a < b,
    "le": lambda a, b: a <= b,
    "gt": lambda a, b: a > b,
    "ge": lambda a, b: a >= b,
}


def _proxy_method(name, op, reflected=False):
    """A proxy method applying ``op`` to the referent and the (unwrapped) other operand."""
    if reflected:
        def method(self, other):
            return op(_unwrap(other), _referent(self))
    else:
        def method(self, other):
            return op(_referent(self), _unwrap(other))
    method.__name__ = name
    method.__qualname__ = "_ProxyBase." + name
    return method


def _install_proxy_operators():
    def put(name, op, reflected=False):
        setattr(_ProxyBase, name, _proxy_method(name, op, reflected))

    for name, (op, inplace) in _BINARY_OPS.items():
        put(f"__{name}__", op)
        put(f"__r{name}__", op, reflected=True)
        if inplace is not None:
            put(f"__i{name}__", inplace)
    for name, op in _COMPARISONS.items():
        put(f"__{name}__", op)


_install_proxy_operators()


class ProxyType(_ProxyBase):
    """A proxy to an object that is not callable (the type of ``proxy(obj)``)."""
    __slots__ = ()


class CallableProxyType(_ProxyBase):
    """A proxy to a callable object."""
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _referent(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None, /):
    """Return a proxy to ``obj``: it forwards attribute access and operators to ``obj`` while
    ``obj`` lives, and raises ReferenceError afterwards.  ``callback`` (if not None) is called
    with the proxy when ``obj`` dies.  A proxy without a callback is shared, like ``ref``."""
    if type(obj) in ProxyTypes:
        # As in CPython, a proxy cannot be referred to (here only proxy() can enforce it).
        raise TypeError(f"cannot create weak reference to 'weakref.{type(obj).__name__}' object")
    if callback is None:
        # Reuse a live proxy that has no callback.
        for wr in getweakrefs(obj):
            if type(wr) is _ProxyRef and wr.callback is None:
                p = wr.proxy()
                if p is not None:
                    return p
    inner = _ProxyRef(obj, _proxy_died if callback is not None else None)
    p = object.__new__(CallableProxyType if callable(obj) else ProxyType)
    object.__setattr__(p, "_ref", inner)
    inner.proxy = ref(p)
    inner.callback = callback
    return p


# ---------------------------------------------------------------------------------------
# WeakMethod
# ---------------------------------------------------------------------------------------

class WeakMethod(ref):
    """A weak reference to a bound method.

    Calling it rebuilds the bound method, or returns None once either the object or the
    function has died; ``callback`` is called (with this reference) when the first of them dies.
    """
    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None

        def on_death(_dead_ref):
            # Runs for the object's death and for the function's: only the first counts.
            self = self_ref()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, on_death)
        self._func_ref = ref(func, on_death)
        self._meth_type = type(meth)
        self._alive = True
        self_ref = ref(self)  # weak, so that the callback does not keep ``self`` alive
        return self

    def __init__(self, meth, callback=None):
        pass  # everything is set up by __new__

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    # Two live WeakMethods are equal when they refer to equal objects and the same function;
    # a dead one is equal only to itself.
    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is not other
        return ref.__ne__(self, other) or self._func_ref != other._func_ref

    __hash__ = ref.__hash__


# ---------------------------------------------------------------------------------------
# Weak containers
# ---------------------------------------------------------------------------------------

_mappingproxy = type(type.__dict__)


def _is_mapping(obj):
    """What ``isinstance(obj, collections.abc.Mapping)`` would say, for the operators."""
    if isinstance(obj, (dict, _mappingproxy, WeakValueDictionary, WeakKeyDictionary)):
        return True
    abc = sys.modules.get("collections.abc")
    return abc is not None and isinstance(obj, abc.Mapping)


class _Iterating:
    """``with _Iterating(container):`` marks an iteration over the container as running, so
    that entries dying meanwhile are queued rather than removed under the iterator."""
    __slots__ = ("container",)

    def __init__(self, container):
        self.container = container

    def __enter__(self):
        self.container._iterating += 1

    def __exit__(self, *exc_info):
        container = self.container
        container._iterating -= 1
        if not container._iterating:
            container._commit_removals()


class _WeakContainer:
    """Removal of dead entries, shared by the three weak containers.

    Each entry holds a weak reference whose callback (``self._remove``) drops the entry when
    its referent dies.  While an iteration over the container is running, the dead
    references are queued instead (so the underlying dict or set does not change size under
    the iterator) and dropped when the last iteration ends.  Subclasses keep their entries in
    ``self.data`` and say how an entry is found (``_holds``) and dropped (``_drop``).
    """

    def _init_removals(self):
        self._pending_removals = []  # dead references whose entries await removal
        self._iterating = 0          # number of iterations running
        self_ref = ref(self)         # weak: the callbacks must not keep the container alive

        def remove(dead_ref):
            self = self_ref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(dead_ref)
                else:
                    self._drop(dead_ref)

        self._remove = remove

    def _commit_removals(self):
        """Drop the entries queued while iterations ran (called when the last one ends)."""
        pending = self._pending_removals
        while pending:
            self._drop(pending.pop())

    def __len__(self):
        # Entries whose removal is deferred no longer count.
        queued = sum(1 for wr in self._pending_removals if self._holds(wr))
        return len(self.data) - queued


class _WeakMapping(_WeakContainer):
    """The parts of the mapping API that both weak dictionaries share."""

    __reversed__ = None  # like any Mapping: not reversible

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def clear(self):
        self.data.clear()

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        result = type(self)()
        result.update(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self

    def __copy__(self):
        return self.copy()

    if _GenericAlias is not None:
        __class_getitem__ = classmethod(_GenericAlias)


class KeyedRef(ref):
    """A weak reference that also remembers a key: the values of a WeakValueDictionary are
    held through these, so that the callback knows which entry to drop."""
    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass  # everything is set up by __new__


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held weakly: an entry disappears when its value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}  # key -> KeyedRef to the value
        self._init_removals()
        self.update(other, **kw)

    def _holds(self, wr):
        return self.data.get(wr.key) is wr

    def _drop(self, wr):
        # The key may have been given a new value since; keep that one.
        if self._holds(wr):
            del self.data[wr.key]

    def _keyed_ref(self, key, value):
        return KeyedRef(value, self._remove, key)

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = self._keyed_ref(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        try:
            wr = self.data[key]
        except KeyError:
            return False
        return wr() is not None

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        value = wr()
        return default if value is None else value

    def keys(self):
        with _Iterating(self):
            for key, wr in self.data.items():
                if wr() is not None:
                    yield key

    __iter__ = keys

    def values(self):
        with _Iterating(self):
            for wr in self.data.values():
                value = wr()
                if value is not None:
                    yield value

    def items(self):
        with _Iterating(self):
            for key, wr in self.data.items():
                value = wr()
                if value is not None:
                    yield key, value

    def itervaluerefs(self):
        """Iterate over the weak references to the values (some may be dead)."""
        with _Iterating(self):
            yield from self.data.values()

    def valuerefs(self):
        """A list of the weak references to the values (some may be dead)."""
        return list(self.data.values())

    def copy(self):
        new = WeakValueDictionary()
        with _Iterating(self):
            for key, wr in self.data.items():
                value = wr()
                if value is not None:
                    new[key] = value
        return new

    def pop(self, key, *default):
        try:
            value = self.data.pop(key)()
        except KeyError:
            value = None
        if value is None:
            if default:
                return default[0]
            raise KeyError(key)
        return value

    def popitem(self):
        while True:
            key, wr = self.data.popitem()  # KeyError once empty
            value = wr()
            if value is not None:
                return key, value

    def setdefault(self, key, default=None):
        try:
            value = self.data[key]()
        except KeyError:
            value = None
        if value is None:
            self.data[key] = self._keyed_ref(key, default)
            return default
        return value

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, value in other.items():
                self.data[key] = self._keyed_ref(key, value)
        for key, value in kwargs.items():
            self.data[key] = self._keyed_ref(key, value)


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held weakly: an entry disappears when its key dies.

    Keys must be hashable and weakly referenceable; they are compared by equality."""

    def __init__(self, dict=None):
        self.data = {}  # weak reference to the key -> value
        self._init_removals()
        if dict is not None:
            self.update(dict)

    def _holds(self, wr):
        return wr in self.data

    def _drop(self, wr):
        self.data.pop(wr, None)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        with _Iterating(self):
            for wr in self.data:
                key = wr()
                if key is not None:
                    yield key

    __iter__ = keys

    def values(self):
        with _Iterating(self):
            for wr, value in self.data.items():
                if wr() is not None:
                    yield value

    def items(self):
        with _Iterating(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    yield key, value

    def keyrefs(self):
        """A list of the weak references to the keys (some may be dead)."""
        return list(self.data)

    def copy(self):
        new = WeakKeyDictionary()
        with _Iterating(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    new[key] = value
        return new

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()  # KeyError once empty
            key = wr()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)  # the parameter hides the builtin
            for key, value in dict.items():
                self.data[ref(key, self._remove)] = value
        if kwargs:
            self.update(kwargs)


class WeakSet(_WeakContainer):
    """A set whose elements are held weakly: an element disappears when it dies."""

    __module__ = "_weakrefset"  # where CPython defines it: its repr names that module

    def __init__(self, data=None):
        self.data = set()  # weak references to the elements
        self._init_removals()
        if data is not None:
            self.update(data)

    def _holds(self, wr):
        return wr in self.data

    def _drop(self, wr):
        self.data.discard(wr)

    def __iter__(self):
        with _Iterating(self):
            for wr in self.data:
                item = wr()
                if item is not None:
                    yield item

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = wr()
            if item is not None:
                return item

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        return type(self)(item for items in (self, other) for item in items)

    __or__ = union

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return type(self)(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(ref(item) for item in other)
        return self

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    # Comparisons accept any iterable of weakly referenceable objects, except equality,
    # which is only defined between WeakSets.
    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(ref(item) for item in other)

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(ref(item) for item in other)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == set(ref(item) for item in other)

    __hash__ = None

    if _GenericAlias is not None:
        __class_getitem__ = classmethod(_GenericAlias)


# ---------------------------------------------------------------------------------------
# finalize
# ---------------------------------------------------------------------------------------

def _report(exc):
    """Report an exception raised by a finalizer at exit, as an uncaught one would be."""
    hook = getattr(sys, "excepthook", None)
    if hook is not None:
        hook(type(exc), exc, exc.__traceback__)
        return
    # Without sys.excepthook, print at least the traceback's last line.
    cls = type(exc)
    name = cls.__qualname__
    if cls.__module__ not in ("builtins", "__main__"):
        name = f"{cls.__module__}.{name}"
    text = str(exc)
    print(f"{name}: {text}" if text else name, file=sys.stderr)


class _FinalizerState:
    """What a live finalizer remembers (finalizers themselves have no attributes)."""
    __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")


class finalize:
    """finalize(obj, func, /, *args, **kwargs): a finalizer that calls
    ``func(*args, **kwargs)`` once, when ``obj`` dies or when the finalizer is called.

    A finalizer still alive at interpreter exit is called then if its ``atexit`` attribute
    is true (the default); such finalizers run in the reverse order of their creation.
    """
    __slots__ = ()

    _registry = {}            # live finalizer -> _FinalizerState
    _created = 0              # number of finalizers created so far (their creation order)
    _registry_grew = False    # set on each creation: the exit hook then looks again
    _exit_hook_added = False  # the exit hook is registered with atexit on first use
    _shut_down = False        # after the exit hook, dying objects call nothing

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._exit_hook_added:
            import atexit
            atexit.register(finalize._run_at_exit)
            finalize._exit_hook_added = True
        state = _FinalizerState()
        state.weakref = ref(obj, self)  # the finalizer is the callback: see __call__
        state.func = func
        state.args = args
        state.kwargs = kwargs or None
        state.atexit = True
        state.index = finalize._created
        finalize._created += 1
        finalize._registry[self] = state
        finalize._registry_grew = True

    def __call__(self, _=None):
        """If alive, mark the finalizer dead and return ``func(*args, **kwargs)``;
        otherwise return None."""
        state = finalize._registry.pop(self, None)
        if state is not None and not finalize._shut_down:
            return state.func(*state.args, **(state.kwargs or {}))

    def _describe(self):
        """(obj, func, args, kwargs) while the finalizer and its object live, else None."""
        state = finalize._registry.get(self)
        obj = state.weakref() if state is not None else None
        if obj is None:
            return None
        return (obj, state.func, state.args, state.kwargs or {})

    def detach(self):
        """If alive, mark the finalizer dead and return (obj, func, args, kwargs);
        otherwise return None."""
        found = self._describe()
        if found is not None and finalize._registry.pop(self, None) is not None:
            return found
        return None

    def peek(self):
        """If alive, return (obj, func, args, kwargs); otherwise return None."""
        return self._describe()

    @property
    def alive(self):
        """Whether the finalizer has not been called, detached or run at exit yet."""
        return self in finalize._registry

    @property
    def atexit(self):
        """Whether the finalizer will be called at exit if still alive then."""
        state = finalize._registry.get(self)
        return state is not None and state.atexit

    @atexit.setter
    def atexit(self, value):
        state = finalize._registry.get(self)
        if state is not None:
            state.atexit = bool(value)

    def __repr__(self):
        state = finalize._registry.get(self)
        obj = state.weakref() if state is not None else None
        if obj is None:
            return f"<{type(self).__name__} object at {id(self):#x}; dead>"
        return (f"<{type(self).__name__} object at {id(self):#x}; "
                f"for {type(obj).__name__!r} at {id(obj):#x}>")

    @staticmethod
    def _pending_at_exit():
        """The live finalizers to run at exit, oldest first."""
        found = [(state.index, f) for f, state in finalize._registry.items() if state.atexit]
        found.sort(key=lambda pair: pair[0])
        return [f for _, f in found]

    @staticmethod
    def _run_at_exit():
        """The atexit hook: call the pending finalizers, newest first.  Garbage collection
        is paused meanwhile so that no other finalizer runs in between; an exception is
        reported and the next finalizer still runs."""
        import gc
        reenable_gc = False
        try:
            if finalize._registry:
                if gc.isenabled():
                    reenable_gc = True
                    gc.disable()
                pending = None
                while True:
                    # A finalizer may create others: look again when that happened.
                    if pending is None or finalize._registry_grew:
                        pending = finalize._pending_at_exit()
                        finalize._registry_grew = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception as exc:
                        _report(exc)
        finally:
            finalize._shut_down = True
            if reenable_gc:
                gc.enable()
