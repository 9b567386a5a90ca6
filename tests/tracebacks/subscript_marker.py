data = {"a": 1}
value = data["missing"] * 2
