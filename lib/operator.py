"""Operator interface: the intrinsic operators of Python as plain functions.

This is pyrs's own pure-Python ``operator`` module.  ``operator.add(x, y)`` is ``x + y``,
``operator.getitem(a, i)`` is ``a[i]``, and so on; every function is also available under its
special-method name (``operator.__add__``).  The module also provides the callable helper
types ``itemgetter``, ``attrgetter`` and ``methodcaller``.

The behaviour, reprs and error messages follow CPython 3.11's ``operator`` module.  One
difference remains: calling one of these functions with the wrong number of arguments gives
the interpreter's usual message for Python functions rather than CPython's wording.
"""

from sys import maxsize as _MAXSIZE

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

_builtin_abs = abs


# ---------------------------------------------------------------------------------------
# Comparisons and truth
# ---------------------------------------------------------------------------------------

def lt(a, b, /):
    "Same as a < b."
    return a < b


def le(a, b, /):
    "Same as a <= b."
    return a <= b


def eq(a, b, /):
    "Same as a == b."
    return a == b


def ne(a, b, /):
    "Same as a != b."
    return a != b


def ge(a, b, /):
    "Same as a >= b."
    return a >= b


def gt(a, b, /):
    "Same as a > b."
    return a > b


def not_(a, /):
    "Same as not a."
    return not a


def truth(a, /):
    "Return True if a is true, False otherwise."
    return True if a else False


def is_(a, b, /):
    "Same as a is b."
    return a is b


def is_not(a, b, /):
    "Same as a is not b."
    return a is not b


# ---------------------------------------------------------------------------------------
# Arithmetic and bitwise operations
# ---------------------------------------------------------------------------------------

def abs(a, /):
    "Same as abs(a)."
    return _builtin_abs(a)


def add(a, b, /):
    "Same as a + b."
    return a + b


def and_(a, b, /):
    "Same as a & b."
    return a & b


def floordiv(a, b, /):
    "Same as a // b."
    return a // b


_NOT_FOUND = object()


def _lookup_special(obj, name):
    """The special method ``name`` of ``obj``, looked up on its type and bound.

    Returns _NOT_FOUND when the type has no such attribute.
    """
    cls = type(obj)
    for klass in cls.__mro__:
        namespace = klass.__dict__
        if name in namespace:
            attr = namespace[name]
            bind = getattr(type(attr), '__get__', None)
            if bind is not None:
                return bind(attr, obj, cls)
            if callable(attr) and not isinstance(attr, type):
                # (pyrs's method descriptors do not show their __get__: let the
                # interpreter bind the method.)
                return getattr(obj, name)
            return attr
    return _NOT_FOUND


def index(a, /):
    "Same as a.__index__()"
    cls = type(a)
    if cls is int:
        return a
    if issubclass(cls, int):
        return int.__index__(a)
    method = _lookup_special(a, '__index__')
    if method is _NOT_FOUND:
        raise TypeError("'%s' object cannot be interpreted as an integer" % cls.__name__)
    result = method()
    if type(result) is not int:
        if not issubclass(type(result), int):
            raise TypeError("__index__ returned non-int (type %s)" % type(result).__name__)
        result = int.__index__(result)
    return result


def inv(a, /):
    "Same as ~a."
    return ~a


def invert(a, /):
    "Same as ~a."
    return ~a


def lshift(a, b, /):
    "Same as a << b."
    return a << b


def mod(a, b, /):
    "Same as a % b."
    return a % b


def mul(a, b, /):
    "Same as a * b."
    return a * b


def matmul(a, b, /):
    "Same as a @ b."
    return a @ b


def neg(a, /):
    "Same as -a."
    return -a


def or_(a, b, /):
    "Same as a | b."
    return a | b


def pos(a, /):
    "Same as +a."
    return +a


def pow(a, b, /):
    "Same as a ** b."
    return a ** b


def rshift(a, b, /):
    "Same as a >> b."
    return a >> b


def sub(a, b, /):
    "Same as a - b."
    return a - b


def truediv(a, b, /):
    "Same as a / b."
    return a / b


