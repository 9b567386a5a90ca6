def f():
    [(a := 1) for _ in range(2) for a in range(3)]
