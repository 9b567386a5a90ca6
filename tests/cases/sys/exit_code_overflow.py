import sys
for code in [0, 1, 255, 256, 257, -1]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print("would exit with", e.code, "-> OS status", e.code % 256)
print("exit(256) wraps to 0 in the OS")
sys.exit(256 + 7)
