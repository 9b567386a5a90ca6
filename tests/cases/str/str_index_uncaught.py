s = "abcabc"
print(s.index("b"), s.index("b", 2), s.rindex("c"), s.find("z"), s.rfind("z"))
for args in [("z",), ("a", 4), ("c", 0, 2)]:
    try:
        s.index(*args)
    except ValueError as e:
        print(args, type(e).__name__, e)
    try:
        s.rindex(*args)
    except ValueError as e:
        print(args, "rindex", type(e).__name__, e)
header = "name:age:city"
fields = header.split(":")
print(fields)
print(header.index("city"))
print(header.index("country"))
