import sys
for code in [0, 3, 42]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print("caught", e.code)
print("exiting with 3")
sys.exit(3)
print("not reached")
