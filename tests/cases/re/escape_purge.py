# re.escape, the compile cache and purge, Scanner, module-level helpers
import re

for s in ('a.b', 'x*y+z?', '(1+2)=[3]', 'tab\there', 'new\nline', 'dollar$caret^',
          'a-b_c', '~&#', 'é ü', '\x00\x7f', ''):
    e = re.escape(s)
    print("escape", repr(s), repr(e), bool(re.fullmatch(e, s)))
print("escape bytes", re.escape(b'1.5*2'), re.escape(b'\x00\xff-'))
try:
    re.escape(5)
except TypeError as e:
    print("TypeError", e)
words = ['c++', 'a.b', 'x|y']
alt = re.compile('|'.join(map(re.escape, words)))
print("escaped alternation", alt.findall('use c++ or a.b, not x|y or axb'))
p1 = re.compile(r'cache\d')
p2 = re.compile(r'cache\d')
print("cache hit", p1 is p2)
re.purge()
p3 = re.compile(r'cache\d')
print("after purge", p1 is p3, p1 == p3)
print("flags in key", re.compile('k') is re.compile('k', re.I))
print("str vs bytes", re.compile('k') == re.compile(b'k'))
for i in range(600):
    re.compile('pattern%d' % i)
print("many compiled ok", re.match('pattern599', 'pattern599') is not None)
scanner = re.Scanner([
    (r'[0-9]+(?:\.[0-9]+)?', lambda s, t: ('NUM', float(t))),
    (r'[a-z_]\w*', lambda s, t: ('NAME', t)),
    (r'[-+*/=()]', lambda s, t: ('OP', t)),
    (r'\s+', None),
])
print("Scanner", scanner.scan('x = 3.5 * (y + 12)'))
print("Scanner rest", scanner.scan('a + $b'))
print("template flag", re.compile('a', re.T).flags & re.T)
print("functions", re.match('a', 'ab').span(), re.fullmatch('ab', 'ab').span(),
      re.search('b', 'ab').span(), re.sub('b', 'c', 'ab'), re.subn('b', 'c', 'abb'),
      re.split('b', 'abc'), re.findall('b', 'abb'), [m.span() for m in re.finditer('b', 'bab')])
print("flags positional", re.sub('A', 'x', 'aA', 0, re.I), re.split('A', 'aAa', 0, re.I))
