x = "module"

class A:
    x = "class A"
    def method(self):
        return x
    def method_self(self):
        return self.x
    y = x + " seen in body"

a = A()
print("method sees", a.method())
print("via self", a.method_self())
print("body", A.y)

class B:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        broken = [v + len(vals) for v in range(2)]
    except NameError as e:
        err = str(e)

print("doubled", B.doubled)
print("err", B.err)

def f():
    z = "function z"
    class C:
        z = "class z"
        def m(self):
            return z
        w = z
    return C().m(), C.w

print("f", f())

def g():
    q = "closure q"
    class NoAssign:
        print("no assign sees closure:", q)
    class D:
        try:
            print("in body q:", q)
        except NameError as e:
            print("class body skips closure:", e)
        q = "class q"
        print("after assign q:", q)
    return D.q

print("g", g())

class E:
    name = "E"
    def get_name():
        return name
try:
    E.get_name()
except NameError as e:
    print(type(e).__name__, e)

class F:
    a = 1
    b = a + 1
    c = (lambda: b if False else "lambda cannot see b")()
print("F", F.a, F.b, F.c)
