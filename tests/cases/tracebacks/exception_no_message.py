class Abort(Exception):
    pass

def step(n):
    if n == 3:
        raise Abort
    return n * 2

for i in range(5):
    print("step", step(i))
