def deco(func):
    def wrapper(*args):
        return func(*args) + 1
    return wrapper


@deco
def compute(x):
    return x / 2


compute(None)
