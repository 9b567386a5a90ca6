"""Regular expression compiler for pyrs's ``re``: node tree -> backtracking matcher closures.

Every node becomes a Python closure.  Two shapes are used:

* a *step* ``d(s, i)`` for a node that can match in at most one way at a given position
  (characters, literals, anchors, look-arounds, atomic groups, possessive repeats, ...): it
  returns the end position or -1, and may leave capture marks changed when it fails;
* a *link* ``c(s, i)`` for everything else: it matches its node and then calls the next link
  (fixed when it is built), returning the overall end position or -1.  A link that fails
  always leaves the capture marks as it found them, so backtracking is just returning.

Runs of steps are chained into one link, repeats of a single character or of a step loop
instead of recursing (so ``a*`` over a long subject needs no Python recursion), and a greedy
repeat followed by something that cannot start with what it consumes is made possessive.
Capture marks live in one list per compiled pattern: ``marks[2*g]``/``marks[2*g+1]`` hold group
g's span and ``marks[0]`` the last closed group (``lastindex``).
"""

from . import _casefold
from ._parser import (LIT, ANY, IN, AT, GROUP, ALT, REPEAT, REF, LOOK, ATOMIC, COND, CH,
                      RANGE, CAT, MAXREPEAT, error)
from ._parser import MAXGROUPS      # noqa: F401 (CPython's re._compiler has it too)

STR = 'str'         # (STR, text): a run of exact literals
ISTR = 'istr'       # (ISTR, text, fold): a run of case-insensitive literals

_ASCII_DIGITS = frozenset('0123456789')
_ASCII_SPACE = frozenset(' \t\n\r\f\v')
_ASCII_WORD = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')


def _ret(s, i):
    return i


def _uword(c):
    return c.isalnum() or c == '_'


def _not_uword(c):
    return not (c.isalnum() or c == '_')


def _not_decimal(c):
    return not c.isdecimal()


def _not_space(c):
    return not c.isspace()


# ---- character tests -------------------------------------------------------------------------
#
# A single-character node is described by a "ctest" tuple:
#   ('eq', ch)            the character ch
#   ('set', frozenset)    any of these
#   ('nset', frozenset)   anything but these
#   ('fn', func, tag, ascii_yes)
#                         func(c) is true (tag names a lone category, e.g. ('w', False));
#                         ascii_yes is the set of ASCII characters that pass, so ASCII text
#                         is tested without calling func
#   ('all',)              any character

def _cat_test(code, ascii):
    """The ctest of the category escape \\code."""
    if ascii:
        base = {'d': _ASCII_DIGITS, 's': _ASCII_SPACE, 'w': _ASCII_WORD}[code.lower()]
        return ('nset' if code.isupper() else 'set', base)
    func = {'d': str.isdecimal, 'D': _not_decimal, 's': str.isspace, 'S': _not_space,
            'w': _uword, 'W': _not_uword}[code]
    return _fn(func, (code, False))


_ASCII = tuple(map(chr, range(128)))


def _fn(func, tag):
    return ('fn', func, tag, frozenset(c for c in _ASCII if func(c)))


def _test_func(ct):
    """A function c -> bool for a ctest."""
    kind = ct[0]
    if kind == 'eq':
        ch = ct[1]
        return lambda c: c == ch
    if kind == 'set':
        return ct[1].__contains__
    if kind == 'nset':
        fs = ct[1]
        return lambda c: c not in fs
    if kind == 'fn':
        return ct[1]
    return lambda c: True


def _class_ctest(items, negate, fold, ascii):
    """The ctest of a character class."""
    if len(items) == 1 and items[0][0] == CAT and not fold:
        ct = _cat_test(items[0][1], ascii)
        if not negate:
            return ct
        if ct[0] == 'set':
            return ('nset', ct[1])
        if ct[0] == 'nset':
            return ('set', ct[1])
        code = items[0][1]
        return _cat_test(code.lower() if code.isupper() else code.upper(), ascii)
    if fold == 1:
        memb = _casefold.members
    elif fold == 2:
        memb = _casefold.ascii_members
    else:
        memb = None
    chars = set()
    ranges = []
    tests = []
    for item in items:
        kind = item[0]
        if kind == CH:
            if memb is None:
                chars.add(item[1])
            else:
                chars.update(memb(item[1]))
        elif kind == RANGE:
            lo, hi = ord(item[1]), ord(item[2])
            if hi - lo < 512:
                if memb is None:
                    chars.update(map(chr, range(lo, hi + 1)))
                else:
                    for cp in range(lo, hi + 1):
                        chars.update(memb(chr(cp)))
            else:
                ranges.append((item[1], item[2]))
        else:
            ct = _cat_test(item[1], ascii)
            if ct[0] == 'set':
                chars.update(ct[1])
            else:
                tests.append(_test_func(ct))
    chars = frozenset(chars)
    if not ranges and not tests:
        return ('nset' if negate else 'set', chars)
    if memb is not None and ranges:
        def in_ranges(c, ranges=tuple(ranges)):
            for m in memb(c):
                for lo, hi in ranges:
                    if lo <= m <= hi:
                        return True
            return False
    else:
        def in_ranges(c, ranges=tuple(ranges)):
            for lo, hi in ranges:
                if lo <= c <= hi:
                    return True
            return False
    tests = tuple(tests)
    has_ranges = bool(ranges)

    def test(c):
        if c in chars:
            return True
        if has_ranges and in_ranges(c):
            return True
        for t in tests:
            if t(c):
                return True
        return False
    if negate:
        return _fn(lambda c: not test(c), None)
    return _fn(test, None)


