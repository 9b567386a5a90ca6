__all__ = ["a", "_hidden", "b"]
a = 1
b = 2
c = 3
_hidden = 4
_other = 5
