def fail(x):
    return int(x)


result = fail("abc") + 1
