import m, types
print(sorted(vars(m)))
print(isinstance(m, types.ModuleType), type(m).__name__)
fresh = types.ModuleType("fresh", "its doc")
print(sorted(vars(fresh)), fresh.__doc__, fresh.__spec__, repr(fresh))
