class D:
    def __set_name__(s, o, n): raise TypeError('x')
try:
    class C:
        d = D()
except Exception as e: print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
class Ok:
    def __set_name__(s, o, n): print("set_name", o.__name__, n)
class E:
    a = Ok()
    b = Ok()
