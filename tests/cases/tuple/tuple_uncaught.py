for seq in [(1,), (1, 2), (1, 2, 3)]:
    try:
        a, b = seq
        print(seq, "unpacked", a, b)
    except ValueError as e:
        print(seq, type(e).__name__, e)
first, *rest = (1, 2, 3)
print(first, rest)
settings = ("debug", 1, True)
mode, level, verbose = settings
print(mode, level, verbose)
mode, level = settings
