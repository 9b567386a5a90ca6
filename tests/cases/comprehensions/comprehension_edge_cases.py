x = "global"
print([x for x in "ab"], x)

def f():
    y = 10
    return [y for _ in range(2)]
print(f())

def g():
    result = [v for v in range(3)]
    try:
        return v
    except NameError as e:
        return "NameError " + str(e)
print(g())

print([i for i in range(3) for i in "ab"])

def h():
    return [(lambda: i)() for i in range(3)]
print(h())

def k():
    fns = [lambda: i for i in range(3)]
    return [fn() for fn in fns]
print(k())

items = [1, 2, 3]
print([items.append(4) or len(items) for _ in range(1)], items)

print([x for x in range(3)] + [x for x in range(3, 5)])
print(sum([[1], [2, 3], []], []))
it = iter(range(6))
print([a * 10 + b for a, b in zip(it, it)])

def outer_iter_evaluated_once():
    calls = []
    def src():
        calls.append(1)
        return [1, 2, 3]
    _ = [a for a in src() for b in range(2)]
    return len(calls)
print("outer evaluated", outer_iter_evaluated_once())

def inner_iter_evaluated_each():
    calls = []
    def src():
        calls.append(1)
        return [1, 2]
    _ = [a for a in range(3) for b in src()]
    return len(calls)
print("inner evaluated", inner_iter_evaluated_each())

print([(yield_ := n) for n in range(3)], yield_)
print({**{"a": 1}, **{b: 2 for b in "bc"}})
print([*range(3), *[x for x in "xy"]])
