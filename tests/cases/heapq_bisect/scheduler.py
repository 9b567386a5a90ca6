# A small event scheduler and shortest-path search built on heapq and bisect.
import bisect
import heapq


class Scheduler:
    def __init__(self):
        self.queue = []
        self.seq = 0

    def at(self, time, name):
        heapq.heappush(self.queue, (time, self.seq, name))
        self.seq += 1

    def run(self):
        order = []
        while self.queue:
            time, _, name = heapq.heappop(self.queue)
            order.append("%s@%d" % (name, time))
            if name.startswith("repeat") and time < 10:
                self.at(time + 4, name)
        return order


s = Scheduler()
for time, name in [(5, "e"), (1, "a"), (3, "c"), (1, "b"), (0, "repeat"), (3, "d")]:
    s.at(time, name)
print("queue", s.queue)
print("order", s.run())

graph = {
    "A": [("B", 7), ("C", 9), ("F", 14)],
    "B": [("A", 7), ("C", 10), ("D", 15)],
    "C": [("A", 9), ("B", 10), ("D", 11), ("F", 2)],
    "D": [("B", 15), ("C", 11), ("E", 6)],
    "E": [("D", 6), ("F", 9)],
    "F": [("A", 14), ("C", 2), ("E", 9)],
}


def dijkstra(start):
    dist = {start: 0}
    prev = {}
    heap = [(0, start)]
    pops = 0
    while heap:
        d, node = heapq.heappop(heap)
        pops += 1
        if d > dist[node]:
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev, pops


dist, prev, pops = dijkstra("A")
print("dist", sorted(dist.items()), "pops", pops)
path = ["E"]
while path[-1] != "A":
    path.append(prev[path[-1]])
print("path", path[::-1])

top = []
for score in [50, 20, 80, 10, 90, 70, 60, 30]:
    if len(top) < 3:
        heapq.heappush(top, score)
    else:
        heapq.heappushpop(top, score)
    print("top3", sorted(top), top)

timeline = []
for t in [30, 10, 20, 25, 5, 20]:
    bisect.insort(timeline, t)
print("timeline", timeline)
print("window", timeline[bisect.bisect_left(timeline, 10):bisect.bisect_right(timeline, 25)])
ranked = sorted(["pear", "fig", "apple", "kiwi"], key=len)
bisect.insort(ranked, "plum", key=len)
bisect.insort_left(ranked, "date", key=len)
print("ranked", ranked)
merged = list(heapq.merge(*[sorted(x) for x in ([5, 1, 3], [4, 2], [6, 0])]))
print("merged", merged, heapq.nlargest(2, merged), heapq.nsmallest(2, merged))
