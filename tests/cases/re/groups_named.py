# named groups, back-references, groupdict, lastgroup, regs
import re

p = re.compile(r'(?P<first>\w+)\s+(?P<last>\w+)(?:\s+(?P<extra>\w+))?')
m = p.match('Jane Doe')
print("groupdict", m.groupdict(), m.groupdict('?'))
print("by name", m.group('first'), m['last'], m.span('first'), m.start('last'))
print("unmatched", m.group('extra'), m.span('extra'), m.start('extra'), m.end('extra'))
print("groupindex", p.groupindex, p.groups)
print("lastgroup", m.lastgroup, m.lastindex)
print("regs", m.regs)
print("lastgroup unnamed", re.match(r'(?P<a>a)(b)', 'ab').lastgroup)
print("named backref", re.match(r'(?P<q>["\']).*?(?P=q)', '"it\'s" rest').group())
print("numbered backref", re.findall(r'(\w)\1', 'aabbcdde'))
print("backref two digits", re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj').group(10))
print("backref unmatched", re.match(r'(a)?b\1', 'b'))
print("backref icase", re.match(r'(?i)(ab)\1', 'abAB').group())
print("repeat capture last", re.match(r'(\w)+', 'abc').group(1))
print("alt captures", re.match(r'(?:(a)|(b))+', 'ab').groups())
print("nested repeat", re.match(r'((a)|b)+', 'abab').groups())
print("empty alt", re.match(r'(a|)+', 'aa').groups())
m = re.match(r'(a)(b)(c)', 'abc')
for g in (3, -1, 4, 'x', 1.5, True):
    try:
        print("group", repr(g), m.group(g))
    except IndexError as e:
        print("IndexError", repr(g), e)
for name, call in (("start", lambda: m.start(9)), ("span", lambda: m.span('n')),
                   ("getitem", lambda: m[7]), ("end", lambda: m.end(-2))):
    try:
        call()
    except IndexError as e:
        print(name, "IndexError", e)
print("groups default", re.match(r'(a)(b)?(c)?', 'a').groups(0))
print("many", re.match(r'(?P<x>1)(?P<y>2)(?P<z>3)?', '12').group('y', 'x', 'z', 0))
for pat in (r'(?P<a>x)(?P<a>y)', r'(?P=nope)', r'(?P<1x>a)', r'(?P<>a)', r'\3(a)', r'(a\1)',
            r'(?P<a>b)(?P=a', r'(?P', r'(?P>x)', r'(?<=(a)\1)'):
    try:
        re.compile(pat)
    except re.error as e:
        print("error", repr(pat), e)