def _node_ctest(node):
    """The ctest of a single-character node, or None."""
    op = node[0]
    if op == LIT:
        ch, fold = node[1], node[2]
        if fold:
            memb = _casefold.members(ch) if fold == 1 else _casefold.ascii_members(ch)
            if len(memb) > 1:
                return ('set', frozenset(memb))
        return ('eq', ch)
    if op == ANY:
        return ('all',) if node[1] else ('nset', frozenset('\n'))
    if op == IN:
        return _class_ctest(node[1], node[2], node[3], node[4])
    return None


def _finite(ct):
    kind = ct[0]
    if kind == 'eq':
        return (ct[1],)
    if kind == 'set':
        return ct[1]
    return None


_DISJOINT_TAGS = {('d', 'D'), ('D', 'd'), ('s', 'S'), ('S', 's'), ('w', 'W'), ('W', 'w'),
                  ('d', 's'), ('s', 'd'), ('w', 's'), ('s', 'w'), ('d', 'W'), ('W', 'd')}


def _disjoint(a, b):
    """True when no character passes both ctests (False when unsure)."""
    if a[0] == 'all' or b[0] == 'all':
        return False
    fa = _finite(a)
    fb = _finite(b)
    if fa is not None and fb is not None:
        return not any(c in fb for c in fa)
    if fa is not None:
        t = _test_func(b)
        return not any(t(c) for c in fa)
    if fb is not None:
        t = _test_func(a)
        return not any(t(c) for c in fb)
    if a[0] == 'fn' and b[0] == 'fn' and a[2] is not None and b[2] is not None:
        return a[2][1] == b[2][1] and (a[2][0], b[2][0]) in _DISJOINT_TAGS
    return False


# ---- static analysis -------------------------------------------------------------------------

def _first(node):
    """(list of ctests a match can start with, or None for unknown; can match empty?)"""
    op = node[0]
    if op in (LIT, ANY, IN):
        return [_node_ctest(node)], False
    if op == STR:
        return [('eq', node[1][0])], False
    if op == ISTR:
        return _first((LIT, node[1][0], node[2]))
    if op == AT or op == LOOK:
        return [], True
    if op == GROUP or op == ATOMIC:
        return _first_body(node[-1])
    if op == ALT:
        out = []
        nullable = False
        for b in node[1]:
            f, nb = _first_body(b)
            if f is None:
                return None, True
            out.extend(f)
            nullable = nullable or nb
        return out, nullable
    if op == REPEAT:
        f, nb = _first_body(node[4])
        return f, nb or node[1] == 0
    if op == COND:
        f1, n1 = _first_body(node[2])
        f2, n2 = _first_body(node[3] or [])
        if f1 is None or f2 is None:
            return None, True
        return f1 + f2, n1 or n2
    return None, True       # REF


def _first_body(nodes):
    out = []
    for node in nodes:
        f, nullable = _first(node)
        if f is None:
            return None, True
        out.extend(f)
        if not nullable:
            return out, False
    return out, True


def _all_disjoint(xs, ys):
    for a in xs:
        for b in ys:
            if not _disjoint(a, b):
                return False
    return True


def _group_ids(nodes, out=None):
    """The numbers of the capturing groups in nodes."""
    if out is None:
        out = []
    for node in nodes:
        op = node[0]
        if op == GROUP:
            if node[1] is not None:
                out.append(node[1])
            _group_ids(node[2], out)
        elif op == ALT:
            for b in node[1]:
                _group_ids(b, out)
        elif op in (REPEAT, LOOK, ATOMIC):
            _group_ids(node[-1], out)
        elif op == COND:
            _group_ids(node[2], out)
            _group_ids(node[3] or [], out)
    return out


def _has_groups(nodes):
    for node in nodes:
        op = node[0]
        if op == GROUP:
            if node[1] is not None or _has_groups(node[2]):
                return True
        elif op == ALT:
            for b in node[1]:
                if _has_groups(b):
                    return True
        elif op in (REPEAT, LOOK, ATOMIC):
            if _has_groups(node[-1]):
                return True
        elif op == COND:
            if _has_groups(node[2]) or _has_groups(node[3] or []):
                return True
    return False


