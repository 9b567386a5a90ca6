# copy.copy: atoms, containers, instances with __dict__ and __slots__, subclasses.
import copy

for value in [None, 1, 2.5, 3j, True, "s", b"b", (1, [2]), frozenset([1]), range(3),
              slice(1, 2), len, copy.copy, int, Ellipsis, NotImplemented, property()]:
    print("atom", type(value).__name__, copy.copy(value) is value)

lst = [1, [2, 3]]
c = copy.copy(lst)
print("list", c, c is lst, c[1] is lst[1])
dct = {"a": [1]}
c = copy.copy(dct)
print("dict", c, c is dct, c["a"] is dct["a"])
st = {1, 2, 3}
c = copy.copy(st)
print("set", sorted(c), c is st)
ba = bytearray(b"xy")
c = copy.copy(ba)
print("bytearray", c, c is ba)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


p = Point(1, [2])
q = copy.copy(p)
print("instance", q, q is p, type(q) is Point, q.y is p.y)
q.x = 10
print("independent", p.x, q.x)


class Slotted:
    __slots__ = ("a", "b")


s = Slotted()
s.a = [1]
t = copy.copy(s)
print("slots", t.a, t.a is s.a, hasattr(t, "b"))


class Both(Slotted):
    pass


b = Both()
b.a = 1
b.extra = "e"
c = copy.copy(b)
print("slots_and_dict", c.a, c.extra, hasattr(c, "b"))


class Empty:
    pass


e = copy.copy(Empty())
print("empty", type(e).__name__, vars(e))


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.tag = "t"
c = copy.copy(ml)
print("list_sub", type(c).__name__, c, c.tag, c[1] is ml[1])


class MyDict(dict):
    pass


md = MyDict(k=[1])
c = copy.copy(md)
print("dict_sub", type(c).__name__, c, c["k"] is md["k"])


class MyInt(int):
    pass


mi = MyInt(42)
mi.note = "n"
c = copy.copy(mi)
print("int_sub", type(c).__name__, c, c.note, c is mi)


class MyStr(str):
    pass


print("str_sub", type(copy.copy(MyStr("hi"))).__name__, copy.copy(MyStr("hi")))


class MyTuple(tuple):
    pass


c = copy.copy(MyTuple((1, 2)))
print("tuple_sub", type(c).__name__, c)


class Custom:
    def __init__(self):
        self.data = [1, 2]

    def __copy__(self):
        print("  __copy__ called")
        new = Custom()
        new.data = self.data[:]
        return new


orig = Custom()
c = copy.copy(orig)
print("custom", c.data, c.data is orig.data)
err = ValueError("bad", 2)
err.extra = 1
c = copy.copy(err)
print("exception", type(c).__name__, c.args, c.extra, c is err)
print("error_alias", copy.error is copy.Error, copy.Error.__mro__[1].__name__)
print("all", copy.__all__)
