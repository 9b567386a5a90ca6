"""gc.collect() over 1,000,000 live tracked objects (lists and instances that stay alive),
ten times: the cost of a full collection that finds nothing to free."""
import gc


class Item:
    def __init__(self, i):
        self.i = i
        self.tags = [i]


items = [Item(i) for i in range(500_000)]
for _ in range(10):
    gc.collect()
print(len(items))
