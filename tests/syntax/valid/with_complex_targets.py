with a as (b, c):
    pass
with a as [b, c]:
    pass
with a as (b, *c):
    pass
with a as b.c:
    pass
with a as b[0]:
    pass
with a as (b.c, d[0]):
    pass
with a() as b, c() as (d, e), f:
    pass
with (a as (b, c), d):
    pass
