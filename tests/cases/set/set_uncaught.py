s = {1, 2, 3}
s.discard(10)
print(s, s.pop() in {1, 2, 3}, len(s))
for v in [10, "x", (1,)]:
    try:
        s.remove(v)
    except KeyError as e:
        print(repr(v), type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
tags = {"red", "green"}
tags.add("blue")
tags.discard("yellow")
print(len(tags), sorted(tags))
tags.remove("purple")
