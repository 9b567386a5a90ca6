import sys
import near
print(sys.argv, __file__, sys.path[0], near.__file__)
