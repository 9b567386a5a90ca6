def helper():
    counter = 0
    try:
        return countr
    except NameError as e:
        return str(e)
print("str(NameError) has no suggestion:", helper())
def greet(first_name, last_name):
    full = first_name + " " + last_name
    return "Hello " + ful

print(greet("Ada", "Lovelace"))
