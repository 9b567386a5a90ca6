"""The abstract base classes of collections.abc (this module is re-exported as collections.abc).

Each ABC names the methods a kind of container must define (its abstract methods) and gives
the others in terms of those (its mixin methods).  The one-trick ABCs (Hashable, Iterable,
Sized, ...) also recognise any class that defines their method, through
``__subclasshook__``; the builtin types are registered with the ABCs they implement.
"""

from abc import ABCMeta, abstractmethod
import sys

from types import GenericAlias, FunctionType, EllipsisType

# The classes report "collections.abc" as their module, the public name of this one.
__name__ = "collections.abc"

__all__ = ["Awaitable", "Coroutine",
           "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           "ByteString",
           ]


# --- The builtin types registered below ---------------------------------------------------------

bytes_iterator = type(iter(b""))
bytearray_iterator = type(iter(bytearray()))
dict_keyiterator = type(iter({}.keys()))
dict_valueiterator = type(iter({}.values()))
dict_itemiterator = type(iter({}.items()))
list_iterator = type(iter([]))
list_reverseiterator = type(iter(reversed([])))
range_iterator = type(iter(range(0)))
longrange_iterator = type(iter(range(1 << 1000)))
set_iterator = type(iter(set()))
str_iterator = type(iter(""))
tuple_iterator = type(iter(()))
zip_iterator = type(zip())
dict_keys = type({}.keys())
dict_values = type({}.values())
dict_items = type({}.items())
mappingproxy = type(type.__dict__)

from types import GeneratorType as generator, CoroutineType as coroutine, \
    AsyncGeneratorType as async_generator


