"""asyncio.format_helpers: short reprs of callbacks, coroutines and results for pyrs's asyncio.

These follow the shape of CPython's reprs (``<Handle print(1, 2)>``, ``cb=[print()]``,
``coro=<main() running at FILE:LINE>``); the file/line parts appear only when the interpreter
exposes ``__code__``/``cr_code``/``cr_frame``.
"""

import types as _types

_function_type = _types.FunctionType


def short_repr(obj, level=6):
    """A length-limited repr like the reprlib module's default (strings 30, lists 6 items...)."""
    cls = type(obj)
    if cls is str:
        s = repr(obj[:30])
        if len(s) > 30:
            s = s[:13] + '...' + s[len(s) - 14:]
        return s
    if cls is int:
        s = repr(obj)
        if len(s) > 40:
            s = s[:18] + '...' + s[len(s) - 19:]
        return s
    if cls is list or cls is tuple or cls is set or cls is frozenset or cls is dict:
        if cls is list:
            left, right, limit = '[', ']', 6
        elif cls is tuple:
            left, right, limit = '(', ')', 6
        elif cls is set:
            if not obj:
                return 'set()'
            left, right, limit = '{', '}', 6
        elif cls is frozenset:
            if not obj:
                return 'frozenset()'
            left, right, limit = 'frozenset({', '})', 6
        else:
            left, right, limit = '{', '}', 4
        if not obj:
            return left + right
        if level <= 0:
            return left + '...' + right
        parts = []
        if cls is dict:
            try:
                keys = sorted(obj)
            except TypeError:
                keys = list(obj)
            for i, k in enumerate(keys):
                if i >= limit:
                    parts.append('...')
                    break
                parts.append(short_repr(k, level - 1) + ': ' + short_repr(obj[k], level - 1))
        else:
            items = obj
            if cls is set or cls is frozenset:
                try:
                    items = sorted(obj)
                except TypeError:
                    items = list(obj)
            for i, x in enumerate(items):
                if i >= limit:
                    parts.append('...')
                    break
                parts.append(short_repr(x, level - 1))
        text = ', '.join(parts)
        if cls is tuple and len(obj) == 1:
            text += ','
        return left + text + right
    try:
        s = repr(obj)
    except Exception:
        return '<%s instance>' % cls.__name__
    if len(s) > 30:
        s = s[:13] + '...' + s[len(s) - 14:]
    return s


def format_args(args, kwargs=None):
    items = []
    if args:
        for a in args:
            items.append(short_repr(a))
    if kwargs:
        for k, v in kwargs.items():
            items.append(f'{k}={short_repr(v)}')
    return '(' + ', '.join(items) + ')'


def format_callback(func, args, kwargs=None, suffix=''):
    try:
        from functools import partial
    except ImportError:
        partial = None
    if partial is not None and isinstance(func, partial):
        suffix = format_args(args, kwargs) + suffix
        return format_callback(func.func, func.args, func.keywords, suffix)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
    text = name if name else repr(func)
    text += format_args(args, kwargs)
    if suffix:
        text += suffix
    return text


def function_source(func):
    try:
        from functools import partial
    except ImportError:
        partial = None
    while True:
        wrapped = getattr(func, '__wrapped__', None)
        if wrapped is None:
            break
        func = wrapped
    if type(func) is _function_type:
        code = func.__code__
        return code.co_filename, code.co_firstlineno
    if partial is not None and isinstance(func, partial):
        return function_source(func.func)
    return None


def format_callback_source(func, args):
    text = format_callback(func, args)
    source = function_source(func)
    if source:
        text += f' at {source[0]}:{source[1]}'
    return text


def format_coroutine(coro):
    """``main() running at FILE:LINE`` / ``main() done, defined at FILE:LINE`` / ``main()``."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if not name:
        name = f'<{type(coro).__name__} without __name__>'
    name += '()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', None)
        if running is None:
            running = getattr(coro, 'gi_running', False)
        return f'{name} running' if running else name
    frame = getattr(coro, 'cr_frame', None)
    if frame is None:
        frame = getattr(coro, 'gi_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'


def format_exception_text(exc):
    """The text Python's traceback printer shows for exc (best effort without the traceback module)."""
    try:
        import traceback
        return ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__)).rstrip('\n')
    except Exception:
        pass
    lines = []
    tb = getattr(exc, '__traceback__', None)
    if tb is not None:
        lines.append('Traceback (most recent call last):')
        while tb is not None:
            try:
                code = tb.tb_frame.f_code
                lines.append(f'  File "{code.co_filename}", line {tb.tb_lineno}, in {code.co_name}')
            except Exception:
                break
            tb = tb.tb_next
    cls = type(exc)
    name = cls.__qualname__
    module = cls.__module__
    if module not in ('builtins', '__main__'):
        name = module + '.' + name
    try:
        msg = str(exc)
    except Exception:
        msg = '<exception str() failed>'
    lines.append(f'{name}: {msg}' if msg else name)
    return '\n'.join(lines)
