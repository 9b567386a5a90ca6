# A small expression evaluator/simplifier exercising every pattern kind together.
from dataclasses import dataclass

@dataclass
class Num:
    value: float

@dataclass
class Var:
    name: str

@dataclass
class Op:
    op: str
    left: object
    right: object

class Kinds:
    ADD = "+"
    MUL = "*"

def simplify(e):
    match e:
        case Op(Kinds.ADD, Num(0), x) | Op(Kinds.ADD, x, Num(0)):
            return simplify(x)
        case Op(Kinds.MUL, Num(0), _) | Op(Kinds.MUL, _, Num(0)):
            return Num(0)
        case Op(Kinds.MUL, Num(1), x) | Op(Kinds.MUL, x, Num(1)):
            return simplify(x)
        case Op(op, Num(a), Num(b)):
            return Num(a + b if op == "+" else a * b)
        case Op(op=op, left=l, right=r):
            l2, r2 = simplify(l), simplify(r)
            if (l2, r2) != (l, r):
                return simplify(Op(op, l2, r2))
            return Op(op, l2, r2)
        case Num() | Var():
            return e
        case _:
            raise TypeError(f"not an expression: {e!r}")

def parse(tokens):
    match tokens:
        case [int(n) | float(n)]:
            return Num(n)
        case [str(name)] if name.isidentifier():
            return Var(name)
        case [left, ("+" | "*") as op, *rest] if rest:
            return Op(op, parse([left]), parse(rest))
        case []:
            raise ValueError("empty expression")
        case _:
            raise ValueError(f"cannot parse {tokens!r}")

def show(e):
    match e:
        case Num(value=v) if float(v).is_integer():
            return str(int(v))
        case Num(value=v):
            return str(v)
        case Var(name=n):
            return n
        case Op(op, l, r):
            return f"({show(l)} {op} {show(r)})"

programs = [
    [1, "+", 2],
    ["x", "*", 1],
    [0, "+", "y", "*", 1],
    ["a", "*", 0, "+", 5],
    [2.5, "*", 2],
    ["x", "+", "y"],
]
for toks in programs:
    tree = parse(toks)
    print(show(tree), "=>", show(simplify(tree)))

def run(command):
    match command.split():
        case ["load", path, *flags] if all(f.startswith("-") for f in flags):
            return {"action": "load", "path": path, "flags": flags}
        case ["set", key, ("on" | "off") as state]:
            return {"action": "set", key: state == "on"}
        case ["quit" | "exit"]:
            return {"action": "quit"}
        case [cmd, *_]:
            return {"action": "unknown", "cmd": cmd}
        case []:
            return None

for c in ["load a.txt -v -q", "load b.txt x", "set debug on", "set debug maybe", "exit", "", "jump 3"]:
    result = run(c)
    match result:
        case None:
            print(repr(c), "-> nothing")
        case {"action": "load", "flags": []}:
            print(repr(c), "-> plain load", result["path"])
        case {"action": "load", "flags": [first, *others]}:
            print(repr(c), "-> load with", first, len(others), "more")
        case {"action": "unknown", **info}:
            print(repr(c), "-> unknown", info)
        case {"action": action, **rest}:
            print(repr(c), "->", action, rest)

for bad in ([], ["x", "-"], [object]):
    try:
        parse(bad)
    except ValueError as e:
        print(type(e).__name__, e if "object" not in str(e) else "cannot parse a class")
try:
    simplify("text")
except TypeError as e:
    print(type(e).__name__, e)
