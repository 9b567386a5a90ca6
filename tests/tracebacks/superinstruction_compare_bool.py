class Weird:
    def __bool__(self):
        raise ValueError("no truth here")


class Cmp:
    def __lt__(self, other):
        return Weird()


a = Cmp()
b = Cmp()
if a < b:
    print("never")
