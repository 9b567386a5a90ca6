defaults = {"host": "0.0.0.0", "port": 80, "user": None}
for key in ["host", "user", "timeout"]:
    try:
        print(key, "->", repr(defaults[key]))
    except KeyError as e:
        print(key, "-> KeyError", e, "| get:", defaults.get(key, "fallback"))
print("keys", list(defaults), "has user", "user" in defaults)
config = {"host": "localhost", "port": 8080}
print("host", config["host"])
print("port", config["port"])
print("user", config["user"])
