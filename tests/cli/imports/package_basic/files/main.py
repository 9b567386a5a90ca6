import sys
import pkg.mod
print("pkg.VALUE", pkg.VALUE)
print("pkg.mod.f()", pkg.mod.f())
print("pkg has mod", hasattr(pkg, "mod"))
import pkg.mod
import pkg
print("cached", pkg.mod is sys.modules["pkg.mod"], pkg is sys.modules["pkg"])
print("mod" in dir(pkg), "VALUE" in dir(pkg))
