x = 1 + \
    2
if a and \
   b:
    pass
with a as b, \
     c as d:
    pass
y = \
    3
assert x, \
    "msg"
def f(a,
      b):
    return a + \
           b
total = (1 +
         2)
z = [
    1,
    2
]
s = 'a' \
    'b'
\
w = 1
import os, \
    sys
