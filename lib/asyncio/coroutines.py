"""asyncio.coroutines: iscoroutine() and iscoroutinefunction() for pyrs's asyncio."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import types as _types

_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100

# Marker some code sets on a function (func._is_coroutine = asyncio.coroutines._is_coroutine).
_is_coroutine = object()

_function_type = _types.FunctionType
_coro_types = (_types.CoroutineType, _types.GeneratorType)
_known_coro_types = set(_coro_types)


def _unwrap_callable(func):
    """Strips bound methods and functools.partial objects down to the underlying function."""
    while True:
        inner = getattr(func, '__func__', None)     # bound method
        if inner is not None:
            func = inner
            continue
        try:
            from functools import partial
        except ImportError:
            return func
        if isinstance(func, partial):
            func = func.func
            continue
        return func


def iscoroutinefunction(func):
    """True if func is a coroutine function (an ``async def`` function)."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    f = _unwrap_callable(func)
    if type(f) is not _function_type and not isinstance(f, _function_type):
        return False
    code = getattr(f, '__code__', None)
    return code is not None and bool(code.co_flags & _CO_COROUTINE)


def iscoroutine(obj):
    """True if obj is a coroutine object (or, as in 3.11, a generator)."""
    cls = type(obj)
    if cls in _known_coro_types:
        return True
    if isinstance(obj, _coro_types):
        _known_coro_types.add(cls)
        return True
    # Objects implementing the collections.abc.Coroutine protocol.
    if (hasattr(cls, 'send') and hasattr(cls, 'throw') and hasattr(cls, 'close')
            and hasattr(cls, '__await__')):
        return True
    return False
