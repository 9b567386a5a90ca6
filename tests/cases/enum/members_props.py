# enum.property, members named like properties, member()/nonmember(), nested classes,
# __init_subclass__ and EnumType subclasses.
import enum
import warnings
from enum import Enum, EnumMeta, EnumType, IntEnum, member, nonmember


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Field(Enum):
    name = 'n'            # members may take the names of Enum's own properties
    value = 'v'
    other = 'o'


print("clash", repr(Field.name), repr(Field.value), Field.name.name, Field.name.value)
print("clash value", Field.value.value, Field.value.name, Field.other.name, Field['name'] is Field.name)
print("clash descriptor", type(Field.__dict__['name']).__name__, list(Field))
check("clash dir", lambda: dir(Field.other))


class Temperature(Enum):
    COLD = 5
    HOT = 30

    @enum.property
    def celsius(self):
        return self.value

    @enum.property
    def fahrenheit(self):
        return self.value * 9 // 5 + 32


print("enum property", Temperature.HOT.celsius, Temperature.COLD.fahrenheit)
check("enum property on class", lambda: Temperature.celsius)
check("value on class", lambda: Temperature.value)
check("set property", lambda: setattr(Temperature.HOT, 'celsius', 1))
check("property type", lambda: type(Temperature.__dict__['celsius']).__mro__[1].__name__)
check("dir", lambda: dir(Temperature.HOT))


class Holder(Enum):
    A = 1
    LIMIT = nonmember(10)
    helper = member(lambda x: x + 1)
    TABLE = nonmember({'a': 1})

    @member
    class Nested:
        pass


print("holder", [m.name for m in Holder], Holder.LIMIT, Holder.TABLE, Holder.helper.value(1))
print("nested member", Holder.Nested.value.__name__, type(Holder.Nested).__name__)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')

    class Outer(Enum):
        A = 1

        class Inner:
            pass

    try:
        1 in Outer
    except TypeError as e:
        print("contains", e)
    print("in member", Outer.A in Outer, Outer.Inner.name)
for w in caught:
    print("warning", w.category.__name__, str(w.message).splitlines()[0])


class Registered(Enum):
    def __init_subclass__(cls, **kwds):
        super().__init_subclass__()
        print("init_subclass", cls.__name__, sorted(kwds.items()), cls._member_names_)


class Fruit(Registered, tag='food'):
    APPLE = 1
    PEAR = 2


class Meta(EnumType):
    def names(cls):
        return ' '.join(m.name for m in cls)

    def __len__(cls):
        return 100


class Custom(Enum, metaclass=Meta):
    X = 1
    Y = 2


print("metaclass", Custom.names(), len(Custom), type(Custom).__name__, Custom(2).name)
print("aliases", EnumMeta is EnumType, type(Fruit) is EnumType, isinstance(Fruit, EnumMeta))
print("class attrs", Fruit._member_type_ is object, IntEnum._member_type_ is int)
print("objclass", Fruit.APPLE.__objclass__ is Fruit, Fruit.PEAR.__objclass__.__name__)
print("class dir", dir(Fruit))
Fruit.extra = 'fine'        # a new class attribute that is not a member
print("extra", Fruit.extra, 'extra' in dir(Fruit.APPLE), len(Fruit))
