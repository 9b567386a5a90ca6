if any((hit := v) > 3 for v in range(10)):
    print(hit)

def f():
    [(y := i) for i in range(3)]
    return y

def g():
    global gg
    [(gg := i) for i in range(3)]

def h():
    [[(deep := j) for j in range(i)] for i in range(3)]
    return deep

def k():
    lam = lambda: [(kk := 1) for _ in range(2)]
    return lam

total = 0
values = [total := total + v for v in range(5)]
(top_level := 5)

def m():
    (plain := 1)
    return plain
