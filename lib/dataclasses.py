"""Data classes: pyrs's pure-Python ``dataclasses`` module.

The ``@dataclass`` decorator reads a class's annotated fields and adds ``__init__``,
``__repr__``, ``__eq__`` and, on request, ordering methods, ``__hash__``, frozen-instance
protection, ``__match_args__`` and ``__slots__``.  ``field()`` customizes one field;
``fields``, ``asdict``, ``astuple``, ``replace``, ``is_dataclass`` and ``make_dataclass`` work
with data classes.  Behaviour and error messages follow CPython 3.11.

CPython generates the methods as source text and exec()s it; here they are closures over
the field list.  What differs: the generated ``__init__`` takes ``(self, *args, **kwargs)``
and binds the arguments itself (its TypeErrors for wrong arguments carry CPython's
messages, but ``__init__.__code__``/``inspect.signature`` show the generic signature), and the
class docstring (``C(x: int, y: str = 'a')``) is built by this module rather than by
``inspect.signature``.
"""

import sys
import copy
import keyword
import types

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']

try:
    from _thread import get_ident as _get_ident
except ImportError:
    def _get_ident():
        return 0

_GenericAlias = getattr(types, 'GenericAlias', None)
_FunctionType = types.FunctionType


class FrozenInstanceError(AttributeError):
    """Raised when assigning to or deleting a field of a frozen dataclass instance."""


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


_MappingProxy = types.MappingProxyType
_EMPTY_METADATA = _MappingProxy({})


