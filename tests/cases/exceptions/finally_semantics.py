def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(order())
def value_in_finally():
    x = "try value"
    try:
        return x
    finally:
        x = "changed in finally"
print(value_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
print(nested_finally())
def generator_finally():
    try:
        yield 1
    finally:
        print("  gen finally")
for v in generator_finally():
    print("got", v)
def exception_then_finally():
    try:
        raise KeyError("k")
    finally:
        print("  finally sees exception in flight")
try:
    exception_then_finally()
except KeyError as e:
    print("caught after finally", repr(e))
def while_finally():
    i = 0
    while True:
        try:
            i += 1
            if i == 3:
                break
        finally:
            print("  iteration", i)
    return i
print(while_finally())
