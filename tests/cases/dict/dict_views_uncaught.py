d = {"x": 1, "y": 2}
ks, vs, its = d.keys(), d.values(), d.items()
print(list(ks), list(vs), list(its), len(ks), "x" in ks, 2 in vs, ("y", 2) in its)
for view in (ks, vs, its):
    try:
        view[0]
    except TypeError as e:
        print(type(e).__name__, e)
print(list(ks)[0], next(iter(vs)), sorted(its)[-1])
scores = {"ann": 3, "bob": 5}
names = scores.keys()
print(list(names))
print(names[0])
