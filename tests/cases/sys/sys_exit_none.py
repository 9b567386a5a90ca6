import sys
for code in [None, 0, False]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print("code", repr(e.code), "status would be", 0 if not e.code else e.code)
print("exit with None is status 0")
sys.exit()
