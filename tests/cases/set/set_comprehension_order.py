squares = {n * n for n in range(-5, 6)}
print(squares)
mods = {n % 7 for n in range(100, 0, -9)}
print(mods)
words_len = {len(w) for w in ["a", "bb", "ccc", "dd", "e"]}
print(words_len)
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(pairs)
neg = {-n for n in range(6)}
print(neg)
big = {2 ** k for k in range(0, 70, 7)}
print(big)
floats = {x / 4 for x in range(8)}
print(floats)
bools = {x > 2 for x in range(5)}
print(bools)
mixed = {1, 1.0, True, 2, 2.0}
print(mixed, len(mixed))
