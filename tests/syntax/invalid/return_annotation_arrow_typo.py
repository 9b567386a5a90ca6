def f() => int:
    pass
