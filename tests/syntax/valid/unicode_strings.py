a = 'é'
b = '日本語'
c = '😀'
d = 'e\u0301'
e = '\u00e9' == 'é'
f = b'ascii only'
g = 'mixed é \n 😀 \t'
h = '''multi
é
line'''
i = 'zero\u200bwidth'
j = 'ℌ'
k = '\x85 \u2028 \u2029'
l = 'unpaired \ud800 surrogate'
