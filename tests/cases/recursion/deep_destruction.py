# Freeing very deep structures must not crash (CPython's "trashcan"): nested lists,
# tuples, dicts and a linked list of instances, a million levels each.
nested = []
for _ in range(1_000_000):
    nested = [nested]
del nested
print("nested lists freed")

t = ()
for _ in range(1_000_000):
    t = (t, 1)
t = None
print("nested tuples freed")

d = {}
for _ in range(300_000):
    d = {"inner": d}
d = 0
print("nested dicts freed")


class Node:
    def __init__(self, nxt):
        self.next = nxt


head = None
for _ in range(500_000):
    head = Node(head)
head = None
print("linked list freed")
