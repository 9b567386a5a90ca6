try:
    try:
        raise ValueError("base message")
    except ValueError as e:
        e.add_note("first note")
        e.add_note("second note")
        raise
except ValueError as e:
    print(e, e.__notes__)
e = KeyError("k")
print(hasattr(e, "__notes__"))
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)
e.__notes__ = ["replaced"]
e.add_note("appended")
print(e.__notes__)
e2 = Exception()
e2.__notes__ = "not a list"
try:
    e2.add_note("x")
except TypeError as err:
    print(type(err).__name__, err)
