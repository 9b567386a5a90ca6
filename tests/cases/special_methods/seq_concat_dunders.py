# list/tuple __add__, __mul__, __rmul__ as attributes, and how they meet other operands'
# reflected methods in `+` and `*`.
print([1].__add__([2]), (1,).__add__((2,)), [1].__mul__(3), (1, 2).__rmul__(2), [5].__mul__(0))
for label, f in [("list+tuple", lambda: [1].__add__((2,))), ("tuple+list", lambda: (1,).__add__([2])),
                 ("list*str", lambda: [1].__mul__("a")), ("list+int", lambda: [1].__add__(1)),
                 ("no self", lambda: list.__add__()), ("wrong self", lambda: list.__add__((1,), [2]))]:
    try:
        print(label, f())
    except TypeError as e:
        print(label, "->", e)

class R:
    def __radd__(self, o):
        return ("radd", o)
    def __rmul__(self, o):
        return ("rmul", o)
print([1] + R(), (1,) + R(), [1] * R(), (1,) * R())

class Idx:
    def __index__(self):
        return 2
print([1] * Idx(), Idx() * [3], (1,) * Idx(), [1].__mul__(Idx()))

class L(list):
    def __add__(self, other):
        return ("L", list.__add__(self, other))
class T(tuple):
    pass
print(L([1]) + [2], [1] + L([2]), type(list.__add__(L([1]), [2])).__name__)
print(T((1,)) + (2,), type(T((1,)) + (2,)).__name__, T((1,)) * 2, type(T((1,)) * 2).__name__)
print(list.__add__ is list.__dict__["__add__"], "__mul__" in tuple.__dict__, hasattr([], "__rmul__"))
for f in (lambda: [1] + 1, lambda: (1,) + [1], lambda: [1] * 2.5, lambda: 1 + [1]):
    try:
        f()
    except TypeError as e:
        print(e)
