"""Heap queue (priority queue) algorithms: pyrs's pure-Python ``heapq`` module.

A heap is a plain list ``h`` with ``h[k] <= h[2*k+1]`` and ``h[k] <= h[2*k+2]`` for every
``k`` (a min-heap: ``h[0]`` is the smallest item).  Items are compared with ``<`` only.

The functions move items exactly as CPython's ``heapq`` does, so a heap list holds its
items in the same order after every operation, and the same comparisons are made:

* an item added at the end climbs towards the root while it is smaller than its parent;
* to refill the root, the hole left there is first moved down to a leaf along the path of
  smaller children (without comparing with the new item), then the new item is put in the
  hole and climbs back up.  This makes fewer comparisons than stopping early on the way down.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def _check_list(heap, name, single):
    if not isinstance(heap, list):
        if single:
            raise TypeError("%s() argument must be list, not %s" % (name, type(heap).__name__))
        raise TypeError("%s() argument 1 must be list, not %s" % (name, type(heap).__name__))


# ---------------------------------------------------------------------------------------
# The two sifting primitives (min-heap and max-heap versions)
# ---------------------------------------------------------------------------------------

def _siftdown(heap, startpos, pos):
    """Let the item at ``pos`` climb towards ``startpos`` while it is smaller than its parent."""
    item = heap[pos]
    while pos > startpos:
        up = (pos - 1) >> 1
        parent = heap[up]
        if item < parent:
            heap[pos] = parent
            pos = up
        else:
            break
    heap[pos] = item


def _siftup(heap, pos):
    """Re-establish the heap below ``pos``, whose item may be too large for its place."""
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    # Walk the hole down to a leaf, always promoting the smaller child (the left one on ties).
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown(heap, top, pos)


def _siftdown_max(heap, startpos, pos):
    """Max-heap version of ``_siftdown``."""
    item = heap[pos]
    while pos > startpos:
        up = (pos - 1) >> 1
        parent = heap[up]
        if parent < item:
            heap[pos] = parent
            pos = up
        else:
            break
    heap[pos] = item


def _siftup_max(heap, pos):
    """Max-heap version of ``_siftup``."""
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown_max(heap, top, pos)


# ---------------------------------------------------------------------------------------
# Public min-heap operations
# ---------------------------------------------------------------------------------------

def heappush(heap, item):
    """Add item to the heap, keeping it a heap."""
    if type(heap) is not list:
        _check_list(heap, "heappush", False)
    list.append(heap, item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Remove and return the smallest item of the heap (IndexError if it is empty)."""
    if type(heap) is not list:
        _check_list(heap, "heappop", True)
    if not heap:
        raise IndexError("index out of range")
    last = list.pop(heap)
    if heap:
        smallest = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Remove and return the smallest item, then add item (one sift instead of two).

    The item returned may be larger than the one added; to keep the smaller of the two,
    use heappushpop().  IndexError if the heap is empty.
    """
    if type(heap) is not list:
        _check_list(heap, "heapreplace", False)
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Add item, then remove and return the smallest item (item itself when it is
    not larger than the heap's smallest), more cheaply than heappush() + heappop()."""
    if type(heap) is not list:
        _check_list(heap, "heappushpop", False)
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _siftup(heap, 0)
        return smallest
    return item


