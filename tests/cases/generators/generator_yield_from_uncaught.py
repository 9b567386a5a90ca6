def inner():
    yield "a"
    yield "b"
    raise LookupError("inner gave up")

def outer():
    yield "start"
    yield from inner()
    yield "never"

for item in outer():
    print(item)
