def numbers():
    yield 1
    yield 2
    raise OverflowError("generator gave up")

for n in numbers():
    print("got", n)
