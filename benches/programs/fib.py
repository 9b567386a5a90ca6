"""Recursive calls: naive Fibonacci, Takeuchi's function and a memo-free partition count.

Almost all of the time goes into calling small Python functions with positional arguments,
default arguments and keyword arguments: the cost of a Python-to-Python call.
"""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def partitions(n, largest=None):
    """Number of ways to write n as a sum of parts no larger than `largest`."""
    if largest is None:
        largest = n
    if n == 0:
        return 1
    total = 0
    part = min(n, largest)
    while part > 0:
        total += partitions(n - part, largest=part)
        part -= 1
    return total


def depth(node):
    """Height of a nested-tuple tree, recursively."""
    if node is None:
        return 0
    left, right = node
    return 1 + max(depth(left), depth(right))


def build(n):
    if n == 0:
        return None
    return (build(n - 1), build(n - 2) if n > 1 else None)


def main():
    f = fib(32)
    assert f == 2178309, f
    t = tak(26, 18, 9)
    p = partitions(52)
    assert p == 281589, p
    tree = build(26)
    d = depth(tree)
    print("fib(32) = %d" % f)
    print("tak(26, 18, 9) = %d" % t)
    print("partitions(52) = %d" % p)
    print("depth(build(26)) = %d" % d)


if __name__ == "__main__":
    main()
