# The functional API: Enum('Name', names) in its string, list, pair, and mapping forms.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


Animal = Enum('Animal', 'ANT BEE CAT')
print("string", list(Animal), Animal.__name__, Animal.__module__, Animal.__qualname__)
print("commas", list(Enum('Sep', 'A,B, C')))
print("list", list(Enum('L', ['X', 'Y'])))
print("tuple", list(Enum('T', ('X', 'Y'))))
print("start", list(Enum('S', 'X Y', start=10)))
print("pairs", list(Enum('P', [('ONE', 'one'), ('TWO', 'two')])))
print("pair alias", list(Enum('PA', [('A', 1), ('B', 1)]).__members__))
print("mapping", list(Enum('M', {'RED': 'r', 'GREEN': 'g'})))
named = Enum('Named', 'A B', module='pkg.mod', qualname='Outer.Named')
print("module/qualname", named.__module__, named.__qualname__)
print("intenum", list(IntEnum('Num', 'ONE TWO')), IntEnum('Num', 'ONE TWO').TWO + 1)
print("strenum", list(StrEnum('Word', 'Hello World')))
print("flag", list(Flag('Perm', 'R W X')), Flag('Perm', 'R W X')(5))
print("intflag", list(IntFlag('IP', 'A B')), str(IntFlag('IP', 'A B').B))
mixed = Enum('Mixed', 'P Q', type=int)
print("type=int", list(mixed), mixed.Q * 3, isinstance(mixed.P, int), [c.__name__ for c in mixed.__mro__])
print("empty", list(Enum('Nothing', '')), list(Enum('Nothing', [])), list(Enum('Nothing', ())))
from enum import KEEP
boundary = Flag('B', 'A B', boundary=KEEP)
print("boundary", boundary._boundary_, boundary(7), str(boundary(12)))
check("boundary str", lambda: Flag('B', 'A B', boundary='keep')(7))


class Base(Enum):
    def shout(self):
        return self.name.upper() + '!'


Sub = Base('Sub', 'quiet loud')
print("subclass", [m.shout() for m in Sub], isinstance(Sub.quiet, Base))
check("int names", lambda: Enum('Bad', 5))
check("int item", lambda: Enum('Bad', [5]))
check("extend", lambda: Animal('More', 'DOG'))
check("extend by value", lambda: Animal(1, 2))
check("lookup", lambda: Animal(2))
check("lookup name", lambda: Animal['CAT'])
check("mro name", lambda: Enum('Bad', 'mro ok'))
check("dup pairs", lambda: Enum('Bad', [('A', 1), ('A', 2)]))
check("sunder", lambda: Enum('Bad', {'_x_': 1}))
check("dunder", lambda: list(Enum('Odd', {'__x__': 1, 'Y': 2})))
