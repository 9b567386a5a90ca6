def check(x):
    if x < 0:
        raise ValueError("negative")


try:
    check(-1)
except ValueError:
    raise
