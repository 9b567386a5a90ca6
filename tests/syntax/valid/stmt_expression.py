# Expression statements of many shapes.
x
1
'docstring-like string'
f(x)
a.b.c
a[0]
-x
x + 1
x if y else z
lambda: 0
(yield_ := 3)
...
