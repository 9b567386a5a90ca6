'''doc'''
print(__doc__)