def _is_step(node):
    """True when the node can match in at most one way at a position."""
    op = node[0]
    if op in (LIT, ANY, IN, AT, REF, LOOK, ATOMIC, STR, ISTR):
        return True
    if op == GROUP:
        return _all_steps(node[2])
    if op == REPEAT:
        return node[3] == 'possessive' or (node[1] == node[2] and _all_steps(node[4]))
    if op == COND:
        return _all_steps(node[2]) and _all_steps(node[3] or [])
    if op == ALT:
        firsts = []
        for b in node[1]:
            if not _all_steps(b):
                return False
            f, nullable = _first_body(b)
            if f is None or nullable:
                return False
            for other in firsts:
                if not _all_disjoint(f, other):
                    return False
            firsts.append(f)
        return True
    return False


def _all_steps(nodes):
    for node in nodes:
        if not _is_step(node):
            return False
    return True


def _width(nodes, gwidths):
    """(min, max) length of what ``nodes`` match; max None when unbounded."""
    lo = hi = 0
    for node in nodes:
        op = node[0]
        if op in (LIT, ANY, IN):
            a = b = 1
        elif op in (STR, ISTR):
            a = b = len(node[1])
        elif op in (AT, LOOK):
            a = b = 0
        elif op in (GROUP, ATOMIC):
            a, b = _width(node[-1], gwidths)
        elif op == ALT:
            a = b = None
            unbounded = False
            for br in node[1]:
                x, y = _width(br, gwidths)
                a = x if a is None else min(a, x)
                if y is None:
                    unbounded = True
                else:
                    b = y if b is None else max(b, y)
            if unbounded:
                b = None
        elif op == REPEAT:
            x, y = _width(node[4], gwidths)
            a = x * node[1]
            b = None if (y is None or node[2] is None) else y * node[2]
            if y == 0:
                b = 0
        elif op == REF:
            a, b = gwidths.get(node[1], (0, None))
        else:   # COND
            x, y = _width(node[2], gwidths)
            if node[3] is not None:
                p, q = _width(node[3], gwidths)
                a = min(x, p)
                b = None if (y is None or q is None) else max(y, q)
            else:
                a, b = 0, y
        lo += a
        hi = None if (hi is None or b is None) else hi + b
    return lo, hi


def _group_widths(nodes, out):
    """Fills ``out`` with gid -> width for every group in ``nodes``; checks look-behinds."""
    for node in nodes:
        op = node[0]
        if op == GROUP:
            _group_widths(node[2], out)
            if node[1] is not None:
                out[node[1]] = _width(node[2], out)
        elif op == ALT:
            for b in node[1]:
                _group_widths(b, out)
        elif op in (REPEAT, ATOMIC):
            _group_widths(node[-1], out)
        elif op == LOOK:
            _group_widths(node[3], out)
            if node[1]:
                lo, hi = _width(node[3], out)
                if lo != hi:
                    raise error('look-behind requires fixed-width pattern')
                if lo >= MAXREPEAT:
                    raise error('looks too much behind')
        elif op == COND:
            _group_widths(node[2], out)
            _group_widths(node[3] or [], out)


def _prepare(nodes):
    """Merges literal runs and makes safe greedy repeats possessive, recursively."""
    out = []
    for node in nodes:
        op = node[0]
        if op == GROUP:
            node = (GROUP, node[1], _prepare(node[2]))
        elif op == ALT:
            node = (ALT, [_prepare(b) for b in node[1]])
        elif op == REPEAT:
            node = (REPEAT, node[1], node[2], node[3], _prepare(node[4]))
        elif op == LOOK:
            node = (LOOK, node[1], node[2], _prepare(node[3]))
        elif op == ATOMIC:
            node = (ATOMIC, _prepare(node[1]))
        elif op == COND:
            node = (COND, node[1], _prepare(node[2]),
                    None if node[3] is None else _prepare(node[3]))
        elif op == LIT and out:
            prev = out[-1]
            if node[2] == 0:
                if prev[0] == LIT and prev[2] == 0:
                    out[-1] = (STR, prev[1] + node[1])
                    continue
                if prev[0] == STR:
                    out[-1] = (STR, prev[1] + node[1])
                    continue
            else:
                if prev[0] == LIT and prev[2] == node[2]:
                    out[-1] = (ISTR, prev[1] + node[1], node[2])
                    continue
                if prev[0] == ISTR and prev[2] == node[2]:
                    out[-1] = (ISTR, prev[1] + node[1], node[2])
                    continue
        out.append(node)
    # a greedy repeat of a step that the rest of the body can never start with never needs
    # to give anything back
    for k in range(len(out) - 1):
        node = out[k]
        if node[0] == REPEAT and node[3] == 'greedy' and _all_steps(node[4]):
            f, nullable = _first_body(node[4])
            if f is None or nullable:
                continue
            g, rest_nullable = _first_body(out[k + 1:])
            if g is None or rest_nullable:
                continue
            if _all_disjoint(f, g):
                out[k] = (REPEAT, node[1], node[2], 'possessive', node[4])
    return out


# ---- the builder -----------------------------------------------------------------------------

class Program:
    """A compiled pattern: ``search``/``match`` closures plus the capture marks they fill."""


