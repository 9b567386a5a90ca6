import sys
print("exit(256) wraps to 0 in the OS")
sys.exit(256 + 7)
