# Removing items from a list drops them right away.

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def make(n, prefix):
    return [Noisy(prefix + str(i)) for i in range(n)]


print("-- del lst[i]")
lst = make(4, "a")
del lst[1]
print("after del lst[1]", [x.name for x in lst])
del lst[-1]
print("after del lst[-1]", [x.name for x in lst])

print("-- lst.pop()")
lst.pop()
print("after pop()", [x.name for x in lst])
kept = lst.pop()
print("after pop() kept", kept.name, len(lst))
del kept
print("kept released")

print("-- lst.pop(0)")
lst = make(3, "b")
lst.pop(0)
print("after pop(0)", [x.name for x in lst])

print("-- lst.clear()")
lst.clear()
print("after clear", lst)

print("-- del slice")
lst = make(5, "c")
del lst[1:3]
print("after del [1:3]", [x.name for x in lst])
del lst[::2]
print("after del [::2]", [x.name for x in lst])

print("-- item assignment")
lst = make(3, "d")
lst[1] = Noisy("d1-new")
print("after lst[1] =", [x.name for x in lst])

print("-- slice assignment")
lst[0:2] = [Noisy("s0")]
print("after slice assign", [x.name for x in lst])
lst[:] = []
print("after lst[:] = []", lst)

print("-- remove")
lst = make(3, "e")
target = lst[1]
lst.remove(target)
print("removed, still held by target:", target.name)
del target
print("target released")

print("-- lst *= 0")
lst *= 0
print("after *= 0", lst)

print("-- rebinding the list drops its items")
lst = make(3, "f")
lst = None
print("after lst = None")

print("-- del whole list with shared item")
shared = Noisy("shared")
lst = [Noisy("g0"), shared, Noisy("g2")]
del lst
print("after del lst, shared alive:", shared.name)
del shared
print("end")
