# functools.singledispatch: registration forms, MRO dispatch, registry, errors.
from functools import singledispatch


@singledispatch
def describe(obj, verbose=False):
    "Describe an object."
    return "object" + ("!" if verbose else "")


@describe.register
def _(obj: int, verbose=False):
    return "int %d" % obj


@describe.register(str)
def _(obj, verbose=False):
    return "str %r" % obj


def describe_list(obj, verbose=False):
    return "list of %d" % len(obj)


print("register returns", describe.register(list, describe_list) is describe_list)


@describe.register
def _(obj: "float", verbose=False):
    return "float"


@describe.register
def _(obj: bytes | bytearray, verbose=False):
    return "binary"


@describe.register
def _(obj: None):
    return "nothing"


print("int", describe(5), describe(True))
print("str", describe("hi"))
print("list", describe([1, 2]))
print("float", describe(1.5))
print("binary", describe(b"x"), describe(bytearray(2)))
print("none", describe(None))
print("fallback", describe({}), describe(object(), verbose=True), describe(3j, True))
print("name", describe.__name__, describe.__doc__, describe.__wrapped__(1))
print("dispatch", describe.dispatch(bool)(1), describe.dispatch(dict) is describe.__wrapped__)
print("registry", [k.__name__ for k in describe.registry])
print("registry lookup", describe.registry[list] is describe_list, object in describe.registry)
print("registry len", len(describe.registry), describe.registry.get(set))


class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


class E(D):
    pass


@singledispatch
def which(obj):
    return "base"


which.register(A, lambda obj: "A")
which.register(C, lambda obj: "C")
print("mro", which(A()), which(B()), which(C()), which(D()), which(E()))
which.register(D, lambda obj: "D")
print("cache cleared", which(E()), which(B()))
which.register(A, lambda obj: "A2")
print("replaced", which(B()), which(A()))


class MyInt(int):
    pass


print("subclass", describe(MyInt(4)))
describe.register(MyInt, lambda obj, verbose=False: "MyInt")
print("more specific", describe(MyInt(4)), describe(4))


@singledispatch
def args_only(*args):
    return args


print("star args", args_only(1, 2))


def attempt(label, fn, *args, **kw):
    try:
        print(label, fn(*args, **kw))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("no args", describe)
attempt("kw only", describe, obj=1)
attempt("star no args", args_only)
attempt("register int", describe.register, 1)
attempt("register int func", describe.register, 1, describe_list)
attempt("register str", describe.register, "str")


def no_annotation(obj):
    return None


def bad_annotation(obj: 5):
    return None


try:
    describe.register(no_annotation)
except TypeError as e:
    print("no annotation", str(e).split(":")[0], str(e).split(".")[-2])
attempt("bad annotation", describe.register, bad_annotation)
attempt("dispatch non-class", describe.dispatch, 5)
attempt("registry readonly", lambda: describe.registry.__setitem__(int, None))
try:
    describe.registry[int] = None
except TypeError as e:
    print("registry assignment", e)
print("registry repr", repr(which.registry).startswith("mappingproxy({<class 'object'>:"))
