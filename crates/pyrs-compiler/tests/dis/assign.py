x = 1
x = y = z
a, b = b, a
a, *b, c = d
[a, b] = c
o.attr = 1
o[i] = 2
o[1:2] = v
x, (y, z) = w
