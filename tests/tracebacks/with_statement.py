class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise OSError("exit failed")


with Ctx():
    print("inside")
