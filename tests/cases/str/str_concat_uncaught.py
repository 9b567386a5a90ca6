for left, right in [("a", 1), ("a", None), ("a", [1]), ("a", b"b"), (1, "a"), ([1], "a")]:
    try:
        left + right
    except TypeError as e:
        print(repr(left), "+", repr(right), "->", e)
print("a" + str(1), "a" * 3, f"a{1}", "%s%d" % ("a", 1))
count = 3
label = "items: " + str(count)
print(label)
message = "total: " + count
print(message)
