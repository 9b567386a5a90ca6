import sys
print(sys.version_info[:2] == (3, 11), sys.version_info.major, sys.version_info.minor, type(sys.version_info).__name__)
print(sys.version.startswith("3.11"), sys.implementation.name in ("cpython", "pyrs"))
print(sys.maxsize == 2 ** 63 - 1, sys.maxunicode, sys.byteorder, sys.platform.startswith("linux"))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(type(e).__name__, e)
print(len(sys.argv), sys.argv[0])
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print("sys" in sys.modules, "builtins" in sys.modules, type(sys.modules).__name__, sys.modules["__main__"].__name__)
print(sys.flags.isolated, sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1))
print(sys.float_info.max == 1.7976931348623157e308, sys.int_info.bits_per_digit in (15, 30))
print(callable(sys.exit), callable(sys.getsizeof), sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.hash_info.width, sys.float_repr_style, sys.dont_write_bytecode in (True, False))
