x = ()
x = (1)
x = (1,)
x = 1,
x = 1, 2
x = (1, 2)
x = ((1, 2), (3,))
x = (((a)))
x = (a,) + (b,)
x = (
    1,
    2,
)
f((a, b))
f((a))
a, = b
(a), b = c
((a, b), c) = d
for (a) in b: pass
