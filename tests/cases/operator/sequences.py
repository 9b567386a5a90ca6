# operator: concat, contains, countOf, indexOf, getitem, setitem, delitem.
import operator as op

print("concat", op.concat([1], [2, 3]), op.concat("ab", "c"), op.concat((1,), ()))
print("concat bytes", op.concat(b"x", b"y"), op.concat(bytearray(b"1"), b"2"))
print("contains", op.contains([1, 2], 2), op.contains("hello", "ell"), op.contains({1: 2}, 2))
print("countOf", op.countOf([1, 2, 1, 1.0, True], 1), op.countOf("banana", "a"), op.countOf([], 0))
nan = float("nan")
print("countOf nan", op.countOf([nan, nan], nan), op.countOf([float("nan")], nan))
print("indexOf", op.indexOf([5, 6, 7], 7), op.indexOf("abc", "b"), op.indexOf(iter([0, 3]), 3))
print("indexOf identity", op.indexOf([nan], nan))
data = [10, 20, 30, 40]
print("getitem", op.getitem(data, 1), op.getitem(data, -1), op.getitem(data, slice(1, 3)))
print("getitem dict", op.getitem({"k": "v"}, "k"), op.getitem("xyz", 2))
op.setitem(data, 0, 11)
op.setitem(data, slice(1, 3), ["a"])
print("setitem", data)
op.delitem(data, 0)
print("delitem", data)
op.delitem(data, slice(None, None, 2))
print("delitem slice", data)
d = {}
op.setitem(d, "a", 1)
op.setitem(d, ("t", 1), 2)
print("setitem dict", d)
op.delitem(d, "a")
print("delitem dict", d)
print("dunder", op.__concat__([1], [2]), op.__contains__([1], 1), op.__getitem__("ab", 0))


class Seq:
    def __init__(self, items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __add__(self, other):
        return Seq(self.items + list(other.items))

    def __repr__(self):
        return "Seq(%r)" % (self.items,)


print("concat custom", op.concat(Seq([1]), Seq([2])))
print("contains via getitem", op.contains(Seq([1, 2, 3]), 3), op.countOf(Seq("aab"), "a"))


class Eq:
    def __eq__(self, other):
        print("  Eq.__eq__", other)
        return other == 2


print("countOf eq", op.countOf([1, 2, 3], Eq()))
print("indexOf eq", op.indexOf([1, 2, 3], Eq()))


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("concat int", op.concat, 1, 2)
attempt("concat list tuple", op.concat, [1], (2,))
attempt("concat str int", op.concat, "a", 1)
attempt("concat dict", op.concat, {}, {})
attempt("concat seq int", op.concat, Seq([1]), 5)
attempt("contains int", op.contains, 3, 1)
attempt("countOf int", op.countOf, 3, 1)
attempt("indexOf missing", op.indexOf, [1, 2], 3)
attempt("indexOf int", op.indexOf, None, 3)
attempt("getitem int", op.getitem, 5, 0)
attempt("getitem range", op.getitem, [1], 5)
attempt("getitem key", op.getitem, {}, "nope")
attempt("setitem tuple", op.setitem, (1, 2), 0, 5)
attempt("setitem str", op.setitem, "ab", 0, "x")
attempt("delitem list", op.delitem, [], 0)
attempt("delitem dict", op.delitem, {}, 1)
