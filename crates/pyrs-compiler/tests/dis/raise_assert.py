def f():
    raise
raise ValueError
raise ValueError("x") from None
assert x
assert x, "message"
