a = r'\n'
b = r'\''
c = r"\""
d = r'\\'
e = r'C:\path\to\file'
f = r'''\d+
\w'''
g = rb'\x00'
h = r'\N{EM DASH}'
i = r'\u1234'
j = r'a\
b'
