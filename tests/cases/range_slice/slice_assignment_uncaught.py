lst = list(range(6))
lst[1:3] = ["a", "b", "c"]
print(lst)
lst[::2] = "xyz" if len(lst[::2]) == 3 else "wxyz"
print(lst)
try:
    lst[::2] = [0]
except ValueError as e:
    print(type(e).__name__, e)
data = list(range(10))
data[::2] = [0] * 5
print(data)
data[::3] = [1, 2]
print(data)
