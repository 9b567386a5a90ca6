def f():
    return None.upper()  # comment here
f()
