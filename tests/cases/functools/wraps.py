# functools.update_wrapper and wraps: copied attributes, __dict__ update, __wrapped__.
import functools

print("assignments", functools.WRAPPER_ASSIGNMENTS)
print("updates", functools.WRAPPER_UPDATES)


def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


@counted
def area(w: int, h: int = 1) -> int:
    "Area of a rectangle."
    return w * h


print("call", area(3, 4), area(5), area.calls)
print("name", area.__name__, area.__qualname__, area.__module__)
print("doc", area.__doc__)
print("annotations", area.__annotations__)
print("wrapped", area.__wrapped__.__name__, area.__wrapped__(2, 2), area.calls)


def plain():
    pass


plain.tag = "T"
plain.shared = [1]


def shell():
    pass


shell.own = "mine"
shell.tag = "old"
result = functools.update_wrapper(shell, plain)
print("returns wrapper", result is shell)
print("dict merged", shell.tag, shell.own, shell.shared is plain.shared)
print("names", shell.__name__, shell.__doc__)

# __wrapped__ always names the function just wrapped, even if its __dict__ had one.
twice = counted(counted(plain))
print("chain", twice.__wrapped__.__wrapped__ is plain, twice.__name__)


def only_name(func):
    @functools.wraps(func, assigned=("__name__",), updated=())
    def inner():
        return func()
    return inner


@only_name
def documented():
    "has a doc"
    return 1


print("custom assigned", documented.__name__, documented.__doc__, documented.__qualname__)
print("no dict copy", hasattr(documented, "tag"), documented.__wrapped__ is not None)


class Box:
    pass


box = Box()
functools.update_wrapper(box, plain)
print("onto object", box.__name__, box.__wrapped__ is plain, box.tag)
b2 = Box()
functools.update_wrapper(b2, len)
print("from builtin", b2.__name__, b2.__qualname__, b2.__module__, hasattr(b2, "__annotations__"))
b3 = Box()
functools.update_wrapper(b3, 5)
print("from int", sorted(vars(b3)))

w = functools.wraps(plain)
print("wraps partial", type(w).__name__, w.func is functools.update_wrapper)
print("wraps keywords", sorted(w.keywords), w.keywords["wrapped"] is plain)

try:
    functools.update_wrapper(5, plain)
except AttributeError as e:
    print("error target", e)
try:
    functools.update_wrapper(shell, plain, updated=("nothere",))
except AttributeError as e:
    print("error updated", e)
try:
    functools.update_wrapper(shell, plain, assigned=(1,))
except TypeError as e:
    print("error assigned", e)
