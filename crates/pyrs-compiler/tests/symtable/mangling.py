class Widget:
    __slots__ = ("__a",)
    __count = 0
    _single = 1
    __dunder__ = 2
    def __method(self, __arg, *__args, __kw=1, **__kws):
        __local = self.__attr
        return __local + Widget.__count + __arg
    def __init__(self):
        self.__attr = 1
        import __mod
        import __pkg.sub
        from x import __name
        global __g
        __g = 3
        lambda __p: __p
        [__i for __i in __seq]
    class __Nested:
        __inner = 1
        def m(self):
            return __inner
    def __(self):
        return __
    def ___(self):
        return ___

class _Under:
    __x = 1

class __Dunder:
    __y = 1

class ___:
    __z = 1

def __free():
    __v = 1
    class K:
        def m(self):
            return __v
    return K

class Mangled:
    def m(self):
        def __f():
            pass
        return __f
