# operator: the in-place functions return the result and mutate only mutable operands.
import operator as op

x = 5
print("iadd int", op.iadd(x, 3), x)
lst = [1, 2]
r = op.iadd(lst, [3])
print("iadd list", r, lst, r is lst)
t = (1,)
r = op.iadd(t, (2,))
print("iadd tuple", r, t, r is t)
s = {1, 2, 3}
print("isub set", op.isub(s, {1}), s)
print("ior set", op.ior(s, {9}), s)
print("iand set", op.iand(s, {2, 9}), s)
print("ixor set", op.ixor(s, {2, 4}), s)
d = {"a": 1}
print("ior dict", op.ior(d, {"b": 2}), d)
print("imul list", op.imul(lst, 2), lst)
print("imul str", op.imul("ab", 2))
print("ifloordiv", op.ifloordiv(17, 5), op.itruediv(17, 5), op.imod(17, 5))
print("ipow", op.ipow(3, 4), op.ilshift(3, 2), op.irshift(64, 3))
print("ixor int", op.ixor(6, 3), op.iand(6, 3), op.ior(6, 3))
ba = bytearray(b"ab")
print("iconcat bytearray", op.iconcat(ba, b"cd"), ba)
lst2 = [0]
print("iconcat list", op.iconcat(lst2, (1, 2)), lst2)
print("iconcat str", op.iconcat("x", "y"))
print("dunder", op.__iadd__(1, 1), op.__isub__(5, 1), op.__imul__(2, 3), op.__iconcat__([1], [2]))


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        print("  Acc.__iadd__", other)
        self.items.append(other)
        return self

    def __imatmul__(self, other):
        return "imatmul %r" % (other,)


acc = Acc()
r = op.iadd(acc, 1)
print("custom iadd", r is acc, acc.items)
print("custom imatmul", op.imatmul(acc, 7))


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return OnlyAdd(self.v + other)


o = OnlyAdd(1)
r = op.iadd(o, 2)
print("fallback to add", r.v, o.v, r is o)


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("iadd list int", op.iadd, [1], 2)
attempt("iadd tuple list", op.iadd, (1,), [2])
attempt("isub str", op.isub, "a", "b")
attempt("imatmul int", op.imatmul, 1, 2)
attempt("itruediv zero", op.itruediv, 1, 0)
attempt("iconcat int", op.iconcat, 1, 2)
attempt("iconcat dict", op.iconcat, {}, {})
attempt("iconcat list int", op.iconcat, [1], 2)
