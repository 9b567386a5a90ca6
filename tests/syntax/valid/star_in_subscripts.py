a[*b]
a[*b, c]
a[c, *b]
a[*b, *c]
a[1:2, *b]
a[*b] = 1
del a[*b]
x: Tuple[*Ts]
Array[*Shape, int]
