class Turtle:
    def reset(self):
        self.pensize(10) =
        self.color = (0, 0, 0)
