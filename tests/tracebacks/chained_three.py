try:
    try:
        [][0]
    except IndexError:
        {}["a"]
except KeyError as e:
    raise TypeError("last") from e
