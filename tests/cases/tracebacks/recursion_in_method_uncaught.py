class Node:
    def __init__(self):
        self.parent = self

    def root(self):
        return self.parent.root() if self.parent else self

print("finding root")
Node().root()
