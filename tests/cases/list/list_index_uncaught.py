colors = ["red", "green", "blue"]
print(colors.index("green"))
print(colors.index("purple"))
