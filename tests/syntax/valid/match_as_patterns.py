match x:
    case [a, b] as pair:
        pass
    case 1 | 2 as small:
        pass
    case (Point(x=0) as p):
        pass
    case {"k": (v as value)}:
        pass
    case _ as anything:
        pass
