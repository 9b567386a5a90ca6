match d:
    case {**rest, 'k': v}:
        pass
