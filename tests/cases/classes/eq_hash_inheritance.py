class Money:
    def __init__(self, amount, currency):
        self.amount, self.currency = amount, currency
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)
    def __hash__(self):
        return hash((self.amount, self.currency))
    def __repr__(self):
        return f"{self.amount} {self.currency}"
a, b, c = Money(5, "EUR"), Money(5, "EUR"), Money(5, "USD")
print(a == b, a == c, a != c, a == 5, 5 == a, a is b)
print(len({a, b, c}), {a: "x"}[b], [a, b, c].count(a), [a, c].index(c))
class Coin(Money):
    pass
print(Coin(5, "EUR") == a, hash(Coin(5, "EUR")) == hash(a))
class ChangesEq(Money):
    def __eq__(self, other):
        return False
print(ChangesEq.__hash__ is None)
class KeepsHash(Money):
    def __eq__(self, other):
        return True
    __hash__ = Money.__hash__
print(hash(KeepsHash(1, "x")) == hash((1, "x")))
print(sorted([Money(3, "A"), Money(1, "B")], key=lambda m: m.amount))
try:
    sorted([Money(3, "A"), Money(1, "B")])
except TypeError as e:
    print(type(e).__name__, e)
