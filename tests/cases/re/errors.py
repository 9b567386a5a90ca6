# re.error: messages, msg/pattern/pos/lineno/colno, multi-line patterns, error types
import re

def check(pat, flags=0):
    try:
        re.compile(pat, flags)
        print("ok", repr(pat))
    except re.error as e:
        print(repr(pat), "|", e, "|", repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == pat)

for pat in ('(', '(a', ')', 'a)', '*', '\\', r'\q', r'(?<x', r'(?', r'(?P', r'(?P<', r'(?P<>a)',
            r'(?#comment', r'\x1', r'\u12', r'\U00110000', r'\777', r'\N', r'\N{', r'\N{BOGUS NAME}',
            r'\N{LATIN SMALL LETTER A', r'\2', r'a|(b', 'a{1,2}{3}', r'(?<=a*)', r'\c'):
    check(pat)
check('abc\n(d\ne')
check('line one\nline two\n  )')
check('(?x)\n  a b c\n  [d-a]\n', 0)
check(b'(?P<1>a)')
check(b'\\u1234')
check(b'ab\n(')
e = re.error('custom message')
print("plain error", e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error('msg', 'ab\ncd', 4)
print("with pos", e, e.lineno, e.colno)
print("is Exception", issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
print("raise-catch", end=" ")
try:
    re.compile('[')
except Exception as exc:
    print(type(exc).__name__, exc.args)
for bad in (None, 12, ['a']):
    try:
        re.compile(bad)
    except TypeError as exc:
        print("TypeError", exc)
try:
    re.search('a', b'a')
except TypeError as exc:
    print("TypeError", exc)
try:
    re.search(b'a', 'a')
except TypeError as exc:
    print("TypeError", exc)
try:
    re.compile('(?P<n>a)').match('a').group('m')
except IndexError as exc:
    print("IndexError", exc)
