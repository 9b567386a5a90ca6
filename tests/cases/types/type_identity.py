# Each name in types is the type of the objects it stands for.
import sys
import types


def func():
    pass


class K:
    def method(self):
        pass


def gen():
    yield 1


def cell_of():
    x = 1

    def inner():
        return x
    return inner.__closure__[0]


try:
    raise ValueError("tb")
except ValueError as exc:
    tb = exc.__traceback__

checks = [
    ("FunctionType", func, types.FunctionType),
    ("LambdaType", lambda: 0, types.LambdaType),
    ("CodeType", func.__code__, types.CodeType),
    ("MethodType", K().method, types.MethodType),
    ("BuiltinFunctionType", len, types.BuiltinFunctionType),
    ("BuiltinMethodType", [].append, types.BuiltinMethodType),
    ("WrapperDescriptorType", object.__init__, types.WrapperDescriptorType),
    ("MethodWrapperType", object().__str__, types.MethodWrapperType),
    ("MethodDescriptorType", str.join, types.MethodDescriptorType),
    ("ModuleType", sys, types.ModuleType),
    ("GeneratorType", gen(), types.GeneratorType),
    ("CellType", cell_of(), types.CellType),
    ("TracebackType", tb, types.TracebackType),
    ("FrameType", tb.tb_frame, types.FrameType),
    ("MappingProxyType", K.__dict__, types.MappingProxyType),
    ("SimpleNamespace", sys.implementation, types.SimpleNamespace),
    ("NoneType", None, types.NoneType),
    ("NotImplementedType", NotImplemented, types.NotImplementedType),
    ("EllipsisType", ..., types.EllipsisType),
    ("UnionType", int | str, types.UnionType),
]
for name, obj, typ in checks:
    print(f"{name:22}", type(obj) is typ, isinstance(obj, typ), typ.__name__)

print("same", types.FunctionType is types.LambdaType, types.BuiltinFunctionType is types.BuiltinMethodType)
print("distinct", types.GeneratorType is types.CoroutineType, types.GeneratorType is types.AsyncGeneratorType,
      types.MethodDescriptorType is types.ClassMethodDescriptorType,
      types.GetSetDescriptorType is types.MemberDescriptorType)
print("names", types.CoroutineType.__name__, types.AsyncGeneratorType.__name__,
      types.ClassMethodDescriptorType.__name__, types.GetSetDescriptorType.__name__,
      types.MemberDescriptorType.__name__, types.GenericAlias.__name__)
print("repr", types.SimpleNamespace, types.GenericAlias, types.FunctionType, types.NoneType)
print("not generators", isinstance(gen(), types.AsyncGeneratorType), isinstance(func, types.MethodType))
print("module of", types.SimpleNamespace.__module__, types.GenericAlias.__module__, types.FunctionType.__module__)
print("public", all(hasattr(types, n) for n in types.__all__), len(types.__all__))
print("all", sorted(types.__all__))
for name in ("FunctionType", "ModuleType", "GeneratorType", "NoneType"):
    try:
        class Sub(getattr(types, name)):
            pass
        print("subclass", name, "allowed")
    except TypeError as e:
        print("subclass", name, e)
bound = types.MethodType(lambda self, x: (type(self).__name__, x), K())
print("MethodType()", bound(5))
try:
    types.MethodType(1, 2)
except TypeError as e:
    print("MethodType(1, 2)", e)
