d = {}
x =	d["tab"]
