@dec
def f():
    pass

@dec.attr
@dec(1, 2)
@dec.attr(x=1)
def g():
    pass

@dec
class C:
    @property
    def p(self):
        return 1

    @p.setter
    def p(self, v):
        pass

    @staticmethod
    async def s():
        pass

@buttons[0].clicked.connect
def h():
    pass

@(lambda f: f)
def i():
    pass

@x if y else z
def j():
    pass

@a := b
def k():
    pass

@f(x)(y)[z]
class D: pass
