del x
del o.a, o[1], o[1:2]
del (a, b), [c]
def f(v):
    del v
