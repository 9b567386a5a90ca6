data = {"user": {"name": "ann", "tags": ["x", "y"]}, "n": 3}
print("{0[user][name]} has {0[user][tags][1]} and n={0[n]}".format(data))
print("{d[user][name]:>6}|{d[n]:03}".format(d=data))
class P:
    def __init__(self):
        self.inner = type("I", (), {"val": 42})()
        self.items = [10, 20]
p = P()
print("{0.inner.val} {0.items[1]} {p.items[0]}".format(p, p=p))
print("{:{fill}{align}{width}}".format("x", fill="*", align="^", width=7))
print("{0:{1}.{2}f}".format(3.14159, 10, 2), "{:>{}}".format("r", 5))
print("{!r:^10}|{!s:<6}|{!a}".format("q", 1, "é"))
print("{0}{1}{0}".format("<", ">"), "{a}{b}{a}".format(a="|", b="-"))
print("{} {} {}".format(*"abc"), "{x} {y}".format(**{"x": 1, "y": 2}))
print("{:,}".format(123456789), "{:_x}".format(0xDEADBEEF), "{:#o}".format(8), "{:c}".format(0x263A))
print("{0[0]}{0[-1]}".format({0: "zero", -1: "neg one"}) if False else "{0[0]}".format(["first"]))
try:
    "{0[-1]}".format(["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "{0.}".format(1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{0[}".format([1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{:{}}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
