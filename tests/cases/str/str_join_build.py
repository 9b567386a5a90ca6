parts = []
for i in range(5):
    parts.append(f"[{i}]")
print("".join(parts), "-".join(parts[::2]))
s = ""
for ch in "abc":
    s = ch + s + ch
print(s)
table = [["id", "name", "score"], [1, "ann", 9.5], [22, "bob", 10.25], [333, "cy", 7.0]]
widths = [max(len(str(row[i])) for row in table) for i in range(3)]
for row in table:
    print(" | ".join(str(v).ljust(w) for v, w in zip(row, widths)))
print("\n".join(f"{i}: {'*' * i}" for i in range(1, 5)))
csv = "\n".join(",".join(map(str, row)) for row in table)
print(csv)
print([line.split(",") for line in csv.splitlines()][-1])
acc = []
for word in "the quick brown fox".split():
    acc.append(word[0].upper() + word[1:])
print(" ".join(acc), "".join(w[0] for w in acc))
print(str.join(", ", map(repr, ["a", 1, None])))
print("%s=%r" % ("key", "value"), "{0}{1}{0}".format("ab", "cd"), f"{'nested'!r:>12}")
