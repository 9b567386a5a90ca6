def gen():
    yield 1
    yield 2
    raise RuntimeError("generator failed")


for item in gen():
    print(item)
