d = {k1: v1, **spread, k2: v2}
s = {e1, *e2}
t = (a1, *a2)
f"{fmt_value!r:{fmt_width}.{fmt_prec}} {other}"
cond_value = yes if test else no
call(pos, *star, key=kw, **dstar)
chain = a < b <= c
sl = seq[lo:hi:step]
neg = -operand
logic = p and q or not r
starred_target, *rest_target = values
[l1, l2] = pair
x.y.z = 1
del x.y, z[0], delme
import sys as _sys
print(__class__, super)
