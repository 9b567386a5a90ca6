e = TypeError("odd notes")
e.__notes__ = 42
raise e
