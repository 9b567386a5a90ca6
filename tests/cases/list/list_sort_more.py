class Item:
    def __init__(self, name, price):
        self.name, self.price = name, price
    def __repr__(self):
        return f"{self.name}:{self.price}"
    def __lt__(self, other):
        return self.price < other.price
items = [Item("a", 3), Item("b", 1), Item("c", 2), Item("d", 1)]
print(sorted(items), max(items), min(items))
print(sorted(items, key=lambda i: i.name, reverse=True))
items.sort(key=lambda i: (-i.price, i.name))
print(items)
class NoLt:
    pass
try:
    sorted([NoLt(), NoLt()])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([NoLt()]) != [], sorted([]) == [])
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
data.sort(key=lambda t: t[1])
print(data)
data.sort(key=lambda t: t[0])
print("two-pass stable", data)
def keyfn(x):
    print("  key", x)
    return -x
print(sorted([1, 3, 2], key=keyfn))
lst = [5, 1, 4]
r = lst.sort()
print(r, lst)
print(sorted("Banana", key=str.lower), sorted([True, False, True]), sorted([[], [0], [-1, 5]]))
nums = [0.1, -0.0, 0.0, -1, 1, float("inf"), -float("inf")]
print(sorted(nums))
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2].sort(key=len)
except TypeError as e:
    print(type(e).__name__, e)
