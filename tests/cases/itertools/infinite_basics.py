# count, cycle and repeat: values, reprs, laziness and argument errors.
import itertools
from itertools import count, cycle, repeat, islice


def attempt(label, func):
    try:
        print(label, func())
    except Exception as e:
        print(label, type(e).__name__, e)


c = count()
print("count0", repr(c), next(c), next(c), repr(c))
c = count(5)
print("count5", [next(c) for _ in range(3)], repr(c))
c = count(10, -3)
print("countneg", [next(c) for _ in range(4)], repr(c))
c = count(0.5, 0.25)
print("countfloat", [next(c) for _ in range(4)], repr(c))
c = count(start=2, step=1.0)
print("countkw", repr(c), next(c), next(c))
c = count(True)
print("countbool", repr(c), next(c), type(next(c)).__name__)
c = count(True, 2)
print("countbool2", next(c), next(c))
c = count(2 ** 65)
print("countbig", next(c), repr(c))
c = count(1j, 1j)
print("countcomplex", next(c), next(c), repr(c))
print("count_type", type(c).__name__, isinstance(c, count), iter(c) is c)
attempt("count_str", lambda: count("a"))
attempt("count_step_none", lambda: count(1, None))
attempt("count_3args", lambda: count(1, 2, 3))
attempt("count_badkw", lambda: count(foo=1))
attempt("count_dupkw", lambda: count(1, start=2))


class MyCount(count):
    pass


print("subclass_repr", repr(MyCount(7)), repr(MyCount(1, 2)))

cy = cycle("abc")
print("cycle", "".join(next(cy) for _ in range(8)))
print("cycle_empty", list(cycle([])))
seen = []


def gen():
    for i in range(3):
        seen.append(i)
        yield i


cy = cycle(gen())
print("cycle_lazy", next(cy), seen)
print("cycle_more", [next(cy) for _ in range(7)], seen)
attempt("cycle_int", lambda: cycle(5))
attempt("cycle_kw", lambda: cycle(iterable=[1]))
attempt("cycle_noargs", lambda: cycle())

r = repeat("x", 3)
print("repeat", repr(r), r.__length_hint__(), list(r), repr(r), r.__length_hint__())
print("repeat_inf", repr(repeat(None)), list(islice(repeat(7), 4)))
print("repeat_neg", repr(repeat(1, -5)), list(repeat(1, -5)))
print("repeat_kw", list(repeat(object="o", times=2)))
attempt("repeat_hint_inf", lambda: repeat(1).__length_hint__())
attempt("repeat_float", lambda: repeat(1, 2.5))
attempt("repeat_none", lambda: repeat(1, None))
attempt("repeat_noargs", lambda: repeat())
attempt("repeat_big", lambda: repeat(1, 2 ** 70))
obj = [1]
print("repeat_same", all(x is obj for x in repeat(obj, 3)))
print("zip_repeat", list(zip(range(3), repeat("z"))))
print("map_count", list(map(lambda a, b: a * b, range(4), count(1))))
