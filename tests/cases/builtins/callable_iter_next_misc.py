print(callable(print), callable(int), callable(3), callable("s"), callable(lambda: 1), callable([].append), callable(type))
class WithCall:
    def __call__(self):
        return "called"
class WithoutCall:
    pass
print(callable(WithCall()), callable(WithoutCall()), callable(WithCall), WithCall()())
it = iter([10, 20])
print(next(it), next(it, "d"), next(it, "d"), next(iter(()), None))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
print(list(iter([1, 2, 3].pop, 1)))
print(len("abc"), len([1]), len({1: 2}), len(range(5)), len(b"xy"), len(set()), len(()), len(frozenset("ab")))
print(id(5) == id(5), type(id(object())).__name__, isinstance(hash("x"), int))
print(ord(max("hello")), chr(ord("a") + 1), min("zebra"), max(b"abc"))
print(repr(object).startswith("<class"), str(type(print)), bool(print))
print(round(2.675, 2), round(-0.5), round(1e300), abs(-7 // 2))
print(isinstance(iter([]), type(iter([]))), hasattr(iter([]), "__next__"), hasattr([], "__next__"))
