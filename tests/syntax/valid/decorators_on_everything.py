@a
@b.c
@d(e)
class C:
    @f
    async def g(self): pass

    @h.i.j(k=1)(l)
    def m(self): pass

@n[0]
@(o or p)
@q if r else s
@lambda fn: fn
@t := u
@not v
@w + x
@[y][0]
async def z(): pass
