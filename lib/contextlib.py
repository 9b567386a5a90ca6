"""Helpers for the with statement: pyrs's pure-Python ``contextlib`` module.

Provided: ``contextmanager`` (a context manager written as a generator), ``ContextDecorator``,
``closing``, ``suppress``, ``nullcontext``, ``redirect_stdout``, ``redirect_stderr``,
``chdir``, ``ExitStack`` and ``AbstractContextManager``.  They behave as in CPython 3.11,
including how an exception travels through a generator-based manager and which
``__context__`` the exceptions raised by ``ExitStack`` callbacks get.

Not provided: the asynchronous helpers (``asynccontextmanager``, ``AsyncExitStack``,
``aclosing``, ``AbstractAsyncContextManager``), because pyrs cannot run coroutines or
asynchronous generators yet.
"""

import os
import sys

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress", "chdir"]

try:
    from abc import ABC as _Base, abstractmethod as _abstract
except Exception:
    # Without an abc module the base class is an ordinary class: isinstance() then only
    # knows real subclasses, and abstract methods are merely flagged.
    _Base = object

    def _abstract(function):
        function.__isabstractmethod__ = True
        return function

try:
    _GenericAlias = type(list[int])
except Exception:
    _GenericAlias = None


def _copy_metadata(wrapper, wrapped):
    """Give ``wrapper`` the identity of ``wrapped``, as functools.update_wrapper does."""
    for name in ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__"):
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    wrapper.__dict__.update(getattr(wrapped, "__dict__", {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def _defines_all(cls, names):
    """True if every name is found in the MRO of cls with a value other than None,
    otherwise NotImplemented (the answer a __subclasshook__ gives)."""
    for name in names:
        for klass in cls.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(_Base):
    """Base class of context managers: __enter__ returns self, __exit__ is abstract."""

    if _GenericAlias is not None:
        __class_getitem__ = classmethod(_GenericAlias)

    def __enter__(self):
        """Enter the context; the value bound by ``as`` is the manager itself."""
        return self

    @_abstract
    def __exit__(self, exc_type, exc_value, traceback):
        """Leave the context; returns None, so an exception is not suppressed."""
        return None

    @classmethod
    def __subclasshook__(cls, other):
        if cls is AbstractContextManager:
            return _defines_all(other, ("__enter__", "__exit__"))
        return NotImplemented


class ContextDecorator(object):
    """Mixin that lets a context manager decorate a function: each call of the function
    then runs inside the context."""

    def _recreate_cm(self):
        """The manager to use for one call of a decorated function (self by default;
        one-shot managers return a fresh copy)."""
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return _copy_metadata(inner, func)


# types.MethodType (taken here from a bound method, without importing types)
_BoundMethod = type(ContextDecorator()._recreate_cm)


# ---------------------------------------------------------------------------------------
# @contextmanager
# ---------------------------------------------------------------------------------------

class _GeneratorContextManagerBase:
    """What generator-based context managers share: the generator and, until the
    context is entered, the call that made it (so that it can be made again)."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        # The manager documents itself with the generator function's docstring.
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        # A generator runs once: a decorated function needs a new manager per call.
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        # Once entered, the manager cannot be recreated any more.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            # The block ended normally: the generator must now run to its end.
            try:
                next(gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")

        if value is None:
            # Only the type was given: build the instance here, so that what comes out
            # of the generator can be compared with it.
            value = typ()
        try:
            gen.throw(typ, value, traceback)
        except StopIteration as stop:
            # The generator handled the exception and finished: that suppresses it,
            # unless the exception thrown in was this very StopIteration.
            return stop is not value
        except RuntimeError as error:
            if error is value:
                # The thrown RuntimeError went through unchanged.
                error.__traceback__ = traceback
                return False
            if isinstance(value, StopIteration) and error.__cause__ is value:
                # A StopIteration thrown in comes out as the RuntimeError that generators
                # turn it into: let the original exception propagate instead.
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as error:
            if error is not value:
                # A different exception came out of the generator: it replaces the one
                # thrown in.
                raise
            # The same exception went through: returning False lets the with statement
            # re-raise it, with its original traceback.
            error.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Decorator turning a generator function into a context manager factory.

    The generator runs up to its single ``yield`` when the with block is entered (the
    yielded value is what ``as`` binds), and from there to its end when the block is
    left.  An exception raised in the block is raised inside the generator at the
    ``yield``; the generator may handle it (which suppresses it) or let it propagate.
    """
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return _copy_metadata(helper, func)


# ---------------------------------------------------------------------------------------
# Small context managers
# ---------------------------------------------------------------------------------------

class closing(AbstractContextManager):
    """Context manager calling ``thing.close()`` when the block is left; ``as`` binds
    ``thing`` itself."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class _RedirectStream(AbstractContextManager):
    """Replaces one of the ``sys`` streams (named by ``_stream``) inside the block.

    The previous values are kept on a stack, so one instance can be entered again while
    it is active."""

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context manager sending ``sys.stdout`` to another file-like object in the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Context manager sending ``sys.stderr`` to another file-like object in the block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager that swallows the given exception types (and their subclasses)
    raised in the block; execution continues after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager):
    """Context manager doing nothing; ``as`` binds ``enter_result``.  Useful where a
    context manager is only sometimes needed."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Context manager changing the working directory inside the block (this affects
    the whole process, so it is not thread-safe)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        os.chdir(self._old_cwd.pop())


# ---------------------------------------------------------------------------------------
# ExitStack
# ---------------------------------------------------------------------------------------

class _BaseExitStack:
    """The registration side of an exit stack: a list of ``(is_sync, callback)`` pairs,
    each callback taking the three exception details as ``__exit__`` does."""

    @staticmethod
    def _create_exit_wrapper(cm, cm_exit):
        return _BoundMethod(cm_exit, cm)

    @staticmethod
    def _create_cb_wrapper(callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        return _exit_wrapper

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move every registered callback to a new stack of the same type, and return it."""
        other = type(self)()
        other._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return other

    def push(self, exit):
        """Register an ``__exit__``-like callback, or the ``__exit__`` method of a
        context manager (looked up on its type).  Such a callback can suppress an
        exception by returning a true value.  Returns ``exit`` (usable as a decorator)."""
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter the context manager ``cm``, register its ``__exit__`` and return what
        its ``__enter__`` returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the context manager protocol"
                            % (cls.__module__, cls.__qualname__)) from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register ``callback(*args, **kwds)`` to be called on exit; it cannot suppress
        exceptions.  Returns ``callback`` (usable as a decorator)."""
        wrapper = self._create_cb_wrapper(callback, *args, **kwds)
        wrapper.__wrapped__ = callback
        self._push_exit_callback(wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        self._push_exit_callback(self._create_exit_wrapper(cm, cm_exit), True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager running a stack of exit callbacks, last registered first, when
    the block is left (or when ``close()`` is called).

    The callbacks behave like nested with statements: each sees the exception left by
    the ones that ran before it, may suppress it, or may raise a new one (whose
    ``__context__`` is then the exception it replaced).
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        # The exception already being handled where the with statement is, if any.
        # Raising inside a callback makes it the context of the new exception; the
        # right context is the exception the callback was called with instead.
        outer = sys.exc_info()[1]

        def relink(new, previous):
            # Walk new's context chain; where it reaches ``outer`` (or ends), attach
            # ``previous`` instead.  A chain that already leads to previous is left as is.
            while True:
                context = new.__context__
                if context is None or context is previous:
                    return
                if context is outer:
                    break
                new = context
            new.__context__ = previous

        suppressed = False
        must_raise = False
        stack = self._exit_callbacks
        while stack:
            is_sync, callback = stack.pop()
            try:
                if callback(*exc_details):
                    suppressed = True
                    must_raise = False
                    exc_details = (None, None, None)
            except:
                raised = sys.exc_info()
                relink(raised[1], exc_details[1])
                must_raise = True
                exc_details = raised
        if must_raise:
            exc = exc_details[1]
            context = exc.__context__
            try:
                raise exc
            except BaseException:
                # The raise statement set the context to ``outer``: restore the chain.
                exc.__context__ = context
                raise
        return had_exception and suppressed

    def close(self):
        """Run the callbacks now, as if the block had ended without an exception."""
        self.__exit__(None, None, None)
