eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(type(eg).__name__, str(eg), eg.message, len(eg.exceptions), repr(eg))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
try:
    raise eg
except* ValueError as g:
    print("handled ValueErrors:", [str(x) for x in g.exceptions])
except* TypeError as g:
    print("handled TypeErrors:", [str(x) for x in g.exceptions])
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), IndexError("i")])
    except* KeyError:
        print("handled KeyError part")
except ExceptionGroup as leftover:
    print("leftover", repr(leftover))
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("auto", [ValueError()])
print(type(beg2).__name__)
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
nested = ExceptionGroup("top", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked exception wrapped:", type(g).__name__, repr(g.exceptions))
