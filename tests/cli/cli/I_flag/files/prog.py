import sys, os
f = sys.flags
print(f.isolated, f.ignore_environment, f.no_user_site, f.safe_path)
print(os.getcwd() in sys.path, "" in sys.path, sys.argv)
for name in ("beside", "hidden"):
    try:
        __import__(name)
        print(name, "imported")
    except ImportError as e:
        print(type(e).__name__, e)
