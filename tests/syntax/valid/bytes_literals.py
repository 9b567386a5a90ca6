a = b''
b = b'abc'
c = b"\x00\x01\xfe\xff"
d = b'\n\r\t\\'
e = b'''multi
line'''
f = b'a' b'b'
g = b'%s' % x
h = b'\101\0\777'
i = rb'\d' b'\d'
j = b'\u1234'
