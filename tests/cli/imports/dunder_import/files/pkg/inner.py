mod = __import__("sub", globals(), locals(), ["X"], 1)
print("level 1:", mod.__name__)
