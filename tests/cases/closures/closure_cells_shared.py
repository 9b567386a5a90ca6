def pair():
    x = 0
    def getter():
        return x
    def setter(v):
        nonlocal x
        x = v
    return getter, setter

get, put = pair()
print(get())
put(42)
print(get())
print("same cell", get.__closure__[0] is put.__closure__[0])

get2, put2 = pair()
put2("other")
print("independent", get(), get2())

def loop_closures():
    out = []
    for i in range(3):
        def f():
            return i
        out.append(f)
    return out

fs = loop_closures()
print("loop share cell", [f() for f in fs], fs[0].__closure__[0] is fs[2].__closure__[0])

def fresh_cells():
    out = []
    for i in range(3):
        def bind(j):
            return lambda: j
        out.append(bind(i))
    return out

print("fresh", [f() for f in fresh_cells()])

def closure_over_loop_var_after():
    fns = []
    i = None
    for i in "abc":
        fns.append(lambda: i)
    i = "changed"
    return [f() for f in fns]

print("after loop", closure_over_loop_var_after())

cell = get.__closure__[0]
print("cell", cell.cell_contents)
cell.cell_contents = 6
print("cell set", get())

def never_bound():
    def inner():
        return late
    if False:
        late = 1
    return inner
empty = never_bound().__closure__[0]
try:
    empty.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
