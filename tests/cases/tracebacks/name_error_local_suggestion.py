def greet(first_name, last_name):
    full = first_name + " " + last_name
    return "Hello " + ful

print(greet("Ada", "Lovelace"))
