import builtins
names = [n for n in dir(builtins) if not n.startswith("_")]
funcs = sorted(n for n in names if type(getattr(builtins, n)).__name__ == "builtin_function_or_method")
print(funcs)
types_ = sorted(n for n in names if isinstance(getattr(builtins, n), type) and not issubclass(getattr(builtins, n), BaseException))
print(types_)
excs = sorted(n for n in names if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
print(len(excs), excs[:10])
print(builtins.len is len, builtins.__name__, type(builtins).__name__)
print(sorted(n for n in names if n not in funcs and n not in types_ and n not in excs))
