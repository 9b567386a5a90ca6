# flags: I M S X A U, inline and scoped flags, RegexFlag values and reprs
import re

print("values", int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.L))
print("reprs", repr(re.I), repr(re.I | re.M), repr(re.NOFLAG), str(re.S))
print("invert", repr(~re.I))
print("combined type", type(re.I | re.M).__name__, isinstance(re.I, int), re.I == 2)
print("aliases", re.IGNORECASE is re.I, re.DOTALL is re.S, re.RegexFlag.VERBOSE is re.X)
print("int ops", re.I | 8 == re.I | re.M, re.I & re.M, (re.I | re.M) & re.M)
print("pattern flags", re.compile('a').flags, re.compile(b'a').flags, re.compile('a', re.I).flags)
print("inline flags value", re.compile('(?im)a').flags, re.compile('(?a)a').flags, re.compile(b'(?L)a').flags)
print("repr with flags", re.compile('a', re.I | re.S), re.compile('(?x)a b'), re.compile(b'a', re.I))
print("repr ascii", re.compile('a', re.A), re.compile('a', re.U))
print("I", re.findall(r'abc', 'ABC abc AbC', re.I))
print("I inline", re.findall(r'(?i)abc', 'ABC abc'))
print("I scoped", re.findall(r'a(?i:b)c', 'abc aBc ABC abC'))
print("I off", re.findall(r'(?i)a(?-i:b)c', 'abc ABC AbC aBc'))
print("M", re.findall(r'^x', 'x\nx', re.M), re.findall(r'(?m)^x', 'x\nx'))
print("S", re.match(r'a.b', 'a\nb', re.S), re.match(r'(?s:a.)b', 'a\nb'))
print("S off", re.match(r'(?s)a(?-s:.)b', 'a\nb'))
verbose = re.compile(r'''
    (\d{3})   # area
    [-\s]?    # separator
    (\d{4})   # number
''', re.X)
print("X", verbose.match('555-1234').groups(), verbose.match('555 1234').groups())
print("X class space", re.findall(r'(?x)[ ]+ a', '  a'))
print("X escaped space", re.match(r'(?x)a\ b', 'a b'))
print("X quantifier", re.match(r'(?x)a {2}', 'aa'), re.match(r'(?x)a +', 'aaa'))
print("A", re.findall(r'\w+', 'éa', re.A), re.findall(r'(?a:\w)+', 'éa'))
print("U scoped in A", re.findall(r'(?u:\w)+', 'éa', re.A))
print("A I", re.findall(r'k', 'kK\u212a', re.A | re.I), re.findall(r'k', 'kK\u212a', re.I))
print("global at start", re.compile(r'(?x) (?i)a').flags)
print("global alt", re.compile(r'(?i)|a').flags)
print("flags arg int", re.compile('a', 2) == re.compile('a', re.I))
for pat, fl in (('a(?i)', 0), ('(?i', 0), ('(?z)', 0), ('(?iz)', 0), ('(?-i)', 0),
                ('(?i-:a)', 0), ('(?i-i:a)', 0), ('(?au)', 0), ('(?L)', 0), ('(?-a:x)', 0),
                ((b'(?u)x'), 0), ('((?i)a)', 0), ('(?i:a)(?m)', 0)):
    try:
        re.compile(pat, fl)
    except re.error as e:
        print("error", repr(pat), e)
for pat, fl in (('a', re.L), ('a', re.A | re.U), (b'a', re.U), (b'a', re.A | re.L),
                ('(?a)a', re.U), (re.compile('a'), re.I)):
    try:
        re.compile(pat, fl)
    except ValueError as e:
        print("ValueError", e)
