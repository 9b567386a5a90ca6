"""Module docstring."""

def f():
    """Function docstring."""

def g():
    'single-quoted docstring'
    return 1

class C:
    """Class docstring.

    With several lines.
    """

    def m(self):
        r"""Raw docstring \d."""

    def n(self):
        b"""Bytes are not a docstring, but parse fine."""

    def o(self):
        f"""An f-string is not a docstring {self}."""
