with a:
    pass
with a as b, c as (d, e):
    f(b)

def g():
    with lock:
        return value()
