class StorageError(Exception):
    pass

def read_config(store, key):
    try:
        return store[key]
    except KeyError as e:
        raise StorageError(f"missing key {key}") from e

store = {"a": 1}
print(read_config(store, "a"))
read_config(store, "b")
