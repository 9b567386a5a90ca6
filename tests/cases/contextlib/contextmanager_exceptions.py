# How exceptions travel through @contextmanager generators.
import sys
from contextlib import contextmanager


@contextmanager
def handler(swallow):
    try:
        yield
    except Exception as e:
        print("  generator caught", type(e).__name__, e)
        if not swallow:
            raise
    finally:
        print("  finally")


with handler(True):
    raise ValueError("swallowed")
print("continued")
try:
    with handler(False):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))


@contextmanager
def converter():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("converted") from e


try:
    with converter():
        1 / 0
except ArithmeticError as e:
    print("converted", e, type(e.__cause__).__name__)


@contextmanager
def passthrough():
    yield


for exc in [StopIteration("si"), RuntimeError("rt"), GeneratorExit(), KeyboardInterrupt("ki")]:
    try:
        with passthrough():
            raise exc
    except BaseException as e:
        print("passthrough", type(e).__name__, e is exc)


@contextmanager
def swallow_all():
    try:
        yield
    except BaseException as e:
        print("  swallowed", type(e).__name__)


with swallow_all():
    raise StopIteration("stop")
with swallow_all():
    raise RuntimeError("rt")
print("after_swallow")


@contextmanager
def yields_again():
    try:
        yield
    except ValueError:
        yield


try:
    with yields_again():
        raise ValueError("v")
except RuntimeError as e:
    print("yield_after_throw", e, type(e.__context__).__name__)


@contextmanager
def raises_new():
    try:
        yield
    finally:
        raise IndexError("from finally")


try:
    with raises_new():
        raise ValueError("original")
except IndexError as e:
    print("replaced", e, repr(e.__context__))


@contextmanager
def returns_in_except():
    try:
        yield
    except TypeError:
        return


with returns_in_except():
    raise TypeError("t")
print("return_suppresses")
cm = passthrough()
cm.__enter__()
print("exit_type_only", cm.__exit__(ValueError, None, None))
cm = swallow_all()
cm.__enter__()
print("exit_type_only_swallowed", cm.__exit__(ValueError, None, None))
cm = passthrough()
cm.__enter__()
err = ValueError("direct")
print("exit_direct", cm.__exit__(ValueError, err, None))


@contextmanager
def reraise_other():
    try:
        yield
    except ValueError:
        raise StopIteration("inner stop")


try:
    with reraise_other():
        raise ValueError("v")
except RuntimeError as e:
    print("stopiteration_converted", e, type(e.__cause__).__name__)
print("exc_info_clear", sys.exc_info() == (None, None, None))
