class Weird(Exception):
    def __str__(self):
        return "weird: " + ", ".join(map(str, self.args))

print("raising")
raise Weird(1, "two", 3.0)
