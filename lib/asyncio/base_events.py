"""asyncio.base_events: the event loop of pyrs's pure-Python asyncio.

The loop keeps a deque of ready callbacks (Handles) and a heap of timers (TimerHandles,
ordered by their loop time).  One iteration moves the timers that are due to the ready
deque and runs the callbacks that were ready when the iteration began.  With nothing ready,
it sleeps (time.sleep) until the earliest timer.  There is no I/O: no sockets, pipes,
subprocesses, signals or threads.
"""

__all__ = ('BaseEventLoop', 'SelectorEventLoop')

import sys
import time as _time
from math import ceil as _ceil
from heapq import heappush, heappop, heapify

from . import coroutines
from . import events
from . import exceptions
from . import format_helpers
from . import futures
from . import tasks

# Rebuild the timer heap when it holds more than this many handles and more than this
# fraction of them are cancelled.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
# The longest single sleep while waiting for a timer.
MAXIMUM_SELECT_TIMEOUT = 24 * 3600

_monotonic = _time.monotonic
_sleep = _time.sleep

try:
    _CLOCK_RESOLUTION = _time.get_clock_info('monotonic').resolution
except Exception:
    _CLOCK_RESOLUTION = 1e-09


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # The exception propagates out of run_forever() by itself.
            return
    futures._get_loop(fut).stop()


_run_until_complete_cb.__qualname__ = '_run_until_complete_cb'


class BaseEventLoop(events.AbstractEventLoop):
    """A single-threaded event loop running callbacks and timers."""

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._running = False
        self._ready = []            # the callbacks to run (a list: cheaper than a deque)
        self._scheduled = []
        self._clock_resolution = _CLOCK_RESOLUTION
        self._exception_handler = None
        self._task_factory = None
        self._debug = False
        self._current_handle = None
        self.slow_callback_duration = 0.1
        self._current_task = None

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # -- futures and tasks ------------------------------------------------------------

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedules the coroutine as a Task; returns the Task."""
        if self._closed:
            raise RuntimeError('Event loop is closed')
        factory = self._task_factory
        if factory is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        if context is None:
            task = factory(self, coro)
        else:
            task = factory(self, coro, context=context)
        tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- running and stopping ---------------------------------------------------------

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self._running:
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Runs callbacks until stop() is called."""
        self._check_closed()
        self._check_running()
        self._running = True
        old_running = events._get_running_loop()
        events._set_running_loop(self)
        try:
            run_once = self._run_once
            while True:
                run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(old_running)

    def run_until_complete(self, future):
        """Runs until the future (or coroutine, wrapped in a Task) is done; returns its result."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The exception went out of run_forever(): do not log it again later.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stops the loop after the current iteration."""
        self._stopping = True

    def close(self):
        """Closes the loop, dropping pending callbacks. The loop must not be running."""
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._running

    async def shutdown_asyncgens(self):
        """Nothing to do: pyrs's asyncio does not track asynchronous generators."""

    async def shutdown_default_executor(self):
        """Nothing to do: there is no executor."""

    def run_in_executor(self, executor, func, *args):
        raise NotImplementedError('run_in_executor() needs threads, which pyrs asyncio '
                                  'does not support')

    # -- scheduling -------------------------------------------------------------------

    def time(self):
        """The loop's clock (time.monotonic)."""
        return _monotonic()

    def call_soon(self, callback, *args, context=None):
        """Runs callback(*args) on the next iteration; callbacks run in FIFO order."""
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._debug:
            self._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        """Runs callback(*args) after delay seconds; returns a TimerHandle."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(_monotonic() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Runs callback(*args) at loop time when; returns a TimerHandle."""
        if when is None:
            raise TypeError('when cannot be None')
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        """One iteration: collect the due timers, then run the callbacks that are ready."""
        scheduled = self._scheduled
        ready = self._ready
        nscheduled = len(scheduled)
        if (nscheduled > _MIN_SCHEDULED_TIMER_HANDLES and self._timer_cancelled_count
                / nscheduled > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            kept = []
            for handle in scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    kept.append(handle)
            heapify(kept)
            self._scheduled = scheduled = kept
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heappop(scheduled)
                handle._scheduled = False

        if not ready and not self._stopping:
            if scheduled:
                delay = scheduled[0]._when - _monotonic()
                if delay > 0:
                    # Whole milliseconds, rounded up, as an epoll-based selector waits: timers
                    # less than a millisecond apart become due in the same iteration.
                    _sleep(min(_ceil(delay * 1e3) * 1e-3, MAXIMUM_SELECT_TIMEOUT))
            else:
                # Nothing can ever become ready: wait forever, as a loop blocked on I/O would.
                while True:
                    _sleep(MAXIMUM_SELECT_TIMEOUT)

        end_time = _monotonic() + self._clock_resolution
        while scheduled:
            handle = scheduled[0]
            if handle._when >= end_time:
                break
            handle = heappop(scheduled)
            handle._scheduled = False
            ready.append(handle)

        if not ready:
            return
        # Run the callbacks that are ready now; those they schedule go to a fresh list and
        # run at the next iteration.
        self._ready = []
        i = 0
        try:
            for handle in ready:
                i += 1
                if handle._cancelled:
                    continue
                self._current_handle = handle
                handle._run()
        except BaseException:
            # SystemExit or KeyboardInterrupt: keep the callbacks not run yet, in order.
            self._ready[:0] = ready[i:]
            raise
        finally:
            self._current_handle = None

    # -- errors -----------------------------------------------------------------------

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Writes the context's message, its other keys and the exception to stderr."""
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        exception = context.get('exception')
        if exception is not None:
            lines.append(format_helpers.format_exception_text(exception))
        try:
            sys.stderr.write('\n'.join(lines) + '\n')
            sys.stderr.flush()
        except Exception:
            pass

    def call_exception_handler(self, context):
        """Passes the error context to the exception handler (or the default one)."""
        handler = self._exception_handler
        if handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass
        else:
            try:
                handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    pass

    # -- debug ------------------------------------------------------------------------

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)


class _UnixSelectorEventLoop(BaseEventLoop):
    """The default event loop class (named as CPython's, for reprs)."""


SelectorEventLoop = _UnixSelectorEventLoop
