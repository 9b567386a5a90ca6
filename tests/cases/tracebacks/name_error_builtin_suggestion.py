words = ["b", "a"]
print(sorted(words))
pirnt(words)
