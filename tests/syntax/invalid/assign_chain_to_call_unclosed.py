names = []
first = names.pop() = [
    "a", "b"
