# Constructing ExceptionGroup / BaseExceptionGroup: argument checks, class selection, attributes.

def attempt(label, make):
    try:
        g = make()
        print(label, "->", type(g).__name__, repr(g))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

attempt("no args", lambda: ExceptionGroup())
attempt("message only", lambda: ExceptionGroup("m"))
attempt("three args", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("keyword", lambda: ExceptionGroup("m", [ValueError()], extra=1))
attempt("message int", lambda: ExceptionGroup(1, [ValueError()]))
attempt("message bytes", lambda: ExceptionGroup(b"m", [ValueError()]))
attempt("not a sequence", lambda: ExceptionGroup("m", ValueError()))
attempt("a set", lambda: ExceptionGroup("m", {1}))
attempt("a generator", lambda: ExceptionGroup("m", (e for e in [ValueError()])))
attempt("empty list", lambda: ExceptionGroup("m", []))
attempt("empty tuple", lambda: ExceptionGroup("m", ()))
attempt("non-exception item", lambda: ExceptionGroup("m", [ValueError(), "oops"]))
attempt("exception class item", lambda: ExceptionGroup("m", [ValueError]))
attempt("BaseException in ExceptionGroup", lambda: ExceptionGroup("m", [ValueError(), KeyboardInterrupt()]))
attempt("tuple of exceptions", lambda: ExceptionGroup("m", (ValueError(1), TypeError(2))))
attempt("BaseExceptionGroup of Exceptions", lambda: BaseExceptionGroup("m", [ValueError(1)]))
attempt("BaseExceptionGroup mixed", lambda: BaseExceptionGroup("m", [ValueError(1), SystemExit(2)]))
attempt("nested", lambda: ExceptionGroup("outer", [ExceptionGroup("inner", [KeyError("k")])]))
attempt("nested base", lambda: BaseExceptionGroup("outer", [BaseExceptionGroup("inner", [GeneratorExit()])]))

# Attributes.
errors = [ValueError("bad value"), TypeError("bad type")]
g = ExceptionGroup("two problems", errors)
print("message:", g.message)
print("exceptions:", g.exceptions, type(g.exceptions).__name__, g.exceptions[0] is errors[0])
print("args:", g.args, g.args[1] is errors)
print("str:", str(g))
print("str one:", str(ExceptionGroup("solo", [ValueError()])))
errors.append(KeyError("late"))
print("later list changes do not affect exceptions:", len(g.exceptions), "but args shares it:", len(g.args[1]))
for attr in ("message", "exceptions"):
    try:
        setattr(g, attr, "x")
    except AttributeError as e:
        print("set", attr, "->", type(e).__name__, e)
g.custom = 1
print("other attributes allowed:", g.custom, g.__notes__ if hasattr(g, "__notes__") else "no notes")

# Class relationships.
print("mro:", [c.__name__ for c in ExceptionGroup.__mro__])
print("isinstance:", isinstance(g, Exception), isinstance(g, BaseExceptionGroup),
      isinstance(BaseExceptionGroup("m", [SystemExit()]), Exception))

# Subclasses.
class MyGroup(ExceptionGroup):
    pass
class MyBaseGroup(BaseExceptionGroup):
    pass
attempt("subclass", lambda: MyGroup("m", [ValueError()]))
attempt("subclass with BaseException", lambda: MyGroup("m", [KeyboardInterrupt()]))
attempt("base subclass with Exceptions", lambda: MyBaseGroup("m", [ValueError()]))

class WithInit(ExceptionGroup):
    def __new__(cls, message, exceptions, code):
        self = super().__new__(cls, message, exceptions)
        self.code = code
        return self
    def __init__(self, message, exceptions, code):
        super().__init__(message, exceptions)
w = WithInit("coded", [ValueError()], 42)
print("custom subclass:", w.code, w.message, repr(w), w.args)
