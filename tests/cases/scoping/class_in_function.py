def make_class(tag):
    class Tagged:
        label = tag
        def describe(self):
            return "Tagged(" + tag + ")"
        def __repr__(self):
            return "<" + type(self).__qualname__ + " " + self.label + ">"
    return Tagged

A = make_class("a")
B = make_class("b")
print(A().describe(), B().describe())
print("distinct", A is not B, A.__name__ == B.__name__)
print("qualname", A.__qualname__)
print("method qualname", A.describe.__qualname__)
print(repr(A()))

def counter_class():
    count = 0
    class Counted:
        def __init__(self):
            nonlocal count
            count += 1
            self.n = count
    return Counted, lambda: count

Counted, get_count = counter_class()
objs = [Counted() for _ in range(4)]
print("counts", [o.n for o in objs], get_count())

class Outer:
    class Inner:
        def where(self):
            return type(self).__qualname__
    def make(self):
        return self.Inner()

print("inner", Outer().make().where())
print("inner qualname", Outer.Inner.where.__qualname__)

def class_body_uses_param(n):
    class P:
        items = list(range(n))
        size = len(items)
    return P.items, P.size

print("param", class_body_uses_param(3))
