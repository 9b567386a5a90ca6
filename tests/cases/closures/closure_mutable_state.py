def make_account(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(("+", x))
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError(f"insufficient: {balance} < {x}")
        balance -= x
        history.append(("-", x))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report

dep, wd, rep = make_account(10)
print(dep(5), wd(3), rep())
try:
    wd(100)
except ValueError as e:
    print(type(e).__name__, e)
print(rep())
dep2, _, rep2 = make_account(0)
dep2(1)
print(rep2(), rep())
def fib_gen_factory():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        a, b = b, a + b
        return a
    return nxt
f = fib_gen_factory()
print([f() for _ in range(10)])
print(f.__code__.co_freevars, [c.cell_contents for c in f.__closure__])
