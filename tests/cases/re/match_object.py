# Match objects: groups, spans, expand, regs, repr, copying
import re, copy

m = re.search(r'(?P<w>\w+)(?: (\d+))?(x)?', '-- hello 42 --')
print("repr", m)
print("group()", m.group(), m.group(0), m[0], m.group(1, 'w', 2, 3))
print("groups", m.groups(), m.groups('NA'), m.groupdict(), m.groupdict(0))
print("spans", m.span(), m.span(1), m.span(2), m.span(3), m.start(), m.end(1))
print("regs", m.regs)
print("lastindex", m.lastindex, m.lastgroup)
print("pos", m.pos, m.endpos, m.string, m.re.pattern)
print("expand", m.expand(r'<\1|\g<w>|\2|\3|\g<0>>'))
print("expand escapes", repr(m.expand(r'\n\t\\\101')))
print("copy", copy.copy(m) is m, copy.deepcopy(m) is m)
print("index types", m.group(True), m[False])
print("empty match", re.match(r'x*', 'abc'), re.search(r'$', 'ab').span())
print("long repr", re.match(r'.+', 'y' * 100))
print("bytes repr", re.match(rb'.+', b'\x00\xffab'))
print("newline repr", re.match(r'(?s).+', 'a\nb'))
print("group in loop", [mm.group(1) for mm in re.finditer(r'(\d)', 'a1b2')])
nested = re.match(r'(a(b(c)))(d)?', 'abc')
print("nested", nested.groups(), nested.lastindex, [nested.span(i) for i in range(5)])
for bad in (5, -1, 'nope', None):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", repr(bad), e)
try:
    m.expand(r'\5')
except re.error as e:
    print("error", e)
try:
    m.expand(r'\g<nope>')
except IndexError as e:
    print("IndexError", e)
try:
    m.pos = 3
except AttributeError as e:
    print("AttributeError", e)
