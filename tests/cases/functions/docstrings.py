"""Module docstring for the test."""

def documented():
    """First line.

    More detail here.
    """

def not_first():
    x = 1
    "not a docstring"

class Documented:
    """Class doc."""
    def method(self):
        "Method doc."

print(repr(__doc__))
print(repr(documented.__doc__))
print(not_first.__doc__)
print(Documented.__doc__, Documented.method.__doc__, Documented().method.__doc__)
class NoDoc:
    pass
print(NoDoc.__doc__, (lambda: 0).__doc__)
def fstring_doc():
    f"""not a docstring {1}"""
print(fstring_doc.__doc__)
def bytes_doc():
    b"""bytes are not docstrings"""
print(bytes_doc.__doc__)
print(int.__doc__.splitlines()[0], len.__doc__ is not None)
