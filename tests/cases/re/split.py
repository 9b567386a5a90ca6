# split: separators, groups, maxsplit, empty matches
import re

print("simple", re.split(r',\s*', 'a, b,c,   d'))
print("groups", re.split(r'(,)', 'a,b,c'))
print("opt group", re.split(r'(\W)?', 'a b,c'))
print("two groups", re.split(r'(x)|(y)', 'axbyc'))
print("maxsplit", re.split(r',', 'a,b,c,d', maxsplit=2), re.split(r',', 'a,b,c', 1))
print("maxsplit groups", re.split(r'(x)|(y)', 'axbyc', maxsplit=1))
print("negative maxsplit", re.split(r',', 'a,b', maxsplit=-1))
print("empty pattern", re.split(r'', 'abc'))
print("empty allowed", re.split(r'x*', 'axbc'))
print("boundaries", re.split(r'\b', 'hi there'))
print("leading trailing", re.split(r',', ',a,'), re.split(r'\s+', '  a b  '))
print("no match", re.split(r'x', 'abc'))
print("whole", re.split(r'.*', 'abc'))
print("lookahead", re.split(r'(?=[A-Z])', 'helloWorldFooBar'))
print("bytes", re.split(rb'[;,]', b'a;b,c'), re.split(rb'(;)', bytearray(b'x;y')))
print("compiled", re.compile(r'\d').split('a1b2c', 1))
print("flags", re.split(r'x', 'aXbxc', flags=re.I))
print("lines", re.split(r'\r?\n', 'l1\r\nl2\nl3'))
print("keep delims", [x for x in re.split(r'([+\-*/])', '1+2*3-4') if x])
try:
    re.split(r'a', 5)
except TypeError as e:
    print("TypeError", e)
try:
    re.split(r'a', 'a', 'x')
except TypeError as e:
    print("TypeError", e)
