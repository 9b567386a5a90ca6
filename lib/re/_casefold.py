"""Case-insensitive character equivalence for pyrs's ``re`` (Unicode and ASCII rules).

Under IGNORECASE two characters of a str pattern match when their *folds* are equal: the fold
is the simple (one-character) lowercase, with a few lowercase letters that share an uppercase
form (i and dotless i, s and long s, the Greek symbol variants, ...) treated as one.  The tables
below were generated from the Unicode character database; ``members(c)`` lists every character
whose fold equals c's, so a class can be turned into a plain set once, at compile time.
"""

# Lowercase letters that share an uppercase form, each group led by its representative.
_GROUPS = ('i\u0131', 's\u017f', '\u00b5\u03bc', '\u0345\u03b9\u1fbe', '\u0390\u1fd3',
           '\u03b0\u1fe3', '\u03b2\u03d0', '\u03b5\u03f5', '\u03b8\u03d1', '\u03ba\u03f0',
           '\u03c0\u03d6', '\u03c1\u03f1', '\u03c2\u03c3', '\u03c6\u03d5', '\u0432\u1c80',
           '\u0434\u1c81', '\u043e\u1c82', '\u0441\u1c83', '\u0442\u1c84\u1c85',
           '\u044a\u1c86', '\u0463\u1c87', '\u1c88\ua64b', '\u1e61\u1e9b', '\ufb05\ufb06')

# Characters whose fold is the key, besides the key itself and its uppercase.
_EXTRA_TEXT = (
    '0069:0130,0131 006b:212a 0073:017f 00b5:03bc 00df:1e9e 00e5:212b 01c6:01c5 01c9:01c8 '
    '01cc:01cb 01f3:01f2 0345:03b9,1fbe 0390:1fd3 03b0:1fe3 03b2:03d0 03b5:03f5 '
    '03b8:03d1,03f4 03ba:03f0 03c0:03d6 03c1:03f1 03c2:03c3 03c6:03d5 03c9:2126 0432:1c80 '
    '0434:1c81 043e:1c82 0441:1c83 0442:1c84,1c85 044a:1c86 0463:1c87 1c88:a64b 1e61:1e9b '
    '1f80:1f88 1f81:1f89 1f82:1f8a 1f83:1f8b 1f84:1f8c 1f85:1f8d 1f86:1f8e 1f87:1f8f '
    '1f90:1f98 1f91:1f99 1f92:1f9a 1f93:1f9b 1f94:1f9c 1f95:1f9d 1f96:1f9e 1f97:1f9f '
    '1fa0:1fa8 1fa1:1fa9 1fa2:1faa 1fa3:1fab 1fa4:1fac 1fa5:1fad 1fa6:1fae 1fa7:1faf '
    '1fb3:1fbc 1fc3:1fcc 1ff3:1ffc fb05:fb06')

CANON = {}
for _g in _GROUPS:
    for _c in _g:
        CANON[_c] = _g[0]

EXTRA = {}
for _item in _EXTRA_TEXT.split():
    _k, _v = _item.split(':')
    EXTRA[chr(int(_k, 16))] = ''.join(chr(int(x, 16)) for x in _v.split(','))
del _g, _c, _item, _k, _v


def fold(c):
    """The case-insensitive key of one character (Unicode rules)."""
    low = c.lower()
    if len(low) != 1:
        low = 'i' if c == '\u0130' else c
    return CANON.get(low, low)


def members(c):
    """Every character equal to ``c`` ignoring case (Unicode rules), as a set."""
    key = fold(c)
    out = {key}
    up = key.upper()
    if len(up) == 1 and fold(up) == key:
        out.add(up)
    extra = EXTRA.get(key)
    if extra:
        out.update(extra)
    return out


def ascii_members(c):
    """Every character equal to ``c`` ignoring ASCII case, as a set."""
    if c.isascii() and c.isalpha():
        return {c.lower(), c.upper()}
    return {c}


def ascii_lower(text):
    """``text`` with only the ASCII letters lowercased."""
    if text.isascii():
        return text.lower()
    return ''.join(c.lower() if c.isascii() else c for c in text)
