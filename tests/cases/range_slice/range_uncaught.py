r = range(2, 20, 3)
print(list(r), r[0], r[-1], len(r), r.index(8))
for i in [6, -7, 100]:
    try:
        r[i]
    except IndexError as e:
        print(i, type(e).__name__, e)
try:
    r.index(9)
except ValueError as e:
    print(type(e).__name__, e)
steps = range(0, 50, 5)
print(len(steps), steps[3], steps[-2])
print(steps[10])
