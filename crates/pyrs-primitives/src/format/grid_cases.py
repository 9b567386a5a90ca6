# Regenerates grid_cases.txt from CPython 3.11 (the oracle): python3 grid_cases.py > grid_cases.txt
# Each line: KIND <tab> VALUE <tab> SPEC <tab> EXPECTED ("!Kind: message" for an error).
import math, random, struct

out = []

def emit(kind, value, spec, fn):
    try:
        r = fn()
    except Exception as e:
        r = '!' + type(e).__name__ + ': ' + str(e)
    if not all(32 <= ord(c) < 127 for c in r):
        return  # keep the table printable ASCII
    for s in (value, spec, r):
        assert '\t' not in s and '\n' not in s and all(32 <= ord(c) < 127 for c in s), (kind, value, spec, r)
    if len(r) > 100:
        # Long results are stored as ~length:FNV-1a-64 hash:first 40 characters.
        h = 0xcbf29ce484222325
        for b in r.encode():
            h = ((h ^ b) * 0x100000001b3) & 0xffffffffffffffff
        r = f'~{len(r)}:{h:016x}:{r[:40]}'
    out.append(f'{kind}\t{value}\t{spec}\t{r}')

inf, nan = math.inf, math.nan
floats = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 2.675, 0.1, 1/3, -2/3, 123456.0, 1234567.0,
          123456789.012, 1e15, 1e16, 1e17, 1.2345678901234568e17, 1e-4, 1e-5, 1.5e-7, 5e-324,
          1.7976931348623157e308, 1e300, 1e-300, 9.999999e-5, 0.00001234, 999999.5, 9.5, 0.05,
          0.25, inf, -inf, nan, 1e22, 12.5, -0.001, 99.99, -1234.5678, 0.0009999, 99999.95]
fspecs = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0', '.1', '.2', '.3', '.10', '.17', '.20',
          '.0e', '.1e', '.3e', '.17e', '.25e', '.0f', '.1f', '.2f', '.5f', '.20f', '.0g', '.1g',
          '.2g', '.3g', '.10g', '.17g', '.20g', '.0%', '.1%', '#', '#.0', '#.3', '#e', '#.0e', '#f',
          '#.0f', '#g', '#.0g', '#.3g', '#.10g', '+', '-', ' ', '+e', ' f', 'z', 'z.1f', 'z.0f',
          'z.2e', 'z.3g', 'z%', ',', '_', ',f', ',.2f', '_.3f', ',g', ',e', ',.0f', '020', '020,',
          '020,.2f', '+020,.3f', '<12', '>12', '^12', '=12', '*^15.3f', '0<12', '0>12', '-015.3e',
          ' 015_.2f', '#015.0f', '015%', ',%', 'x=+20,.1f', 'z010.1f', '.3n', 'n', '#n', 'G', '.3G',
          'd', 'x', 'c', 's', ',n', 'z,.1f', '#,.0f', '015,']
for x in floats:
    for s in fspecs:
        emit('F', repr(x), s, lambda: format(x, s))

rng = random.Random(1234)
rand = []
for _ in range(100):
    bits = rng.getrandbits(64)
    x = struct.unpack('<d', struct.pack('<Q', bits))[0]
    if math.isfinite(x):
        rand.append(x)
for _ in range(40):
    rand.append(rng.uniform(-1e6, 1e6))
    rand.append(rng.uniform(0, 1) * 10 ** rng.randint(-30, 30))
for x in rand:
    emit('R', repr(x), '', lambda: repr(x))
    for s in ['.17g', '.5e', '.0e', '.3', '.12g', 'g']:
        emit('F', repr(x), s, lambda: format(x, s))
    if abs(x) < 1e40:
        for s in ['f', '.2f', '.15f', ',.3f']:
            emit('F', repr(x), s, lambda: format(x, s))
for x in [1e300, 1e-300, 5e-324, 2.0 ** -1074 * 3, 0.1, 1 / 3, 1e23]:
    for s in ['.400f', '.330e', '.1100f', '.60g', '#.40g']:
        emit('F', repr(x), s, lambda: format(x, s))

