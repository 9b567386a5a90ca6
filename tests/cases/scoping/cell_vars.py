def make_counter():
    count = 0
    def counter():
        nonlocal count
        count += 1
        return count
    return counter

c = make_counter()
print(c(), c(), c())
print("co_freevars", c.__code__.co_freevars)
print("co_cellvars", make_counter.__code__.co_cellvars)
print("closure len", len(c.__closure__))
print("cell contents", c.__closure__[0].cell_contents)

def arg_is_cell(a, b):
    def use():
        return a + b
    return use

f = arg_is_cell(3, 4)
print("arg cell", f(), sorted(arg_is_cell.__code__.co_cellvars))
print("varnames", arg_is_cell.__code__.co_varnames)

def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [g() for g in fs]

def early_binding():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i)
    return [g() for g in fs]

print("late", late_binding())
print("early", early_binding())

def cell_reassigned():
    x = 1
    def get():
        return x
    x = 2
    r1 = get()
    x = 3
    return r1, get()

print("reassigned", cell_reassigned())

def empty_cell():
    def get():
        return y
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    return get()

print("empty_cell", empty_cell())
