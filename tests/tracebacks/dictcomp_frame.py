keys = ["x", "y"]
mapping = {k: int(k) for k in keys}
