# Iterator, Generator, Coroutine, Awaitable and Callable ABCs used as bases, and the aliases.
from collections.abc import (Iterator, Iterable, Generator, Coroutine, Awaitable, Callable,
                             AsyncIterator, AsyncIterable, Hashable, Sized)


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print("iter is self", iter(c) is c, list(c))
print("Countdown abstracts", Countdown.__abstractmethods__)
try:
    Iterator()
except TypeError as e:
    print("Iterator()", e)


class Echo(Generator):
    def __init__(self):
        self.log = []

    def send(self, value):
        self.log.append(value)
        if len(self.log) > 3:
            raise StopIteration("done")
        return f"got {value}"

    def throw(self, typ, val=None, tb=None):
        self.log.append(typ.__name__)
        if typ is GeneratorExit:
            raise typ
        return "caught"


e = Echo()
print("next", next(e), e.send("x"), e.throw(ValueError))
e.close()
print("log", e.log)
print("for", list(Echo()))


class Stubborn(Generator):
    def send(self, value):
        return 1

    def throw(self, typ, val=None, tb=None):
        return "ignored"


try:
    Stubborn().close()
except RuntimeError as exc:
    print("close", type(exc).__name__, exc)


class Default(Generator):
    def send(self, value):
        return super().send(value)

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


d = Default()
for args in ((KeyError,), (KeyError, KeyError("k")), (ValueError, None, None)):
    try:
        d.throw(*args)
    except Exception as exc:
        print("default throw", type(exc).__name__, exc)
try:
    next(d)
except StopIteration:
    print("default send stops")
d.close()
print("closed quietly")


class Task(Coroutine):
    def send(self, value):
        raise StopIteration(value)

    def throw(self, typ, val=None, tb=None):
        raise StopIteration

    def __await__(self):
        return iter(())


t = Task()
t.close()
print("Task", isinstance(t, Awaitable), isinstance(t, Coroutine), isinstance(t, Iterable))


class Loud(Coroutine):
    send = throw = __await__ = lambda self, *a: "no"


try:
    Loud().close()
except RuntimeError as exc:
    print("coroutine close", exc)


class Fn:
    def __call__(self):
        return 1


print("Callable", isinstance(Fn(), Callable), isinstance(Fn, Callable), isinstance(1, Callable))
print("alias", Iterable[int], Callable[[int, str], float], Callable[..., int])
print("alias args", Callable[[int, str], float].__args__, Callable[[], None].__args__)
print("alias origin", Iterable[int].__origin__ is Iterable, Callable[[int], int] == Callable[[int], int])
for bad in ("int", "[int]"):
    try:
        Callable[eval(bad)]
    except TypeError as exc:
        print("Callable", bad, exc)
try:
    Callable[int, str]
except TypeError as exc:
    print("Callable int, str", exc)
print("no alias", hasattr(Hashable, "__class_getitem__"), hasattr(Sized, "__class_getitem__"))
print("async", issubclass(AsyncIterator, AsyncIterable), sorted(AsyncIterator.__abstractmethods__))
