match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0) | Point(1, 2):
        print("Origin")
    case {"x": 1, **rest}:
        pass
    case [1, *others, 2] if others:
        pass
    case "a" | "b" as ab:
        pass
    case None:
        pass
    case _:
        pass
