"""Tools for working with functions and callable objects.

This is pyrs's own pure-Python ``functools`` module.  It provides:

* ``update_wrapper`` and ``wraps``, with ``WRAPPER_ASSIGNMENTS`` and ``WRAPPER_UPDATES``;
* ``total_ordering`` and ``cmp_to_key``;
* ``reduce``;
* ``partial`` and ``partialmethod``;
* ``lru_cache`` and ``cache`` (with ``cache_info()``, ``cache_clear()`` and
  ``cache_parameters()``);
* ``singledispatch`` and ``singledispatchmethod``;
* ``cached_property``.

The behaviour, reprs and error messages follow CPython 3.11's ``functools`` module.  pyrs has
no threads, so nothing here takes a lock.
"""

from _weakref import ref as _ref

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

# ``X[int]`` on the generic classes below returns a ``types.GenericAlias``, as in CPython,
# when the interpreter has that type (it is what ``list[int]`` returns).
try:
    _GenericAlias = type(list[int])
except Exception:
    _GenericAlias = None
else:
    GenericAlias = _GenericAlias


class _Bound:
    def method(self):
        pass


_MethodType = type(_Bound().method)
del _Bound

# A sentinel no caller can pass in.
_MISSING = object()


def _binder(obj):
    """``obj.__get__``, or None when ``obj`` is no descriptor.

    (pyrs's classmethod and staticmethod objects do not show a ``__get__``: for them an
    equivalent is made here.)
    """
    get = getattr(obj, '__get__', None)
    if get is not None:
        return get
    if isinstance(obj, classmethod):
        func = obj.__func__

        def get(instance, owner=None):
            return _MethodType(func, type(instance) if owner is None else owner)
        return get
    if isinstance(obj, staticmethod):
        func = obj.__func__
        return lambda instance, owner=None: func
    return None


# ---------------------------------------------------------------------------------------
# update_wrapper() and wraps()
# ---------------------------------------------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make ``wrapper`` look like ``wrapped``, and return it.

    The attributes named in ``assigned`` are copied from ``wrapped`` (those it lacks are
    skipped), the mappings named in ``updated`` are updated from those of ``wrapped``, and
    ``wrapper.__wrapped__`` is set to ``wrapped``.
    """
    for name in assigned:
        value = getattr(wrapped, name, _MISSING)
        if value is not _MISSING:
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so that a ``__wrapped__`` copied out of ``wrapped.__dict__`` is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of ``update_wrapper``: ``@wraps(f)`` applies it with ``wrapped=f``.

    The result is ``partial(update_wrapper, wrapped=..., assigned=..., updated=...)``.
    """
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---------------------------------------------------------------------------------------
# total_ordering()
# ---------------------------------------------------------------------------------------

# Each function derives one comparison from the root one the class defines.  Their names,
# docstrings and results are those of CPython's; the root method is looked up on the type,
# and a NotImplemented from it is passed on.

def _gt_from_lt(self, other):
    'Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).'
    less = type(self).__lt__(self, other)
    if less is NotImplemented:
        return less
    return not less and self != other


def _le_from_lt(self, other):
    'Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).'
    less = type(self).__lt__(self, other)
    if less is NotImplemented:
        return less
    return less or self == other


def _ge_from_lt(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a < b).'
    less = type(self).__lt__(self, other)
    if less is NotImplemented:
        return less
    return not less


def _ge_from_le(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).'
    less_eq = type(self).__le__(self, other)
    if less_eq is NotImplemented:
        return less_eq
    return not less_eq or self == other


def _lt_from_le(self, other):
    'Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).'
    less_eq = type(self).__le__(self, other)
    if less_eq is NotImplemented:
        return less_eq
    return less_eq and self != other


def _gt_from_le(self, other):
    'Return a > b.  Computed by @total_ordering from (not a <= b).'
    less_eq = type(self).__le__(self, other)
    if less_eq is NotImplemented:
        return less_eq
    return not less_eq


def _lt_from_gt(self, other):
    'Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).'
    greater = type(self).__gt__(self, other)
    if greater is NotImplemented:
        return greater
    return not greater and self != other


