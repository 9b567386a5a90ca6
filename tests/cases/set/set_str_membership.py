vowels = set("aeiou")
word = "encyclopedia"
print(sorted(c for c in word if c in vowels))
print(len(vowels), "a" in vowels, "y" in vowels)
seen = set()
unique = []
for w in "the cat and the dog and the bird".split():
    if w not in seen:
        seen.add(w)
        unique.append(w)
print(unique, len(seen))
print(sorted(set("mississippi")), sorted({"b", "a"} | {"c"}))
print({"x"} == {"x"}, frozenset("ab") == frozenset("ba"), sorted(frozenset("cab")))
letters = {c for c in "hello world" if c.isalpha()}
print(sorted(letters), len(letters))
print(sorted({"apple", "Banana", "cherry"}, key=str.lower))
