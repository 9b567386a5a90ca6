class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("acquire", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("release", self.name, "after", exc_type.__name__ if exc_type else "success")
        return False

with Resource("db") as r:
    print("using", r.name)
with Resource("cache"), Resource("lock"):
    print("nested work")
    raise ConnectionError("lost connection while holding lock")
