x = 1
x = y = z = 0
a, b = 1, 2
(a, b) = [c, d] = e
[a, (b, c)] = x
a.b = 1
a[0] = 1
a[1:2] = b
a.b[c].d = e
x = 1,
x = ()
f().attr = 5
