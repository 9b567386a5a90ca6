it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

class CountDown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(CountDown(3)), sum(CountDown(4)), [x for x in CountDown(2)], max(CountDown(5)))
c = CountDown(2)
print(iter(c) is c, list(c), list(c))

class OnlyGetitem:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError(i)
        return chr(97 + i)
print(list(OnlyGetitem()), "c" in OnlyGetitem(), list(enumerate(OnlyGetitem())))

calls = []
def reader():
    calls.append(1)
    return "line" if len(calls) < 4 else ""
print(list(iter(reader, "")), len(calls))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoNext:
    def __iter__(self):
        return self
try:
    for _ in NoNext():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
it2 = iter("ab")
print(it2.__length_hint__() if hasattr(it2, "__length_hint__") else "no hint", type(iter({})).__name__, type(iter(set())).__name__, type(iter(())).__name__)
print(type(iter([])).__name__, type(iter("")).__name__, type(iter(range(1))).__name__, type(iter({}.items())).__name__)
