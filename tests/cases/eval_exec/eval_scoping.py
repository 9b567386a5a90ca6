def outer():
    x = "outer x"
    def inner():
        return eval("x")
    return inner()

try:
    print(outer())
except NameError as e:
    print(type(e).__name__, e)

def outer2():
    x = "captured"
    def inner():
        x
        return eval("x")
    return inner()
print(outer2())

def comprehension_in_eval():
    y = 3
    try:
        return eval("[y * i for i in range(3)]")
    except NameError as e:
        return "comprehension can't see eval locals: " + str(e)
print(comprehension_in_eval())

def genexpr_in_eval_no_free():
    y = 3
    try:
        return eval("[i for i in range(y)]")
    except NameError as e:
        return "NameError " + str(e)
print(genexpr_in_eval_no_free())

ns = {"a": 1}
exec("def get_a():\n    return a\n", ns)
ns["a"] = 2
print("function globals are ns", ns["get_a"]())

loc = {"b": 5}
exec("c = b * 2", {}, loc)
print(loc)
try:
    exec("def uses_b():\n    return b\nres = uses_b()", {}, {"b": 5})
except NameError as e:
    print("function in exec can't see exec locals:", e)

print(eval("__name__"), eval("__name__", {"__name__": "other"}))
