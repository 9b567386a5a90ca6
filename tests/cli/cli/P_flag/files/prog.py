import sys
print(sys.flags.safe_path)
try:
    import beside
except ImportError as e:
    print(type(e).__name__, e)
