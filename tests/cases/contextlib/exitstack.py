# ExitStack: enter_context, push, callback, pop_all, close, suppression, LIFO order.
from contextlib import ExitStack, contextmanager


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None, value)
        return self.suppress


with ExitStack() as stack:
    print("results", stack.enter_context(CM("a")), stack.enter_context(CM("b")))
    stack.callback(print, "callback", 1, sep="=")
    stack.push(lambda typ, val, tb: print("pushed exit", typ))
    print("body done")

with ExitStack() as stack:
    stack.enter_context(CM("outer", suppress=True))
    stack.enter_context(CM("inner"))
    raise ValueError("swallowed by outer")
print("after suppression")

try:
    with ExitStack() as stack:
        stack.enter_context(CM("only"))
        raise KeyError("escapes")
except KeyError as e:
    print("escaped", repr(e))


@contextmanager
def gen_cm(name):
    print("gen enter", name)
    try:
        yield name
    finally:
        print("gen exit", name)


with ExitStack() as stack:
    names = [stack.enter_context(gen_cm(n)) for n in "xyz"]
    print("names", names)

stack = ExitStack()
stack.callback(print, "deferred 1")
stack.enter_context(CM("kept"))
moved = stack.pop_all()
print("popped", type(moved).__name__)
stack.close()
print("original closed, now the moved one")
moved.close()
moved.close()


def cleanup_all(resources):
    with ExitStack() as stack:
        for r in resources:
            stack.enter_context(CM(r))
        return stack.pop_all()


keep = cleanup_all(["r1", "r2"])
print("kept open")
with keep:
    print("using kept")

with ExitStack() as stack:
    @stack.callback
    def on_exit():
        print("decorated callback")

    @stack.push
    def exit_hook(typ, val, tb):
        print("decorated push", typ)

    print("decorator returns", on_exit.__name__, exit_hook.__name__)

with ExitStack() as stack:
    returned = stack.push(CM("pushed_cm"))
    print("push returns", returned.name)

with ExitStack() as stack:
    stack.callback(lambda *a, **k: print("cb args", a, sorted(k.items())), 1, 2, key="v")

s = ExitStack()
print("enter_returns_self", s.__enter__() is s, s.__exit__(None, None, None))
s = ExitStack()
s.push(lambda *exc: True)
print("exit_suppress", s.__exit__(ValueError, ValueError("x"), None))
s = ExitStack()
s.push(lambda *exc: True)
print("exit_nothing_to_suppress", s.__exit__(None, None, None))
for bad in [5, object(), "text"]:
    try:
        ExitStack().enter_context(bad)
    except TypeError as e:
        print("not_cm", e)


class EnterOnly:
    def __enter__(self):
        return self


try:
    ExitStack().enter_context(EnterOnly())
except TypeError as e:
    print("enter_only", e)
