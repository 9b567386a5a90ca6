x = a[1]
x = a[1:2]
x = a[::2]
x = a[1:2, 3]
x = a[:]
x = a.b.c[d].e
