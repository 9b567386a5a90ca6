# suppress, nullcontext, closing, redirect_stdout/stderr, chdir, ContextDecorator.
import contextlib
import os
import sys
import tempfile
from contextlib import closing, nullcontext, redirect_stderr, redirect_stdout, suppress

with suppress(KeyError):
    {}["missing"]
print("suppressed")
with suppress(LookupError):
    [][1]
print("subclass_suppressed")
with suppress(ValueError, TypeError):
    int("x")
try:
    with suppress(KeyError):
        raise ValueError("not me")
except ValueError as e:
    print("not_suppressed", e)
with suppress():
    pass
print("suppress_exit", suppress(KeyError).__exit__(None, None, None),
      suppress(KeyError).__exit__(KeyError, KeyError("k"), None),
      suppress(KeyError).__exit__(ValueError, ValueError("v"), None))

with nullcontext() as v:
    print("null", v)
with nullcontext([1, 2]) as v:
    print("null_value", v)
shared = nullcontext("x")
with shared as a, shared as b:
    print("null_reusable", a, b)


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Resource("r1")) as r:
    print("using", r.name)
try:
    with closing(Resource("r2")):
        raise RuntimeError("fail")
except RuntimeError as e:
    print("closed_anyway", e)


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass


out = Sink()
with redirect_stdout(out) as target:
    print("captured line")
    print("same", target is out)
print("stdout_parts", out.parts)
err = Sink()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("stderr_parts", err.parts, sys.stderr is sys.__stderr__)
outer, inner = Sink(), Sink()
rd = redirect_stdout(outer)
with rd:
    print("a")
    with redirect_stdout(inner):
        print("b")
    with rd:
        print("c")
    print("d")
print("nested_redirect", outer.parts, inner.parts)

start = os.getcwd()
tmp = tempfile.mkdtemp()
try:
    with contextlib.chdir(tmp):
        print("chdir_moved", os.path.realpath(os.getcwd()) == os.path.realpath(tmp))
        os.mkdir("sub")
        with contextlib.chdir("sub"):
            print("chdir_nested", os.path.basename(os.getcwd()))
        print("chdir_back_inner", os.path.realpath(os.getcwd()) == os.path.realpath(tmp))
    print("chdir_restored", os.getcwd() == start)
finally:
    os.rmdir(os.path.join(tmp, "sub"))
    os.rmdir(tmp)


class Traced(contextlib.ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("enter", self.label)
        return self

    def __exit__(self, *exc):
        print("exit", self.label, exc[0].__name__ if exc[0] else None)
        return False


@Traced("deco")
def work(x):
    """Work docs."""
    print("working", x)
    return x * 2


print("result", work(21), work.__name__, work.__doc__)
try:
    Traced("err")(lambda: 1 / 0)()
except ZeroDivisionError:
    print("decorator_propagates")
print("abc", issubclass(contextlib.ExitStack, contextlib.AbstractContextManager),
      isinstance(nullcontext(), contextlib.AbstractContextManager),
      contextlib.AbstractContextManager.__enter__(5))
