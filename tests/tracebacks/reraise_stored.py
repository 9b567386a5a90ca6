def first():
    raise ValueError("stored")


try:
    first()
except ValueError as e:
    saved = e


def later():
    raise saved


later()
