def f():
    global counter: int
