t = (1, 2, 3)
for label, fn in [("setitem", lambda: t.__class__.__setitem__), ("append", lambda: t.append), ("sort", lambda: t.sort)]:
    try:
        fn()
    except AttributeError as e:
        print(label, type(e).__name__, e)
print(t + (4,), t * 2, t[::-1], t.index(2), t.count(3))
point = (1, 2)
print(point[0])
point[0] = 5
