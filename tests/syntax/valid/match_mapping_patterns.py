match obj:
    case {}:
        pass
    case {"key": value}:
        pass
    case {"a": 1, "b": [x, y]}:
        pass
    case {1: _, 2.5: _, None: _, True: _}:
        pass
    case {Const.KEY: v}:
        pass
    case {"x": x, **rest}:
        pass
    case {**rest}:
        pass
    case {-1: neg, 1+2j: z, b"b": bb}:
        pass
    case {"k": v,}:
        pass
