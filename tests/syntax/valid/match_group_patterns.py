match x:
    case (1):
        pass
    case ((a)):
        pass
    case (([a, b])):
        pass
    case ((1 | 2)):
        pass
