class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._protected = "single underscore"
        self.__dunder__ = "not mangled"
    def balance(self):
        return self.__balance
    def __secret(self):
        return "secret method"
    def call_secret(self):
        return self.__secret()

a = Account(100)
print(a.balance(), a._protected, a.__dunder__, a.call_secret())
print(sorted(vars(a)))
try:
    a.__balance
except AttributeError as e:
    print(type(e).__name__, e)
print(a._Account__balance, a._Account__secret())

class Sub(Account):
    def __init__(self):
        super().__init__(5)
        self.__balance = "sub's own"
    def both(self):
        return self.__balance, self._Account__balance

s = Sub()
print(s.both(), sorted(vars(s)))

class _Leading:
    def __m(self):
        return "leading underscores stripped"
    def call(self):
        return self.__m()
print(_Leading().call(), [k for k in vars(_Leading) if "m" in k and k.startswith("_L")])

class M:
    __class_attr = "mangled class attr"
    def get(self):
        return M.__class_attr, getattr(self, "__class_attr", "getattr not mangled")
print(M().get())
def outside():
    class Inner:
        def f(self):
            __local = 1
            return sorted(locals())
    return Inner().f()
print(outside())
