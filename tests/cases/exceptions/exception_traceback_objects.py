def a():
    b()
def b():
    c()
def c():
    raise ValueError("deep")
try:
    a()
except ValueError as e:
    names = []
    tb = e.__traceback__
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    f = e.__traceback__.tb_frame
    print(f.f_code.co_name, f.f_back is None or f.f_back.f_code.co_name)
def capture():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e
err = capture()
print(type(err.__traceback__).__name__, err.__traceback__.tb_lineno, err.__traceback__.tb_next is not None)
try:
    raise err
except ZeroDivisionError as again:
    tb = again.__traceback__
    count = 0
    while tb:
        count += 1
        tb = tb.tb_next
    print("re-raised frames", count)
e2 = KeyError("x").with_traceback(None)
print(e2.__traceback__)
import sys
def frame_info():
    fr = sys._getframe()
    return fr.f_code.co_name, fr.f_back.f_code.co_name, fr.f_lineno
print(frame_info())
