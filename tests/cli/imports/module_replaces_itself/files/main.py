import m
print(m)
from m import __repr__ as r
print(r())
