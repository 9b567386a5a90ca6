def configure(*, name, size):
    return name + size


configure(size=3, name="x")
