class Rectangle:
    def __init__(self, width, height):
        self.width = width
        self.height = height
    def area(self):
        return self.width * self.height

shapes = [Rectangle(2, 3), Rectangle(4, 5)]
print([s.area() for s in shapes])
shapes.append(Rectangle(7))
