import sys
import first
sys.dont_write_bytecode = True
import second
sys.dont_write_bytecode = False
import third
