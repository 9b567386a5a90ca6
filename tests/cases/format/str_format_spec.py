specs = ["", "s", "10", "<10", ">10", "^10", "^11", "*<8", "-^9", ".2", "10.3", ">10.1", "_^7", "0>6", "010"]
for v in ["", "abc", "héllo", "日本", "longer than ten"]:
    print(repr(v), [format(v, s) for s in specs])
for bad in ["d", "+", " ", ",", "#", "=10", "x", "z"]:
    try:
        format("abc", bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(format(None, ""), format([1, 2], ""), format((1,), ""))
try:
    format(None, "10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(object(), "x")
except TypeError as e:
    print(type(e).__name__, e)
print(format(True, ""), format(True, "10"), format(True, "d"), format(False, "^5"))
try:
    format(True, ".3")
except ValueError as e:
    print(type(e).__name__, e)
