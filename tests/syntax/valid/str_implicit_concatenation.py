a = 'a' 'b'
b = 'a' "b" '''c''' """d"""
c = ('first line '
     'second line '
     "third line")
d = 'x' \
    'y'
e = b'a' b'b' rb'c'
f = u'a' 'b'
g = 'a' u'b'
h = r'\n' '\n'
i = ''''''  ''
