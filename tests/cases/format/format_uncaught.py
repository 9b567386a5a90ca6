rows = [("alpha", 1.5), ("beta", 22.25), ("gamma", "n/a")]
for name, value in rows:
    print(f"{name:>8}: {value:7.2f}")
