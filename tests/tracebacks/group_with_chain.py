def make():
    try:
        raise KeyError("inner cause")
    except KeyError:
        raise ValueError("with context")


try:
    make()
except ValueError as e:
    err = e
try:
    raise OSError("cause of group")
except OSError as cause:
    raise ExceptionGroup("chained members", [err, TypeError("plain")]) from cause
