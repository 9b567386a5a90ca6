def outer():
    def inner():
        return {}["k"]
    return inner()


def main():
    outer()


main()
