x = a if b else c
if (n := len(a)) > 10:
    print(n)
f = lambda x, y=1: x + y
g = lambda: (yield)