def xor(a, b, /):
    "Same as a ^ b."
    return a ^ b


# ---------------------------------------------------------------------------------------
# Sequences and containers
# ---------------------------------------------------------------------------------------

# Types whose concatenation is a sequence operation of their own: ``a + b`` is tried with
# them whatever ``b`` is (``[1] + (2,)`` then fails with the list's own message).
_CONCAT_TYPES = (list, tuple, str, bytes, bytearray)


def _is_sequence(obj):
    """True for objects the C API calls sequences: they index, and they are no mapping."""
    cls = type(obj)
    return hasattr(cls, '__getitem__') and not issubclass(cls, dict)


def concat(a, b, /):
    "Same as a + b, for a and b sequences."
    if isinstance(a, _CONCAT_TYPES) or (_is_sequence(a) and _is_sequence(b)):
        return a + b
    raise TypeError("'%s' object can't be concatenated" % type(a).__name__)


def contains(a, b, /):
    "Same as b in a (note reversed operands)."
    return b in a


def _iterate(obj):
    """iter(obj), with the message CPython's sequence searches give for non-iterables."""
    try:
        it = iter(obj)
    except TypeError:
        it = None
    if it is None:
        raise TypeError("argument of type '%s' is not iterable" % type(obj).__name__)
    return it


def countOf(a, b, /):
    "Return the number of items in a which are, or which equal, b."
    count = 0
    for item in _iterate(a):
        if item is b or item == b:
            count += 1
    return count


def delitem(a, b, /):
    "Same as del a[b]."
    del a[b]


def getitem(a, b, /):
    "Same as a[b]."
    return a[b]


def indexOf(a, b, /):
    "Return the first index of b in a."
    i = 0
    for item in _iterate(a):
        if item is b or item == b:
            return i
        i += 1
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c, /):
    "Same as a[b] = c."
    a[b] = c


def length_hint(obj, default=0, /):
    """An estimate of how many items iterating over obj gives (for presizing a container).

    len(obj) when obj has a length, else what obj.__length_hint__() says, else default.
    """
    default = index(default)
    try:
        return len(obj)
    except TypeError:
        pass
    hint = _lookup_special(obj, '__length_hint__')
    if hint is _NOT_FOUND:
        return default
    try:
        value = hint()
    except TypeError:
        return default
    if value is NotImplemented:
        return default
    if not issubclass(type(value), int):
        raise TypeError("__length_hint__ must be an integer, not %s" % type(value).__name__)
    value = int.__int__(value)  # an exact int, as CPython's Py_ssize_t round trip gives
    if not -_MAXSIZE - 1 <= value <= _MAXSIZE:
        raise OverflowError("Python int too large to convert to C ssize_t")
    if value < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return value


# ---------------------------------------------------------------------------------------
# Calls
# ---------------------------------------------------------------------------------------

