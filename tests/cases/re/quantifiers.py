# quantifiers: greedy, lazy, possessive, counted repeats, atomic groups
import re

def m(pat, text):
    r = re.match(pat, text)
    return r.group() if r else None

for pat in (r'a*', r'a+', r'a?', r'a{2}', r'a{2,}', r'a{,2}', r'a{1,3}', r'a{0}',
            r'a*?', r'a+?', r'a??', r'a{2,}?', r'a{1,3}?', r'a*+', r'a++', r'a?+', r'a{1,2}+'):
    print("quant", pat, repr(m(pat, 'aaaa')))
print("literal brace", m(r'a{', 'a{'), m(r'a{,', 'a{,'), m(r'x{}', 'x{}'), m(r'a{1,2', 'a{1,2'))
print("brace any", m(r'x{,}', 'xxx'), m(r'{', '{'), m(r'a{ 1}', 'a{ 1}'))
print("greedy backtrack", m(r'a*ab', 'aaab'), m(r'.*c', 'abcabc'), m(r'.*?c', 'abcabc'))
print("lazy expand", m(r'<.+?>', '<a><b>'), m(r'<.+>', '<a><b>'))
print("possessive fails", m(r'a*+a', 'aaa'), m(r'a++b', 'aab'), m(r'(?:ab)*+ab', 'abab'))
print("possessive groups", re.match(r'(a|b)++c', 'abac') and re.match(r'(a|b)++c', 'abac').groups())
print("atomic", m(r'(?>a+)b', 'aab'), m(r'(?>a+)a', 'aaa'), m(r'(?>a|ab)c', 'abc'))
print("atomic group capture", re.match(r'(?>(\w+))\.', 'abc.').group(1))
print("nested repeat", m(r'(?:a|b)*c', 'ababc'), m(r'(?:ab)+', 'ababa'), m(r'(a|ab)(c|bcd)', 'abcd'))
print("repeat of group", re.match(r'(ab){2,3}', 'abababab').group(0, 1))
print("lazy group", re.match(r'(ab)+?', 'abab').group(0, 1))
print("empty repeat", re.match(r'(?:)*', 'x').span(), re.match(r'(a?)*', 'aa').groups())
print("empty body", re.match(r'(a*)*b', 'aab').groups(), re.match(r'(a*)+', 'b').groups())
print("zero width loop", re.findall(r'(?:x?)*', 'xx'), re.findall(r'(a|)+?b', 'aab'))
print("counted groups", re.match(r'(?:(\d)-){2}(\d)', '1-2-3').groups())
print("exact count", m(r'\d{3}', '12345'), m(r'\d{3}', '12'))
print("bounded lazy", m(r'a{2,4}?b', 'aaaab'), m(r'a{2,4}?', 'aaaa'))
print("alternation repeat", re.findall(r'(?:cat|dog)+', 'catdog dogdogcat'))
print("classic", m(r'(x+x+)+y', 'xxxxy'), m(r'^(\w+\s?)*$', 'a few words here'))
for pat in (r'*a', r'a**', r'a*?+', r'a{2}{3}', r'a{3,2}', r'(?:a*)*+?', r'a|?'):
    try:
        re.compile(pat)
        print("ok", pat)
    except re.error as e:
        print("error", repr(pat), e)
for pat in (r'a{4294967295}', r'a{99999999999}'):
    try:
        re.compile(pat)
    except OverflowError as e:
        print("OverflowError", e)
