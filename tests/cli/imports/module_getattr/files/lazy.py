import sys
EAGER = 1
def __getattr__(name):
    if name == "computed":
        print("computing", name)
        return 42
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ["EAGER", "computed"]
