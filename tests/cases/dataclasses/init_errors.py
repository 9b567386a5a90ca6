# dataclasses: argument errors of the generated __init__ and errors at class creation.
from dataclasses import dataclass, field, KW_ONLY


@dataclass
class P:
    a: int
    b: int
    c: str = "c"
    _: KW_ONLY
    k: int
    m: int = 0


def call(label, *args, **kwargs):
    try:
        print(label, P(*args, **kwargs))
    except TypeError as e:
        print(label, "TypeError:", e)


call("ok", 1, 2, k=3)
call("none")
call("one", 1)
call("no kw", 1, 2)
call("too many", 1, 2, 3, 4)
call("too many+kw", 1, 2, 3, 4, k=1)
call("too many+2kw", 1, 2, 3, 4, 5, k=1, m=2)
call("unexpected", 1, 2, k=1, z=5)
call("multiple", 1, 2, a=5, k=1)
call("kw only", a=1, b=2, k=3, m=4)


@dataclass
class Single:
    x: int


for args in [(), (1, 2), (1, 2, 3)]:
    try:
        Single(*args)
    except TypeError as e:
        print("single", len(args), e)


@dataclass
class NoFields:
    pass


try:
    NoFields(1)
except TypeError as e:
    print("nofields", e)


def make(label, build):
    try:
        cls = build()
        print(label, "created", cls.__name__)
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


def order_error():
    @dataclass
    class Bad:
        x: int = 1
        y: int
    return Bad


def mutable_list():
    @dataclass
    class Bad:
        x: list = []
    return Bad


def mutable_dict():
    @dataclass
    class Bad:
        x: dict = {}
    return Bad


def mutable_set():
    @dataclass
    class Bad:
        x: set = field(default=set())
    return Bad


def both_defaults():
    @dataclass
    class Bad:
        x: list = field(default=1, default_factory=list)
    return Bad


def no_annotation():
    @dataclass
    class Bad:
        x = field(default=1)
    return Bad


def init_false_ok():
    @dataclass
    class Fine:
        x: int = 1
        y: int = field(init=False)
        z: int = 2
    return Fine


def tuple_default_ok():
    @dataclass
    class Fine:
        x: tuple = (1, 2)
    return Fine


for label, build in [("order", order_error), ("list", mutable_list), ("dict", mutable_dict),
                     ("set", mutable_set), ("both", both_defaults),
                     ("no annotation", no_annotation), ("init=False gap", init_false_ok),
                     ("tuple default", tuple_default_ok)]:
    make(label, build)
