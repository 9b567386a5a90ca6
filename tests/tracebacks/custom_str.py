class Custom(Exception):
    def __str__(self):
        return "custom text"


def go():
    raise Custom(1, 2)


go()
