for name in ["lenght", "lne", "length"]:
    try:
        eval(name)
    except NameError as e:
        print(name, "->", e)
values = [3, 1, 2]
print(sorted(values))
print(lenght(values))
