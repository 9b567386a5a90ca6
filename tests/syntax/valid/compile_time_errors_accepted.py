# CPython's compiler (not its parser) rejects every statement below, so ast.parse accepts
# this file: a parser-only tool must accept it too.
return 1
yield x
await y
break
continue
nonlocal a
x = yield
async with a:
    pass
async for b in c:
    pass
[await z for z in w]
def f(a, a):
    global a
def g():
    x = 1
    global x
def h():
    nonlocal q
f(k=1, k=2)
*star_alone = value
a, *b, *c = d
__debug__ = 0
from __future__ import braces
from __future__ import nonexistent_feature
import os
from __future__ import annotations
class C:
    return 1
def i():
    yield 1
    return 2
lambda: (yield)
match x:
    case [*p, *q]:
        pass
    case {"k": v, "k": w}:
        pass
    case Point(x=1, x=2):
        pass
    case a | b:
        pass
    case (p, p):
        pass
    case irrefutable:
        pass
    case 1:
        pass
assert (x, "message")
x is 1
def j(**k, ):
    pass
