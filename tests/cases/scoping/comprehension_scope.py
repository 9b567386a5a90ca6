i = "outer i"
squares = [i * i for i in range(5)]
print("squares", squares)
print("i unchanged", i)

x = 10
print("uses outer", [x + k for k in range(3)])

def func():
    y = 5
    return [y * k for k in range(3)], {k: y for k in "ab"}, {y + k for k in (1, 2)}

print("func", func())

gen = (j for j in range(3))
print("genexpr", list(gen))
try:
    j
except NameError as e:
    print(type(e).__name__, e)

nested = [[a * b for b in range(3)] for a in range(3)]
print("nested", nested)

flat = [a + b for a in range(3) for b in range(a)]
print("flat", flat)

filtered = [n for n in range(20) if n % 2 if n % 3]
print("filtered", filtered)

def outer_first_iter():
    data = [1, 2, 3]
    return [d for d in data]

print("first iter", outer_first_iter())

funcs = [lambda: n for n in range(3)]
print("lambdas", [fn() for fn in funcs])

print("walrus leaks", [last := v for v in range(4)], last)

def walrus_in_func():
    [total := t for t in range(5)]
    return total

print("walrus func", walrus_in_func())

class K:
    base = 3
    items = [v for v in range(base)]
print("class first iter", K.items)
