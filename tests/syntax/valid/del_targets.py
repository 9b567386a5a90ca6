del a
del a, b
del a.b, a[0], a[1:2]
del (a), [b]
del (a, b), [c, d]
del [a, (b, [c])]
del a.b.c[d][e].f
del (a.b)
del [a, b,]
