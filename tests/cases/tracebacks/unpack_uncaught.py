pairs = [("a", 1), ("b", 2), ("c",)]
for key, value in pairs:
    print(key, value)
