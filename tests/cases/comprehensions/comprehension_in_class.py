class Config:
    names = ["a", "b", "c"]
    upper = [n.upper() for n in names]
    pairs = {n: i for i, n in enumerate(names)}
    lengths = {len(n) for n in names}

print(Config.upper, Config.pairs, Config.lengths)

class Broken:
    factor = 3
    try:
        scaled = [factor * x for x in range(3)]
    except NameError as e:
        scaled = "NameError: " + str(e)
    ok = [x for x in range(factor)]

print(Broken.scaled)
print(Broken.ok)

class Methods:
    data = [1, 2, 3]
    def doubled(self):
        return [x * 2 for x in self.data]
    @classmethod
    def total(cls):
        return sum(x for x in cls.data)

print(Methods().doubled(), Methods.total())
