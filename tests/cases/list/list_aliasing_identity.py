a = [1, 2, 3]
b = a
c = list(a)
d = a[:]
a.append(4)
print(a, b, c, d, a is b, a is c, a == d)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append("shared")
print(nested, shallow)
m = [[]] * 3
m[0].append(1)
print(m)
m2 = [[] for _ in range(3)]
m2[0].append(1)
print(m2)
r = [1]
r.append(r)
print(r, len(r), r[1] is r)
s = []
s.extend(s)
print(s)
t = [1, 2]
t.extend(t)
print(t)
t += t
print(t)
u = [1, 2, 3]
for x in u[:]:
    if x < 3:
        u.remove(x)
print(u)
def modify(lst):
    lst.append("modified")
    lst = ["rebound"]
    return lst
orig = ["orig"]
print(modify(orig), orig)
print(list(), list("ab"), list(range(3)), list((1, 2)), list({"k": 1}), list(x for x in "yz"))
