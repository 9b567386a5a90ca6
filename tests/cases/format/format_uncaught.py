for value, spec in [(1.5, ".2f"), (42, "x"), ("s", ">4"), (1.5, "d"), ("s", "f"), (42, "s"), (None, "d")]:
    try:
        print(repr(value), repr(spec), repr(format(value, spec)))
    except (ValueError, TypeError) as e:
        print(repr(value), repr(spec), type(e).__name__, e)
rows = [("alpha", 1.5), ("beta", 22.25), ("gamma", "n/a")]
for name, value in rows:
    print(f"{name:>8}: {value:7.2f}")
