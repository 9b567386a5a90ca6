handlers = []
for name in ["save", "load"]:
    def handler(arg, name=name):
        return f"{name}({arg})"
    handlers.append(handler)
print([h(1) for h in handlers])
callbacks = [lambda: results[i] for i in range(3)]
results = ["r0", "r1"]
print(callbacks[0]())
