def f(p):
    match p:
        case (0, y) | (y, 0):
            return y
        case {"k": v}:
            return v
        case int(n) if n > 0:
            return n
        case str() | bytes():
            return 0
        case [*_]:
            return 1
