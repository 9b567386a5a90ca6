# Emits Rust test tables with CPython 3.11's answers.
def rs(s):
    out = '"'
    for ch in s:
        if ch == '"' or ch == '\\': out += '\\' + ch
        elif ' ' <= ch <= '~': out += ch
        else: out += '\\u{%x}' % ord(ch)
    return out + '"'
def rb(b):
    out = 'b"'
    for c in b:
        ch = chr(c)
        if ch == '"' or ch == '\\': out += '\\' + ch
        elif ' ' <= ch <= '~': out += ch
        else: out += '\\x%02x' % c
    return out + '"'
def opt(x, f):
    return 'None' if x is None else 'Some(%s)' % f(x)
def vec(xs, f): return 'vec![' + ', '.join(f(x) for x in xs) + ']'

P = ['', 'abc', 'ABC', 'Abc', 'aBc', 'Abc Def', 'ABC def', 'abc1', '123', '١٢٣', '²', '½', 'Ⅻ', ' \t\n', '\x1c\x1f', '\x85\xa0', '\u2028', '\u200b',
     'ǅ', 'ǅa', 'Ǆ', 'ǆ', 'ß', 'ﬁ', 'Σ', 'σς', 'İ', 'é', 'É', 'Éé', 'a\u0345', 'ʰ', 'ª', '_', '_a1', '1a', 'a-b', 'αβγ', 'Ⅰ', 'ⅰ', '\u0300', 'a\u0300',
     '\x7f', '\xad', '\U0001f600', '\U000e0001', '\ue000', 'hello world', 'Hello World', 'HELLO', 'Ab1 Cd2', 'A1b', '1A', 'a1A', '\u3000', '\ufeff', 'x\u00b2', '\U0001d7d8', '\u0e50', 'ℌ', 'ㄱ', 'ǈ']
names = ['isalpha','isalnum','isdecimal','isdigit','isnumeric','isspace','islower','isupper','istitle','isprintable','isidentifier','isascii']
print('const STR_PRED: &[(&str, [bool; 12])] = &[')
for s in P:
    print('    (%s, [%s]),' % (rs(s), ', '.join('true' if getattr(s, n)() else 'false' for n in names)))
print('];')
BP = [b'', b'abc', b'ABC', b'Abc Def', b'abc1', b'123', b' \t\n\x0b\x0c\r', b'\x1c', b'\xe9', b'a\xe9', b'Hello World', b'hello World', b'A1b', b'_', b'\x7f', b'AbC']
bnames = ['isalpha','isalnum','isdigit','isspace','islower','isupper','istitle','isascii']
print('const BYTES_PRED: &[(&[u8], [bool; 8])] = &[')
for s in BP:
    print('    (%s, [%s]),' % (rb(s), ', '.join('true' if getattr(s, n)() else 'false' for n in bnames)))
print('];')
R = ['', 'a', "'", '"', '\'"', "it's", 'a\\b', '\n\r\t', '\x00\x1f\x7f', '\x80\xa0\xad\xe9\xff', '\u0100\u2028\u200b\ufeff\uffff', '\U0001f600\U000e0001\U0010ffff', '日本', '\ud7ff', 'é\u0301']
print('const STR_REPR: &[(&str, &str)] = &[')
for s in R: print('    (%s, %s),' % (rs(s), rs(repr(s))))
print('];')
BR = [b'', b'a', b"'", b'"', b'\'"', b'a\\b', b'\n\r\t\x00\x1f\x7f\x80\xff', bytes(range(0, 256, 7))]
print('const BYTES_REPR: &[(&[u8], &str)] = &[')
for s in BR: print('    (%s, %s),' % (rb(s), rs(repr(s))))
print('];')
# split
SS = ['', ' ', 'a b  c ', '  a\tb\nc  ', 'a,b,,c,', ',a,', 'a\x1cb\x85c\u3000d', 'aaa', 'abcabc', 'αβ,γδ,', 'a, b, c']
seps = [None, ',', ', ', 'a', 'b', 'aa', ',,', 'β,']
print('fn str_split_cases() -> Vec<(&\'static str, Option<&\'static str>, i64, Vec<&\'static str>, Vec<&\'static str>)> { vec![')
for s in SS:
    for sep in seps:
        for m in [-1, 0, 1, 2]:
            print('    (%s, %s, %d, %s, %s),' % (rs(s), opt(sep, rs), m, vec(s.split(sep, m), rs), vec(s.rsplit(sep, m), rs)))
print('] }')
print('fn bytes_split_cases() -> Vec<(&\'static [u8], Option<&\'static [u8]>, i64, Vec<&\'static [u8]>, Vec<&\'static [u8]>)> { vec![')
for s in SS[:6] + ['a\x1cb\x0bc \xe9']:
    s = s.encode('latin-1')
    for sep in [None, b',', b'a', b', ']:
        for m in [-1, 0, 1]:
            print('    (%s, %s, %d, %s, %s),' % (rb(s), opt(sep, rb), m, vec(s.split(sep, m), rb), vec(s.rsplit(sep, m), rb)))
