samples = [4.0, 2.5, 0.0]
for s in samples:
    print("inverse of", s, "is", 1.0 / s)
