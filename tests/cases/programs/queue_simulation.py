class Rng:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2 ** 31
        return self.state
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)

rng = Rng(42)
queue = []
served = []
clock = 0
next_id = 1
for tick in range(30):
    if rng.randint(0, 3) > 0:
        queue.append((next_id, tick))
        next_id += 1
    if queue and tick % 2 == 0:
        cid, arrived = queue.pop(0)
        served.append((cid, tick - arrived))
print("served", len(served), "waiting", len(queue))
print(served[:10])
waits = [w for _, w in served]
print("max wait", max(waits), "avg wait", round(sum(waits) / len(waits), 3))
hist = {}
for w in waits:
    hist[w] = hist.get(w, 0) + 1
for w in sorted(hist):
    print(f"{w:3d} {'*' * hist[w]}")
print([rng.randint(1, 6) for _ in range(10)])
