# Deeply nested exception groups: walking them, flattening leaves, and matching through levels.

def build(depth, width, prefix="g"):
    if depth == 0:
        return [ValueError(prefix) if int(prefix[-1]) % 2 else KeyError(prefix)]
    return [ExceptionGroup(f"{prefix}{i}", build(depth - 1, width, f"{prefix}{i}")) for i in range(width)]

tree = ExceptionGroup("root", build(2, 2))

def walk(e, indent=0):
    pad = "  " * indent
    if isinstance(e, BaseExceptionGroup):
        print(f"{pad}{type(e).__name__} {e.message!r} ({len(e.exceptions)})")
        for sub in e.exceptions:
            walk(sub, indent + 1)
    else:
        print(f"{pad}{type(e).__name__}: {e}")
walk(tree)

def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        for sub in e.exceptions:
            yield from leaves(sub)
    else:
        yield e
print("leaves:", [repr(x) for x in leaves(tree)])

vals = tree.subgroup(ValueError)
print("values only:")
walk(vals)
keys, others = tree.split(KeyError)
print("key leaves:", [str(x) for x in leaves(keys)], "others:", [str(x) for x in leaves(others)])

print("except* through the levels:")
try:
    raise tree
except* ValueError as g:
    print("  values:", [str(x) for x in leaves(g)], "structure depth kept:", isinstance(g.exceptions[0], ExceptionGroup))
except* KeyError as g:
    print("  keys:", [str(x) for x in leaves(g)])

print("empty branches are pruned:")
sparse = ExceptionGroup("sparse", [ExceptionGroup("a", [TypeError()]),
                                   ExceptionGroup("b", [ExceptionGroup("c", [OSError()])]), IndexError()])
walk(sparse.subgroup(OSError))
print("no match at all:", sparse.subgroup(ArithmeticError))

print("groups mixing base exceptions:")
mixed = BaseExceptionGroup("mixed", [ExceptionGroup("ok", [ValueError()]),
                                     BaseExceptionGroup("stop", [SystemExit(3), KeyboardInterrupt()])])
walk(mixed)
m, r = mixed.split(Exception)
print("Exception part:", repr(m), "| rest type:", type(r).__name__)
m2, r2 = mixed.split((SystemExit, ValueError))
print("tuple split:", repr(m2), "|", repr(r2))

print("same leaf object in two places:")
shared = ValueError("shared")
twice = ExceptionGroup("twice", [shared, ExceptionGroup("inner", [shared])])
sm = twice.subgroup(lambda e: e is shared)
print(" ", repr(sm), sm is twice)

print("group as a leaf condition:")
print(" ", repr(tree.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "g1")))

print("tracebacks on nested parts are independent:")
def raiser(n):
    raise ValueError(n)
errs = []
for n in range(2):
    try:
        raiser(n)
    except ValueError as e:
        errs.append(e)
g = ExceptionGroup("with tb", errs)
print("  leaf tracebacks set:", all(e.__traceback__ is not None for e in g.exceptions), "group tb:", g.__traceback__)
