match n:
    case 1 + 1:
        pass
