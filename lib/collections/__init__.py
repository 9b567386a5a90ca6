"""Container datatypes: pyrs's own pure-Python ``collections`` package.

* ``namedtuple()``   -- factory of tuple subclasses with named fields;
* ``deque``          -- double-ended queue, O(1) appends and pops at both ends;
* ``defaultdict``    -- dict subclass calling a factory for missing keys;
* ``OrderedDict``    -- dict subclass that can reorder its keys;
* ``Counter``        -- dict subclass counting hashable objects (a multiset);
* ``ChainMap``       -- several mappings seen as a single one;
* ``UserDict``, ``UserList``, ``UserString`` -- wrappers easy to subclass.

The behaviour (results, reprs, error messages) follows CPython 3.11's documented behaviour.
"""

import sys as _sys
from _pyrs import c_named as _c_named

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
           "defaultdict", "deque", "namedtuple"]

try:
    from keyword import iskeyword as _iskeyword
except ImportError:
    _iskeyword = frozenset((
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
        "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
        "raise", "return", "try", "while", "with", "yield")).__contains__

# The abstract base classes give UserDict, UserList, UserString and ChainMap their mixin
# methods and their place in the isinstance() checks.
import _collections_abc as _abc

_Mapping = _abc.Mapping
_MutableMapping = _abc.MutableMapping
_Sequence = _abc.Sequence
_MutableSequence = _abc.MutableSequence

_GenericAlias = _abc.GenericAlias


def _generic_alias(cls, item):
    return _GenericAlias(cls, item)


# Ids of the containers whose repr is being computed, so that a container holding itself
# prints "..." instead of recursing forever.
_repr_running = set()


def _repr_guard(fallback):
    """Decorator for a ``__repr__``: while it runs for an object, a nested call for the
    same object (a container holding itself) returns ``fallback`` instead."""
    def decorate(method):
        def __repr__(self):
            key = id(self)
            if key in _repr_running:
                return fallback
            _repr_running.add(key)
            try:
                return method(self)
            finally:
                _repr_running.discard(key)
        __repr__.__qualname__ = method.__qualname__
        __repr__.__doc__ = method.__doc__
        return __repr__
    return decorate


# repr(obj), or "..." when it is asked again while being computed.
_guarded_repr = _repr_guard("...")(repr)


def _as_int(n, message):
    """n as an int, through __index__; else TypeError(message) (formatted with n's type
    name)."""
    if type(n) is int:
        return n
    try:
        conv = type(n).__index__
    except AttributeError:
        raise TypeError(message.format(type(n).__name__)) from None
    return conv(n)


# What _as_int says for a range() argument, a sequence position and a slice bound.
_NOT_INTEGER = "'{}' object cannot be interpreted as an integer"
_NOT_POSITION = "sequence index must be integer, not '{}'"
_NOT_SLICE_INDEX = "slice indices must be integers or have an __index__ method"


def _is_mapping(obj):
    if isinstance(obj, dict):
        return True
    if type(obj) in _NOT_MAPPINGS:
        return False
    return isinstance(obj, _Mapping)


# the common arguments settled without the ABC machinery
_NOT_MAPPINGS = frozenset((list, tuple, str, bytes, range, set, frozenset))


# ---------------------------------------------------------------------------------------
# namedtuple
# ---------------------------------------------------------------------------------------

_tuple_new = tuple.__new__
_tuple_getitem = tuple.__getitem__
_MISSING = object()


def _field_property(index):
    def get(self):
        return _tuple_getitem(self, index)
    return property(get, doc=f"Alias for field number {index}")


