"""A 10,000,000-node chain built and dropped (freed by reference counting, without deep
recursion), then a deeply nested list, with no reference cycle anywhere: gc.get_stats()
shows how many collections of each generation ran (CPython's counts printed beside ours
by run.py are the goal: no full collection that CPython would not run)."""
import gc


class Node:
    __slots__ = ("next",)

    def __init__(self, nxt):
        self.next = nxt


head = None
for _ in range(10_000_000):
    head = Node(head)
del head
nested = []
for _ in range(1_000_000):
    nested = [nested]
del nested
print([s["collections"] for s in gc.get_stats()])
