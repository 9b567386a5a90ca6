print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 3 + 4j))
print("{0!r} {0!s} {0!a}".format("é'"))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"))
print("{:{width}.{prec}f}".format(3.14159, width=10, prec=3))
print("{{literal}} {}".format("x"), "{}}}".format(1), "{{{}}}".format(2))
print("{:,} {:_} {:+} {: } {:08.3f} {:x} {:#b} {:e}".format(1234567, 1234567, 5, 5, -3.14159, 255, 5, 1500))
print("{0:%} {0:.1%}".format(0.256))
class P:
    def __init__(self):
        self.x = 1
        self.items = ["first"]
    def __format__(self, spec):
        return "P<" + spec + ">"
p = P()
print("{0.x} {0.items[0]} {0:custom} {0:}".format(p))
print("{:d}".format(True), "{}".format(None), "{!r:>6}".format("a"))
print("{a}{b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{x} {y}".format_map(Default(x="X")))
def bad(fmt, *a, **k):
    try:
        print(fmt.format(*a, **k))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
bad("{} {}", 1)
bad("{0} {}", 1, 2)
bad("{x}")
bad("{0.nope}", 1)
bad("{:d}", "s")
bad("{:s}", 1)
bad("{!x}", 1)
bad("{", 1)
bad("}", 1)
bad("{0[5]}", [1])
bad("{:<<<}", 1)
bad("{:,d}", 1.5)
bad("{:=}", "s")
bad("{:.2d}", 1)
print("{:c} {:o} {:X} {:n}".format(65, 8, 255, 1000))
print("{0:{1}}".format("nest", ">6"), "{:{}{}}".format(7, "0", 3))
