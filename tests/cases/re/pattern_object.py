# Pattern objects: attributes, repr, equality, copying, the types
import re, copy

p = re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)', re.I)
print("attrs", p.pattern, p.flags, p.groups, p.groupindex)
print("groupindex type", type(p.groupindex).__name__, dict(p.groupindex))
print("repr", repr(p), repr(re.compile('')), repr(re.compile('a' * 250))[-20:])
print("repr quotes", re.compile("it's"), re.compile('say "hi"'), re.compile('\n'))
print("repr many flags", re.compile('a', re.I | re.M | re.S | re.X))
print("repr odd flag", re.compile('a', 1 << 12))
print("eq", re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I),
      re.compile('a') == re.compile(b'a'), re.compile('a') != re.compile('b'))
print("eq after purge", end=" ")
a = re.compile('xyz+')
re.purge()
b = re.compile('xyz+')
print(a == b, hash(a) == hash(b))
print("cached", re.compile('qq') is re.compile('qq'))
print("compile compiled", re.compile(p) is p)
print("copy", copy.copy(p) is p, copy.deepcopy(p) is p)
print("types", type(p) is re.Pattern, type(p.match('2024-01')) is re.Match)
print("type names", re.Pattern.__name__, re.Match.__name__, re.Pattern.__module__)
for make in (lambda: re.Pattern(), lambda: re.Match()):
    try:
        make()
    except TypeError as e:
        print("TypeError", e)
try:
    p.pattern = 'x'
except AttributeError as e:
    print("AttributeError", e)
print("isinstance", isinstance(p, re.Pattern), isinstance('x', re.Pattern))
print("dict key", {re.compile('k'): 1}[re.compile('k')])
print("methods", p.search('on 2024-05-06').groupdict(), p.sub(r'\g<month>/\g<year>', '1999-12'))
print("split", p.split('a2020-01b1999-02c'))
print("findall", p.findall('2020-01 and 1999-02'))
print("scanner", [m.group() for m in iter(p.scanner('2020-01 1999-02').search, None)])
print("all exports", sorted(n for n in re.__all__ if n[0].islower()))
print("flag names", [n for n in re.__all__ if n.isupper()])
