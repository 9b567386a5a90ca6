try:
    raise ExceptionGroup("first", [ValueError("v")])
except ExceptionGroup as e:
    try:
        raise TypeError("member") from e
    except TypeError as t:
        m = t
raise ExceptionGroup("second", [m])
