import sys
print(sys.argv)
print(__name__)
if __name__ == "__main__":
    print("running as main")
main_mod = sys.modules["__main__"]
print(main_mod.__name__, hasattr(main_mod, "sys"), main_mod.__dict__ is globals())
print(type(sys.argv).__name__, isinstance(sys.argv[0], str))
sys.argv.append("extra")
print(len(sys.argv))
print(sys.orig_argv[-1] == "argv_and_main.py", sys.executable != "", sys.prefix != "")
