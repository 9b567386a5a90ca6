f = lambda: 0
f = lambda a: a
f = lambda a, b: a
f = lambda a=1: a
f = lambda a, b=2: a
f = lambda *args: args
f = lambda **kwargs: kwargs
f = lambda *args, **kwargs: 0
f = lambda *, a: a
f = lambda *, a=1, b: a
f = lambda a, /: a
f = lambda a, /, b: a
f = lambda a=1, /, b=2, *c, d, e=3, **f: 0
f = lambda a,: a
f = lambda *a,: a
f = lambda a, /,: a
f = lambda a=(lambda: 1): a
f = lambda: (yield)
f = lambda x: lambda y: x + y
f = lambda: lambda: lambda: 0
