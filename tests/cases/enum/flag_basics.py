# Flag: |, &, ^, ~, membership, iteration over composites (3.11), pseudo-members, reprs.
from enum import Flag, auto


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6              # a multi-bit alias: listed in __members__, not iterated


print("members", list(Perm), list(Perm.__members__), Perm._member_names_)
rw = Perm.R | Perm.W
print("or", repr(rw), str(rw), rw is Perm.RW, rw.name, rw.value)
rx = Perm.R | Perm.X
print("composite", repr(rx), str(rx), rx.name, rx is (Perm.X | Perm.R))
print("and", repr(Perm.RW & Perm.R), repr(Perm.RW & Perm.X))
print("xor", repr(Perm.RW ^ Perm.R), repr(Perm.R ^ Perm.R))
print("invert", repr(~Perm.R), repr(~rw), repr(~Perm(0)), repr(~(Perm.R | Perm.W | Perm.X)))
zero = Perm(0)
print("zero", repr(zero), str(zero), bool(zero), zero.name, len(zero), list(zero))
everything = Perm(7)
print("all", repr(everything), str(everything), list(everything), len(everything))
print("in", Perm.R in everything, Perm.RW in everything, Perm.RW in Perm.R, zero in Perm.X)
print("bool", bool(Perm.R), bool(Perm.R & Perm.W))
print("iter alias", list(Perm.RW), list(rx))
print("format", format(rx), f"{Perm.R:>8}|", f"{zero}")
print("by name", repr(Perm['RW']), repr(Perm['X']))
print("by value", repr(Perm(6)), repr(Perm(3)), Perm(5) is rx)
print("negative", repr(Perm(-1)), repr(Perm(-2)), repr(Perm(-8)))
print("in class", Perm.RW in Perm, rx in Perm)
print("hash", hash(rx) == hash(Perm(5)), {rx: 'rx'}[Perm.X | Perm.R])
check("or int", lambda: Perm.R | 1)
check("ror int", lambda: 1 | Perm.R)
check("and int", lambda: Perm.R & 4)
check("int in", lambda: 1 in Perm.R)
check("bad value", lambda: Perm(8))
check("bad value 2", lambda: Perm(9))
check("bad negative", lambda: Perm(-9))
check("not int", lambda: Perm('a'))
check("by name composite", lambda: Perm['R|W'])
check("masks", lambda: (Perm._flag_mask_, Perm._singles_mask_, Perm._all_bits_))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    BLACK = 0


print("colors", list(Color), list(Color.__members__))
print("white", repr(Color.WHITE), list(Color.WHITE), repr(Color.RED | Color.GREEN | Color.BLUE))
print("black", repr(Color.BLACK), repr(Color(0)), repr(~Color.WHITE), list(Color.BLACK))
print("inverse", repr(~Color.RED), repr(~Color.BLACK), str(~Color.GREEN))
print("value order", [m.value for m in Color])


class Sparse(Flag):
    LOW = 1
    HIGH = 16


print("sparse", repr(~Sparse.LOW), repr(Sparse(17)), Sparse._all_bits_)
check("sparse gap", lambda: Sparse(2))


class Backwards(Flag):
    C = 4
    A = 1
    B = 2


print("definition order", list(Backwards(7)), str(Backwards(7)), Backwards._iter_member_.__name__)
print("forward order", Perm._iter_member_.__name__, Color._iter_member_.__name__)
