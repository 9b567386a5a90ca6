a < b
a > b
a == b
a >= b
a <= b
a != b
a in b
a not in b
a is b
a is not b
a < b < c
a < b <= c == d != e > f >= g
a is not b is c
a not in b in c
x = 0 < y < 10
not a == b
a == (b < c)
