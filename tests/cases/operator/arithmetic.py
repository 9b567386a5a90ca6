# operator: arithmetic, bitwise and comparison functions, with their dunder spellings.
import operator as op

print("add", op.add(2, 3), op.add("ab", "cd"), op.add([1], [2]))
print("sub", op.sub(10, 4), op.sub(2.5, 0.5), op.sub({1, 2, 3}, {2}))
print("mul", op.mul(6, 7), op.mul("ab", 3), op.mul([0], 2))
print("truediv", op.truediv(7, 2), op.truediv(-1, 4))
print("floordiv", op.floordiv(7, 2), op.floordiv(-7, 2), op.floordiv(7.5, 2))
print("mod", op.mod(7, 3), op.mod(-7, 3), op.mod("%s-%d", ("x", 4)))
print("pow", op.pow(2, 10), op.pow(2, -1), op.pow(-8, 2))
print("neg pos", op.neg(5), op.neg(-2.5), op.pos(-3), op.pos(True))
print("abs", op.abs(-7), op.abs(-2.5), op.abs(3 + 4j))
print("inv", op.inv(5), op.invert(-1), op.inv(True))
print("bits", op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print("shifts", op.lshift(1, 10), op.rshift(1024, 3), op.rshift(-16, 2))
print("sets", op.and_({1, 2}, {2, 3}), op.or_({1}, {2}), op.xor({1, 2}, {2, 3}))
print("compare", op.lt(1, 2), op.le(2, 2), op.eq(2, 2.0), op.ne(1, 1), op.ge(1, 2), op.gt(3, 2))
print("compare str", op.lt("a", "b"), op.gt([1, 2], [1]), op.eq((1,), [1]))
print("not_ truth", op.not_(0), op.not_([1]), op.truth(""), op.truth([0]))
print("is", op.is_(None, None), op.is_([], []), op.is_not(1, None))
print("dunder", op.__add__(1, 2), op.__mul__(3, 4), op.__lt__(1, 2), op.__not__(1),
      op.__neg__(4), op.__inv__(0), op.__invert__(2), op.__abs__(-1), op.__pow__(3, 2))
print("dunder same", op.__add__ is op.add, op.__invert__ is op.invert, op.inv is op.invert)


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


a, b = Vec(1, 2), Vec(3, 4)
print("custom", op.add(a, b), op.matmul(a, b), op.neg(a), op.lt(a, b), op.gt(a, b))


class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("  __bool__ called")
        return self.v


print("truth custom", op.truth(Truthy(True)), op.not_(Truthy(False)))


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("add int str", op.add, 1, "a")
attempt("sub str", op.sub, "a", "b")
attempt("truediv zero", op.truediv, 1, 0)
attempt("floordiv zero", op.floordiv, 1, 0)
attempt("mod zero", op.mod, 1, 0)
attempt("matmul int", op.matmul, 1, 2)
attempt("neg str", op.neg, "a")
attempt("pos list", op.pos, [1])
attempt("inv float", op.inv, 1.5)
attempt("abs str", op.abs, "x")
attempt("lt int str", op.lt, 1, "a")
attempt("ge list int", op.ge, [1], 1)
attempt("lshift neg", op.lshift, 1, -1)
attempt("pow zero neg", op.pow, 0, -1)
