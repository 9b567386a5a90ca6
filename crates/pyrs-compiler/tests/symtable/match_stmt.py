match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=yy) | Point(x=yy, y=0):
        pass
    case {"key": value, **rest}:
        pass
    case [first, *others]:
        pass
    case Color.RED:
        pass
    case None | True:
        pass
    case (1 | 2) as num if num > guard_value:
        pass
    case _:
        pass

def in_function(p):
    match p:
        case {"a": captured}:
            return captured
        case [*_]:
            return None
