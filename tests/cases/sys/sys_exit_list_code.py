import sys
print("exit with a non-int, non-None code prints its str and exits 1")
sys.exit([1, 2])
