# islice: which items of the underlying iterator are consumed, and its argument errors.
from itertools import islice

log = []


class Source:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            log.append("end")
            raise StopIteration
        self.i += 1
        log.append(self.i - 1)
        return self.i - 1


def run(*args, pulls=6):
    del log[:]
    it = islice(Source(8), *args)
    got = []
    for _ in range(pulls):
        try:
            got.append(next(it))
        except StopIteration:
            got.append("stop")
    print("islice", args, got, "consumed", log)


run(3)
run(0)
run(2, 5)
run(1, 7, 2)
run(0, 5, 3)
run(2, None)
run(None, None, 3)
run(None)
run(6, 20)
run(3, 3)
run(5, 2)

src = Source(10)
del log[:]
first = list(islice(src, 2))
rest = list(islice(src, 2))
print("shared", first, rest, log)

s = "abcdefgh"
for args in [(2,), (1, 4), (None, None, 2), (1, None, 3), (0, 100)]:
    print("vs_slice", args, "".join(islice(s, *args)), s[slice(*args)])

it = islice(range(10), 1, 6, 2)
print("type", type(it).__name__, iter(it) is it, list(it), list(it))


def attempt(label, *args, **kwargs):
    try:
        print(label, list(islice(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("neg_stop", [1, 2], -1)
attempt("neg_stop2", [1, 2], -2)
attempt("neg_start", [1, 2], -1, 3)
attempt("str_stop", [1, 2], "3")
attempt("float_start", [1, 2], 1.0, 3)
attempt("zero_step", [1, 2], 0, 3, 0)
attempt("neg_step", [1, 2], 0, 3, -1)
attempt("str_step", [1, 2], 0, 3, "1")
attempt("big_stop", [1, 2], 2 ** 70)
attempt("bool_args", range(10), True, None, True)
attempt("index_obj", range(10), type("I", (), {"__index__": lambda self: 3})())
attempt("one_arg", [1])
attempt("five_args", [1], 1, 2, 3, 4)
attempt("keyword", [1], stop=1)
attempt("not_iterable", 5, 1)
attempt("check_order", 5, -1)
