import sys
print("exit with None is status 0")
sys.exit()
