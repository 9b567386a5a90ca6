"""Enumerations: pyrs's pure-Python ``enum`` module.

``Enum``, ``IntEnum``, ``StrEnum``, ``Flag`` and ``IntFlag`` (and ``ReprEnum``) are built by the
metaclass ``EnumType`` (alias ``EnumMeta``).  Also here: ``auto``, ``member``, ``nonmember``,
enum's ``property``, ``unique``, ``verify`` with ``EnumCheck`` (``UNIQUE``, ``CONTINUOUS``,
``NAMED_FLAGS``), ``FlagBoundary`` (``STRICT``, ``CONFORM``, ``EJECT``, ``KEEP``),
``global_enum`` and ``show_flag_values``.  Behaviour, reprs and error messages follow CPython
3.11.

How a class statement becomes an enumeration here:

* ``EnumType.__prepare__`` hands the class body an ``_EnumNamespace``, a mapping (not a dict)
  whose ``__setitem__`` sorts each assignment into members and ordinary attributes as the body
  runs, resolving ``auto()`` values in order and refusing reused or reserved names.
* ``EnumType.__new__`` gives ``type.__new__`` a plain dict in which every member value is held
  by a ``_MemberSlot``; ``type.__new__`` calls ``__set_name__`` on the slots in definition
  order, and each slot builds its member there, so members exist before ``__init_subclass__``
  runs, as in CPython.
* Afterwards the metaclass settles what depends on all members (flag masks, the order check
  of ``_order_``) and which ``__repr__``/``__str__``/``__format__`` the class uses.

CPython 3.11's quirks are kept where a program can see them: iterating a flag value whose
bits only a multi-bit member (alias) names yields None for those bits, and ``__dir__`` always
lists ``__init_subclass__``.  Differences: ``global_enum`` on a plain ``Flag`` gives
``module.A|module.B`` reprs (CPython 3.11.7 raises TypeError there), and ``EnumType(name,
bases, plain_dict)`` builds an enumeration (CPython raises AttributeError).  Pickling goes no
further than ``__reduce_ex__``; ``_simple_enum`` (for standard modules) is provided,
``_test_simple_enum`` is not.
"""

import sys
from types import DynamicClassAttribute as _DynamicClassAttribute
from types import MappingProxyType as _MappingProxyType

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
           'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
           'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
           'pickle_by_global_name', 'pickle_by_enum_name']

_builtin_property = property

# Bound below, once each class exists; the metaclass looks at them while building the
# module's own classes (when they are still None).
Enum = ReprEnum = Flag = None


# --- names and small helpers --------------------------------------------------------------

