"""Iterator building blocks: pyrs's pure-Python ``itertools`` module.

Every iterator here is a class (as in CPython, ``type(chain())`` is ``itertools.chain``)
whose ``__next__`` is a small state machine that pulls from its inputs exactly when, and
as often as, CPython's C implementation does: laziness, side effects and the state left
after an exception are the same.  Argument errors use CPython's messages.

Endless: count, cycle, repeat.
Ending with the shortest input: accumulate, chain (and chain.from_iterable), compress,
dropwhile, filterfalse, groupby, islice, pairwise, starmap, takewhile, tee, zip_longest.
Combinatoric: product, permutations, combinations, combinations_with_replacement.
"""

_MAXSIZE = 9223372036854775807
_NULL = object()          # "no value yet" marker (a NULL slot in CPython)


# ---------------------------------------------------------------------------------------
# Argument parsing with CPython's error messages
# ---------------------------------------------------------------------------------------

def _plural(n, word):
    return "%d %s%s" % (n, word, "" if n == 1 else "s")


def _unpack(name, args, kwargs, lo, hi, kwname=None):
    """Positional-only arguments checked like CPython's PyArg_UnpackTuple."""
    if kwargs:
        raise TypeError("%s() takes no keyword arguments" % (kwname or name))
    n = len(args)
    if n < lo or n > hi:
        if lo == hi:
            raise TypeError("%s expected %s, got %d" % (name, _plural(lo, "argument"), n))
        if n < lo:
            raise TypeError("%s expected at least %s, got %d" % (name, _plural(lo, "argument"), n))
        raise TypeError("%s expected at most %s, got %d" % (name, _plural(hi, "argument"), n))
    return args


def _parse(name, args, kwargs, params, required, defaults, npos=None):
    """Arguments checked like CPython's argument clinic / PyArg_ParseTupleAndKeywords.

    ``params`` names every parameter; the first ``required`` ones are mandatory and the
    others take their values from ``defaults``; only the first ``npos`` (all by default)
    may be given by position.
    """
    nparams = len(params)
    if npos is None:
        npos = nparams
    nargs = len(args)
    total = nargs + len(kwargs)
    if total > nparams:
        raise TypeError("%s() takes at most %d argument%s (%d given)"
                        % (name, nparams, "" if nparams == 1 else "s", total))
    if nargs > npos:
        raise TypeError("%s() takes at most %d positional argument%s (%d given)"
                        % (name, npos, "" if npos == 1 else "s", nargs))
    values = []
    for i in range(nparams):
        p = params[i]
        if i < nargs:
            if p in kwargs:
                raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                                % (name, p, i + 1))
            values.append(args[i])
        elif p in kwargs:
            values.append(kwargs[p])
        elif i < required:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (name, p, i + 1))
        else:
            values.append(defaults[i - required])
    if kwargs:
        for k in kwargs:
            if k not in params:
                raise TypeError("'%s' is an invalid keyword argument for %s()" % (k, name))
    return values


def _ssize(value):
    """``value`` as a C ``Py_ssize_t`` (via ``__index__``), with CPython's errors."""
    if type(value) is not int:
        value = range(value).stop     # applies __index__, or raises the usual TypeError
    if value > _MAXSIZE or value < -_MAXSIZE - 1:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return value


def _iter_self(self):
    """The ``__iter__`` of every iterator here."""
    return self


def _new_func_and_iter(cls, name, args, kwargs):
    """A new ``cls`` for the arguments (function, iterable), in ``_func`` and ``_it``."""
    if kwargs or len(args) != 2:
        _unpack(name, args, kwargs, 2, 2)
    self = object.__new__(cls)
    self._func = args[0]
    self._it = iter(args[1])
    return self


def _new_combinatoric(cls, pool, r):
    """A new ``cls`` giving r-length tuples of the items of the tuple ``pool`` (r is
    checked), before its first item."""
    if r < 0:
        raise ValueError("r must be non-negative")
    self = object.__new__(cls)
    self._pool = pool
    self._r = r
    self._indices = None
    return self


def _is_number(x):
    """CPython's PyNumber_Check: the type converts to int or float, or x is complex."""
    t = type(x)
    return (hasattr(t, "__index__") or hasattr(t, "__int__") or hasattr(t, "__float__")
            or isinstance(x, complex))


# ---------------------------------------------------------------------------------------
# Infinite iterators
# ---------------------------------------------------------------------------------------

