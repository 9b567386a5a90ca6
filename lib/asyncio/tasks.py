"""asyncio.tasks: Task and the coroutine helpers (sleep, gather, wait, wait_for, shield...).

A Task drives a coroutine: each step sends None (or throws an exception) into it.  When the
coroutine awaits a Future, the Future's __await__ yields the Future itself up to the Task,
which registers a done callback on it and resumes the coroutine once it is done.
"""

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
           'run_coroutine_threadsafe', 'current_task', 'all_tasks', '_register_task',
           '_unregister_task', '_enter_task', '_leave_task')

import types as _types

from . import coroutines
from . import events
from . import exceptions
from . import format_helpers
from . import futures
from .futures import Future, _PENDING, _get_loop

CancelledError = exceptions.CancelledError
InvalidStateError = exceptions.InvalidStateError
_iscoroutine = coroutines.iscoroutine

_task_counter = 0      # for the default names "Task-N"
_task_seq = 0          # creation order of every task (_seq), for deterministic shutdowns

# The tasks that are not done yet.
_all_tasks = set()


def current_task(loop=None):
    """The Task being run by the loop (the running loop by default), or None."""
    if loop is None:
        loop = events.get_running_loop()
    # Only one loop runs at a time here, so each loop keeps its current task itself.
    return getattr(loop, '_current_task', None)


