# operator.index and operator.length_hint, including their error paths.
import operator as op


def attempt(label, f, *args):
    try:
        r = f(*args)
        print(label, type(r).__name__, r)
    except Exception as e:
        print(label, type(e).__name__, e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class MyInt(int):
    pass


attempt("index int", op.index, 42)
attempt("index bool", op.index, True)
attempt("index subclass", op.index, MyInt(7))
attempt("index custom", op.index, Idx(3))
attempt("index big", op.index, 2 ** 70)
attempt("index dunder", op.__index__, Idx(-1))
attempt("index float", op.index, 1.5)
attempt("index str", op.index, "3")
attempt("index none", op.index, None)
attempt("index bad result", op.index, Idx("x"))
attempt("index float result", op.index, Idx(2.0))
print("slicing with index", [0, 1, 2, 3][op.index(Idx(1)):op.index(Idx(3))])


class NoneIndex:
    __index__ = None


attempt("index None slot", op.index, NoneIndex())

attempt("hint list", op.length_hint, [1, 2, 3])
attempt("hint str", op.length_hint, "abcd")
attempt("hint dict", op.length_hint, {1: 2})
attempt("hint iter", op.length_hint, iter([1, 2, 3]))
it = iter(range(10))
next(it)
next(it)
attempt("hint range iter", op.length_hint, it)
attempt("hint int", op.length_hint, 5)
attempt("hint default", op.length_hint, 5, 9)
attempt("hint default index", op.length_hint, 5, Idx(4))
attempt("hint bad default", op.length_hint, 5, "a")
attempt("hint float default", op.length_hint, 5, 2.5)


class Hint:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        if isinstance(self.v, Exception):
            raise self.v
        return self.v


attempt("hint custom", op.length_hint, Hint(12))
attempt("hint zero", op.length_hint, Hint(0), 3)
attempt("hint NotImplemented", op.length_hint, Hint(NotImplemented), 8)
attempt("hint negative", op.length_hint, Hint(-1))
attempt("hint str result", op.length_hint, Hint("x"))
attempt("hint float result", op.length_hint, Hint(1.0))
attempt("hint raises TypeError", op.length_hint, Hint(TypeError("no")), 6)
attempt("hint raises ValueError", op.length_hint, Hint(ValueError("bad")), 6)


class LenAndHint:
    def __len__(self):
        return 2

    def __length_hint__(self):
        return 100


class BadLen:
    def __len__(self):
        raise TypeError("len fails")

    def __length_hint__(self):
        return 5


class ErrLen:
    def __len__(self):
        raise KeyError("len")


attempt("len wins", op.length_hint, LenAndHint())
attempt("len TypeError falls back", op.length_hint, BadLen())
attempt("len other error", op.length_hint, ErrLen())
h = Hint(4)
h.__length_hint__ = lambda: 99
attempt("instance attr ignored", op.length_hint, h)
