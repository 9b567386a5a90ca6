# itertools used in a small pipeline, then an islice() with a negative stop escapes.
import sys
from itertools import accumulate, chain, groupby, islice, pairwise, count

words = "the quick brown fox jumps over the lazy dog".split()
lengths = [len(w) for w in words]
print("running", list(accumulate(lengths)))
print("pairs", [b - a for a, b in pairwise(lengths)])
print("by_len", [(k, len(list(g))) for k, g in groupby(sorted(lengths))])
print("first3", list(islice(chain(words, count()), 7, 12)))
evens = (n for n in count() if n % 2 == 0)
print("evens", list(islice(evens, 5)))


def window(seq, size):
    """Sliding windows built from islice over a shared iterator."""
    it = iter(seq)
    win = list(islice(it, size))
    if len(win) == size:
        yield tuple(win)
    for item in it:
        win = win[1:] + [item]
        yield tuple(win)


print("windows", list(window(range(6), 3)))
print("window_short", list(window("ab", 3)))
total = 0
for i, w in enumerate(islice(window(count(1), 2), 4)):
    total += w[0] * w[1]
    print("step", i, w, total)
try:
    islice(words, 1, 2, 0)
except ValueError as e:
    print("caught", e)
sys.stdout.flush()
print("bad", list(islice(words, -3)))