def _is_dunder(name):
    """``__x__`` (but not ``___`` or ``__x_`` lookalikes)."""
    return (len(name) > 4 and name[:2] == '__' and name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    """``_x_`` (single underscores only)."""
    return (len(name) > 2 and name[0] == '_' and name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    """A name mangled from ``__x`` in the body of class ``cls_name``."""
    prefix = '_%s__' % cls_name.lstrip('_')
    return (len(name) > len(prefix) and name.startswith(prefix)
            and not (name[-1] == '_' and name[-2] == '_'))


# pyrs's classmethod, staticmethod and property objects do not show __get__ to hasattr();
# naming them keeps them descriptors (non-members) here, as they are in CPython.
_DESCRIPTOR_TYPES = (staticmethod, classmethod, _builtin_property)


def _is_descriptor(obj):
    return (isinstance(obj, _DESCRIPTOR_TYPES) or hasattr(obj, '__get__')
            or hasattr(obj, '__set__') or hasattr(obj, '__delete__'))


def _is_nested_class(cls_name, obj):
    """A class statement inside the enum's own body."""
    if not isinstance(obj, type):
        return False
    qualname = getattr(obj, '__qualname__', '')
    own = '%s.%s' % (cls_name, getattr(obj, '__name__', ''))
    return qualname == own or qualname.endswith('.' + own)


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


def _bits(value):
    """The powers of two in a non-negative int, lowest first."""
    if value < 0:
        raise ValueError('%r is not a positive integer' % (value,))
    while value:
        low = value & -value
        yield low
        value ^= low


def show_flag_values(value):
    return list(_bits(value))


def _calling(method, name):
    """A Python function that calls ``method`` (see _NATIVE_STR_WORKS)."""
    def call(self):
        return method(self)
    call.__name__ = call.__qualname__ = name
    return call


def _class_repr(cls):
    """What ``repr()`` of an enumeration class shows (used in messages)."""
    if Flag is not None and issubclass(cls, Flag):
        return '<flag %r>' % (cls.__name__,)
    return '<enum %r>' % (cls.__name__,)


def _sign_bits(num, width):
    """``0b0 0101``: the sign bit, a space, then ``width`` two's-complement digits."""
    if num >= 0:
        sign = '0'
        digits = format(num, 'b') if num else ''
    else:
        sign = '1'
        n = num.bit_length()
        digits = format((1 << n) + num, '0%db' % n)
    if len(digits) < width:
        digits = (sign * width + digits)[-width:]
    return '0b%s %s' % (sign, digits)


# Whether str() honours a builtin method installed as __str__ on an int subclass that has its
# own __repr__ (pyrs's str() takes the __repr__ instead); if not, ReprEnum classes get a small
# Python __str__ that calls the data type's method.
class _StrProbe(int):
    __str__ = int.__repr__

    def __repr__(self):
        return 'repr'


_NATIVE_STR_WORKS = str(_StrProbe(0)) == '0'
del _StrProbe


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


# --- the public wrappers --------------------------------------------------------------------

class auto:
    """A member value to be chosen by the enumeration (``_generate_next_value_``)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Wraps a value that becomes a member even if it is a function or descriptor."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Wraps a value that stays a plain class attribute, not a member."""

    def __init__(self, value):
        self.value = value


class property(_DynamicClassAttribute):
    """An enum member's attribute (``name``, ``value``, ...): on a member it calls its getter;
    on the class it gives the member of the same name, if any, else AttributeError.

    A member whose name is taken by such a property in a base class is reached through one of
    these (a "redirect" whose ``member`` is set), so both ``E.name`` and ``E.x.name`` work.
    """

    member = None
    name = None
    clsname = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            if self.__isabstractmethod__:
                return self
            raise AttributeError(self.name)
        if self.fget is None:
            if self.member is not None:
                return self.member
            raise AttributeError('%s has no attribute %r'
                                 % (_class_repr(type(instance)), self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r' % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r'
                                 % (self.clsname, self.name))
        self.fdel(instance)


# --- the class body's namespace -------------------------------------------------------------

_ALLOWED_SUNDERS = frozenset([
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_',
])


class _EnumNamespace:
    """The mapping an enumeration's class body runs in.  Assignments are sorted as they
    happen: dunders, mangled private names, descriptors (methods, properties, ...),
    ``nonmember(...)`` values and names listed in ``_ignore_`` are ordinary attributes;
    anything else is a member, whose ``auto()`` value is resolved right away."""

    def __init__(self, cls_name='', next_value=None):
        self._data = {}
        self._cls_name = cls_name
        self._member_names = {}         # an ordered set
        self._last_values = []
        self._ignore = ()
        self._auto_called = False
        self._next_value = next_value   # the _generate_next_value_ in force

    # the mapping protocol the class machinery and __new__ use
    def __getitem__(self, key):
        return self._data[key]

    def __delitem__(self, key):
        del self._data[key]
        self._member_names.pop(key, None)

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def keys(self):
        return self._data.keys()

    def items(self):
        return self._data.items()

    def values(self):
        return self._data.values()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def setdefault(self, key, default=None):
        if key not in self._data:
            self[key] = default
        return self._data[key]

    def update(self, other=(), **more):
        """As dict.update, each item going through __setitem__ (``vars().update(...)`` in a
        class body defines members)."""
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in more.items():
            self[key] = value

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._data)

    def __setitem__(self, key, value):
        data = self._data
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _ALLOWED_SUNDERS:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                 % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined before members')
                self._next_value = getattr(value, '__func__', value)
            elif key == '_ignore_':
                if isinstance(value, str):
                    names = value.replace(',', ' ').split()
                else:
                    names = list(value)
                self._ignore = names
                already = set(names) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r'
                                     % (already,))
        elif _is_dunder(key):
            pass
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, data[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in data:
                raise TypeError('%r already defined as %r' % (key, data[key]))
            if isinstance(value, member):
                value = value.value
            elif _is_nested_class(self._cls_name, value):
                import warnings
                warnings.warn('In 3.13 classes created inside an enum will not become a member.  '
                              'Use the `member` decorator to keep the current behavior.',
                              DeprecationWarning, stacklevel=2)
            if isinstance(value, auto):
                value = self._resolve(key, value)
            elif type(value) is tuple and any(isinstance(v, auto) for v in value):
                value = tuple([self._resolve(key, v) if isinstance(v, auto) else v
                               for v in value])
            else:
                self._last_values.append(value)
            self._member_names[key] = None
        data[key] = value

    def _resolve(self, key, an_auto):
        """The value of one ``auto()`` for member ``key`` (also recorded as a last value)."""
        if an_auto.value is _auto_null:
            an_auto.value = self._next_value(key, 1, len(self._member_names),
                                             self._last_values[:])
            self._auto_called = True
        self._last_values.append(an_auto.value)
        return an_auto.value


class _MemberSlot:
    """Holds a member's value in the namespace given to ``type.__new__``, which calls
    ``__set_name__`` on each slot in turn: that builds the member."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, member_name):
        _make_member(enum_class, member_name, self.value)


def _existing_member(enum_class, value):
    """The member already holding ``value``, or None."""
    try:
        return enum_class._value2member_map_.get(value)
    except TypeError:
        pass
    for m in enum_class._member_map_.values():
        if m._value_ == value:
            return m
    return None


def _make_member(enum_class, name, value):
    member_type = enum_class._member_type_
    args = value if isinstance(value, tuple) else (value,)
    if member_type is tuple:
        args = (args,)
    if enum_class._use_args_:
        new_member = enum_class._new_member_(enum_class, *args)
    else:
        new_member = enum_class._new_member_(enum_class)
    if not hasattr(new_member, '_value_'):
        if member_type is object:
            new_member._value_ = value
        else:
            try:
                new_member._value_ = member_type(*args)
            except Exception as exc:
                raise TypeError('_value_ not set in __new__, unable to create it') from exc
    value = new_member._value_
    new_member._name_ = name
    new_member.__objclass__ = enum_class
    new_member.__init__(*args)
    new_member._sort_order_ = len(enum_class._member_names_)

    canonical = _existing_member(enum_class, value)
    if canonical is not None:
        new_member = canonical          # an alias
    elif Flag is None or not issubclass(enum_class, Flag) or _is_single_bit(value):
        # flags list only their single-bit members; other values act as aliases
        enum_class._member_names_.append(name)

    # A property (name, value, ...) of a base class keeps working on members when a member
    # takes its name: the class attribute becomes a redirect to both.
    shadowed = None
    for base in enum_class.__mro__[1:]:
        found = base.__dict__.get(name)
        if found is not None:
            if isinstance(found, (_DynamicClassAttribute, _builtin_property)):
                shadowed = found
            break
    if shadowed is not None:
        redirect = property(shadowed.fget, shadowed.fset, shadowed.fdel)
        redirect.member = new_member
        redirect.name = name
        redirect.clsname = enum_class.__name__
        type.__setattr__(enum_class, name, redirect)
    else:
        type.__setattr__(enum_class, name, new_member)
    enum_class._member_map_[name] = new_member
    try:
        enum_class._value2member_map_.setdefault(value, new_member)
    except TypeError:
        enum_class._unhashable_values_.append(value)


# --- the metaclass --------------------------------------------------------------------------

class EnumType(type):
    """The metaclass of enumerations: builds members, and makes the class a container of
    them (iteration, ``len()``, ``in``, lookup by name and by value)."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        next_value = getattr(first_enum, '_generate_next_value_', None)
        return _EnumNamespace(cls, next_value)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if not isinstance(classdict, _EnumNamespace):
            # called with a plain mapping: sort it as a class body would
            namespace = metacls.__prepare__(cls, bases)
            for key, value in classdict.items():
                namespace[key] = value
            classdict = namespace
        body = dict(classdict._data)
        for key in classdict._ignore:
            body.pop(key, None)
        body.pop('_ignore_', None)
        order = body.pop('_order_', None)
        member_names = [n for n in classdict._member_names if n in body]
        invalid = sorted(n for n in member_names if n in ('mro', ''))
        if invalid:
            raise ValueError('invalid enum member name(s) %s'
                             % (','.join(repr(n) for n in invalid),))

        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member, save_new, use_args = metacls._find_new_(body, member_type, first_enum)
        if save_new:
            body['__new_member__'] = body['__new__']
        if Enum is not None:
            # calling the class looks members up (a data type's __new__ must not answer)
            body['__new__'] = Enum.__new__
        if '_generate_next_value_' not in body and classdict._next_value is not None:
            body['_generate_next_value_'] = classdict._next_value
        for name in member_names:
            body[name] = _MemberSlot(body[name])
        body['_new_member_'] = new_member
        body['_use_args_'] = use_args
        body['_member_type_'] = member_type
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        # (Flag itself is the enumeration made with a boundary while Flag is still None)
        is_flag = (Flag is None and boundary is not None
                   or Flag is not None and any(issubclass(b, Flag) for b in bases))
        if is_flag:
            body['_boundary_'] = boundary if boundary is not None else first_enum._boundary_

        failure = None
        try:
            enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        except RuntimeError as e:
            # a member's creation failed inside __set_name__: report the original error
            failure = e.__cause__ or e
        if failure is not None:
            raise failure

        if is_flag:
            metacls._settle_flag_(enum_class, body)
        metacls._choose_methods_(enum_class, body, bases, member_type, first_enum)

        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            order = [n for n in order
                     if n not in enum_class._member_map_ or n in enum_class._member_names_]
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    # -- helpers of __new__ (also used by the functional API) --

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %s' % (class_name, _class_repr(base)))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """(the data type members also are, the enumeration class to inherit from)"""
        if not bases:
            return object, Enum
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        """The one non-enum base among ``bases``' ancestors that makes values (it has its own
        ``__new__``, or is a dataclass), or the data type an enum base already has."""
        found = []
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        if base._member_type_ not in found:
                            found.append(base._member_type_)
                        break
                    continue
                if '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                    data_type = candidate or base
                    if data_type not in found:
                        found.append(data_type)
                    break
                candidate = candidate or base
        if len(found) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, set(found)))
        return found[0] if found else None

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        """The function that shows a member's value in its repr (None: ``repr``)."""
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if '__repr__' in base.__dict__:
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_new_(mcls, body, member_type, first_enum):
        """(what makes a new member, whether it came from this class body, whether it takes
        the member's value as arguments)"""
        own = body.get('__new__')
        if own is not None and Enum is not None:
            return own, True, True
        ignored = (object.__new__, Enum.__new__ if Enum is not None else None)
        for attr in ('__new_member__', '__new__'):
            for source in (member_type, first_enum):
                if source is None:
                    continue
                target = getattr(source, attr, None)
                if target is not None and target not in ignored:
                    return target, False, True
        return object.__new__, False, False

    @staticmethod
    def _settle_flag_(enum_class, body):
        """Masks and iteration order of a Flag class, once its members exist."""
        flag_mask = 0
        for m in enum_class._member_map_.values():
            if isinstance(m._value_, int):
                flag_mask |= m._value_
        singles = 0
        ascending = True
        previous = 0
        for name in enum_class._member_names_:
            value = enum_class._member_map_[name]._value_
            singles |= value
            if value < previous:
                ascending = False
            previous = value
        setattr_ = type.__setattr__
        setattr_(enum_class, '_flag_mask_', flag_mask)
        setattr_(enum_class, '_singles_mask_', singles)
        setattr_(enum_class, '_all_bits_', 2 ** flag_mask.bit_length() - 1)
        if Flag is not None:
            if not ascending and '_iter_member_' not in body:
                setattr_(enum_class, '_iter_member_', Flag.__dict__['_iter_member_by_def_'])
            # int's operators come before Flag's in IntFlag's mro: put Flag's in front
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                         '__invert__'):
                if name not in body:
                    setattr_(enum_class, name, Flag.__dict__[name])

    @staticmethod
    def _choose_methods_(enum_class, body, bases, member_type, first_enum):
        """Which __repr__, __str__, __format__ and __reduce_ex__ the class uses: a ReprEnum
        keeps the data type's str() and format(); otherwise a data type's (or object's)
        method never hides the enumeration's."""
        setattr_ = type.__setattr__
        chosen = set(body)
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type '
                                '(i.e. int, str, float, etc.)')
            if '__format__' not in chosen:
                setattr_(enum_class, '__format__', member_type.__format__)
                chosen.add('__format__')
            if '__str__' not in chosen:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                if not _NATIVE_STR_WORKS:
                    method = _calling(method, '__str__')
                setattr_(enum_class, '__str__', method)
                chosen.add('__str__')
        if first_enum is None:
            return
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in chosen:
                continue
            found = getattr(enum_class, name, None)
            if (found is getattr(member_type, name, None)
                    or found is getattr(object, name, None)):
                setattr_(enum_class, name, getattr(first_enum, name))

    # -- the class as a container of its members --

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """Either returns the member holding ``value`` (``Color(1)``), or, given ``names``,
        creates a new enumeration (``Enum('Animal', 'ANT BEE')``)."""
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, obj):
        if not isinstance(obj, Enum):
            import warnings
            warnings.warn('in 3.12 __contains__ will no longer raise TypeError, but will return '
                          'True or\nFalse depending on whether the value is a member or the '
                          'value of a member', DeprecationWarning, stacklevel=2)
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(obj).__qualname__, type(cls).__qualname__))
        return isinstance(obj, cls) and obj._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__',
                 '__iter__', '__len__', '__members__', '__module__', '__name__',
                 '__qualname__'}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getattr__(cls, name):
        if _is_dunder(name) or name == '_member_map_':
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            pass
        raise AttributeError(name)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        """A read-only mapping of every member name (aliases too) to its member."""
        return _MappingProxyType(cls._member_map_)

    def __repr__(cls):
        return _class_repr(cls)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """The functional API: a new enumeration named ``class_name`` whose members come
        from ``names`` (a string of names, a sequence of names or of (name, value) pairs, or
        a mapping)."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        member_type, first_enum = cls._get_mixins_(class_name, bases)
        namespace = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs = []
            values = []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count, values[:])
                values.append(value)
                pairs.append((name, value))
            names = pairs
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            namespace[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            namespace['__module__'] = module
        if qualname is not None:
            namespace['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, namespace, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """Makes an enumeration ``name`` of module ``module``'s constants whose names pass
        ``filter`` (sorted by value), and puts it and its members in the module."""
        module_globals = sys.modules[module].__dict__
        source = module_globals if source is None else source.__dict__
        members = [(key, value) for key, value in source.items() if filter(key)]
        try:
            members.sort(key=lambda item: (item[1], item[0]))
        except TypeError:
            members.sort(key=lambda item: item[0])
        if issubclass(cls, Flag):
            new = cls(name, members, module=module, boundary=boundary or KEEP)
        else:
            new = cls(name, members, module=module)
        if as_global:
            global_enum(new)
        else:
            module_globals.update(new.__members__)
        module_globals[name] = new
        return new


EnumMeta = EnumType


# --- Enum -----------------------------------------------------------------------------------

class Enum(metaclass=EnumType):
    """The base of enumerations: a class whose attributes are its members.

    ``Color(1)`` finds a member by value, ``Color['RED']`` by name; ``Enum('Color', 'RED
    GREEN')`` creates an enumeration without a class statement.
    """

    def __new__(cls, value):
        # Only ever finds members (they are created by the metaclass).
        if not cls._member_map_:
            raise TypeError('%s has no members defined' % _class_repr(cls))
        if type(value) is cls:
            return value
        found = None
        try:
            found = cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    found = m
                    break
        if found is not None:
            return found
        failure = None
        result = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            failure = e
        if isinstance(result, cls):
            return result
        if (failure is None and isinstance(result, int)
                and getattr(cls, '_boundary_', None) is EJECT):
            return result
        invalid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if failure is None:
            if result is None:
                raise invalid
            failure = TypeError('error in %s._missing_: returned %r instead of None or a valid '
                                'member' % (cls.__name__, result))
        if not isinstance(failure, ValueError):
            failure.__context__ = invalid
        raise failure

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """The value ``auto()`` gives: one more than the last value (``start`` first)."""
        if not last_values:
            return start
        last = last_values[-1]
        try:
            ordered = sorted(last_values)
        except TypeError:
            ordered = last_values
        else:
            if last == ordered[-1]:
                try:
                    return last + 1
                except TypeError:
                    pass
        # the value before 3.13: one more than the highest value (the last that adds 1)
        import warnings
        warnings.warn('In 3.13 the default `auto()`/`_generate_next_value_` will require all '
                      'values to be sortable and support adding +1\nand the value returned '
                      'will be the largest value in the enum incremented by 1',
                      DeprecationWarning, stacklevel=4)
        for value in reversed(ordered):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        cls = type(self)
        show = cls._value_repr_ or repr
        return '<%s.%s: %s>' % (cls.__name__, self._name_, show(self._value_))

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        cls = type(self)
        if cls._member_type_ is object:
            names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        else:
            names = set(object.__dir__(self))
        names.update(k for k in getattr(self, '__dict__', ()) if k[0] != '_')
        members = cls._member_map_
        for klass in cls.__mro__:
            for key, obj in klass.__dict__.items():
                if key[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or key not in members:
                        names.add(key)
                    else:
                        names.discard(key)
                elif key not in members:
                    names.add(key)
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """An enumeration whose str() and format() are those of its data type; only repr()
    shows the member."""


class IntEnum(int, ReprEnum):
    """An enumeration whose members are ints."""


class StrEnum(str, ReprEnum):
    """An enumeration whose members are strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        value = str(*values)
        new_member = str.__new__(cls, value)
        new_member._value_ = value
        return new_member

    def _generate_next_value_(name, start, count, last_values):
        """``auto()`` in a StrEnum: the member's name in lower case."""
        return name.lower()


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


_reduce_ex_by_global_name = pickle_by_global_name


class FlagBoundary(StrEnum):
    """How a Flag treats a value with bits no member names: STRICT refuses it, CONFORM
    drops those bits, EJECT returns a plain int, KEEP keeps them."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


# --- Flag -----------------------------------------------------------------------------------

class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with ``|``, ``&``, ``^`` and ``~``, and values that
    combine several members are (pseudo-)members too."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """``auto()`` in a Flag: the next power of two above the highest value so far."""
        if not count:
            return start if start is not None else 1
        highest = max(last_values)
        try:
            top = highest.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % (highest,)) from None
        return 2 ** (top + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        """The members of the bits of ``value``, lowest first.  (As in CPython 3.11, a bit
        that only a multi-bit member holds gives None, or the pseudo-member made for it.)"""
        lookup = cls._value2member_map_
        for bit in _bits(value & cls._flag_mask_):
            yield lookup.get(bit)

    @classmethod
    def _iter_member_by_def_(cls, value):
        """What _iter_member_by_value_ gives, in definition order."""
        return iter(sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_))

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _missing_(cls, value):
        """Makes (and remembers) the pseudo-member of a value no member holds."""
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles = cls._singles_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            # bits no member can name
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%s invalid value %r\n    given %s\n  allowed %s'
                                 % (_class_repr(cls), value, _sign_bits(value, width),
                                    _sign_bits(flag_mask, width)))
            if boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value += max(all_bits + 1, 2 ** value.bit_length())
            else:
                raise ValueError('%s unknown flag boundary %r' % (_class_repr(cls), boundary))
        negative = None
        if value < 0:
            negative = value
            value += all_bits + 1
        lookup = cls._value2member_map_
        pseudo = lookup.get(value)
        if pseudo is None:
            members = list(cls._iter_member_(value & singles))
            covered = 0
            for m in members:
                covered |= m._value_
            if value & ~singles:
                # bits only multi-bit members (aliases) hold
                for m in cls._member_map_.values():
                    mv = m._value_
                    if mv and mv & value == mv and m not in members:
                        members.append(m)
                        covered |= mv
            if not covered:
                name = None
            else:
                name = '|'.join([m._name_ for m in members])
                extra = value ^ covered
                if extra:
                    if boundary is STRICT:
                        raise ValueError('%s: no members with value %r'
                                         % (_class_repr(cls), extra))
                    name += '|%s' % (cls._numeric_repr_(extra),)
            if cls._member_type_ is object:
                pseudo = object.__new__(cls)
            else:
                pseudo = cls._member_type_.__new__(cls, value)
            if not hasattr(pseudo, '_value_'):
                pseudo._value_ = value
            pseudo._name_ = name
            pseudo = lookup.setdefault(value, pseudo)
        if negative is not None:
            lookup[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self._iter_member_(self._value_))

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls = type(self)
        show = cls._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls.__name__, show(self._value_))
        return '<%s.%s: %s>' % (cls.__name__, self._name_, show(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is object or not isinstance(other, self._member_type_):
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is object or not isinstance(other, self._member_type_):
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is object or not isinstance(other, self._member_type_):
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        inverted = self._inverted_
        if inverted is None:
            cls = self.__class__
            if cls._boundary_ is EJECT or cls._boundary_ is KEEP:
                inverted = cls(~self._value_)
            else:
                inverted = cls(cls._singles_mask_ & ~self._value_)
            self._inverted_ = inverted
        return inverted

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


Flag._inverted_ = None


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints (bits outside the members are kept)."""


# --- decorators -----------------------------------------------------------------------------

def unique(enumeration):
    """Class decorator: refuses an enumeration with aliases (two names for one value)."""
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items()
                  if name != m.name]
    if duplicates:
        details = ', '.join(['%s -> %s' % pair for pair in duplicates])
        raise ValueError('duplicate values found in %s: %s'
                         % (_class_repr(enumeration), details))
    return enumeration


