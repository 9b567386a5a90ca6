"""Bisection algorithms for sorted sequences: pyrs's pure-Python ``bisect`` module.

``bisect_left``/``bisect_right`` find an insertion point in a sorted sequence and
``insort_left``/``insort_right`` insert an item there.  Only ``<`` is used to compare items,
and ``key`` (when given) is applied to the sequence's items, never to ``x`` (as in CPython).
"""


_MAXSIZE = 9223372036854775807


def _lo_index(lo):
    """``lo`` as an int, converted (and checked) the way CPython's C module does it."""
    if type(lo) is not int:
        # range() applies __index__ and raises "'X' object cannot be interpreted as an integer"
        lo = range(lo).stop
    if lo > _MAXSIZE or lo < -_MAXSIZE - 1:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return lo


def _bounds(a, lo, hi):
    """The checked (lo, hi) pair of a call: ``hi`` None (or -1) means ``len(a)``."""
    lo = _lo_index(lo)
    if hi is not None:
        if type(hi) is not int:
            if not hasattr(type(hi), "__index__"):
                raise TypeError("argument should be integer or None, not '%s'" % type(hi).__name__)
            hi = range(hi).stop
        if hi > _MAXSIZE or hi < -_MAXSIZE - 1:
            raise OverflowError("cannot fit 'int' into an index-sized integer")
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None or hi == -1:
        hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Index at which to insert x in the sorted sequence a, after any items equal to x.

    Every item of a[lo:i] is <= x and every item of a[i:hi] is > x.  lo and hi (default
    0 and len(a)) restrict the search; key, when given, is applied to the items of a.
    """
    if lo != 0 or hi is not None or type(lo) is not int:
        lo, hi = _bounds(a, lo, hi)
    else:
        hi = len(a)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Index at which to insert x in the sorted sequence a, before any items equal to x.

    Every item of a[lo:i] is < x and every item of a[i:hi] is >= x.  lo and hi (default
    0 and len(a)) restrict the search; key, when given, is applied to the items of a.
    """
    if lo != 0 or hi is not None or type(lo) is not int:
        lo, hi = _bounds(a, lo, hi)
    else:
        hi = len(a)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, after any items equal to x.

    lo, hi and key are as for bisect_right(); key is applied to x as well.
    """
    i = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(i, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, before any items equal to x.

    lo, hi and key are as for bisect_left(); key is applied to x as well.
    """
    i = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(i, x)


bisect = bisect_right
insort = insort_right
