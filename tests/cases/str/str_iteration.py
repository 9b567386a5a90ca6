text = "hello, world"
freq = {}
for ch in text:
    freq[ch] = freq.get(ch, 0) + 1
print(freq)
print([(i, c) for i, c in enumerate("abc")])
print(list(zip("abc", "xy")), list(map(str.upper, "ab")), list(filter(str.isalpha, "a1b2")))
it = iter("xyz")
print(next(it), next(it), next(it), next(it, "done"))
print(list(reversed("stressed")), "".join(sorted("python")))
vowels = sum(1 for c in "programming language" if c in "aeiou")
print("vowels", vowels)
print(any(c.isupper() for c in "abC"), all(c.islower() for c in "abc"))
words = "one two three two one".split()
seen = []
for w in words:
    if w not in seen:
        seen.append(w)
print(seen)
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, xyz!")
print(caesar)
print(list(map(ord, "AZaz09")), "".join(map(chr, range(65, 75))))
print(len(text.encode()), text.title().swapcase())
rows = ["name,age", "ann,30", "bob,25"]
header, *data = [r.split(",") for r in rows]
print(header, data, [dict(zip(header, d)) for d in data])
