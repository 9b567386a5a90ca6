def sign(x):
    return "positive" if x > 0 else "negative" if x < 0 else "zero"
print([sign(v) for v in (-2, 0, 3)])
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    return "F"
print([grade(s) for s in (95, 85, 75, 10, 90, 80)])
x = 5
print("small" if x < 3 else "medium" if x < 10 else "large")
print((lambda v: "even" if v % 2 == 0 else "odd")(7))
values = [0, 1, "", "a", None, [], [0]]
print([("T" if v else "F") for v in values])
print(1 if True else 1 / 0, 2 if False else "no error")
a = None
b = a or "default"
c = a and a.missing
print(b, c)
d = [] or {} or 0 or "last"
e = 1 and 2 and 0 and 3
print(d, e)
def check(v):
    print("  check", v)
    return v
print(check(0) or check(1) or check(2))
print(check(1) and check(0) and check(2))
print(not check(""), not not check("x"))
if (n := len("hello")) > 3 and n < 10:
    print("walrus in condition", n)
