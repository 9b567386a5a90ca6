def handler(exc):
    try:
        raise exc
    except (UnicodeDecodeError, UnicodeEncodeError):
        return "unicode codec"
    except ValueError:
        return "value"
    except (OSError, EOFError) as e:
        return "io " + type(e).__name__
    except LookupError as e:
        return "lookup " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
errors = [UnicodeDecodeError("utf-8", b"x", 0, 1, "r"), UnicodeError(), ValueError(), FileNotFoundError(),
          EOFError(), KeyError(), IndexError(), OverflowError(), ZeroDivisionError(), RuntimeError(), RecursionError(),
          NotImplementedError(), TypeError(), AttributeError(), NameError(), UnboundLocalError(), StopIteration(), AssertionError()]
for e in errors:
    print(type(e).__name__, "->", handler(e))
classes = (KeyError, IndexError)
try:
    [][0]
except classes as e:
    print("tuple variable matched", type(e).__name__)
def dynamic(which):
    try:
        raise which("dyn")
    except which as e:
        return "matched " + which.__name__
print(dynamic(KeyError), dynamic(TimeoutError))
