def f():
    return [i := 0 for i in range(5)]
