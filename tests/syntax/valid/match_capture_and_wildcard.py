match command:
    case name:
        print(name)

match command:
    case _:
        pass

match point:
    case (x, _):
        pass
    case [_, _, *_]:
        pass