def _quoted_list(names):
    """'a'  /  'a' and 'b'  /  'a', 'b', and 'c' -- the "missing arguments" wording."""
    quoted = [f"'{name}'" for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _bind_fields(func, fields, args, kwargs):
    """The field values of a namedtuple call, checked the way a function with the parameters
    ``(_cls, *fields)`` checks its arguments (``func.__defaults__`` gives the defaults)."""
    name = func.__qualname__
    n = len(fields)
    nargs = len(args)
    values = list(args[:n])
    if nargs < n:
        values.extend([_MISSING] * (n - nargs))
    for key in kwargs:
        try:
            i = fields.index(key)
        except ValueError:
            raise TypeError(f"{name}() got an unexpected keyword argument '{key}'") from None
        if i < nargs:
            raise TypeError(f"{name}() got multiple values for argument '{key}'")
        values[i] = kwargs[key]
    defaults = func.__defaults__ or ()
    ndef = min(len(defaults), n)
    if nargs > n:
        if ndef:
            raise TypeError(f"{name}() takes from {n + 1 - ndef} to {n + 1} positional "
                            f"arguments but {nargs + 1} were given")
        plural = "" if n == 0 else "s"
        raise TypeError(f"{name}() takes {n + 1} positional argument{plural} "
                        f"but {nargs + 1} were given")
    missing = [fields[i] for i in range(n - ndef) if values[i] is _MISSING]
    if missing:
        plural = "" if len(missing) == 1 else "s"
        raise TypeError(f"{name}() missing {len(missing)} required positional argument"
                        f"{plural}: {_quoted_list(missing)}")
    offset = len(defaults) - n
    for i in range(n - ndef, n):
        if values[i] is _MISSING:
            values[i] = defaults[offset + i]
    return values


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(name) for name in field_names]
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith("_")
                    or name in seen):
                field_names[index] = f"_{index}"
            seen.add(name)

    for name in [typename, *field_names]:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
        if _iskeyword(name):
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)

    fields = tuple(field_names)
    nfields = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError("Got more default values than field names")
        field_defaults = dict(zip(fields[nfields - len(defaults):], defaults))

    arg_list = ", ".join(fields)
    repr_format = "(" + ", ".join(f"{name}=%r" for name in fields) + ")"

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == nfields:
            return _tuple_new(_cls, args)
        return _tuple_new(_cls, _bind_fields(__new__, fields, args, kwargs))

    __new__.__defaults__ = defaults
    __new__.__doc__ = f"Create new instance of {typename}({arg_list})"

    def _make(cls, iterable):
        result = _tuple_new(cls, iterable)
        if len(result) != nfields:
            raise TypeError(f"Expected {nfields} arguments, got {len(result)}")
        return result

    _make.__doc__ = f"Make a new {typename} object from a sequence or iterable"

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return result

    _replace.__doc__ = f"Return a new {typename} object replacing specified fields with new values"

    def __repr__(self):
        return self.__class__.__name__ + repr_format % self

    __repr__.__doc__ = "Return a nicely formatted representation string"

    def _asdict(self):
        return dict(zip(self._fields, self))

    _asdict.__doc__ = "Return a new dict which maps field names to their values."

    def __getnewargs__(self):
        # tuple(iter(...)): a plain tuple even where tuple(self) would hand self back
        return tuple(iter(self))

    __getnewargs__.__doc__ = "Return self as a plain tuple.  Used by copy and pickle."

    for method in (__new__, _make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f"{typename}.{method.__name__}"

    namespace = {
        "__doc__": f"{typename}({arg_list})",
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": classmethod(_make),
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _field_property(index)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass
    if module is not None:
        namespace["__module__"] = module
    return type(typename, (tuple,), namespace)


# ---------------------------------------------------------------------------------------
# deque
# ---------------------------------------------------------------------------------------
#
# The items live in two lists: ``_l`` holds the left part in reverse order (its last item is
# the leftmost one) and ``_r`` the right part in order, so both ends are list ends.  When a
# pop finds its side empty, half of the other side moves over, which keeps every operation
# at either end O(1) amortized.  ``_state`` counts the mutations, for the iterators.

class _MaxlenAttribute:
    """The read-only ``maxlen`` attribute."""
    __slots__ = ()
    __doc__ = "maximum size of a deque or None if unbounded"

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return obj._maxlen

    def __set__(self, obj, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    def __delete__(self, obj):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    def __repr__(self):
        return "<attribute 'maxlen' of 'collections.deque' objects>"


_MUTATED = "deque mutated during iteration"
_DEQUE_SLOTS = ("_l", "_r", "_maxlen", "_state")


class _deque_iterator:
    """Iterator over a deque, from left to right; it fails once the deque is mutated."""

    __module__ = "_collections"
    __slots__ = ("_deque", "_state", "_index", "_counter", "_near", "_far")

    # A deque keeps its two lists for life.  The iterator walks ``_near`` (the list holding
    # the end it starts from, that end last) backwards, then ``_far`` forwards.
    _reverse = False

    def __init__(self, d):
        self._deque = d
        self._state = d._state
        self._index = 0
        self._counter = len(d._l) + len(d._r)
        if self._reverse:
            self._near, self._far = d._r, d._l
        else:
            self._near, self._far = d._l, d._r

    def __iter__(self):
        return self

    def __next__(self):
        if self._deque._state != self._state:
            self._counter = 0
            raise RuntimeError(_MUTATED)
        if not self._counter:
            raise StopIteration
        k = self._index
        near = self._near
        n = len(near)
        x = near[n - 1 - k] if k < n else self._far[k - n]
        self._index = k + 1
        self._counter -= 1
        return x

    def __length_hint__(self):
        return self._counter


class _deque_reverse_iterator(_deque_iterator):
    """Iterator over a deque, from right to left; it fails once the deque is mutated."""

    __module__ = "_collections"
    __slots__ = ()
    _reverse = True


@_c_named
class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    __slots__ = ("_l", "_r", "_maxlen", "_state", "__weakref__")

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._l = []
        self._r = []
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
            if maxlen > _sys.maxsize:
                raise OverflowError("Python int too large to convert to C ssize_t")
            maxlen = int(maxlen)
        self._maxlen = maxlen
        if self._l or self._r:
            self.clear()
        self.extend(iterable)

    maxlen = _MaxlenAttribute()

    # -- internal helpers ---------------------------------------------------------------

    def _as_list(self):
        items = self._l[::-1]
        items += self._r
        return items

    # The helpers below work on either end: ``end`` is the list holding that end of the
    # deque (as its last item) and ``other`` the other list.

    @staticmethod
    def _refill(end, other):
        """Moves the half of ``other`` nearest to the middle to the empty ``end``."""
        k = (len(other) + 1) // 2
        part = other[:k]
        part.reverse()
        end[:] = part
        del other[:k]

    def _trim(self, end, other):
        """Drops items at ``end``'s end until the length is at most maxlen."""
        excess = len(end) + len(other) - self._maxlen
        if excess > 0:
            k = min(excess, len(end))
            if k:
                del end[len(end) - k:]
            excess -= k
            if excess:
                del other[:excess]

    # -- the ends -------------------------------------------------------------------------

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        self._r.append(x)
        m = self._maxlen
        if m is not None and len(self._l) + len(self._r) > m:
            self._popleft()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        self._l.append(x)
        m = self._maxlen
        if m is not None and len(self._l) + len(self._r) > m:
            self._pop()

    def _pop(self):
        r = self._r
        if not r:
            if not self._l:
                raise IndexError("pop from an empty deque")
            self._refill(r, self._l)
        return r.pop()

    def _popleft(self):
        l = self._l
        if not l:
            if not self._r:
                raise IndexError("pop from an empty deque")
            self._refill(l, self._r)
        return l.pop()

    def pop(self):
        """Remove and return the rightmost element."""
        x = self._pop()
        self._state += 1
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        x = self._popleft()
        self._state += 1
        return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        _extend_at(self, iterable, self._r, self._l)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        _extend_at(self, iterable, self._l, self._r)

    def clear(self):
        """Remove all elements from the deque."""
        if self._l or self._r:
            self._state += 1
            self._l.clear()
            self._r.clear()

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates
        left."""
        n = _as_int(n, _NOT_INTEGER)
        l = self._l
        r = self._r
        size = len(l) + len(r)
        if size <= 1:
            return
        self._state += 1
        n %= size
        if n > size // 2:
            n -= size
        if n > 0:
            # the last n items go to the left end
            end, other = r, l
        elif n < 0:
            # the first -n items go to the right end
            n = -n
            end, other = l, r
        else:
            return
        # The n items are the last ones of ``end`` (which first takes what it lacks from
        # the middle side of ``other``); they move to the end of ``other``.
        need = n - len(end)
        if need > 0:
            j = need + (len(other) - need) // 2
            part = other[:j]
            part.reverse()
            end[:0] = part
            del other[:j]
        part = end[len(end) - n:]
        del end[len(end) - n:]
        part.reverse()
        other.extend(part)

    def reverse(self):
        """Reverse *IN PLACE*."""
        l = self._l
        r = self._r
        left = l[:]
        l[:] = r
        r[:] = left

    # -- searching ------------------------------------------------------------------------

    def count(self, value):
        """Return number of occurrences of value."""
        state = self._state
        n = 0
        for part in (reversed(self._l), self._r):
            for x in part:
                if x is value or x == value:
                    n += 1
                if self._state != state:
                    raise RuntimeError(_MUTATED)
        return n

    def __contains__(self, value):
        state = self._state
        for part in (reversed(self._l), self._r):
            for x in part:
                if x is value or x == value:
                    return True
                if self._state != state:
                    raise RuntimeError(_MUTATED)
        return False

    def _find(self, value, start, stop, mutated_message):
        l = self._l
        r = self._r
        nl = len(l)
        state = self._state
        for i in range(start, min(stop, nl)):
            x = l[nl - 1 - i]
            found = x is value or x == value
            if self._state != state:
                raise RuntimeError(mutated_message)
            if found:
                return i
        for i in range(max(start, nl), stop):
            x = r[i - nl]
            found = x is value or x == value
            if self._state != state:
                raise RuntimeError(mutated_message)
            if found:
                return i
        return -1

    def index(self, value, start=0, stop=_sys.maxsize):
        """Return first index of value.

        Raises ValueError if the value is not present."""
        start = _as_int(start, _NOT_SLICE_INDEX)
        stop = _as_int(stop, _NOT_SLICE_INDEX)
        size = len(self._l) + len(self._r)
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop = max(stop + size, 0)
        stop = min(stop, size)
        i = self._find(value, start, stop, _MUTATED)
        if i < 0:
            raise ValueError(f"{value!r} is not in deque")
        return i

    def remove(self, value):
        """Remove first occurrence of value."""
        i = self._find(value, 0, len(self._l) + len(self._r), _MUTATED)
        if i < 0:
            raise ValueError(f"{value!r} is not in deque")
        self._delete(i)

    # -- positions ------------------------------------------------------------------------

    def insert(self, index, value):
        """Insert value before index."""
        index = _as_int(index, _NOT_INTEGER)
        l = self._l
        size = len(l) + len(self._r)
        if self._maxlen == size:
            raise IndexError("deque already at its maximum size")
        if index < 0:
            index = max(index + size, 0)
        elif index > size:
            index = size
        self._state += 1
        nl = len(l)
        if index <= nl:
            l.insert(nl - index, value)
        else:
            self._r.insert(index - nl, value)

    def _delete(self, i):
        l = self._l
        nl = len(l)
        self._state += 1
        if i < nl:
            del l[nl - 1 - i]
        else:
            del self._r[i - nl]

    def __getitem__(self, i):
        if type(i) is not int:
            i = _as_int(i, _NOT_POSITION)
        l = self._l
        r = self._r
        if i >= 0:
            if i < len(l):
                return l[-1 - i]
            i -= len(l)
            if i < len(r):
                return r[i]
        else:
            if -i <= len(r):
                return r[i]
            i += len(r)
            if -i <= len(l):
                return l[-1 - i]
        raise IndexError("deque index out of range")

    def __setitem__(self, i, value):
        if type(i) is not int:
            i = _as_int(i, _NOT_POSITION)
        l = self._l
        r = self._r
        if i >= 0:
            if i < len(l):
                l[-1 - i] = value
                return
            i -= len(l)
            if i < len(r):
                r[i] = value
                return
        else:
            if -i <= len(r):
                r[i] = value
                return
            i += len(r)
            if -i <= len(l):
                l[-1 - i] = value
                return
        raise IndexError("deque index out of range")

    def __delitem__(self, i):
        if type(i) is not int:
            i = _as_int(i, _NOT_POSITION)
        size = len(self._l) + len(self._r)
        if i < 0:
            i += size
        if not 0 <= i < size:
            raise IndexError("deque index out of range")
        self._delete(i)

    # -- the container protocol -----------------------------------------------------------

    def __len__(self):
        return len(self._l) + len(self._r)

    def __bool__(self):
        return bool(self._l or self._r)

    def __iter__(self):
        return _deque_iterator(self)

    def __reversed__(self):
        """D.__reversed__() -- return a reverse iterator over the deque"""
        return _deque_reverse_iterator(self)

    @_repr_guard("[...]")
    def __repr__(self):
        name = type(self).__name__
        if self._maxlen is None:
            return f"{name}({self._as_list()!r})"
        return f"{name}({self._as_list()!r}, maxlen={self._maxlen})"

    __hash__ = None

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        if len(self._l) + len(self._r) != len(other._l) + len(other._r):
            return False
        return self._as_list() == other._as_list()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        if len(self._l) + len(self._r) != len(other._l) + len(other._r):
            return True
        return self._as_list() != other._as_list()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() < other._as_list()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() <= other._as_list()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() > other._as_list()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() >= other._as_list()

    # -- operators ------------------------------------------------------------------------

    def copy(self):
        """Return a shallow copy of a deque."""
        cls = type(self)
        if cls is deque:
            new = object.__new__(deque)
            new._l = self._l[:]
            new._r = self._r[:]
            new._maxlen = self._maxlen
            new._state = 0
            return new
        if self._maxlen is None:
            return cls(self)
        return cls(self, self._maxlen)

    __copy__ = copy

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") '
                            f'to deque')
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __imul__(self, n):
        try:
            n = _as_int(n, _NOT_INTEGER)
        except TypeError:
            return _repeat_by_non_int(self, n)
        l = self._l
        r = self._r
        size = len(l) + len(r)
        if n <= 0:
            self.clear()
        elif n > 1 and size:
            m = self._maxlen
            items = l[::-1]
            items += r
            self._state += 1
            if m is not None and size * n > m:
                # only the last m items of the repetition stay
                items = (items * min(n, m // size + 2))[-m:]
                l.clear()
                r[:] = items
            else:
                r.extend(items * (n - 1))
        return self

    def __mul__(self, n):
        try:
            _as_int(n, _NOT_INTEGER)
        except TypeError:
            return _repeat_by_non_int(self, n)
        return self.copy().__imul__(n)

    __rmul__ = __mul__

    def __reduce__(self):
        state = getattr(self, "__dict__", None)
        if state:
            state = {k: v for k, v in state.items() if k not in _DEQUE_SLOTS} or None
        else:
            state = None
        args = () if self._maxlen is None else ((), self._maxlen)
        return type(self), args, state, iter(self)

    __class_getitem__ = classmethod(_generic_alias)


def _extend_at(d, iterable, end, other):
    """deque.extend (``end`` is ``d._r``) and extendleft (``end`` is ``d._l``): adds
    the items at ``end``'s end; a bounded deque drops as many at the other end."""
    if iterable is d:
        iterable = d._as_list()
    m = d._maxlen
    before = len(end)
    if m is None:
        try:
            end.extend(iterable)
        finally:
            if len(end) != before:
                d._state += 1
        return
    if m == 0:
        for _ in iterable:
            pass
        return
    changed = False
    limit = 2 * m + 16
    try:
        for x in iterable:
            changed = True
            end.append(x)
            if len(end) > limit:
                d._trim(other, end)
    finally:
        if changed:
            d._state += 1
            d._trim(other, end)


def _repeat_by_non_int(seq, n):
    """``seq * n`` for an n that is not an integer: n's own __rmul__ may answer (as a
    number type's multiplication is tried first), else this is the sequence's TypeError."""
    rmul = getattr(type(n), "__rmul__", None)
    if rmul is not None and not isinstance(n, (str, bytes, bytearray, list, tuple, deque)):
        result = rmul(n, seq)
        if result is not NotImplemented:
            return result
    raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")


# ---------------------------------------------------------------------------------------
# defaultdict
# ---------------------------------------------------------------------------------------

@_c_named
class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    The default factory is called without arguments to produce
    a new value when a key is not present, in __getitem__ only.
    A defaultdict compares equal to a dict with the same items.
    All remaining arguments are treated the same as if they were
    passed to the dict constructor, including keyword arguments.
    """

    __slots__ = ("_factory",)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self._factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def _get_factory(self):
        try:
            return self._factory
        except AttributeError:
            return None

    def _set_factory(self, value):
        self._factory = value

    def _del_factory(self):
        self._factory = None

    default_factory = property(_get_factory, _set_factory, _del_factory,
                               "Factory for default value called by __missing__().")
    del _get_factory, _set_factory, _del_factory

    def __missing__(self, key):
        try:
            factory = self._factory
        except AttributeError:
            factory = None
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        factory_repr = "None" if factory is None else _guarded_repr(factory)
        return f"{type(self).__name__}({factory_repr}, {dict.__repr__(self)})"

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        factory = self.default_factory
        args = () if factory is None else (factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, self)
        dict.update(new, other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        dict.update(new, self)
        return new


# ---------------------------------------------------------------------------------------
# OrderedDict
# ---------------------------------------------------------------------------------------
#
# A dict keeps its insertion order already: an OrderedDict is a dict that counts in
# ``_od_state`` the calls of move_to_end() and clear() (a pair: moves, clears), which its
# iterators check; the dict's own iterator catches the keys added and removed.

_OD_MUTATED = "OrderedDict mutated during iteration"
_OD_STATE0 = (0, 0)


def _od_iter(od, it, state):
    while True:
        try:
            key = next(it)
        except StopIteration:
            return
        except RuntimeError:
            now = getattr(od, "_od_state", _OD_STATE0)
            if not od and now[0] == state[0] and now[1] != state[1]:
                # emptied by clear(), with no key added since
                raise RuntimeError("OrderedDict changed size during iteration") from None
            raise RuntimeError(_OD_MUTATED) from None
        if getattr(od, "_od_state", _OD_STATE0) != state:
            raise RuntimeError(_OD_MUTATED)
        yield key


def _od_values(od, it, state):
    for key in _od_iter(od, it, state):
        yield dict.__getitem__(od, key)


def _od_items(od, it, state):
    for key in _od_iter(od, it, state):
        yield (key, dict.__getitem__(od, key))


class _OrderedDictState(dict):
    """Holds the mutation counter of an OrderedDict (OrderedDict instances keep a __dict__)."""
    __slots__ = ("_od_state",)


class _ODView:
    __slots__ = ("_od",)

    def __init__(self, od):
        self._od = od

    def __len__(self):
        return len(self._od)

    @_repr_guard("...")
    def __repr__(self):
        return f"{type(self).__name__}({list(self)!r})"

    # The generator giving this view's items from the keys of the OrderedDict.
    _walk = staticmethod(_od_iter)

    def __iter__(self):
        od = self._od
        return self._walk(od, dict.__iter__(od), getattr(od, "_od_state", _OD_STATE0))

    def __reversed__(self):
        od = self._od
        return self._walk(od, dict.__reversed__(od), getattr(od, "_od_state", _OD_STATE0))


def _set_operand(other):
    """The dict view behind an OrderedDict keys or items view; any other object as is."""
    return other._base() if isinstance(other, _ODSetView) else other


class _ODSetView(_ODView):
    __slots__ = ()

    def _base(self):
        raise NotImplementedError

    def __eq__(self, other):
        return self._base() == _set_operand(other)

    def __ne__(self, other):
        return self._base() != _set_operand(other)

    def __lt__(self, other):
        return self._base() < _set_operand(other)

    def __le__(self, other):
        return self._base() <= _set_operand(other)

    def __gt__(self, other):
        return self._base() > _set_operand(other)

    def __ge__(self, other):
        return self._base() >= _set_operand(other)

    def __and__(self, other):
        return self._base() & _set_operand(other)

    def __rand__(self, other):
        return other & self._base()

    def __or__(self, other):
        return self._base() | _set_operand(other)

    def __ror__(self, other):
        return other | self._base()

    def __sub__(self, other):
        return self._base() - _set_operand(other)

    def __rsub__(self, other):
        return other - self._base()

    def __xor__(self, other):
        return self._base() ^ _set_operand(other)

    def __rxor__(self, other):
        return other ^ self._base()

    def isdisjoint(self, other):
        return self._base().isdisjoint(other)

    __hash__ = None


class odict_keys(_ODSetView):
    __slots__ = ()

    def _base(self):
        return dict.keys(self._od)

    def __contains__(self, key):
        return dict.__contains__(self._od, key)


class odict_items(_ODSetView):
    __slots__ = ()

    _walk = staticmethod(_od_items)

    def _base(self):
        return dict.items(self._od)

    def __contains__(self, item):
        return item in dict.items(self._od)


class odict_values(_ODView):
    __slots__ = ()
    _walk = staticmethod(_od_values)

    def __contains__(self, value):
        for v in dict.values(self._od):
            if v is value or v == value:
                return True
        return False


def _dict_equal(a, b):
    """``a == b`` for two dicts, as dict compares them (whatever their __eq__)."""
    if len(a) != len(b):
        return False
    get = dict.get
    for key, value in dict.items(a):
        other = get(b, key, _MISSING)
        if other is _MISSING:
            return False
        if not (other is value or other == value):
            return False
    return True


def _plain_dict_eq(obj):
    """Whether obj is a dict compared by dict's own __eq__."""
    return isinstance(obj, dict) and type(obj).__eq__ is _dict_eq_method


_dict_eq_method = dict.__eq__


@_c_named
class OrderedDict(_OrderedDictState):
    """Dictionary that remembers insertion order"""

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f"expected at most 1 arguments, got {len(args)}")
        self._update(args[0] if args else None, kwds)

    def _update(self, other, kwds):
        plain = type(self).__setitem__ is dict.__setitem__
        if other is not None:
            if type(other) is dict and plain:
                dict.update(self, other)
            elif hasattr(other, "keys"):
                for key in other.keys():
                    self[key] = other[key]
            elif hasattr(other, "items"):
                self._add_pairs(other.items())
            else:
                self._add_pairs(other)
        if kwds:
            if plain:
                dict.update(self, kwds)
            else:
                for key, value in kwds.items():
                    self[key] = value

    def _add_pairs(self, pairs):
        for pair in pairs:
            it = iter(pair)
            try:
                key = next(it)
            except StopIteration:
                raise ValueError("need more than 0 values to unpack") from None
            try:
                value = next(it)
            except StopIteration:
                raise ValueError("need more than 1 value to unpack") from None
            for _ in it:
                raise ValueError("too many values to unpack (expected 2)")
            self[key] = value

    def update(self, *args, **kwds):
        """D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."""
        if len(args) > 1:
            raise TypeError(f"update() takes at most 1 positional argument "
                            f"({len(args)} given)")
        self._update(args[0] if args else None, kwds)

    def _bump(self, moves, clears):
        old = getattr(self, "_od_state", _OD_STATE0)
        self._od_state = (old[0] + moves, old[1] + clears)

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.
        """
        if not dict.__contains__(self, key):
            raise KeyError(key)
        self._bump(1, 0)
        if last:
            value = dict.pop(self, key)
            dict.__setitem__(self, key, value)
            return
        items = list(dict.items(self))
        value = dict.__getitem__(self, key)
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in items:
            if not dict.__contains__(self, k):
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        """
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return dict.popitem(self)
        key = next(dict.__iter__(self))
        return key, dict.pop(self, key)

    def clear(self):
        """od.clear() -> None.  Remove all items from od."""
        if self:
            self._bump(0, 1)
        dict.clear(self)

    def __iter__(self):
        return _od_iter(self, dict.__iter__(self), getattr(self, "_od_state", _OD_STATE0))

    def __reversed__(self):
        """od.__reversed__() <==> reversed(od)"""
        return _od_iter(self, dict.__reversed__(self), getattr(self, "_od_state", _OD_STATE0))

    def keys(self):
        """D.keys() -> a set-like object providing a view on D's keys"""
        return odict_keys(self)

    def values(self):
        """D.values() -> an object providing a view on D's values"""
        return odict_values(self)

    def items(self):
        """D.items() -> a set-like object providing a view on D's items"""
        return odict_items(self)

    @_repr_guard("...")
    def __repr__(self):
        name = type(self).__name__
        if not self:
            return f"{name}()"
        if type(self).items is OrderedDict.items:
            return f"{name}({list(dict.items(self))!r})"
        return f"{name}({list(self.items())!r})"

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return _dict_equal(self, other) and list(dict.__iter__(self)) == list(
                dict.__iter__(other))
        if isinstance(other, dict):
            return _dict_equal(self, other)
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __reduce__(self):
        state = getattr(self, "__dict__", None)
        if state:
            state = {k: v for k, v in state.items() if k != "_od_state"} or None
        else:
            state = None
        return type(self), (), state, None, iter(self.items())

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    __class_getitem__ = classmethod(_generic_alias)


# ---------------------------------------------------------------------------------------
# Counter
# ---------------------------------------------------------------------------------------

class Counter(dict):
    """Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.

    >>> Counter('abcdeabcdabcaba').most_common(3)
    [('a', 5), ('b', 4), ('c', 3)]
    """

    def __init__(self, iterable=None, /, **kwds):
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """The count of elements not in the Counter is zero."""
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.
        """
        ranked = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return ranked
        return ranked[:max(n, 0)]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        return _counter_elements(self.items())

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return f"{self.__class__.__name__}()"
        try:
            body = dict(self.most_common())
        except TypeError:
            body = dict(self)
        return f"{self.__class__.__name__}({body!r})"

    # -- multiset comparisons -------------------------------------------------------------

    def __eq__(self, other):
        if not isinstance(other, Counter):
            if _plain_dict_eq(other):
                # what the reflected dict.__eq__ answers (pyrs gets that one wrong)
                return _dict_equal(other, self)
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            if _plain_dict_eq(other):
                return not _dict_equal(other, self)
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # -- multiset arithmetic --------------------------------------------------------------

    def __add__(self, other):
        """Add counts from two counters."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            total = count + other[elem]
            if total > 0:
                result[elem] = total
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        """Subtract count, but keep only results with positive counts."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            diff = count - other[elem]
            if diff > 0:
                result[elem] = diff
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        """Union is the maximum of value in either of the input counters."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            best = other_count if count < other_count else count
            if best > 0:
                result[elem] = best
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        """Intersection is the minimum of corresponding counts."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            least = count if count < other_count else other_count
            if least > 0:
                result[elem] = least
        return result

    def __pos__(self):
        """Adds an empty counter, effectively stripping negative and zero counts"""
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts.
        """
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [elem for elem, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        """Inplace add from another counter, keeping only positive counts."""
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        """Inplace subtract counter, but keep only results with positive counts."""
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        """Inplace union is the maximum of value from either counter."""
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        """Inplace intersection is the minimum of corresponding counts."""
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _second(pair):
    return pair[1]


def _counter_elements(pairs):
    for elem, count in pairs:
        for _ in range(count):
            yield elem


# ---------------------------------------------------------------------------------------
# ChainMap
# ---------------------------------------------------------------------------------------

class ChainMap(_MutableMapping):
    """A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view.

    Lookups search the underlying mappings successively until a key is found.
    Writes, updates and deletions only operate on the first mapping.
    """

    def __init__(self, *maps):
        """Initialize a ChainMap by setting *maps* to the given mappings.
        If no mappings are provided, a single empty dictionary is used.
        """
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        keys = set()
        for mapping in self.maps:
            keys.update(mapping)
        return len(keys)

    def __iter__(self):
        keys = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                keys[key] = None
        return iter(keys)

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if mapping:
                return True
        return False

    @_repr_guard("...")
    def __repr__(self):
        return f"{self.__class__.__name__}({', '.join(repr(m) for m in self.maps)})"

    @classmethod
    def fromkeys(cls, iterable, *args):
        """Create a ChainMap with a single dict created from the iterable."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps.
        If no map is provided, an empty dict is used.
        Keyword arguments update the map or new empty dict.
        """
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap from maps[1:]."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}") from None

    def popitem(self):
        """Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.") from None

    def pop(self, key, *args):
        """Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in
        maps[0]."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}") from None

    def clear(self):
        """Clear maps[0], leaving maps[1:] intact."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        new = self.copy()
        new.maps[0].update(other)
        return new

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        merged = dict(other)
        for mapping in reversed(self.maps):
            merged.update(mapping)
        return self.__class__(merged)


# ---------------------------------------------------------------------------------------
# UserDict, UserList, UserString
# ---------------------------------------------------------------------------------------

class UserDict(_MutableMapping):
    """A dict-like class wrapping a real dict, ``data``; easy to subclass."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        # A subclass is copied the way copy.copy() copies it (through __copy__), with an
        # empty ``data`` filled again through its own __setitem__.
        data = self.data
        try:
            self.data = {}
            c = self.__class__.__copy__(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


def _list_data(other):
    return other.data if isinstance(other, UserList) else other


class UserList(_MutableSequence):
    """A list-like class wrapping a real list, ``data``; easy to subclass."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            elif type(initlist) is list:
                self.data[:] = initlist
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _list_data(other)

    def __le__(self, other):
        return self.data <= _list_data(other)

    def __eq__(self, other):
        return self.data == _list_data(other)

    def __gt__(self, other):
        return self.data > _list_data(other)

    def __ge__(self, other):
        return self.data >= _list_data(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, list):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, list):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, list):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


def _str_data(obj):
    return obj.data if isinstance(obj, UserString) else obj


def _str_method(name, rewrap):
    """The UserString method ``name`` taking no argument: that method of ``data``, whose
    result is made an instance of the same class when ``rewrap`` is true."""
    if rewrap:
        def method(self):
            return self.__class__(getattr(self.data, name)())
    else:
        def method(self):
            return getattr(self.data, name)()
    method.__name__ = name
    method.__qualname__ = "UserString." + name
    return method


class UserString(_Sequence):
    """A str-like class wrapping a real str, ``data``; easy to subclass."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _str_data(string)

    def __lt__(self, string):
        return self.data < _str_data(string)

    def __le__(self, string):
        return self.data <= _str_data(string)

    def __gt__(self, string):
        return self.data > _str_data(string)

    def __ge__(self, string):
        return self.data >= _str_data(string)

    def __contains__(self, char):
        return _str_data(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    # -- the str methods: those building a string return the same class ------------------

    capitalize = _str_method("capitalize", True)
    casefold = _str_method("casefold", True)

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(_str_data(sub), start, end)

    def removeprefix(self, prefix, /):
        return self.__class__(self.data.removeprefix(_str_data(prefix)))

    def removesuffix(self, suffix, /):
        return self.__class__(self.data.removesuffix(_str_data(suffix)))

    def encode(self, encoding="utf-8", errors="strict"):
        if encoding is None:
            encoding = "utf-8"
        if errors is None:
            errors = "strict"
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(_str_data(sub), start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(sub, start, end)

    isalpha = _str_method("isalpha", False)
    isalnum = _str_method("isalnum", False)
    isascii = _str_method("isascii", False)
    isdecimal = _str_method("isdecimal", False)
    isdigit = _str_method("isdigit", False)
    isidentifier = _str_method("isidentifier", False)
    islower = _str_method("islower", False)
    isnumeric = _str_method("isnumeric", False)
    isprintable = _str_method("isprintable", False)
    isspace = _str_method("isspace", False)
    istitle = _str_method("istitle", False)
    isupper = _str_method("isupper", False)

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    lower = _str_method("lower", True)

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(_str_data(old), _str_data(new), maxsplit))

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(_str_data(sub), start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(sub, start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    swapcase = _str_method("swapcase", True)
    title = _str_method("title", True)

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    upper = _str_method("upper", True)

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))


# The registrations CPython makes for its C types.
_abc.MutableSequence.register(deque)
_abc.KeysView.register(odict_keys)
_abc.ItemsView.register(odict_items)
_abc.ValuesView.register(odict_values)
try:
    from . import abc
except ImportError:
    pass
