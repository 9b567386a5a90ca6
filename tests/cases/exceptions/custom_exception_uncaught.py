class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(f"bad config key {key!r}: {reason}")
        self.key = key

def validate(cfg):
    for key, value in cfg.items():
        if value is None:
            raise ConfigError(key, "value is missing")
    return "ok"

print(validate({"a": 1}))
print(validate({"a": 1, "b": None}))
