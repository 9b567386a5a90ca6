a = b = c = 0
a, b = b, a
a = b, c = d, e = f
[a, b] = c, d = e
x = y = [1, 2]
a.b = c[d] = e.f = g
(a, b), c = (1, 2), 3
a, (b, (c, d)) = e
x = *a, *b
i = j = k = (yield_ := 1)
