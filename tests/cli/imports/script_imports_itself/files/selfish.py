import sys
print("running as", __name__)
import selfish
print(__name__, "sees", selfish.__name__, selfish is sys.modules["__main__"])
