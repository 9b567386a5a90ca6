not a in b
not a is b
not a < b
not (a and b)
(not a) and b
a and not b or not c
x = not a == b
y = a < b and not c > d or e
z = -a ** 2 * +b // ~c
w = a if not b else c
v = a | b & c ^ d
u = a << b + c >> d