class EnumCheck(StrEnum):
    """What ``verify`` can check."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator: ``@verify(UNIQUE, CONTINUOUS, ...)`` checks an enumeration."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        if Flag is not None and issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                aliases = [(name, m.name) for name, m in enumeration.__members__.items()
                           if name != m.name]
                if aliases:
                    details = ', '.join(['%s -> %s' % pair for pair in aliases])
                    raise ValueError('aliases found in %s: %s'
                                     % (_class_repr(enumeration), details))
            elif check is CONTINUOUS:
                values = set(m._value_ for m in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if kind == 'flag':
                    missing = [2 ** i for i in range(low.bit_length(), high.bit_length() - 1)
                               if 2 ** i not in values]
                else:
                    missing = [i for i in range(low + 1, high) if i not in values]
                if missing:
                    message = ('invalid %s %r: missing values %s'
                               % (kind, cls_name, ', '.join([str(v) for v in missing])))
                    raise ValueError(message[:256])
            elif check is NAMED_FLAGS:
                canonical = enumeration._member_names_
                named = [m._value_ for m in enumeration]
                lacking = []
                lost = 0
                for name, m in enumeration._member_map_.items():
                    if name in canonical or m._value_ < 0:
                        continue
                    unnamed = [bit for bit in _bits(m._value_) if bit not in named]
                    if unnamed:
                        lacking.append(name)
                        for bit in unnamed:
                            lost |= bit
                if lacking:
                    if len(lacking) == 1:
                        who = 'alias %s is missing' % lacking[0]
                    else:
                        who = 'aliases %s and %s are missing' % (', '.join(lacking[:-1]),
                                                                 lacking[-1])
                    if _is_single_bit(lost):
                        what = 'value 0x%x' % lost
                    else:
                        what = 'combined values of 0x%x' % lost
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) '
                                     'for details]' % (cls_name, who, what))
        return enumeration


# --- global enums ---------------------------------------------------------------------------

def global_enum_repr(self):
    """``module.NAME``: the repr of a member of a global enum."""
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    """``module.A|module.B``: the repr of a member of a global flag."""
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return '%s.%s(%r)' % (module, self.__class__.__name__, self._value_)
    return '|'.join([part if part[0].isdigit() else '%s.%s' % (module, part)
                     for part in self._name_.split('|')])


def global_str(self):
    """``NAME``: the str() of a member of a global enum."""
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Decorator: puts the members in the module's namespace and shows them as globals
    (``module.NAME`` reprs)."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator (for standard modules): makes the decorated plain class into an
    enumeration of type ``etype``, as ``class X(etype):`` with the same body would."""
    def convert_class(cls):
        bases = (etype,)
        metacls = type(etype)
        namespace = metacls.__prepare__(cls.__name__, bases)
        for key, value in cls.__dict__.items():
            if key not in ('__dict__', '__weakref__'):
                namespace[key] = value
        if boundary is None:
            return metacls.__new__(metacls, cls.__name__, bases, namespace)
        return metacls.__new__(metacls, cls.__name__, bases, namespace, boundary=boundary)
    return convert_class
