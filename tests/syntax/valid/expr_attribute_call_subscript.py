a.b
a.b.c.d
a()
a(1)
a(1, 2)
a.b(c).d[e](f)
a[0]
a[0][1]
a[b, c]
a[b, c,]
a[(b, c)]
a[()]
a[...]
a[..., 0]
a[:]
f()()()
"".join(x)
(1).real
1 .real
1.0.real
1j.imag
x = a.b[c](d).e
