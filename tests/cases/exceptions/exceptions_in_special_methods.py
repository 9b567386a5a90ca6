class BadEq:
    def __eq__(self, other):
        raise RuntimeError("eq exploded")
    __hash__ = object.__hash__
try:
    [BadEq()].index(5)
except RuntimeError as e:
    print("list.index", e)
try:
    5 in [BadEq()]
except RuntimeError as e:
    print("in list", e)
b = BadEq()
print("identity shortcut", b in [b])
class BadHash:
    def __hash__(self):
        raise TypeError("no hashing today")
try:
    {BadHash()}
except TypeError as e:
    print("set", e)
class BadIter:
    def __iter__(self):
        raise ValueError("iter failed")
try:
    for _ in BadIter():
        pass
except ValueError as e:
    print("for", e)
try:
    a, b = BadIter()
except ValueError as e:
    print("unpack", e)
class BadLen:
    def __len__(self):
        raise OSError("len failed")
try:
    bool(BadLen())
except OSError as e:
    print("bool via len", e)
class BadStr:
    def __str__(self):
        raise KeyError("str failed")
try:
    f"{BadStr()}"
except KeyError as e:
    print("fstring", repr(e))
class BadGetattr:
    def __getattr__(self, name):
        raise AttributeError(f"custom missing {name}")
print(hasattr(BadGetattr(), "x"), getattr(BadGetattr(), "y", "default"))
class BadKey:
    def __lt__(self, other):
        raise ArithmeticError("lt failed")
try:
    sorted([BadKey(), BadKey()])
except ArithmeticError as e:
    print("sorted", e)
class BadEnter:
    def __enter__(self):
        raise LookupError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with BadEnter():
        pass
except LookupError as e:
    print("with", e)
