def read(key):
    try:
        handle = open(key)
    except OSError:
        return None
    = {}
