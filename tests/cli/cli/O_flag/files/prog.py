'''module doc'''
import sys, m
def f():
    '''function doc'''
print("optimize", sys.flags.optimize, "__debug__", __debug__)
print("doc", __doc__, "|", f.__doc__, "|", m.__doc__, "|", m.g.__doc__)
if __debug__:
    print("debug block runs")
try:
    assert False, "assertion ran"
    print("assert skipped")
except AssertionError as e:
    print("AssertionError", e)
print(m.check())
