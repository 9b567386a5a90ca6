# Objects created in loops and iterators.

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


print("-- each iteration frees the previous value")
for i in range(3):
    cur = Noisy("it%d" % i)
    print("made", cur.name)
print("after loop")
cur = None

print("-- while loop")
n = 0
obj = None
while n < 3:
    obj = Noisy("w%d" % n)
    n += 1
print("after while, obj", obj.name)
obj = None

print("-- iterator over a temporary list")
for x in [Noisy("tl0"), Noisy("tl1")]:
    print("visit", x.name)
print("after loop over temporary list, x still", x.name)
x = None
print("after x = None")

print("-- break frees the iterator")
for x in [Noisy("b0"), Noisy("b1"), Noisy("b2")]:
    if x.name == "b1":
        break
print("after break, x", x.name)
x = None

print("-- iterator object with __del__")


class It:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

    def __del__(self):
        print("del iterator at", self.i)


for k in It(2):
    print("k", k)
print("after custom iterator loop")

print("-- iterator dropped on early return")


def first_even(nums):
    for v in It(nums):
        if v % 2 == 0:
            return v


print("first_even", first_even(5))

print("-- enumerate/zip wrappers release their iterators")
for i, v in enumerate(It(2)):
    print("enum", i, v)
print("after enumerate")
for a, b in zip(It(3), It(1)):
    print("zip", a, b)
print("after zip")

print("-- map over temporaries")
print("names", list(map(lambda k: Noisy("map%d" % k).name, range(3))))
print("end")
