import sys
def main():
    print('main called', sys.argv[1:])
