# @contextmanager: values, cleanup order, decorators, docstrings, one-shot managers.
from contextlib import contextmanager

events = []


@contextmanager
def tag(name):
    events.append("<%s>" % name)
    yield name.upper()
    events.append("</%s>" % name)


with tag("a") as v:
    events.append("body " + v)
    with tag("b") as w:
        events.append("inner " + w)
print("nested", events)


@contextmanager
def resource(log):
    log.append("acquire")
    try:
        yield len(log)
    finally:
        log.append("release")


log = []
with resource(log) as n:
    print("inside", n, log)
print("after", log)


@contextmanager
def no_value():
    yield


with no_value() as nothing:
    print("yielded_none", nothing)


@tag("deco")
def decorated(x, y=1):
    """Adds numbers."""
    events.append("call %d" % (x + y))
    return x + y


del events[:]
print("decorated", decorated(1), decorated(2, y=5), events)
print("decorated_meta", decorated.__name__, decorated.__doc__, hasattr(decorated, "__wrapped__"))


@contextmanager
def documented():
    """Doc of the generator."""
    yield


print("names", documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
cm = documented()
print("cm_doc", cm.__doc__, type(cm).__name__)
print("default_doc", no_value().__doc__)
cm = tag("once")
with cm:
    pass
try:
    with cm:
        pass
except Exception as e:
    print("reuse", type(e).__name__, e)


@contextmanager
def counting(limit):
    for i in range(limit):
        yield i


with counting(1) as i:
    print("counting", i)
try:
    with counting(0):
        print("never")
except RuntimeError as e:
    print("no_yield", e, e.__cause__, e.__suppress_context__)
try:
    with counting(2):
        pass
except RuntimeError as e:
    print("two_yields", e)


@contextmanager
def args_kwargs(*args, **kwargs):
    yield args, sorted(kwargs.items())


with args_kwargs(1, 2, z=3, a=4) as got:
    print("args", got)
manager = args_kwargs()
print("enter_exit", manager.__enter__(), manager.__exit__(None, None, None))
print("gen_attr", type(args_kwargs().gen).__name__)


def plain_function():
    return 5


try:
    with contextmanager(plain_function)():
        pass
except Exception as e:
    print("not_generator", type(e).__name__, e)
