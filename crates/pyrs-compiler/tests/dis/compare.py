a < b
a < b < c
a == b != c < d
x in [1, 2]
x not in {1, 2}
x is None
x is not None
