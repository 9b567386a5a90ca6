class Pizza:
    count = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1
    @classmethod
    def margherita(cls):
        return cls(["tomato", "mozzarella"])
    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.count}"
    @staticmethod
    def is_vegetarian(toppings):
        return "ham" not in toppings
    def __repr__(self):
        return f"{type(self).__name__}({self.toppings})"

class Special(Pizza):
    pass

p = Pizza.margherita()
s = Special.margherita()
print(p, s, Pizza.how_many(), Special.how_many(), s.how_many())
print(Pizza.is_vegetarian(["ham"]), p.is_vegetarian(p.toppings), Special.is_vegetarian([]))
sm = Pizza.__dict__["is_vegetarian"]
cm = Pizza.__dict__["margherita"]
print(type(sm).__name__, type(cm).__name__, sm.__func__.__name__, cm.__func__.__name__)
print(callable(sm), sm([]) if callable(sm) else "not callable")
bound = Pizza.how_many
print(bound.__self__ is Pizza, Special.how_many.__self__ is Special)
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return cls
Registry.register(1).register(2)
print(Registry.items)
class NoSelf:
    def method():
        return "called without self"
print(NoSelf.method())
try:
    NoSelf().method()
except TypeError as e:
    print(type(e).__name__, e)
