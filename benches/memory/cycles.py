"""Creates 10,000,000 two-object reference cycles, dropping each at once: only the cycle
collector can free them, so peak memory shows whether it keeps up."""


class Node:
    def __init__(self):
        self.other = None


def main(n):
    for _ in range(n):
        a = Node()
        b = Node()
        a.other = b
        b.other = a


main(10_000_000)
