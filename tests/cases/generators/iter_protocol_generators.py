class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

c = Countdown(3)
print(list(c), list(c))
print("sum", sum(Countdown(10)))
print("sorted", sorted(Countdown(4)))
it = iter(Countdown(2))
print(type(it).__name__, next(it), next(it), next(it, "end"))

class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for ch in self.children:
            yield from ch

t = Tree(1, Tree(2, Tree(3)), Tree(4, Tree(5), Tree(6)))
print("preorder", list(t))

class Reader:
    def __init__(self, lines):
        self.lines = lines
    def records(self):
        for i, line in enumerate(self.lines):
            if not line.strip() or line.startswith("#"):
                continue
            key, _, value = line.partition("=")
            yield i, key.strip(), value.strip()

r = Reader(["# comment", "a = 1", "", "b=two", "c =  3 "])
for rec in r.records():
    print(rec)

gen_lambda = lambda n: (yield n)
g = gen_lambda(7)
print("lambda generator", next(g))
