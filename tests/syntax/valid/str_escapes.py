a = '\n\t\r\\\'\"'
b = '\a\b\f\v'
c = '\0 \00 \000 \7 \101 \377'
d = '\x00\x41\xff\xFf'
e = '\u0041\u00e9\u20AC\uffff'
f = '\U00000041\U0001F600\U0010FFFF'
g = "it's"
h = 'say "hi"'
i = 'line one\
 continued'
j = '\
'
k = b'\x00\xff\n\t\\\'\0\101'
l = '\''
m = "\""
