# type.__setattr__/__delattr__ (reached through super() from a metaclass) and the TypeErrors of
# object.__setattr__/__delattr__ on type objects and of type slots on non-types.
class M(type):
    def __setattr__(cls, n, v):
        print("meta set", n)
        super().__setattr__(n, v)
    def __delattr__(cls, n):
        print("meta del", n)
        super().__delattr__(n)
class C(metaclass=M):
    pass
C.x = 1
print(C.x)
del C.x
print(hasattr(C, "x"))
for f in [lambda: type.__setattr__(1, "a", 2), lambda: type.__setattr__(int, "a", 2), lambda: type.__delattr__(C, "zz"),
          lambda: object.__setattr__(C, "q", 1), lambda: object.__delattr__(int, "q"), lambda: type.__setattr__(C, 5, 1)]:
    try:
        f(); print("ok")
    except Exception as e:
        print(type(e).__name__, e)
type.__setattr__(C, "y", 3); print(C.y)
