# -*- coding: latin-1 -*-
# café in a comment
s = 'été'
été = s + 'naïve'
b = b'\xe9'
t = (été, s)