print('] }')
SL = ['', 'a', 'a\n', 'a\nb', 'a\r\nb\rc\n\n', '\r\r\n\n', 'a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i', 'x\x1fy', 'end\r']

print("fn str_splitlines_cases() -> Vec<(&'static str, Vec<&'static str>, Vec<&'static str>)> { vec![")
for x in SL: print('    (%s, %s, %s),' % (rs(x), vec(x.splitlines(), rs), vec(x.splitlines(True), rs)))
print('] }')
print("fn bytes_splitlines_cases() -> Vec<(&'static [u8], Vec<&'static [u8]>, Vec<&'static [u8]>)> { vec![")
for x in SL[:-3] + ['a\x0bb\x0cc\x1cd\x85e']:
    x = x.encode('latin-1')
    print('    (%s, %s, %s),' % (rb(x), vec(x.splitlines(), rb), vec(x.splitlines(True), rb)))
print('] }')
ST = ['', '  ', ' \t a b \n', '\x1c\x85a\u3000', 'xxaxbxx', 'abcba', 'αβγβα', 'ab\u00e9ba']
chs = [None, '', 'x', 'ab', ' a', 'α', 'αβ', 'é', 'b\u00e9']
print("const STR_STRIP: &[(&str, Option<&str>, &str, &str, &str)] = &[")
for x in ST:
    for c in chs:
        print('    (%s, %s, %s, %s, %s),' % (rs(x), opt(c, rs), rs(x.strip(c)), rs(x.lstrip(c)), rs(x.rstrip(c))))
print('];')
print("const BYTES_STRIP: &[(&[u8], Option<&[u8]>, &[u8], &[u8], &[u8])] = &[")
for x in [b'', b'  ', b' \t a b \n\x0b\x0c\r', b'\x1ca\x1c', b'xxaxbxx', b'abcba', b'\xe9a\xe9']:
    for c in [None, b'', b'x', b'ab', b'\xe9']:
        print('    (%s, %s, %s, %s, %s),' % (rb(x), opt(c, rb), rb(x.strip(c)), rb(x.lstrip(c)), rb(x.rstrip(c))))
print('];')
print("const STR_PARTITION: &[(&str, &str, [&str; 3], [&str; 3])] = &[")
for x in ['', 'a', 'a,b,c', ',', 'αβα', 'abab']:
    for sep in [',', 'a', 'β', 'ab', 'zz']:
        print('    (%s, %s, [%s], [%s]),' % (rs(x), rs(sep), ', '.join(map(rs, x.partition(sep))), ', '.join(map(rs, x.rpartition(sep)))))
print('];')
# find family
idx = [None, -100, -2, 0, 1, 3, 100]
FS = ['', 'abcabc', 'aαβaαβ', 'aaaa']
subs = ['', 'a', 'bc', 'αβ', 'aa', 'x', 'c']
print("const STR_FIND: &[(&str, &str, Option<i64>, Option<i64>, [i64; 3], [bool; 2])] = &[")
for x in FS:
    for sub in subs:
        for st in idx:
            for en in idx:
                r = [x.find(sub, st, en), x.rfind(sub, st, en), x.count(sub, st, en)]
                b = [x.startswith(sub, st, en), x.endswith(sub, st, en)]
                print('    (%s, %s, %s, %s, [%s], [%s]),' % (rs(x), rs(sub), opt(st, str), opt(en, str), ', '.join(map(str, r)), ', '.join(str(v).lower() for v in b)))
print('];')
print("const BYTES_FIND: &[(&[u8], &[u8], Option<i64>, Option<i64>, [i64; 3], [bool; 2])] = &[")
for x in [b'', b'abcabc', b'aaaa']:
    for sub in [b'', b'a', b'bc', b'aa', b'x']:
        for st in idx:
            for en in idx:
                r = [x.find(sub, st, en), x.rfind(sub, st, en), x.count(sub, st, en)]
                b = [x.startswith(sub, st, en), x.endswith(sub, st, en)]
                print('    (%s, %s, %s, %s, [%s], [%s]),' % (rb(x), rb(sub), opt(st, str), opt(en, str), ', '.join(map(str, r)), ', '.join(str(v).lower() for v in b)))
print('];')
print("const STR_REPLACE: &[(&str, &str, &str, i64, &str)] = &[")
for x in ['', 'abc', 'aαβa', 'aaaa', 'abab']:
    for old, new in [('', '-'), ('a', ''), ('a', 'XY'), ('aa', 'b'), ('αβ', 'γ'), ('z', 'q'), ('', '')]:
        for c in [-1, 0, 1, 2, 10]:
            print('    (%s, %s, %s, %d, %s),' % (rs(x), rs(old), rs(new), c, rs(x.replace(old, new, c))))
print('];')
print("const BYTES_REPLACE: &[(&[u8], &[u8], &[u8], i64, &[u8])] = &[")
for x in [b'', b'abc', b'aaaa']:
    for old, new in [(b'', b'-'), (b'a', b''), (b'a', b'XY'), (b'aa', b'b')]:
        for c in [-1, 0, 1, 2]:
            print('    (%s, %s, %s, %d, %s),' % (rb(x), rb(old), rb(new), c, rb(x.replace(old, new, c))))
print('];')
