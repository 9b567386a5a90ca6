d = {i: i * i for i in range(5)}
try:
    for k in d:
        if k == 2:
            d[100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {i: i for i in range(3)}
for k in d:
    d[k] = "changed values ok"
print(d)
d = {i: i for i in range(6)}
for k in list(d):
    if k % 2:
        del d[k]
print("delete via list copy", d)
d = {"a": 1}
try:
    for k, v in d.items():
        d["b"] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
try:
    for v in d.values():
        d.pop("a")
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
try:
    for k in d:
        d.pop(k)
        d[k] = 5
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3]
for x in lst:
    if len(lst) < 6:
        lst.append(x)
print("list grows fine", lst)
