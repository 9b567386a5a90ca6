def fail(a, b):
    raise KeyError(a)


value = fail("first",
             "second")