def heapify(heap):
    """Rearrange the list in place into a heap, in linear time."""
    if type(heap) is not list:
        _check_list(heap, "heapify", True)
    for i in range(len(heap) // 2 - 1, -1, -1):
        _siftup(heap, i)


# ---------------------------------------------------------------------------------------
# Max-heap helpers (private, as in CPython; used by merge(reverse=True) and nsmallest)
# ---------------------------------------------------------------------------------------

def _heapify_max(heap):
    """heapify() for a max-heap (largest item first)."""
    if type(heap) is not list:
        _check_list(heap, "_heapify_max", True)
    for i in range(len(heap) // 2 - 1, -1, -1):
        _siftup_max(heap, i)


def _heappop_max(heap):
    """heappop() for a max-heap."""
    if type(heap) is not list:
        _check_list(heap, "_heappop_max", True)
    if not heap:
        raise IndexError("index out of range")
    last = list.pop(heap)
    if heap:
        largest = heap[0]
        heap[0] = last
        _siftup_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    """heapreplace() for a max-heap."""
    if type(heap) is not list:
        _check_list(heap, "_heapreplace_max", False)
    if not heap:
        raise IndexError("index out of range")
    largest = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return largest


# ---------------------------------------------------------------------------------------
# merge, nsmallest, nlargest
# ---------------------------------------------------------------------------------------

def merge(*iterables, key=None, reverse=False):
    """Lazily merge several sorted iterables into one sorted iterator.

    The result is that of sorted(chain(*iterables), key=key, reverse=reverse), but each
    input is read only as far as needed.  Every input must already be sorted (in
    decreasing order when reverse is true).  Equal items come out in the order of the
    inputs they come from.
    """
    # Each heap entry is a list [sort value, tie-breaker, (item,) iterator]: the
    # tie-breaker (the input's position, negated when merging in reverse) keeps the merge
    # stable and means the iterators themselves are never compared.
    if reverse:
        make_heap, pop, replace, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop, replace, sign = heapify, heappop, heapreplace, 1
    entries = []
    if key is None:
        for position, iterable in enumerate(iterables):
            it = iter(iterable)
            for first in it:
                entries.append([first, position * sign, it])
                break
        make_heap(entries)
        while len(entries) > 1:
            entry = entries[0]
            it = entry[2]
            yield entry[0]
            for value in it:
                entry[0] = value
                replace(entries, entry)
                break
            else:
                pop(entries)
        if entries:
            entry = entries[0]
            yield entry[0]
            yield from entry[2]
        return
    for position, iterable in enumerate(iterables):
        it = iter(iterable)
        for first in it:
            entries.append([key(first), position * sign, first, it])
            break
    make_heap(entries)
    while len(entries) > 1:
        entry = entries[0]
        it = entry[3]
        yield entry[2]
        for value in it:
            entry[0] = key(value)
            entry[2] = value
            replace(entries, entry)
            break
        else:
            pop(entries)
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from entry[3]


_NOTHING = object()


def _without_heap(n, iterable, key, pick, reverse):
    """The answer of nsmallest (``pick`` min) or nlargest (``pick`` max, ``reverse`` true)
    when no heap is needed: n == 1, or n at least the length of a sized iterable.  Else
    None."""
    if n == 1:
        best = pick(iter(iterable), default=_NOTHING, key=key)
        return [] if best is _NOTHING else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        return None
    if n >= size:
        return sorted(iterable, key=key, reverse=reverse)[:n]
    return None


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable (by key), as sorted(iterable, key=key)[:n]
    would give them, but without sorting everything."""
    result = _without_heap(n, iterable, key, min, False)
    if result is not None:
        return result

    # Keep the n best so far in a max-heap of decorated entries whose top is the worst
    # of them; a later item only gets in when it beats that worst one.  The sequence
    # number keeps equal items in their input order.
    it = iter(iterable)
    if key is None:
        best = [(item, i) for i, item in zip(range(n), it)]
        if not best:
            return best
        _heapify_max(best)
        worst = best[0][0]
        seq = n
        for item in it:
            if item < worst:
                _heapreplace_max(best, (item, seq))
                worst = best[0][0]
                seq += 1
        best.sort()
        return [entry[0] for entry in best]
    best = [(key(item), i, item) for i, item in zip(range(n), it)]
    if not best:
        return best
    _heapify_max(best)
    worst = best[0][0]
    seq = n
    for item in it:
        k = key(item)
        if k < worst:
            _heapreplace_max(best, (k, seq, item))
            worst = best[0][0]
            seq += 1
    best.sort()
    return [entry[2] for entry in best]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable (by key), as sorted(iterable, key=key,
    reverse=True)[:n] would give them, but without sorting everything."""
    result = _without_heap(n, iterable, key, max, True)
    if result is not None:
        return result

    # A min-heap of the n best so far; sequence numbers count down so that, after the
    # final reverse sort, equal items keep their input order.
    it = iter(iterable)
    if key is None:
        best = [(item, i) for i, item in zip(range(0, -n, -1), it)]
        if not best:
            return best
        heapify(best)
        worst = best[0][0]
        seq = -n
        for item in it:
            if worst < item:
                heapreplace(best, (item, seq))
                worst = best[0][0]
                seq -= 1
        best.sort(reverse=True)
        return [entry[0] for entry in best]
    best = [(key(item), i, item) for i, item in zip(range(0, -n, -1), it)]
    if not best:
        return best
    heapify(best)
    worst = best[0][0]
    seq = -n
    for item in it:
        k = key(item)
        if worst < k:
            heapreplace(best, (k, seq, item))
            worst = best[0][0]
            seq -= 1
    best.sort(reverse=True)
    return [entry[2] for entry in best]
