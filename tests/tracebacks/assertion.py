def check(items):
    assert len(items) > 3, "too few items"


check([1, 2])
