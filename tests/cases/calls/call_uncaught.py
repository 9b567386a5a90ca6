def area(width, height, *, unit="cm"):
    return f"{width * height} {unit}^2"

print(area(2, 3))
print(area(2, 3, unit="m"))
print(area(height=4, width=5))
area(2, 3, "m")
