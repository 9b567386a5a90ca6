# enum basics: members, repr/str/format, iteration, aliases, lookup by value and by name.
import copy
from enum import Enum


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1          # an alias of RED


print("repr", repr(Color.RED), repr(Color.CRIMSON))
print("str", str(Color.GREEN), Color.BLUE)
print("format", format(Color.RED), f"[{Color.RED:>12}]", f"[{Color.RED:<10}]", f"{Color.RED!r}")
print("name/value", Color.RED.name, Color.RED.value, Color.CRIMSON.name)
print("iter", list(Color))
print("reversed", list(reversed(Color)))
print("len", len(Color), bool(Color))
print("members", list(Color.__members__))
print("members items", list(Color.__members__.items()))
print("members type", type(Color.__members__).__name__)
print("canonical", Color._member_names_)
print("alias is", Color.CRIMSON is Color.RED, Color['CRIMSON'] is Color.RED)
check("by value", lambda: Color(2))
check("by value alias", lambda: Color(1))
check("by member", lambda: Color(Color.BLUE))
check("by value kw", lambda: Color(value=3))
check("by name", lambda: Color['BLUE'])
check("bad value", lambda: Color(5))
check("bad value str", lambda: Color('1'))
check("bad name", lambda: Color['PINK'])
check("lower name", lambda: Color['red'])
check("no args", lambda: Color())
check("attr", lambda: Color.RED.BLUE)
check("in", lambda: (Color.RED in Color, Color.CRIMSON in Color))
check("eq", lambda: (Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE))
check("lt", lambda: Color.RED < Color.BLUE)
check("is", lambda: Color(1) is Color.RED)
check("hash", lambda: hash(Color.RED) == hash('RED'))
check("dict key", lambda: {Color.RED: 'r', Color.BLUE: 'b'}[Color.CRIMSON])
check("isinstance", lambda: (isinstance(Color.RED, Color), isinstance(Color.RED, Enum)))
check("type", lambda: type(Color.RED).__name__)
check("copy", lambda: (copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.BLUE])[0] is Color.BLUE))
check("reduce", lambda: Color.GREEN.__reduce_ex__(4)[1])
check("dir class", lambda: dir(Color))
check("dir member", lambda: dir(Color.RED))
check("sorted by value", lambda: sorted(Color, key=lambda m: -m.value))
check("set attr", lambda: setattr(Color.RED, 'note', 'warm') or Color.RED.note)
check("dir after", lambda: 'note' in dir(Color.RED))
check("name set", lambda: setattr(Color.RED, 'name', 'X'))
check("value set", lambda: setattr(Color.RED, 'value', 9))
check("instance dict", lambda: sorted(k for k in vars(Color.BLUE)))
check("sort order", lambda: [m._sort_order_ for m in Color])


class Empty(Enum):
    pass


check("empty list", lambda: list(Empty))
check("empty len", lambda: len(Empty))
check("empty call", lambda: Empty(1))
check("enum call", lambda: Enum(1))
check("members empty", lambda: dict(Empty.__members__))

# methods, properties and class-level helpers live on the class, not among the members
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)

    def describe(self):
        return "%s weighs %.3e" % (self.name.title(), self.mass)

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

    @staticmethod
    def kind():
        return 'planet'


print("planets", list(Planet))
print("gravity", Planet.EARTH.surface_gravity, Planet.MERCURY.surface_gravity)
print("describe", Planet.EARTH.describe())
print("heaviest", Planet.heaviest(), Planet.kind(), Planet.EARTH.kind())
print("value", Planet.EARTH.value, Planet((3.303e+23, 2.4397e6)))
print("mass attr", Planet.MERCURY.mass, Planet.MERCURY.radius)
