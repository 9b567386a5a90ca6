a, *b = c
*a, b = c
[a, *b] = c
(*a,) = c
*a, = c
a, *b, c = d
[[a, *b], *c] = d
for *a, b in c:
    pass
a, (b, *c) = d
