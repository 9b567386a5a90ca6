data = [5, 3, 8, 1]
if (n := len(data)) > 3:
    print("long list", n)

values = iter([3, 2, 1, 0, 5])
while (v := next(values)) != 0:
    print("v", v)
print("stopped at", v)

print([(y := x * 2, y + 1) for x in range(3)])
print("y leaked", y)
print("nested", (a := (b := 3) + 1), a, b)

def f():
    if any((hit := w).startswith("c") for w in ["apple", "cherry", "citrus"]):
        return hit
    return None
print("any hit", f())

print("in call", max(z := 4, 2), z)
total = 0
print([total := total + i for i in range(5)], total)

text = "123abc"
if (digits := "".join(c for c in text if c.isdigit())):
    print("digits", digits)

def g():
    return [k := j for j in range(3)], k
print(g())

lst = [1, 2, 3]
print((first := lst[0]), first)
d = {(key := "k"): key * 2}
print(d)
