import a
try:
    print(a.X)
except AttributeError as e:
    print("AttributeError", e)
try:
    from a import X
except ImportError as e:
    print("ImportError", e)
