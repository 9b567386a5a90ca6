for name in ["pirnt", "lenn", "sorte", "rnage", "Ture", "Nonee"]:
    try:
        eval(name)
    except NameError as e:
        print(name, "->", e)
words = ["b", "a"]
print(sorted(words))
pirnt(words)
