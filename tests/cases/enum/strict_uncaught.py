# A STRICT flag given bits no member names, left uncaught: the multi-line ValueError.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


class Loose(IntFlag):
    R = 1
    W = 2


print("ok", repr(Perm(5)), repr(Loose(13)), Perm(-1))
try:
    Perm(16)
except ValueError as e:
    print("caught", str(e).splitlines())
print("now uncaught")
print(Perm(12))
