import sys
for code in [True, False, 1, 0]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(code), "->", repr(e.code), int(e.code))
print("exit(True) is status 1")
sys.exit(True)
