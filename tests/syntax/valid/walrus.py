if (n := len(a)) > 10:
    pass
while (chunk := f.read(8192)):
    pass
[y for x in data if (y := f(x))]
print(x := 1)
f(a, b := 2, c=3)
(x := 5)
x = (y := 6)
a[(i := 0)]
a[i := 0]
{(k := 1): (v := 2)}
{x := 1, 2}
[x := 1, 2]
(x := 1, 2)
def f(a=(b := 1)):
    pass
lambda: (x := 1)
if any((w := line).startswith("#") for line in lines):
    pass
if x := 1:
    pass
elif y := 2:
    pass
while x := x - 1: pass
assert (n := 3)
with (f := open(p)):
    pass
print(f"{(x:=10)}")
