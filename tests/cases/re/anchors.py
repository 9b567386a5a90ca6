# anchors: ^ $ \A \Z \b \B, MULTILINE, and how pos/endpos interact with them
import re

text = 'first line\nsecond line\nthird\n'
print("caret", re.findall(r'^\w+', text), re.findall(r'^\w+', text, re.M))
print("dollar", re.findall(r'\w+$', text), re.findall(r'\w+$', text, re.M))
print("dollar before final newline", re.search(r'd$', 'third\n'), re.search(r'd\Z', 'third\n'))
print("dollar multi newline", re.findall(r'$', 'a\n\n'), re.findall(r'(?m)$', 'a\n\n'))
print("A Z", re.findall(r'\A\w', 'ab\ncd', re.M), re.findall(r'\w\Z', 'ab\ncd', re.M))
print("caret empty", re.findall(r'(?m)^', 'a\nb\n'))
print("boundary", re.findall(r'\bcat\b', 'cat concat cat. bobcat cats'))
print("nonboundary", re.findall(r'\Bcat\B', 'cat concatenate'))
print("boundary empty", re.search(r'\b', ''), re.search(r'\B', ''))
print("boundary unicode", re.findall(r'\b\w+\b', 'naïve café'))
print("boundary ascii", re.findall(r'(?a)\b\w+\b', 'naïve café'))
print("underscore is word", re.findall(r'\b\w+\b', 'a_b c-d'))
p = re.compile(r'^a')
print("caret not at pos", p.search('ba', 1), p.match('ba', 1))
pm = re.compile(r'^a', re.M)
print("caret multiline pos", pm.search('b\na', 1), pm.search('ba', 1))
q = re.compile(r'a$')
print("dollar at endpos", q.search('aab', 0, 2), q.search('aab'))
print("Z at endpos", re.compile(r'a\Z').search('ab', 0, 1))
print("lookbehind before pos", re.compile(r'(?<=a)b').search('ab', 1))
print("boundary at pos", re.compile(r'\bb').search('ab', 1), re.compile(r'\Bb').search('ab', 1))
print("fullmatch anchors", re.fullmatch(r'^abc$', 'abc'), re.fullmatch(r'abc$', 'abc\n'))
print("anchored search", re.search(r'^x', 'ax'), re.search(r'\Ax', 'xa').span())
print("M flag repr", re.compile('^', re.M))
for pat in (r'^*', r'$+', r'\b?', r'\A{2}', r'x|\Z*'):
    try:
        re.compile(pat)
    except re.error as e:
        print("error", repr(pat), e)
print("lookaround repeat ok", re.match(r'(?=a)*a', 'a'))
