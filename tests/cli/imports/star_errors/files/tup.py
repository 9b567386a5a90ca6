__all__ = ('x',)
x = 'from tuple'
