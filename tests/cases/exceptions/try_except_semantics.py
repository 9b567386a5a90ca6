def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-ish " + type(e).__name__
    except ArithmeticError:
        return "arithmetic"
    except Exception as e:
        return "generic " + type(e).__name__
    except BaseException as e:
        return "base " + type(e).__name__

for exc in [KeyError("k"), IndexError, ZeroDivisionError(), OverflowError, ValueError("v"), KeyboardInterrupt(), SystemExit(0), GeneratorExit]:
    print(classify(exc))

def bare():
    try:
        raise RuntimeError("bare caught")
    except:
        return "bare except caught it"
print(bare())

e_saved = None
try:
    raise ValueError("saved")
except ValueError as e:
    e_saved = e
print("e name cleared:", "e" in dir(), repr(e_saved))

try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("raised in except")
except ValueError as err:
    print("new error from except:", repr(err), "context", repr(err.__context__))

def exc_in_finally():
    try:
        raise KeyError("lost")
    finally:
        raise ValueError("finally wins")
try:
    exc_in_finally()
except ValueError as e:
    print(repr(e), "context", repr(e.__context__))

try:
    raise TypeError
except TypeError as e:
    print("class raised gives instance", type(e).__name__, e.args)

try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        pass
    except 5:
        pass
    print("invalid except clause not evaluated when no exception")
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
def nested_handlers():
    try:
        try:
            raise ValueError("x")
        except KeyError:
            return "wrong handler"
    except ValueError:
        return "outer handler"
print(nested_handlers())
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
