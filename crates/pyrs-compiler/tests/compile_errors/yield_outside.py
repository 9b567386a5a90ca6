x = (yield 1)
