# Every binary operator dunder, its reflected form, and the fallback order between them.

OPS = [
    ("+", "add"), ("-", "sub"), ("*", "mul"), ("@", "matmul"), ("/", "truediv"),
    ("//", "floordiv"), ("%", "mod"), ("**", "pow"), ("<<", "lshift"), (">>", "rshift"),
    ("&", "and"), ("^", "xor"), ("|", "or"),
]

def make_method(kind, name):
    def method(self, other):
        return f"{self.tag}.{kind}{name}({other if not hasattr(other, 'tag') else other.tag})"
    return method

class L:
    tag = "L"
for _, name in OPS:
    setattr(L, f"__{name}__", make_method("", name))
L.__divmod__ = make_method("", "divmod")

class R:
    tag = "R"
for _, name in OPS:
    setattr(R, f"__r{name}__", make_method("r", name))
R.__rdivmod__ = make_method("r", "divmod")

def apply(sym, a, b):
    return eval(f"a {sym} b", {"a": a, "b": b})

l, r = L(), R()
for sym, name in OPS:
    print(f"{sym:2} forward:", apply(sym, l, 1), "| reflected:", apply(sym, 1, r), "| both:", apply(sym, l, r))
print("divmod:", divmod(l, 2), divmod(2, r), divmod(l, r))
print("pow 2-arg:", pow(l, 3), pow(3, r))

# Errors when neither side supports the operation.
class Plain:
    pass
p = Plain()
for sym, _ in OPS:
    try:
        apply(sym, p, 1)
    except TypeError as e:
        print(sym, "->", e)
for label, action in [
    ("divmod", lambda: divmod(p, 1)),
    ("rdivmod", lambda: divmod(1, p)),
    ("pow3", lambda: pow(p, 2, 5)),
    ("pow3 int", lambda: pow(2, p, 5)),
    ("R left", lambda: r + r),
    ("L right", lambda: 1 + l),
    ("str + int", lambda: "a" + 1),
    ("int + str", lambda: 1 + "a"),
    ("list * float", lambda: [1] * 2.0),
    ("None | 1", lambda: None | 1),
]:
    try:
        print(label, action())
    except TypeError as e:
        print(label, "->", e)

# The reflected method is not tried when both operands are the same type.
class Same:
    def __radd__(self, other):
        return "radd"
try:
    Same() + Same()
except TypeError as e:
    print("same type:", e)
print("different type:", 1 + Same())

# Reflected methods receive the left operand.
class Show:
    def __rsub__(self, other):
        return ("rsub got", other)
    def __rpow__(self, other):
        return ("rpow got", other)
print(10 - Show(), 2 ** Show(), pow(2, Show()))
try:
    pow(2, Show(), 3)
except TypeError as e:
    print("3-arg pow does not use __rpow__:", e)
