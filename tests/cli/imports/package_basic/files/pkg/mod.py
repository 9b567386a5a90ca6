print("executing pkg/mod", __name__)
def f():
    return "pkg.mod.f"
