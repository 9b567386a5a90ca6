# look-ahead, look-behind (fixed width) and conditional groups
import re

print("ahead", re.findall(r'\w+(?=!)', 'hi! there yes!'))
print("neg ahead", re.findall(r'\b\w+\b(?!\()', 'f(x) y g(z) w'))
print("behind", re.findall(r'(?<=\$)\d+', 'cost $30 or 40 or $5'))
print("neg behind", re.findall(r'(?<!\$)\b\d+', 'cost $30 or 40 or $5'))
print("behind alternatives", re.findall(r'(?<=ab|cd)x', 'abx cdx efx'))
print("behind group", re.findall(r'(?<=(a|b))c', 'ac bc cc'))
print("behind at start", re.search(r'(?<=a)b', 'b'), re.search(r'(?<!a)b', 'b'))
print("behind backref", re.search(r'(a)(?<=\1)', 'xa'))
print("behind class", re.findall(r'(?<=[.!?] )[A-Z]\w*', 'Hi. You! Me? no. Yes'))
print("ahead captures", re.match(r'(?=(\w+))\w', 'abc').groups())
print("neg ahead no capture", re.match(r'(?!(x))\w', 'abc').groups())
print("password", [bool(re.fullmatch(r'(?=.*\d)(?=.*[a-z])\w{6,}', p)) for p in ('abc123', 'abcdef', '12345678', 'ab1')])
print("overlapping", [m.start() for m in re.finditer(r'(?=aba)', 'abababa')])
print("nested look", re.findall(r'(?<=a(?=b))b', 'ab ab'))
cond = re.compile(r'(<)?(\w+)(?(1)>|$)')
for s in ('<tag>', 'tag', '<tag', 'tag>'):
    r = cond.match(s)
    print("cond", repr(s), r and r.groups())
named = re.compile(r'(?P<q>")?[^"]*(?(q)")$')
print("cond named", [bool(named.match(s)) for s in ('"ab"', 'ab', '"ab')])
print("cond no else", re.findall(r'(a)?(?(1)b)c', 'abc c bc'))
print("cond forward", re.compile(r'(?(2)a|b)(c)(d)').groups)
for pat in (r'(?<=a+)b', r'(?<=a|bc)', r'(?<!a{1,2})', r'(?(1)a|b|c)(x)', r'(?(1)a)',
            r'(?(x)a)', r'(?(0)a)', r'(?(-1)a)', r'(?<x)', r'(?=a', r'(?<=a', r'(?(', r'(?(1'):
    try:
        re.compile(pat)
    except re.error as e:
        print("error", repr(pat), e)
