data = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(data), 0)))
print(list(data))
class Stream:
    def __init__(self, chunks):
        self.chunks = list(chunks)
    def read(self):
        return self.chunks.pop(0) if self.chunks else ""
s = Stream(["ab", "cd", "e"])
print([c for c in iter(s.read, "")])
class Length:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        if i >= len(self):
            raise IndexError
        return i * i
print(list(Length()), 9 in Length(), list(reversed(Length())), sorted(Length(), reverse=True))
class Infinite:
    def __getitem__(self, i):
        return i
it = iter(Infinite())
print([next(it) for _ in range(5)])
for x in Infinite():
    if x > 3:
        break
print("broke at", x)
class StopsWithKeyError:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(StopsWithKeyError())
except KeyError as e:
    print("KeyError is not the end of iteration:", repr(e))
print(list(map(lambda p: p[0] * p[1], zip(range(4), range(4)))))
print(dict(enumerate("abc", start=1)), list(zip(*zip("ab", "cd"))))
