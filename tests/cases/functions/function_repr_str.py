def f():
    pass
class C:
    def m(self):
        pass
    @staticmethod
    def s():
        pass
    @classmethod
    def k(cls):
        pass
print(repr(f).startswith("<function f at 0x"), str(C.m).startswith("<function C.m at"), repr(C().m).startswith("<bound method C.m of <__main__.C object at"))
print(repr(C.k).startswith("<bound method C.k of <class '__main__.C'>>"), repr(C.s).startswith("<function C.s at"))
print(repr(len), repr(print), repr([].append).startswith("<built-in method append of list object at"))
print(repr(int), repr(str), repr(type), repr(object), repr(C), repr(type(None)), repr(type(f)))
print(repr(lambda: 0).startswith("<function <lambda> at"))
print(type(len).__name__, type([].append).__name__, type(C().m).__name__, type(C.__dict__["s"]).__name__, type(C.__dict__["k"]).__name__)
print(len.__name__, len.__qualname__, [].append.__name__, [].append.__qualname__, len.__module__, len.__self__.__name__ if hasattr(len.__self__, "__name__") else len.__self__)
print(str.upper.__qualname__, str.upper.__name__, type(str.upper).__name__, type("".upper).__name__, type(str.__dict__["upper"]).__name__)
print(len.__doc__.splitlines()[0])
