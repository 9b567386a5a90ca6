for x in y:
    pass
for x, y in pairs:
    pass
for (x, y) in pairs:
    pass
for [x, *rest] in rows:
    pass
for a.b in c:
    pass
for a[0] in c:
    pass
for x in range(10):
    if x:
        break
else:
    pass
for x in 1, 2, 3:
    pass
for x, in y:
    pass
