words = ["a", "bb", None]
total = sum(len(w) for w in words)
