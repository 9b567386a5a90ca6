# Windows line endings throughout.
import os

def f(a,
      b):
    if a:
        return b
    total = a + \
        b
    return total

text = '''first
second'''
raw = r'''a\
b'''
class C:
    pass
