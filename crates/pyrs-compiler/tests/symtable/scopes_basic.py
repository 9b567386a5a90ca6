import os, os.path as osp
import a.b.c
from collections import OrderedDict as OD, deque
x = 1
y: int = 2
z: str
(w): int = 3
(v): int
print(x, undefined)
del x
x += 1
for i, (j, *k) in enumerate([]):
    pass
else:
    done = True
while cond:
    break
with open("f") as f, lock:
    pass
with ctx() as (p, q):
    pass
try:
    pass
except ValueError as err:
    pass
else:
    ok = 1
finally:
    fin = 1
assert x, msg
raise E from cause
obj.attr = 1
obj[key] = 2
a_list[1:2:3] = []
if (n := 10) > 5:
    pass
try:
    pass
except* TypeError as err2:
    pass
