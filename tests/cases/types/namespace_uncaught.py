# A missing SimpleNamespace attribute is an uncaught AttributeError.
import types

cfg = types.SimpleNamespace(host="localhost", port=8080)
print("host", cfg.host, "port", cfg.port)
print("has user", hasattr(cfg, "user"))
print("user", cfg.user)
