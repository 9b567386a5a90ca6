"""asyncio.locks: Lock, Event, Condition, Semaphore, BoundedSemaphore and Barrier.

Each waiter is a Future in a FIFO list (CPython uses deques; lists are cheaper here);
releasing or setting a primitive completes the waiters' futures, and the waiting tasks
resume on a later loop iteration.
"""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')

from . import exceptions
from . import mixins

CancelledError = exceptions.CancelledError


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        # Unlike threading's locks, "async with lock as x" binds None to x.
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _repr(obj, extra, waiters=None):
    """'<asyncio.locks.Lock object at 0x...> [extra, waiters:N]>' (no count when there are
    no waiters)."""
    if waiters:
        extra = f'{extra}, waiters:{len(waiters)}'
    return f'{object.__repr__(obj)[:-1]} [{extra}]>'


async def _wait_listed(fut, waiters):
    """Awaits the future fut while it is listed in waiters (a primitive's waiting list)."""
    waiters.append(fut)
    try:
        await fut
    finally:
        waiters.remove(fut)


class Lock(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A mutual exclusion lock for tasks (not reentrant); use with 'async with'."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        return _repr(self, 'locked' if self._locked else 'unlocked', self._waiters)

    def locked(self):
        return self._locked

    async def acquire(self):
        """Waits until the lock is free, then takes it; returns True."""
        waiters = self._waiters
        if not self._locked and (waiters is None or all(w.cancelled() for w in waiters)):
            self._locked = True
            return True
        if waiters is None:
            waiters = self._waiters = []
        try:
            await _wait_listed(self._get_loop().create_future(), waiters)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        """Frees the lock and wakes the first waiter."""
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(mixins._LoopBoundMixin):
    """A flag that tasks can wait for: wait() blocks until set() is called."""

    def __init__(self):
        self._waiters = []
        self._value = False

    def __repr__(self):
        return _repr(self, 'set' if self._value else 'unset', self._waiters)

    def is_set(self):
        return self._value

    def set(self):
        """Sets the flag and wakes every waiting task."""
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        """Returns True once the flag is set (at once if it is set already)."""
        if self._value:
            return True
        await _wait_listed(self._get_loop().create_future(), self._waiters)
        return True


class Condition(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A condition variable: tasks wait() until another task notify()s them."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __repr__(self):
        return _repr(self, 'locked' if self.locked() else 'unlocked', self._waiters)

    async def wait(self):
        """Releases the lock, waits for a notify(), then takes the lock again."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            await _wait_listed(self._get_loop().create_future(), self._waiters)
            return True
        finally:
            # Take the lock back even if cancelled meanwhile; report the cancellation after.
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        """Waits until predicate() is true; returns its last value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wakes up to n waiting tasks. The lock must be held."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A counter of free slots: acquire() takes one (waiting if none), release() returns one."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        return _repr(self, extra, self._waiters)

    def locked(self):
        """True if acquire() would wait."""
        if self._value == 0:
            return True
        for w in self._waiters or ():
            if not w.cancelled():
                return True
        return False

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        try:
            await _wait_listed(fut, self._waiters)
        except CancelledError:
            if fut.done() and not fut.cancelled():
                # The slot was handed to us just before the cancellation: give it back.
                self._value += 1
            raise
        finally:
            while self._value > 0:
                if not self._wake_up_next():
                    break
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return False
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() raises ValueError beyond its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


_FILLING = 'filling'
_DRAINING = 'draining'
_RESETTING = 'resetting'
_BROKEN = 'broken'


class Barrier(mixins._LoopBoundMixin):
    """Lets a fixed number of tasks wait for each other (3.11)."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        extra = f'{self._state}'
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return _repr(self, extra)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Waits until `parties` tasks are waiting; returns this task's index."""
        cond = self._cond
        await cond.acquire()
        try:
            await self._block()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._state = _DRAINING
                    cond.notify_all()
                else:
                    await cond.wait_for(lambda: self._state != _FILLING)
                    if self._state in (_BROKEN, _RESETTING):
                        raise exceptions.BrokenBarrierError("Abort or reset of barrier")
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state in (_RESETTING, _DRAINING):
                    self._state = _FILLING
                    cond.notify_all()
                elif self._count > 0 and self._state in (_RESETTING, _DRAINING):
                    pass
        finally:
            cond.release()

    async def _block(self):
        await self._cond.wait_for(lambda: self._state not in (_DRAINING, _RESETTING))
        if self._state is _BROKEN:
            raise exceptions.BrokenBarrierError('Barrier aborted')

    async def reset(self):
        cond = self._cond
        await cond.acquire()
        try:
            if self._count > 0:
                if self._state is not _RESETTING:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            cond.notify_all()
        finally:
            cond.release()

    async def abort(self):
        cond = self._cond
        await cond.acquire()
        try:
            self._state = _BROKEN
            cond.notify_all()
        finally:
            cond.release()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state is _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state is _BROKEN