def call(obj, /, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    return obj(*args, **kwargs)


# ---------------------------------------------------------------------------------------
# In-place operations
# ---------------------------------------------------------------------------------------

def iadd(a, b, /):
    "Same as a += b."
    a += b
    return a


def iand(a, b, /):
    "Same as a &= b."
    a &= b
    return a


def iconcat(a, b, /):
    "Same as a += b, for a and b sequences."
    if isinstance(a, _CONCAT_TYPES) or (_is_sequence(a) and _is_sequence(b)):
        a += b
        return a
    raise TypeError("'%s' object can't be concatenated" % type(a).__name__)


def ifloordiv(a, b, /):
    "Same as a //= b."
    a //= b
    return a


def ilshift(a, b, /):
    "Same as a <<= b."
    a <<= b
    return a


def imod(a, b, /):
    "Same as a %= b."
    a %= b
    return a


def imul(a, b, /):
    "Same as a *= b."
    a *= b
    return a


def imatmul(a, b, /):
    "Same as a @= b."
    a @= b
    return a


def ior(a, b, /):
    "Same as a |= b."
    a |= b
    return a


def ipow(a, b, /):
    "Same as a **= b."
    a **= b
    return a


def irshift(a, b, /):
    "Same as a >>= b."
    a >>= b
    return a


def isub(a, b, /):
    "Same as a -= b."
    a -= b
    return a


def itruediv(a, b, /):
    "Same as a /= b."
    a /= b
    return a


def ixor(a, b, /):
    "Same as a ^= b."
    a ^= b
    return a


# ---------------------------------------------------------------------------------------
# itemgetter, attrgetter, methodcaller
# ---------------------------------------------------------------------------------------

# ids of the getter objects whose repr is being computed (a getter that contains itself is
# shown as ``operator.itemgetter(...)``).
_repr_running = set()


def _guarded_repr(obj, inner):
    name = '%s.%s' % (type(obj).__module__, type(obj).__qualname__)
    key = id(obj)
    if key in _repr_running:
        return name + '(...)'
    _repr_running.add(key)
    try:
        return '%s(%s)' % (name, inner(obj))
    finally:
        _repr_running.discard(key)


class itemgetter:
    """itemgetter(item, ...) --> itemgetter object

A callable that fetches the given item(s) from its operand:
itemgetter(2)(r) is r[2], and itemgetter(2, 5, 3)(r) is (r[2], r[5], r[3])."""
    __slots__ = ('_items', '_single')

    def __init__(self, *items, **kwargs):
        if kwargs:
            raise TypeError("itemgetter() takes no keyword arguments")
        if not items:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self._items = items
        self._single = len(items) == 1

    def __call__(self, obj, /):
        if self._single:
            return obj[self._items[0]]
        return tuple([obj[i] for i in self._items])

    def __repr__(self):
        return _guarded_repr(self, lambda s: ', '.join(map(repr, s._items)))

    def __reduce__(self):
        return type(self), self._items


def _attribute_chain(obj, names):
    for name in names:
        obj = getattr(obj, name)
    return obj


class attrgetter:
    """attrgetter(attr, ...) --> attrgetter object

A callable that fetches the given attribute(s) from its operand:
attrgetter('name')(r) is r.name, attrgetter('name', 'date')(r) is (r.name, r.date),
and a dotted name follows a chain: attrgetter('name.first')(r) is r.name.first."""
    __slots__ = ('_attrs', '_paths', '_single')

    def __init__(self, *attrs, **kwargs):
        if kwargs:
            raise TypeError("attrgetter() takes no keyword arguments")
        if not attrs:
            raise TypeError("attrgetter expected 1 argument, got 0")
        paths = []
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError('attribute name must be a string')
            paths.append(tuple(attr.split('.')))
        self._attrs = attrs
        self._paths = tuple(paths)
        # A single plain name (the common case) is fetched with one getattr().
        if len(attrs) == 1 and len(paths[0]) == 1:
            self._single = attrs[0]
        else:
            self._single = None

    def __call__(self, obj, /):
        name = self._single
        if name is not None:
            return getattr(obj, name)
        paths = self._paths
        if len(paths) == 1:
            return _attribute_chain(obj, paths[0])
        return tuple([_attribute_chain(obj, path) for path in paths])

    def __repr__(self):
        return _guarded_repr(self, lambda s: ', '.join(map(repr, s._attrs)))

    def __reduce__(self):
        return type(self), self._attrs


class methodcaller:
    """methodcaller(name, ...) --> methodcaller object

A callable that calls the given method on its operand, with the given arguments:
methodcaller('name', 'date', foo=1)(r) is r.name('date', foo=1)."""
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError("methodcaller needs at least one argument, the method name")
        self, name = args[0], args[1]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        def inner(s):
            parts = [repr(s._name)]
            parts.extend(map(repr, s._args))
            parts.extend('%s=%r' % item for item in s._kwargs.items())
            return ', '.join(parts)
        return _guarded_repr(self, inner)

    def __reduce__(self):
        if not self._kwargs:
            return type(self), (self._name,) + self._args
        from functools import partial
        return partial(type(self), self._name, **self._kwargs), self._args


# ---------------------------------------------------------------------------------------
# The special-method spellings
# ---------------------------------------------------------------------------------------

__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
