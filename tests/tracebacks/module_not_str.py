class Strange(Exception):
    pass


Strange.__module__ = None
raise Strange("where from?")
