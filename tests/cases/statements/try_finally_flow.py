def f(kind):
    log = []
    try:
        log.append("try")
        if kind == "raise":
            raise ValueError("v")
        if kind == "return":
            return log
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log

print(f("ok"))
print(f("raise"))
print(f("return"))

def loop_flow():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_flow())

def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
    finally:
        print("outer finally")
nested()

def finally_swallows():
    for _ in range(1):
        try:
            raise ValueError
        finally:
            break
    return "swallowed by break"
print(finally_swallows())

def reraise():
    try:
        raise TypeError("orig")
    except TypeError:
        try:
            raise
        except TypeError as e:
            return "re-raised " + str(e)
print(reraise())

def multi_except(v):
    try:
        return [1][v] if isinstance(v, int) else {}[v]
    except (IndexError, KeyError) as e:
        return "caught " + type(e).__name__
print(multi_except(5), multi_except("k"), multi_except(0))

def except_order():
    try:
        raise FileNotFoundError("f")
    except OSError:
        return "OSError first"
    except FileNotFoundError:
        return "never"
print(except_order())
