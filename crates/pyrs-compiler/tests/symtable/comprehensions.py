data = [1, 2]
squares = [x * x for x in data if x > 0]
pairs = {(a, b) for a in range(3) for b in range(a) if a != b}
mapping = {k: v for k, v in items.items()}
gen = (y for y in data)
nested = [[c for c in row] for row in matrix]
uses_outer = [outer_name + q for q in data]
first_iter_lambda = [w for w in (lambda: data)()]
dict_order = {(lambda: key)(): (lambda: val)() for z in data}

def func():
    local = 1
    return [local + i for i in range(3)]

def gen_free():
    total = 0
    return (total + j for j in range(3))

class InClass:
    base = 5
    lst = [base for _ in range(3)]
    lst2 = [i for i in range(base)]

async def async_comp():
    return [i async for i in aiter()] + [await i for i in items]

listcomp = 1
genexpr = (n for n in data)
