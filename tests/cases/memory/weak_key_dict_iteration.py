# WeakKeyDictionary: keys dying during iteration, len() while iterations are pending,
# and the view-like generators.
import weakref

class Node:
    def __init__(self, n):
        self.n = n

nodes = [Node(i) for i in range(7)]
d = weakref.WeakKeyDictionary((node, node.n * 10) for node in nodes)

seen = []
for node in d:
    seen.append(node.n)
    if node.n == 1:
        nodes[2] = nodes[3] = None
        print("len during loop", len(d), "stored", len(d.data))
del node
print("seen", seen)
print("after loop", len(d), len(d.data))

values = []
for v in d.values():
    values.append(v)
    nodes[4] = None
print("values", values, "after", len(d), len(d.data))

# A suspended iterator keeps the removal pending; len() already leaves the dead key out.
it = d.items()
key, value = next(it)
print("first item", key.n, value)
del key, value
nodes[5] = None
print("while suspended", len(d), len(d.data))
d[Node(99)] = "short-lived"      # dies at once, its removal is queued too
print("after temporary insert", len(d), len(d.data))
del it
print("iterator dropped", len(d), len(d.data), sorted(n.n for n in d))

# Two iterators at once: removals wait for both.
it1, it2 = iter(d), iter(d)
next(it1), next(it2)
nodes[6] = None
del it1
print("one iterator left", len(d), len(d.data))
del it2
print("none left", len(d), len(d.data))

# The key is compared by equality but kept by identity.
class Named:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return self.name == other.name
    def __hash__(self):
        return hash(self.name)

first, second = Named("x"), Named("x")
w = weakref.WeakKeyDictionary()
w[first] = 1
w[second] = 2
print("equal keys share an entry", len(w), w[first], next(iter(w)) is first)
del first
print("stored key died", len(w), second in w)
