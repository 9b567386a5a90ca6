it = iter("xy")
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration caught", repr(e), e.value)
gen = (c for c in "a")
print(next(gen), next(gen, None))
words = iter(["alpha", "beta"])
print(next(words))
print(next(words))
print(next(words))
