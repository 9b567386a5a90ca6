def fail(a, b):
    raise KeyError(a)


fail(
    "first",
    "second",
)
