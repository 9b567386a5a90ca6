f = lambda: 0
g = lambda x: lambda y: x * y
h = (lambda: 1)()
sorted(xs, key=lambda v: (v[1], -v[0]))
d = {'k': lambda: 1, 'j': lambda a, *b, **c: 0}
l = [lambda i=i: i for i in range(3)]
t = lambda: (yield_ := 1), lambda: 2
c = lambda x: x if x else -x
n = lambda: not x
m = lambda *a, **k: f(*a, **k)
s = lambda: [*a]
w = lambda a, b=lambda: 0, *, c=lambda: 1: a
