class Graph:
    def __init__(self, edges):
        self.adj = {}
        for a, b in edges:
            self.adj.setdefault(a, []).append(b)
            self.adj.setdefault(b, []).append(a)
    def bfs(self, start):
        seen = {start}
        queue = [start]
        while queue:
            node = queue.pop(0)
            yield node
            for n in sorted(self.adj.get(node, [])):
                if n not in seen:
                    seen.add(n)
                    queue.append(n)
    def dfs(self, start, seen=None):
        seen = set() if seen is None else seen
        seen.add(start)
        yield start
        for n in sorted(self.adj[start]):
            if n not in seen:
                yield from self.dfs(n, seen)
    def paths(self, a, b, path=()):
        path = path + (a,)
        if a == b:
            yield path
            return
        for n in sorted(self.adj[a]):
            if n not in path:
                yield from self.paths(n, b, path)
g = Graph([(1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (5, 6), (2, 6)])
print(list(g.bfs(1)))
print(list(g.dfs(1)))
print(list(g.paths(1, 6)))
print(min(g.paths(1, 5), key=len), sum(1 for _ in g.paths(3, 6)))
