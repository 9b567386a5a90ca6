# bytes patterns and bytes-like subjects
import re

p = re.compile(rb'(\w+)=(\d+)')
m = p.search(b'x key=42 y')
print("search", m, m.groups(), m.span(2))
print("bytearray", p.search(bytearray(b'a=1')).group(0, 1))
print("memoryview", p.search(memoryview(b'b=2')).groups())
print("findall", p.findall(b'a=1 b=22'), re.findall(rb'.', b'a\x00\xff'))
print("sub", p.sub(rb'\2:\1', b'a=1, b=2'), p.sub(lambda m: m.group(1).upper(), b'x=1'))
print("split", re.split(rb'\s*;\s*', b'a ; b;c'))
print("high bytes", re.findall(rb'[\x80-\xff]+', b'ab\x80\x90cd\xff'))
print("escape", re.escape(b'a.b*c\x00\xff'), re.escape(bytearray(b'(x)')))
print("dot newline", re.findall(rb'.', b'a\nb'), re.findall(rb'(?s).', b'a\nb'))
print("class escapes", re.findall(rb'[\d\s]+', b'a1 2\tb'))
print("flags", re.compile(rb'a').flags, re.compile(rb'(?i)a').flags, re.compile(rb'a', re.A).flags)
print("repr", re.compile(rb'a\n'), re.compile(rb"it's", re.I))
print("match repr", re.match(rb'a.', b'a\x00'))
print("groupdict", re.match(rb'(?P<k>\w)', b'z').groupdict())
print("expand", re.match(rb'(a)(b)', b'ab').expand(rb'\2\1\g<0>'))
print("backref", re.match(rb'(a)\1', b'aa'))
print("lookbehind", re.findall(rb'(?<=\$)\d+', b'$12 $3'))
print("empty", re.findall(rb'', b'ab'))
print("bytes named char", end=" ")
try:
    re.compile(rb'\N{DIGIT ONE}')
except re.error as e:
    print(e)
for subject in ('text', 5, ['x']):
    try:
        p.search(subject)
    except TypeError as e:
        print("TypeError", e)
try:
    re.compile('abc').search(b'abc')
except TypeError as e:
    print("TypeError", e)
try:
    p.sub('x', b'a=1')
except TypeError as e:
    print("TypeError", e)
