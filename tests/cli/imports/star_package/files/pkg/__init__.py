__all__ = ['sub1', 'sub2', 'VALUE']
VALUE = 'v'
print('pkg init')
