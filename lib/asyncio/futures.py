"""asyncio.futures: the Future class of pyrs's pure-Python asyncio."""

__all__ = ('Future', 'wrap_future', 'isfuture')

from . import events
from . import exceptions
from . import format_helpers

CancelledError = exceptions.CancelledError
InvalidStateError = exceptions.InvalidStateError

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for Future-like objects (instances of classes with _asyncio_future_blocking)."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


def _format_callbacks(callbacks):
    n = len(callbacks)
    fmt = format_helpers.format_callback_source
    if n == 0:
        text = ''
    elif n == 1:
        text = fmt(callbacks[0][0], ())
    elif n == 2:
        text = '{}, {}'.format(fmt(callbacks[0][0], ()), fmt(callbacks[1][0], ()))
    else:
        text = '{}, <{} more>, {}'.format(fmt(callbacks[0][0], ()), n - 2,
                                          fmt(callbacks[-1][0], ()))
    return f'cb=[{text}]'


class Future:
    """A placeholder for a result that becomes available later, on an event loop."""

    __module__ = '_asyncio'     # CPython's Future is the C class _asyncio.Future

    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    # True while a coroutine awaiting this future yields it up to its Task.
    _asyncio_future_blocking = False
    __log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            loop = events._get_event_loop()
        self._loop = loop
        self._callbacks = []

    def _repr_info(self):
        state = self._state
        info = [state.lower()]
        if state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={format_helpers.short_repr(self._result)}')
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, ' '.join(self._repr_info()))

    def __del__(self):
        if not self.__log_traceback:
            return
        exc = self._exception
        context = {
            'message': f'{type(self).__name__} exception was never retrieved',
            'exception': exc,
            'future': self,
        }
        loop = self._loop
        if loop is not None:
            loop.call_exception_handler(context)

    def __class_getitem__(cls, item):
        try:
            from types import GenericAlias
        except ImportError:
            return cls
        return GenericAlias(cls, item)

    @property
    def _log_traceback(self):
        return self.__log_traceback

    @_log_traceback.setter
    def _log_traceback(self, val):
        if val:
            raise ValueError('_log_traceback can only be set to False')
        self.__log_traceback = False

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def _make_cancelled_error(self):
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        msg = self._cancel_message
        return CancelledError() if msg is None else CancelledError(msg)

    def cancel(self, msg=None):
        """Cancels the future and schedules its callbacks; False if it was already done."""
        self.__log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        call_soon = self._loop.call_soon
        for fn, ctx in callbacks:
            call_soon(fn, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        state = self._state
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        if state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self.__log_traceback = False
        exc = self._exception
        if exc is not None:
            raise exc.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        state = self._state
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        if state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self.__log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Calls fn(future) (through the loop) once the future is done."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Removes every registration of fn; returns how many there were."""
        callbacks = self._callbacks
        kept = [pair for pair in callbacks if pair[0] != fn]
        removed = len(callbacks) - len(kept)
        if removed:
            self._callbacks = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self.__schedule_callbacks()
        self.__log_traceback = True

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def wrap_future(future, *, loop=None):
    """Only asyncio futures can be wrapped here (there is no concurrent.futures)."""
    if isfuture(future):
        return future
    raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')
