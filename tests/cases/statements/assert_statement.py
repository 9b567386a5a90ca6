assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("bare", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("msg", repr(e), e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("obj msg", e.args[0])
calls = []
def msg():
    calls.append(1)
    return "lazy"
assert True, msg()
print("message not evaluated", calls)
try:
    assert 0, msg()
except AssertionError as e:
    print("evaluated", e, calls)
x = 5
try:
    assert x < 3, f"x is {x}"
except AssertionError as e:
    print(e)
print("debug", __debug__)
