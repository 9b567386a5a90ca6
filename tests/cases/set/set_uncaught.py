tags = {"red", "green"}
tags.add("blue")
tags.discard("yellow")
print(len(tags), sorted(tags))
tags.remove("purple")
