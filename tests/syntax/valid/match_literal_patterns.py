match x:
    case 0:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case -2.5e3:
        pass
    case 1j:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case 0x1F:
        pass
    case "text":
        pass
    case 'a' 'b':
        pass
    case b"bytes":
        pass
    case r"raw\d":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
