def make_greeter():
    def greet(name):
        return f"{greeting}, {name}!"
    result = greet("world")
    greeting = "Hello"
    return result

print(make_greeter())
