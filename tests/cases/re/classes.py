# character classes: ranges, negation, escapes inside classes, categories
import re

def show(label, pat, text):
    print(label, repr(pat), re.findall(pat, text))

show("range", r'[a-c]+', 'abcdcba xyz')
show("negated", r'[^a-c ]+', 'abcdcba xyz')
show("multi range", r'[a-fA-F0-9]+', 'deadBEEF 123 xyz')
show("dash first", r'[-a]+', 'a-b--a')
show("dash last", r'[a-]+', 'a-b--a')
show("bracket first", r'[]a]+', 'a]b]]')
show("negated bracket", r'[^]a]+', 'a]bc]')
show("caret not first", r'[a^]+', 'a^b^^')
show("escaped", r'[\]\\\-]+', 'a]\\-b')
show("digit class", r'[\d.]+', 'v1.25, 3.0')
show("word class", r'[\w-]+', 'foo-bar baz_9 !')
show("space class", r'[\s,]+', 'a, b\t,c')
show("not digit", r'[\D]+', 'ab12cd')
show("not space in class", r'[\S]+', 'a b')
show("backspace", r'[\b]', 'a\bb')
show("octal in class", r'[\101\1]+', 'AA\x01B')
show("hex in class", r'[\x41-\x43]+', 'ABCD')
show("unicode range", r'[α-ω]+', 'abc αβγ δ')
show("special chars", r'[.*+?(){}|$^]+', 'a.*+?(){}|$^b')
show("d", r'\d+', 'a1٣4b')
show("D", r'\D+', 'a1٣4b')
show("w", r'\w+', 'héllo wörld_1 !')
show("W", r'\W+', 'a, b!c')
show("s", r'\s+', 'a \t\n\x0b\x0c\r\x1cb')
show("S", r'\S+', 'ab cd')
show("ascii w", r'(?a)\w+', 'héllo')
show("ascii d", r'(?a)\d+', '1٣4')
show("ascii s", r'(?a)\s+', 'a \x1cb')
show("icase class", r'(?i)[a-c]+', 'ABCdabc')
show("icase negated", r'(?i)[^a-c]+', 'ABCdD')
show("icase ascii only", r'(?ai)[a-z]+', 'KkK')
show("icase unicode", r'(?i)[k]+', 'kK\u212a')
show("big range", r'[\u0100-\uffff]+', 'abc\u0101\u4e2d\uffffz')
show("big range neg", r'[^\u0000-\u007f]+', 'abc\u0101\u4e2dz')
show("big icase", r'(?i)[\u0100-\u2000]+', 'A\u0101\u0100a')
print("dot newline", re.findall(r'.', 'a\nb'), re.findall(r'(?s).', 'a\nb'))
for pat in (r'[z-a]', r'[a', r'[]', r'[\d-z]', r'[a-\w]', r'[\q]', r'[\A]', r'[\9]',
            r'[\400]', r'[\x4]', r'x[^]'):
    try:
        re.compile(pat)
    except re.error as e:
        print("error", repr(pat), e, e.pos)
