def evaluate(expr, env):
    match expr:
        case ("num", int(n)) | ("num", float(n)):
            return n
        case ("var", str(name)) if name in env:
            return env[name]
        case ("add", left, right):
            return evaluate(left, env) + evaluate(right, env)
        case ("call", {"fn": fn, "args": [*args]}):
            match fn:
                case "max":
                    return max(args)
                case _:
                    raise ValueError(fn)
        case {"op": op, **others} if not others:
            return op
        case [Point(x=0, y=0) as origin, *_]:
            return origin
        case _:
            raise SyntaxError(expr)
