assert x
assert x, "message"
assert isinstance(x, int), f"got {x!r}"
assert (x, y)
assert not x or y, ("long", "tuple")
