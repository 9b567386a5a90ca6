print(format(5), format(5, ""), format("x", "^3"), format(1.0), format(1j), format([1], ""))
print("{:>{w}}".format("a", w=4), "{0:>{1}}".format("b", 3), "{!r:^9}".format("q"))
print("{0}{0}{0}".format("ab"), "{:}".format(5), "{0:}".format(6))
print("{0[a]}".format({"a": 1}), "{0[0][1]}".format([[1, 2]]), "{.__class__.__name__}".format(5))
print("{[key with space]}".format({"key with space": 1}) if False else "skip")
print("{0[-1]}".format({"-1": "str key"}), "{0[1]}".format({1: "int key"}) if True else "")
print("%(x)s-%(x)s" % {"x": "rep"}, "%s" % {"k": 1}, "%r" % ({"k": 1},))
print(str.format("{}-{}", 1, 2), "{:,}".format(10 ** 9).replace(",", "."))
table = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
print(f"{'name':<8}|{'qty':>5}|{'price':>8}")
for n, q, p in table:
    print(f"{n:<8}|{q:>5}|{p:>8.2f}")
print(f"{'total':<8}|{sum(q for _, q, _ in table):>5}|{sum(q * p for _, q, p in table):>8.2f}")
