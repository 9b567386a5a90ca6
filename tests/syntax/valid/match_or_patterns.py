match x:
    case 1 | 2 | 3:
        pass
    case "a" | "b":
        pass
    case [1, 2] | (3, 4):
        pass
    case {"k": 1 | 2}:
        pass
    case (1 | 2) as n:
        pass
    case None | True | False:
        pass
