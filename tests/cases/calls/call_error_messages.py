def report(fn):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)

def one(a): pass
def two(a, b): pass
def three(a, b, c): pass
def opt(a, b=1, c=2): pass
def kwo(*, a, b): pass
def mixed(a, b, *, c, d): pass

report(lambda: one())
report(lambda: two())
report(lambda: two(1))
report(lambda: three())
report(lambda: three(1))
report(lambda: one(1, 2))
report(lambda: two(1, 2, 3))
report(lambda: opt())
report(lambda: opt(1, 2, 3, 4))
report(lambda: kwo())
report(lambda: kwo(a=1))
report(lambda: kwo(1))
report(lambda: kwo(1, 2))
report(lambda: mixed(1, 2))
report(lambda: mixed(1, 2, 3, c=1, d=2))
report(lambda: mixed(1, 2, 3, 4, c=1, d=2))
report(lambda: one(1, a=1))
report(lambda: one(b=1))
report(lambda: one(1, b=1))
report(lambda: (lambda x: x)())
report(lambda: (lambda: 1)(5))

class C:
    def __init__(self, x):
        self.x = x
    def meth(self, y):
        return y
    @staticmethod
    def st(a):
        return a
    @classmethod
    def cm(cls, a):
        return a

report(lambda: C())
report(lambda: C(1, 2))
report(lambda: C(1).meth())
report(lambda: C(1).meth(1, 2))
report(lambda: C.st())
report(lambda: C.cm())
report(lambda: C(1).meth(z=1))
five, text, nothing = 5, "abc", None
report(lambda: five())
report(lambda: text())
report(lambda: nothing())
report(lambda: C(1)())
