def f():
    return [x for x in range(2) if (a := x) for a in range(3)]