ints = [0, 1, -1, 7, 255, -255, 12345, -1234567, 10**17 + 1, 2**63, -2**70, 10**22, 123456789,
        2**53 + 1, 10**30 + 7]
ispecs = ['', 'd', 'b', 'o', 'x', 'X', 'n', '#b', '#o', '#x', '#X', '+d', ' d', '-d', ',', '_', '_b',
          '_o', '_x', '_X', '#_x', '010', '010,', '012_x', '#012_x', '#012_b', '+012,', '<10',
          '^10', '=10', 'x>10', '0=10', '0<10', '*=+12,', 'e', '.2e', 'f', '.3f', 'g', '.3g', '%',
          '.1%', 'E', ',f', '020,.2f', 'z.1f', '#.0e', 'G', ',g', '.2', 's', 'c', '+c', 'z', '#016_b',
          '-#x', ' #o', '*^+15_X']
for v in ints:
    for s in ispecs:
        emit('I', str(v), s, lambda: format(v, s))
for v in [0, 65, 233, 0x10ffff, 0x110000, -1]:
    for s in ['c', '5c', '<5c', '^5c', '=5c', '05c']:
        r = None
        try:
            r = format(v, s)
        except Exception:
            pass
        if r is None or all(32 <= ord(c) < 127 for c in r):
            emit('I', str(v), s, lambda: format(v, s))

cvals = [(1, 2), (0, 1), (0, -1), (-0.0, -1), (0, -0.0), (nan, inf), (0, 1e16), (1e16, 1e-5),
         (1.5, -nan), (-0.0, 0.0), (1, -0.0), (0, 1e300), (1.5, 2.5), (-1234.5678, 0.001),
         (inf, -inf), (0.1, 0.2), (-0.0, -0.0), (123456.0, -7.0), (-1e-7, 1e22)]
cspecs = ['', '.0', '.1', '.3', '.10', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '.2e', '.2f', '.3g', '#',
          '#.0f', '#g', '+', ' ', '-', 'z', 'z.1f', ',', ',.2f', '_.3f', '<30', '>30', '^30',
          'x^30.2f', '20', '+20.3e', '#.3', 'z.0', '0', '=10', '010', '%', 'd', 's', ',n', '0<10',
          'z=5', '.2147483648', '#.0e', '+.0', ' 8']
for re_, im in cvals:
    c = complex(re_, im)
    emit('CR', f'{re_!r},{im!r}', '', lambda: repr(c))
    for s in cspecs:
        emit('C', f'{re_!r},{im!r}', s, lambda: format(c, s))

strs = ['', 'a', 'abc', 'hello world']
sspecs = ['', 's', '5', '<5', '>5', '^5', '^6', 'x^7', '*>8s', '.0', '.1', '.2', '.10', '8.2',
          '^8.3', '05', '<05', '0^7', '=5', '+', ' ', '#', 'z', ',', '_', 'd', '.x', 'x>5.1s']
for v in strs:
    for s in sspecs:
        emit('S', v, s, lambda: format(v, s))

pints = [0, 7, -255, 123456789, 10**20]
for flags in ['', '-', '+', ' ', '#', '0', '-0', ' 0', '#0', '+#0']:
    for width in ['', '8']:
        for prec in ['', '.0', '.3']:
            for conv in 'diouxX':
                f = f'%{flags}{width}{prec}{conv}'
                for v in pints:
                    emit('PI', str(v), f, lambda: f % v)
pfloats = [-0.0, 1.5, -2.675, 1e20, 1e-7, 123456.789, -inf, nan, 2.5]
for flags in ['', '-', '+', ' ', '#', '0', '+0', '-#', '#0']:
    for width in ['', '12']:
        for prec in ['', '.0', '.3']:
            for conv in 'eEfFgG':
                f = f'%{flags}{width}{prec}{conv}'
                for v in pfloats:
                    emit('PF', repr(v), f, lambda: f % v)

print('\n'.join(out))
