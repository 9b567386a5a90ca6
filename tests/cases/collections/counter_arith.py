from collections import Counter

a = Counter(a=3, b=1, c=-2, d=0)
b = Counter(b=2, a=1, e=5, c=1)
print("add", a + b, b + a)
print("sub", a - b, b - a)
print("or", a | b, b | a)
print("and", a & b, b & a)
print("pos", +a, "neg", -a)
print("pos empty", +Counter(), -Counter(x=1))
print("operands unchanged", a, b)

print("eq", Counter(a=1) == Counter(a=1), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == Counter(a=2))
print("ne", Counter(a=1) != Counter(a=1, b=0), Counter() != Counter(z=0))
print("eq dict", Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1), Counter(a=1) == {"a": 1, "b": 0})
print("le", Counter(a=1) <= Counter(a=1, b=1), Counter(a=2) <= Counter(a=1))
print("lt", Counter(a=1) < Counter(a=1, b=1), Counter(a=1) < Counter(a=1))
print("ge gt", Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=2), Counter(a=1, b=0) > Counter(a=1))
print("negatives", Counter(a=-1) <= Counter(), Counter() >= Counter(a=-1))

for label, fn in [
    ("add int", lambda: a + 1),
    ("add dict", lambda: a + {"a": 1}),
    ("sub list", lambda: a - []),
    ("lt dict", lambda: Counter(a=1) < {"a": 2}),
    ("and str", lambda: a & "abc"),
]:
    try:
        fn()
    except TypeError as e:
        print(label, "TypeError", e)

# multiset recipes
inventory = Counter(apple=3, pear=1)
order = Counter(apple=2, pear=2, kiwi=1)
print("can fill", order <= inventory)
print("shortfall", order - inventory)
print("left after", inventory - order)
print("combined", inventory + order)
print("common", inventory & order, "either", inventory | order)
print("sum of counters", sum([Counter("ab"), Counter("bc"), Counter("cd")], Counter()))
print("chained", (Counter("aaa") - Counter("a")) + Counter("b"))

class MyCounter(Counter):
    pass
r = MyCounter("aa") + MyCounter("b")
print("subclass result type", type(r).__name__, r)
print("large", (Counter(range(5)) + Counter(range(3, 8))).most_common(3))