class count:
    """count(start=0, step=1): start, start+step, start+2*step, ... without end."""
    __slots__ = ("_cnt", "_step", "_plain")

    def __new__(cls, *args, **kwargs):
        if kwargs or len(args) > 2:
            args = _parse("count", args, kwargs, ("start", "step"), 0, (_NULL, _NULL))
        start = args[0] if len(args) > 0 else _NULL
        step = args[1] if len(args) > 1 else _NULL
        if (start is not _NULL and not _is_number(start)) or \
                (step is not _NULL and not _is_number(step)):
            raise TypeError("a number is required")
        if start is _NULL:
            start = 0
        # CPython counts in a C integer when start is an int and the step the int 1: the
        # values are then plain ints (count(True) gives 1, 2, ...), and so is the repr.
        plain = (isinstance(start, int) and -_MAXSIZE - 1 <= start <= _MAXSIZE
                 and (step is _NULL or (isinstance(step, int) and step == 1)))
        self = object.__new__(cls)
        if plain:
            self._cnt = start if type(start) is int else int.__index__(start)
            self._step = 1
        else:
            self._cnt = start
            self._step = 1 if step is _NULL else step
        self._plain = plain
        return self

    __iter__ = _iter_self

    def __next__(self):
        value = self._cnt
        self._cnt = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        if self._plain:
            return "%s(%d)" % (name, self._cnt)
        step = self._step
        if isinstance(step, int) and step == 1:
            return "%s(%r)" % (name, self._cnt)
        return "%s(%r, %r)" % (name, self._cnt, step)


class cycle:
    """cycle(iterable): the items of iterable, then the same items again and again
    (remembered during the first pass)."""
    __slots__ = ("_it", "_saved", "_index")

    def __new__(cls, *args, **kwargs):
        if kwargs or len(args) != 1:
            _unpack("cycle", args, kwargs, 1, 1)
        self = object.__new__(cls)
        self._it = iter(args[0])
        self._saved = []
        self._index = 0
        return self

    __iter__ = _iter_self

    def __next__(self):
        it = self._it
        if it is not None:
            for item in it:
                self._saved.append(item)
                return item
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        i = self._index
        item = saved[i]
        i += 1
        self._index = 0 if i >= len(saved) else i
        return item


class repeat:
    """repeat(object[, times]): object, times times (or endlessly)."""
    __slots__ = ("_element", "_cnt")

    def __new__(cls, *args, **kwargs):
        if kwargs or not 1 <= len(args) <= 2:
            args = _parse("repeat", args, kwargs, ("object", "times"), 1, (_NULL,))
        self = object.__new__(cls)
        self._element = args[0]
        if len(args) > 1 and args[1] is not _NULL:
            times = _ssize(args[1])
            self._cnt = times if times > 0 else 0
        else:
            self._cnt = -1
        return self

    __iter__ = _iter_self

    def __next__(self):
        cnt = self._cnt
        if cnt == 0:
            raise StopIteration
        if cnt > 0:
            self._cnt = cnt - 1
        return self._element

    def __length_hint__(self):
        """The number of items left (TypeError when endless)."""
        if self._cnt == -1:
            raise TypeError("len() of unsized object")
        return self._cnt

    def __repr__(self):
        if self._cnt == -1:
            return "%s(%r)" % (type(self).__name__, self._element)
        return "%s(%r, %d)" % (type(self).__name__, self._element, self._cnt)


# ---------------------------------------------------------------------------------------
# Iterators terminating on the shortest input
# ---------------------------------------------------------------------------------------

class accumulate:
    """accumulate(iterable, func=None, *, initial=None): running totals of the items
    (func(total, item) instead of total + item when func is given), starting with
    initial when it is not None."""
    __slots__ = ("_it", "_func", "_total", "_initial")

    def __new__(cls, *args, **kwargs):
        if kwargs or len(args) != 1:
            args = _parse("accumulate", args, kwargs, ("iterable", "func", "initial"), 1,
                          (None, None), 2)
        self = object.__new__(cls)
        self._it = iter(args[0])
        self._func = args[1] if len(args) > 1 else None
        initial = args[2] if len(args) > 2 else None
        self._initial = _NULL if initial is None else initial
        self._total = _NULL
        return self

    __iter__ = _iter_self

    def __next__(self):
        initial = self._initial
        if initial is not _NULL:
            self._initial = _NULL
            self._total = initial
            return initial
        value = next(self._it)
        total = self._total
        if total is not _NULL:
            func = self._func
            value = total + value if func is None else func(total, value)
        self._total = value
        return value


