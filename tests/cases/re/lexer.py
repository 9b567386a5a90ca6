# a small tokenizer and evaluator driven by one verbose pattern with named groups
import re

TOKEN = re.compile(r'''
    (?P<num>   \d+(?:\.\d*)?(?:[eE][-+]?\d+)? )
  | (?P<name>  [A-Za-z_]\w* )
  | (?P<str>   "(?:[^"\\]|\\.)*" )
  | (?P<op>    \*\*|[-+*/%()=,] )
  | (?P<ws>    \s+ )
  | (?P<bad>   . )
''', re.VERBOSE)

def tokens(text):
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == 'ws':
            continue
        if kind == 'bad':
            raise SyntaxError('unexpected %r at %d' % (m.group(), m.start()))
        yield kind, m.group()

src = 'x = 3.5e1 + foo(2, "a \\"q\\" b") ** 2 % 7'
for tok in tokens(src):
    print("token", tok)
print("kinds", [k for k, _ in tokens('a1 + 22 - b')])
try:
    list(tokens('a @ b'))
except SyntaxError as e:
    print("SyntaxError", e)

def evaluate(expr, env):
    expr = re.sub(r'[A-Za-z_]\w*', lambda m: str(env.get(m.group(), 0)), expr)
    while True:
        new = re.sub(r'\((\-?\d+)\)', r'\1', expr)
        new = re.sub(r'(-?\d+)\s*\*\s*(-?\d+)', lambda m: str(int(m[1]) * int(m[2])), new, count=1)
        if new == expr:
            new = re.sub(r'(-?\d+)\s*([-+])\s*(\d+)',
                         lambda m: str(int(m[1]) + int(m[3]) if m[2] == '+' else int(m[1]) - int(m[3])),
                         new, count=1)
        if new == expr:
            return expr
        expr = new

print("eval", evaluate('a * (b + 2) - 3', {'a': 4, 'b': 5}))
print("eval2", evaluate('(1 + 2) * (3 + 4)', {}))
lines = """\
[server]
host = example.org   ; comment
port=8080
[client]
retries = 3
""".splitlines()
section = None
config = {}
for line in lines:
    if m := re.fullmatch(r'\s*\[(\w+)\]\s*', line):
        section = config.setdefault(m[1], {})
    elif m := re.match(r'\s*(\w+)\s*=\s*(.*?)\s*(?:;.*)?$', line):
        section[m[1]] = m[2]
print("config", config)