def compile_pattern(parsed):
    gwidths = {}
    _group_widths(parsed.body, gwidths)
    body = _prepare(parsed.body)
    b = _Builder(parsed.groups, gwidths)
    run = b.link_body(body, b.success())
    marks = b.marks
    cfg = b.cfg
    blank = [-1] * len(marks)
    has_groups = parsed.groups > 0
    # how a search finds the places worth trying
    prefix = None
    firstset = None
    firsttest = None
    anchored = False
    first, nullable = _first_body(body)
    if body:
        head = body[0]
        if head[0] == AT and head[1] in ('bol', 'A'):
            anchored = True
        elif head[0] == STR:
            prefix = head[1]
        elif head[0] == LIT and head[2] == 0:
            prefix = head[1]
    if not anchored and prefix is None and first is not None and not nullable:
        chars = set()
        for ct in first:
            f = _finite(ct)
            if f is None:
                chars = None
                break
            chars.update(f)
        if chars is not None:
            if len(chars) == 1:
                prefix = chars.pop()
            else:
                firstset = frozenset(chars)
        elif all(ct[0] != 'all' for ct in first):
            # ASCII characters are looked up in a set; others go through the tests
            yes = set()
            tests = []
            for ct in first:
                t = _test_func(ct)
                yes.update(c for c in _ASCII if t(c))
                tests.append(t)
            if len(tests) == 1:
                firsttest = tests[0]
            else:
                firsttest = lambda c, tests=tuple(tests): any(t(c) for t in tests)
            firstset = frozenset(yes)

    def search(s, pos, advance):
        """(start, end) of the first match in s at or after pos, or None; with advance an
        empty match exactly at pos does not count (used after an empty match)."""
        if has_groups:
            marks.clear()
            marks.extend(blank)
        n = len(s)
        if advance:
            cfg[0] = 2
            cfg[1] = pos
            r = run(s, pos)
            cfg[0] = 0
            if r >= 0:
                return pos, r
            pos += 1
            if pos > n:
                return None
        else:
            cfg[0] = 0
        if anchored:
            if pos == 0:
                r = run(s, 0)
                if r >= 0:
                    return 0, r
            return None
        if prefix is not None:
            find = s.find
            while True:
                i = find(prefix, pos)
                if i < 0:
                    return None
                r = run(s, i)
                if r >= 0:
                    return i, r
                pos = i + 1
        if firstset is not None:
            if firsttest is None:
                while pos < n:
                    if s[pos] in firstset:
                        r = run(s, pos)
                        if r >= 0:
                            return pos, r
                    pos += 1
                return None
            while pos < n:
                c = s[pos]
                if c in firstset or (c >= '\x80' and firsttest(c)):
                    r = run(s, pos)
                    if r >= 0:
                        return pos, r
                pos += 1
            return None
        while pos <= n:
            r = run(s, pos)
            if r >= 0:
                return pos, r
            pos += 1
        return None

    def match(s, pos, mode):
        """The end of a match at pos or -1; mode 1 requires it to end at len(s), mode 2 to
        be non-empty."""
        if has_groups:
            marks.clear()
            marks.extend(blank)
        cfg[0] = mode
        cfg[1] = pos
        r = run(s, pos)
        cfg[0] = 0
        return r

    prog = Program()
    prog.search = search
    prog.match = match
    prog.marks = marks
    return prog


