match seq:
    case []:
        pass
    case ():
        pass
    case [a]:
        pass
    case (a,):
        pass
    case [a, b]:
        pass
    case (a, b, c):
        pass
    case a, b:
        pass
    case a, *rest:
        pass
    case [first, *_, last]:
        pass
    case (*init, last):
        pass
    case [*_]:
        pass
    case [1, "two", None, *others]:
        pass
    case *a, b:
        pass
    case [a, b,]:
        pass