def _check_methods(C, *methods):
    """True if each method is defined somewhere along C's MRO (and the first definition is
    not None, which marks it as deliberately missing), else NotImplemented."""
    mro = C.__mro__
    for method in methods:
        for klass in mro:
            namespace = klass.__dict__
            if method in namespace:
                if namespace[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _one_trick(*methods):
    """Class decorator giving an ABC the ``__subclasshook__`` that makes every class
    defining all of ``methods`` (see _check_methods) a virtual subclass of that ABC itself
    (not of the ABCs derived from it)."""
    def decorate(owner):
        def __subclasshook__(cls, C):
            if cls is owner:
                return _check_methods(C, *methods)
            return NotImplemented
        __subclasshook__.__qualname__ = owner.__qualname__ + ".__subclasshook__"
        owner.__subclasshook__ = classmethod(__subclasshook__)
        return owner
    return decorate


def _raise_thrown(typ, val, tb):
    """What throw(typ, val, tb) raises, for the default throw methods."""
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


def _generator_methods(owner, kind):
    """The methods send and throw (abstract) and close of the ABC ``owner`` (Generator or
    Coroutine), for the ``kind`` of object it describes."""
    def send(self, value):
        raise StopIteration

    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError(f"{kind} ignored GeneratorExit")

    send.__doc__ = (f"Send a value into the {kind}: it returns the next value yielded, "
                    "or raises StopIteration.")
    throw.__doc__ = (f"Raise an exception in the {kind}: it returns the next value "
                     "yielded, or raises StopIteration.")
    close.__doc__ = f"Raise GeneratorExit inside the {kind}."
    for method in (send, throw, close):
        method.__qualname__ = f"{owner}.{method.__name__}"
    return abstractmethod(send), abstractmethod(throw), close


# --- One-trick ponies ----------------------------------------------------------------------------

@_one_trick("__hash__")
class Hashable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0


@_one_trick("__await__")
class Awaitable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    __class_getitem__ = classmethod(GenericAlias)


@_one_trick("__await__", "send", "throw", "close")
class Coroutine(Awaitable):

    __slots__ = ()

    send, throw, close = _generator_methods("Coroutine", "coroutine")


Coroutine.register(coroutine)


@_one_trick("__aiter__")
class AsyncIterable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    __class_getitem__ = classmethod(GenericAlias)


@_one_trick("__anext__", "__aiter__")
class AsyncIterator(AsyncIterable):

    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        """The next item, or StopAsyncIteration when there is none."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self


@_one_trick("__aiter__", "__anext__", "asend", "athrow", "aclose")
class AsyncGenerator(AsyncIterator):

    __slots__ = ()

    async def __anext__(self):
        """The next item, or StopAsyncIteration when there is none."""
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Send a value into the asynchronous generator: it returns the next value yielded,
        or raises StopAsyncIteration."""
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Raise an exception in the asynchronous generator: it returns the next value
        yielded, or raises StopAsyncIteration."""
        _raise_thrown(typ, val, tb)

    async def aclose(self):
        """Raise GeneratorExit inside the asynchronous generator."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            pass
        else:
            raise RuntimeError("asynchronous generator ignored GeneratorExit")


AsyncGenerator.register(async_generator)


@_one_trick("__iter__")
class Iterable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    __class_getitem__ = classmethod(GenericAlias)


@_one_trick("__iter__", "__next__")
class Iterator(Iterable):

    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """The next item, or StopIteration when there is none."""
        raise StopIteration

    def __iter__(self):
        return self


for _t in (bytes_iterator, bytearray_iterator, dict_keyiterator, dict_valueiterator,
           dict_itemiterator, list_iterator, list_reverseiterator, range_iterator,
           longrange_iterator, set_iterator, str_iterator, tuple_iterator, zip_iterator):
    Iterator.register(_t)


@_one_trick("__reversed__", "__iter__")
class Reversible(Iterable):

    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None


@_one_trick("__iter__", "__next__", "send", "throw", "close")
class Generator(Iterator):

    __slots__ = ()

    def __next__(self):
        """The next item, or StopIteration when there is none."""
        return self.send(None)

    send, throw, close = _generator_methods("Generator", "generator")


Generator.register(generator)


@_one_trick("__len__")
class Sized(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0


@_one_trick("__contains__")
class Container(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    __class_getitem__ = classmethod(GenericAlias)


@_one_trick("__len__", "__iter__", "__contains__")
class Collection(Sized, Iterable, Container):

    __slots__ = ()


# --- Callable and its generic alias -------------------------------------------------------------

def _is_param_expr(obj):
    """Whether obj can stand for the parameters of a Callable: ``...``, a list of types, or
    typing's ParamSpec / Concatenate."""
    if obj is Ellipsis or isinstance(obj, list):
        return True
    kind = type(obj)
    return kind.__module__ == "typing" and kind.__name__ in ("ParamSpec",
                                                             "_ConcatenateGenericAlias")


def _type_repr(obj):
    """How a type appears inside ``Callable[...]``'s repr."""
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is Ellipsis:
        return "..."
    if isinstance(obj, FunctionType):
        return obj.__name__
    return repr(obj)


class _CallableGenericAlias(GenericAlias):
    """``Callable[[int, str], float]``: its ``__args__`` is flat, ``(int, str, float)``."""

    __slots__ = ()

    def __new__(cls, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, (tuple, list)):
            args = (*params, result)
        elif not _is_param_expr(params):
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, or "
                            f"Concatenate. Got {params}")
        return super().__new__(cls, origin, args)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        params = ", ".join(_type_repr(a) for a in args[:-1])
        return f"collections.abc.Callable[[{params}], {_type_repr(args[-1])}]"

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = (list(args[:-1]), args[-1])
        return _CallableGenericAlias, (Callable, args)

    def __getitem__(self, item):
        alias = super().__getitem__(item)
        # The substitution made a plain alias of the flat arguments: rebuild the Callable.
        args = alias.__args__
        if not (isinstance(args[0], (tuple, list)) or _is_param_expr(args[0])):
            args = (list(args[:-1]), args[-1])
        elif len(args) != 2:
            args = (list(args[:-1]), args[-1])
        return _CallableGenericAlias(Callable, tuple(args))


@_one_trick("__call__")
class Callable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    __class_getitem__ = classmethod(_CallableGenericAlias)


# --- Sets ----------------------------------------------------------------------------------------

class Set(Collection):
    """A finite, iterable container whose abstract methods are __contains__, __iter__ and
    __len__.  The comparisons and the operators &, |, -, ^ come from those; the operators
    make their result with the class method _from_iterable, which calls the class with an
    iterable (override it when the constructor takes other arguments).  To make a hashable
    set, define ``__hash__ = Set._hash``.
    """

    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        """A new instance made from an iterable (the operators use this)."""
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        """Whether no element of ``other`` is in this set."""
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(_chain(self, other))

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash of the set's elements that does not depend on their order (the one
        frozenset used before Python 3.12's change): for ``__hash__ = Set._hash``."""
        mask = 2 * sys.maxsize + 1
        h = (1927868237 * (len(self) + 1)) & mask
        for x in self:
            hx = hash(x)
            h ^= ((hx ^ (hx << 16) ^ 89869747) * 3644798167) & mask
        h ^= (h >> 11) ^ (h >> 25)
        h = (h * 69069 + 907133923) & mask
        if h > sys.maxsize:
            h -= mask + 1
        if h == -1:
            h = 590923713
        return h


def _chain(first, second):
    for value in first:
        yield value
    for value in second:
        yield value


Set.register(frozenset)


class MutableSet(Set):
    """A Set whose abstract methods also include add and discard; remove, pop, clear and
    the in-place operators come from those."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Put ``value`` into the set."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Take ``value`` out of the set if it is there."""
        raise NotImplementedError

    def remove(self, value):
        """Take ``value`` out of the set; KeyError if it is not there."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Take some element out of the set and return it; KeyError if the set is empty."""
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        """Empty the set, one pop() at a time."""
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


MutableSet.register(set)


# --- Mappings ------------------------------------------------------------------------------------

class Mapping(Collection):
    """A read-only container of values looked up by key; its abstract methods are
    __getitem__, __iter__ and __len__.  get, __contains__, keys, items, values and
    __eq__ come from those."""

    __slots__ = ()

    # Instances match mapping patterns in ``match`` statements.
    __abc_tpflags__ = 1 << 6

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """The value for ``key``, or ``default`` when the key is missing."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


Mapping.register(mappingproxy)


class MappingView(Sized):

    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{self.__class__.__name__}({self._mapping!r})"

    __class_getitem__ = classmethod(GenericAlias)


class KeysView(MappingView, Set):

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


KeysView.register(dict_keys)


class ItemsView(MappingView, Set):

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return found is value or found == value

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield (key, mapping[key])


ItemsView.register(dict_items)


class ValuesView(MappingView, Collection):

    __slots__ = ()

    def __contains__(self, value):
        mapping = self._mapping
        for key in mapping:
            found = mapping[key]
            if found is value or found == value:
                return True
        return False

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


ValuesView.register(dict_values)


class MutableMapping(Mapping):
    """A Mapping whose abstract methods also include __setitem__ and __delitem__; pop,
    popitem, clear, update and setdefault come from those."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    __marker = object()

    def pop(self, key, default=__marker):
        """Remove ``key`` and return its value; for a missing key, return ``default`` if
        given, else raise KeyError."""
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove the first key and return its ``(key, value)``; KeyError if empty."""
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Remove every key, one popitem() at a time."""
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        """Set the items of ``other`` (a mapping, an object with ``keys()``, or an iterable
        of pairs), then the keyword arguments."""
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """The value for ``key``; a missing key is first set to ``default``."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


MutableMapping.register(dict)


# --- Sequences -----------------------------------------------------------------------------------

class Sequence(Reversible, Collection):
    """A container of items indexed by position; its abstract methods are __getitem__ and
    __len__.  Iteration, ``in``, reversed(), index and count come from those."""

    __slots__ = ()

    # Instances match sequence patterns in ``match`` statements.
    __abc_tpflags__ = 1 << 5

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                value = self[i]
                yield value
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for item in self:
            if item is value or item == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """The first position of ``value`` between ``start`` and ``stop``; ValueError if
        it is not there."""
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                item = self[i]
            except IndexError:
                break
            if item is value or item == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        """How many items equal ``value``."""
        n = 0
        for item in self:
            if item is value or item == value:
                n += 1
        return n


Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
Sequence.register(memoryview)


class ByteString(Sequence):
    """The bytes-like sequences, bytes and bytearray."""

    __slots__ = ()


ByteString.register(bytes)
ByteString.register(bytearray)


class MutableSequence(Sequence):
    """A Sequence whose abstract methods also include __setitem__, __delitem__ and insert;
    append, clear, reverse, extend, pop, remove and += come from those."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Put ``value`` before position ``index``."""
        raise IndexError

    def append(self, value):
        """Add ``value`` at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Remove every item, one pop() at a time."""
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        """Reverse the items in place."""
        n = len(self)
        for i in range(n // 2):
            j = n - 1 - i
            self[i], self[j] = self[j], self[i]

    def extend(self, values):
        """Append each item of ``values``."""
        if values is self:
            values = list(values)
        for value in values:
            self.append(value)

    def pop(self, index=-1):
        """Remove the item at ``index`` (the last by default) and return it."""
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        """Remove the first item equal to ``value``; ValueError if there is none."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


MutableSequence.register(list)
MutableSequence.register(bytearray)

del _t