class _Builder:
    def __init__(self, groups, gwidths):
        self.gwidths = gwidths
        self.marks = [-1] * (2 * groups + 2)
        self.rstate = []
        self.cfg = [0, 0]       # [mode, start]: 0 plain, 1 must end at len(s), 2 must advance

    def success(self):
        cfg = self.cfg

        def success(s, j):
            mode = cfg[0]
            if not mode:
                return j
            if mode == 1:
                return j if j == len(s) else -1
            return j if j != cfg[1] else -1
        return success

    # ---- links -------------------------------------------------------------------------------

    def link_body(self, nodes, nxt):
        """A link matching ``nodes`` then calling nxt."""
        f = nxt
        k = len(nodes)
        while k > 0:
            node = nodes[k - 1]
            if _is_step(node):
                j = k - 1
                while j > 0 and _is_step(nodes[j - 1]):
                    j -= 1
                run = nodes[j:k]
                f = self.link_step(self.step_body(run), f, _group_ids(run))
                k = j
            else:
                f = self.link_node(node, f, nodes[k] if k < len(nodes) else None)
                k -= 1
        return f

    def link_step(self, d, nxt, gids):
        """A link running the step d then nxt; gids are the groups d may set."""
        marks = self.marks
        if not gids:
            if nxt is _ret:
                return d

            def link(s, i):
                i = d(s, i)
                if i < 0:
                    return -1
                return nxt(s, i)
            return link
        if len(gids) == 1:
            a = 2 * gids[0]
            e = a + 1

            def link1(s, i):
                old_a = marks[a]
                old_e = marks[e]
                old_last = marks[0]
                j = d(s, i)
                if j >= 0:
                    r = nxt(s, j)
                    if r >= 0:
                        return r
                marks[a] = old_a
                marks[e] = old_e
                marks[0] = old_last
                return -1
            return link1

        def link(s, i):
            saved = marks.copy()
            j = d(s, i)
            if j >= 0:
                r = nxt(s, j)
                if r >= 0:
                    return r
            marks.clear()
            marks.extend(saved)
            return -1
        return link

    def link_node(self, node, nxt, follower):
        op = node[0]
        marks = self.marks
        if op == GROUP:
            gid = node[1]
            if gid is None:
                return self.link_body(node[2], nxt)
            a = 2 * gid
            e = a + 1

            def close(s, j):
                old_end = marks[e]
                old_last = marks[0]
                marks[e] = j
                marks[0] = gid
                r = nxt(s, j)
                if r < 0:
                    marks[e] = old_end
                    marks[0] = old_last
                return r
            inner = self.link_body(node[2], close)

            def open_group(s, i):
                old = marks[a]
                marks[a] = i
                r = inner(s, i)
                if r < 0:
                    marks[a] = old
                return r
            return open_group
        if op == ALT:
            return self.link_alt(node[1], nxt)
        if op == REPEAT:
            return self.link_repeat(node, nxt, follower)
        if op == COND:
            yes = self.link_body(node[2], nxt)
            no = self.link_body(node[3] or [], nxt)
            a = 2 * node[1]
            e = a + 1

            def cond(s, i):
                start = marks[a]
                if start >= 0 and marks[e] >= start:
                    return yes(s, i)
                return no(s, i)
            return cond
        raise AssertionError(op)

    def link_alt(self, branches, nxt):
        links = [self.link_body(b, nxt) for b in branches]
        tests = []
        useful = 0
        for b in branches:
            f, nullable = _first_body(b)
            if f is None or nullable:
                tests.append(None)
            else:
                fns = [_test_func(ct) for ct in f]
                if len(fns) == 1:
                    tests.append(fns[0])
                else:
                    tests.append(lambda c, fns=fns: any(t(c) for t in fns))
                useful += 1
        if useful >= 2:
            # when every known first set is finite, index the branches by first character
            finite = []
            for b in branches:
                f, nullable = _first_body(b)
                if f is None or nullable:
                    finite.append(None)
                    continue
                chars = set()
                for ct in f:
                    fc = _finite(ct)
                    if fc is None:
                        chars = False
                        break
                    chars.update(fc)
                if chars is False:
                    break
                finite.append(chars)
            else:
                default = tuple(l for l, fs in zip(links, finite) if fs is None)
                table = {}
                for fs in finite:
                    for c in fs or ():
                        if c not in table:
                            table[c] = tuple(l for l, f2 in zip(links, finite)
                                             if f2 is None or c in f2)
                get = table.get

                def alt_index(s, i):
                    if i < len(s):
                        todo = get(s[i], default)
                    else:
                        todo = default
                    for b in todo:
                        r = b(s, i)
                        if r >= 0:
                            return r
                    return -1
                return alt_index
        if useful < 2:
            links = tuple(links)

            def alt(s, i):
                for b in links:
                    r = b(s, i)
                    if r >= 0:
                        return r
                return -1
            return alt
        pairs = tuple(zip(tests, links))

        def alt_first(s, i):
            if i < len(s):
                c = s[i]
                for t, b in pairs:
                    if t is None or t(c):
                        r = b(s, i)
                        if r >= 0:
                            return r
            else:
                for t, b in pairs:
                    if t is None:
                        r = b(s, i)
                        if r >= 0:
                            return r
            return -1
        return alt_first

    def link_repeat(self, node, nxt, follower):
        _, lo, hi, mode, body = node
        if len(body) == 1:
            ct = _node_ctest(body[0])
            if ct is not None:
                if mode == 'greedy':
                    return self.greedy_char(ct, lo, hi, nxt, follower)
                return self.lazy_char(ct, lo, hi, nxt, follower)
        if _all_steps(body):
            d = self.step_body(body)
            caps = _has_groups(body)
            if mode == 'greedy':
                return self.greedy_steps(d, caps, lo, hi, nxt)
            return self.lazy_steps(d, caps, lo, hi, nxt)
        return self.general_repeat(body, lo, hi, mode == 'greedy', nxt)

    def greedy_char(self, ct, lo, hi, nxt, follower):
        scan = _scanner(ct)
        ch = None
        if follower is not None:
            if follower[0] == STR:
                ch = follower[1][0]
            elif follower[0] == LIT and follower[2] == 0:
                ch = follower[1]
        if ch is not None:
            def greedy(s, i):
                n = len(s)
                lim = n if hi is None or n - i <= hi else i + hi
                j = scan(s, i, lim)
                least = i + lo
                while j >= least:
                    j = s.rfind(ch, least, j + 1)
                    if j < 0:
                        return -1
                    r = nxt(s, j)
                    if r >= 0:
                        return r
                    j -= 1
                return -1
            return greedy

        def greedy(s, i):
            n = len(s)
            lim = n if hi is None or n - i <= hi else i + hi
            j = scan(s, i, lim)
            least = i + lo
            while j >= least:
                r = nxt(s, j)
                if r >= 0:
                    return r
                j -= 1
            return -1
        return greedy

    def lazy_char(self, ct, lo, hi, nxt, follower):
        scan = _scanner(ct)
        test = _test_func(ct)
        ch = None
        if follower is not None:
            if follower[0] == STR:
                ch = follower[1][0]
            elif follower[0] == LIT and follower[2] == 0:
                ch = follower[1]
        if ch is not None and (ct[0] == 'all' or (ct[0] == 'nset' and len(ct[1]) == 1)):
            stop = None if ct[0] == 'all' else next(iter(ct[1]))

            def lazy_find(s, i):
                n = len(s)
                j = i + lo
                if j > n or (lo and scan(s, i, j) < j):
                    return -1
                lim = n if hi is None or n - i <= hi else i + hi
                if stop is not None:
                    k = s.find(stop, j, lim)
                    if k >= 0:
                        lim = k
                while True:
                    j = s.find(ch, j, lim + 1)
                    if j < 0:
                        return -1
                    r = nxt(s, j)
                    if r >= 0:
                        return r
                    j += 1
            return lazy_find

        def lazy(s, i):
            n = len(s)
            j = i + lo
            if j > n or (lo and scan(s, i, j) < j):
                return -1
            lim = n if hi is None or n - i <= hi else i + hi
            while True:
                r = nxt(s, j)
                if r >= 0:
                    return r
                if j >= lim or not test(s[j]):
                    return -1
                j += 1
        return lazy

    def greedy_steps(self, d, caps, lo, hi, nxt):
        marks = self.marks

        def greedy(s, i):
            pos = [i]
            if caps:
                snaps = [marks.copy()]
            k = 0
            last = -1
            p = i
            while hi is None or k < hi:
                if k >= lo:
                    if p == last:
                        break
                    last = p
                if caps:
                    saved = marks.copy()
                j = d(s, p)
                if j < 0:
                    if caps:
                        marks.clear()
                        marks.extend(saved)
                    break
                k += 1
                p = j
                pos.append(j)
                if caps:
                    snaps.append(marks.copy())
            while k >= lo:
                if caps:
                    marks.clear()
                    marks.extend(snaps[k])
                r = nxt(s, pos[k])
                if r >= 0:
                    return r
                k -= 1
            if caps:
                marks.clear()
                marks.extend(snaps[0])
            return -1
        return greedy

    def lazy_steps(self, d, caps, lo, hi, nxt):
        marks = self.marks

        def lazy(s, i):
            if caps:
                first = marks.copy()
            p = i
            k = 0
            while k < lo:
                p = d(s, p)
                if p < 0:
                    if caps:
                        marks.clear()
                        marks.extend(first)
                    return -1
                k += 1
            last = -1
            while True:
                if caps:
                    saved = marks.copy()
                r = nxt(s, p)
                if r >= 0:
                    return r
                if caps:
                    marks.clear()
                    marks.extend(saved)
                if (hi is not None and k >= hi) or p == last:
                    break
                last = p
                p = d(s, p)
                if p < 0:
                    break
                k += 1
            if caps:
                marks.clear()
                marks.extend(first)
            return -1
        return lazy

    def general_repeat(self, body, lo, hi, greedy, nxt):
        rstate = self.rstate
        slot = len(rstate)
        rstate.append(None)
        cell = []

        if greedy:
            def tail(s, j):
                st = rstate[slot]
                count = st[0] + 1
                last = st[1]
                if count < lo:
                    rstate[slot] = (count, last)
                    r = cell[0](s, j)
                    rstate[slot] = st
                    return r
                if (hi is None or count < hi) and j != last:
                    rstate[slot] = (count, j)
                    r = cell[0](s, j)
                    rstate[slot] = st
                    if r >= 0:
                        return r
                return nxt(s, j)
        else:
            def tail(s, j):
                st = rstate[slot]
                count = st[0] + 1
                last = st[1]
                if count < lo:
                    rstate[slot] = (count, last)
                    r = cell[0](s, j)
                    rstate[slot] = st
                    return r
                r = nxt(s, j)
                if r >= 0:
                    return r
                if (hi is not None and count >= hi) or j == last:
                    return -1
                rstate[slot] = (count, j)
                r = cell[0](s, j)
                rstate[slot] = st
                return r

        cell.append(self.link_body(body, tail))

        def enter(s, i):
            old = rstate[slot]
            rstate[slot] = (-1, -1)
            r = tail(s, i)
            rstate[slot] = old
            return r
        return enter

    # ---- steps -------------------------------------------------------------------------------

    def step_body(self, nodes):
        steps = [self.step(node) for node in nodes]
        if not steps:
            return _ret
        if len(steps) == 1:
            return steps[0]
        if len(steps) == 2:
            d0, d1 = steps

            def seq2(s, i):
                i = d0(s, i)
                if i < 0:
                    return -1
                return d1(s, i)
            return seq2
        if len(steps) == 3:
            d0, d1, d2 = steps

            def seq3(s, i):
                i = d0(s, i)
                if i < 0:
                    return -1
                i = d1(s, i)
                if i < 0:
                    return -1
                return d2(s, i)
            return seq3
        steps = tuple(steps)

        def seq(s, i):
            for d in steps:
                i = d(s, i)
                if i < 0:
                    return -1
            return i
        return seq

    def step(self, node):
        op = node[0]
        marks = self.marks
        if op == STR:
            text = node[1]
            size = len(text)

            def literal(s, i):
                if s.startswith(text, i):
                    return i + size
                return -1
            return literal
        if op == ISTR:
            return _istr_step(node[1], node[2])
        if op in (LIT, ANY, IN):
            return _char_step(_node_ctest(node))
        if op == AT:
            return _AT_STEPS[node[1]]
        if op == GROUP:
            d = self.step_body(node[2])
            gid = node[1]
            if gid is None:
                return d
            a = 2 * gid
            e = a + 1

            def group(s, i):
                j = d(s, i)
                if j < 0:
                    return -1
                marks[a] = i
                marks[e] = j
                marks[0] = gid
                return j
            return group
        if op == ALT:
            steps = [self.step_body(b) for b in node[1]]
            table = {}
            for b, d in zip(node[1], steps):
                f, _ = _first_body(b)
                for ct in f:
                    chars = _finite(ct)
                    if chars is None or len(table) > 200:
                        table = None
                        break
                    for c in chars:
                        table[c] = d
                if table is None:
                    break
            if table is not None:
                get = table.get

                def alt_table(s, i):
                    if i < len(s):
                        d = get(s[i])
                        if d is not None:
                            return d(s, i)
                    return -1
                return alt_table
            steps = tuple(steps)

            def alt(s, i):
                for d in steps:
                    j = d(s, i)
                    if j >= 0:
                        return j
                return -1
            return alt
        if op == REF:
            return self.ref_step(node[1], node[2])
        if op == LOOK:
            return self.look_step(node)
        if op == ATOMIC:
            return self.link_body(node[1], _ret)
        if op == REPEAT:
            _, lo, hi, mode, body = node
            if mode != 'possessive':        # a fixed count of steps
                d = self.step_body(body)

                def fixed(s, i):
                    for _ in range(lo):
                        i = d(s, i)
                        if i < 0:
                            return -1
                    return i
                return fixed
            if len(body) == 1:
                ct = _node_ctest(body[0])
                if ct is not None:
                    return self.possessive_char(ct, lo, hi)
            # each iteration takes the body's first match and is never revisited
            if _all_steps(body):
                d = self.step_body(body)
            else:
                d = self.link_body(body, _ret)
            return self.possessive_steps(d, _has_groups(body), lo, hi)
        if op == COND:
            yes = self.step_body(node[2])
            no = self.step_body(node[3] or [])
            a = 2 * node[1]
            e = a + 1

            def cond(s, i):
                start = marks[a]
                if start >= 0 and marks[e] >= start:
                    return yes(s, i)
                return no(s, i)
            return cond
        raise AssertionError(op)

    def possessive_char(self, ct, lo, hi):
        scan = _scanner(ct)

        def possessive(s, i):
            n = len(s)
            lim = n if hi is None or n - i <= hi else i + hi
            j = scan(s, i, lim)
            if j - i < lo:
                return -1
            return j
        return possessive

    def possessive_steps(self, d, caps, lo, hi):
        marks = self.marks

        def possessive(s, i):
            k = 0
            last = -1
            p = i
            while hi is None or k < hi:
                if k >= lo:
                    if p == last:
                        break
                    last = p
                if caps:
                    saved = marks.copy()
                j = d(s, p)
                if j < 0:
                    if caps:
                        marks.clear()
                        marks.extend(saved)
                    break
                k += 1
                p = j
            if k < lo:
                return -1
            return p
        return possessive

    def ref_step(self, gid, fold):
        marks = self.marks
        a = 2 * gid
        e = a + 1
        if not fold:
            def ref(s, i):
                start = marks[a]
                end = marks[e]
                if start < 0 or end < start:
                    return -1
                if s.startswith(s[start:end], i):
                    return i + end - start
                return -1
            return ref
        key = _casefold.fold if fold == 1 else _ascii_key

        def ref_fold(s, i):
            start = marks[a]
            end = marks[e]
            if start < 0 or end < start:
                return -1
            size = end - start
            j = i + size
            if j > len(s):
                return -1
            for k in range(size):
                x = s[start + k]
                y = s[i + k]
                if x != y and key(x) != key(y):
                    return -1
            return j
        return ref_fold

    def look_step(self, node):
        _, behind, negative, body = node
        sub = self.link_body(body, _ret)
        if not behind:
            if negative:
                def look(s, i):
                    if sub(s, i) >= 0:
                        return -1
                    return i
            else:
                def look(s, i):
                    if sub(s, i) >= 0:
                        return i
                    return -1
            return look
        width = _width(body, self.gwidths)[0]
        if negative:
            def look_behind(s, i):
                if i >= width and sub(s, i - width) >= 0:
                    return -1
                return i
        else:
            def look_behind(s, i):
                if i >= width and sub(s, i - width) >= 0:
                    return i
                return -1
        return look_behind


