def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print("fact 20", fact(20))
print("fact 30", fact(30))

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print("fib", [fib(i) for i in range(15)])

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print("ack", ackermann(2, 3))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print("mutual", is_even(100), is_odd(7))

def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves

print("hanoi", len(hanoi(10, "A", "B", "C", [])), hanoi(2, "A", "B", "C", []))

def flatten(x):
    if isinstance(x, list):
        out = []
        for y in x:
            out.extend(flatten(y))
        return out
    return [x]

print("flatten", flatten([1, [2, [3, [4, [5]]]], 6]))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print("depth 900", depth(900))
