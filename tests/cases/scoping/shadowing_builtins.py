def uses_list():
    return list("ab")
list = lambda x: "shadowed list"
print(uses_list())
del list
print(uses_list())
def local_shadow():
    print = lambda *a: None
    print("invisible")
    return "local print shadowed"
print(local_shadow())
def param_named_type(type):
    return type
print(param_named_type(5))
class C:
    len = 5
    def method(self):
        return len("abc")
print(C().method(), C.len)
import builtins
builtins.custom_builtin = "injected builtin"
print(custom_builtin)
del builtins.custom_builtin
try:
    custom_builtin
except NameError as e:
    print(type(e).__name__, e)
True_ = True
print(True_, str(True), int.__name__)