class chain:
    """chain(*iterables): the items of the first iterable, then of the second, and so on."""
    __slots__ = ("_source", "_active")

    def __new__(cls, *iterables, **kwargs):
        if kwargs:
            raise TypeError("chain() takes no keyword arguments")
        self = object.__new__(cls)
        self._source = iter(iterables)
        self._active = None
        return self

    @classmethod
    def from_iterable(cls, *args, **kwargs):
        """chain.from_iterable(iterables): chain(*iterables), reading iterables lazily."""
        if kwargs:
            raise TypeError("chain.from_iterable() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError("chain.from_iterable() takes exactly one argument (%d given)" % len(args))
        source = iter(args[0])
        self = object.__new__(cls)
        self._source = source
        self._active = None
        return self

    __iter__ = _iter_self

    def __next__(self):
        while True:
            active = self._active
            if active is None:
                source = self._source
                if source is None:
                    raise StopIteration
                try:
                    active = iter(next(source))
                except BaseException:
                    # A failing source (or a non-iterable in it) ends the chain for good.
                    self._source = None
                    raise
                self._active = active
            for item in active:
                return item
            self._active = None


class compress:
    """compress(data, selectors): the items of data whose matching selector is true;
    stops when either input is exhausted."""
    __slots__ = ("_data", "_selectors")

    def __new__(cls, *args, **kwargs):
        if kwargs or len(args) != 2:
            args = _parse("compress", args, kwargs, ("data", "selectors"), 2, ())
        self = object.__new__(cls)
        self._data = iter(args[0])
        self._selectors = iter(args[1])
        return self

    __iter__ = _iter_self

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            datum = next(data)
            if next(selectors):
                return datum


class dropwhile:
    """dropwhile(predicate, iterable): the items of iterable from the first one for
    which predicate is false onwards."""
    __slots__ = ("_func", "_it", "_dropped")

    def __new__(cls, *args, **kwargs):
        self = _new_func_and_iter(cls, "dropwhile", args, kwargs)
        self._dropped = False
        return self

    __iter__ = _iter_self

    def __next__(self):
        it = self._it
        if self._dropped:
            return next(it)
        pred = self._func
        while True:
            item = next(it)
            if not pred(item):
                self._dropped = True
                return item


class takewhile:
    """takewhile(predicate, iterable): the items of iterable up to (not including) the
    first one for which predicate is false."""
    __slots__ = ("_func", "_it", "_stop")

    def __new__(cls, *args, **kwargs):
        self = _new_func_and_iter(cls, "takewhile", args, kwargs)
        self._stop = False
        return self

    __iter__ = _iter_self

    def __next__(self):
        if self._stop:
            raise StopIteration
        item = next(self._it)
        if self._func(item):
            return item
        self._stop = True
        raise StopIteration


class filterfalse:
    """filterfalse(function or None, iterable): the items for which function(item)
    is false (the false items themselves when function is None)."""
    __slots__ = ("_func", "_it")

    def __new__(cls, *args, **kwargs):
        return _new_func_and_iter(cls, "filterfalse", args, kwargs)

    __iter__ = _iter_self

    def __next__(self):
        func = self._func
        if func is None or func is bool:
            for item in self._it:
                if not item:
                    return item
        else:
            for item in self._it:
                if not func(item):
                    return item
        raise StopIteration


class groupby:
    """groupby(iterable, key=None): (key, group) pairs for the runs of consecutive items
    with equal keys; each group is an iterator that ends when the groupby moves on."""
    __slots__ = ("_it", "_keyfunc", "_tgtkey", "_currkey", "_currvalue", "_currgrouper")

    def __new__(cls, *args, **kwargs):
        if kwargs or len(args) != 1:
            args = _parse("groupby", args, kwargs, ("iterable", "key"), 1, (None,))
        self = object.__new__(cls)
        self._it = iter(args[0])
        self._keyfunc = args[1] if len(args) > 1 else None
        self._tgtkey = self._currkey = self._currvalue = _NULL
        self._currgrouper = None
        return self

    __iter__ = _iter_self

    def _step(self):
        value = next(self._it)
        keyfunc = self._keyfunc
        key = value if keyfunc is None else keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._currgrouper = None
        # Skip what is left of the current group.
        while True:
            currkey = self._currkey
            if currkey is not _NULL:
                tgtkey = self._tgtkey
                if tgtkey is _NULL or not (tgtkey is currkey or tgtkey == currkey):
                    break
            self._step()
        self._tgtkey = currkey
        grouper = object.__new__(_grouper)
        grouper._parent = self
        grouper._tgtkey = currkey
        self._currgrouper = grouper
        return (currkey, grouper)


class _grouper:
    """The iterator over one group of a groupby(); it ends when its groupby moves on."""
    __slots__ = ("_parent", "_tgtkey")

    def __new__(cls, *args, **kwargs):
        if kwargs or len(args) != 2:
            _unpack("_grouper", args, kwargs, 2, 2)
        parent, tgtkey = args
        if not isinstance(parent, groupby):
            raise TypeError("_grouper() argument 1 must be itertools.groupby, not %s"
                            % type(parent).__name__)
        self = object.__new__(cls)
        self._parent = parent
        self._tgtkey = tgtkey
        return self

    __iter__ = _iter_self

    def __next__(self):
        parent = self._parent
        if parent._currgrouper is not self:
            raise StopIteration
        value = parent._currvalue
        if value is _NULL:
            # groupby._step(), inlined: this is the hot path.
            value = next(parent._it)
            keyfunc = parent._keyfunc
            currkey = value if keyfunc is None else keyfunc(value)
            parent._currvalue = value
            parent._currkey = currkey
        else:
            currkey = parent._currkey
        tgtkey = self._tgtkey
        if not (tgtkey is currkey or tgtkey == currkey):
            raise StopIteration
        parent._currvalue = _NULL
        return value


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): the items that
    iterable[start:stop:step] would select, taken lazily (no negative values)."""
    __slots__ = ("_it", "_next", "_stop", "_step", "_cnt")

    def __new__(cls, *args, **kwargs):
        if kwargs or not 2 <= len(args) <= 4:
            _unpack("islice", args, kwargs, 2, 4)
        nargs = len(args)
        start = 0
        stop = -1          # -1: no stop
        step = 1
        if nargs == 2:
            if args[1] is not None:
                stop = _islice_index(args[1])
                if stop == -1:
                    raise ValueError("Stop argument for islice() must be None or an integer: "
                                     "0 <= x <= sys.maxsize.")
        else:
            if args[1] is not None:
                start = _islice_index(args[1])
            if args[2] is not None:
                stop = _islice_index(args[2])
                if stop == -1:
                    raise ValueError("Stop argument for islice() must be None or an integer: "
                                     "0 <= x <= sys.maxsize.")
        if start < 0 or stop < -1:
            raise ValueError("Indices for islice() must be None or an integer: "
                             "0 <= x <= sys.maxsize.")
        if nargs == 4 and args[3] is not None:
            step = _islice_index(args[3])
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
        it = iter(args[0])
        self = object.__new__(cls)
        self._it = it
        self._next = start     # index of the next item to return
        self._stop = stop
        self._step = step
        self._cnt = 0          # number of items consumed so far
        return self

    __iter__ = _iter_self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        cnt = self._cnt
        stop = self._stop
        try:
            # Consume (and drop) the items before the next one wanted.
            wanted = self._next
            while cnt < wanted:
                next(it)
                cnt += 1
            if stop != -1 and cnt >= stop:
                raise StopIteration
            item = next(it)
        except BaseException:
            # Exhaustion, and any error from the input, end the islice for good.
            self._cnt = cnt
            self._it = None
            raise
        self._cnt = cnt + 1
        wanted += self._step
        if stop != -1 and wanted > stop:
            wanted = stop
        self._next = wanted
        return item


def _islice_index(value):
    """An islice() argument as a C ssize_t, or -1 when it is not a usable integer."""
    if type(value) is not int:
        try:
            value = range(value).stop
        except Exception:
            return -1
    if value > _MAXSIZE or value < -_MAXSIZE - 1:
        return -1
    return value


class pairwise:
    """pairwise(iterable): overlapping pairs (s0, s1), (s1, s2), (s2, s3), ..."""
    __slots__ = ("_it", "_old")

    def __new__(cls, *args, **kwargs):
        if kwargs or len(args) != 1:
            _unpack("pairwise", args, kwargs, 1, 1)
        self = object.__new__(cls)
        self._it = iter(args[0])
        self._old = _NULL
        return self

    __iter__ = _iter_self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        try:
            if old is _NULL:
                old = self._old = next(it)
            new = next(it)
        except BaseException:
            self._it = None
            self._old = _NULL
            raise
        self._old = new
        return (old, new)


class starmap:
    """starmap(function, iterable): function(*args) for each args tuple of iterable."""
    __slots__ = ("_func", "_it")

    def __new__(cls, *args, **kwargs):
        return _new_func_and_iter(cls, "starmap", args, kwargs)

    __iter__ = _iter_self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class zip_longest:
    """zip_longest(*iterables, fillvalue=None): tuples of the i-th items of every
    iterable, until the longest is exhausted; the shorter ones are padded with fillvalue."""
    __slots__ = ("_its", "_active", "_fillvalue")

    def __new__(cls, *iterables, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) != 1 or "fillvalue" not in kwargs:
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fillvalue = kwargs["fillvalue"]
        self = object.__new__(cls)
        self._its = [iter(x) for x in iterables]
        self._active = len(iterables)
        self._fillvalue = fillvalue
        return self

    __iter__ = _iter_self

    def __next__(self):
        if not self._active:
            raise StopIteration
        its = self._its
        fill = self._fillvalue
        result = []
        for i in range(len(its)):
            it = its[i]
            if it is None:
                result.append(fill)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                self._active -= 1
                if not self._active:
                    raise
                its[i] = None
                result.append(fill)
            except BaseException:
                self._active = 0
                raise
        return tuple(result)


# ---------------------------------------------------------------------------------------
# tee
# ---------------------------------------------------------------------------------------

class _tee_dataobject:
    """What the tee iterators of one tee() call share: the source iterator.

    The items read from it form a singly linked list of ``[item, next link]`` cells that
    the tee iterators walk; a cell is freed once no iterator can reach it any more.
    """
    __slots__ = ("it", "running")

    def __init__(self, it):
        self.it = it
        self.running = False


class _tee:
    """One of the iterators returned by tee(): copyable, and sharing its input."""
    __slots__ = ("_data", "_cell", "__weakref__")

    def __new__(cls, *args, **kwargs):
        if kwargs or len(args) != 1:
            _unpack("_tee", args, kwargs, 1, 1)
        it = iter(args[0])
        if isinstance(it, _tee):
            return it.__copy__()
        self = object.__new__(cls)
        self._data = _tee_dataobject(it)
        self._cell = [None, None]
        return self

    __iter__ = _iter_self

    def __next__(self):
        cell = self._cell
        link = cell[1]
        if link is None:
            data = self._data
            if data.running:
                raise RuntimeError("cannot re-enter the tee iterator")
            data.running = True
            try:
                value = next(data.it)
            finally:
                data.running = False
            link = cell[1]
            if link is None:
                link = cell[1] = [value, None]
        self._cell = link
        return link[0]

    def __copy__(self):
        """An independent iterator at the same position."""
        other = object.__new__(type(self))
        other._data = self._data
        other._cell = self._cell
        return other


def tee(*args, **kwargs):
    """tee(iterable, n=2): n independent iterators over the items of iterable."""
    if kwargs or not 1 <= len(args) <= 2:
        _unpack("tee", args, kwargs, 1, 2, "itertools.tee")
    n = _ssize(args[1]) if len(args) > 1 else 2
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(args[0])
    copier = getattr(it, "__copy__", None)
    first = it if copier is not None else _tee(it)
    result = [first]
    for i in range(1, n):
        first = first.__copy__()
        result.append(first)
    return tuple(result)


# ---------------------------------------------------------------------------------------
# Combinatoric iterators
# ---------------------------------------------------------------------------------------

class product:
    """product(*iterables, repeat=1): the cartesian product of the iterables, as tuples,
    the rightmost element advancing fastest (like nested for loops); repeat=n means
    the iterables n times over."""
    __slots__ = ("_pools", "_indices", "_result", "_stopped")

    def __new__(cls, *iterables, **kwargs):
        repeat = 1
        if kwargs:
            if len(kwargs) > 1:
                raise TypeError("product() takes at most 1 keyword argument (%d given)"
                                % len(kwargs))
            for k in kwargs:
                if k != "repeat":
                    raise TypeError("'%s' is an invalid keyword argument for product()" % k)
            repeat = _ssize(kwargs["repeat"])
            if repeat < 0:
                raise ValueError("repeat argument cannot be negative")
        pools = [tuple(x) for x in iterables] * repeat
        self = object.__new__(cls)
        self._pools = pools
        self._indices = None
        self._result = None
        self._stopped = False
        return self

    __iter__ = _iter_self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pools = self._pools
        result = self._result
        if result is None:
            for pool in pools:
                if not pool:
                    self._stopped = True
                    raise StopIteration
            result = self._result = [pool[0] for pool in pools]
            self._indices = [0] * len(pools)
            return tuple(result)
        indices = self._indices
        i = len(pools) - 1
        while i >= 0:
            pool = pools[i]
            j = indices[i] + 1
            if j < len(pool):
                indices[i] = j
                result[i] = pool[j]
                return tuple(result)
            indices[i] = 0
            result[i] = pool[0]
            i -= 1
        self._stopped = True
        raise StopIteration


class permutations:
    """permutations(iterable, r=None): r-length tuples of items of iterable in every
    order, without reusing an item (r defaults to the length of iterable)."""
    __slots__ = ("_pool", "_r", "_indices", "_used", "_stopped")

    def __new__(cls, *args, **kwargs):
        if kwargs or not 1 <= len(args) <= 2:
            args = _parse("permutations", args, kwargs, ("iterable", "r"), 1, (None,))
        pool = tuple(args[0])
        r = args[1] if len(args) > 1 else None
        if r is None:
            r = len(pool)
        elif not isinstance(r, int):
            raise TypeError("Expected int as r")
        else:
            r = _ssize(r)
        self = _new_combinatoric(cls, pool, r)
        self._used = None
        self._stopped = r > len(pool)
        return self

    __iter__ = _iter_self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if indices is None:
            # First permutation: the first r items in order.
            n = len(pool)
            self._indices = list(range(r))
            self._used = [True] * r + [False] * (n - r)
            return pool[:r]
        used = self._used
        n = len(pool)
        # Find the rightmost position that can take a larger unused index; the positions
        # after it are then refilled with the smallest unused indices, in increasing order.
        i = r - 1
        while i >= 0:
            current = indices[i]
            used[current] = False
            j = current + 1
            while j < n and used[j]:
                j += 1
            if j < n:
                indices[i] = j
                used[j] = True
                k = 0
                for p in range(i + 1, r):
                    while used[k]:
                        k += 1
                    indices[p] = k
                    used[k] = True
                return tuple([pool[x] for x in indices])
            i -= 1
        self._stopped = True
        raise StopIteration


class combinations:
    """combinations(iterable, r): r-length tuples of items of iterable taken in
    their original order, without reusing an item."""
    __slots__ = ("_pool", "_r", "_indices", "_stopped")

    def __new__(cls, *args, **kwargs):
        if kwargs or len(args) != 2:
            args = _parse("combinations", args, kwargs, ("iterable", "r"), 2, ())
        r = _ssize(args[1])
        self = _new_combinatoric(cls, tuple(args[0]), r)
        self._stopped = self._r > len(self._pool)
        return self

    __iter__ = _iter_self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if indices is None:
            self._indices = list(range(r))
            return pool[:r]
        # The rightmost index that has not reached its maximum (n - r + position) moves
        # one step right; the ones after it follow it consecutively.
        top = len(pool) - r
        i = r - 1
        while i >= 0 and indices[i] == top + i:
            i -= 1
        if i < 0:
            self._stopped = True
            raise StopIteration
        j = indices[i] + 1
        for p in range(i, r):
            indices[p] = j
            j += 1
        return tuple([pool[x] for x in indices])


class combinations_with_replacement:
    """combinations_with_replacement(iterable, r): r-length tuples of items of
    iterable taken in their original order, where an item may be repeated."""
    __slots__ = ("_pool", "_r", "_indices", "_stopped")

    def __new__(cls, *args, **kwargs):
        if kwargs or len(args) != 2:
            args = _parse("combinations_with_replacement", args, kwargs, ("iterable", "r"), 2, ())
        r = _ssize(args[1])
        self = _new_combinatoric(cls, tuple(args[0]), r)
        self._stopped = not self._pool and self._r > 0
        return self

    __iter__ = _iter_self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if indices is None:
            self._indices = [0] * r
            return (pool[0],) * r if r else ()
        # The rightmost index below the last position moves one step right, and every
        # index after it takes the same value.
        last = len(pool) - 1
        i = r - 1
        while i >= 0 and indices[i] == last:
            i -= 1
        if i < 0:
            self._stopped = True
            raise StopIteration
        j = indices[i] + 1
        for p in range(i, r):
            indices[p] = j
        return tuple([pool[x] for x in indices])

