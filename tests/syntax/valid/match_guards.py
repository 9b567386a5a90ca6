match point:
    case (x, y) if x == y:
        pass
    case (x, y) if (x > 0 and
                    y > 0):
        pass
    case Point(x=x) if (n := x) > 1:
        pass
    case _ if cond:
        pass
