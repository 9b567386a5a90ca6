total = 100
def f():
    global total
    total += sum(x for x in range(3))
    return [total + i for i in range(2)]
print(f(), total)
def g():
    vals = [1, 2, 3]
    return {v: [w * v for w in vals] for v in vals}
print(g())
def h():
    x = 10
    return [lambda: x for _ in range(2)][0](), [(lambda y: x + y)(i) for i in range(3)]
print(h())
def deep():
    a = 1
    return [[[a + b + c for c in range(2)] for b in range(2)] for _ in range(1)]
print(deep())
def walrus_target_scope():
    [(found := v) for v in range(5) if v == 3]
    return found
print(walrus_target_scope())
try:
    exec("def bad():\n    [i := 0 for i in range(3)]\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
