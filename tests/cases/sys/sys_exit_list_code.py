import sys
for code in [[1, 2], {"k": 1}, 2.5, "text"]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print(type(e.code).__name__, repr(e.code), str(e))
print("exit with a non-int, non-None code prints its str and exits 1")
sys.exit([1, 2])
