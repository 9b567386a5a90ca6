nums = [1, 2, 3]
it = iter(nums)
print(list(it), list(it))
m = map(str, nums)
print(list(m), list(m))
z = zip(nums, nums)
print(len(list(z)), list(z))
g = (n for n in nums)
print(sum(g), sum(g))
r = reversed(nums)
print(list(r), list(r))
e = enumerate(nums)
print(next(e), list(e), list(e))
it = iter(nums)
nums.append(4)
print("sees appended", list(it))
it = iter(nums)
next(it)
nums.clear()
print("after clear", list(it))
d = {"a": 1}
di = iter(d)
print(next(di), next(di, "done"))
s = "abc"
si = iter(s)
print("".join(si), "".join(si))
it = iter([1, 2, 3, 4])
print(3 in it, list(it))
it = iter(range(5))
for x in it:
    if x == 1:
        break
print("resume", list(it))
