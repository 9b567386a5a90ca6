# Sequence and mapping patterns: which subjects qualify, star patterns, **rest, keys lookup.

def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [first, *middle, last] if len(middle) > 1:
            return f"first {first!r} middle {middle} last {last!r}"
        case [a, b]:
            return f"two {a!r} {b!r}"
        case [*_]:
            return "three"
        case _:
            return "not a sequence"

for v in [[], [1], (2,), [1, 2], (1, 2, 3), [1, 2, 3, 4, 5], range(0), range(3),
          range(10, 50, 10), "", "ab", b"ab", bytearray(b"ab"), {1: 2, 3: 4}, {1, 2},
          frozenset([1]), iter([1, 2]), 12, None, memoryview(b"xy")]:
    print(type(v).__name__, "->", seq(v))

class MyList(list):
    pass
class MyTuple(tuple):
    pass
class MyStr(str):
    pass
print("MyList", seq(MyList([1, 2])))
print("MyTuple", seq(MyTuple((1,))))
print("MyStr", seq(MyStr("ab")))

# Star captures are always lists, whatever the subject.
match (1, 2, 3, 4):
    case (a, *rest):
        print("tuple star", a, rest, type(rest).__name__)
match range(5):
    case [*init, last]:
        print("range star", init, last)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print("nested", a, b, c, d)
match [1, (2, 3)]:
    case [1, [2, x]]:
        print("tuple inside list matches a list pattern", x)

# Sub-patterns in sequences: literals, captures, or-patterns, as-patterns, wildcards.
def command(words):
    match words:
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"go {d}"
        case ["pick", "up", item] | ["take", item]:
            return f"take {item}"
        case ["drop", *items] if items:
            return f"drop {', '.join(items)}"
        case ["drop"]:
            return "drop what?"
        case [_, _, *_]:
            return "long unknown"
        case _:
            return "?"

for line in ["go north", "go up", "pick up lamp", "take key", "drop a b", "drop",
             "x y z", "hello"]:
    print(repr(line), "->", command(line.split()))

# Mapping patterns.
def mapping(v):
    match v:
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": "rect", "w": w, "h": h, **extra} if extra:
            return f"rect {w}x{h} extra {extra}"
        case {"type": "rect", "w": w, "h": h}:
            return f"rect {w}x{h}"
        case {1: one, 2.5: f, None: n, "t": t}:
            return f"odd keys {one} {f} {n} {t}"
        case {"type": str() as t, **rest}:
            return f"typed {t} rest {rest}"
        case {}:
            return f"some mapping of {len(v)}"
        case _:
            return "not a mapping"

for v in [{"type": "circle", "r": 2}, {"type": "rect", "w": 1, "h": 2},
          {"type": "rect", "w": 1, "h": 2, "color": "red", 5: 6},
          {1: "a", 2.5: "b", None: "c", "t": "d"},
          {"type": "tri", "a": 1, "b": 2}, {"type": 3}, {}, {"z": 0},
          [("type", "circle")], "type", None]:
    print(repr(v), "->", mapping(v))

# Keys present with the value None still match.
match {"k": None}:
    case {"k": None}:
        print("None value matched")

# A dict subclass: keys are looked up with its get(), the rest is a plain dict.
class Logged(dict):
    def get(self, key, default=None):
        print("  get", repr(key), "default is a sentinel:", default is not None)
        return super().get(key, default)

match Logged(a=1, b=2, c=3):
    case {"a": 1, "z": _}:
        print("unreached")
    case {"a": 1, "b": b, **rest}:
        print("Logged", b, rest, type(rest).__name__)

class Defaulting(dict):
    def get(self, key, default=None):
        return "always"
match Defaulting():
    case {"anything": v}:
        print("get decides presence:", v)
    case _:
        print("len check first: empty mapping does not match")
match Defaulting(x=1):
    case {"anything": v}:
        print("get decides presence:", v)

# Value patterns as keys, and the duplicate-key check.
class K:
    A = "a"
    B = "a"
    C = "c"
    LIST = [1]

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, "|", e)

def value_keys():
    match {"a": 1, "c": 2}:
        case {K.A: x, K.C: y}:
            return (x, y)
attempt("value keys", value_keys)

def duplicate_keys():
    match {"a": 1, "c": 2}:
        case {K.A: _, K.B: _}:
            return "m"
    return "n"
attempt("duplicate", duplicate_keys)

def duplicate_after_missing():
    match {"x": 1, "y": 2}:
        case {K.A: _, K.B: _}:
            return "m"
    return "n"
attempt("missing key first", duplicate_after_missing)

def unhashable_key():
    match {"a": 1}:
        case {K.LIST: _}:
            return "m"
    return "n"
attempt("unhashable", unhashable_key)

def too_short():
    match {"a": 1}:
        case {K.A: _, K.B: _}:
            return "m"
    return "n"
attempt("len check before keys", too_short)

# **rest copies: mutating the rest leaves the subject alone.
subject = {"a": 1, "b": 2, "c": 3}
match subject:
    case {"b": _, **rest}:
        rest["z"] = 26
        print("rest", rest, "subject", subject)
match {"only": 1}:
    case {"only": 1, **rest}:
        print("empty rest", rest)
