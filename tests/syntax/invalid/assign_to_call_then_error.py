def area(width, height):
    area() = width height
