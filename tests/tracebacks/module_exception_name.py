class StorageError(Exception):
    pass


StorageError.__module__ = "app.storage"


class Outer:
    class Inner(Exception):
        pass


try:
    raise StorageError("disk full")
except StorageError:
    raise Outer.Inner("nested name")
