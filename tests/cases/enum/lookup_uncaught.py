# A failed lookup by value, left uncaught: ValueError "7 is not a valid Color".
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


for raw in (1, 3, 2):
    print("found", raw, Color(raw), repr(Color(raw)))
try:
    Color['PURPLE']
except KeyError as e:
    print("KeyError", e)
try:
    Color(4)
except ValueError as e:
    print("ValueError", e, e.__context__)
print("looking up 7")
Color(7)
print("not reached")