def _ascii_key(c):
    if 'A' <= c <= 'Z':
        return c.lower()
    return c


def _scanner(ct):
    """scan(s, i, lim): the first index in [i, lim] from which ct stops matching."""
    kind = ct[0]
    if kind == 'all':
        return lambda s, i, lim: lim
    if kind == 'eq':
        ch = ct[1]

        def scan_eq(s, i, lim):
            while i < lim and s[i] == ch:
                i += 1
            return i
        return scan_eq
    if kind == 'set':
        fs = ct[1]

        def scan_set(s, i, lim):
            while i < lim and s[i] in fs:
                i += 1
            return i
        return scan_set
    if kind == 'nset':
        fs = ct[1]
        if len(fs) == 1:
            stop = next(iter(fs))

            def scan_find(s, i, lim):
                j = s.find(stop, i, lim)
                return lim if j < 0 else j
            return scan_find

        def scan_nset(s, i, lim):
            while i < lim and s[i] not in fs:
                i += 1
            return i
        return scan_nset
    f = ct[1]
    yes = ct[3]

    def scan_fn(s, i, lim):
        while i < lim:
            c = s[i]
            if c in yes:
                i += 1
            elif c < '\x80' or not f(c):
                return i
            else:
                i += 1
        return i
    return scan_fn