class _FIELD_BASE:
    """The kind of a pseudo-field: a real field, a ClassVar or an InitVar."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """The annotation ``InitVar[T]``: an init-only pseudo-field passed to __post_init__."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        tp = self.type
        if isinstance(tp, type) and not (_GenericAlias is not None
                                         and isinstance(tp, _GenericAlias)):
            name = tp.__name__
        else:
            name = repr(tp)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """The description of one field of a dataclass (made by ``field()``).

    Do not instantiate it directly: use ``field()``.
    """
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else _MappingProxy(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        # Pass the notification on to a default value that wants it (a descriptor).
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    if _GenericAlias is not None:
        __class_getitem__ = classmethod(_GenericAlias)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a dataclass field.

    default is the default value; default_factory a zero-argument function producing it.
    init: the field is a parameter of __init__.  repr: it appears in __repr__.
    compare: it takes part in equality and ordering.  hash: it takes part in __hash__
    (None: same as compare).  metadata: a mapping stored (read-only) on the Field.
    kw_only: the __init__ parameter is keyword-only.
    """
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def fields(class_or_instance):
    """The fields of a dataclass (class or instance): a tuple of Field objects.

    ClassVar and InitVar pseudo-fields are not included.
    """
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True if obj is a dataclass or an instance of one."""
    if isinstance(obj, type) and not (_GenericAlias is not None
                                      and isinstance(obj, _GenericAlias)):
        cls = obj
    else:
        cls = type(obj)
    return hasattr(cls, _FIELDS)


# -- asdict / astuple --------------------------------------------------------------------

# Values that deepcopy() returns unchanged: no need to copy them.
_ATOMIC_TYPES = frozenset({type(None), bool, int, float, str, complex, bytes, type,
                           range, type(Ellipsis), type(NotImplemented), _FunctionType})


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary of name: value.

    Nested dataclasses, lists, tuples and dicts are converted recursively; other values
    are deep-copied.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if type(obj) in _ATOMIC_TYPES:
        return obj
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        # A namedtuple: its constructor takes the items as separate arguments.
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the field values of a dataclass instance as a new tuple.

    Nested dataclasses, lists, tuples and dicts are converted recursively; other values
    are deep-copied.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if type(obj) in _ATOMIC_TYPES:
        return obj
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """Return a new object replacing the given fields of a dataclass instance.

    The new object is made by calling the class, so __post_init__ runs again; InitVar
    fields without a default must be given, and init=False fields cannot be.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


# -- recognising ClassVar, InitVar and KW_ONLY annotations -----------------------------------

def _is_word_char(ch):
    return ch.isalnum() or ch == '_'


def _split_annotation_name(text):
    """The (module, name) an annotation string starts with ("mod.Name[...]" or "Name...").

    module is None without a "mod." prefix; returns None when the text does not start with
    an identifier.  (CPython matches ``^(?:\\s*(\\w+)\\s*\\.)?\\s*(\\w+)``.)
    """
    n = len(text)

    def word(i):
        while i < n and text[i].isspace():
            i += 1
        start = i
        while i < n and _is_word_char(text[i]):
            i += 1
        return start, i

    start, end = word(0)
    if start == end:
        return None
    first = text[start:end]
    i = end
    while i < n and text[i].isspace():
        i += 1
    if i < n and text[i] == '.':
        s2, e2 = word(i + 1)
        if s2 != e2:
            return first, text[s2:e2]
    return None, first


def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    """Whether the string ``annotation`` names ``a_type`` (of module ``a_module``) as seen
    from the module that defines ``cls``: "ClassVar[int]" when that module imported
    ClassVar, "typing.ClassVar[int]" when it imported typing, and so on."""
    parsed = _split_annotation_name(annotation)
    if parsed is None:
        return False
    module_name, name = parsed
    module = sys.modules.get(cls.__module__)
    ns = None
    if module_name is None:
        ns = module.__dict__ if module is not None else None
    elif module is not None and module.__dict__.get(module_name) is a_module:
        ns = module.__dict__
    return bool(ns) and is_type_predicate(ns.get(name), a_module)


def _is_classvar(a_type, typing):
    return (a_type is typing.ClassVar
            or getattr(a_type, '__origin__', None) is typing.ClassVar)


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _get_field(cls, a_name, a_type, default_kw_only):
    """The Field for the annotation ``a_name: a_type`` of ``cls``."""
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            # A __slots__ entry, not a default value.
            default = MISSING
        f = field(default=default)

    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD

    typing = sys.modules.get('typing')
    if typing is not None and hasattr(typing, 'ClassVar'):
        if (_is_classvar(a_type, typing)
                or (isinstance(f.type, str)
                    and _is_type(f.type, cls, typing, typing.ClassVar, _is_classvar))):
            f._field_type = _FIELD_CLASSVAR

    if f._field_type is _FIELD:
        this = sys.modules[__name__]
        if (_is_initvar(a_type, this)
                or (isinstance(f.type, str)
                    and _is_type(f.type, cls, this, this.InitVar, _is_initvar))):
            f._field_type = _FIELD_INITVAR

    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')

    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only

    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


# -- the generated methods -------------------------------------------------------------------

def _set_qualname(cls, value):
    if isinstance(value, _FunctionType):
        value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
    return value


def _set_new_attribute(cls, name, value):
    """Set cls.name = value unless the class defines name itself; True if it does."""
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _quoted_list(names):
    """'a'; 'a' and 'b'; 'a', 'b', and 'c' -- as CPython lists missing arguments."""
    quoted = [f"'{name}'" for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


class _Unset:
    __slots__ = ()


_UNSET = _Unset()      # an __init__ parameter that received no argument
_USE_FACTORY = _HAS_DEFAULT_FACTORY


def _init_fn(cls, all_init_fields, std_fields, kw_only_fields, frozen, has_post_init,
             slots):
    """Build __init__ for the fields (and InitVars) in ``all_init_fields``."""
    seen_default = False
    for f in std_fields:
        if not (f.default is MISSING and f.default_factory is MISSING):
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} '
                            'follows default argument')

    params = list(std_fields) + list(kw_only_fields)
    n_pos = len(std_fields)
    n_params = len(params)
    names = [f.name for f in params]
    index = {name: i for i, name in enumerate(names)}
    defaults = []           # per parameter: its default, _USE_FACTORY, or _UNSET
    for f in params:
        if f.default_factory is not MISSING:
            defaults.append(_USE_FACTORY)
        elif f.default is not MISSING:
            defaults.append(f.default)
        else:
            defaults.append(_UNSET)
    n_pos_defaults = sum(1 for d in defaults[:n_pos] if d is not _UNSET)
    n_required = n_pos - n_pos_defaults

    # What __init__ does for each field, in field order: (name, parameter index or -1,
    # factory or None, fixed value or _UNSET).  InitVars are only passed to __post_init__.
    steps = []
    initvar_params = []
    for f in all_init_fields:
        factory = f.default_factory if f.default_factory is not MISSING else None
        if f._field_type is _FIELD_INITVAR:
            if f.init:
                initvar_params.append(index[f.name])
            else:
                initvar_params.append(-1)
            continue
        if f.init:
            steps.append((f.name, index[f.name], factory, _UNSET))
        elif factory is not None:
            steps.append((f.name, -1, factory, _UNSET))
        elif slots and f.default is not MISSING:
            steps.append((f.name, -1, None, f.default))
    steps = tuple(steps)
    initvar_params = tuple(initvar_params)
    setter = object.__setattr__ if frozen else setattr
    defaults = tuple(defaults)
    qualname = f"{cls.__qualname__}.__init__"

    def bind(args, kwargs):
        """The list of parameter values, or a TypeError as CPython words it."""
        nargs = len(args)
        if nargs > n_pos:
            values = list(args[:n_pos])
        else:
            values = list(args)
        values.extend([_UNSET] * (n_params - len(values)))
        for key, value in kwargs.items():
            i = index.get(key)
            if i is None:
                raise TypeError(f"{qualname}() got an unexpected keyword argument '{key}'")
            if i < nargs and i < n_pos:
                raise TypeError(f"{qualname}() got multiple values for argument '{key}'")
            values[i] = value
        if nargs > n_pos:
            kwonly_given = sum(1 for i in range(n_pos, n_params) if values[i] is not _UNSET)
            if n_pos_defaults:
                sig = f"from {n_required + 1} to {n_pos + 1}"
                plural = True
            else:
                sig = str(n_pos + 1)
                plural = n_pos + 1 != 1
            given = nargs + 1
            if kwonly_given:
                extra = (f" positional argument{'s' if given != 1 else ''} (and "
                         f"{kwonly_given} keyword-only argument"
                         f"{'s' if kwonly_given != 1 else ''})")
            else:
                extra = ''
            raise TypeError(f"{qualname}() takes {sig} positional argument"
                            f"{'s' if plural else ''} but {given}{extra} "
                            f"{'was' if given == 1 and not kwonly_given else 'were'} given")
        missing = [names[i] for i in range(nargs, n_required) if values[i] is _UNSET]
        if missing:
            raise TypeError(f"{qualname}() missing {len(missing)} required positional "
                            f"argument{'s' if len(missing) != 1 else ''}: "
                            f"{_quoted_list(missing)}")
        for i in range(n_required, n_pos):
            if values[i] is _UNSET:
                values[i] = defaults[i]
        missing = []
        for i in range(n_pos, n_params):
            if values[i] is _UNSET:
                if defaults[i] is _UNSET:
                    missing.append(names[i])
                else:
                    values[i] = defaults[i]
        if missing:
            raise TypeError(f"{qualname}() missing {len(missing)} required keyword-only "
                            f"argument{'s' if len(missing) != 1 else ''}: "
                            f"{_quoted_list(missing)}")
        return values

    fast = n_params == n_pos     # no keyword-only parameters

    def __init__(self, *args, **kwargs):
        if fast and not kwargs and len(args) == n_params:
            values = args
        else:
            values = bind(args, kwargs)
        for name, i, factory, fixed in steps:
            if i >= 0:
                value = values[i]
                if value is _USE_FACTORY and factory is not None:
                    value = factory()
            elif factory is not None:
                value = factory()
            else:
                value = fixed
            setter(self, name, value)
        if has_post_init:
            self.__post_init__(*[values[i] if i >= 0 else None for i in initvar_params])

    return __init__


def _repr_fn(names):
    running = set()

    def __repr__(self):
        key = (id(self), _get_ident())
        if key in running:
            return '...'
        running.add(key)
        try:
            return (self.__class__.__qualname__ + '('
                    + ', '.join([f'{name}={getattr(self, name)!r}' for name in names])
                    + ')')
        finally:
            running.discard(key)

    return __repr__


def _values_getter(names):
    """A function returning the tuple of the named attributes of an object."""
    names = tuple(names)
    if not names:
        return lambda obj: ()
    if len(names) == 1:
        name = names[0]
        return lambda obj: (getattr(obj, name),)
    return lambda obj: tuple([getattr(obj, name) for name in names])


def _cmp_fn(name, op, values):
    if op == '==':
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) == values(other)
            return NotImplemented
    elif op == '<':
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) < values(other)
            return NotImplemented
    elif op == '<=':
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) <= values(other)
            return NotImplemented
    elif op == '>':
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) > values(other)
            return NotImplemented
    else:
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) >= values(other)
            return NotImplemented
    method.__name__ = name
    return method


def _hash_fn(values):
    def __hash__(self):
        return hash(values(self))
    return __hash__


def _frozen_get_del_attr(holder, field_names):
    """__setattr__ and __delattr__ refusing to touch fields (and any attribute of an
    instance of exactly this class).  ``holder[0]`` is the class."""
    field_names = frozenset(field_names)

    def __setattr__(self, name, value):
        cls = holder[0]
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        cls = holder[0]
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _hash_set_none(cls, fields, values):
    return None


def _hash_add(cls, fields, values):
    flds = [f.name for f in fields if (f.compare if f.hash is None else f.hash)]
    return _set_qualname(cls, _hash_fn(_values_getter(flds)))


def _hash_exception(cls, fields, values):
    raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')


# What to do about __hash__, by (unsafe_hash, eq, frozen, has_explicit_hash).
_hash_action = {
    (False, False, False, False): None,
    (False, False, False, True): None,
    (False, False, True, False): None,
    (False, False, True, True): None,
    (False, True, False, False): _hash_set_none,
    (False, True, False, True): None,
    (False, True, True, False): _hash_add,
    (False, True, True, True): None,
    (True, False, False, False): _hash_add,
    (True, False, False, True): _hash_exception,
    (True, False, True, False): _hash_add,
    (True, False, True, True): _hash_exception,
    (True, True, False, False): _hash_add,
    (True, True, False, True): _hash_exception,
    (True, True, True, False): _hash_add,
    (True, True, True, True): _hash_exception,
}


# -- the class docstring ---------------------------------------------------------------------

def _format_annotation(annotation):
    """An annotation as inspect.signature() shows it."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if _GenericAlias is not None and isinstance(annotation, _GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _param_text(name, annotation, default, prefix=''):
    text = prefix + name
    if annotation is not MISSING:
        text += ': ' + _format_annotation(annotation)
        if default is not MISSING:
            text += ' = ' + repr(default)
    elif default is not MISSING:
        text += '=' + repr(default)
    return text


def _fields_signature(std_fields, kw_only_fields):
    """The text of the generated __init__'s signature, without self: '(x: int, y=...)'."""

    def render(f):
        if f.default_factory is not MISSING:
            default = _HAS_DEFAULT_FACTORY
        else:
            default = f.default
        return _param_text(f.name, f.type, default)

    parts = [render(f) for f in std_fields]
    kw = [render(f) for f in kw_only_fields]
    if kw:
        parts.append('*')
        parts.extend(kw)
    return '(' + ', '.join(parts) + ')'


def _function_signature(func):
    """The text of a Python function's signature without its first parameter, or None."""
    while hasattr(func, '__wrapped__'):
        func = func.__wrapped__
    code = getattr(func, '__code__', None)
    if code is None or code.co_argcount + code.co_kwonlyargcount == 0:
        return None
    names = code.co_varnames
    n_posonly = code.co_posonlyargcount
    n_args = code.co_argcount
    n_kwonly = code.co_kwonlyargcount
    has_varargs = code.co_flags & 0x04
    has_varkw = code.co_flags & 0x08
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = getattr(func, '__annotations__', None) or {}
    first_default = n_args - len(defaults)

    def param(i, prefix='', default=MISSING):
        return _param_text(names[i], annotations.get(names[i], MISSING), default, prefix)

    texts = []
    for i in range(1, n_args):          # the first parameter is bound: skip it
        texts.append(param(i, '', defaults[i - first_default] if i >= first_default
                           else MISSING))
        if i == n_posonly - 1:
            texts.append('/')
    extra = n_args + n_kwonly
    if has_varargs:
        texts.append(param(extra, '*'))
        extra += 1
    elif n_kwonly:
        texts.append('*')
    for i in range(n_args, n_args + n_kwonly):
        texts.append(param(i, '', kwdefaults.get(names[i], MISSING)))
    if has_varkw:
        texts.append(param(extra, '**'))
    text = '(' + ', '.join(texts) + ')'
    if 'return' in annotations:
        text += ' -> ' + _format_annotation(annotations['return'])
    return text


def _class_signature(cls, generated_init, std_fields, kw_only_fields):
    """What str(inspect.signature(cls)) gives for a dataclass ('' when it fails)."""
    new = getattr(cls, '__new__', None)
    if not isinstance(new, _FunctionType):
        new = None
    init = getattr(cls, '__init__', None)
    if not isinstance(init, _FunctionType):
        init = None
    if '__new__' in cls.__dict__:
        method = new
    elif '__init__' in cls.__dict__:
        method = init
    else:
        method = new or init
    if method is None:
        if ('__new__' in cls.__dict__ or '__init__' in cls.__dict__
                or cls.__init__ is not object.__init__ or cls.__new__ is not object.__new__):
            return ''
        return '()'
    if method is generated_init:
        return _fields_signature(std_fields, kw_only_fields)
    text = _function_signature(method)
    return '' if text is None else text


# -- slots -----------------------------------------------------------------------------------

def _get_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return []
    if isinstance(slots, str):
        return [slots]
    if not hasattr(slots, '__next__'):
        return list(slots)
    raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _add_slots(cls, is_frozen, weakref_slot):
    """A copy of cls with __slots__ for its fields (the class must be recreated)."""
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_get_slots(base))
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    cls_dict['__slots__'] = tuple(name for name in wanted if name not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


# -- the decorator ---------------------------------------------------------------------------

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    all_fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    # Fields inherited from dataclass bases, the most basic first.
    any_frozen_base = False
    has_dataclass_bases = False
    all_frozen_bases = None
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True
            else:
                all_frozen_bases = False
    if has_dataclass_bases and all_frozen_bases is None:
        all_frozen_bases = True

    # This class's own annotations, in order.
    cls_annotations = cls.__dict__.get('__annotations__', {})
    this = sys.modules[__name__]
    cls_fields = []
    kw_only_marker_seen = False
    for name, annotation in cls_annotations.items():
        if (_is_kw_only(annotation, this)
                or (isinstance(annotation, str)
                    and _is_type(annotation, cls, this, this.KW_ONLY, _is_kw_only))):
            if kw_only_marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            kw_only_marker_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, annotation, kw_only))

    for f in cls_fields:
        all_fields[f.name] = f
        # A Field given as the class attribute is replaced by the plain default value.
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not all_frozen_bases and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, all_fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in all_fields.values()
                       if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    # The __init__ parameters: positional-or-keyword ones, then keyword-only ones.
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.init and f.kw_only]

    generated_init = None
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        generated_init = _init_fn(cls, all_init_fields, std_init_fields,
                                  kw_only_init_fields, frozen, has_post_init, slots)
        _set_new_attribute(cls, '__init__', generated_init)

    field_list = [f for f in all_fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn([f.name for f in field_list if f.repr]))

    compared = _values_getter([f.name for f in field_list if f.compare])
    if eq:
        _set_new_attribute(cls, '__eq__', _cmp_fn('__eq__', '==', compared))

    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'),
                         ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _cmp_fn(name, op, compared)):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')

    holder = [cls]
    if frozen:
        for fn in _frozen_get_del_attr(holder, [f.name for f in field_list]):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                                f'in class {cls.__name__}')

    action = _hash_action[(bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash)]
    if action:
        cls.__hash__ = action(cls, field_list, compared)

    if not getattr(cls, '__doc__'):
        try:
            text_sig = _class_signature(cls, generated_init, std_init_fields,
                                        kw_only_init_fields)
        except (TypeError, ValueError, AttributeError):
            text_sig = ''
        cls.__doc__ = cls.__name__ + text_sig.replace(' -> None', '')

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        if '__slots__' in cls.__dict__:
            raise TypeError(f'{cls.__name__} already specifies __slots__')
        cls = _add_slots(cls, frozen, weakref_slot)
        holder[0] = cls

    abc = sys.modules.get('abc')
    update = getattr(abc, 'update_abstractmethods', None)
    if update is not None:
        update(cls)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields.  If init is true, an __init__()
    method is added; repr: __repr__(); eq: __eq__(); order: __lt__(), __le__(), __gt__()
    and __ge__().  unsafe_hash: add __hash__() even when it may be wrong; frozen: field
    assignment raises FrozenInstanceError.  match_args: add __match_args__.  kw_only: all
    fields are keyword-only.  slots: the class gets __slots__ (a new class is returned);
    weakref_slot: with slots, add a __weakref__ slot.
    """

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """Return a new dataclass named cls_name with the given fields.

    Each item of fields is a name, a (name, type) pair or a (name, type, Field) triple; a
    bare name gets the annotation 'typing.Any'.  bases and namespace are those of the new
    class; the other arguments are passed on to dataclass().
    """
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp, = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    def exec_body(ns):
        # CPython's class is created by types.new_class(), so its __module__ is 'types'.
        ns['__module__'] = 'types'
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, exec_body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
