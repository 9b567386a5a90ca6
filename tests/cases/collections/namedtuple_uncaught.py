from collections import namedtuple

Card = namedtuple("Card", "rank suit")
deck = [Card(r, s) for s in "SH" for r in (2, 3, "K")]
print(deck[:3])
print(sorted(deck, key=lambda c: (c.suit, str(c.rank)))[0])
print({c.suit for c in deck} == {"S", "H"})
hand = deck[1]._replace(suit="D")
print(hand, hand._asdict())
# the third field does not exist: this call dies with an uncaught TypeError
print(Card("A", "S", "extra"))