def _ge_from_gt(self, other):
    'Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).'
    greater = type(self).__gt__(self, other)
    if greater is NotImplemented:
        return greater
    return greater or self == other


def _le_from_gt(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a > b).'
    greater = type(self).__gt__(self, other)
    if greater is NotImplemented:
        return greater
    return not greater


def _le_from_ge(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).'
    greater_eq = type(self).__ge__(self, other)
    if greater_eq is NotImplemented:
        return greater_eq
    return not greater_eq or self == other


def _gt_from_ge(self, other):
    'Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).'
    greater_eq = type(self).__ge__(self, other)
    if greater_eq is NotImplemented:
        return greater_eq
    return greater_eq and self != other


def _lt_from_ge(self, other):
    'Return a < b.  Computed by @total_ordering from (not a >= b).'
    greater_eq = type(self).__ge__(self, other)
    if greater_eq is NotImplemented:
        return greater_eq
    return not greater_eq


# For each possible root: the methods derived from it.
_DERIVED = {
    '__lt__': (('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)),
    '__le__': (('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)),
    '__gt__': (('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)),
    '__ge__': (('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)),
}


def total_ordering(cls):
    """Class decorator that fills in the missing rich comparison methods.

    The class must define one of ``__lt__``, ``__le__``, ``__gt__`` or ``__ge__`` (and
    should define ``__eq__``); the others are derived from it.
    """
    defined = [name for name in _DERIVED
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # With several defined, the root is the first of __lt__, __le__, __gt__, __ge__.
    root = max(defined)
    for name, derived in _DERIVED[root]:
        if name not in defined:
            derived.__name__ = name
            setattr(cls, name, derived)
    return cls


# ---------------------------------------------------------------------------------------
# cmp_to_key()
# ---------------------------------------------------------------------------------------

class _KeyWrapper:
    """A sort key made from an old-style comparison function (see ``cmp_to_key``).

    ``cmp_to_key(cmp)`` is one of these without an object; calling it wraps an object.
    """
    __slots__ = ('_cmp', 'obj')
    __hash__ = None

    def __call__(self, *args, **kwargs):
        if len(args) == 1 and not kwargs:
            obj = args[0]
        else:
            obj = _single_argument('K', 'obj', args, kwargs)
        key = _KeyWrapper.__new__(_KeyWrapper)
        key._cmp = self._cmp
        key.obj = obj
        return key

    def _compare(self, other):
        if type(other) is not _KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __ne__(self, other):
        return self._compare(other) != 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __ge__(self, other):
        return self._compare(other) >= 0


_KeyWrapper.__name__ = _KeyWrapper.__qualname__ = 'KeyWrapper'


def _single_argument(function, name, args, kwargs):
    """The one argument of a call that takes exactly ``name``, by position or by keyword.

    The errors are those CPython's argument parser gives its C functions.
    """
    given = len(args) + len(kwargs)
    if given > 1:
        if args:
            raise TypeError('%s() takes at most 1 argument (%d given)' % (function, given))
        raise TypeError('%s() takes at most 1 keyword argument (%d given)' % (function, given))
    if args:
        return args[0]
    if name in kwargs:
        return kwargs[name]
    raise TypeError("%s() missing required argument '%s' (pos 1)" % (function, name))


def cmp_to_key(*args, **kwargs):
    """Convert a cmp= function into a key= function.

    ``sorted(items, key=cmp_to_key(cmp))`` orders the items as ``cmp`` says: ``cmp(a, b)``
    returns a negative number, zero or a positive number when a < b, a == b or a > b.
    """
    mycmp = _single_argument('cmp_to_key', 'mycmp', args, kwargs)
    key = _KeyWrapper.__new__(_KeyWrapper)
    key._cmp = mycmp
    return key


# ---------------------------------------------------------------------------------------
# reduce()
# ---------------------------------------------------------------------------------------

def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

Apply a function of two arguments cumulatively to the items of an iterable, from left
to right, reducing it to a single value: reduce(f, [1, 2, 3]) is f(f(1, 2), 3).  When
initial is given it comes before the items, and it is the result when the iterable is
empty."""
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    count = len(args)
    if count < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d' % count)
    if count > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d' % count)
    function = args[0]
    try:
        it = iter(args[1])
    except TypeError:
        it = None
    if it is None:
        raise TypeError('reduce() arg 2 must support iteration')
    if count == 3:
        value = args[2]
    else:
        value = next(it, _MISSING)
        if value is _MISSING:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in it:
        value = function(value, item)
    return value


# ---------------------------------------------------------------------------------------
# partial and partialmethod
# ---------------------------------------------------------------------------------------

# ids of the objects whose repr is being computed: a partial that contains itself is shown
# as ``...`` inside its own repr.
_repr_running = set()

_PARTIAL_FIELDS = ('func', 'args', 'keywords')


def _instance_dict(obj):
    """The attributes a user set on a partial (its ``__dict__`` without the fields)."""
    namespace = obj.__dict__
    if 'func' in namespace or 'args' in namespace or 'keywords' in namespace:
        # (pyrs keeps slot values in the instance dict when the class has one.)
        return {k: v for k, v in namespace.items() if k not in _PARTIAL_FIELDS}
    return namespace


class partial:
    """partial(func, *args, **keywords): func with some arguments supplied in advance.

Calling the result with more arguments calls func with the stored positional arguments
first, and with the stored keywords updated by the call's keywords.
"""
    __slots__ = ('func', 'args', 'keywords', '__dict__', '__weakref__')

    def __new__(cls, /, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # A plain partial (any subclass that keeps partial's __call__) without attributes of
        # its own is flattened: partial(partial(f, 1), 2) is partial(f, 1, 2).
        if (isinstance(func, partial) and type(func).__call__ is partial.__call__
                and not _instance_dict(func)):
            args = func.args + args
            if func.keywords:
                keywords = {**func.keywords, **keywords}
            func = func.func
        self = object.__new__(cls)
        setfield = object.__setattr__
        setfield(self, 'func', func)
        setfield(self, 'args', args)
        setfield(self, 'keywords', keywords)
        return self

    def __call__(self, /, *args, **keywords):
        if self.keywords:
            keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __setattr__(self, name, value):
        if name in _PARTIAL_FIELDS:
            raise AttributeError('readonly attribute')
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _PARTIAL_FIELDS:
            raise AttributeError('readonly attribute')
        object.__delattr__(self, name)

    def __repr__(self):
        cls = type(self)
        name = 'functools.partial' if cls is partial else cls.__name__
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [repr(self.func)]
            parts.extend(map(repr, self.args))
            parts.extend('%s=%r' % item for item in self.keywords.items())
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (name, ', '.join(parts))

    def __reduce__(self):
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords, _instance_dict(self) or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError('invalid partial state')
        func, args, keywords, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or (keywords is not None and not isinstance(keywords, dict))):
            raise TypeError('invalid partial state')
        if type(args) is not tuple:
            args = tuple(args)
        if keywords is None:
            keywords = {}
        elif type(keywords) is not dict:
            keywords = dict(keywords)
        own = self.__dict__
        own.clear()
        if namespace is not None:
            own.update(namespace)
        setfield = object.__setattr__
        setfield(self, 'func', func)
        setfield(self, 'args', args)
        setfield(self, 'keywords', keywords)

    if _GenericAlias is not None:
        __class_getitem__ = classmethod(_GenericAlias)


class partialmethod:
    """Like ``partial``, for use in a class body: the result is a method.

    ``func`` may be a descriptor (a function, a classmethod, ...), which is bound first and
    then given the stored arguments; any other callable gets the instance as its first
    argument, before the stored ones.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and _binder(func) is None:
            raise TypeError('{!r} is not callable or a descriptor'.format(func))
        if isinstance(func, partialmethod):
            # partialmethod(partialmethod(f, 1), 2) is partialmethod(f, 1, 2).
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        cls = type(self)
        return '%s.%s(%r, %s, %s)' % (
            cls.__module__, cls.__qualname__, self.func,
            ', '.join(map(repr, self.args)),
            ', '.join('%s=%r' % item for item in self.keywords.items()))

    def _make_unbound_method(self):
        # The function used when ``func`` is no descriptor: it takes the instance (or class)
        # first and puts it before the stored arguments.
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        bind = _binder(self.func)
        if bind is not None:
            bound = bind(obj, cls)
            if bound is not self.func:
                # The descriptor made something new (a bound method, the function of a
                # staticmethod, ...): apply the stored arguments to that.
                result = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, '__self__', _MISSING)
                if owner is not _MISSING:
                    result.__self__ = owner
                return result
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    if _GenericAlias is not None:
        __class_getitem__ = classmethod(_GenericAlias)


# ---------------------------------------------------------------------------------------
# lru_cache() and cache()
# ---------------------------------------------------------------------------------------

class _CacheInfo(tuple):
    'CacheInfo(hits, misses, maxsize, currsize)'
    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')
    _field_defaults = {}
    __match_args__ = _fields

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != 4:
            raise TypeError('Expected 4 arguments, got %d' % len(values))
        return tuple.__new__(cls, values)

    def _replace(self, /, **changes):
        values = [changes.pop(name, value) for name, value in zip(self._fields, self)]
        if changes:
            raise ValueError('Got unexpected field names: %r' % list(changes))
        return tuple.__new__(type(self), values)

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return (self[0], self[1], self[2], self[3])

    hits = property(lambda self: self[0], doc='Alias for field number 0')
    misses = property(lambda self: self[1], doc='Alias for field number 1')
    maxsize = property(lambda self: self[2], doc='Alias for field number 2')
    currsize = property(lambda self: self[3], doc='Alias for field number 3')


_CacheInfo.__name__ = _CacheInfo.__qualname__ = 'CacheInfo'

# Separates the positional arguments from the keyword ones in a cache key.
_KWD_MARK = object()
_FAST_TYPES = (int, str)


def _make_key(args, kwds, typed):
    """The cache key of a call: hashable, and equal only for calls the cache treats alike."""
    key = args
    if kwds:
        key += (_KWD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    return key


class _lru_cache_wrapper:
    """The callable that ``lru_cache`` returns: it remembers results by arguments.

    ``maxsize`` None means no limit, 0 means nothing is kept; otherwise the least recently
    used result is dropped once ``maxsize`` are kept.  The cache is a dict kept in
    recency order (oldest first).
    """
    __slots__ = ('__dict__', '__weakref__', '_lru_func', '_lru_maxsize', '_lru_typed',
                 '_lru_cache', '_lru_hits', '_lru_misses')

    def __init__(self, user_function, maxsize, typed, cache_info_type=None):
        if not callable(user_function):
            raise TypeError('the first argument must be callable')
        self._lru_func = user_function
        self._lru_maxsize = maxsize
        self._lru_typed = typed
        self._lru_cache = {}
        self._lru_hits = 0
        self._lru_misses = 0

    def __call__(self, /, *args, **kwds):
        maxsize = self._lru_maxsize
        if maxsize == 0:
            self._lru_misses += 1
            return self._lru_func(*args, **kwds)
        if kwds or self._lru_typed:
            key = _make_key(args, kwds, self._lru_typed)
        elif len(args) == 1 and type(args[0]) in _FAST_TYPES:
            # A lone int or str argument is its own key (as in CPython: so f(1) and
            # f(1.0) are distinct calls, while f(1.0) and f(True) are not).
            key = args[0]
        else:
            key = args
        cache = self._lru_cache
        result = cache.get(key, _MISSING)
        if result is not _MISSING:
            self._lru_hits += 1
            if maxsize is not None:
                # Move the entry to the most recent end.
                del cache[key]
                cache[key] = result
            return result
        self._lru_misses += 1
        result = self._lru_func(*args, **kwds)
        if maxsize is None:
            cache[key] = result
        elif key not in cache:
            # (When the call itself cached this key, that entry is kept as it is.)
            if len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
        return result

    def cache_info(self):
        """The cache's statistics: CacheInfo(hits, misses, maxsize, currsize)."""
        return _CacheInfo(self._lru_hits, self._lru_misses, self._lru_maxsize,
                          len(self._lru_cache))

    def cache_clear(self):
        """Empty the cache and reset its statistics."""
        self._lru_cache.clear()
        self._lru_hits = self._lru_misses = 0

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return _MethodType(self, obj)

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def lru_cache(maxsize=128, typed=False):
    """Decorator that remembers the results of the most recent ``maxsize`` calls.

    ``maxsize=None`` keeps every result; ``typed=True`` keeps calls whose arguments differ
    only in type (``f(3)`` and ``f(3.0)``) apart.  The arguments must be hashable.  Usable
    as ``@lru_cache`` or ``@lru_cache(...)``.  The wrapper has ``cache_info()`` (hits,
    misses, maxsize, currsize), ``cache_clear()``, ``cache_parameters()`` and
    ``__wrapped__``.
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as ``@lru_cache`` without arguments.
        return _make_lru_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _make_lru_wrapper(user_function, maxsize, typed)

    return decorating_function


def _make_lru_wrapper(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    "Decorator that remembers every result of the function: lru_cache(maxsize=None)."
    return lru_cache(maxsize=None)(user_function)


# ---------------------------------------------------------------------------------------
# singledispatch() and singledispatchmethod
# ---------------------------------------------------------------------------------------

_UnionType = type(int | str)


def _is_union(obj):
    return type(obj) is _UnionType


def _is_dispatch_type(obj):
    if isinstance(obj, type):
        return True
    return _is_union(obj) and all(isinstance(arg, type) for arg in obj.__args__)


_MappingProxy = type(type.__dict__)


def _dispatch_order(cls, candidates):
    """The classes to try, most specific first, when dispatching on ``cls``.

    That is the MRO of ``cls``, plus the registered classes ``cls`` is only a virtual
    subclass of (such as ABCs it was registered with): each goes just before the first
    class of the MRO that is no subclass of it, more specific ones first.
    """
    mro = list(cls.__mro__)
    implicit = [c for c in candidates if c not in mro and issubclass(cls, c)]
    if not implicit:
        return mro, mro
    placed = {}
    for extra in implicit:
        position = len(mro)
        for i in range(1, len(mro)):
            if not issubclass(mro[i], extra):
                position = i
                break
        group = placed.setdefault(position, [])
        at = len(group)
        for j, other in enumerate(group):
            if issubclass(extra, other):
                at = j
                break
        group.insert(at, extra)
    order = []
    for i, base in enumerate(mro):
        order.extend(placed.get(i, ()))
        order.append(base)
    order.extend(placed.get(len(mro), ()))
    return order, mro


def _find_impl(cls, registry):
    """The implementation registered for the closest class of ``cls``'s (composed) MRO."""
    order, mro = _dispatch_order(cls, registry)
    match = None
    for t in order:
        if match is not None:
            # Two unrelated virtual bases, both registered and equally close: refuse to guess.
            if (t in registry and t not in mro and match not in mro
                    and not issubclass(match, t)):
                raise RuntimeError('Ambiguous dispatch: {} or {}'.format(match, t))
            break
        if t in registry:
            match = t
    return registry.get(match)


def _annotation_hints(func):
    """``func``'s annotations, with string ones evaluated (as typing.get_type_hints does)."""
    annotations = getattr(func, '__annotations__', None)
    if annotations is None:
        # (pyrs's classmethod and staticmethod do not forward the function's annotations.)
        inner = getattr(func, '__func__', None)
        annotations = getattr(inner, '__annotations__', None) if inner is not None else None
    if not annotations:
        return {}
    namespace_owner = func
    while True:
        inner = getattr(namespace_owner, '__wrapped__', None)
        if inner is None:
            inner = getattr(namespace_owner, '__func__', None)
        if inner is None:
            break
        namespace_owner = inner
    globalns = getattr(namespace_owner, '__globals__', {})
    hints = {}
    for name, value in annotations.items():
        if value is None:
            value = type(None)
        elif isinstance(value, str):
            value = eval(value, globalns, None)
            if value is None:
                value = type(None)
        hints[name] = value
    return hints


def singledispatch(func):
    """Make ``func`` a generic function that picks an implementation by argument type.

    The implementation is chosen by the class of the first positional argument, the
    closest class of its MRO with a registered implementation winning; ``func`` itself is
    the one registered for ``object``.  Add implementations with ``.register``.
    """
    registry = {}
    # The implementation found for each class, by id(); a weak reference to the class (its
    # callback drops the entry when the class dies) is kept with it.
    dispatch_cache = {}
    cache_token = None

    def forget(wr, cache=dispatch_cache):
        for key, entry in list(cache.items()):
            if entry[0] is wr:
                del cache[key]

    def dispatch(cls):
        """The implementation that would be called for an argument of class ``cls``."""
        nonlocal cache_token
        if cache_token is not None:
            current = _get_cache_token()
            if cache_token != current:
                dispatch_cache.clear()
                cache_token = current
        entry = dispatch_cache.get(id(cls))
        if entry is not None and entry[0]() is cls:
            return entry[1]
        wr = _ref(cls, forget)
        impl = registry.get(cls, _MISSING)
        if impl is _MISSING:
            impl = _find_impl(cls, registry)
        dispatch_cache[id(cls)] = (wr, impl)
        return impl

    def register(cls, func=None):
        """Register ``func`` for ``cls`` (a class or a union of classes); return ``func``.

        ``register(cls)`` returns a decorator; ``register(func)`` takes the class from the
        annotation of ``func``'s first parameter.
        """
        nonlocal cache_token
        if _is_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f'Invalid first argument to `register()`. '
                    f'{cls!r} is not a class or union type.')
            annotations = getattr(cls, '__annotations__', None)
            if annotations is None and hasattr(cls, '__func__'):
                annotations = getattr(cls.__func__, '__annotations__', None)
            if not annotations:
                raise TypeError(
                    f'Invalid first argument to `register()`: {cls!r}. '
                    f'Use either `@register(some_class)` or plain `@register` '
                    f'on an annotated function.')
            func = cls
            argname, cls = next(iter(_annotation_hints(func).items()))
            if not _is_dispatch_type(cls):
                if _is_union(cls):
                    raise TypeError(
                        f'Invalid annotation for {argname!r}. '
                        f'{cls!r} not all arguments are classes.')
                raise TypeError(
                    f'Invalid annotation for {argname!r}. {cls!r} is not a class.')
        if _is_union(cls):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        if cache_token is None and hasattr(cls, '__abstractmethods__'):
            cache_token = _get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _MappingProxy(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


def _get_cache_token():
    # ABC registrations invalidate the dispatch caches; abc may not exist in pyrs yet.
    try:
        from abc import get_cache_token
    except ImportError:
        return None
    return get_cache_token()


class singledispatchmethod:
    """Like ``singledispatch``, for methods: dispatches on the first argument after
    ``self`` (or ``cls``).  The implementations may be functions, classmethods or
    staticmethods.
    """

    def __init__(self, func):
        if not callable(func) and _binder(func) is None:
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register ``method`` for ``cls``, as ``singledispatch``'s ``register`` does."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            method = dispatch(args[0].__class__)
            return _binder(method)(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---------------------------------------------------------------------------------------
# cached_property
# ---------------------------------------------------------------------------------------

class cached_property:
    """A property computed once per instance, then kept in the instance's ``__dict__``.

    Deleting the attribute makes the next access compute it again.
    """

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                f'({self.attrname!r} and {name!r}).'
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                'Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            namespace = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f'instance to cache {name!r} property.'
            ) from None
        value = namespace.get(name, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            try:
                namespace[name] = value
            except TypeError:
                raise TypeError(
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f'does not support item assignment for caching {name!r} property.'
                ) from None
        return value

    if _GenericAlias is not None:
        __class_getitem__ = classmethod(_GenericAlias)