def all_tasks(loop=None):
    """The set of the loop's tasks (the running loop by default) that are not done."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in list(_all_tasks) if t._loop is loop and not t.done()}


def _sorted_by_creation(task_set):
    return sorted(task_set, key=_creation_key)


def _creation_key(task):
    return getattr(task, '_seq', 0)


def _register_task(task):
    _all_tasks.add(task)


def _unregister_task(task):
    _all_tasks.discard(task)


def _enter_task(loop, task):
    current = getattr(loop, '_current_task', None)
    if current is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another '
                           f'task {current!r} is being executed.')
    loop._current_task = task


def _leave_task(loop, task):
    current = getattr(loop, '_current_task', None)
    if current is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match '
                           f'the current task {current!r}.')
    loop._current_task = None


def _set_task_name(task, name):
    if name is not None:
        try:
            set_name = task.set_name
        except AttributeError:
            return
        set_name(name)


class Task(Future):
    """A Future that runs a coroutine on the event loop."""

    __module__ = '_asyncio'     # as CPython's C class _asyncio.Task

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        Future.__init__(self, loop=loop)
        if not _iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        global _task_counter, _task_seq
        _task_seq += 1
        self._seq = _task_seq
        if name is None:
            _task_counter += 1
            self._name = f'Task-{_task_counter}'
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = context
        self._loop.call_soon(self.__step, context=context)
        _all_tasks.add(self)

    def _repr_info(self):
        info = Future._repr_info(self)
        if self._num_cancels_requested > 0 and self._state == _PENDING:
            info[0] = 'cancelling'
        info.insert(1, f'name={self._name!r}')
        info.insert(2, f'coro=<{format_helpers.format_coroutine(self._coro)}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        """The suspended coroutine's frame (with its f_back chain), or the frames of the
        traceback of a task that failed."""
        frames = []
        coro = self._coro
        frame = getattr(coro, 'cr_frame', None)
        if frame is None:
            frame = getattr(coro, 'gi_frame', None)     # generator-based coroutines
        if frame is not None:
            while frame is not None:
                if limit is not None:
                    if limit <= 0:
                        break
                    limit -= 1
                frames.append(frame)
                frame = frame.f_back
            frames.reverse()
        elif self._exception is not None:
            tb = self._exception.__traceback__
            while tb is not None:
                if limit is not None:
                    if limit <= 0:
                        break
                    limit -= 1
                frames.append(tb.tb_frame)
                tb = tb.tb_next
        return frames

    def print_stack(self, *, limit=None, file=None):
        """Prints get_stack() like a traceback (without source lines)."""
        import sys
        if file is None:
            file = sys.stderr
        frames = self.get_stack(limit=limit)
        exc = self._exception
        if not frames:
            print(f'No stack for {self!r}', file=file)
        elif exc is not None:
            print(f'Traceback for {self!r} (most recent call last):', file=file)
        else:
            print(f'Stack for {self!r} (most recent call last):', file=file)
        try:
            from linecache import getline
        except ImportError:
            getline = None
        for frame in frames:
            code = frame.f_code
            print(f'  File "{code.co_filename}", line {frame.f_lineno}, in {code.co_name}',
                  file=file)
            line = getline(code.co_filename, frame.f_lineno).strip() if getline else ''
            if line:
                print(f'    {line}', file=file)
        if exc is not None:
            print(format_helpers.format_exception_text(exc).rsplit('\n', 1)[-1], file=file)

    def cancel(self, msg=None):
        """Asks the coroutine to stop: a CancelledError is thrown into it at its next step."""
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        if waiter is not None:
            if waiter.cancel(msg=msg):
                # The task is woken up by the cancelled waiter and gets CancelledError.
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def __step(self, exc=None):
        if self._state != _PENDING:
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        loop = self._loop
        if loop._current_task is not None:
            _enter_task(loop, self)     # raises
        loop._current_task = self
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            _all_tasks.discard(self)
            if self._must_cancel:
                # cancel() was called while the coroutine was finishing.
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as cancelled:
            _all_tasks.discard(self)
            self._cancelled_exc = cancelled
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            _all_tasks.discard(self)
            Future.set_exception(self, fatal)
            raise
        except BaseException as error:
            _all_tasks.discard(self)
            Future.set_exception(self, error)
        else:
            if result is None:
                # A bare yield (asyncio.sleep(0)): run again on the next loop iteration.
                loop.call_soon(self.__step, context=self._context)
                return
            blocking = getattr(result, '_asyncio_future_blocking', None)
            if blocking is not None:
                if _get_loop(result) is not loop:
                    loop.call_soon(self.__step, RuntimeError(
                        f'Task {self!r} got Future {result!r} attached to a different loop'),
                        context=self._context)
                elif blocking:
                    if result is self:
                        loop.call_soon(self.__step, RuntimeError(
                            f'Task cannot await on itself: {self!r}'), context=self._context)
                    else:
                        result._asyncio_future_blocking = False
                        result.add_done_callback(self.__wakeup, context=self._context)
                        self._fut_waiter = result
                        if self._must_cancel:
                            if result.cancel(msg=self._cancel_message):
                                self._must_cancel = False
                else:
                    loop.call_soon(self.__step, RuntimeError(
                        f'yield was used instead of yield from in task {self!r} with {result!r}'),
                        context=self._context)
            elif isinstance(result, _types.GeneratorType):
                loop.call_soon(self.__step, RuntimeError(
                    f'yield was used instead of yield from for generator in task {self!r} '
                    f'with {result!r}'), context=self._context)
            else:
                loop.call_soon(self.__step, RuntimeError(f'Task got bad yield: {result!r}'),
                               context=self._context)
        finally:
            if loop._current_task is self:
                loop._current_task = None
            else:
                _leave_task(loop, self)     # raises

    def __wakeup(self, future):
        # The step runs outside of any "except" block (as with CPython's C Task), so the
        # coroutine does not see this frame's handled exception.
        try:
            future.result()
        except BaseException as exc:
            error = exc
        else:
            self.__step()
            return
        self.__step(error)


# Name the callbacks the way CPython's (C) Task shows them in reprs.
Task._Task__step.__qualname__ = 'Task.task_step'
Task._Task__wakeup.__qualname__ = 'Task.task_wakeup'

_PyTask = Task


def create_task(coro, *, name=None, context=None):
    """Wraps the coroutine in a Task on the running loop and schedules it."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the Futures/Tasks in fs; returns the two sets (done, pending)."""
    if futures.isfuture(fs) or _iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = events.get_running_loop()
    fs = set(fs)
    for f in fs:
        if _iscoroutine(f):
            raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def on_done(f):
        nonlocal remaining
        remaining -= 1
        if (remaining <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled()
                    and f.exception() is not None)):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    """Cancels fut and waits until it is really done."""
    waiter = loop.create_future()

    def release(f):
        if not waiter.done():
            waiter.set_result(None)

    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    """Waits for an awaitable, cancelling it and raising TimeoutError after timeout seconds."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc

    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)

    def release(f):
        if not waiter.done():
            waiter.set_result(None)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut, loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut, loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timer.cancel()


def as_completed(fs, *, timeout=None):
    """Yields awaitables that give the results of fs in the order they complete."""
    # A generator: the argument is checked when iteration starts, as in CPython 3.11.
    if futures.isfuture(fs) or _iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from .queues import Queue
    finished = Queue()
    loop = events._get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timer = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            finished.put_nowait(None)
        todo.clear()

    def on_completion(f):
        if not todo:
            return
        todo.remove(f)
        finished.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def wait_for_one():
        f = await finished.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield wait_for_one()


class _Sleep0:
    """Awaiting this yields None once: the Task runs again on the next loop iteration."""

    __slots__ = ()

    def __await__(self):
        yield


_sleep0 = _Sleep0()


async def sleep(delay, result=None):
    """Coroutine that completes after delay seconds, returning result."""
    if delay <= 0:
        await _sleep0
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


def ensure_future(coro_or_future, *, loop=None):
    """Wraps a coroutine or an awaitable in a Task; returns Futures as they are."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not _get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    if _iscoroutine(coro_or_future):
        coro = coro_or_future
        close_on_error = False
    elif hasattr(type(coro_or_future), '__await__'):
        coro = _wrap_awaitable(coro_or_future)
        close_on_error = True
    else:
        raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = events._get_event_loop()
    try:
        return loop.create_task(coro)
    except RuntimeError:
        if close_on_error:
            coro.close()
        raise


async def _wrap_awaitable(awaitable):
    return await awaitable


class _GatheringFuture(Future):
    """The Future returned by gather(): cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            # Children's CancelledError will be turned into the outer cancellation.
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Runs the awaitables concurrently; the result is the list of their results in order."""
    if not coros_or_futures:
        loop = events._get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    children = []
    seen = {}
    loop = None
    outer = None
    nfuts = 0
    nfinished = 0

    def child_done(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()     # mark the exception as retrieved
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for child in children:
                if child.cancelled():
                    msg = child._cancel_message
                    res = CancelledError('' if msg is None else msg)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        if arg in seen:
            fut = seen[arg]
        else:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = _get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            seen[arg] = fut
            fut.add_done_callback(child_done)
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """Protects an awaitable from cancellation: cancelling the result leaves arg running."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = _get_loop(inner)
    outer = loop.create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()   # mark the exception as retrieved
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


def run_coroutine_threadsafe(coro, loop):
    raise NotImplementedError('run_coroutine_threadsafe() needs threads, '
                              'which pyrs asyncio does not support')
