for obj in [1, "s", None, [1], (1,), {"a": 1}, 2.5]:
    try:
        obj()
    except TypeError as e:
        print(type(e).__name__, e)
print(callable(print), callable(lambda: 0), callable(None))
handlers = {"start": lambda: "started", "stop": "stopped"}
for name in ["start", "stop"]:
    print(name, handlers[name]())
