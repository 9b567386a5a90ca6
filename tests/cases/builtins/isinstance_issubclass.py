print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(1, (float, int)))
print(isinstance("s", str), isinstance(b"b", bytes), isinstance(bytearray(), bytes), isinstance([], list), isinstance((), tuple))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, object), isinstance(object, object))
print(isinstance(1, ()), isinstance(1, (str, (bytes, (int,)))), isinstance([], (list, dict)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, int), issubclass(int, object), issubclass(int, (str, object)))
print(issubclass(KeyError, LookupError), issubclass(KeyError, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(isinstance(1, int | str), isinstance("x", int | None), isinstance(None, int | None), issubclass(bool, int | str))
u = int | str
print(u, type(u).__name__, u == (str | int), int | None)
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)))
def err(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)
err("isinstance str", lambda: isinstance(1, "int"))
err("isinstance list", lambda: isinstance(1, [int]))
err("issubclass inst", lambda: issubclass(1, int))
err("issubclass str", lambda: issubclass(int, "x"))
err("no args", lambda: isinstance(1))
print(type(1) == int, type(True) == int, type(True) is bool, type(1.0) in (int, float))
