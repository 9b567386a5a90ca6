x = 10
x += 5; print("+=", x)
x -= 3; print("-=", x)
x *= 2; print("*=", x)
x /= 4; print("/=", x)
x //= 2; print("//=", x)
x = 17
x %= 5; print("%=", x)
x **= 3; print("**=", x)
x <<= 2; print("<<=", x)
x >>= 1; print(">>=", x)
x &= 0xF0; print("&=", x)
x |= 0x0F; print("|=", x)
x ^= 0xFF; print("^=", x)

lst = [1]
alias = lst
lst += [2]
print("list += in place", lst, alias is lst)
lst *= 2
print("list *=", lst, alias is lst)
t = (1,)
talias = t
t += (2,)
print("tuple += rebinding", t, talias, talias is t)
s = "ab"
s *= 3
print(s)

d = {"k": 1}
d["k"] += 10
print(d)
class O:
    v = 1
o = O()
o.v += 1
print("instance", o.v, "class", O.v)
m = [[0, 0], [0, 0]]
m[1][0] += 5
print(m)

calls = []
def idx():
    calls.append("idx")
    return 0
arr = [1]
arr[idx()] += 1
print("evaluated once", calls, arr)
st = {1}
st |= {2}
st &= {2, 3}
print(st)
try:
    t = (1, [2])
    t[1] += [3]
except TypeError as e:
    print(type(e).__name__, e, t)
try:
    undefined_name_z += 1
except NameError as e:
    print(type(e).__name__, e)