def _char_step(ct):
    kind = ct[0]
    if kind == 'eq':
        ch = ct[1]

        def char_eq(s, i):
            if s.startswith(ch, i):
                return i + 1
            return -1
        return char_eq
    if kind == 'set':
        fs = ct[1]

        def char_set(s, i):
            if i < len(s) and s[i] in fs:
                return i + 1
            return -1
        return char_set
    if kind == 'nset':
        fs = ct[1]

        def char_nset(s, i):
            if i < len(s) and s[i] not in fs:
                return i + 1
            return -1
        return char_nset
    if kind == 'all':
        def char_any(s, i):
            if i < len(s):
                return i + 1
            return -1
        return char_any
    f = ct[1]
    yes = ct[3]

    def char_fn(s, i):
        if i < len(s):
            c = s[i]
            if c in yes or (c >= '\x80' and f(c)):
                return i + 1
        return -1
    return char_fn


def _istr_step(text, fold):
    """The step for a run of case-insensitive literals.

    Comparing lowercased slices settles most cases at once; characters whose case rules are
    not plain lowercasing (long s, Kelvin sign, dotted I, ...) are checked one by one against
    the sets of their case-equivalents.
    """
    size = len(text)
    if fold == 1:
        sets = tuple(frozenset(_casefold.members(c)) for c in text)
        low = text.lower()
        fast = len(low) == size
        plain = text.isascii()
    else:
        sets = tuple(frozenset(_casefold.ascii_members(c)) for c in text)
        low = _casefold.ascii_lower(text)

    def slow(t):
        k = 0
        for c in t:
            if c not in sets[k]:
                return False
            k += 1
        return True

    if fold == 1:
        def istr(s, i):
            t = s[i:i + size]
            if len(t) != size:
                return -1
            if fast and t.lower() == low:
                return i + size
            if plain and t.isascii():
                return -1
            return i + size if slow(t) else -1
    else:
        def istr(s, i):
            t = s[i:i + size]
            if len(t) != size:
                return -1
            if t.isascii():
                return i + size if t.lower() == low else -1
            return i + size if slow(t) else -1
    return istr


# ---- anchors -------------------------------------------------------------------------------

def _at_bol(s, i):
    return i if i == 0 else -1


def _at_bolm(s, i):
    if i == 0 or s[i - 1] == '\n':
        return i
    return -1


def _at_eol(s, i):
    n = len(s)
    if i == n or (i == n - 1 and s[i] == '\n'):
        return i
    return -1


def _at_eolm(s, i):
    if i == len(s) or s[i] == '\n':
        return i
    return -1


def _at_end(s, i):
    return i if i == len(s) else -1


def _boundary(word, want):
    def at(s, i):
        n = len(s)
        if not n:
            return -1
        before = i > 0 and word(s[i - 1])
        after = i < n and word(s[i])
        if (before != after) == want:
            return i
        return -1
    return at


_AT_STEPS = {
    'bol': _at_bol, 'A': _at_bol, 'bolm': _at_bolm, 'eol': _at_eol, 'eolm': _at_eolm,
    'Z': _at_end,
    'b': _boundary(_uword, True), 'B': _boundary(_uword, False),
    'ab': _boundary(_ASCII_WORD.__contains__, True),
    'aB': _boundary(_ASCII_WORD.__contains__, False),
}
