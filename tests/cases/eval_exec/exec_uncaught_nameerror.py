ns = {"a": 1}
for src in ["b = a + 1", "c = b * 10", "d = missing + 1"]:
    try:
        exec(src, ns)
        print(src, "ok")
    except NameError as e:
        print(src, "->", type(e).__name__, e)
print(sorted(k for k in ns if k != "__builtins__"))
namespace = {"x": 10}
exec("y = x * 2", namespace)
print(namespace["y"])
exec("z = x + w", namespace)
