"""Abstract base classes (PEP 3119): the ABCMeta metaclass, the ABC helper class and the
abstractmethod decorators.

An ABC keeps, in its ``_abc_impl`` record, the classes registered as its virtual subclasses
and two caches of ``issubclass`` answers: the positive one is kept for good, the negative one
is emptied whenever any ABC registers a class (``get_cache_token()`` counts those events).
The classes in all three sets are held weakly.

Refusing to instantiate a class whose ``__abstractmethods__`` is not empty is the
interpreter's job (``object.__new__``), as in CPython.
"""

from _weakref import ref as _ref


def abstractmethod(funcobj):
    """Mark a method as abstract: a class whose metaclass is ABCMeta (or derived from it)
    cannot be instantiated until every abstract method is overridden.  Put it innermost
    when combined with other decorators (``@classmethod``, ``@property``...)."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use ``@classmethod`` over ``@abstractmethod``."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use ``@staticmethod`` over ``@abstractmethod``."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use ``@property`` over ``@abstractmethod``."""

    __isabstractmethod__ = True


# Bumped by every successful register(): negative caches older than this are stale.
_invalidation_counter = 0


def get_cache_token():
    """The current ABC cache token: it changes whenever a class is registered with any ABC,
    so a cache of isinstance/issubclass answers made under one token is valid while
    get_cache_token() returns the same value."""
    return _invalidation_counter


def _weak_add(container, cls):
    """Add a weak reference to ``cls`` to the set ``container``; it leaves when cls dies."""
    container_ref = _ref(container)

    def forget(wr):
        live = container_ref()
        if live is not None:
            live.discard(wr)

    container.add(_ref(cls, forget))


class _ABCData:
    """The per-ABC state behind ``cls._abc_impl``."""

    __slots__ = ("registry", "cache", "negative_cache", "negative_version")

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _invalidation_counter


def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False)


def _abstract_names(cls):
    """The names of ``cls``'s abstract methods: its own attributes marked abstract, and the
    abstract names of its bases it has not overridden with something concrete."""
    names = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


# CPython's Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING, which ``match`` reads; pyrs reads them
# from an ``__abc_tpflags__`` entry in the class's own dict.
_COLLECTION_FLAGS = (1 << 5) | (1 << 6)


def _collection_flags(cls):
    for klass in cls.__mro__:
        flags = klass.__dict__.get("__abc_tpflags__")
        if isinstance(flags, int) and flags & _COLLECTION_FLAGS:
            return flags & _COLLECTION_FLAGS
    return 0


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    A class made by this metaclass cannot be instantiated while it has abstract methods.
    Besides its real subclasses, it answers isinstance/issubclass for the classes passed to
    its ``register`` method (its virtual subclasses) and for those its ``__subclasshook__``
    accepts.  Virtual subclasses do not inherit from the ABC: their MRO is unchanged.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        flags = cls.__dict__.get("__abc_tpflags__")
        if isinstance(flags, int) and flags & _COLLECTION_FLAGS == _COLLECTION_FLAGS:
            raise TypeError("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE "
                            "and Py_TPFLAGS_MAPPING")
        cls.__abstractmethods__ = _abstract_names(cls)
        cls._abc_impl = _ABCData()
        return cls

    def register(cls, subclass):
        """Make ``subclass`` a virtual subclass of this ABC and return it (so that this
        can decorate a class)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass         # already a subclass, real or virtual
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _weak_add(cls._abc_impl.registry, subclass)
        global _invalidation_counter
        _invalidation_counter += 1
        # A class registered as a Sequence or Mapping matches the corresponding patterns.
        flags = _collection_flags(cls)
        if flags and not _collection_flags(subclass):
            try:
                subclass.__abc_tpflags__ = flags
            except (TypeError, AttributeError):
                pass
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls)."""
        impl = cls._abc_impl
        klass = instance.__class__
        if _contains(impl.cache, klass):
            return True
        actual = type(instance)
        if actual is klass:
            if (impl.negative_version == _invalidation_counter
                    and _contains(impl.negative_cache, klass)):
                return False
            return cls.__subclasscheck__(klass)
        return cls.__subclasscheck__(klass) or cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = cls._abc_impl
        key = _ref(subclass)
        if key in impl.cache:
            return True
        if impl.negative_version < _invalidation_counter:
            impl.negative_cache.clear()
            impl.negative_version = _invalidation_counter
        elif key in impl.negative_cache:
            return False

        answer = cls.__subclasshook__(subclass)
        if answer is not NotImplemented:
            if answer is True:
                _weak_add(impl.cache, subclass)
            elif answer is False:
                _weak_add(impl.negative_cache, subclass)
            else:
                raise AssertionError("__subclasshook__ must return either False, True, "
                                     "or NotImplemented")
            return answer

        if cls in subclass.__mro__ or _subclass_of_any(subclass, _live(impl.registry)) \
                or _subclass_of_any(subclass, cls.__subclasses__()):
            _weak_add(impl.cache, subclass)
            return True
        _weak_add(impl.negative_cache, subclass)
        return False

    def _dump_registry(cls, file=None):
        """Print the registry and caches of this ABC (to ``file``, or stdout)."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        impl = cls._abc_impl
        print(f"_abc_registry: {impl.registry!r}", file=file)
        print(f"_abc_cache: {impl.cache!r}", file=file)
        print(f"_abc_negative_cache: {impl.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {impl.negative_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Forget every registered virtual subclass (a testing aid)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Empty both answer caches (a testing aid)."""
        impl = cls._abc_impl
        impl.cache.clear()
        impl.negative_cache.clear()


def _contains(container, cls):
    """Whether a set of weak references holds one to ``cls``."""
    try:
        return _ref(cls) in container
    except TypeError:           # not weakly referenceable: never in the set
        return False


def _live(refs):
    """The classes still alive among a set's weak references, as a list (a snapshot: a class
    dying meanwhile removes its reference from the set)."""
    alive = []
    for wr in list(refs):
        cls = wr()
        if cls is not None:
            alive.append(cls)
    return alive


def _subclass_of_any(subclass, classes):
    for cls in classes:
        if issubclass(subclass, cls):
            return True
    return False


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class.

    Needed when methods were added to (or removed from) a class after it was made, since
    ``__abstractmethods__`` is otherwise computed once, by ABCMeta.  Each of the class's
    bases must be up to date already.  A class that is not abstract is left alone.  Returns
    cls, so that it can be used as a class decorator.
    """
    if hasattr(cls, "__abstractmethods__"):
        cls.__abstractmethods__ = _abstract_names(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """The simplest way to make an ABC: derive from this class (its metaclass is ABCMeta)."""
    __slots__ = ()
