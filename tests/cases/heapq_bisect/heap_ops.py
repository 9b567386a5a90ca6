# heappush/heappop/heapreplace/heappushpop/heapify: the heap list after every operation.
import heapq

state = [12345]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2 ** 31
    return state[0] % n


h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 3, 0]:
    heapq.heappush(h, x)
    print("push", x, h)
while h:
    print("pop", heapq.heappop(h), h)

h = [rnd(50) for _ in range(15)]
print("before", h)
heapq.heapify(h)
print("heapify", h)
print("replace", heapq.heapreplace(h, 25), h)
print("replace_small", heapq.heapreplace(h, -1), h)
print("pushpop_small", heapq.heappushpop(h, -5), h)
print("pushpop_big", heapq.heappushpop(h, 40), h)
print("pushpop_empty", heapq.heappushpop([], 3))

for trial in range(3):
    data = [rnd(10) for _ in range(12)]
    heapq.heapify(data)
    ok = all(data[(i - 1) // 2] <= data[i] for i in range(1, len(data)))
    print("heap", trial, data, ok, [heapq.heappop(data) for _ in range(len(data))])

pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
heapq.heapify(pairs)
print("tuples", pairs, [heapq.heappop(pairs) for _ in range(4)])


class Task:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        print("  cmp", self.name, other.name)
        return self.prio < other.prio

    def __repr__(self):
        return self.name


tasks = []
for prio, name in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]:
    heapq.heappush(tasks, Task(prio, name))
print("tasks", tasks)
print("popped", heapq.heappop(tasks), tasks)

for label, func in [("pop_empty", lambda: heapq.heappop([])),
                    ("replace_empty", lambda: heapq.heapreplace([], 1)),
                    ("push_tuple", lambda: heapq.heappush((), 1)),
                    ("pop_tuple", lambda: heapq.heappop((1,))),
                    ("heapify_str", lambda: heapq.heapify("abc")),
                    ("pushpop_tuple", lambda: heapq.heappushpop((), 1)),
                    ("mixed", lambda: heapq.heappush([1], "x"))]:
    try:
        print(label, func())
    except Exception as e:
        print(label, type(e).__name__, e)


class MyList(list):
    pass


m = MyList([3, 1, 2])
heapq.heapify(m)
heapq.heappush(m, 0)
print("subclass", m, type(m).__name__, heapq.heappop(m))
