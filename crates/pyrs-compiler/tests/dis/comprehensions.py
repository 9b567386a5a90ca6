a = [x for x in y]
b = {x for x in y if x}
c = {k: v for k, v in d.items()}
d = (x * 2 for x in y)
e = [x + z for x in y if x for z in x if z]
def f(n):
    return [i * n for i in range(n)]
