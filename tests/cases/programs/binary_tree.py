class BST:
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, key):
        node = self.root
        if node is None:
            self.root = [key, None, None]
            self.size += 1
            return True
        while True:
            if key == node[0]:
                return False
            idx = 1 if key < node[0] else 2
            if node[idx] is None:
                node[idx] = [key, None, None]
                self.size += 1
                return True
            node = node[idx]
    def __contains__(self, key):
        node = self.root
        while node:
            if key == node[0]:
                return True
            node = node[1] if key < node[0] else node[2]
        return False
    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node[1]
            node = stack.pop()
            yield node[0]
            node = node[2]
    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node[1]), self.height(node[2]))

t = BST()
keys = [50, 30, 70, 20, 40, 60, 80, 30, 65, 10]
print([t.insert(k) for k in keys])
print(list(t), t.size, t.height(), 65 in t, 66 in t)
t2 = BST()
for k in range(100):
    t2.insert((k * 37) % 101)
print(t2.size, t2.height(), list(t2)[:10], sum(t2))
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(list(words))
