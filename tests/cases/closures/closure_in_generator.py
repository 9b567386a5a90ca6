def make_gen(limit):
    def gen():
        for i in range(limit):
            yield i * factor
    factor = 10
    return gen

g = make_gen(4)
print(list(g()))

def gen_with_inner():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(5):
        add(i)
        yield total

print(list(gen_with_inner()))

def closures_from_gen():
    for i in range(3):
        yield lambda: i

print([f() for f in closures_from_gen()])
print([f() for f in list(closures_from_gen())])

def comprehension_closure():
    base = 100
    return [(lambda: base + k)() for k in range(3)]

print(comprehension_closure())

def nested_comp_closure():
    m = 3
    return [[m * a + b for b in range(m)] for a in range(m)]

print(nested_comp_closure())
