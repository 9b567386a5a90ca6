# sub / subn: templates, group references, callables, counts, empty matches
import re

print("plain", re.sub(r'\d', '#', 'a1b2c3'))
print("count", re.sub(r'\d', '#', 'a1b2c3', 2), re.sub(r'\d', '#', 'a1b2c3', count=1))
print("negative count", re.sub(r'a', 'b', 'aaa', count=-1))
print("subn", re.subn(r'\d', '#', 'a1b2c3'), re.subn(r'x', '#', 'abc'))
print("groups", re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home ann@work'))
print("named", re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>=\g<k>', 'a=1 b=2'))
print("g0", re.sub(r'\d+', r'<\g<0>>', 'x12y3'))
print("g num", re.sub(r'(a)(b)', r'\g<2>\g<1>', 'abab'))
print("ambiguous", re.sub(r'(a)', r'\g<1>0', 'a'))
print("escapes", repr(re.sub(r'x', r'\n\t\\', 'axb')))
print("octal", repr(re.sub(r'x', r'\0\101\012', 'x')))
print("unknown punct", re.sub(r'x', r'\&\-', 'x'))
print("unmatched group", repr(re.sub(r'(a)|b', r'[\1]', 'ab')))
print("callable", re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a5b10'))
print("callable None", re.sub(r'\d', lambda m: None, 'a1b2'))
print("callable groups", re.sub(r'(\w)(\w*)', lambda m: m.group(1).upper() + m.group(2), 'hello big world'))
print("empty matches", re.sub(r'x*', '-', 'abxd'))
print("empty pattern", re.sub(r'', '.', 'abc'))
print("lookahead", re.sub(r'(?=\d{3}$)', ',', '1234'))
print("thousands", re.sub(r'(?<=\d)(?=(?:\d{3})+$)', ',', '1234567'))
print("bytes", re.sub(rb'(\d)', rb'<\1>', b'a1b2'), re.subn(rb'a', b'', bytearray(b'banana')))
print("expand", re.match(r'(?P<a>x)(y)?', 'x').expand(r'[\g<a>][\2][\g<0>]'))
print("compiled", re.compile(r'o').sub('0', 'foo boo', 3))
print("kwargs", re.sub(pattern='a', repl='b', string='aa', count=1, flags=0))
print("flags", re.sub(r'a', '-', 'aAa', flags=re.I))
print("pattern repl", re.sub(re.compile(r'\s+'), ' ', 'a  b\t\nc'))
for repl in (r'\g<3>', r'\g<x>', r'\g<', r'\g<1', r'\g', r'\g<-1>', r'\q', '\\', r'\9', r'\g<1 2>'):
    try:
        re.sub(r'(a)(b)?', repl, 'ab')
    except (re.error, IndexError) as e:
        print(type(e).__name__, repr(repl), e)
for bad in (lambda m: 1, lambda m: b'x'):
    try:
        re.sub('a', bad, 'xa')
    except TypeError as e:
        print("TypeError", e)
try:
    re.sub(b'a', 'x', b'a')
except TypeError as e:
    print("TypeError", e)
